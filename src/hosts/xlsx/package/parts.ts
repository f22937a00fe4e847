import type JSZip from "jszip";
import { HostReadError, hostMessage } from "../../../core";
import { isStrictPackage, transitionalXml } from "./strictConformance";
import { utf8 } from "./xml";

/**
 * How much a package may inflate to: per part and in all (a zip bomb of a few MB would otherwise take
 * gigabytes and end the process). A part that says it is smaller than it is, is stopped at the limit too.
 */
export const inflateLimits = { partBytes: 256 * 1024 * 1024, totalBytes: 1024 * 1024 * 1024 };

/** The error for a part past the limits. */
export function inflateLimitError(path: string): HostReadError {
  const megabytes = (bytes: number) => `${Math.round(bytes / 1048576)} MB`;
  return new HostReadError(
    hostMessage("package-too-large-to-unpack", {
      part: path,
      partLimit: megabytes(inflateLimits.partBytes),
      totalLimit: megabytes(inflateLimits.totalBytes),
    }),
  );
}

interface JszipStream {
  on(event: "data", listener: (chunk: Uint8Array) => void): JszipStream;
  on(event: "error", listener: (error: Error) => void): JszipStream;
  on(event: "end", listener: () => void): JszipStream;
  pause(): JszipStream;
  resume(): JszipStream;
}

/** Counts inflated bytes of one opened package against inflateLimits. */
export class InflateBudget {
  private used = 0;
  /** Bytes the next part may take. */
  allowance(): number {
    return Math.max(0, Math.min(inflateLimits.partBytes, inflateLimits.totalBytes - this.used));
  }
  /** Books a part's size; throws when it passes the limits. */
  take(path: string, bytes: number): void {
    if (bytes > this.allowance()) throw inflateLimitError(path);
    this.used += bytes;
  }
}

/**
 * What the reader needs of an opened package: the text (UTF-8) of a part by its path, null when the package
 * has no such part. JSZip provides it everywhere; the CLI has a faster one on Node's zlib (node/zlibZip.ts).
 */
export type PartReader = (path: string) => Promise<string | null>;

/**
 * JSZip, loaded on first use: the CLI reads and writes with Node's zlib and needs JSZip only for unusual
 * zips, which saves loading it on every run. In the browser bundle it stays in the chunk that asks for it.
 */
export async function loadJszip(): Promise<typeof JSZip> {
  return (await import(/* webpackMode: "eager" */ "jszip")).default;
}

/** A PartReader over a package JSZip has loaded, within inflateLimits. */
export function jszipPartReader(zip: JSZip): PartReader {
  const budget = new InflateBudget();
  return async (path) => {
    const file = zip.file(path);
    if (!file) return null;
    return new TextDecoder().decode(await inflateWithin(file, path, budget));
  };
}

/**
 * A JSZip entry's bytes, streamed and counted: refused before inflating when its declared size passes the
 * budget, stopped as soon as the inflated bytes do (a part that lies about its size).
 */
export function inflateWithin(
  file: JSZip.JSZipObject,
  path: string,
  budget: InflateBudget,
): Promise<Uint8Array> {
  const declared = (file as unknown as { _data?: { uncompressedSize?: number } })._data?.uncompressedSize;
  const allowance = budget.allowance();
  if (typeof declared === "number" && declared > allowance) return Promise.reject(inflateLimitError(path));
  return new Promise((resolve, reject) => {
    const chunks: Uint8Array[] = [];
    let size = 0;
    let stopped = false;
    // NOTE: internalStream is JSZip's public streaming API, missing from its type declarations.
    const stream = (file as unknown as { internalStream(type: "uint8array"): JszipStream }).internalStream(
      "uint8array",
    );
    stream
      .on("data", (chunk: Uint8Array) => {
        if (stopped) return;
        size += chunk.length;
        if (size > allowance) {
          stopped = true;
          stream.pause();
          reject(inflateLimitError(path));
          return;
        }
        chunks.push(chunk);
      })
      .on("error", (error: Error) => {
        if (!stopped) reject(error);
        stopped = true;
      })
      .on("end", () => {
        if (stopped) return;
        try {
          budget.take(path, size);
        } catch (error) {
          reject(error);
          return;
        }
        const bytes = new Uint8Array(size);
        let offset = 0;
        for (const chunk of chunks) {
          bytes.set(chunk, offset);
          offset += chunk.length;
        }
        resolve(bytes);
      })
      .resume();
  });
}

/** A faster package reader (the CLI's zlib one); null leaves the package to JSZip. */
export type OpenParts = (bytes: Uint8Array) => PartReader | null;

/**
 * Opens a package for reading with `openParts` when it takes it, else with JSZip (which rejects a non-zip).
 * A Strict Open XML package reads with the transitional names (strictConformance.ts), so every reader sees
 * one vocabulary.
 */
export async function openPartReader(bytes: Uint8Array, openParts?: OpenParts): Promise<PartReader> {
  const read = openParts?.(bytes) ?? jszipPartReader(await (await loadJszip()).loadAsync(bytes));
  // NOTE: a damaged root part is reported by the reader that needs it, not here.
  const rootRelationships = await read("_rels/.rels").catch(() => null);
  if (!isStrictPackage(rootRelationships)) return read;
  return async (path) => {
    const text = await read(path);
    return text === null ? null : transitionalXml(text);
  };
}

/**
 * The zip of a package as WorkbookPackage edits it. Parts keep their order; a part written anew keeps its
 * place and its date, a new part goes at the end with the date given. Parts never written or read keep
 * their compressed bytes.
 */
export interface PackageStore {
  /** Part paths (files, not folders) in package order. */
  paths(): string[];
  has(path: string): boolean;
  read(path: string): Promise<Uint8Array | null>;
  write(path: string, content: Uint8Array, date: Date): void;
  /**
   * Writes a part given as text in chunks (each chunk valid UTF-16 on its own), as `write` would write
   * their UTF-8 bytes: the same zip entry, byte for byte, without the whole text in memory at once
   * where the store can stream.
   */
  writeText(path: string, chunks: Iterable<string>, date: Date): Promise<void>;
  remove(path: string): void;
  /** The package as zip bytes. */
  save(): Promise<Uint8Array>;
}

/** Opens zip bytes as a PackageStore; rejects when the bytes are not a zip. */
export type OpenPackageStore = (bytes: Uint8Array) => Promise<PackageStore>;

/** Deflate level for parts Koers writes. */
// NOTE: levels 1–3 use deflate's fast matcher; level 6 took about 1.5× the time for a few percent smaller files.
export const deflateLevel = 3;

/** A PackageStore on JSZip: browser and Node alike. */
export async function openJszipStore(bytes: Uint8Array): Promise<PackageStore> {
  const zip = await (await loadJszip()).loadAsync(bytes);
  const budget = new InflateBudget();
  const write = (path: string, content: Uint8Array, date: Date) => {
    const existing = zip.file(path);
    zip.file(path, content, { date: existing?.date ?? date, binary: true, createFolders: false });
  };
  return {
    paths: () => Object.keys(zip.files).filter((path) => !zip.files[path].dir),
    has: (path) => zip.file(path) !== null,
    read: async (path) => {
      const file = zip.file(path);
      return file ? inflateWithin(file, path, budget) : null;
    },
    write,
    writeText: async (path, chunks, date) => {
      let text = "";
      for (const chunk of chunks) text += chunk;
      write(path, utf8(text), date);
    },
    remove: (path) => {
      zip.remove(path);
    },
    save: () =>
      zip.generateAsync({
        type: "uint8array",
        compression: "DEFLATE",
        compressionOptions: { level: deflateLevel },
        platform: "DOS",
      }),
  };
}
