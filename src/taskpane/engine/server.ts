import type { GenerateInputs, WorkbookSnapshot } from "../../core";
import type { KoersEngine } from "./engine";
import {
  errorToWire,
  type EngineReply,
  type EngineRequest,
  type SnapshotHandle,
  type WireInputs,
} from "./protocol";

/** The side of a worker (or a fake one in tests) that the engine answers through. */
export interface EnginePort {
  postMessage(message: EngineReply): void;
  addEventListener(type: "message", listener: (event: { data: EngineRequest }) => void): void;
}

/**
 * Answers the client's requests with `engine` (in the worker: the in-thread engine): each request's
 * progress, then its result or its failure. Keeps the snapshots the client sent or was sent until released.
 */
export function serveEngine(port: EnginePort, engine: KoersEngine): void {
  const snapshots = new Map<number, WorkbookSnapshot>();

  const resolve = (handle: SnapshotHandle): WorkbookSnapshot => {
    if (handle.snapshot) snapshots.set(handle.ref, handle.snapshot);
    const snapshot = snapshots.get(handle.ref);
    if (!snapshot) throw new RangeError(`The engine holds no snapshot ${handle.ref}.`);
    return snapshot;
  };
  const inputsOf = (wire: WireInputs): GenerateInputs => ({
    ...wire,
    workbooks: wire.workbooks.map(resolve),
    previous: wire.previous ? resolve(wire.previous) : wire.previous,
  });

  port.addEventListener("message", ({ data: request }) => {
    if (request.type === "release") {
      for (const ref of request.refs) snapshots.delete(ref);
      return;
    }
    const { id } = request;
    const progress = (event: EngineReply & { type: "progress" }) => port.postMessage(event);
    const onProgress = (event: Parameters<typeof progress>[0]["event"]) =>
      progress({ type: "progress", id, event });
    const run = async (): Promise<unknown> => {
      switch (request.operation) {
        case "readWorkbook": {
          const read = await engine.readWorkbook(request.bytes, request.name, {
            withStored: request.withStored,
          });
          snapshots.set(request.resultRef, read.snapshot);
          return read;
        }
        case "analyze":
          return engine.analyze(inputsOf(request.inputs));
        case "plan":
          return engine.plan(inputsOf(request.inputs), onProgress);
        case "writeGriffie":
          return engine.writeGriffie(inputsOf(request.inputs), onProgress);
        case "writePreview":
          return engine.writePreview(request.original, inputsOf(request.inputs), onProgress);
      }
    };
    run().then(
      (value) => port.postMessage({ type: "result", id, value }),
      (error: unknown) => port.postMessage({ type: "failure", id, error: errorToWire(error) }),
    );
  });
}
