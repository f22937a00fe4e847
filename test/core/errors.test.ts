import {
  bilingual,
  findingCodes,
  HostReadError,
  hostMessage,
  hostMessages,
  type HostMessageCode,
  KoersError,
  UnsupportedApiError,
} from "../../src/core";

/** Sample parameters for every code that takes some, so each message can be rendered in the test. */
const samples: Record<string, unknown> = {
  "excel-api-missing": {
    feature: { nl: "Het griffie-exemplaar", en: "The griffie copy" },
    requirement: "ExcelApi 1.8",
  },
  "sheet-gone": { sheet: "Cijfers 2024" },
  "sheet-not-found": { sheet: "Cijfers 2024" },
  "koers-sheet-protected": { sheet: "Koers Overzicht" },
  "user-sheet-in-the-way": { sheet: "Koers Trends" },
  "swap-unfinished": { cause: { nl: "Excel is bezet.", en: "Excel is busy." } },
  "sheet-formatted-far": { sheet: "Cijfers", end: "XFD1048576", read: "A1:C3" },
  "sheet-too-large": { sheet: "Cijfers", end: "XFD1048576", read: "A1:IV4096" },
  "package-too-large-to-unpack": {
    part: "xl/worksheets/sheet1.xml",
    partLimit: "256 MB",
    totalLimit: "1024 MB",
  },
};
const fileCodes = Object.keys(hostMessages).filter(
  (code) => code.startsWith("file-") || code === "zip-not-workbook",
);

function render(code: HostMessageCode) {
  const parameters = samples[code] ?? (fileCodes.includes(code) ? { file: "voortgang IVP.xlsx" } : undefined);
  const wording = hostMessages[code] as { nl: (p: unknown) => string; en: (p: unknown) => string };
  return { nl: wording.nl(parameters), en: wording.en(parameters) };
}

describe("host messages", () => {
  const codes = Object.keys(hostMessages) as HostMessageCode[];

  it("has a Dutch and a different English text for every code, each one line", () => {
    const problems = codes.flatMap((code) => {
      const { nl, en } = render(code);
      const good = [nl, en].every((text) => text.trim().length > 10 && !text.includes("\n")) && nl !== en;
      return good ? [] : [code];
    });
    expect(problems).toEqual([]);
  });

  it("uses stable kebab-case codes that no finding code shares", () => {
    const shared = codes.filter((code) => (findingCodes as string[]).includes(code));
    const malformed = codes.filter((code) => !/^[a-z]+(-[a-z]+)*$/.test(code));
    expect({ shared, malformed, unique: new Set(codes).size === codes.length }).toEqual({
      shared: [],
      malformed: [],
      unique: true,
    });
  });

  it("names the file in every file message, in both languages", () => {
    const missing = fileCodes.filter((code) => {
      const { nl, en } = render(code as HostMessageCode);
      return !nl.includes("voortgang IVP.xlsx") || !en.includes("voortgang IVP.xlsx");
    });
    expect({ codes: fileCodes.length, missing }).toEqual({ codes: 12, missing: [] });
  });
});

describe("thrown host failures", () => {
  it("carry their code, show both languages as the message and each language on request", () => {
    const error = new HostReadError(hostMessage("file-encrypted", { file: "plan.xlsx" }), { cause: "zip" });
    const { nl, en } = render("file-encrypted");
    expect({
      name: error.name,
      code: error.code,
      message: error.message,
      dutch: error.messageIn("nl"),
      english: error.messageIn("en"),
      koers: error instanceof KoersError,
    }).toEqual({
      name: "HostReadError",
      code: "file-encrypted",
      message: bilingual({
        nl: nl.replace("voortgang IVP.xlsx", "plan.xlsx"),
        en: en.replace("voortgang IVP.xlsx", "plan.xlsx"),
      }),
      dutch: nl.replace("voortgang IVP.xlsx", "plan.xlsx"),
      english: en.replace("voortgang IVP.xlsx", "plan.xlsx"),
      koers: true,
    });
  });

  it("keeps a plain message as it is, in any language", () => {
    const error = new UnsupportedApiError("ExcelApi 1.8", "No workbook is open in preview mode.");
    expect([error.code, error.messageIn("nl"), error.messageIn("en"), error.requirement]).toEqual([
      null,
      "No workbook is open in preview mode.",
      "No workbook is open in preview mode.",
      "ExcelApi 1.8",
    ]);
  });
});
