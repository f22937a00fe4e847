import { spawn, spawnSync } from "node:child_process";
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

describe("npm start", () => {
  it("prints the task pane's URL as its first line", async () => {
    // NOTE: the line comes before the server binds port 3000 and before webpack builds; the child is ended
    // as soon as it is read, so this neither needs the port free nor waits for a build.
    const child = spawn(process.execPath, [startScript], {
      env: { ...process.env, KOERS_DEV_HTTP: "1" },
      stdio: ["ignore", "pipe", "pipe"],
    });
    const first = await new Promise<string>((resolveLine, reject) => {
      let output = "";
      const timer = setTimeout(() => reject(new Error(`no line within 30 s: ${output}`)), 30_000);
      child.stdout.on("data", (chunk: Buffer) => {
        output += chunk.toString();
        if (output.includes("\n")) {
          clearTimeout(timer);
          resolveLine(output.split("\n")[0]);
        }
      });
    }).finally(() => child.kill("SIGKILL"));
    expect(first).toBe("Koers task pane: http://localhost:3000/taskpane.html (building…)");
  }, 40_000);
});

describe("npm run test:excel", () => {
  (process.platform === "linux" ? it : it.skip)("says it needs desktop Excel on Linux and exits 1", () => {
    const run = spawnSync(process.execPath, [join(resolve(__dirname, "../.."), "scripts/test-excel.mjs")], {
      encoding: "utf8",
      timeout: 30_000,
    });
    expect({ status: run.status, stdout: run.stdout }).toEqual({ status: 1, stdout: "" });
    expect(run.stderr).toMatch(/^npm run test:excel needs desktop Excel, .*Windows and macOS.*--fake/s);
  });
});
