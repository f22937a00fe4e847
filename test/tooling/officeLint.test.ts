import { spawnSync } from "node:child_process";
import { resolve } from "node:path";

const root = resolve(__dirname, "../..");

interface Sample {
  file: string;
  code: string;
}

/**
 * The rule ids the repository's ESLint config reports for each sample, linted as if it were the file at
 * `file`. NOTE: in a child process, because ESLint loads its flat config with a dynamic import, which jest's
 * module sandbox refuses; one process for all samples keeps it to one start-up.
 */
function ruleIds(samples: Sample[]): string[][] {
  const script = `
    import { ESLint } from "eslint";
    const samples = JSON.parse(process.argv[1]);
    const eslint = new ESLint({ cwd: process.cwd() });
    const found = [];
    for (const { file, code } of samples) {
      const [result] = await eslint.lintText(code, { filePath: file });
      found.push(result.messages.map((message) => message.ruleId ?? "fatal: " + message.message).sort());
    }
    console.log(JSON.stringify(found));
  `;
  const run = spawnSync(process.execPath, ["--input-type=module", "-e", script, JSON.stringify(samples)], {
    cwd: root,
    encoding: "utf8",
    timeout: 60_000,
  });
  if (run.status !== 0) throw new Error(`eslint failed: ${run.stderr}`);
  return JSON.parse(run.stdout) as string[][];
}

// Each pattern is one a real Excel rejects or punishes and the fake Excel only catches on the paths tests take.
const mistakes = {
  readBeforeLoad: `
export async function run(context: Excel.RequestContext): Promise<unknown> {
  const range = context.workbook.getSelectedRange();
  await context.sync();
  return range.values;
}
`,
  syncInLoop: `
export async function run(context: Excel.RequestContext, names: string[]): Promise<void> {
  for (const name of names) {
    context.workbook.worksheets.add(name);
    await context.sync();
  }
}
`,
  nullTest: `
export async function run(context: Excel.RequestContext): Promise<boolean> {
  const sheet = context.workbook.worksheets.getItemOrNullObject("Koers Overzicht");
  await context.sync();
  return sheet === null;
}
`,
  emptyLoad: `
export async function run(context: Excel.RequestContext): Promise<void> {
  const range = context.workbook.getSelectedRange();
  range.load();
  await context.sync();
}
`,
};

const correct = `
export async function run(context: Excel.RequestContext): Promise<unknown> {
  const sheet = context.workbook.worksheets.getItemOrNullObject("Koers Overzicht");
  const range = context.workbook.getSelectedRange().load("values");
  await context.sync();
  return sheet.isNullObject ? null : range.values;
}
`;

const officeFolders = ["src/hosts/office", "src/commands", "src/taskpane"];
const names = Object.keys(mistakes) as (keyof typeof mistakes)[];
let found: Map<string, string[]>;

beforeAll(() => {
  const samples: (Sample & { key: string })[] = [
    ...officeFolders.flatMap((folder) =>
      names.map((name) => ({ key: `${folder} ${name}`, file: `${folder}/example.ts`, code: mistakes[name] })),
    ),
    { key: "correct", file: "src/hosts/office/example.ts", code: correct },
    { key: "core", file: "src/core/example.ts", code: mistakes.syncInLoop },
  ];
  const results = ruleIds(samples.map(({ file, code }) => ({ file: resolve(root, file), code })));
  found = new Map(samples.map((sample, index) => [sample.key, results[index]]));
}, 60_000);

describe("Office.js lint (eslint-plugin-office-addins)", () => {
  it.each(officeFolders)("reports the Office.js mistakes in %s", (folder) => {
    expect(Object.fromEntries(names.map((name) => [name, found.get(`${folder} ${name}`)]))).toEqual({
      readBeforeLoad: ["office-addins/load-object-before-read"],
      syncInLoop: ["office-addins/no-context-sync-in-loop"],
      nullTest: ["office-addins/test-for-null-using-isNullObject"],
      emptyLoad: ["office-addins/no-empty-load"],
    });
  });

  it("accepts a load, one sync, then the read, with isNullObject", () => {
    expect(found.get("correct")).toEqual([]);
  });

  it("does not apply the Office rules to the pure core", () => {
    expect(found.get("core")).toEqual([]);
  });
});
