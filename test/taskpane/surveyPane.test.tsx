/** @jest-environment jsdom */
import { act } from "react";
import { fakePaneHost, mountPaneForEachTest } from "../support/paneHarness";
import { workbookFromSheets } from "../support/snapshotBuilder";
import { wideMarginSheet } from "../support/surveyWorkbooks";

const pane = mountPaneForEachTest();
const { button, settle } = pane;

function selectFor(label: string): HTMLSelectElement {
  const select = [...pane.container().querySelectorAll("label")]
    .find((element) => element.textContent === label)
    ?.parentElement?.querySelector("select");
  if (!select) throw new Error(`no select for ${label}`);
  return select as HTMLSelectElement;
}

describe("task pane on a Veiligheidsmonitor sheet", () => {
  it("names the survey table, and shows each indicator's polarity as the analysis used it", async () => {
    await pane.render(fakePaneHost(workbookFromSheets("vm.xlsx", wideMarginSheet()), "2025-03-01").host);
    const found = pane.container().querySelector("[data-testid=datasets]")?.textContent ?? "";
    await act(async () => button(/^Instellingen$/).click());
    await settle();
    expect({
      found: found.includes(
        "Enquêtetabel (Veiligheidsmonitor) op blad 'Veiligheidsmonitor': 2019–2023, 7 indicatoren met hun marges",
      ),
      unsafe: selectFor("voelt zich wel eens onveilig (%)").value,
      mark: selectFor("rapportcijfer veiligheid in de buurt").value,
      cohesion: [
        selectFor("sociale cohesie (schaalscore)").value,
        selectFor("sociale cohesie (schaalscore)").selectedOptions[0]?.textContent,
      ],
    }).toEqual({
      found: true,
      unsafe: "lowerIsBetter",
      mark: "higherIsBetter",
      cohesion: ["", "onbekend: kies wat beter is"],
    });
  });
});
