/**
 * The self-test page (selftest.html): runs test/excel/selfTest.ts and posts the report to
 * office-addin-test-server with office-addin-test-helpers, then shows it in the pane.
 *
 *   inside Excel      selftest.html              real office.js; the workbook Excel has open; results to
 *                                                https://localhost:4201 (the test server of scripts/test-excel.mjs)
 *   in a browser      selftest.html?fake=1&port=N&workbook=URL
 *                                                the fake Excel (test/support/fakeExcel) loaded with the same
 *                                                workbook file; results to https://localhost:N
 */
import { sendTestResults } from "office-addin-test-helpers";
import { runSelfTest, type SelfTestReport, type SyncMeter } from "./selfTest";

const testWorkbookUrl = "selftest-files/koers-selftest.xlsx";
const userSheetName = "Mijn notities";

async function fetchBytes(url: string): Promise<Uint8Array> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  return new Uint8Array(await response.arrayBuffer());
}

/** Counts syncs of the real office.js by wrapping ClientRequestContext.prototype.sync, the one every batch uses. */
function officeJsMeter(): SyncMeter {
  interface PendingRequest {
    buildRequestMessageBodyAndRequestFlags?: () => { body: unknown };
  }
  const prototype = (
    globalThis as unknown as {
      OfficeExtension: {
        ClientRequestContext: { prototype: { sync: (...args: unknown[]) => Promise<unknown> } };
      };
    }
  ).OfficeExtension.ClientRequestContext.prototype;
  const original = prototype.sync;
  let syncs = 0;
  let largest: number | null = null;
  prototype.sync = function (this: { _pendingRequest?: PendingRequest }, ...args: unknown[]) {
    syncs += 1;
    try {
      // NOTE: internal to office.js (the request body it is about to send); when it is not there the
      // size is reported as not measured rather than guessed.
      const body = this._pendingRequest?.buildRequestMessageBodyAndRequestFlags?.().body;
      if (body !== undefined) largest = Math.max(largest ?? 0, JSON.stringify(body).length);
    } catch {
      // measuring must never change what the sync does
    }
    return original.apply(this, args);
  };
  return {
    reset: () => {
      syncs = 0;
      largest = null;
    },
    syncs: () => syncs,
    largestRequestBytes: () => largest,
  };
}

async function environmentFor(parameters: URLSearchParams) {
  const workbookUrl = parameters.get("workbook") ?? testWorkbookUrl;
  const workbookBytes = await fetchBytes(workbookUrl);
  const workbookName = "koers-selftest.xlsx";
  if (parameters.get("fake") === "1") {
    // As in the pane: office.js decides first (outside Office it reports no host), then the fake takes over
    // the globals it would have filled.
    if (typeof Office !== "undefined") await Office.onReady();
    const [{ FakeExcel }, { readWorkbookSnapshot }] = await Promise.all([
      import(/* webpackChunkName: "fake-excel" */ "../support/fakeExcel"),
      import("../../src/hosts/xlsx/read/snapshot"),
    ]);
    const fake = FakeExcel.fromSnapshot(await readWorkbookSnapshot(workbookBytes, workbookName));
    fake.install();
    const meter: SyncMeter = {
      reset: () => fake.resetStats(),
      syncs: () => fake.syncCount,
      largestRequestBytes: () => fake.maxRequestBytes,
    };
    return { workbookBytes, workbookName, userSheetName, meter, host: "fake Excel (test/support/fakeExcel)" };
  }
  const info = await Office.onReady();
  const version = Office.context?.diagnostics?.version ?? "?";
  return {
    workbookBytes,
    workbookName,
    userSheetName,
    meter: officeJsMeter(),
    host: `Excel ${info.platform ?? "?"} ${version}`,
  };
}

function show(report: SelfTestReport, posted: boolean): void {
  const root = document.getElementById("koers-selftest") as HTMLElement;
  root.dataset.status = report.passed ? "passed" : "failed";
  root.replaceChildren();
  const title = document.createElement("h1");
  title.textContent = `Koers self-test: ${report.passed ? "passed" : "FAILED"} (${report.host})`;
  const list = document.createElement("ul");
  for (const check of report.checks) {
    const item = document.createElement("li");
    item.textContent = `${check.passed ? "✓" : "✗"} ${check.name}: ${check.detail}`;
    list.append(item);
  }
  const note = document.createElement("p");
  note.textContent = posted ? "Results sent to the test server." : "The test server did not answer.";
  root.append(title, list, note);
}

async function main(): Promise<void> {
  const parameters = new URLSearchParams(window.location.search);
  const port = Number(parameters.get("port") ?? 4201);
  let report: SelfTestReport;
  try {
    report = await runSelfTest(await environmentFor(parameters));
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    report = { host: "?", passed: false, checks: [{ name: "self-test start", passed: false, detail }] };
  }
  const posted = await sendTestResults(report, port);
  show(report, posted);
}

void main();
