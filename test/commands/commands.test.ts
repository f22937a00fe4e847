import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { CommandEvent } from "../../src/commands/generateSummary";
import type { OfficeApi } from "../../src/commands/notice";

const mockGenerateInExcel = jest.fn();
const mockLoadSettings = jest.fn();

jest.mock("../../src/hosts/office", () => ({
  generateInExcel: mockGenerateInExcel,
  loadSettings: mockLoadSettings,
}));

/** A fake Office global: onReady resolves, associate records the handlers by action name. */
function installFakeOffice(ready: Promise<unknown> = Promise.resolve({ host: "Excel" })) {
  const handlers = new Map<string, (event: CommandEvent) => unknown>();
  const office: OfficeApi = {
    onReady: () => ready,
    actions: { associate: (name, handler) => handlers.set(name, handler) },
    context: { displayLanguage: "nl-NL" },
  };
  (globalThis as unknown as { Office?: OfficeApi }).Office = office;
  return handlers;
}

async function loadFunctionFile() {
  await jest.isolateModulesAsync(async () => {
    await import("../../src/commands/commands");
  });
  await new Promise((resolve) => setImmediate(resolve));
}

afterEach(() => {
  delete (globalThis as unknown as { Office?: OfficeApi }).Office;
  jest.clearAllMocks();
});

describe("the function file (commands.html)", () => {
  it("associates the action the manifest's ExecuteFunction button names", async () => {
    const handlers = installFakeOffice();
    await loadFunctionFile();
    const manifest = readFileSync(join(__dirname, "../../manifest.xml"), "utf8");
    const functionNames = [...manifest.matchAll(/<FunctionName>([^<]+)<\/FunctionName>/g)].map(
      (match) => match[1],
    );
    expect([...handlers.keys()]).toEqual(functionNames);
  });

  it("runs the Office host's generateInExcel with the saved settings and completes the event", async () => {
    const handlers = installFakeOffice();
    const settings = { reportDate: "2025-03-01", language: "nl" };
    mockLoadSettings.mockResolvedValue(settings);
    mockGenerateInExcel.mockResolvedValue({
      report: { output: { sheets: ["Koers Overzicht"], charts: 2 } },
      plan: {},
    });
    await loadFunctionFile();
    const event = { completed: jest.fn() };
    await handlers.get("generateSummary")?.(event);
    expect({
      generateInExcel: mockGenerateInExcel.mock.calls,
      completed: event.completed.mock.calls.length,
    }).toEqual({ generateInExcel: [[{ settings }]], completed: 1 });
  });

  it("associates before Office is ready, and a click that early waits for Office before generating", async () => {
    let becomeReady: (value: unknown) => void = () => undefined;
    const handlers = installFakeOffice(new Promise((resolve) => (becomeReady = resolve)));
    mockLoadSettings.mockResolvedValue(null);
    mockGenerateInExcel.mockResolvedValue({ report: { output: null }, plan: {} });
    await loadFunctionFile();
    const event = { completed: jest.fn() };
    const click = handlers.get("generateSummary")?.(event);
    await new Promise((resolve) => setImmediate(resolve));
    const before = { associated: [...handlers.keys()], loaded: mockLoadSettings.mock.calls.length };
    becomeReady({ host: "Excel" });
    await click;
    expect({
      before,
      generated: mockGenerateInExcel.mock.calls.length,
      completed: event.completed.mock.calls.length,
    }).toEqual({
      before: { associated: ["generateSummary"], loaded: 0 },
      generated: 1,
      completed: 1,
    });
  });

  it("registers nothing and does not wait when office.js could not load", async () => {
    const info = jest.spyOn(console, "info").mockImplementation(() => undefined);
    await loadFunctionFile();
    expect(info).toHaveBeenCalledWith(
      "Koers: office.js is not available; the ribbon commands are not registered.",
    );
    info.mockRestore();
  });
});
