import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { writeNewFile } from "../../../../src/hosts/xlsx/node/outputFile";

describe("writeNewFile", () => {
  let folder: string;
  beforeEach(() => {
    folder = mkdtempSync(join(tmpdir(), "koers-output-"));
  });
  afterEach(() => rmSync(folder, { recursive: true, force: true }));

  it("writes a text in slices as UTF-8, never cutting a character in two", async () => {
    const text = `{"regio":"’s-Hertogenbosch 🚲","ok":"ja"}\n`.repeat(5);
    // Slices of 3 characters end inside the bicycle's surrogate pair somewhere in every repeat.
    for (const slice of [1, 2, 3, 7, 1000]) {
      const file = join(folder, `report-${slice}.json`);
      await writeNewFile(file, text, slice);
      expect(readFileSync(file, "utf8")).toBe(text);
    }
  });

  it("writes bytes as they are", async () => {
    const file = join(folder, "workbook.xlsx");
    await writeNewFile(file, new Uint8Array([0x50, 0x4b, 0x03, 0x04]));
    expect([...readFileSync(file)]).toEqual([0x50, 0x4b, 0x03, 0x04]);
  });

  it("refuses a file that exists and leaves it as it was", async () => {
    const file = join(folder, "kept.json");
    writeFileSync(file, "van de gebruiker");
    await expect(writeNewFile(file, "nieuw")).rejects.toMatchObject({ code: "EEXIST" });
    expect(readFileSync(file, "utf8")).toBe("van de gebruiker");
  });
});
