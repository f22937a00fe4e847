import { spawnSync } from "node:child_process";
import { lookup } from "node:dns/promises";
import { request } from "node:https";
import { existsSync } from "node:fs";
import { join } from "node:path";

/** Microsoft's manifest validation service, as called by `office-addin-manifest validate`. */
export const SERVICE_HOST = "validationgateway.omex.office.net";

function withTimeout(promise, milliseconds, what) {
  let timer;
  const timeout = new Promise((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} timed out after ${milliseconds} ms`)), milliseconds);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

/** Resolves to null when the service answers over https within the timeout, else to the reason it did not. */
export async function probeService(timeoutMilliseconds = 3000) {
  try {
    await withTimeout(lookup(SERVICE_HOST), timeoutMilliseconds, `DNS lookup of ${SERVICE_HOST}`);
    await withTimeout(
      new Promise((resolve, reject) => {
        const probe = request(
          { host: SERVICE_HOST, method: "HEAD", path: "/", timeout: timeoutMilliseconds },
          (response) => {
            response.resume();
            resolve(response.statusCode);
          },
        );
        probe.on("timeout", () => probe.destroy(new Error("no answer")));
        probe.on("error", reject);
        probe.end();
      }),
      timeoutMilliseconds,
      `https request to ${SERVICE_HOST}`,
    );
    return null;
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
}

/**
 * Runs `office-addin-manifest validate` (an optional dependency) when it is installed and its service is
 * reachable. Returns { status: "passed" | "failed" | "skipped", detail }.
 */
export async function runOfficialCheck(manifestPath, projectRoot) {
  const cli = join(projectRoot, "node_modules", "office-addin-manifest", "cli.js");
  if (!existsSync(cli)) {
    return {
      status: "skipped",
      detail: "office-addin-manifest is not installed (it is an optional dependency)",
    };
  }
  const unreachable = await probeService();
  if (unreachable)
    return { status: "skipped", detail: `the validation service is not reachable (${unreachable})` };
  const run = spawnSync(process.execPath, [cli, "validate", manifestPath], {
    encoding: "utf8",
    timeout: 60_000,
  });
  const output = `${run.stdout ?? ""}${run.stderr ?? ""}`.trim();
  return run.status === 0
    ? { status: "passed", detail: output }
    : { status: "failed", detail: output || String(run.error) };
}
