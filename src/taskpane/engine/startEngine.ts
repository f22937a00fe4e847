import { createWorkerEngine } from "./client";
import { createInThreadEngine, type KoersEngine } from "./engine";

/**
 * The pane's engine: core in a Web Worker (its own chunk), or in the pane's thread where a worker cannot
 * start (no Worker, a policy that refuses it). Only the pane's entry calls this: jest cannot parse
 * `import.meta`, so the tests build their engines with createWorkerEngine or createInThreadEngine.
 */
export function startEngine(): KoersEngine {
  const inThread = createInThreadEngine();
  if (typeof Worker === "undefined") return inThread;
  try {
    const worker = new Worker(
      /* webpackChunkName: "koers-worker" */ new URL(
        "./koersWorker.ts",
        // @ts-expect-error -- TS1343: the typecheck compiles for jest (CommonJS); webpack resolves import.meta.url.
        import.meta.url,
      ),
      { name: "koers-engine" },
    );
    return createWorkerEngine(worker, inThread);
  } catch {
    return inThread;
  }
}
