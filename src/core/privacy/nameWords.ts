/** Word lists that tell a person's name from roles, teams, themes and places. Lower case, per word. */

/**
 * Words that make a value a role, team or organisation rather than a person ("OOV", "Team Handhaving",
 * "Politie Oost-Nederland", "Veilig Thuis"). Lower case; compared per word.
 */
export const roleWords: ReadonlySet<string> = new Set(
  `team teams afdeling gemeente gemeentelijk gemeentelijke politie brandweer ggd oov boa boas handhaving toezicht
  wijkagent wijkagenten wijkteam wijkteams jongerenwerk jeugdwerk welzijn zorg veiligheidshuis veilig thuis halt om
  riec reclassering slachtofferhulp kinderbescherming stichting bureau centrum dienst regio regionaal regionale provincie
  college raad ministerie belastingdienst douane marechaussee openbaar openbare veiligheidsregio burgemeester wethouder
  gemeentesecretaris griffie griffier beleid beleidsadviseur beleidsmedewerker adviseur adviseurs medewerker medewerkers
  coördinator coordinator projectleider programmamanager manager directeur directie ondernemers ondernemersvereniging
  horeca khn scholen school onderwijs bewoners bewonerscommissie woningcorporatie woningcorporaties corporatie
  corporaties netwerk partners ketenpartners samenwerking sociaal domein jeugd cluster sector unit bedrijfsvoering
  communicatie juridische zaken vergunningen leefbaarheid orde veiligheid ondermijning cybercrime preventie
  werkgroep stuurgroep projectgroep overleg platform programma project allen iedereen nvt onbekend tbd ivp ivb
  police municipality council department office city mayor group board staff officer committee
  omgevingsdienst rijkswaterstaat kvk uwv svb cak duo justitie rechtbank advocatuur inspectie`.split(/\s+/),
);

/**
 * Words that make initials and a capitalised word an organisation rather than a person, when they are
 * that word or the one right after it: "U.S. Census Bureau", "U.S. Department of Justice", "N.V.
 * Nederlandse Spoorwegen". Lower case.
 */
export const organisationWords: ReadonlySet<string> = new Set(
  `bureau bureaus department departments agency agencies service services office offices administration
  institute institution institutions university universities universiteit hogeschool inc ltd llc corp
  corporation company companies association associations foundation commission committee council court
  courts bank authority authorities census statistics statistiek justice police bv nv vof holding
  ministry ministerie federal national nationale rijks`.split(/\s+/),
);

/**
 * Initials that are no one's: countries, unions and legal forms written with dots ("U.S.", "U.K.",
 * "E.U.", "V.S.", "N.V.", "B.V."). Compared without spaces.
 */
export const abbreviationInitials: ReadonlySet<string> = new Set([
  "U.S.",
  "U.S.A.",
  "U.K.",
  "E.U.",
  "U.N.",
  "V.S.",
  "V.N.",
  "N.V.",
  "B.V.",
]);

/**
 * Words that follow a given name without making it a person's name: themes, places of the region and
 * the large cities, months and days, and small words ("Jan en", "Eva Veiligheid"). Compared in lower case.
 */
export const notSurnames: ReadonlySet<string> = new Set(
  `veiligheid veilig jeugd buurt buurten wijk wijken zorg thuis huis school scholen centrum stad dorp
  criminaliteit misdaad overlast inbraak inbraken woninginbraak woninginbraken geweld diefstal fraude drugs
  alcohol verkeer brand rapport rapportage plan notitie dossier casus overleg team project programma actie
  activiteit activiteiten thema prioriteit status totaal overig overige
  lelystad dronten almere zeewolde urk noordoostpolder emmeloord biddinghuizen swifterbant flevoland
  amsterdam rotterdam utrecht haag den eindhoven groningen tilburg breda nijmegen apeldoorn haarlem arnhem
  enschede amersfoort zaanstad zwolle leiden maastricht dordrecht ede alkmaar delft deventer venlo
  nederland holland friesland brabant limburg gelderland overijssel drenthe zeeland
  januari februari maart april mei juni juli augustus september oktober november december
  jan feb mrt apr jun jul aug sep sept okt nov dec
  maandag dinsdag woensdag donderdag vrijdag zaterdag zondag
  en of met voor door over naar bij als dan maar ook niet wel nog dat die dit deze het een
  and or with for the of to in on at by from`.split(/\s+/),
);
