import { tuneHeapFor } from "../../../../src/hosts/xlsx/node/heap";

describe("tuneHeapFor", () => {
  it("keeps V8's heap near its live data only for a large input, and leaves a small one to V8's default", () => {
    const flags: string[] = [];
    tuneHeapFor(700_000, (flag) => flags.push(flag));
    tuneHeapFor(6_200_000, (flag) => flags.push(flag));
    expect(flags).toEqual(["--heap-growing-percent=50"]);
  });
});
