import fc from "fast-check";
import { collapseSpaces, isWhitespace } from "../../../src/core/read/text";

/** The definition collapseSpaces is a fast form of. */
const reference = (text: string) => text.replace(/\s+/g, " ").trim();

const whitespace = [
  " ",
  "\t",
  "\n",
  "\r",
  "\u000b",
  "\f",
  "\u00a0",
  "\u1680",
  "\u2003",
  "\u2028",
  "\u202f",
  "\u3000",
  "\ufeff",
];

describe("collapseSpaces", () => {
  it("trims and collapses every kind of whitespace to one space", () => {
    expect(collapseSpaces("  Stand\u00a0van \n Zaken\t")).toBe("Stand van Zaken");
    expect(collapseSpaces(" ")).toBe("");
    expect(collapseSpaces("")).toBe("");
    expect(collapseSpaces("Op schema")).toBe("Op schema");
  });

  it("returns the text itself when nothing needs collapsing", () => {
    const text = "J. de Vries";
    expect(collapseSpaces(text)).toBe(text);
  });

  it("agrees with the pattern definition on any mix of letters and whitespace", () => {
    const character = fc.constantFrom("a", "Z", "1", "é", ...whitespace);
    fc.assert(
      fc.property(fc.array(character, { maxLength: 12 }), (characters) => {
        const text = characters.join("");
        expect(collapseSpaces(text)).toBe(reference(text));
      }),
      { numRuns: 2000 },
    );
  });
});

describe("isWhitespace", () => {
  it("matches /\\s/ on every UTF-16 code unit", () => {
    const differing: number[] = [];
    for (let code = 0; code <= 0xffff; code++)
      if (isWhitespace(code) !== /\s/.test(String.fromCharCode(code))) differing.push(code);
    expect(differing).toEqual([]);
  });
});
