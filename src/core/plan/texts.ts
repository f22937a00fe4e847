import type { StatusKey } from "../datasets";
import { activityFieldNames } from "../fields";
import type { Severity } from "../findings/catalog";
import type { Language } from "../i18n/language";
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
    onTrackOverdueCounted: string;
    onTrackOverdueExcluded: string;
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
    /** Under a table with more regions than the sheet shows: which region it shows, and where the rest is. */
    focusOnly: string;
    difference: string;
    change: string;
    direction: string;
    significance: string;
    significant: string;
    notSignificant: string;
    pq: string;
    coverage: string;
    dispersion: string;
    smallNumbersIndex: string;
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
    header: [string, string, string, string, string, string, string];
    /** Title of the example cells below the groups; {{count}} is the most per group. */
    examples: string;
    examplesHeader: [string, string, string, string];
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
    registered: string;
    registeredText: string;
    significance: string;
    significanceText: string;
    multipleTesting: string;
    multipleTestingText: string;
    dispersion: string;
    dispersionText: string;
    poissonAssumed: string;
    withinChance: string;
    withinChanceText: string;
    focusRegion: string;
    focusRegionText: string;
    onTrackOverdue: string;
    onTrackOverdueCounted: string;
    onTrackOverdueExcluded: string;
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
    survey: "Koers Veiligheidsmonitor",
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
    onTrackOverdueCounted: "Waarvan op koers geteld maar over de geplande einddatum",
    onTrackOverdueExcluded: "Niet op koers geteld: volgens planning maar over de geplande einddatum",
    overdue: "Over de planning (niet afgerond)",
    statusTable: "Activiteiten per status",
    statusHeader: ["Status", "Aantal", "Aandeel"],
    groupTable: "Voortgang per prioriteit of thema",
    group: activityFieldNames.group.nl.label,
    groupTotal: "Totaal",
    onTrackPctHeader: "% op koers",
    overdueTable: "Activiteiten over de planning",
    overdueHeader: ["Activiteit", "Nr.", activityFieldNames.group.nl.label, "Planning", "Status"],
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
    changeTable:
      "Verandering {{previous}} → {{last}}: categorieën zonder totalen en subtotalen, zonder kleine aantallen; grootste stijgingen en dalingen",
    changePct: "Verandering (%)",
    countAxis: "Aantal",
    activitiesAxis: "Aantal activiteiten",
    noFigures: "Geen tabel met criminaliteitscijfers gevonden in de werkmap.",
  },
  trends: {
    title: "Trends in de cijfers",
    tableTitle: "{{sheet}}: {{count}} categorieën, {{first}}–{{last}}",
    focusOnly:
      "De tabel heeft cijfers voor {{regions}} regio's; dit blad toont die van {{region}}. De cijfers van alle regio's staan in de bron ({{sheet}}).",
    difference: "Verschil",
    change: "Verandering",
    direction: "Richting",
    significance: "Significantie",
    significant: "significant",
    notSignificant: "ns",
    pq: "p (q)",
    coverage: "de rijen eronder ({{parts}}) dekken {{coverage}} van het totaal",
    dispersion: "toets verbreed voor extra spreiding (×{{factor}})",
    smallNumbersIndex: "index of gemiddelde op kleine aantallen",
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
    header: ["Ernst", "Code", "Blad", "Cellen", "Aantal", "Melding", "Advies"],
    examples: "Voorbeeldcellen per melding (de eerste {{count}})",
    examplesHeader: ["Melding nr.", "Code", "Blad", "Cel"],
    none: "Geen aandachtspunten gevonden.",
    goTo: "Ga naar {{sheet}}!{{cell}}",
    griffieNote:
      "Deze versie voor de griffie telt de aandachtspunten alleen; de meldingen met celverwijzingen staan in de werkmap van de afdeling.",
    perCode: "Aantal per soort",
    perCodeHeader: ["Ernst", "Code", "Cellen"],
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
    datasetText: "{{explanation}} Zekerheid van de herkenning: {{confidence}}%.",
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
    registered: "Geregistreerde criminaliteit",
    registeredText:
      "De cijfers tellen wat bij de politie is gemeld en door de politie is vastgelegd, niet alle criminaliteit. Meer of minder aangiftes, een andere werkwijze van de politie of een nieuwe manier van registreren verandert de cijfers ook. CBS en de politie zeggen dit zelf; de Britse toezichthouder op statistiek zegt hetzelfde over politiecijfers. Wat inwoners zelf meemaken en voelen meet de Veiligheidsmonitor.",
    significance: "Significant",
    significanceText:
      "Een verandering heet significant als die waarschijnlijk niet door toeval komt. Koers toetst het aantal van het laatste jaar tegen dat van het jaar ervoor met een exacte Poisson-toets (de voorwaardelijke binomiale toets: bij gelijke kans valt elk incident met kans ½ in een van beide jaren), en geeft daarbij de p-waarde en een 95%-interval voor de verhouding tussen beide jaren. Significant als de q-waarde (zie 'Veel toetsen tegelijk') kleiner is dan {{alpha}}. 'ns' betekent niet significant. Significant betekent níet dat de verandering groot of belangrijk is, en ook niet dat beleid de oorzaak is; het zegt alleen dat toeval alleen het verschil moeilijk verklaart. Een verandering die niet significant is, is ook geen bewijs dat er niets veranderde.",
    multipleTesting: "Veel toetsen tegelijk",
    multipleTestingText:
      "Wie veel categorieën toetst, vindt er bij toeval een paar 'significant': bij {{alpha}} per toets gemiddeld 1 op de 20. Koers corrigeert daarom per tabel voor het aantal toetsen (Benjamini–Hochberg); de gecorrigeerde kans heet q. Alleen een verandering met q kleiner dan {{alpha}} heet significant. Bij meer dan 5 toetsen zegt de kernboodschap hoeveel er los bekeken significant zouden zijn en hoeveel toeval alleen zou geven. Voor de trends geldt dezelfde regel.",
    dispersion: "Extra spreiding",
    dispersionText:
      "De toets gaat uit van Poisson-variatie: toevallige schommelingen ongeveer zo groot als de wortel uit het aantal. Politiecijfers schommelen vaak meer. Bij 5 of meer jaren schat Koers per reeks hoeveel meer rond de trend (quasi-Poisson: de spreiding rond een log-lineaire trend, minstens 1) en verbreedt de toets met die factor; de factor staat bij de reeks.",
    poissonAssumed:
      "Voor {{sheets}} zijn er minder dan 5 jaren: de toets gaat daar uit van Poisson-variatie. Echte schommelingen zijn vaak groter, dus 'significant' is daar sneller gezegd dan terecht.",
    withinChance: "Gelijk gebleven (binnen de toevalsmarge)",
    withinChanceText:
      "Een verandering die niet significant is en ook niet minstens 5 gevallen en 5% is, noemt Koers 'gelijk gebleven (binnen de toevalsmarge)'; die krijgt geen eigen regel in de kernboodschap. Categorieën met kleine aantallen, subtotalen en totalen tellen niet mee in het aantal gestegen en gedaalde categorieën.",
    focusRegion: "Regio",
    focusRegionText:
      "De kernboodschap gaat over {{region}}; andere regio's staan er ter vergelijking bij. Regio's als 'Niet in te delen' of 'Buitenland' gaan nooit voorop. Een andere regio kiest u in de instellingen (of met --region).",
    onTrackOverdue: "Op koers maar over de einddatum",
    onTrackOverdueCounted:
      "Activiteiten met status 'loopt volgens planning' waarvan de geplande einddatum al voorbij is, tellen mee als op koers, zoals raadsrapportages dat meestal doen; de kernboodschap zegt altijd hoeveel het er zijn. In de instellingen kunt u ze uitsluiten.",
    onTrackOverdueExcluded:
      "Activiteiten met status 'loopt volgens planning' waarvan de geplande einddatum al voorbij is, tellen niet mee als op koers (instelling); de kernboodschap zegt hoeveel het er zijn.",
    smallNumbers: "Kleine aantallen",
    smallNumbersText:
      "Bij aantallen onder de {{threshold}} zegt een percentage weinig (van 2 naar 4 is +100%). Koers toont dan geen percentage maar 'kleine aantallen', telt de categorie niet mee in de kernboodschap en markeert ook index en gemiddelde (grijs).",
    subtotals: "Subtotalen",
    subtotalsText:
      "Een regel die in elk jaar de som is van de regels eronder (woninginbraken = pogingen + geslaagd) is een subtotaal. Koers controleert de som elk jaar en telt niets dubbel in totalen en grafieken. Een totaal dat meer soorten telt dan de tabel eronder toont ('geweld: totaal'), is geen fout: Koers zegt dan welk deel de rijen dekken.",
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
      "De Sen-helling is de mediane verandering per jaar tussen alle paren van jaren; ongevoelig voor één uitschieter. De Mann–Kendall-toets zegt of er een stijgende of dalende trend is (exact als er geen gelijke waarden zijn; significant als q kleiner is dan {{alpha}}, zie 'Veel toetsen tegelijk'). Met minder dan 5 jaren kan de toets nooit significant worden; dan staat er 'te weinig jaren'.",
    provisional: "Voorlopige jaren",
    provisionalText:
      "Een jaar met een * (bijvoorbeeld 2018*) bevat voorlopige cijfers: die kunnen nog veranderen als CBS of de politie ze definitief maakt. Een regel in de kernboodschap die een voorlopig jaar gebruikt, zegt 'voorlopig'.",
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
      survey:
        "Wat inwoners ervaren (enquête): schattingen met hun marges, veranderingen in punten, grafieken.",
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
    survey: "Koers Survey",
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
    onTrackOverdueCounted: "Of which counted on track but past the planned end",
    onTrackOverdueExcluded: "Not counted on track: on track but past the planned end",
    overdue: "Overdue (not done)",
    statusTable: "Activities per status",
    statusHeader: ["Status", "Number", "Share"],
    groupTable: "Progress per priority or theme",
    group: activityFieldNames.group.en.label,
    groupTotal: "Total",
    onTrackPctHeader: "% on track",
    overdueTable: "Overdue activities",
    overdueHeader: ["Activity", "No.", activityFieldNames.group.en.label, "Planning", "Status"],
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
    changeTable:
      "Change {{previous}} → {{last}}: categories without totals and subtotals, without small numbers; largest rises and falls",
    changePct: "Change (%)",
    countAxis: "Number",
    activitiesAxis: "Number of activities",
    noFigures: "No table of crime figures found in the workbook.",
  },
  trends: {
    title: "Trends in the figures",
    tableTitle: "{{sheet}}: {{count}} categories, {{first}}–{{last}}",
    focusOnly:
      "The table has figures for {{regions}} regions; this sheet shows those of {{region}}. The figures of every region are in the source ({{sheet}}).",
    difference: "Difference",
    change: "Change",
    direction: "Direction",
    significance: "Significance",
    significant: "significant",
    notSignificant: "ns",
    pq: "p (q)",
    coverage: "the rows under it ({{parts}}) cover {{coverage}} of the total",
    dispersion: "test widened for extra variation (×{{factor}})",
    smallNumbersIndex: "index or average on small numbers",
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
    header: ["Severity", "Code", "Sheet", "Cells", "Number", "Message", "Advice"],
    examples: "Example cells per message (the first {{count}})",
    examplesHeader: ["Message no.", "Code", "Sheet", "Cell"],
    none: "No issues found.",
    goTo: "Go to {{sheet}}!{{cell}}",
    griffieNote:
      "This version for the clerk only counts the issues; the messages with cell references are in the department's workbook.",
    perCode: "Number per kind",
    perCodeHeader: ["Severity", "Code", "Cells"],
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
    datasetText: "{{explanation}} Confidence of the detection: {{confidence}}%.",
    noDatasets: "Koers found no activity list and no figures table.",
    symbols: [
      { symbol: ".", text: "Figure unknown, not reliable enough or secret; not counted." },
      { symbol: "x", text: "Figure secret (not published to prevent identification); not counted." },
      { symbol: "-", text: "Nil: the figure is 0." },
      { symbol: "*", text: "Provisional figure: may still change." },
      { symbol: "**", text: "Revised provisional figure: already adjusted, but not final yet." },
    ],
    registered: "Registered crime",
    registeredText:
      "The figures count what was reported to and recorded by the police, not all crime. More or fewer reports, a different way of police working or a new way of recording changes the figures too. CBS and the police say so themselves; the UK statistics regulator says the same of police recorded crime. What residents experience and feel is measured by the Veiligheidsmonitor (safety survey).",
    significance: "Significant",
    significanceText:
      "A change is called significant when it is unlikely to be chance. Koers tests the count of the last year against the year before with an exact Poisson test (the conditional binomial test: with equal rates each incident falls in either year with probability ½), with the p-value and a 95% interval of the ratio between the two years. Significant when the q-value (see 'Many tests at once') is below {{alpha}}. 'ns' means not significant. Significant does not mean that the change is large or important, nor that policy caused it; it only says that chance alone hardly explains the difference. A change that is not significant is no proof that nothing changed either.",
    multipleTesting: "Many tests at once",
    multipleTestingText:
      "Whoever tests many categories finds a few 'significant' by chance: at {{alpha}} per test about 1 in 20. Koers therefore corrects per table for the number of tests (Benjamini–Hochberg); the corrected probability is called q. Only a change with q below {{alpha}} is called significant. With more than 5 tests the key message says how many would be significant on their own and how many chance alone would give. The same rule holds for the trends.",
    dispersion: "Extra variation",
    dispersionText:
      "The test assumes Poisson variation: chance swings about the size of the square root of the count. Police figures often swing more. With 5 or more years Koers estimates per series how much more around the trend (quasi-Poisson: the variation around a log-linear trend, at least 1) and widens the test by that factor; the factor is shown with the series.",
    poissonAssumed:
      "For {{sheets}} there are fewer than 5 years: the test there assumes Poisson variation. Real swings are often larger, so 'significant' is said there more easily than is justified.",
    withinChance: "Unchanged (within chance)",
    withinChanceText:
      "A change that is not significant and not at least 5 cases and 5% is called 'unchanged (within chance)' and gets no line of its own in the key message. Categories with small numbers, subtotals and totals are not counted among the categories that rose or fell.",
    focusRegion: "Region",
    focusRegionText:
      "The key message is about {{region}}; other regions are shown for comparison. Regions such as 'Niet in te delen' (not assignable) or 'Buitenland' (abroad) never lead. Choose another region in the settings (or with --region).",
    onTrackOverdue: "On track but past the planned end",
    onTrackOverdueCounted:
      "Activities with status 'on track' whose planned end has passed count as on track, as council reports usually count them; the key message always says how many there are. The settings can exclude them.",
    onTrackOverdueExcluded:
      "Activities with status 'on track' whose planned end has passed do not count as on track (setting); the key message says how many there are.",
    smallNumbers: "Small numbers",
    smallNumbersText:
      "With counts under {{threshold}} a percentage means little (from 2 to 4 is +100%). Koers then shows no percentage but 'small numbers', leaves the category out of the key message and marks the index and average too (grey).",
    subtotals: "Subtotals",
    subtotalsText:
      "A row that in every year is the sum of the rows under it (burglaries = attempts + completed) is a subtotal. Koers checks the sum every year and counts nothing twice in totals and charts. A total that counts more kinds than the table lists under it ('geweld: totaal') is no error: Koers says which share the rows cover.",
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
      "Sen's slope is the median change per year over all pairs of years; one outlier does not move it. The Mann–Kendall test tells whether there is a rising or falling trend (exact when no values are tied; significant when q is below {{alpha}}, see 'Many tests at once'). With fewer than 5 years the test can never be significant; it then says 'too few years'.",
    provisional: "Provisional years",
    provisionalText:
      "A year with a * (for example 2018*) holds provisional figures: they may still change when CBS or the police make them final. A line of the key message that uses a provisional year says 'provisional'.",
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
      survey: "What residents experience (survey): estimates with their margins, changes in points, charts.",
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
