import { withWorksheetTitles } from "../../../../src/hosts/xlsx/write/documentProperties";

const app = (pairs: string, titles: string[]) =>
  '<?xml version="1.0"?><Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" ' +
  'xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"><Application>Microsoft Excel</Application>' +
  `<HeadingPairs><vt:vector size="${(pairs.match(/<vt:variant>/g) ?? []).length}" baseType="variant">${pairs}</vt:vector></HeadingPairs>` +
  `<TitlesOfParts><vt:vector size="${titles.length}" baseType="lpstr">${titles.map((title) => `<vt:lpstr>${title}</vt:lpstr>`).join("")}</vt:vector></TitlesOfParts>` +
  "<Company>Gemeente Dronten</Company></Properties>";
const pair = (label: string, count: number) =>
  `<vt:variant><vt:lpstr>${label}</vt:lpstr></vt:variant><vt:variant><vt:i4>${count}</vt:i4></vt:variant>`;

describe("withWorksheetTitles", () => {
  it("replaces the worksheets of a Dutch Excel's app.xml and keeps its named ranges", () => {
    const before = app(pair("Werkbladen", 2) + pair("Benoemde bereiken", 1), [
      "Activiteiten",
      "Cijfers &amp; trends",
      "Activiteiten!Print_Titles",
    ]);
    const after = withWorksheetTitles(
      before,
      ["Activiteiten", "Cijfers & trends"],
      ["Activiteiten", "Cijfers & trends", "Koers Overzicht", "Koers Trends"],
      "nl",
    );
    expect(after).toBe(
      app(pair("Werkbladen", 4) + pair("Benoemde bereiken", 1), [
        "Activiteiten",
        "Cijfers &amp; trends",
        "Koers Overzicht",
        "Koers Trends",
        "Activiteiten!Print_Titles",
      ]),
    );
  });

  it("adds a worksheets heading where the file lists none, in the report's language", () => {
    const before =
      '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" ' +
      'xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"><Application>LibreOffice</Application></Properties>';
    expect(withWorksheetTitles(before, ["Data"], ["Data", "Koers Overview"], "en")).toContain(
      '<HeadingPairs><vt:vector size="2" baseType="variant"><vt:variant><vt:lpstr>Worksheets</vt:lpstr></vt:variant>' +
        '<vt:variant><vt:i4>2</vt:i4></vt:variant></vt:vector></HeadingPairs><TitlesOfParts><vt:vector size="2" baseType="lpstr">' +
        "<vt:lpstr>Data</vt:lpstr><vt:lpstr>Koers Overview</vt:lpstr></vt:vector></TitlesOfParts></Properties>",
    );
  });

  it("leaves a part it cannot read alone", () => {
    const odd = app(pair("Werkbladen", 5), ["Activiteiten"]).replace("<vt:i4>5</vt:i4>", "<vt:i4>x</vt:i4>");
    expect(withWorksheetTitles(odd, ["Activiteiten"], ["Activiteiten", "Koers Overzicht"], "nl")).toBe(odd);
  });
});
