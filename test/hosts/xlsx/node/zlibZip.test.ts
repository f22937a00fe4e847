import JSZip from "jszip";
import { writeGriffieWorkbook, writeReportIntoWorkbook } from "../../../../src/hosts/xlsx/write/workbook";
import { openZlibStore, zlibPartReader } from "../../../../src/hosts/xlsx/node/zlibZip";
import { packageProblems, partBytes, partTexts } from "../packageInspection";
import { richWorkbook } from "../richWorkbook";
import { samplePlan } from "../samplePlan";

const zlib = { openStore: openZlibStore };

/** Sets the "encrypted" flag of the first central-directory entry, as a password-protected zip has it. */
function markFirstEntryEncrypted(bytes: Uint8Array): Uint8Array {
  const copy = bytes.slice();
  const view = new DataView(copy.buffer);
  let end = copy.length - 22;
  while (view.getUint32(end, true) !== 0x06054b50) end--;
  const central = view.getUint32(end + 16, true);
  view.setUint16(central + 8, view.getUint16(central + 8, true) | 0x0001, true);
  return copy;
}

/** Part paths in package order; folder entries (which JSZip keeps and the zlib writer drops) left out. */
function fileOrder(zip: JSZip): string[] {
  return Object.values(zip.files)
    .filter((file) => !file.dir)
    .map((file) => file.name);
}

describe("zlib zip (the CLI's package reader and writer)", () => {
  let original: Uint8Array;
  beforeAll(async () => {
    original = await richWorkbook();
  });

  it("reads every part of a workbook as JSZip does", async () => {
    const read = zlibPartReader(original)!;
    const expected = await partTexts(original);
    const actual = new Map<string, string | null>();
    for (const path of expected.keys()) actual.set(path, await read(path));
    expect({ parts: actual, missing: await read("xl/nothing.xml") }).toEqual({
      parts: expected,
      missing: null,
    });
  });

  it("writes the same parts as the JSZip writer, in a package JSZip opens and that holds together", async () => {
    const viaJszip = await writeReportIntoWorkbook(original, samplePlan());
    const viaZlib = await writeReportIntoWorkbook(original, samplePlan(), zlib);
    const reopened = await JSZip.loadAsync(viaZlib);
    expect({
      parts: await partBytes(viaZlib),
      order: fileOrder(reopened),
      problems: await packageProblems(viaZlib),
    }).toEqual({
      parts: await partBytes(viaJszip),
      order: fileOrder(await JSZip.loadAsync(viaJszip)),
      problems: { missingTargets: [], withoutContentType: [], overridesWithoutPart: [], malformed: [] },
    });
  });

  it("gives the same bytes when run again on its own output, and writes a griffie copy alike", async () => {
    const written = await writeReportIntoWorkbook(original, samplePlan(), zlib);
    const again = await writeReportIntoWorkbook(written, samplePlan(), zlib);
    const griffie = await writeGriffieWorkbook(samplePlan(), zlib);
    expect({
      same: Buffer.compare(Buffer.from(again), Buffer.from(written)) === 0,
      griffie: await partBytes(griffie),
    }).toEqual({ same: true, griffie: await partBytes(await writeGriffieWorkbook(samplePlan())) });
  });

  it("writes a part given as text chunks as the same entry as its whole bytes, and reads it back", async () => {
    const date = new Date(Date.UTC(2025, 8, 30, 12));
    // Several chunks of 64 KiB, with text beyond ASCII (é, €, an emoji) cut between elements only.
    const rows = Array.from({ length: 4000 }, (_, index) => `<row r="${index + 1}">Café € 😀 ${index}</row>`);
    const chunks = Array.from({ length: 8 }, (_, part) => rows.slice(part * 500, part * 500 + 500).join(""));
    const whole = await openZlibStore(original);
    whole.write("xl/worksheets/sheet9.xml", new TextEncoder().encode(chunks.join("")), date);
    const streamed = await openZlibStore(original);
    await streamed.writeText("xl/worksheets/sheet9.xml", chunks, date);
    const saved = await streamed.save();
    expect({
      same: Buffer.compare(Buffer.from(saved), Buffer.from(await whole.save())) === 0,
      readBack: await zlibPartReader(saved)!("xl/worksheets/sheet9.xml"),
      readFromStore: new TextDecoder().decode((await streamed.read("xl/worksheets/sheet9.xml"))!),
    }).toEqual({ same: true, readBack: chunks.join(""), readFromStore: chunks.join("") });
  });

  it("leaves an encrypted entry, a damaged zip or other bytes to JSZip", async () => {
    const encrypted = markFirstEntryEncrypted(original);
    const truncated = original.subarray(0, original.length - 100);
    const notAZip = new TextEncoder().encode("Soort misdrijf;2023;2024\nWoninginbraken;121;79\n");
    expect({
      encrypted: zlibPartReader(encrypted),
      truncated: zlibPartReader(truncated),
      notAZip: zlibPartReader(notAZip),
      storeOnText: await openZlibStore(notAZip).then(
        () => "opened",
        () => "rejected",
      ),
    }).toEqual({ encrypted: null, truncated: null, notAZip: null, storeOnText: "rejected" });
  });
});
