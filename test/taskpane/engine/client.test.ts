import { HostReadError, UnsupportedApiError, hostMessage, parseSettings } from "../../../src/core";
import type { GenerateInputs, WorkbookSnapshot } from "../../../src/core";
import { createWorkerEngine, type WorkerLike } from "../../../src/taskpane/engine/client";
import { createInThreadEngine, type KoersEngine } from "../../../src/taskpane/engine/engine";
import type { EngineReply, EngineRequest } from "../../../src/taskpane/engine/protocol";
import { serveEngine } from "../../../src/taskpane/engine/server";
import type { ProgressEvent } from "../../../src/taskpane/host";
import { realisticReportDate, realisticWorkbook } from "../../support/realisticWorkbook";

/**
 * A worker in the same thread: messages go both ways by structured clone on a later task, as a Worker's do;
 * `sent` records what the client posted, `fail()` fires the error event a worker that cannot load fires.
 */
function fakeWorker(engine: KoersEngine) {
  const sent: EngineRequest[] = [];
  const toClient: ((event: { data: EngineReply }) => void)[] = [];
  const errorListeners: ((event: unknown) => void)[] = [];
  const toServer: ((event: { data: EngineRequest }) => void)[] = [];
  let alive = true;
  serveEngine(
    {
      postMessage: (reply) => {
        const copy = structuredClone(reply);
        setTimeout(() => alive && toClient.forEach((listener) => listener({ data: copy })));
      },
      addEventListener: (_type, listener) => void toServer.push(listener),
    },
    engine,
  );
  const worker: WorkerLike = {
    postMessage: (request) => {
      sent.push(request);
      const copy = structuredClone(request);
      setTimeout(() => alive && toServer.forEach((listener) => listener({ data: copy })));
    },
    addEventListener: ((type: "message" | "error", listener: never) => {
      (type === "message" ? toClient : errorListeners).push(listener);
    }) as WorkerLike["addEventListener"],
  };
  return {
    worker,
    sent,
    fail() {
      alive = false;
      errorListeners.forEach((listener) => listener(new Event("error")));
    },
  };
}

const settings = parseSettings({ reportDate: realisticReportDate });
const inputs = (workbook: WorkbookSnapshot): GenerateInputs => ({ workbooks: [workbook], settings });
/** How many requests carried a whole snapshot (rather than its number). */
const snapshotsSent = (sent: EngineRequest[]) =>
  sent
    .flatMap((request) => (request.type === "request" && "inputs" in request ? request.inputs.workbooks : []))
    .filter((handle) => handle.snapshot !== undefined).length;

describe("the engine's worker client", () => {
  const workbook = realisticWorkbook(60, 6);
  const inThread = createInThreadEngine();

  it("answers an analysis with the same report as the pane's own thread", async () => {
    const { worker } = fakeWorker(inThread);
    const engine = createWorkerEngine(worker, inThread);
    const [remote, local] = await Promise.all([
      engine.analyze(inputs(workbook)),
      inThread.analyze(inputs(workbook)),
    ]);
    expect(remote).toEqual(local);
    expect(remote.report.activities?.total).toBe(60);
  });

  it("sends a snapshot to the worker once and names it by number afterwards", async () => {
    const { worker, sent } = fakeWorker(inThread);
    const engine = createWorkerEngine(worker, inThread);
    await engine.analyze(inputs(workbook));
    await engine.analyze({ ...inputs(workbook), settings: { ...settings, language: "en" } });
    const planned = await engine.plan(inputs(workbook));
    expect({ requests: sent.length, snapshotsSent: snapshotsSent(sent) }).toEqual({
      requests: 3,
      snapshotsSent: 1,
    });
    expect(planned.plan.sheets.map((sheet) => sheet.name)).toContain("Koers Overzicht");
  });

  it("keeps a snapshot the worker read itself, so analysing it sends no rows", async () => {
    const { worker, sent } = fakeWorker({
      ...inThread,
      readWorkbook: async () => ({ snapshot: workbook, stored: null }),
    });
    const engine = createWorkerEngine(worker, inThread);
    const read = await engine.readWorkbook(new Uint8Array([1, 2, 3]), "realistisch.xlsx");
    const analysis = await engine.analyze(inputs(read.snapshot));
    expect({ snapshotsSent: snapshotsSent(sent), total: analysis.report.activities?.total }).toEqual({
      snapshotsSent: 0,
      total: 60,
    });
  });

  it("passes the stages of a plan on in order before its result", async () => {
    const { worker } = fakeWorker(inThread);
    const engine = createWorkerEngine(worker, inThread);
    const stages: ProgressEvent["stage"][] = [];
    const planned = await engine.plan(inputs(workbook), (event) => stages.push(event.stage));
    expect(stages).toEqual(["reading", "checking", "computing", "writing"]);
    expect(planned.report.activities?.total).toBe(60);
  });

  it("answers overlapping requests each with its own result", async () => {
    const { worker } = fakeWorker(inThread);
    const engine = createWorkerEngine(worker, inThread);
    const [dutch, english] = await Promise.all([
      engine.analyze(inputs(workbook)),
      engine.analyze({ ...inputs(workbook), settings: { ...settings, language: "en" } }),
    ]);
    expect([dutch.report.language, english.report.language]).toEqual(["nl", "en"]);
  });

  it("rejects with the host error's class, code and both texts, so the pane words it in the user's language", async () => {
    const unreadable = hostMessage("file-encrypted", { file: "geheim.xlsx" });
    const { worker } = fakeWorker({
      ...inThread,
      readWorkbook: async () => {
        throw new HostReadError(unreadable);
      },
      analyze: async () => {
        throw new UnsupportedApiError("ExcelApi 1.9", hostMessage("excel-feature-missing"));
      },
    });
    const engine = createWorkerEngine(worker, inThread);
    const read = await engine.readWorkbook(new Uint8Array(), "geheim.xlsx").catch((error: unknown) => error);
    expect(read).toBeInstanceOf(HostReadError);
    expect({
      code: (read as HostReadError).code,
      en: (read as HostReadError).messageIn("en"),
      nl: (read as HostReadError).messageIn("nl"),
    }).toEqual({ code: "file-encrypted", en: unreadable.en, nl: unreadable.nl });
    const analysed = await engine.analyze(inputs(workbook)).catch((error: unknown) => error);
    expect(analysed).toBeInstanceOf(UnsupportedApiError);
    expect((analysed as UnsupportedApiError).requirement).toBe("ExcelApi 1.9");
  });

  it("passes an engine failure without a host message on as a plain error with its message", async () => {
    const { worker } = fakeWorker({
      ...inThread,
      analyze: async () => {
        throw new TypeError("boom");
      },
    });
    const engine = createWorkerEngine(worker, inThread);
    await expect(engine.analyze(inputs(workbook))).rejects.toThrow("boom");
  });

  it("runs pending and later requests in the pane's thread when the worker cannot start", async () => {
    const { worker, fail, sent } = fakeWorker(inThread);
    const engine = createWorkerEngine(worker, inThread);
    const pending = engine.analyze(inputs(workbook));
    fail();
    const later = await engine.plan(inputs(workbook));
    expect((await pending).report.activities?.total).toBe(60);
    expect(later.plan.sheets.length).toBeGreaterThan(0);
    expect(sent).toHaveLength(1);
  });
});
