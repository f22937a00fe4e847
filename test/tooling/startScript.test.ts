import { spawnSync } from "node:child_process";
import { join, resolve } from "node:path";

const startScript = join(resolve(__dirname, "../.."), "scripts/start.mjs");

function start(...args: string[]) {
  const run = spawnSync(process.execPath, [startScript, ...args], { encoding: "utf8", timeout: 30_000 });
  return { status: run.status, output: `${run.stdout}${run.stderr}` };
}

describe("scripts/start.mjs", () => {
  (process.platform === "linux" ? it : it.skip)(
    "explains that desktop Excel is not available on Linux",
    () => {
      const result = start("desktop");
      expect(result.status).toBe(1);
      expect(result.output).toMatch(/Desktop Excel runs only on Windows and macOS.*Excel on the web/s);
    },
  );

  it("rejects an unknown command with usage", () => {
    expect(start("deploy")).toEqual({
      status: 2,
      output: 'Unknown command "deploy". Use: node scripts/start.mjs [--open] | desktop | stop\n',
    });
  });
});
