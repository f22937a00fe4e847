import { lineCount, lineHeight, textPixels } from "../../../src/core/plan/textMetrics";

describe("textPixels", () => {
  it("measures Calibri 11: a digit is Excel's width unit (7.4 px), narrow letters less, bold a little more", () => {
    expect({
      digits: Math.round(textPixels("0123456789")),
      narrow: textPixels("iiiii") < textPixels("00000") / 2,
      wide: textPixels("mmmmm") > textPixels("00000") * 1.5,
      bold: textPixels("geweld: totaal", { bold: true }) / textPixels("geweld: totaal"),
      larger: textPixels("Kernboodschap", { size: 22 }) / textPixels("Kernboodschap"),
    }).toEqual({ digits: 74, narrow: true, wide: true, bold: expect.closeTo(1.03, 1), larger: 2 });
  });

  it("measures an accented letter as its base letter and an unknown symbol as a digit", () => {
    expect([textPixels("categorieën"), textPixels("▲")]).toEqual([
      textPixels("categorieen"),
      textPixels("0"),
    ]);
  });

  it("puts ordinary Dutch text at about 0.45 em a character, well under a digit's 0.51 em", () => {
    const text = "onderdeel van geweld: totaal; kleine aantallen";
    const emPerCharacter = textPixels(text) / text.length / ((11 * 96) / 72);
    expect(emPerCharacter).toBeGreaterThan(0.4);
    expect(emPerCharacter).toBeLessThan(0.47);
  });
});

describe("lineCount", () => {
  it("wraps at spaces and line breaks like Excel", () => {
    expect([lineCount("kort", 10), lineCount("een twee drie vier", 10), lineCount("a\nb\nc", 10)]).toEqual([
      1, 2, 3,
    ]);
  });

  it("prints the lines LibreOffice prints for the Trends remarks in a 27.5-character column", () => {
    // Counted on the rendered griffie copy of the examples (Carlito 11, the Opmerking column of Trends).
    const remark =
      "de rijen eronder (geweld: zeden + geweld: openlijk geweld + geweld: bedreiging + geweld: mishandeling + geweld: straatroof + geweld: overval) dekken 94–97% van het totaal";
    expect([
      lineCount(remark, 27.5),
      lineCount("onderdeel van geweld: totaal; kleine aantallen", 27.5),
      lineCount("onderdeel van brom-,snor-,fietsdiefstal; kleine aantallen", 27.5),
      lineCount("onderdeel van woningbraken", 27.5),
    ]).toEqual([6, 2, 3, 1]);
  });

  it("fits a short text on one line where a count of characters per width unit said two", () => {
    // 15 characters in a 16-character column: 89 px of text in 112 px of room.
    expect([lineCount("te weinig jaren", 16), lineCount("Loopt volgens planning", 20)]).toEqual([1, 1]);
  });

  it("counts bold and larger text as wider", () => {
    const text = "Loopt volgens planning";
    expect([
      lineCount(text, 19.7),
      lineCount(text, 19.7, { bold: true }),
      lineCount(text, 19.7, { size: 16 }),
    ]).toEqual([1, 2, 2]);
  });

  it("breaks a word wider than the cell between its characters", () => {
    expect([lineCount("Cybercriminaliteit", 9), lineCount("Cybercriminaliteit", 16)]).toEqual([2, 1]);
  });
});

describe("lineHeight", () => {
  it("spaces lines as Excel sizes a row of Calibri: 15 pt at 11 pt, in proportion for other sizes", () => {
    expect([lineHeight(), lineHeight({ size: 22 })]).toEqual([15, 30]);
  });
});
