/**
 * The pane's Web Worker (started by engine/startEngine.ts): runs core's analysis and plan and the xlsx
 * package code on the snapshots and files the pane sends, so no long task blocks the pane's thread.
 */
import { createInThreadEngine } from "./engine";
import { serveEngine, type EnginePort } from "./server";

serveEngine(globalThis as unknown as EnginePort, createInThreadEngine());
