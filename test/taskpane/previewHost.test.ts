import { storedHistoryKey } from "../../src/core/history";
import { parseSettings, storedSettingsKey } from "../../src/core/settings";
import type { WorkbookSnapshot } from "../../src/core/snapshot";
import { readWorkbookSnapshot } from "../../src/hosts/xlsx/read/snapshot";
import { createInThreadEngine } from "../../src/taskpane/engine/engine";
import type { ProgressEvent } from "../../src/taskpane/host";
import { createPreviewHost, type PreviewEvent } from "../../src/taskpane/previewHost";
import { drontenWide, lelystadActivityList, lelystadReportDate, toXlsxBuffer } from "../support/fixtures";
import { earlierLelystadHistory, withSavedSettings } from "../support/savedSettings";

const settings = parseSettings({ reportDate: lelystadReportDate });

describe("preview host", () => {
  it("generates into the in-memory workbook, reports each stage, and regenerates to the same sheets", async () => {
    const host = createPreviewHost();
    const bytes = new Uint8Array(await toXlsxBuffer(lelystadActivityList()));
    await host.openWorkbook("lelystad.xlsx", bytes);
    const stages: ProgressEvent[] = [];
    const first = await host.generate({
      settings,
      extraWorkbooks: [],
      previous: null,
      onProgress: (event) => stages.push(event),
    });
    const second = await host.generate({ settings, extraWorkbooks: [], previous: null });
    const written = await readWorkbookSnapshot(second.download!.bytes, "out.xlsx");
    expect({
      stages: stages.map((event) => event.stage),
      computed: stages.find((event) => event.stage === "computing")?.count,
      onTrackPct: first.report.activities?.onTrackPct,
      sameSheets: second.sheets.join("|") === first.sheets.join("|"),
      fileName: first.download?.fileName,
      sheetsInFile: written.sheets.map((sheet) => [sheet.name, Boolean(sheet.generated)]),
    }).toEqual({
      stages: ["reading", "checking", "computing", "writing", "done"],
      computed: 117,
      onTrackPct: 88.9,
      sameSheets: true,
      fileName: "lelystad (Koers).xlsx",
      sheetsInFile: [["Activiteiten", false], ...first.sheets.map((name) => [name, true])],
    });
  });

  it("tells the pane what a selected cell holds and shows a generated sheet", async () => {
    const host = createPreviewHost();
    await host.openWorkbook("lelystad.xlsx", new Uint8Array(await toXlsxBuffer(lelystadActivityList())));
    const outcome = await host.generate({ settings, extraWorkbooks: [], previous: null });
    const events: PreviewEvent[] = [];
    host.subscribe((event) => events.push(event));
    await host.selectCell("Activiteiten", "A1");
    await host.showSheet(outcome.sheets[0]);
    expect(
      events.map((event) =>
        event.kind === "selectCell"
          ? [event.kind, event.cell, typeof event.text]
          : [event.kind, event.sheet.name],
      ),
    ).toEqual([
      ["selectCell", "A1", "string"],
      ["showSheet", outcome.sheets[0]],
    ]);
  });

  it("offers the griffie copy as a download named after title, organisation and date, with progress", async () => {
    const host = createPreviewHost();
    await host.openWorkbook("lelystad.xlsx", new Uint8Array(await toXlsxBuffer(lelystadActivityList())));
    const stages: string[] = [];
    const outcome = await host.shareWithGriffie({
      settings,
      extraWorkbooks: [],
      previous: null,
      onProgress: (event) => stages.push(event.stage),
    });
    if (outcome.kind !== "download") throw new Error("expected a download in preview mode");
    const copy = await readWorkbookSnapshot(outcome.file.bytes, outcome.file.fileName);
    expect({
      reason: outcome.reason,
      fileName: outcome.file.fileName,
      userSheet: copy.sheets.some((sheet) => sheet.name === "Activiteiten"),
      sheets: copy.sheets.length > 0,
      stages,
    }).toEqual({
      reason: "preview",
      fileName: "Voortgang Integraal Veiligheidsplan Gemeente 1 maart 2025 (griffie).xlsx",
      stages: ["reading", "checking", "computing", "writing", "done"],
      userSheet: false,
      sheets: true,
    });
  });

  it("copies a figures sheet from another workbook in, and the next generation reads its figures", async () => {
    const host = createPreviewHost();
    await host.openWorkbook("lelystad.xlsx", new Uint8Array(await toXlsxBuffer(lelystadActivityList())));
    await host.generate({ settings, extraWorkbooks: [], previous: null });
    const figuresBytes = new Uint8Array(await toXlsxBuffer(drontenWide()));
    const figures = {
      name: "cijfers.xlsx",
      bytes: figuresBytes,
      snapshot: await readWorkbookSnapshot(figuresBytes, "cijfers.xlsx"),
    };
    const name = await host.addFiguresSheet(figures, figures.snapshot.sheets[0].name);
    const outcome = await host.generate({ settings, extraWorkbooks: [], previous: null });
    const written = await readWorkbookSnapshot(outcome.download!.bytes, "out.xlsx");
    expect({
      name,
      userSheets: written.sheets.filter((sheet) => !sheet.generated).map((sheet) => sheet.name),
      figuresFrom: outcome.report.figures.map((figures) => [figures.sheet, figures.years.length > 0]),
    }).toEqual({
      name: figures.snapshot.sheets[0].name,
      userSheets: ["Activiteiten", figures.snapshot.sheets[0].name],
      figuresFrom: [[figures.snapshot.sheets[0].name, true]],
    });
  });

  it("starts from the settings the task pane saved in an opened workbook", async () => {
    const host = createPreviewHost();
    const plain = new Uint8Array(await toXlsxBuffer(lelystadActivityList()));
    const saved = await withSavedSettings(plain, {
      [storedSettingsKey]: JSON.stringify({
        reportDate: "2024-12-31",
        language: "en",
        title: "IVP Lelystad",
      }),
    });
    const before = await host.loadSettings();
    await host.openWorkbook("opgeslagen.xlsx", saved);
    const after = await host.loadSettings();
    expect({ before, after: after && [after.reportDate, after.language, after.title] }).toEqual({
      before: null,
      after: ["2024-12-31", "en", "IVP Lelystad"],
    });
  });

  it("compares with the previous report the add-in kept in an opened workbook", async () => {
    const { history, changedName } = earlierLelystadHistory("2024-09-30");
    const bytes = await withSavedSettings(new Uint8Array(await toXlsxBuffer(lelystadActivityList())), {
      [storedHistoryKey]: JSON.stringify(history),
    });
    const host = createPreviewHost();
    await host.openWorkbook("geschiedenis.xlsx", bytes);
    const outcome = await host.generate({ settings, extraWorkbooks: [], previous: null });
    expect(outcome.report.activities?.changes?.statusChanged.map((change) => change.name)).toEqual([
      changedName,
    ]);
  });

  it("refuses a file that is not a workbook with a HostReadError", async () => {
    const host = createPreviewHost();
    await expect(
      host.openWorkbook("notities.xlsx", new TextEncoder().encode("geen werkmap")),
    ).rejects.toMatchObject({
      name: "HostReadError",
    });
  });
});

describe("preview host on an engine", () => {
  it("shows a generation's results before the written file is read back, and hands out the snapshot once it is", async () => {
    const engine = createInThreadEngine();
    let readBack: () => void = () => undefined;
    let held: () => void = () => undefined;
    const readBackHeld = new Promise<void>((resolve) => (held = resolve));
    const waitingEngine = {
      ...engine,
      async readWorkbook(bytes: Uint8Array, name: string, options?: { withStored?: boolean }) {
        const read = await engine.readWorkbook(bytes, name, options);
        // The first read (opening the file) answers at once; the read-back waits until the test lets it go.
        if (options?.withStored) return read;
        await new Promise<void>((resolve) => {
          readBack = resolve;
          held();
        });
        return read;
      },
    };
    const host = createPreviewHost(undefined, waitingEngine);
    await host.openWorkbook("lelystad.xlsx", new Uint8Array(await toXlsxBuffer(lelystadActivityList())));
    const outcome = await host.generate({ settings, extraWorkbooks: [], previous: null });
    let snapshot: WorkbookSnapshot | null = null;
    const reading = host.readWorkbook().then((read) => (snapshot = read));
    // NOTE: waits until the read-back is really held (under load it starts later than any fixed delay).
    await readBackHeld;
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect({ results: outcome.sheets.length > 0, snapshotYet: snapshot }).toEqual({
      results: true,
      snapshotYet: null,
    });
    readBack();
    await reading;
    expect(snapshot!.sheets.filter((sheet) => sheet.generated).map((sheet) => sheet.name)).toEqual(
      outcome.sheets,
    );
  });
});
