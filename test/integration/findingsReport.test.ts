import { mkdtempSync, readFileSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { rangeCells } from "../../src/core/address";
import { main } from "../../src/hosts/xlsx/node/cli";
import { lelystadWithDefects } from "../support/fixtures";
import { toXlsxBuffer } from "../support/fixtures/xlsx";

describe("report.json of a workbook with planted problems", () => {
  it("lists every planted finding at its cell, and the privacy hits masked", async () => {
    const { workbook, defects } = lelystadWithDefects();
    const directory = mkdtempSync(join(tmpdir(), "koers-findings-"));
    const input = join(directory, "lelystad-fouten.xlsx");
    writeFileSync(input, await toXlsxBuffer(workbook));
    const json = join(directory, "report.json");
    const exitCode = await main(
      ["summarize", input, "--out", join(directory, "uit.xlsx"), "--json", json, "--date", "2025-03-01"],
      {
        stdout: () => undefined,
        stderr: () => undefined,
      },
    );
    const report = JSON.parse(readFileSync(json, "utf8"));
    // A finding covers all cells of its range (cell is the first): a planted defect is listed when a finding
    // of its code covers its cell.
    const listed = new Set(
      report.findings.flatMap(
        (finding: { code: string; sheet: string; cell: string; range: string; count: number }) =>
          (finding.range ? rangeCells(finding.range, finding.count) : [finding.cell]).map(
            (cell) => `${finding.code} ${finding.sheet}!${cell}`,
          ),
      ),
    );
    expect({
      exitCode,
      missing: defects
        .map((defect) => `${defect.code} ${defect.sheet}!${defect.cell}`)
        .filter((key) => !listed.has(key)),
      everyFindingHasText: report.findings.every(
        (finding: { message: string; hint: string }) => finding.message.length > 0 && finding.hint.length > 0,
      ),
      emailEchoed: JSON.stringify(report).includes("j.devries@lelystad.nl"),
      phoneEchoed: JSON.stringify(report).includes("06-12345678"),
    }).toEqual({
      exitCode: 0,
      missing: [],
      everyFindingHasText: true,
      emailEchoed: false,
      phoneEchoed: false,
    });
    expect(report.privacy.map((hit: { kind: string; cell: string }) => hit.kind)).toEqual(
      expect.arrayContaining(["email", "phone"]),
    );
  });
});
