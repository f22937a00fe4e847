/**
 * The messages between the pane and the engine's worker (structured clone). A workbook snapshot crosses
 * once: the side that first holds it sends it with a number (`ref`) the client chose, the worker keeps it
 * under that number, and later requests name it by number only, so a settings change does not copy 20,000
 * rows again. The client releases a number when its snapshot is garbage-collected.
 */
import {
  HostReadError,
  HostWriteError,
  KoersError,
  UnsupportedApiError,
  type GenerateInputs,
  type HostMessageCode,
  type WorkbookSnapshot,
} from "../../core";
import type { ProgressEvent } from "../host";

/** A snapshot the worker keeps (`ref` only) or is given now (`snapshot` with the `ref` to keep it under). */
export interface SnapshotHandle {
  ref: number;
  snapshot?: WorkbookSnapshot;
}

/** GenerateInputs with each snapshot as a handle. */
export interface WireInputs extends Omit<GenerateInputs, "workbooks" | "previous"> {
  workbooks: SnapshotHandle[];
  /** null and absent keep their meaning in GenerateInputs. */
  previous?: SnapshotHandle | null;
}

/** A request: `resultRef` is the number the worker keeps a snapshot it returns under. */
export type EngineRequest =
  | {
      type: "request";
      id: number;
      operation: "readWorkbook";
      bytes: Uint8Array;
      name: string;
      withStored: boolean;
      resultRef: number;
    }
  | { type: "request"; id: number; operation: "analyze" | "plan" | "writeGriffie"; inputs: WireInputs }
  | { type: "request"; id: number; operation: "writePreview"; original: Uint8Array; inputs: WireInputs }
  | { type: "release"; refs: number[] };

/** A failure as it crosses: the KoersError class, its host message code and texts, or a plain message. */
export interface WireError {
  kind: "HostReadError" | "HostWriteError" | "UnsupportedApiError" | "KoersError" | "Error";
  message: string;
  code: HostMessageCode | null;
  texts: { nl: string; en: string } | null;
  requirement?: string;
}

export type EngineReply =
  | { type: "progress"; id: number; event: ProgressEvent }
  | { type: "result"; id: number; value: unknown }
  | { type: "failure"; id: number; error: WireError };

/** A thrown value as it crosses to the pane. */
export function errorToWire(error: unknown): WireError {
  if (error instanceof KoersError) {
    const kind =
      error instanceof UnsupportedApiError
        ? "UnsupportedApiError"
        : error instanceof HostReadError
          ? "HostReadError"
          : error instanceof HostWriteError
            ? "HostWriteError"
            : "KoersError";
    return {
      kind,
      message: error.message,
      code: error.code,
      texts: error.texts,
      ...(error instanceof UnsupportedApiError ? { requirement: error.requirement } : {}),
    };
  }
  return {
    kind: "Error",
    message: error instanceof Error ? error.message : String(error),
    code: null,
    texts: null,
  };
}

/** The error the pane throws for a failure from the worker: the same class, code and texts as in-thread. */
export function errorFromWire(wire: WireError): Error {
  const message = wire.code && wire.texts ? { code: wire.code, ...wire.texts } : wire.message;
  switch (wire.kind) {
    case "HostReadError":
      return new HostReadError(message);
    case "HostWriteError":
      return new HostWriteError(message);
    case "UnsupportedApiError":
      return new UnsupportedApiError(wire.requirement ?? "", message);
    case "KoersError":
      return new KoersError(message);
    default:
      return new Error(wire.message);
  }
}
