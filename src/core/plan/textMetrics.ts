import type { CellStyle } from "./reportPlan";

/**
 * How wide text in Calibri is, for sizing rows with wrapped text to the lines they print on. Excel's
 * default font is Calibri 11; LibreOffice prints it with Carlito, which has the same advance widths.
 * The widths below are Carlito's (thousandths of an em) for the printable ASCII characters, regular and
 * bold; other characters are measured as their base letter ("ë" as "e") or, failing that, as a digit.
 *
 * NOTE: a count of characters per width unit (what Koers used before) overestimates the lines of ordinary
 * text by a fifth or more: Excel's width unit is one digit (0.507 em), while Dutch text averages about
 * 0.44 em per character ("i", "l", "t" and spaces are narrow). Too many lines leave blank bands in print.
 */
const regularWidths = [
  226, 326, 401, 498, 507, 715, 682, 221, 303, 303, 498, 498, 250, 306, 252, 386, 507, 507, 507, 507, 507,
  507, 507, 507, 507, 507, 268, 268, 498, 498, 498, 463, 894, 579, 544, 533, 615, 488, 459, 631, 623, 252,
  319, 520, 420, 855, 646, 662, 517, 673, 543, 459, 487, 642, 567, 890, 519, 487, 468, 307, 386, 307, 498,
  498, 291, 479, 525, 423, 525, 498, 305, 471, 525, 229, 239, 455, 229, 799, 525, 527, 525, 525, 349, 391,
  335, 525, 452, 715, 433, 453, 395, 314, 460, 314, 498,
];
const boldWidths = [
  226, 326, 438, 498, 507, 729, 705, 233, 312, 312, 498, 498, 258, 306, 267, 430, 507, 507, 507, 507, 507,
  507, 507, 507, 507, 507, 276, 276, 498, 498, 498, 463, 898, 606, 561, 529, 630, 488, 459, 637, 631, 267,
  331, 547, 423, 874, 659, 676, 532, 686, 563, 473, 495, 653, 591, 906, 551, 520, 478, 325, 430, 325, 498,
  498, 300, 494, 537, 418, 537, 503, 316, 474, 537, 246, 255, 480, 246, 813, 537, 538, 537, 537, 355, 399,
  347, 537, 473, 745, 459, 474, 397, 344, 475, 344, 498,
];
/** Widths of non-ASCII characters Koers' texts use that have no ASCII base letter. */
const otherWidths: Record<string, number> = {
  "—": 905,
  "→": 905,
  "…": 690,
  "“": 418,
  "”": 418,
  "‘": 250,
  "’": 250,
};
const digitWidth = 507;

/** Pixels (at 96 dpi, as Excel counts) per width unit of a column: one digit of Calibri 11. */
const pixelsPerCharacter = 7;

/** The ASCII widths in em (the tables' thousandths divided once, as the sum below adds them). */
const regularEms = regularWidths.map((width) => width / 1000);
const boldEms = boldWidths.map((width) => width / 1000);
/** Em widths of the non-ASCII characters met so far, per face: NFD once per character, not per use. */
const otherEms = [new Map<number, number>(), new Map<number, number>()];

/** Width in em of one non-ASCII character of the BMP (a UTF-16 code unit that is no surrogate). */
function otherEm(code: number, bold: boolean): number {
  const known = otherEms[bold ? 1 : 0];
  let em = known.get(code);
  if (em === undefined) {
    const character = String.fromCharCode(code);
    if (otherWidths[character] !== undefined) em = otherWidths[character] / 1000;
    else {
      const base = character.normalize("NFD").charCodeAt(0);
      em = base < 32 || base > 126 ? digitWidth / 1000 : (bold ? boldEms : regularEms)[base - 32];
    }
    known.set(code, em);
  }
  return em;
}

/**
 * Width in em of `text` from `start` to `end` (UTF-16 indexes), character by character in order. A
 * character outside the BMP (a surrogate pair) and a lone surrogate count as a digit.
 */
function emWidth(text: string, start: number, end: number, bold: boolean): number {
  const table = bold ? boldEms : regularEms;
  let em = 0;
  for (let index = start; index < end; index++) {
    const code = text.charCodeAt(index);
    if (code >= 32 && code <= 126) em += table[code - 32];
    else if (code >= 0xd800 && code <= 0xdfff) {
      const next = index + 1 < end ? text.charCodeAt(index + 1) : 0;
      if (code <= 0xdbff && next >= 0xdc00 && next <= 0xdfff) index++;
      em += digitWidth / 1000;
    } else em += otherEm(code, bold);
  }
  return em;
}

/** Printed width of a text in pixels at 96 dpi in the cell's font size (default 11 pt) and weight. */
export function textPixels(text: string, style: CellStyle = {}): number {
  return emWidth(text, 0, text.length, style.bold === true) * (((style.size ?? 11) * 96) / 72);
}

/**
 * The room for text in a cell `width` characters wide, in pixels: Excel draws a column of W characters
 * W × 7 + 5 px wide, of which 4 px are the cell's margins and 1 px the grid line (ECMA-376 Part 1,
 * the width of "col"). LibreOffice, given the same widths, wraps Carlito at the same places.
 */
function textRoom(width: number): number {
  return Math.max(1, width) * pixelsPerCharacter;
}

/** Most texts remembered per room and face before the memo starts over (bounds the pane's memory). */
const memoLimit = 50_000;
/** Line counts per room, weight and size, then per text: the row-height fit and pagination measure the same cells. */
const lineMemo = new Map<string, Map<string, number>>();
let memoSize = 0;

/**
 * Lines a wrapped text takes in a column (or merged cells) of `width` characters (Excel's width unit is one
 * digit of the default font), wrapping at spaces and line breaks like Excel and LibreOffice, and within a
 * word only when the word alone is wider than the cell.
 */
export function lineCount(text: string, width: number, style: CellStyle = {}): number {
  const room = textRoom(width);
  const bold = style.bold === true;
  const size = style.size ?? 11;
  const key = `${room}|${bold ? 1 : 0}|${size}`;
  let known = lineMemo.get(key);
  if (known === undefined) {
    known = new Map();
    lineMemo.set(key, known);
  }
  let lines = known.get(text);
  if (lines === undefined) {
    lines = countLines(text, room, bold, (size * 96) / 72);
    if (memoSize >= memoLimit) {
      for (const texts of lineMemo.values()) texts.clear();
      memoSize = 0;
    }
    known.set(text, lines);
    memoSize++;
  }
  return lines;
}

function countLines(text: string, room: number, bold: boolean, pixelsPerEm: number): number {
  const space = emWidth(" ", 0, 1, bold) * pixelsPerEm;
  let lines = 0;
  let paragraphStart = 0;
  while (paragraphStart <= text.length) {
    let paragraphEnd = text.indexOf("\n", paragraphStart);
    if (paragraphEnd < 0) paragraphEnd = text.length;
    let used = 0;
    lines += 1;
    let wordStart = paragraphStart;
    while (wordStart <= paragraphEnd) {
      let wordEnd = text.indexOf(" ", wordStart);
      if (wordEnd < 0 || wordEnd > paragraphEnd) wordEnd = paragraphEnd;
      const wordWidth = emWidth(text, wordStart, wordEnd, bold) * pixelsPerEm;
      const needed = used === 0 ? wordWidth : used + space + wordWidth;
      if (needed <= room) used = needed;
      else if (wordWidth <= room) {
        lines += used === 0 ? 0 : 1;
        used = wordWidth;
      } else {
        // A word wider than the cell breaks between characters.
        if (used > 0) lines += 1;
        used = 0;
        for (let index = wordStart; index < wordEnd; index++) {
          const code = text.charCodeAt(index);
          const pair =
            code >= 0xd800 &&
            code <= 0xdbff &&
            index + 1 < wordEnd &&
            isLowSurrogate(text.charCodeAt(index + 1));
          const characterWidth = emWidth(text, index, pair ? index + 2 : index + 1, bold) * pixelsPerEm;
          if (pair) index++;
          if (used > 0 && used + characterWidth > room) {
            lines += 1;
            used = 0;
          }
          used += characterWidth;
        }
      }
      wordStart = wordEnd + 1;
    }
    paragraphStart = paragraphEnd + 1;
  }
  return lines;
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}

/** Points per line of wrapped text as Excel spaces it (Calibri 11 → 15 pt, a one-line row's height). */
export function lineHeight(style: CellStyle = {}): number {
  return ((style.size ?? 11) / 11) * 15;
}
