import { dateOrder, formatDateInput, parseDateInput } from "../../src/taskpane/dateInput";

describe("report date in Office's locale", () => {
  it("writes and reads the date in the locale's order", () => {
    expect({
      order: [dateOrder("nl-NL"), dateOrder("en-US")],
      written: [formatDateInput("2025-03-01", "nl-NL"), formatDateInput("2025-03-01", "en-US")],
      read: [
        parseDateInput("1-3-2025", "nl-NL"),
        parseDateInput("01-03-2025", "nl-NL"),
        parseDateInput("3/1/2025", "en-US"),
        parseDateInput("2025-03-01", "en-US"),
      ],
    }).toEqual({
      order: [
        ["day", "month", "year"],
        ["month", "day", "year"],
      ],
      written: ["1-3-2025", "3/1/2025"],
      read: ["2025-03-01", "2025-03-01", "2025-03-01", "2025-03-01"],
    });
  });

  it("refuses what is no date of the calendar", () => {
    expect(
      ["31-2-2025", "1-13-2025", "1-3-25", "morgen", ""].map((text) => parseDateInput(text, "nl-NL")),
    ).toEqual([null, null, null, null, null]);
  });

  it("reads back every date it writes", () => {
    for (const locale of ["nl-NL", "en-US", "en-GB", "de-DE"]) {
      for (let day = 0; day < 400; day += 7) {
        const iso = new Date(Date.UTC(2024, 0, 1 + day)).toISOString().slice(0, 10);
        expect([locale, parseDateInput(formatDateInput(iso, locale), locale)]).toEqual([locale, iso]);
      }
    }
  });
});
