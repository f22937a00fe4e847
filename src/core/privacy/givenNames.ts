/**
 * Given names for finding person names in running text ("overleg met Jan de Vries").
 *
 * Source: compiled by hand for Koers from public statistics — the most frequent given names of people
 * living in the Netherlands in the Meertens Instituut's Nederlandse Voornamenbank (all ages, so the
 * Jan, Kees and Maria generations as well as today's), the SVB top lists of names given to newborns
 * (2000–2023), and frequent given names of Dutch residents with a Turkish, Moroccan, Surinamese,
 * Antillean, Indonesian, Polish and other background (Voornamenbank entries by frequency). Lower case,
 * one spelling per line group; variants with and without diacritics where both are common.
 *
 * Left out on purpose: names that are also common Dutch or English words or that open the names of
 * schemes a safety policy mentions ("Amber" — Amber Alert, "Roos", "Lot", "Wil", "Will", "Job", "May",
 * "June", "April", "Hope", "Joy", "Storm", "Sky", "Lente", "Faith"), so that text reading "Amber Alert"
 * is not taken for a person.
 * NOTE: name detection in running text is best effort: a name not in this list ("overleg met Xandra
 * Bos"), or a given name alone, is not found. Person columns (trekker, contactpersoon …) catch any name.
 */
const names = `
aad aafke aagje aart abdel abdelaziz abdelkader abdellah abdelhak abdelilah abdessamad abdul abdullah abdullahi
abe abel abraham achmed ad adam adil adnan adrian adriaan adrianus adrie adrienne agnes ahmad ahmed ahmet aicha
aisha aïcha ajay akif akın akin albert alberto alex alexander alexandra alexandre ali alice alicia alida aliye
alfred alma amal amanda amin amina amine amira amy ana anand andre andré andrea andreas andries andy angela
angelique angélique anita anja anjali anke ann anna anne anneke annelies annemarie annemieke annet annette
anouk anthony anton antonie antonius arend arie arjan arjen armand arnold arnoud aron arthur arie asiye asma
astrid auke ayoub ayse ayşe aysel aziz azize
baran barbara bart bas bastiaan bea beatrix ben benjamin bernard bert berend bernadette betty bilal bianca
birgit bob boris bouke bram brenda brian britt bruno burak
carla carlo carlos carolien caroline casper catharina cees charlotte chantal chris christa christiaan
christian christine cindy claudia cor corine corinne cornelis cornelia corné cynthia
daan daniel daniël daniëlle danielle dave david davy debora dennis derk desiree désirée diana dick dieuwke
dimitri dina dirk djamila dominique dorien dorothea douwe
ed eddy edith edwin eef eelco eline elif elisabeth elise ellen els elsa elske emma emre emine emir
erik eric erna ernst esra esther eva evelien evert evi ewa
fabian fadoua farid fatima fatma fatiha fauzia fenna femke ferdinand fleur floor floris frank frans
freek frederik frits fred frieda
gabriël gabriel geert gerard gerben gerda gerrit gert gertjan gijs gerrie gonny greetje guus gül gülsen
hakan halima hamid hamza han hanna hannah hans harm harrie harry hasan hassan hatice hayat hein hendrik
hendrika henk henny henri herman hetty hilde hiltje houda hüseyin huseyin hugo
ibrahim ida ien ilse imane imke inge ingrid irene iris irma ismail itzel ivo
jaap jacob jacoba jacqueline jakub jamal jan jana janine janneke janny jannie jantine jasper jeroen jesse
jelle jelmer jenny jeannette jet jetske joanna jochem joep johan johanna johannes john jolanda joost joop
joris jos jose josé josephine joyce judith julia julian julie juliette justin
kader karel karim karin katarzyna kaoutar kees kelly kemal kevin khadija kim klaas koen kristel
laura lars leen leo leon leonie levi lidia lieke lies lieve lina linda lisa lisanne liam lotte lou louis
lucas lucia luuk lydia lynn
maaike maarten magda malika manon marc marcel marco margreet margriet maria mariam marian marianne
marie mariëlle marieke marijke marijn mario marion mark marleen marloes martijn martin martine marten
mehmet melissa meryem merel michael michiel michel mieke miriam mirjam mohamed mohammed mohamed mohammad
monique mostafa mustafa
nadia nadine naima najib nicole niels nienke nina noah noor nora nourdin nurdan
olga olivia oscar otto ozan özlem
patrick paul paula pauline peter petra piet pieter piotr priscilla
quinten
rachid rachida rajesh ralph ramon rana ravi rebecca redouan remco renate rené rene richard rick rik
rianne rinus rita rob robbert robert robin roel roelof rogier roland ron ronald rosa ruben rudi rudy ruud
saar sabine sabrina said saida salih salima samir samira sander sandra sanne sara sarah saskia
sebastiaan selma sem senna sevda sevgi shanti simon simone sjaak sjoerd sofia soufiane sophie stan stefan
stephan steven stijn susan suzanne sven
tamara tanja tessa teun thijs thomas tiago tijmen tim tineke tjeerd tom tomasz ton toos trees truus
umut
valerie vera victor vincent
walter wendy wilhelmina willem willemijn willy wim wouter
yasin yasmina yasmine yassine yara yusuf youssef yvonne
zeynep zoë zoe
`;

/** The given names, lower case. */
export const givenNames: ReadonlySet<string> = new Set(names.split(/\s+/).filter((name) => name !== ""));

/**
 * Surname prefixes (tussenvoegsels) that may stand between a given name and a surname, lower case:
 * "Jan de Vries", "Anna van der Berg", "Piet ter Horst", "Kees van 't Hek".
 */
export const surnamePrefixes: ReadonlySet<string> = new Set([
  "van",
  "de",
  "der",
  "den",
  "ter",
  "ten",
  "te",
  "het",
  "'t",
  "’t",
  "in",
  "op",
  "la",
  "le",
  "du",
  "da",
  "von",
  "v.d.",
  "vd",
  "d'",
  "l'",
  "el",
  "al",
]);

/** Particles of a surname that are written capitalised and need a further word: "El Amrani", "Ben Ali". */
export const surnameParticles: ReadonlySet<string> = new Set([
  "el",
  "al",
  "ben",
  "bin",
  "abou",
  "abu",
  "ait",
  "aït",
  "bou",
  "van",
  "de",
  "den",
  "der",
  "ter",
  "ten",
]);
