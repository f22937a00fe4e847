import type JSZip from "jszip";

/**
 * What the reader needs of an opened package: the text (UTF-8) of a part by its path, null when the package
 * has no such part. JSZip provides it everywhere; the CLI has a faster one on Node's zlib (zlibZip.ts).
 */
export type PartReader = (path: string) => Promise<string | null>;

/**
 * JSZip, loaded on first use: the CLI reads and writes with Node's zlib and needs JSZip only for unusual
 * zips, which saves loading it on every run. In the browser bundle it stays in the chunk that asks for it.
 */
export async function loadJszip(): Promise<typeof JSZip> {
  return (await import(/* webpackMode: "eager" */ "jszip")).default;
}

/** A PartReader over a package JSZip has loaded. */
export function jszipPartReader(zip: JSZip): PartReader {
  return async (path) => (await zip.file(path)?.async("string")) ?? null;
}

/** A faster package reader (the CLI's zlib one); null leaves the package to JSZip. */
export type OpenParts = (bytes: Uint8Array) => PartReader | null;

/** Opens a package for reading with `openParts` when it takes it, else with JSZip (which rejects a non-zip). */
export async function openPartReader(bytes: Uint8Array, openParts?: OpenParts): Promise<PartReader> {
  return openParts?.(bytes) ?? jszipPartReader(await (await loadJszip()).loadAsync(bytes));
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
  return {
    paths: () => Object.keys(zip.files).filter((path) => !zip.files[path].dir),
    has: (path) => zip.file(path) !== null,
    read: async (path) => (await zip.file(path)?.async("uint8array")) ?? null,
    write: (path, content, date) => {
      const existing = zip.file(path);
      zip.file(path, content, { date: existing?.date ?? date, binary: true, createFolders: false });
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
