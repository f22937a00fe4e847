import { execFileSync, spawnSync } from "child_process";
import { existsSync, readFileSync } from "fs";
import * as path from "path";
import { main } from "../../src/hosts/xlsx/node/cli";

const root = path.resolve(__dirname, "../..");
const { version } = JSON.parse(readFileSync(path.join(root, "package.json"), "utf8")) as { version: string };

async function run(argv: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = "";
  let stderr = "";
  const code = await main(argv, { stdout: (text) => (stdout += text), stderr: (text) => (stderr += text) });
  return { code, stdout, stderr };
}

describe("koers --version", () => {
  it.each([["--version"], ["-v"]])("%s prints the package version and exits 0", async (flag) => {
    expect(await run([flag])).toEqual({ code: 0, stdout: `${version}\n`, stderr: "" });
  });

  it("lists -v, --version in the usage", async () => {
    expect((await run(["--help"])).stdout).toMatch(/-v, --version/);
  });

  it("finds package.json from the built CLI too (build/cli/hosts/xlsx)", () => {
    if (!existsSync(path.join(root, "build/cli/hosts/xlsx/node/cli.js"))) {
      execFileSync("npx", ["tsc", "-p", "tsconfig.cli.json"], { cwd: root });
    }
    const child = spawnSync(process.execPath, [path.join(root, "bin/koers.cjs"), "-v"], { encoding: "utf8" });
    expect({ status: child.status, stdout: child.stdout }).toEqual({ status: 0, stdout: `${version}\n` });
  }, 120_000);

  it("runs through its own shebang, as npx starts it, with the V8 flag for a short run", () => {
    if (!existsSync(path.join(root, "build/cli/hosts/xlsx/node/cli.js"))) {
      execFileSync("npx", ["tsc", "-p", "tsconfig.cli.json"], { cwd: root });
    }
    const bin = path.join(root, "bin/koers.cjs");
    const child = spawnSync(bin, ["-v"], { encoding: "utf8" });
    expect({
      shebang: readFileSync(bin, "utf8").split("\n")[0],
      status: child.status,
      stdout: child.stdout,
    }).toEqual({
      shebang: "#!/usr/bin/env -S node --no-concurrent-recompilation",
      status: 0,
      stdout: `${version}\n`,
    });
  }, 120_000);
});
