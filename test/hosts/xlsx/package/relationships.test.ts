import {
  nextRelationshipId,
  parseRelationships,
  readRelationships,
  relationshipTarget,
  relationshipTypes,
  resolveTarget,
} from "../../../../src/hosts/xlsx/package/relationships";

const rels = (body: string) =>
  `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${body}</Relationships>`;

describe("the package's relationships", () => {
  it("numbers a new relationship after the highest, also in a hostile part of 150,000", () => {
    expect(nextRelationshipId([{ id: "rId3" }, { id: "custom" }, { id: "rId12" }])).toBe("rId13");
    expect(nextRelationshipId([])).toBe("rId1");
    const many = Array.from({ length: 150_000 }, (_, index) => ({ id: `rId${index + 1}` }));
    expect(nextRelationshipId(many)).toBe("rId150001");
  });

  it("resolves targets against the part that holds them, absolute ones from the root", () => {
    expect([
      resolveTarget("xl/workbook.xml", "worksheets/sheet1.xml"),
      resolveTarget("xl/worksheets/sheet1.xml", "../drawings/drawing1.xml"),
      resolveTarget("xl/workbook.xml", "/xl/styles.xml"),
      resolveTarget("", "xl/book.xml"),
    ]).toEqual(["xl/worksheets/sheet1.xml", "xl/drawings/drawing1.xml", "xl/styles.xml", "xl/book.xml"]);
  });

  it("leaves out an element without an Id or a Target instead of failing on it, and gives external targets no path", () => {
    const parsed = parseRelationships(
      rels(
        '<Relationship Id="rId1" Type="t/worksheet"/>' +
          '<Relationship Type="t/worksheet" Target="worksheets/sheet9.xml"/>' +
          '<Relationship Id="rId2" Type="t/worksheet" Target="worksheets/sheet1.xml"/>' +
          '<Relationship Id="rId3" Type="t/hyperlink" Target="https://example.org" TargetMode="External"/>',
      ),
      "xl/workbook.xml",
    );
    expect(parsed.map(({ id, path, external }) => [id, path, external])).toEqual([
      ["rId2", "xl/worksheets/sheet1.xml", false],
      ["rId3", null, true],
    ]);
  });

  it("reads a part's relationships and finds the target of a type, the root's main part whatever its name", async () => {
    const parts: Record<string, string> = {
      "_rels/.rels": rels(
        `<Relationship Id="rId1" Type="${relationshipTypes.officeDocument}" Target="/xl/book.xml"/>`,
      ),
    };
    const read = async (path: string) => parts[path] ?? null;
    expect({
      main: await relationshipTarget(read, "", relationshipTypes.officeDocument),
      custom: await relationshipTarget(read, "", relationshipTypes.customProperties),
      none: await readRelationships(read, "xl/book.xml"),
    }).toEqual({ main: "xl/book.xml", custom: null, none: [] });
  });
});
