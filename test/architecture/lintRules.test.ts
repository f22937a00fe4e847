import { spawnSync } from "node:child_process";
import { join, resolve } from "node:path";

const projectRoot = resolve(__dirname, "../..");
const eslint = join(projectRoot, "node_modules/eslint/bin/eslint.js");

/** Lints a text as if it were the file at `path`, with the project's own config; the rule ids reported. */
function lint(path: string, text: string): string[] {
  const run = spawnSync(process.execPath, [eslint, "--stdin", "--stdin-filename", path, "--format", "json"], {
    cwd: projectRoot,
    input: text,
    encoding: "utf8",
  });
  const [result] = JSON.parse(run.stdout) as { messages: { ruleId: string | null }[] }[];
  return result.messages.map((message) => message.ruleId ?? "(parse)");
}

describe("the long-list rule on src (npm run lint)", () => {
  const longList = [
    "export function collect(target: number[], items: number[]): number {",
    "  target.push(...items);",
    "  target.unshift(...items);",
    "  return Math.max(0, ...items) + Math.min(...items);",
    "}",
    "",
  ].join("\n");

  it.each(["src/core/probe.ts", "src/hosts/xlsx/read/probe.ts", "src/taskpane/probe.ts"])(
    "rejects a spread into push, unshift, Math.max or Math.min in %s",
    (path) => {
      expect(lint(path, longList)).toEqual([
        "no-restricted-syntax",
        "no-restricted-syntax",
        "no-restricted-syntax",
        "no-restricted-syntax",
      ]);
    },
  );

  it("accepts the helpers that replace them", () => {
    const helpers = [
      'import { appendAll, largest, smallest } from "./collections";',
      "export function collect(target: number[], items: number[]): number {",
      "  appendAll(target, items);",
      "  return Math.max(0, largest(items)) + smallest(items);",
      "}",
      "",
    ].join("\n");
    expect(lint("src/core/probe.ts", helpers)).toEqual([]);
  });
});
