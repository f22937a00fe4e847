/** @jest-environment jsdom */
import { fakePaneHost, mountPaneForEachTest } from "../../support/paneHarness";
import { statlineProvinces, tidyLong } from "../../support/crimeDownloads";

const pane = mountPaneForEachTest();

/** The "read and left out" block of each figures table, as text. */
const readAndLeftOut = () =>
  [...pane.container().querySelectorAll("[data-testid=read-and-left-out]")].map((block) => block.textContent);

describe("what the pane says each figures table gave and left out", () => {
  it("counts the figures read with Dutch number formatting, and names the column left out and why", async () => {
    await pane.render(fakePaneHost(tidyLong(), "2025-06-01").host);
    expect(readAndLeftOut()).toEqual([
      "Gelezen: 708 cijfers in 59 reeksen Niet gebruikt (1):" +
        "Kolom 'covid' (E) bevat alleen 0 en 1 en is geen aantal; niet gebruikt.",
    ]);
  });

  it("says so when every column with figures was used, thousands written the Dutch way", async () => {
    await pane.render(fakePaneHost(statlineProvinces(), "2025-06-01").host);
    expect(readAndLeftOut()).toEqual([
      "Gelezen: 4.368 cijfers in 728 reeksen Alle kolommen met cijfers zijn gebruikt.",
    ]);
  });
});
