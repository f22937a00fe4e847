import { execSync } from "child_process";
import { existsSync } from "fs";
import path from "path";
import { startStaticServer, type StaticServer } from "./staticServer";

const root = path.resolve(__dirname, "../..");

/**
 * Builds the pane in production mode and the in-Excel self-test page (test/excel, into build/selftest/ with
 * its test workbook), and serves dist/ (at /), build/selftest/ (at /selftest/) and examples/ (at /examples/)
 * on a free localhost port; the URL goes to the tests in KOERS_E2E_URL. KOERS_E2E_SKIP_BUILD=1 reuses
 * existing builds (for quick local reruns); KOERS_E2E_BUILD overrides the pane's build command.
 */
export default async function globalSetup(): Promise<void> {
  const dist = path.join(root, "dist");
  if (!(process.env.KOERS_E2E_SKIP_BUILD === "1" && existsSync(path.join(dist, "taskpane.html")))) {
    execSync(process.env.KOERS_E2E_BUILD ?? "npx webpack --mode production", { cwd: root, stdio: "inherit" });
  }
  const selfTest = path.join(root, "build", "selftest");
  if (!(process.env.KOERS_E2E_SKIP_BUILD === "1" && existsSync(path.join(selfTest, "selftest.html")))) {
    execSync("npx webpack --config test/excel/webpack.config.cjs --mode development", {
      cwd: root,
      stdio: "inherit",
    });
  }
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { makeTestWorkbook } = require("../excel/testWorkbook.cjs") as {
    makeTestWorkbook(file: string): Promise<unknown>;
  };
  await makeTestWorkbook(path.join(selfTest, "selftest-files", "koers-selftest.xlsx"));
  const server = await startStaticServer([
    { prefix: "/examples/", directory: path.join(root, "examples") },
    { prefix: "/selftest/", directory: selfTest },
    { prefix: "/", directory: dist },
  ]);
  process.env.KOERS_E2E_URL = server.url;
  (globalThis as { __koersServer?: StaticServer }).__koersServer = server;
}
