import { appendAll, largest, smallest } from "../../src/core/collections";

describe("collections", () => {
  it("appends more items than a spread into push can pass", () => {
    const items = Array.from({ length: 300_000 }, (_, index) => index);
    const target = [-1];
    expect(appendAll(target, items)).toBe(target);
    expect(target.length).toBe(300_001);
    expect(target[300_000]).toBe(299_999);
  });

  it("gives the largest and smallest of a long list, and what Math.max and Math.min give for none", () => {
    const values = Array.from({ length: 300_000 }, (_, index) => (index * 7919) % 300_007);
    expect(largest(values)).toBe(300_006);
    expect(smallest(values)).toBe(0);
    expect([largest([]), smallest([])]).toEqual([Math.max(), Math.min()]);
    expect(largest([1, Number.NaN, 3])).toBeNaN();
    expect(smallest(new Set([4, -2]))).toBe(-2);
  });
});
