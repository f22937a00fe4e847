import { mkdtempSync, rmSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import * as path from "path";
import { main } from "../../src/hosts/xlsx/node/cli";
import { inflateLimits } from "../../src/hosts/xlsx/package/parts";
import { readWorkbookSnapshot } from "../../src/hosts/xlsx/read/snapshot";
import { openZlibStore } from "../../src/hosts/xlsx/node/zlibZip";
import { lelystadActivityList, toXlsxBuffer } from "../support/fixtures";

/** The first sheet's part padded with whitespace past the per-part limit: a few hundred KB deflated. */
async function bomb(): Promise<Uint8Array> {
  const store = await openZlibStore(new Uint8Array(await toXlsxBuffer(lelystadActivityList())));
  const sheet = store.paths().find((item) => /worksheets\/sheet1\.xml$/.test(item))!;
  const original = new TextDecoder().decode((await store.read(sheet))!);
  const padding = inflateLimits.partBytes + 1024 * 1024;
  const content = new Uint8Array(original.length + padding);
  const cut = original.indexOf("<sheetData");
  content.set(new TextEncoder().encode(original.slice(0, cut)), 0);
  content.fill(0x20, cut, cut + padding);
  content.set(new TextEncoder().encode(original.slice(cut)), cut + padding);
  store.write(sheet, content, new Date(Date.UTC(2025, 2, 1)));
  return store.save();
}

/** The same zip, its headers claiming the sheet part is 1,000 bytes. */
function lyingAboutSize(bytes: Uint8Array): Uint8Array {
  const copy = bytes.slice();
  const view = new DataView(copy.buffer);
  for (let offset = 0; offset + 46 < copy.length; offset++) {
    const signature = view.getUint32(offset, true);
    if (signature === 0x02014b50) {
      const nameLength = view.getUint16(offset + 28, true);
      const name = new TextDecoder().decode(copy.subarray(offset + 46, offset + 46 + nameLength));
      if (name.endsWith("sheet1.xml")) {
        view.setUint32(offset + 24, 1000, true);
        view.setUint32(view.getUint32(offset + 42, true) + 22, 1000, true);
      }
    }
  }
  return copy;
}

describe("inflate limits (zip bombs)", () => {
  let directory: string;
  let data: Uint8Array;
  beforeAll(async () => {
    directory = mkdtempSync(path.join(tmpdir(), "koers-bomb-"));
    data = await bomb();
  }, 60000);
  afterAll(() => rmSync(directory, { recursive: true, force: true }));

  it("is small on disk", () => {
    expect(data.length).toBeLessThan(2 * 1024 * 1024);
  });

  it.each([
    ["declares its size", () => data],
    ["lies about its size", () => lyingAboutSize(data)],
  ])(
    "stops a part that %s at the limit: exit 1, one clear line, no stack trace, nothing written",
    async (_label, bytes) => {
      const file = path.join(directory, "bom.xlsx");
      writeFileSync(file, bytes());
      let stdout = "";
      let stderr = "";
      const code = await main(["summarize", file, "--date", "2025-03-01"], {
        stdout: (text) => (stdout += text),
        stderr: (text) => (stderr += text),
      });
      const errorLines = stderr.split("\n").filter((line) => line.startsWith("koers:"));
      expect({
        code,
        stdout,
        // The message comes from hostMessages, so it is shown in the user's language (Dutch by default) only.
        message: /te groot om uit te pakken/.test(stderr) && !/too large to unpack/.test(stderr),
        errorLines: errorLines.length,
        stack: /\n\s+at /.test(stderr),
      }).toEqual({ code: 1, stdout: "", message: true, errorLines: 1, stack: false });
    },
    60000,
  );

  it.each([
    ["declares its size", () => data],
    ["lies about its size", () => lyingAboutSize(data)],
  ])(
    "stops it in the browser's JSZip path too when it %s",
    async (_label, bytes) => {
      await expect(readWorkbookSnapshot(bytes(), "bom.xlsx")).rejects.toThrow(/too large to unpack/);
    },
    60000,
  );
});
