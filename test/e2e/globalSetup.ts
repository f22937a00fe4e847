import { execSync } from "child_process";
import { existsSync } from "fs";
import path from "path";
import { startStaticServer, type StaticServer } from "./staticServer";

const root = path.resolve(__dirname, "../..");

/**
 * Builds the pane in production mode and serves dist/ (at /) and examples/ (at /examples/) on a free
 * localhost port; the URL goes to the tests in KOERS_E2E_URL. KOERS_E2E_SKIP_BUILD=1 reuses an existing
 * dist/ (for quick local reruns); KOERS_E2E_BUILD overrides the build command.
 */
export default async function globalSetup(): Promise<void> {
  const dist = path.join(root, "dist");
  if (!(process.env.KOERS_E2E_SKIP_BUILD === "1" && existsSync(path.join(dist, "taskpane.html")))) {
    execSync(process.env.KOERS_E2E_BUILD ?? "npx webpack --mode production", { cwd: root, stdio: "inherit" });
  }
  const server = await startStaticServer([
    { prefix: "/examples/", directory: path.join(root, "examples") },
    { prefix: "/", directory: dist },
  ]);
  process.env.KOERS_E2E_URL = server.url;
  (globalThis as { __koersServer?: StaticServer }).__koersServer = server;
}
