import type { StatusKey } from "../datasets";
import type { Severity } from "../findings/catalog";
import { monthNames, type Language } from "../i18n/language";
import type { PlannedSheetKey } from "./reportPlan";

/**
 * Every text the generated sheets show, in Dutch and English. Templates use {{name}} placeholders
 * (filled with `interpolate` from i18n/language). Texts are written for council members: plain words,
 * no jargon without an explanation on the notes sheet.
 */
export interface PlanTexts {
  sheetNames: Record<PlannedSheetKey, string>;
  status: Record<StatusKey, string>;
  severity: Record<Severity, string>;
  months: readonly string[];
  documentStatus: { Concept: string; Definitief: string };
  print: { page: string; reportDate: string };
  properties: { subject: string; keywords: string };
  common: {
    reportDate: string;
    sources: string;
    status: string;
    total: string;
    category: string;
    region: string;
    or: string;
  };
  overview: {
    title: string;
    summary: string;
    keyFigures: string;
    onTrackPct: string;
    totalActivities: string;
    overdue: string;
    statusTable: string;
    statusHeader: [string, string, string];
    groupTable: string;
    group: string;
    groupTotal: string;
    onTrackPctHeader: string;
    overdueTable: string;
    overdueHeader: [string, string, string, string, string];
    noOverdue: string;
    noActivities: string;
    changesTable: string;
    changesHeader: [string, string, string, string, string];
    changeKinds: { statusChanged: string; added: string; removed: string };
    noChanges: string;
    statusChart: string;
    trendChart: string;
    changeChart: string;
    trendTable: string;
    trendTableNote: string;
    changeTable: string;
    changePct: string;
    countAxis: string;
    activitiesAxis: string;
    noFigures: string;
  };
  trends: {
    title: string;
    tableTitle: string;
    difference: string;
    change: string;
    direction: string;
    significance: string;
    significant: string;
    notSignificant: string;
    index: string;
    indexNoBase: string;
    average3: string;
    rate: string;
    senSlope: string;
    mannKendall: string;
    tooFewYears: string;
    trendDown: string;
    trendUp: string;
    noTrend: string;
    target: string;
    targetStatus: string;
    targetStates: { met: string; notMet: string; onTheWay: string };
    note: string;
    smallNumbers: string;
    subtotalOf: string;
    subtotalMismatch: string;
    partOf: string;
    provisionalNote: string;
    legend: string;
    noFigures: string;
  };
  findings: {
    title: string;
    counts: string;
    countHeader: [string, string];
    header: [string, string, string, string, string, string];
    none: string;
    goTo: string;
    griffieNote: string;
    perCode: string;
    perCodeHeader: [string, string, string];
  };
  notes: {
    title: string;
    intro: string;
    header: [string, string];
    sections: {
      definitions: string;
      sources: string;
      symbols: string;
      methods: string;
      about: string;
    };
    statusTerm: string;
    statusWordings: Record<Exclude<StatusKey, "unknown">, string>;
    unknownStatus: string;
    onTrackPct: string;
    onTrackPctText: string;
    overdue: string;
    overdueText: string;
    rag: string;
    ragText: string;
    sourceFile: string;
    dataset: Record<"activities" | "figures", string>;
    datasetText: string;
    noDatasets: string;
    symbols: { symbol: string; text: string }[];
    significance: string;
    significanceText: string;
    smallNumbers: string;
    smallNumbersText: string;
    subtotals: string;
    subtotalsText: string;
    polarity: string;
    polarityText: string;
    polarityExceptions: string;
    index: string;
    indexText: string;
    firstYear: string;
    average3: string;
    average3Text: string;
    trend: string;
    trendText: string;
    provisional: string;
    provisionalText: string;
    reportDate: string;
    reportDateText: string;
    version: string;
    versionText: string;
    privacy: string;
    privacyText: string;
  };
  cover: {
    subtitle: string;
    organisation: string;
    period: string;
    readingGuide: string;
    sheetDescriptions: Record<PlannedSheetKey, string>;
    privacyNote: string;
    madeWith: string;
  };
}

const nl: PlanTexts = {
  sheetNames: {
    cover: "Voorblad",
    overview: "Koers Overzicht",
    trends: "Koers Trends",
    findings: "Koers Aandachtspunten",
    notes: "Koers Toelichting",
  },
  status: {
    done: "Afgerond",
    onTrack: "Loopt volgens planning",
    delayed: "Vertraagd",
    notStarted: "Niet gestart",
    unknown: "Onbekend",
  },
  severity: { error: "fout", warning: "waarschuwing", info: "info" },
  months: monthNames.nl,
  documentStatus: { Concept: "Concept", Definitief: "Definitief" },
  print: { page: "Pagina &P van &N", reportDate: "Rapportagedatum {{date}}" },
  properties: {
    subject: "Voortgangsrapportage veiligheid",
    keywords: "Koers; integrale veiligheid; voortgang",
  },
  common: {
    reportDate: "Rapportagedatum",
    sources: "Bronbestanden",
    status: "Status",
    total: "Totaal",
    category: "Categorie",
    region: "Regio",
    or: " of ",
  },
  overview: {
    title: "Overzicht",
    summary: "Kernboodschap",
    keyFigures: "Kerncijfers",
    onTrackPct: "Op koers ({{statuses}})",
    totalActivities: "Aantal activiteiten",
    overdue: "Over de planning (niet afgerond)",
    statusTable: "Activiteiten per status",
    statusHeader: ["Status", "Aantal", "Aandeel"],
    groupTable: "Voortgang per prioriteit of thema",
    group: "Prioriteit / thema",
    groupTotal: "Totaal",
    onTrackPctHeader: "% op koers",
    overdueTable: "Activiteiten over de planning",
    overdueHeader: ["Activiteit", "Nr.", "Prioriteit / thema", "Planning", "Status"],
    noOverdue: "Geen activiteiten over de planning.",
    noActivities: "Geen activiteitenlijst gevonden in de werkmap.",
    changesTable: "Wijzigingen sinds de vorige rapportage",
    changesHeader: ["Activiteit", "Nr.", "Wijziging", "Was", "Nu"],
    changeKinds: { statusChanged: "Status gewijzigd", added: "Nieuw", removed: "Vervallen" },
    noChanges: "Geen wijzigingen sinds de vorige rapportage.",
    statusChart: "Status per prioriteit",
    trendChart: "Ontwikkeling criminaliteit",
    changeChart: "Verandering t.o.v. vorig jaar (%)",
    trendTable: "Ontwikkeling criminaliteit: grootste categorieën ({{sheet}})",
    trendTableNote:
      "Zonder totaalregels en zonder onderdelen van subtotalen, zodat niets dubbel telt; alle categorieën staan op het blad {{trends}}.",
    changeTable: "Verandering {{previous}} → {{last}} (zonder kleine aantallen)",
    changePct: "Verandering (%)",
    countAxis: "Aantal",
    activitiesAxis: "Aantal activiteiten",
    noFigures: "Geen tabel met criminaliteitscijfers gevonden in de werkmap.",
  },
  trends: {
    title: "Trends in de cijfers",
    tableTitle: "{{sheet}}: {{count}} categorieën, {{first}}–{{last}}",
    difference: "Verschil",
    change: "Verandering",
    direction: "Richting",
    significance: "Significantie",
    significant: "significant",
    notSignificant: "ns",
    index: "Index {{year}} ({{base}} = 100)",
    indexNoBase: "Index",
    average3: "Gem. laatste 3 jaar",
    rate: "Per 1.000 inwoners ({{year}})",
    senSlope: "Trend per jaar (Sen)",
    mannKendall: "Trend (Mann–Kendall)",
    tooFewYears: "te weinig jaren",
    trendDown: "dalend (p = {{p}})",
    trendUp: "stijgend (p = {{p}})",
    noTrend: "geen duidelijke trend (p = {{p}})",
    target: "Doel",
    targetStatus: "Doel gehaald?",
    targetStates: { met: "gehaald", notMet: "niet gehaald", onTheWay: "op weg" },
    note: "Opmerking",
    smallNumbers: "kleine aantallen",
    subtotalOf: "= som van {{parts}}",
    subtotalMismatch: "klopt niet in alle jaren",
    partOf: "onderdeel van {{parent}}",
    provisionalNote: "* voorlopig cijfer",
    legend:
      "▲ hoger, ▼ lager, ▶ gelijk; groen = beter, rood = slechter. 'ns' = niet significant. Uitleg op het blad {{notes}}.",
    noFigures: "Geen tabel met criminaliteitscijfers gevonden in de werkmap.",
  },
  findings: {
    title: "Aandachtspunten in de gegevens",
    counts: "Aantal per ernst",
    countHeader: ["Ernst", "Aantal"],
    header: ["Ernst", "Code", "Blad", "Cel", "Melding", "Advies"],
    none: "Geen aandachtspunten gevonden.",
    goTo: "Ga naar {{sheet}}!{{cell}}",
    griffieNote:
      "Deze versie voor de griffie telt de aandachtspunten alleen; de meldingen met celverwijzingen staan in de werkmap van de afdeling.",
    perCode: "Aantal per soort",
    perCodeHeader: ["Ernst", "Code", "Aantal"],
  },
  notes: {
    title: "Toelichting",
    intro: "Hoe Koers de cijfers en de voortgang berekent, in gewone woorden.",
    header: ["Onderwerp", "Uitleg"],
    sections: {
      definitions: "Begrippen",
      sources: "Bronnen",
      symbols: "Tekens in CBS- en politiecijfers",
      methods: "Rekenmethoden",
      about: "Over dit overzicht",
    },
    statusTerm: "Status: {{status}}",
    statusWordings: {
      done: "De activiteit is klaar. Koers herkent onder meer: Afgerond, Gereed, Klaar, Done.",
      onTrack:
        "De activiteit loopt zoals gepland. Koers herkent onder meer: Loopt volgens planning, Op schema, Op koers, On track, en een groene celkleur.",
      delayed:
        "De activiteit loopt achter. Koers herkent onder meer: Vertraagd, Loopt achter, Delayed, en een oranje of rode celkleur.",
      notStarted:
        "De activiteit is nog niet begonnen. Koers herkent onder meer: Niet gestart, Nog niet gestart, Not started, en een grijze celkleur.",
    },
    unknownStatus:
      "Een status die Koers niet herkent telt als 'onbekend' en staat bij de aandachtspunten, zodat die kan worden verbeterd.",
    onTrackPct: "% op koers",
    onTrackPctText:
      "Aantal activiteiten met status {{statuses}}, gedeeld door het totaal aantal activiteiten, keer 100, afgerond op één decimaal. Zo telt de raadsrapportage het ook.",
    overdue: "Over de planning",
    overdueText:
      "Een activiteit waarvan de geplande einddatum vóór de rapportagedatum ligt en die nog niet is afgerond. 'Q2 2025' eindigt op 30 juni 2025, 'eind 2025' op 31 december 2025; 'doorlopend' is nooit over de planning.",
    rag: "Kleuren groen, oranje, rood",
    ragText:
      "Een prioriteit of thema is groen bij minstens {{green}}% op koers, oranje bij minstens {{amber}}%, anders rood.",
    sourceFile: "Bronbestand",
    dataset: { activities: "Activiteitenlijst", figures: "Cijfertabel" },
    datasetText: "{{explanation}} (zekerheid van de herkenning: {{confidence}}%).",
    noDatasets: "Koers vond geen activiteitenlijst en geen cijfertabel.",
    symbols: [
      { symbol: ".", text: "Cijfer onbekend, onvoldoende betrouwbaar of geheim; telt niet mee." },
      {
        symbol: "x",
        text: "Cijfer geheim (niet gepubliceerd om herleidbaarheid te voorkomen); telt niet mee.",
      },
      { symbol: "-", text: "Nihil: het cijfer is 0." },
      { symbol: "*", text: "Voorlopig cijfer: kan nog wijzigen." },
      { symbol: "**", text: "Nader voorlopig cijfer: al bijgesteld, maar nog niet definitief." },
    ],
    significance: "Significant",
    significanceText:
      "Een verandering heet significant als die waarschijnlijk niet door toeval komt. Koers toetst het aantal van het laatste jaar tegen dat van het jaar ervoor met een exacte Poisson-toets (de voorwaardelijke binomiale toets: bij gelijke kans valt elk incident met kans ½ in een van beide jaren). Significant als de kans op zo'n groot verschil door toeval kleiner is dan {{alpha}}. 'ns' betekent niet significant.",
    smallNumbers: "Kleine aantallen",
    smallNumbersText:
      "Bij aantallen onder de {{threshold}} zegt een percentage weinig (van 2 naar 4 is +100%). Koers toont dan geen percentage maar 'kleine aantallen'.",
    subtotals: "Subtotalen",
    subtotalsText:
      "Een regel die in elk jaar de som is van de regels eronder (woninginbraken = pogingen + geslaagd) is een subtotaal. Koers controleert de som elk jaar en telt niets dubbel in totalen en grafieken.",
    polarity: "Beter of slechter",
    polarityText:
      "Bij criminaliteit is lager beter: een daling is groen, een stijging rood. Voor indicatoren waar hoger beter is (bijvoorbeeld een percentage inwoners dat zich veilig voelt) is dat omgekeerd.",
    polarityExceptions: "Hoger is beter voor: {{categories}}.",
    index: "Index",
    indexText:
      "Het cijfer van een jaar als percentage van het basisjaar ({{base}} = 100). Een index van 80 betekent 20% minder dan in het basisjaar.",
    firstYear: "het eerste jaar van de tabel",
    average3: "Gemiddelde over 3 jaar",
    average3Text:
      "Het gemiddelde van het laatste jaar en de twee jaren ervoor; het dempt toevallige uitschieters.",
    trend: "Trend over meerdere jaren",
    trendText:
      "De Sen-helling is de mediane verandering per jaar tussen alle paren van jaren; ongevoelig voor één uitschieter. De Mann–Kendall-toets zegt of er een stijgende of dalende trend is (p kleiner dan {{alpha}}). Met minder dan 4 jaren staat er 'te weinig jaren'.",
    provisional: "Voorlopige jaren",
    provisionalText: "Een jaar met een * (bijvoorbeeld 2018*) bevat voorlopige cijfers.",
    reportDate: "Rapportagedatum",
    reportDateText: "De voortgang is berekend per {{date}}.",
    version: "Gemaakt met",
    versionText:
      "Koers {{version}}. Koers maakt deze bladen opnieuw bij elke rapportage; eigen bladen in de werkmap worden nooit overschreven.",
    privacy: "Persoonsgegevens",
    privacyText:
      "In deze versie zijn persoonsgegevens (namen, e-mailadressen, telefoonnummers en dergelijke) vervangen door een neutraal woord.",
  },
  cover: {
    subtitle: "Voortgangsrapportage voor de gemeenteraad",
    organisation: "Organisatie",
    period: "Periode cijfers",
    readingGuide: "Leeswijzer",
    sheetDescriptions: {
      cover: "Dit voorblad.",
      overview: "De kernboodschap, kerncijfers, voortgang per prioriteit en de belangrijkste grafieken.",
      trends: "Alle categorieën criminaliteitscijfers per jaar, met verandering, significantie en trend.",
      findings: "Hoeveel aandachtspunten Koers in de brongegevens vond.",
      notes: "Uitleg van begrippen, bronnen, tekens en rekenmethoden.",
    },
    privacyNote: "Persoonsgegevens zijn uit deze versie verwijderd.",
    madeWith: "Gemaakt met Koers {{version}}.",
  },
};

const en: PlanTexts = {
  sheetNames: {
    cover: "Cover",
    overview: "Koers Overview",
    trends: "Koers Trends",
    findings: "Koers Issues",
    notes: "Koers Notes",
  },
  status: {
    done: "Done",
    onTrack: "On track",
    delayed: "Delayed",
    notStarted: "Not started",
    unknown: "Unknown",
  },
  severity: { error: "error", warning: "warning", info: "info" },
  months: monthNames.en,
  documentStatus: { Concept: "Draft", Definitief: "Final" },
  print: { page: "Page &P of &N", reportDate: "Report date {{date}}" },
  properties: { subject: "Safety progress report", keywords: "Koers; integral safety; progress" },
  common: {
    reportDate: "Report date",
    sources: "Source files",
    status: "Status",
    total: "Total",
    category: "Category",
    region: "Region",
    or: " or ",
  },
  overview: {
    title: "Overview",
    summary: "Key message",
    keyFigures: "Key figures",
    onTrackPct: "On track ({{statuses}})",
    totalActivities: "Number of activities",
    overdue: "Overdue (not done)",
    statusTable: "Activities per status",
    statusHeader: ["Status", "Number", "Share"],
    groupTable: "Progress per priority or theme",
    group: "Priority / theme",
    groupTotal: "Total",
    onTrackPctHeader: "% on track",
    overdueTable: "Overdue activities",
    overdueHeader: ["Activity", "No.", "Priority / theme", "Planning", "Status"],
    noOverdue: "No overdue activities.",
    noActivities: "No activity list found in the workbook.",
    changesTable: "Changes since the previous report",
    changesHeader: ["Activity", "No.", "Change", "Was", "Now"],
    changeKinds: { statusChanged: "Status changed", added: "New", removed: "Removed" },
    noChanges: "No changes since the previous report.",
    statusChart: "Status per priority",
    trendChart: "Crime trend",
    changeChart: "Change vs previous year (%)",
    trendTable: "Crime trend: largest categories ({{sheet}})",
    trendTableNote:
      "Without total rows and without parts of subtotals, so nothing is counted twice; all categories are on the sheet {{trends}}.",
    changeTable: "Change {{previous}} → {{last}} (without small numbers)",
    changePct: "Change (%)",
    countAxis: "Number",
    activitiesAxis: "Number of activities",
    noFigures: "No table of crime figures found in the workbook.",
  },
  trends: {
    title: "Trends in the figures",
    tableTitle: "{{sheet}}: {{count}} categories, {{first}}–{{last}}",
    difference: "Difference",
    change: "Change",
    direction: "Direction",
    significance: "Significance",
    significant: "significant",
    notSignificant: "ns",
    index: "Index {{year}} ({{base}} = 100)",
    indexNoBase: "Index",
    average3: "Avg. last 3 years",
    rate: "Per 1,000 inhabitants ({{year}})",
    senSlope: "Trend per year (Sen)",
    mannKendall: "Trend (Mann–Kendall)",
    tooFewYears: "too few years",
    trendDown: "falling (p = {{p}})",
    trendUp: "rising (p = {{p}})",
    noTrend: "no clear trend (p = {{p}})",
    target: "Target",
    targetStatus: "Target met?",
    targetStates: { met: "met", notMet: "not met", onTheWay: "on the way" },
    note: "Note",
    smallNumbers: "small numbers",
    subtotalOf: "= sum of {{parts}}",
    subtotalMismatch: "does not add up in every year",
    partOf: "part of {{parent}}",
    provisionalNote: "* provisional figure",
    legend:
      "▲ higher, ▼ lower, ▶ equal; green = better, red = worse. 'ns' = not significant. Explained on the sheet {{notes}}.",
    noFigures: "No table of crime figures found in the workbook.",
  },
  findings: {
    title: "Issues in the data",
    counts: "Number per severity",
    countHeader: ["Severity", "Number"],
    header: ["Severity", "Code", "Sheet", "Cell", "Message", "Advice"],
    none: "No issues found.",
    goTo: "Go to {{sheet}}!{{cell}}",
    griffieNote:
      "This version for the clerk only counts the issues; the messages with cell references are in the department's workbook.",
    perCode: "Number per kind",
    perCodeHeader: ["Severity", "Code", "Number"],
  },
  notes: {
    title: "Notes",
    intro: "How Koers computes the figures and the progress, in plain words.",
    header: ["Subject", "Explanation"],
    sections: {
      definitions: "Definitions",
      sources: "Sources",
      symbols: "Symbols in CBS and police figures",
      methods: "Methods",
      about: "About this overview",
    },
    statusTerm: "Status: {{status}}",
    statusWordings: {
      done: "The activity is finished. Koers recognises among others: Done, Afgerond, Gereed, Klaar.",
      onTrack:
        "The activity runs as planned. Koers recognises among others: On track, Loopt volgens planning, Op schema, Op koers, and a green cell fill.",
      delayed:
        "The activity is behind schedule. Koers recognises among others: Delayed, Vertraagd, Loopt achter, and an orange or red cell fill.",
      notStarted:
        "The activity has not started yet. Koers recognises among others: Not started, Niet gestart, Nog niet gestart, and a grey cell fill.",
    },
    unknownStatus:
      "A status Koers does not recognise counts as 'unknown' and is listed among the issues, so it can be corrected.",
    onTrackPct: "% on track",
    onTrackPctText:
      "Number of activities with status {{statuses}}, divided by the total number of activities, times 100, rounded to one decimal. This is how the council report counts it.",
    overdue: "Overdue",
    overdueText:
      "An activity whose planned end is before the report date and that is not done. 'Q2 2025' ends on 30 June 2025, 'end 2025' on 31 December 2025; 'ongoing' is never overdue.",
    rag: "Colours green, amber, red",
    ragText:
      "A priority or theme is green at {{green}}% on track or more, amber at {{amber}}% or more, otherwise red.",
    sourceFile: "Source file",
    dataset: { activities: "Activity list", figures: "Figures table" },
    datasetText: "{{explanation}} (confidence of the detection: {{confidence}}%).",
    noDatasets: "Koers found no activity list and no figures table.",
    symbols: [
      { symbol: ".", text: "Figure unknown, not reliable enough or secret; not counted." },
      { symbol: "x", text: "Figure secret (not published to prevent identification); not counted." },
      { symbol: "-", text: "Nil: the figure is 0." },
      { symbol: "*", text: "Provisional figure: may still change." },
      { symbol: "**", text: "Revised provisional figure: already adjusted, but not final yet." },
    ],
    significance: "Significant",
    significanceText:
      "A change is called significant when it is unlikely to be chance. Koers tests the count of the last year against the year before with an exact Poisson test (the conditional binomial test: with equal rates each incident falls in either year with probability ½). Significant when the probability of so large a difference by chance is below {{alpha}}. 'ns' means not significant.",
    smallNumbers: "Small numbers",
    smallNumbersText:
      "With counts under {{threshold}} a percentage means little (from 2 to 4 is +100%). Koers then shows no percentage but 'small numbers'.",
    subtotals: "Subtotals",
    subtotalsText:
      "A row that in every year is the sum of the rows under it (burglaries = attempts + completed) is a subtotal. Koers checks the sum every year and counts nothing twice in totals and charts.",
    polarity: "Better or worse",
    polarityText:
      "For crime lower is better: a fall is green, a rise red. For indicators where higher is better (for example the share of inhabitants who feel safe) it is the other way round.",
    polarityExceptions: "Higher is better for: {{categories}}.",
    index: "Index",
    indexText:
      "A year's figure as a percentage of the base year ({{base}} = 100). An index of 80 means 20% less than in the base year.",
    firstYear: "the first year of the table",
    average3: "3-year average",
    average3Text: "The average of the last year and the two years before; it smooths chance peaks.",
    trend: "Trend over several years",
    trendText:
      "Sen's slope is the median change per year over all pairs of years; one outlier does not move it. The Mann–Kendall test tells whether there is a rising or falling trend (p below {{alpha}}). With fewer than 4 years it says 'too few years'.",
    provisional: "Provisional years",
    provisionalText: "A year with a * (for example 2018*) holds provisional figures.",
    reportDate: "Report date",
    reportDateText: "Progress is computed as of {{date}}.",
    version: "Made with",
    versionText:
      "Koers {{version}}. Koers recreates these sheets at every report; your own sheets in the workbook are never overwritten.",
    privacy: "Personal data",
    privacyText:
      "In this version personal data (names, e-mail addresses, phone numbers and the like) are replaced by a neutral word.",
  },
  cover: {
    subtitle: "Progress report for the municipal council",
    organisation: "Organisation",
    period: "Period of the figures",
    readingGuide: "Reading guide",
    sheetDescriptions: {
      cover: "This cover.",
      overview: "The key message, key figures, progress per priority and the main charts.",
      trends: "All categories of crime figures per year, with change, significance and trend.",
      findings: "How many issues Koers found in the source data.",
      notes: "Explanation of definitions, sources, symbols and methods.",
    },
    privacyNote: "Personal data have been removed from this version.",
    madeWith: "Made with Koers {{version}}.",
  },
};

const planTexts: Record<Language, PlanTexts> = { nl, en };

/** The texts of the generated sheets in one language. */
export function textsFor(language: Language): PlanTexts {
  return planTexts[language];
}
