import { execFileSync } from "child_process";
import { mkdtempSync, readFileSync } from "fs";
import type { AddressInfo } from "net";
import os from "os";
import path from "path";
import type { Browser } from "playwright-core";
import { TestServer } from "office-addin-test-server";
import type { SelfTestReport } from "../excel/selfTest";
import { launchChromium, routeOfficeScript } from "./browser";

/**
 * The in-Excel self-test (test/excel) run as `npm run test:excel` runs it, with the fake Excel in place of
 * Excel: the self-test page in Chromium, the real office.js outside Office, and the results posted to
 * office-addin-test-server, which this test reads.
 *
 * NOTE: office-addin-test-server takes its https certificate from office-addin-dev-certs, which must install
 * its CA into the system store first (sudo on Linux). Here that one call answers with a throw-away
 * self-signed certificate for localhost; the server itself (routes, CORS, result handling) is the package's.
 */
jest.mock(
  require.resolve("office-addin-dev-certs", {
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- jest.mock is hoisted above the imports
    paths: [require("path").dirname(require.resolve("office-addin-test-server"))],
  }),
  () => ({ getHttpsServerOptions: async () => mockCertificates() }),
);

let mockDirectory = "";
function mockCertificates(): { key: Buffer; cert: Buffer } {
  return {
    key: readFileSync(path.join(mockDirectory, "key.pem")),
    cert: readFileSync(path.join(mockDirectory, "cert.pem")),
  };
}

jest.setTimeout(120_000);

let browser: Browser;
let server: TestServer;
let port: number;

beforeAll(async () => {
  mockDirectory = mkdtempSync(path.join(os.tmpdir(), "koers-selftest-"));
  execFileSync(
    "openssl",
    [
      "req",
      "-x509",
      "-newkey",
      "rsa:2048",
      "-nodes",
      "-days",
      "1",
      "-subj",
      "/CN=localhost",
      "-addext",
      "subjectAltName=DNS:localhost",
      "-keyout",
      path.join(mockDirectory, "key.pem"),
      "-out",
      path.join(mockDirectory, "cert.pem"),
    ],
    { stdio: "ignore" },
  );
  server = new TestServer(0);
  // NOTE: the package creates its results promise rejected until a server starts; handled here.
  server.getTestResults().catch(() => undefined);
  await server.startTestServer(false);
  port = (server as unknown as { server: { address(): AddressInfo } }).server.address().port;
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  // NOTE: the package's stop closes the listener only; the browser's keep-alive connection would hold jest.
  (server as unknown as { server?: { closeAllConnections?: () => void } })?.server?.closeAllConnections?.();
  await server?.stopTestServer();
});

describe("the in-Excel self-test, run against the fake Excel", () => {
  it("passes every check and posts the results to office-addin-test-server", async () => {
    const context = await browser.newContext({ ignoreHTTPSErrors: true });
    const errors: string[] = [];
    await routeOfficeScript(context, "real", errors);
    const page = await context.newPage();
    page.on("pageerror", (error) => errors.push(`page error: ${error.message}`));
    page.on("console", (message) => {
      if (message.type() === "error") errors.push(`console error: ${message.text()}`);
    });
    const results = server.getTestResults() as unknown as Promise<SelfTestReport>;
    await page.goto(`${process.env.KOERS_E2E_URL}/selftest/selftest.html?fake=1&port=${port}`);
    let timer: NodeJS.Timeout | undefined;
    const report = await Promise.race([
      results,
      new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(new Error("no results within 90 s")), 90_000);
      }),
    ]).finally(() => clearTimeout(timer));
    await page.locator('#koers-selftest:not([data-status="running"])').waitFor();
    expect({
      host: report.host,
      checks: report.checks.map(({ name, passed, detail }) =>
        passed ? `passed: ${name}` : `FAILED: ${name}: ${detail}`,
      ),
      passed: report.passed,
      shown: await page.locator("#koers-selftest").getAttribute("data-status"),
      errors,
    }).toEqual({
      host: "fake Excel (test/support/fakeExcel)",
      checks: [
        "passed: batched read equals the file reader's snapshot",
        "passed: a generation writes the Koers sheets within the sync and payload budget",
        "passed: regeneration replaces only the Koers sheets",
        "passed: settings and history round trip through the workbook",
        "passed: the griffie copy opens with only the generated sheets",
      ],
      passed: true,
      shown: "passed",
      errors: [],
    });
    await context.close();
  });
});
