import { existsSync } from "fs";
import * as path from "path";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import type { CellValue, SheetSnapshot, WorkbookSnapshot } from "../../src/core/snapshot";
import { listGeneratedSheetNames } from "../../src/hosts/xlsx/package/generatedSheets";

/**
 * A small stand-in for src/hosts/xlsx/readSnapshot.ts while that module is being written (values,
 * number formats, solid fills, merges, generated marks). Used only when the real reader is absent.
 */
export async function standInReadSnapshot(
  data: Uint8Array | ArrayBuffer,
  name: string,
): Promise<WorkbookSnapshot> {
  const bytes = data instanceof Uint8Array ? data : new Uint8Array(data);
  const generated = await listGeneratedSheetNames(await JSZip.loadAsync(bytes));
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(Buffer.from(bytes) as unknown as ExcelJS.Buffer);
  return {
    name,
    sheets: book.worksheets.map((worksheet): SheetSnapshot => {
      const rowCount = worksheet.actualRowCount === 0 ? 0 : worksheet.rowCount;
      const columnCount = worksheet.actualColumnCount === 0 ? 0 : worksheet.columnCount;
      const grid = <T>(cell: (row: number, column: number) => T) =>
        Array.from({ length: rowCount }, (_, row) =>
          Array.from({ length: columnCount }, (_, column) => cell(row + 1, column + 1)),
        );
      const value = (row: number, column: number): CellValue => {
        const raw = worksheet.getCell(row, column).value;
        if (raw === null || raw === undefined) return null;
        if (raw instanceof Date) return raw.getTime() / 86_400_000 + 25_569;
        if (typeof raw === "object" && "error" in raw) return { error: String(raw.error) };
        if (typeof raw === "object" && "result" in raw) return (raw.result as CellValue) ?? null;
        if (typeof raw === "object" && "richText" in raw)
          return raw.richText.map((part) => part.text).join("");
        return raw as CellValue;
      };
      const values = grid(value);
      return {
        name: worksheet.name,
        visibility:
          worksheet.state === "hidden"
            ? "hidden"
            : worksheet.state === "veryHidden"
              ? "veryHidden"
              : "visible",
        rowCount,
        columnCount,
        values,
        texts: values.map((row) =>
          row.map((cell) => (cell === null ? "" : typeof cell === "object" ? cell.error : String(cell))),
        ),
        numberFormats: grid((row, column) => worksheet.getCell(row, column).numFmt || "General"),
        fills: grid((row, column) => {
          const fill = worksheet.getCell(row, column).fill as ExcelJS.FillPattern | undefined;
          const argb = fill?.type === "pattern" && fill.pattern === "solid" ? fill.fgColor?.argb : undefined;
          return argb ? `#${argb.slice(-6).toUpperCase()}` : null;
        }),
        merges: (worksheet.model as unknown as { merges?: string[] }).merges ?? [],
        generated: generated.includes(worksheet.name),
      };
    }),
  };
}

/** The real reader once it exists, else the stand-in. */
export const testReader = existsSync(path.resolve(__dirname, "../../src/hosts/xlsx/readSnapshot.ts"))
  ? undefined
  : standInReadSnapshot;
