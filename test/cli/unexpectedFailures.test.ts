import { existsSync, mkdtempSync, rmSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import * as path from "path";
import { hostMessage } from "../../src/core";
import { main } from "../../src/hosts/xlsx/node/cli";
import { lelystadActivityList, lelystadReportDate, toXlsxBuffer } from "../support/fixtures";

describe("an engine failure while reading a file reaches the user as a sentence", () => {
  let directory: string;
  let workbook: string;
  beforeAll(async () => {
    directory = mkdtempSync(path.join(tmpdir(), "koers-unexpected-"));
    workbook = path.join(directory, "Activiteiten IVP.xlsx");
    writeFileSync(workbook, await toXlsxBuffer(lelystadActivityList()));
  });
  afterAll(() => rmSync(directory, { recursive: true, force: true }));

  const engineErrors = [
    new TypeError("Cannot set properties of undefined (setting 'value')"),
    new RangeError("Invalid array length"),
    new Error("invalid bit length repeat"),
  ];

  it.each(["nl", "en"] as const)(
    "names the file in %s, exits 1, writes nothing and shows neither the engine message nor a stack",
    async (language) => {
      for (const failure of engineErrors) {
        let stdout = "";
        let stderr = "";
        const out = path.join(directory, `uit-${language}.xlsx`);
        const code = await main(
          ["summarize", workbook, "--out", out, "--date", lelystadReportDate, "--lang", language],
          {
            stdout: (text) => (stdout += text),
            stderr: (text) => (stderr += text),
            readSnapshot: async () => {
              throw failure;
            },
          },
        );
        const expected = hostMessage("file-unexpected", { file: "Activiteiten IVP.xlsx" })[language];
        expect({
          code,
          sentence: stderr.includes(expected),
          engineMessage: `${stdout}${stderr}`.includes(failure.message),
          stack: /\n\s+at /.test(`${stdout}${stderr}`),
          written: existsSync(out),
        }).toEqual({ code: 1, sentence: true, engineMessage: false, stack: false, written: false });
      }
    },
  );
});
