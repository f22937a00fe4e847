/**
 * The one catalog of finding codes (docs/contracts.md "Findings"). Codes are public API: they appear in
 * report.json and in the pane, so a code is never renamed or reused for another meaning.
 *
 * Templates use i18next interpolation: {{name}}. Every template may use the parameters the creating
 * check passes; messages never echo personal data (privacy findings pass a masked value only).
 */
import { activityFieldWords } from "../fields";
import type { Language } from "../i18n/language";

export type Severity = "error" | "warning" | "info";

export interface CatalogText {
  message: string;
  hint: string;
}

export interface CatalogEntry {
  /** The code's readable name, as the pane lists it ("Dubbel nummer" / "Duplicate number"). */
  title: Record<Language, string>;
  severity: Severity;
  /** True when the problem makes computed figures wrong: the pane blocks generation on it. */
  blocksFigures: boolean;
  nl: CatalogText;
  en: CatalogText;
  /**
   * Words for parameter values per language: parameter name → language → value → word. A finding keeps
   * the language-neutral value ("name", "email", "count, percent") in its parameters, so that
   * translateFinding renders it in the other language too; a list of values is separated by ", ".
   */
  terms?: Record<string, Record<Language, Record<string, string>>>;
  /**
   * Parameters that differ from cell to cell (a value, a row number). Findings of one code in one column of
   * one sheet whose other parameters are equal are one finding over all their cells (aggregateFindings):
   * its `range` and `count` say which cells, its parameters are those of its first cell.
   */
  perCell?: readonly PerCellParameter[];
  /**
   * Message and hint of a finding over more than one cell. They may use {{count}} (the number of cells,
   * formatted), {{columnName}} (the column's header in quotes, or its letter) and every parameter, those
   * in `perCell` taken from the first cell. Without it the single-cell text gets " (n cellen)".
   */
  grouped?: GroupedText;
}

/** Parameters a check may mark as differing from cell to cell (see CatalogEntry.perCell). */
export type PerCellParameter =
  "value" | "otherRow" | "masked" | "suggestion" | "plannedEnd" | "sum" | "median";

/** Text of a finding over several cells; `terms` replaces the entry's terms (plural words). */
export interface GroupedText {
  nl: CatalogText;
  en: CatalogText;
  terms?: Record<string, Record<Language, Record<string, string>>>;
}

export const findingCatalog = {
  "duplicate-id": {
    title: { nl: "Dubbel nummer", en: "Duplicate number" },
    severity: "error",
    blocksFigures: true,
    perCell: ["otherRow"],
    grouped: {
      nl: {
        message: "Nummer {{value}} komt {{count}} keer voor.",
        hint: "Geef elke activiteit een eigen nummer, anders kan Koers wijzigingen niet volgen.",
      },
      en: {
        message: "Number {{value}} occurs {{count}} times.",
        hint: "Give each activity its own number, otherwise Koers cannot track changes.",
      },
    },
    nl: {
      message: "Nummer {{value}} komt vaker voor (ook in rij {{otherRow}}).",
      hint: "Geef elke activiteit een eigen nummer, anders kan Koers wijzigingen niet volgen.",
    },
    en: {
      message: "Number {{value}} occurs more than once (also on row {{otherRow}}).",
      hint: "Give each activity its own number, otherwise Koers cannot track changes.",
    },
  },
  "missing-value": {
    title: { nl: "Leeg veld", en: "Empty field" },
    severity: "warning",
    blocksFigures: false,
    terms: {
      field: {
        nl: activityFieldWords("nl", "term"),
        en: activityFieldWords("en", "term"),
      },
    },
    nl: {
      message: "Het veld {{field}} is leeg.",
      hint: "Vul {{field}} in of verwijder de rij als die niet meer nodig is.",
    },
    en: {
      message: "The field {{field}} is empty.",
      hint: "Fill in {{field}} or delete the row if it is no longer needed.",
    },
  },
  "invalid-date": {
    title: { nl: "Onleesbare datum of planning", en: "Unreadable date or planning" },
    severity: "warning",
    blocksFigures: false,
    perCell: ["value"],
    grouped: {
      nl: {
        message:
          "{{count}} planningen in kolom {{columnName}} zijn geen geldige datum of planning, bijvoorbeeld '{{value}}'.",
        hint: "Gebruik bijvoorbeeld 31-12-2025, Q2 2025, eind 2025 of doorlopend.",
      },
      en: {
        message:
          "{{count}} plannings in column {{columnName}} are not a valid date or planning, for example '{{value}}'.",
        hint: "Use for example 31-12-2025, Q2 2025, end 2025 or ongoing.",
      },
    },
    nl: {
      message: "'{{value}}' is geen geldige datum of planning.",
      hint: "Gebruik bijvoorbeeld 31-12-2025, Q2 2025, eind 2025 of doorlopend.",
    },
    en: {
      message: "'{{value}}' is not a valid date or planning.",
      hint: "Use for example 31-12-2025, Q2 2025, end 2025 or ongoing.",
    },
  },
  "planning-in-past": {
    title: { nl: "Op schema, planning verstreken", en: "On track past its planning" },
    severity: "warning",
    blocksFigures: false,
    perCell: ["value", "plannedEnd"],
    grouped: {
      nl: {
        message:
          "{{count}} activiteiten lopen volgens hun status op schema, maar hun planning is verstreken (bijvoorbeeld {{value}}).",
        hint: "Werk de status of de planning bij: een activiteit na haar geplande einde loopt niet volgens planning.",
      },
      en: {
        message:
          "{{count}} activities are on track by their status, but their planned end has passed (for example {{value}}).",
        hint: "Update the status or the planning: an activity past its planned end is not on track.",
      },
    },
    nl: {
      message:
        "De status zegt dat de activiteit volgens planning loopt, maar de planning ({{value}}) is verstreken.",
      hint: "Werk de status of de planning bij: een activiteit na haar geplande einde loopt niet volgens planning.",
    },
    en: {
      message: "The status says the activity is on track, but its planned end ({{value}}) has passed.",
      hint: "Update the status or the planning: an activity past its planned end is not on track.",
    },
  },
  "unknown-status": {
    title: { nl: "Onbekende status", en: "Unknown status" },
    severity: "warning",
    blocksFigures: false,
    perCell: ["value", "suggestion"],
    grouped: {
      nl: {
        message: "{{count}} statussen zijn onbekend en tellen als 'onbekend', bijvoorbeeld '{{value}}'.",
        hint: "Gebruik Afgerond, Loopt volgens planning, Vertraagd of Niet gestart; bij '{{value}}' bedoelt u misschien '{{suggestion}}'.",
      },
      en: {
        message: "{{count}} statuses are not recognised and count as 'unknown', for example '{{value}}'.",
        hint: "Use Done, On track, Delayed or Not started; for '{{value}}' you may mean '{{suggestion}}'.",
      },
    },
    nl: {
      message: "Status '{{value}}' is onbekend en telt als 'onbekend'.",
      hint: "Bedoelt u '{{suggestion}}'? Gebruik Afgerond, Loopt volgens planning, Vertraagd of Niet gestart.",
    },
    en: {
      message: "Status '{{value}}' is not recognised and counts as 'unknown'.",
      hint: "Did you mean '{{suggestion}}'? Use Done, On track, Delayed or Not started.",
    },
  },
  "error-value": {
    title: { nl: "Foutwaarde in cel", en: "Error value in cell" },
    severity: "error",
    blocksFigures: true,
    perCell: ["value"],
    grouped: {
      nl: {
        message: "{{count}} cellen bevatten een foutwaarde, bijvoorbeeld {{value}}.",
        hint: "Herstel de formules of de verwijzingen in deze cellen.",
      },
      en: {
        message: "{{count}} cells hold an error value, for example {{value}}.",
        hint: "Repair the formulas or the references in these cells.",
      },
    },
    nl: {
      message: "De cel bevat de foutwaarde {{value}}.",
      hint: "Herstel de formule of de verwijzing in deze cel.",
    },
    en: {
      message: "The cell holds the error value {{value}}.",
      hint: "Repair the formula or the reference in this cell.",
    },
  },
  "not-a-number": {
    title: { nl: "Geen getal", en: "Not a number" },
    severity: "warning",
    blocksFigures: false,
    perCell: ["value"],
    grouped: {
      nl: {
        message:
          "{{count}} cellen in kolom {{columnName}} zijn geen getal, bijvoorbeeld '{{value}}'; Koers telt ze als ontbrekend.",
        hint: "Vul getallen in, of gebruik '.' voor onbekend zoals het CBS doet.",
      },
      en: {
        message:
          "{{count}} cells in column {{columnName}} are not a number, for example '{{value}}'; Koers treats them as missing.",
        hint: "Enter numbers, or use '.' for unknown as CBS does.",
      },
    },
    nl: {
      message: "'{{value}}' is geen getal; Koers telt het als ontbrekend.",
      hint: "Vul een getal in, of gebruik '.' voor onbekend zoals het CBS doet.",
    },
    en: {
      message: "'{{value}}' is not a number; Koers treats it as missing.",
      hint: "Enter a number, or use '.' for unknown as CBS does.",
    },
  },
  "negative-count": {
    title: { nl: "Negatief aantal", en: "Negative count" },
    severity: "error",
    blocksFigures: true,
    perCell: ["value"],
    grouped: {
      nl: {
        message: "{{count}} aantallen in kolom {{columnName}} zijn negatief, bijvoorbeeld {{value}}.",
        hint: "Controleer de getallen; misschien is een min-teken meegekopieerd.",
      },
      en: {
        message: "{{count}} counts in column {{columnName}} are negative, for example {{value}}.",
        hint: "Check the numbers; a minus sign may have been pasted along.",
      },
    },
    nl: {
      message: "Een aantal kan niet negatief zijn ({{value}}).",
      hint: "Controleer het getal; misschien is een min-teken meegekopieerd.",
    },
    en: {
      message: "A count cannot be negative ({{value}}).",
      hint: "Check the number; a minus sign may have been pasted along.",
    },
  },
  "duplicate-category": {
    title: { nl: "Dubbele categorie", en: "Duplicate category" },
    severity: "warning",
    blocksFigures: false,
    perCell: ["otherRow"],
    grouped: {
      nl: {
        message: "De categorie '{{value}}' staat {{count}} keer in de tabel.",
        hint: "Voeg de rijen samen of geef ze een andere naam.",
      },
      en: {
        message: "The category '{{value}}' appears {{count}} times in the table.",
        hint: "Merge the rows or give them different names.",
      },
    },
    nl: {
      message: "De categorie '{{value}}' staat twee keer in de tabel (ook in rij {{otherRow}}).",
      hint: "Voeg de rijen samen of geef ze een andere naam.",
    },
    en: {
      message: "The category '{{value}}' appears twice in the table (also on row {{otherRow}}).",
      hint: "Merge the rows or give them different names.",
    },
  },
  "subtotal-mismatch": {
    title: { nl: "Subtotaal klopt niet", en: "Subtotal does not add up" },
    severity: "warning",
    blocksFigures: false,
    nl: {
      message: "'{{category}}' in {{year}} is {{value}}, maar de onderliggende rijen tellen op tot {{sum}}.",
      hint: "Controleer het subtotaal of de rijen eronder.",
    },
    en: {
      message: "'{{category}}' in {{year}} is {{value}}, but the rows under it add up to {{sum}}.",
      hint: "Check the subtotal or the rows under it.",
    },
  },
  "subtotal-coverage": {
    title: { nl: "Totaal dekt meer dan de rijen", en: "Total covers more than its rows" },
    severity: "info",
    blocksFigures: false,
    nl: {
      message:
        "De rijen onder '{{category}}' dekken {{coverage}} van het totaal: het totaal telt meer soorten mee dan de tabel toont.",
      hint: "Geen fout. Koers telt '{{category}}' en de rijen eronder nooit bij elkaar op.",
    },
    en: {
      message:
        "The rows under '{{category}}' cover {{coverage}} of the total: the total counts more kinds than the table lists.",
      hint: "Not an error. Koers never adds '{{category}}' to the rows under it.",
    },
  },
  outlier: {
    title: { nl: "Uitschieter", en: "Outlier" },
    severity: "info",
    blocksFigures: false,
    nl: {
      message: "{{value}} wijkt sterk af van de andere jaren van '{{category}}' (mediaan {{median}}).",
      hint: "Klopt dit getal? Een tikfout of een verschoven kolom geeft zo'n uitschieter.",
    },
    en: {
      message: "{{value}} is far from the other years of '{{category}}' (median {{median}}).",
      hint: "Is this number right? A typo or a shifted column gives such an outlier.",
    },
  },
  "blank-row": {
    title: { nl: "Lege rij", en: "Blank row" },
    severity: "info",
    blocksFigures: false,
    perCell: [],
    grouped: {
      nl: {
        message: "{{count}} lege rijen midden in de tabel.",
        hint: "Koers slaat de rijen over; verwijder ze als ze niet nodig zijn.",
      },
      en: {
        message: "{{count}} blank rows inside the table.",
        hint: "Koers skips the rows; delete them if they are not needed.",
      },
    },
    nl: {
      message: "Lege rij midden in de tabel.",
      hint: "Koers slaat de rij over; verwijder haar als ze niet nodig is.",
    },
    en: {
      message: "Blank row inside the table.",
      hint: "Koers skips the row; delete it if it is not needed.",
    },
  },
  "unused-rows": {
    title: { nl: "Rijen niet gebruikt", en: "Rows not used" },
    severity: "info",
    blocksFigures: false,
    nl: {
      message:
        "{{count}} rijen in de tabel hebben geen herkenbare periode en zijn niet gebruikt (de eerste is rij {{row}}).",
      hint: "Wilt u deze gegevens toch gebruiken? Wijs in het taakvenster onder 'Kolommen toewijzen' zelf de categorie, periode, waarde en regio aan.",
    },
    en: {
      message:
        "{{count}} rows in the table have no period Koers recognises and were not used (the first is row {{row}}).",
      hint: "Want to use these data after all? Map the category, period, value and region yourself under 'Map columns' in the task pane.",
    },
  },
  "mixed-units": {
    title: { nl: "Gemengde eenheden", en: "Mixed units" },
    severity: "warning",
    blocksFigures: false,
    terms: {
      units: {
        nl: {
          count: "aantallen",
          per1000: "per 1.000 inwoners",
          per10000: "per 10.000 inwoners",
          per100000: "per 100.000 inwoners",
          percent: "percentages",
        },
        en: {
          count: "counts",
          per1000: "per 1,000 inhabitants",
          per10000: "per 10,000 inhabitants",
          per100000: "per 100,000 inhabitants",
          percent: "percentages",
        },
      },
    },
    nl: {
      message: "De tabel mengt eenheden ({{units}}); '{{category}}' wordt niet opgeteld bij aantallen.",
      hint: "Zet percentages en cijfers per 1.000 of 10.000 inwoners bij voorkeur in een eigen tabel.",
    },
    en: {
      message: "The table mixes units ({{units}}); '{{category}}' is not added to counts.",
      hint: "Preferably keep percentages and rates per 1,000 or 10,000 inhabitants in a table of their own.",
    },
  },
  "blank-header": {
    title: { nl: "Kolom zonder kop", en: "Column without header" },
    severity: "warning",
    blocksFigures: false,
    nl: {
      message: "Kolom {{column}} heeft geen kop maar wel gegevens.",
      hint: "Geef de kolom een kop, dan kan Koers hem herkennen.",
    },
    en: {
      message: "Column {{column}} has data but no header.",
      hint: "Give the column a header so Koers can recognise it.",
    },
  },
  "duplicate-header": {
    title: { nl: "Dubbele kolomkop", en: "Duplicate column header" },
    severity: "warning",
    blocksFigures: false,
    nl: {
      message: "De kop '{{value}}' staat boven meer dan één kolom.",
      hint: "Geef elke kolom een eigen kop; Koers gebruikt de eerste.",
    },
    en: {
      message: "The header '{{value}}' is above more than one column.",
      hint: "Give each column its own header; Koers uses the first.",
    },
  },
  "unused-column": {
    title: { nl: "Kolom niet gebruikt", en: "Column not used" },
    severity: "info",
    blocksFigures: false,
    terms: {
      reason: {
        nl: {
          flag: "bevat alleen 0 en 1 en is geen aantal",
          measure: "is een andere maat dan de waardekolom",
          code: "bevat codes, geen cijfers",
          text: "bevat tekst die geen categorie, periode of regio is",
          region: "is een tweede regiokolom",
        },
        en: {
          flag: "holds only 0 and 1 and is not a count",
          measure: "is another measure than the value column",
          code: "holds codes, not figures",
          text: "holds text that is no category, period or region",
          region: "is a second region column",
        },
      },
    },
    nl: {
      message: "Kolom '{{header}}' ({{column}}) {{reason}}; niet gebruikt.",
      hint: "Wilt u deze gegevens toch gebruiken? Wijs in het taakvenster onder 'Kolommen toewijzen' zelf de categorie, periode, waarde en regio aan.",
    },
    en: {
      message: "Column '{{header}}' ({{column}}) {{reason}}; not used.",
      hint: "Want to use these data after all? Map the category, period, value and region yourself under 'Map columns' in the task pane.",
    },
  },
  "provisional-figure": {
    title: { nl: "Voorlopig cijfer", en: "Provisional figure" },
    severity: "info",
    blocksFigures: false,
    perCell: ["value"],
    grouped: {
      nl: {
        message: "{{count}} cijfers voor {{year}} zijn voorlopig, bijvoorbeeld {{value}}.",
        hint: "Voorlopige cijfers kunnen nog wijzigen; Koers markeert ze in het overzicht.",
      },
      en: {
        message: "{{count}} figures for {{year}} are provisional, for example {{value}}.",
        hint: "Provisional figures may still change; Koers marks them in the summary.",
      },
    },
    nl: {
      message: "Het cijfer voor {{year}} is voorlopig ({{value}}).",
      hint: "Voorlopige cijfers kunnen nog wijzigen; Koers markeert ze in het overzicht.",
    },
    en: {
      message: "The figure for {{year}} is provisional ({{value}}).",
      hint: "Provisional figures may still change; Koers marks them in the summary.",
    },
  },
  "footnote-year": {
    title: { nl: "Voetnoot aan jaartal", en: "Footnote on a year" },
    severity: "info",
    blocksFigures: false,
    nl: {
      message: "'{{value}}' gelezen als het jaar {{year}} (voetnootcijfer {{mark}} weggelaten).",
      hint: "Klopt het jaar niet? Zet de voetnoot in een eigen kolom of onder de tabel.",
    },
    en: {
      message: "'{{value}}' read as the year {{year}} (footnote mark {{mark}} left out).",
      hint: "Is the year wrong? Put the footnote in a column of its own or below the table.",
    },
  },
  "aggregated-periods": {
    title: { nl: "Perioden opgeteld tot jaren", en: "Periods added up to years" },
    severity: "info",
    blocksFigures: false,
    terms: {
      grain: {
        nl: { month: "maand", quarter: "kwartaal" },
        en: { month: "month", quarter: "quarter" },
      },
    },
    nl: {
      message: "De tabel geeft cijfers per {{grain}}; Koers telt ze op tot jaren.",
      hint: "Een jaar dat nog niet rond is, is onvolledig en wordt niet met een heel jaar vergeleken.",
    },
    en: {
      message: "The table gives figures per {{grain}}; Koers adds them up to years.",
      hint: "A year that has not run its course is incomplete and is not compared with a whole year.",
    },
  },
  "incomplete-year": {
    title: { nl: "Onvolledig jaar", en: "Incomplete year" },
    severity: "info",
    blocksFigures: false,
    nl: {
      message:
        "{{year}} is onvolledig ({{periods}} van de {{of}} perioden); Koers vergelijkt het niet met een heel jaar.",
      hint: "De vergelijking met het vorige jaar gebruikt de laatste twee volledige jaren.",
    },
    en: {
      message:
        "{{year}} is incomplete ({{periods}} of {{of}} periods); Koers does not compare it with a whole year.",
      hint: "The comparison with the previous year uses the last two complete years.",
    },
  },
  "unknown-figure": {
    title: { nl: "Onbekend cijfer", en: "Unknown figure" },
    severity: "info",
    blocksFigures: false,
    perCell: ["value"],
    grouped: {
      nl: {
        message: "{{count}} cijfers zijn onbekend of geheim, bijvoorbeeld '{{value}}'.",
        hint: "Koers telt ze als ontbrekend, zoals het CBS-symbool bedoelt.",
      },
      en: {
        message: "{{count}} figures are unknown or confidential, for example '{{value}}'.",
        hint: "Koers treats them as missing, as the CBS symbol intends.",
      },
    },
    nl: {
      message: "Het cijfer is onbekend of geheim ('{{value}}').",
      hint: "Koers telt het als ontbrekend, zoals het CBS-symbool bedoelt.",
    },
    en: {
      message: "The figure is unknown or confidential ('{{value}}').",
      hint: "Koers treats it as missing, as the CBS symbol intends.",
    },
  },
  "personal-data": {
    title: { nl: "Persoonsgegevens", en: "Personal data" },
    severity: "warning",
    blocksFigures: false,
    perCell: ["masked"],
    grouped: {
      nl: {
        message: "Kolom {{columnName}} bevat {{kind}} ({{count}} cellen); het griffie-exemplaar laat ze weg.",
        hint: "Vervang ze door een rol of team voordat u de werkmap zelf deelt.",
      },
      en: {
        message: "Column {{columnName}} holds {{kind}} ({{count}} cells); the griffie copy leaves them out.",
        hint: "Replace them by a role or team before you share the workbook itself.",
      },
      terms: {
        kind: {
          nl: {
            bsn: "burgerservicenummers",
            email: "e-mailadressen",
            phone: "telefoonnummers",
            iban: "rekeningnummers (IBAN)",
            postcode: "postcodes met huisnummer",
            "person-name": "namen van personen",
          },
          en: {
            bsn: "citizen service numbers (BSN)",
            email: "e-mail addresses",
            phone: "phone numbers",
            iban: "bank account numbers (IBAN)",
            postcode: "postcodes with house numbers",
            "person-name": "names of persons",
          },
        },
      },
    },
    terms: {
      kind: {
        nl: {
          bsn: "burgerservicenummer",
          email: "e-mailadres",
          phone: "telefoonnummer",
          iban: "rekeningnummer (IBAN)",
          postcode: "postcode met huisnummer",
          "person-name": "naam van een persoon",
        },
        en: {
          bsn: "citizen service number (BSN)",
          email: "e-mail address",
          phone: "phone number",
          iban: "bank account number (IBAN)",
          postcode: "postcode with house number",
          "person-name": "name of a person",
        },
      },
    },
    nl: {
      message: "Mogelijk persoonsgegeven ({{kind}}): {{masked}}.",
      hint: "Verwijder het of vervang het door een rol of team voordat u het overzicht deelt.",
    },
    en: {
      message: "Possible personal data ({{kind}}): {{masked}}.",
      hint: "Remove it or replace it by a role or team before you share the summary.",
    },
  },
  "formula-text": {
    title: { nl: "Tekst die op een formule lijkt", en: "Text that looks like a formula" },
    severity: "info",
    blocksFigures: false,
    perCell: ["value"],
    grouped: {
      nl: {
        message:
          "{{count}} teksten die op een formule lijken worden als tekst behandeld, bijvoorbeeld '{{value}}'.",
        hint: "Koers rekent hier niet mee en schrijft ze als tekst terug.",
      },
      en: {
        message: "{{count}} texts that look like a formula are treated as text, for example '{{value}}'.",
        hint: "Koers does not evaluate them and writes them back as text.",
      },
    },
    nl: {
      message: "Tekst die op een formule lijkt ('{{value}}') wordt als tekst behandeld.",
      hint: "Koers rekent hier niet mee en schrijft het als tekst terug.",
    },
    en: {
      message: "Text that looks like a formula ('{{value}}') is treated as text.",
      hint: "Koers does not evaluate it and writes it back as text.",
    },
  },
  "low-confidence": {
    title: { nl: "Onzekere herkenning", en: "Uncertain detection" },
    severity: "info",
    blocksFigures: false,
    nl: {
      message: "Koers is niet zeker van de tabel op '{{sheet}}' ({{confidence}}%).",
      hint: "Controleer de kolomindeling en wijs kolommen zo nodig zelf toe in het taakvenster.",
    },
    en: {
      message: "Koers is not sure about the table on '{{sheet}}' ({{confidence}}%).",
      hint: "Check the column mapping and map columns yourself in the task pane if needed.",
    },
  },
  "no-datasets": {
    title: { nl: "Geen tabel gevonden", en: "No table found" },
    severity: "warning",
    blocksFigures: false,
    nl: {
      message: "Koers vond geen activiteitenlijst en geen cijfertabel in deze werkmap.",
      hint: "Een activiteitenlijst heeft kolommen als Activiteit en Status; een cijfertabel heeft jaren als kolomkoppen.",
    },
    en: {
      message: "Koers found no activity list and no figures table in this workbook.",
      hint: "An activity list has columns such as Activity and Status; a figures table has years as column headers.",
    },
  },
  "sheets-per-period": {
    title: { nl: "Blad per periode", en: "Sheet per period" },
    severity: "info",
    blocksFigures: false,
    nl: {
      message:
        "De bladen {{sheets}} hebben elk één periode en dezelfde tabel; Koers leest ze samen als één tabel ({{count}} perioden).",
      hint: 'Klopt een periode niet, geef het blad dan een naam of titel met het jaar ("2023", "Cijfers 2023").',
    },
    en: {
      message:
        "Sheets {{sheets}} each hold one period of the same table; Koers reads them together as one table ({{count}} periods).",
      hint: 'If a period is wrong, give the sheet a name or title with its year ("2023", "Figures 2023").',
    },
  },
  "unread-sheet": {
    title: { nl: "Blad niet gelezen", en: "Sheet not read" },
    severity: "info",
    blocksFigures: false,
    nl: {
      message: "Blad '{{sheet}}' bevat {{count}} getallen die Koers niet heeft gebruikt: {{reason}}",
      hint: "Wijs in het taakvenster onder 'Kolommen toewijzen' voor dit blad zelf de categorie, periode, waarde en regio aan.",
    },
    en: {
      message: "Sheet '{{sheet}}' holds {{count}} numbers Koers did not use: {{reason}}",
      hint: "Map the category, period, value and region of this sheet yourself under 'Map columns' in the task pane.",
    },
    terms: {
      reason: {
        nl: {
          "no-table": "Koers herkent er geen tabel in.",
          outside: "ze staan buiten de herkende tabellen.",
        },
        en: {
          "no-table": "Koers recognises no table in it.",
          outside: "they lie outside the tables it recognised.",
        },
      },
    },
  },
  "survey-polarity-unknown": {
    title: { nl: "Richting van indicator onbekend", en: "Direction of indicator unknown" },
    severity: "warning",
    blocksFigures: false,
    nl: {
      message:
        "Koers weet niet of een hogere waarde van '{{category}}' beter of slechter is; de verandering krijgt geen oordeel.",
      hint: "Kies in de instellingen bij 'Wat is beter per indicator' of hoger of lager beter is.",
    },
    en: {
      message:
        "Koers does not know whether a higher value of '{{category}}' is better or worse; its change gets no verdict.",
      hint: "Choose in the settings under 'What is better per indicator' whether higher or lower is better.",
    },
  },
  "survey-no-margins": {
    title: { nl: "Enquête zonder marges", en: "Survey without margins" },
    severity: "info",
    blocksFigures: false,
    nl: {
      message:
        "De enquêtetabel op '{{sheet}}' geeft geen marges voor {{count}} {{indicators}}; Koers zegt niet of die veranderingen significant zijn.",
      hint: "Neem de marge (±), de onder- en bovengrens of het aantal respondenten (n) uit de Veiligheidsmonitor over, in een kolom naast elk jaar.",
    },
    en: {
      message:
        "The survey table on '{{sheet}}' gives no margins for {{count}} {{indicators}}; Koers does not say whether those changes are significant.",
      hint: "Copy the margin (±), the lower and upper bounds or the number of respondents (n) from the survey, in a column beside each year.",
    },
    terms: {
      indicators: {
        nl: { one: "indicator", many: "indicatoren" },
        en: { one: "indicator", many: "indicators" },
      },
    },
  },
  "small-numbers": {
    title: { nl: "Kleine aantallen", en: "Small numbers" },
    severity: "info",
    blocksFigures: false,
    nl: {
      message: "'{{category}}' heeft kleine aantallen (onder {{threshold}}); Koers noemt geen percentage.",
      hint: "Bij kleine aantallen zegt een procentuele verandering weinig.",
    },
    en: {
      message: "'{{category}}' has small numbers (under {{threshold}}); Koers gives no percentage.",
      hint: "With small numbers a percentage change means little.",
    },
  },
  "sheet-renamed": {
    title: { nl: "Blad hernoemd", en: "Sheet renamed" },
    severity: "info",
    blocksFigures: false,
    nl: {
      message: "Er bestaat al een eigen blad '{{value}}'; Koers schrijft naar '{{name}}'.",
      hint: "Koers overschrijft nooit uw eigen bladen.",
    },
    en: {
      message: "A sheet of your own named '{{value}}' exists; Koers writes to '{{name}}' instead.",
      hint: "Koers never overwrites your own sheets.",
    },
  },
  "generated-sheet-kept": {
    title: { nl: "Blad van Koers bewaard", en: "Koers sheet kept" },
    severity: "info",
    blocksFigures: false,
    nl: {
      message:
        "Het blad '{{name}}' lijkt door Koers gemaakt, maar is een kopie, hernoemd of van een eerdere versie; Koers laat het staan.",
      hint: "Koers vervangt alleen de bladen van zijn laatste overzicht. Verwijder dit blad zelf als u het niet meer nodig hebt.",
    },
    en: {
      message:
        "The sheet '{{name}}' looks made by Koers but is a copy, renamed or from an earlier version; Koers keeps it.",
      hint: "Koers replaces only the sheets of its last summary. Delete this sheet yourself if you no longer need it.",
    },
  },
  "cells-omitted": {
    title: { nl: "Cellen niet gelezen", en: "Cells not read" },
    severity: "info",
    blocksFigures: false,
    nl: {
      message:
        "Op blad '{{sheet}}' zijn {{count}} cel(len) niet gelezen: ze staan ver buiten de rest van de gegevens of op een plek die Excel niet kent.",
      hint: "Hoort daar iets bij de tabel, zet het dan bij de tabel; anders kunt u de cel leegmaken (ook de opmaak).",
    },
    en: {
      message:
        "On sheet '{{sheet}}', {{count}} cell(s) were not read: they lie far outside the rest of the data or at a position Excel does not know.",
      hint: "If something there belongs to the table, move it next to the table; otherwise clear the cell (its format too).",
    },
  },
  "text-truncated": {
    title: { nl: "Tekst ingekort", en: "Text shortened" },
    severity: "info",
    blocksFigures: false,
    nl: {
      message:
        "{{count}} tekst(en) waren langer dan de 32.767 tekens die een Excel-cel kan bevatten en zijn in de uitvoer ingekort met '…' (eerste op blad '{{sheet}}').",
      hint: "Maak de tekst in de bron korter als de hele tekst in het overzicht moet staan.",
    },
    en: {
      message:
        "{{count}} text(s) were longer than the 32,767 characters an Excel cell can hold and were shortened with '…' in the output (first on sheet '{{sheet}}').",
      hint: "Shorten the text in the source if the whole text must appear in the summary.",
    },
  },
} as const satisfies Record<string, CatalogEntry>;

/** Every stable finding code. */
export type FindingCode = keyof typeof findingCatalog;

/** The names a template fills: "{{sheet}} … {{count, number}}" → "sheet" | "count". */
type Placeholders<Template> = Template extends `${string}{{${infer Name}}}${infer Rest}`
  ? (Name extends `${infer Bare},${string}` ? Bare : Name) | Placeholders<Rest>
  : never;

/** Every name the single-cell message and hint of a code fill, in either language. */
type TemplateNames<Code extends FindingCode> = Placeholders<
  | (typeof findingCatalog)[Code]["nl"]["message"]
  | (typeof findingCatalog)[Code]["nl"]["hint"]
  | (typeof findingCatalog)[Code]["en"]["message"]
  | (typeof findingCatalog)[Code]["en"]["hint"]
>;

/**
 * The parameters a check must pass for a code: every name its templates fill, typed from the catalog itself,
 * so a template that names a parameter no check passes fails to compile. Further parameters are allowed
 * (kept for report.json readers and translateFinding).
 */
export type FindingParametersOf<Code extends FindingCode> = Record<TemplateNames<Code>, string | number> &
  Record<string, string | number>;

/** createFinding's arguments after the location: the parameters may be left out only when no template needs one. */
export type FindingArguments<Code extends FindingCode> = [TemplateNames<Code>] extends [never]
  ? [parameters?: FindingParametersOf<Code>, language?: Language]
  : [parameters: FindingParametersOf<Code>, language?: Language];

export const findingCodes = Object.keys(findingCatalog) as FindingCode[];

/** The readable names of every finding code in one language, as the pane's i18next resources take them. */
export function findingTitles(language: Language): Record<FindingCode, string> {
  return Object.fromEntries(
    findingCodes.map((code) => [code, findingCatalog[code].title[language]]),
  ) as Record<FindingCode, string>;
}
