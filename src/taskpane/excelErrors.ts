/**
 * Excel's error values by the names Dutch Excel shows ("#DEEL/0!" for "#DIV/0!"): the pane shows a cell's
 * error the way the user sees it in their workbook. Files store the English names.
 */
const dutchNames: Record<string, string> = {
  "#DIV/0!": "#DEEL/0!",
  "#N/A": "#N/B",
  "#NAME?": "#NAAM?",
  "#NULL!": "#LEEG!",
  "#NUM!": "#GETAL!",
  "#REF!": "#VERW!",
  "#VALUE!": "#WAARDE!",
  "#SPILL!": "#OVERLOOP!",
  "#CALC!": "#BEREKENEN!",
  "#GETTING_DATA": "#GEGEVENS_OPHALEN",
};

/** The Dutch name of an Excel error value; any other text as it is. */
export function dutchErrorName(text: string): string {
  return dutchNames[text.trim().toUpperCase()] ?? text;
}

/** Every English error name in a text (a finding's message) replaced by its Dutch name. */
export function withDutchErrorNames(text: string): string {
  return text.replace(/#(?:DIV\/0!|N\/A|NAME\?|NULL!|NUM!|REF!|VALUE!|SPILL!|CALC!|GETTING_DATA)/gi, (name) =>
    dutchErrorName(name),
  );
}
