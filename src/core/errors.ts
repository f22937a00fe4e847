/**
 * The second error tier (docs/contracts.md "Two error tiers"): problems in the user's data are Findings
 * (values); the classes here are thrown only for host failures and bugs. A host failure carries a code from
 * `hostMessages`, the one table of what Koers tells the user when a host cannot read or write, in Dutch and
 * English; its `message` is both (Dutch line, then English line) and `messageIn` picks the user's language.
 */
import type { Language } from "./i18n/language";

/** A text in both languages. */
export interface LocalizedText {
  nl: string;
  en: string;
}

type Wording<P> = (parameters: P) => string;

/**
 * Every host message by code (stable kebab-case, like finding codes): thrown failures and the notices a host
 * gives when an Excel lacks a capability. Parameters are typed per code.
 */
export const hostMessages = {
  "not-in-excel": {
    nl: () => "Koers draait niet in Excel: open de invoegtoepassing vanuit Excel.",
    en: () => "Koers is not running inside Excel: open the add-in from Excel.",
  },
  "excel-api-missing": {
    nl: ({ feature, requirement }: { feature: LocalizedText; requirement: string }) =>
      `${feature.nl} vraagt een nieuwere Excel (${requirement}). Werk Office bij of gebruik Excel op het web.`,
    en: ({ feature, requirement }: { feature: LocalizedText; requirement: string }) =>
      `${feature.en} needs a newer Excel (${requirement}). Update Office or use Excel on the web.`,
  },
  "excel-access-denied": {
    nl: () =>
      "Excel weigert de wijziging: de werkmap is alleen-lezen, beveiligd of wordt door iemand anders bewerkt. Er is niets gewijzigd.",
    en: () =>
      "Excel refused the change: the workbook is read-only, protected or being edited by someone else. Nothing was changed.",
  },
  "excel-feature-missing": {
    nl: () => "Deze versie van Excel mist een functie die Koers nodig heeft. Er is niets gewijzigd.",
    en: () => "This version of Excel lacks a feature Koers needs. Nothing was changed.",
  },
  "excel-payload-too-large": {
    nl: () => "De werkmap is te groot om in één keer te verwerken.",
    en: () => "The workbook is too large to process in one go.",
  },
  "excel-busy": {
    nl: () =>
      "Excel is bezet (een cel wordt bewerkt of een collega wijzigt de werkmap). Probeer het zo nog eens.",
    en: () =>
      "Excel is busy (a cell is being edited or a colleague is changing the workbook). Try again shortly.",
  },
  "excel-write-failed": {
    nl: () =>
      "Excel gaf een fout bij het schrijven in de werkmap. Probeer het opnieuw; gebeurt het weer, sla de werkmap op en start Excel opnieuw.",
    en: () =>
      "Excel reported an error while writing to the workbook. Try again; if it happens again, save the workbook and restart Excel.",
  },
  "excel-read-failed": {
    nl: () =>
      "Excel gaf een fout bij het lezen van de werkmap; er is niets gewijzigd. Probeer het opnieuw; gebeurt het weer, sla de werkmap op en start Excel opnieuw.",
    en: () =>
      "Excel reported an error while reading the workbook; nothing was changed. Try again; if it happens again, save the workbook and restart Excel.",
  },
  "sheet-gone": {
    nl: ({ sheet }: { sheet: string }) => `Het blad "${sheet}" bestaat niet (meer) in deze werkmap.`,
    en: ({ sheet }: { sheet: string }) => `The sheet "${sheet}" does not exist (any more) in this workbook.`,
  },
  "sheet-not-found": {
    nl: ({ sheet }: { sheet: string }) => `De werkmap heeft geen blad "${sheet}".`,
    en: ({ sheet }: { sheet: string }) => `The workbook has no sheet "${sheet}".`,
  },
  "previous-unreadable": {
    nl: () => "De vorige rapportage kon niet worden gelezen.",
    en: () => "The previous report could not be read.",
  },
  "workbook-read-only": {
    nl: () =>
      "De werkmap is alleen-lezen geopend. Sla een eigen kopie op of vraag bewerkrechten; er is niets gewijzigd.",
    en: () =>
      "The workbook is open read-only. Save your own copy or ask for edit rights; nothing was changed.",
  },
  "structure-protected": {
    nl: () =>
      "De structuur van de werkmap is beveiligd, dus Koers kan geen bladen toevoegen. Hef de beveiliging op (Controleren > Werkmap beveiligen); er is niets gewijzigd.",
    en: () =>
      "The workbook structure is protected, so Koers cannot add sheets. Unprotect it (Review > Protect Workbook); nothing was changed.",
  },
  "koers-sheet-protected": {
    nl: ({ sheet }: { sheet: string }) =>
      `Het blad "${sheet}" van Koers is beveiligd. Hef de bladbeveiliging op en probeer opnieuw; er is niets gewijzigd.`,
    en: ({ sheet }: { sheet: string }) =>
      `Koers' sheet "${sheet}" is protected. Unprotect the sheet and try again; nothing was changed.`,
  },
  "user-sheet-in-the-way": {
    nl: ({ sheet }: { sheet: string }) =>
      `Er staat al een eigen blad "${sheet}" in de werkmap; Koers overschrijft dat niet. Geef het een andere naam en probeer opnieuw.`,
    en: ({ sheet }: { sheet: string }) =>
      `The workbook already has your own sheet "${sheet}"; Koers does not overwrite it. Rename it and try again.`,
  },
  "swap-unfinished": {
    nl: ({ cause }: { cause: LocalizedText }) =>
      `Het vervangen van de Koers-bladen is niet afgemaakt; controleer de bladen "Koers~…". ${cause.nl}`,
    en: ({ cause }: { cause: LocalizedText }) =>
      `Replacing the Koers sheets did not finish; check the "Koers~…" sheets. ${cause.en}`,
  },
  "history-too-large": {
    nl: () =>
      "De activiteitenlijst is te groot om in de werkmap te bewaren; 'wijzigingen sinds vorige rapportage' is er de volgende keer niet.",
    en: () =>
      "The activity list is too large to keep in the workbook; 'changes since the previous report' will be missing next time.",
  },
  "no-page-setup": {
    nl: () =>
      "Deze Excel kent geen pagina-instellingen via invoegtoepassingen (ExcelApi 1.9): stel A4 en 'passend op breedte' zelf in voor het afdrukken.",
    en: () =>
      "This Excel offers no page setup to add-ins (ExcelApi 1.9): set A4 and 'fit to width' yourself before printing.",
  },
  "no-fills": {
    nl: () =>
      "Deze Excel kan geen celkleuren doorgeven (ExcelApi 1.9): statussen die alleen als kleur staan worden niet herkend.",
    en: () =>
      "This Excel cannot report cell fills (ExcelApi 1.9): statuses given only as a colour are not recognised.",
  },
  "no-merges": {
    nl: () => "Deze Excel kan samengevoegde cellen niet doorgeven (ExcelApi 1.13); Koers leest zonder.",
    en: () => "This Excel cannot report merged cells (ExcelApi 1.13); Koers reads without them.",
  },
  "sheet-formatted-far": {
    nl: ({ sheet, end, read }: { sheet: string; end: string; read: string }) =>
      `Blad "${sheet}" heeft opmaak tot cel ${end}, ver buiten de gegevens. Koers leest ${read}, waar de waarden staan; kleuren en opmaak daarbuiten tellen niet mee.`,
    en: ({ sheet, end, read }: { sheet: string; end: string; read: string }) =>
      `Sheet "${sheet}" has formatting up to cell ${end}, far beyond its data. Koers reads ${read}, where the values are; colours and formats beyond it are ignored.`,
  },
  "sheet-too-large": {
    nl: ({ sheet, end, read }: { sheet: string; end: string; read: string }) =>
      `Blad "${sheet}" is te groot om helemaal te lezen (gegevens tot cel ${end}); Koers leest alleen ${read}.`,
    en: ({ sheet, end, read }: { sheet: string; end: string; read: string }) =>
      `Sheet "${sheet}" is too large to read whole (data up to cell ${end}); Koers reads only ${read}.`,
  },
  "file-damaged": {
    nl: ({ file }: { file: string }) =>
      `'${file}' is beschadigd: het bestand is geen leesbaar Excel-bestand (zip-fout). Sla de werkmap opnieuw op in Excel en probeer het nog eens.`,
    en: ({ file }: { file: string }) =>
      `'${file}' is damaged: the file is not a readable Excel file (zip error). Save the workbook again in Excel and retry.`,
  },
  "file-part-damaged": {
    nl: ({ file }: { file: string }) =>
      `'${file}' kon niet worden gelezen als Excel-werkmap: een onderdeel ervan is beschadigd. Open het in Excel, sla het opnieuw op en probeer het nog eens.`,
    en: ({ file }: { file: string }) =>
      `'${file}' could not be read as an Excel workbook: a part of it is damaged. Open it in Excel, save it again and retry.`,
  },
  "file-unexpected": {
    nl: ({ file }: { file: string }) =>
      `'${file}' kon niet worden verwerkt: de werkmap bevat iets wat Koers niet verwacht (een beschadigd of ongebruikelijk onderdeel). Er is niets geschreven. Open het bestand in Excel, sla het opnieuw op en probeer het nog eens.`,
    en: ({ file }: { file: string }) =>
      `'${file}' could not be processed: the workbook holds something Koers does not expect (a damaged or unusual part). Nothing was written. Open the file in Excel, save it again and retry.`,
  },
  "unexpected-failure": {
    nl: () =>
      "Koers is gestopt door een onverwachte fout; er is niets geschreven. Meld dit aan de beheerder, met het bestand als dat kan.",
    en: () =>
      "Koers stopped on an unexpected error; nothing was written. Please report this to your administrator, with the file if you can.",
  },
  "file-empty": {
    nl: ({ file }: { file: string }) => `'${file}' is leeg (0 bytes).`,
    en: ({ file }: { file: string }) => `'${file}' is empty (0 bytes).`,
  },
  "file-encrypted": {
    nl: ({ file }: { file: string }) =>
      `'${file}' is met een wachtwoord beveiligd (versleuteld). Koers kan het niet openen: verwijder het wachtwoord in Excel (Bestand > Info > Werkmap beveiligen) en probeer opnieuw.`,
    en: ({ file }: { file: string }) =>
      `'${file}' is password protected (encrypted). Koers cannot open it: remove the password in Excel (File > Info > Protect Workbook) and retry.`,
  },
  "file-legacy-xls": {
    nl: ({ file }: { file: string }) =>
      `'${file}' is een oud Excel-bestand (.xls, Excel 97-2003). Open het in Excel en sla het op als .xlsx.`,
    en: ({ file }: { file: string }) =>
      `'${file}' is an old Excel file (.xls, Excel 97-2003). Open it in Excel and save it as .xlsx.`,
  },
  "file-open-document": {
    nl: ({ file }: { file: string }) =>
      `'${file}' is een OpenDocument-rekenblad (.ods, bijvoorbeeld uit LibreOffice), geen Excel-werkmap. Open het en sla het op als Excel-werkmap (.xlsx).`,
    en: ({ file }: { file: string }) =>
      `'${file}' is an OpenDocument spreadsheet (.ods, from LibreOffice for instance), not an Excel workbook. Open it and save it as an Excel workbook (.xlsx).`,
  },
  "file-binary-workbook": {
    nl: ({ file }: { file: string }) =>
      `'${file}' is een binaire Excel-werkmap (.xlsb), die Koers niet leest. Open het in Excel en sla het op als Excel-werkmap (.xlsx).`,
    en: ({ file }: { file: string }) =>
      `'${file}' is an Excel binary workbook (.xlsb), which Koers does not read. Open it in Excel and save it as an Excel workbook (.xlsx).`,
  },
  "file-is-text": {
    nl: ({ file }: { file: string }) =>
      `'${file}' is een tekstbestand (waarschijnlijk CSV met een andere extensie), geen Excel-werkmap. Open het in Excel en sla het op als .xlsx.`,
    en: ({ file }: { file: string }) =>
      `'${file}' is a text file (probably CSV renamed), not an Excel workbook. Open it in Excel and save it as .xlsx.`,
  },
  "file-not-workbook": {
    nl: ({ file }: { file: string }) => `'${file}' is geen Excel-werkmap (.xlsx).`,
    en: ({ file }: { file: string }) => `'${file}' is not an Excel workbook (.xlsx).`,
  },
  "file-incomplete": {
    nl: ({ file }: { file: string }) =>
      `'${file}' is onvolledig (afgebroken tijdens kopiëren of downloaden). Haal het bestand opnieuw op.`,
    en: ({ file }: { file: string }) =>
      `'${file}' is incomplete (cut off while copying or downloading). Fetch the file again.`,
  },
  "zip-not-workbook": {
    nl: ({ file }: { file: string }) =>
      `'${file}' is een zip-bestand maar geen Excel-werkmap (geen werkmapdeel gevonden; misschien een Word- of PowerPoint-bestand).`,
    en: ({ file }: { file: string }) =>
      `'${file}' is a zip file but not an Excel workbook (no workbook part; perhaps a Word or PowerPoint file).`,
  },
  "package-not-workbook": {
    nl: () => "Het bestand is geen Excel-werkmap (.xlsx); er is niets geschreven.",
    en: () => "The file is not an Excel workbook (.xlsx); nothing was written.",
  },
  "styles-part-damaged": {
    nl: () =>
      "De opmaak van de werkmap (styles.xml) is beschadigd; er is niets geschreven. Open de werkmap in Excel, sla haar opnieuw op en probeer het nog eens.",
    en: () =>
      "The workbook's formatting part (styles.xml) is damaged; nothing was written. Open the workbook in Excel, save it again and retry.",
  },
  "package-too-large-to-unpack": {
    nl: ({ part, partLimit, totalLimit }: { part: string; partLimit: string; totalLimit: string }) =>
      `Het bestand is te groot om uit te pakken: het deel ${part} wordt groter dan ${partLimit} (of alle delen samen groter dan ${totalLimit}). Dit is geen gewone werkmap; Koers leest het niet.`,
    en: ({ part, partLimit, totalLimit }: { part: string; partLimit: string; totalLimit: string }) =>
      `The file is too large to unpack: part ${part} grows beyond ${partLimit} (or all parts together beyond ${totalLimit}). This is not an ordinary workbook; Koers does not read it.`,
  },
  "preview-no-workbook": {
    nl: () => "Er is nog geen werkmap geopend: kies eerst een Excel-bestand.",
    en: () => "No workbook is open yet: choose an Excel file first.",
  },
  "xlsx-cannot-hold-macro-sheets": {
    nl: () =>
      "De werkmap heeft Excel 4-macrobladen, die een .xlsx niet kan bevatten. Kies voor de uitvoer een .xlsm-bestand; er is niets geschreven.",
    en: () =>
      "The workbook has Excel 4 macro sheets, which an .xlsx cannot hold. Choose an .xlsm file for the output; nothing was written.",
  },
} satisfies Record<string, { nl: Wording<never>; en: Wording<never> }>;

/** A code of `hostMessages`. */
export type HostMessageCode = keyof typeof hostMessages;

type ParametersOf<C extends HostMessageCode> = Parameters<(typeof hostMessages)[C]["nl"]>;

/** A host message with its code, in both languages. */
export interface HostMessage extends LocalizedText {
  code: HostMessageCode;
}

/** The message of `code` with its parameters. */
export function hostMessage<C extends HostMessageCode>(code: C, ...parameters: ParametersOf<C>): HostMessage {
  const wording = hostMessages[code] as {
    nl: (...values: unknown[]) => string;
    en: (...values: unknown[]) => string;
  };
  return { code, nl: wording.nl(...parameters), en: wording.en(...parameters) };
}

/** A text in both languages as one string, Dutch line first: how a message is shown when the language is unknown. */
export function bilingual(text: LocalizedText): string {
  return `${text.nl}\n${text.en}`;
}

/** Base of Koers's thrown errors; `code` and `texts` are set when the message comes from `hostMessages`. */
export class KoersError extends Error {
  readonly code: HostMessageCode | null;
  readonly texts: LocalizedText | null;

  constructor(message: string | HostMessage, options?: { cause?: unknown }) {
    super(typeof message === "string" ? message : bilingual(message));
    this.name = new.target.name;
    this.code = typeof message === "string" ? null : message.code;
    this.texts = typeof message === "string" ? null : { nl: message.nl, en: message.en };
    if (options?.cause !== undefined) (this as { cause?: unknown }).cause = options.cause;
  }

  /** The message in the user's language (a message without texts as it is). */
  messageIn(language: Language): string {
    return this.texts ? this.texts[language] : this.message;
  }
}

/** The host could not read the workbook (not a workbook, password protected, truncated, API failure). */
export class HostReadError extends KoersError {}

/** The host could not write the plan (protected sheet, read-only workbook, missing API). */
export class HostWriteError extends KoersError {}

/** A requested Office API requirement set is missing in this Excel. */
export class UnsupportedApiError extends KoersError {
  constructor(
    readonly requirement: string,
    message: string | HostMessage,
  ) {
    super(message);
  }
}
