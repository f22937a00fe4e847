import fc from "fast-check";
import { cellAddress, parseCellAddress } from "../../../src/core/address";
import { safeCellPosition, validCell } from "../../../src/core/validate/cells";

/** What an A1 address is, by its pattern (the rule the fast path of safeCellPosition must keep). */
function byPattern(address: string): { row: number; column: number } | null {
  if (!/^\$?[A-Za-z]{1,3}\$?\d+$/.test(address.trim())) return null;
  const position = parseCellAddress(address);
  return position.row >= 1 && position.column >= 1 ? position : null;
}

describe("safeCellPosition and validCell", () => {
  it("read every text as the A1 pattern does: plain, absolute, lower-case, padded, zero rows, long rows", () => {
    const addresses = [
      "D12",
      "XFD1048576",
      "A1",
      "A0",
      "A012",
      "$C$4",
      "c4",
      " D5 ",
      "D5\n",
      "\u00a0D5",
      "AAAA1",
      "D",
      "12",
      "D1.5",
      "D-1",
      "D1234567890123456789",
      "",
      "Ä1",
    ];
    expect(addresses.map((address) => [safeCellPosition(address), validCell(address)])).toEqual(
      addresses.map((address) => {
        const position = byPattern(address);
        return [position, position ? cellAddress(position.row, position.column) : null];
      }),
    );
  });

  it("agree with the pattern on any short text of letters, digits, '$' and white space", () => {
    const character = fc.constantFrom(..."ABCXYZabz$0123456789 \t\u00a0-.".split(""));
    fc.assert(
      fc.property(fc.stringOf(character, { maxLength: 12 }), (address) => {
        const position = byPattern(address);
        expect([safeCellPosition(address), validCell(address)]).toEqual([
          position,
          position ? cellAddress(position.row, position.column) : null,
        ]);
      }),
      { numRuns: 2000 },
    );
  });
});
