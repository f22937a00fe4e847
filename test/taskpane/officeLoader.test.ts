/** @jest-environment jsdom */
import { loadOffice, looksLikeOfficeClient, officeScriptUrl } from "../../src/taskpane/officeLoader";

afterEach(() => {
  delete (globalThis as { Office?: unknown }).Office;
  document.head.innerHTML = "";
});

describe("loadOffice", () => {
  it("gives up after the timeout when office.js never loads, and adds the script tag once", async () => {
    const started = Date.now();
    const environment = await loadOffice({ timeoutMs: 200 });
    expect({
      environment,
      quick: Date.now() - started < 1_000,
      scripts: [...document.head.querySelectorAll("script")].map((script) => script.src),
    }).toEqual({ environment: null, quick: true, scripts: [officeScriptUrl] });
  });

  it("runs in preview mode when Office.onReady reports no host", async () => {
    (globalThis as { Office?: unknown }).Office = {
      onReady: () => Promise.resolve({ host: null, platform: null }),
    };
    await expect(loadOffice({ timeoutMs: 1_000 })).resolves.toBeNull();
  });

  it("reports the host and Office's theme inside Excel", async () => {
    (globalThis as { Office?: unknown }).Office = {
      onReady: () => Promise.resolve({ host: "Excel", platform: "PC" }),
      context: {
        officeTheme: { bodyBackgroundColor: "#262626" },
        requirements: {
          isSetSupported: (name: string, version: string) =>
            name === "ExcelApi" && Number(version.split(".")[1]) <= 12,
        },
      },
    };
    const environment = await loadOffice({ timeoutMs: 1_000 });
    expect({
      host: environment?.host,
      theme: environment?.officeTheme,
      api18: environment?.excelApi("1.8"),
      api113: environment?.excelApi("1.13"),
    }).toEqual({ host: "Excel", theme: { bodyBackgroundColor: "#262626" }, api18: true, api113: false });
  });

  it("does not wait forever when Office.onReady never settles", async () => {
    (globalThis as { Office?: unknown }).Office = { onReady: () => new Promise(() => undefined) };
    await expect(loadOffice({ timeoutMs: 150 })).resolves.toBeNull();
  });
});

describe("looksLikeOfficeClient", () => {
  it("recognises the _host_Info parameter Office adds to the pane's URL", () => {
    expect([
      looksLikeOfficeClient({ search: "?_host_Info=Excel$Win32$16.01$nl-NL$$$$0", hash: "" }),
      looksLikeOfficeClient({ search: "", hash: "" }),
    ]).toEqual([true, false]);
  });
});
