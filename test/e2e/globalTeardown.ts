import type { StaticServer } from "./staticServer";

/** Stops the static server globalSetup started. */
export default async function globalTeardown(): Promise<void> {
  const holder = globalThis as { __koersServer?: StaticServer };
  await holder.__koersServer?.close();
  delete holder.__koersServer;
}
