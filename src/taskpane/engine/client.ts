import type { GenerateInputs, WorkbookSnapshot } from "../../core";
import type { KoersEngine, ProgressListener, PreviewWritten, ReadWorkbook } from "./engine";
import {
  errorFromWire,
  type EngineReply,
  type EngineRequest,
  type SnapshotHandle,
  type WireInputs,
} from "./protocol";

/** What the client needs of a Worker (a fake one in tests). */
export interface WorkerLike {
  postMessage(message: EngineRequest): void;
  addEventListener(type: "message", listener: (event: { data: EngineReply }) => void): void;
  addEventListener(type: "error", listener: (event: unknown) => void): void;
}

interface Pending {
  resolve(value: unknown): void;
  reject(error: unknown): void;
  onProgress?: ProgressListener;
  /** The same request on the fallback engine, should the worker fail to start. */
  fallback(): Promise<unknown>;
}

type RequestBody = EngineRequest extends infer R
  ? R extends { type: "request" }
    ? Omit<R, "type" | "id">
    : never
  : never;

/**
 * The engine in a Web Worker (worker/koersWorker.ts serves it): each call is a request with an id, its
 * progress comes back as messages, its failure as the host error's class, code and texts (errorFromWire).
 * Snapshots cross once (protocol.ts). When the worker reports an error event (its script could not load),
 * every pending and later call runs on `fallback` instead, so the pane still works, only less smoothly.
 */
export function createWorkerEngine(worker: WorkerLike, fallback: KoersEngine): KoersEngine {
  const pending = new Map<number, Pending>();
  const refs = new WeakMap<WorkbookSnapshot, number>();
  let nextId = 1;
  let nextRef = 1;
  let broken = false;
  const release =
    typeof FinalizationRegistry === "undefined"
      ? null
      : new FinalizationRegistry<number>((ref) => {
          if (!broken) worker.postMessage({ type: "release", refs: [ref] });
        });

  const remember = (snapshot: WorkbookSnapshot, ref: number) => {
    refs.set(snapshot, ref);
    release?.register(snapshot, ref);
  };
  const handle = (snapshot: WorkbookSnapshot): SnapshotHandle => {
    const known = refs.get(snapshot);
    if (known !== undefined) return { ref: known };
    const ref = nextRef++;
    remember(snapshot, ref);
    return { ref, snapshot };
  };
  const wire = (inputs: GenerateInputs): WireInputs => ({
    ...inputs,
    workbooks: inputs.workbooks.map(handle),
    previous: inputs.previous ? handle(inputs.previous) : inputs.previous,
  });

  worker.addEventListener("message", ({ data: reply }) => {
    const waiting = pending.get(reply.id);
    if (!waiting) return;
    if (reply.type === "progress") {
      waiting.onProgress?.(reply.event);
      return;
    }
    pending.delete(reply.id);
    if (reply.type === "result") waiting.resolve(reply.value);
    else waiting.reject(errorFromWire(reply.error));
  });
  worker.addEventListener("error", () => {
    if (broken) return;
    broken = true;
    const waiting = [...pending.values()];
    pending.clear();
    for (const call of waiting) call.fallback().then(call.resolve, call.reject);
  });

  function call<T>(
    body: (id: number) => RequestBody,
    onFallback: () => Promise<T>,
    onProgress?: ProgressListener,
  ): Promise<T> {
    if (broken) return onFallback();
    const id = nextId++;
    return new Promise<T>((resolve, reject) => {
      pending.set(id, {
        resolve: resolve as (value: unknown) => void,
        reject,
        onProgress,
        fallback: onFallback,
      });
      worker.postMessage({ type: "request", id, ...body(id) } as EngineRequest);
    });
  }

  return {
    async readWorkbook(bytes, name, options = {}) {
      const resultRef = nextRef++;
      const read = await call<ReadWorkbook>(
        () => ({
          operation: "readWorkbook",
          bytes,
          name,
          withStored: options.withStored ?? false,
          resultRef,
        }),
        () => fallback.readWorkbook(bytes, name, options),
      );
      if (!broken) remember(read.snapshot, resultRef);
      return read;
    },
    analyze: (inputs) =>
      call(
        () => ({ operation: "analyze", inputs: wire(inputs) }),
        () => fallback.analyze(inputs),
      ),
    plan: (inputs, onProgress) =>
      call(
        () => ({ operation: "plan", inputs: wire(inputs) }),
        () => fallback.plan(inputs, onProgress),
        onProgress,
      ),
    writePreview: (original, inputs, onProgress) =>
      call<PreviewWritten>(
        () => ({ operation: "writePreview", original, inputs: wire(inputs) }),
        () => fallback.writePreview(original, inputs, onProgress),
        onProgress,
      ),
    writeGriffie: (inputs, onProgress) =>
      call(
        () => ({ operation: "writeGriffie", inputs: wire(inputs) }),
        () => fallback.writeGriffie(inputs, onProgress),
        onProgress,
      ),
  };
}
