import * as zlib from "node:zlib";
import {
  deflateLevel,
  InflateBudget,
  inflateLimitError,
  openJszipStore,
  type PackageStore,
  type PartReader,
} from "../package/parts";
import { fromUtf8, utf8 } from "../package/xml";

/**
 * Zip reading and writing on Node's zlib, for the CLI: a large sheet inflates and deflates several times
 * faster than through JSZip's JavaScript (pako) streams, and parts are decoded only when asked for.
 * Node only; the browser and the pane use JSZip. Anything out of the ordinary (zip64, encryption,
 * methods other than stored and deflated, spanned archives, headers that disagree) is left to JSZip,
 * which also words the errors of damaged files.
 */

const signature = { localHeader: 0x04034b50, centralHeader: 0x02014b50, endOfCentralDirectory: 0x06054b50 };
const method = { stored: 0, deflated: 8 };
const flag = { encrypted: 0x0001, dataDescriptor: 0x0008, utf8Names: 0x0800 };
/** "Version needed to extract" and "made by" 2.0 (deflate), MS-DOS attributes, as JSZip writes them. */
const zipVersion = 20;

interface Entry {
  nameBytes: Uint8Array;
  flags: number;
  method: number;
  dosTime: number;
  dosDate: number;
  crc: number;
  uncompressedSize: number;
  /** The compressed bytes as they are stored. */
  data: Uint8Array;
  /** The uncompressed bytes, when known (written or read before). */
  content?: Uint8Array;
}

/** A PartReader over zip bytes, or null when the zip is unusual (then use JSZip). */
export function zlibPartReader(bytes: Uint8Array): PartReader | null {
  const entries = readEntries(bytes);
  if (!entries) return null;
  const budget = new InflateBudget();
  return async (path) => {
    const entry = entries.get(path);
    return entry ? fromUtf8(contentOf(path, entry, budget)) : null;
  };
}

/** A PackageStore on Node's zlib; an unusual zip opens with JSZip instead. */
export async function openZlibStore(bytes: Uint8Array): Promise<PackageStore> {
  const entries = readEntries(bytes);
  return entries ? new ZlibStore(entries) : openJszipStore(bytes);
}

class ZlibStore implements PackageStore {
  private readonly budget = new InflateBudget();
  constructor(private readonly entries: Map<string, Entry>) {}

  paths(): string[] {
    return [...this.entries.keys()];
  }

  has(path: string): boolean {
    return this.entries.has(path);
  }

  async read(path: string): Promise<Uint8Array | null> {
    const entry = this.entries.get(path);
    return entry ? contentOf(path, entry, this.budget) : null;
  }

  write(path: string, content: Uint8Array, date: Date): void {
    this.setDeflated(path, date, {
      crc: crc32(content),
      uncompressedSize: content.length,
      data: zlib.deflateRawSync(content, { level: deflateLevel }),
      content,
    });
  }

  /** Stores a deflated entry, keeping the time stamp of the entry it replaces (so a rewrite is byte-stable). */
  private setDeflated(
    path: string,
    date: Date,
    deflated: Pick<Entry, "crc" | "uncompressedSize" | "data" | "content">,
  ): void {
    const existing = this.entries.get(path);
    const [dosTime, dosDate] = existing ? [existing.dosTime, existing.dosDate] : dosDateTime(date);
    const nameBytes = utf8(path);
    this.entries.set(path, {
      nameBytes,
      flags: nameBytes.some((byte) => byte > 0x7f) ? flag.utf8Names : 0,
      method: method.deflated,
      dosTime,
      dosDate,
      ...deflated,
    });
  }

  /**
   * Encodes and deflates chunk by chunk: zlib's output does not depend on how the input is cut, so the
   * entry is the one `write` makes of the whole text, without the text, its bytes or the whole deflate
   * input held at once (a Trends sheet of 30,000 rows is 37 MB of XML). Its content is not kept; a later
   * read inflates it again.
   */
  async writeText(path: string, chunks: Iterable<string>, date: Date): Promise<void> {
    const deflater = zlib.createDeflateRaw({ level: deflateLevel });
    const output: Buffer[] = [];
    deflater.on("data", (piece: Buffer) => output.push(piece));
    const ended = new Promise<void>((resolve, reject) => {
      deflater.on("end", resolve);
      deflater.on("error", reject);
    });
    let crc = 0;
    let size = 0;
    for (const chunk of chunks) {
      const bytes = Buffer.from(chunk, "utf8");
      crc = crc32(bytes, crc);
      size += bytes.length;
      if (!deflater.write(bytes)) await new Promise((resolve) => deflater.once("drain", resolve));
    }
    deflater.end();
    await ended;
    this.setDeflated(path, date, { crc, uncompressedSize: size, data: Buffer.concat(output) });
  }

  remove(path: string): void {
    this.entries.delete(path);
  }

  async save(): Promise<Uint8Array> {
    const entries = [...this.entries.values()];
    const localSize = entries.reduce(
      (sum, entry) => sum + 30 + entry.nameBytes.length + entry.data.length,
      0,
    );
    const centralSize = entries.reduce((sum, entry) => sum + 46 + entry.nameBytes.length, 0);
    const output = new Uint8Array(localSize + centralSize + 22);
    const view = new DataView(output.buffer);
    const offsets: number[] = [];
    let offset = 0;
    for (const entry of entries) {
      offsets.push(offset);
      view.setUint32(offset, signature.localHeader, true);
      writeEntryFields(view, offset + 4, entry);
      output.set(entry.nameBytes, offset + 30);
      output.set(entry.data, offset + 30 + entry.nameBytes.length);
      offset += 30 + entry.nameBytes.length + entry.data.length;
    }
    const centralStart = offset;
    entries.forEach((entry, index) => {
      view.setUint32(offset, signature.centralHeader, true);
      view.setUint16(offset + 4, zipVersion, true);
      writeEntryFields(view, offset + 6, entry);
      // Comment, disk number, internal and external attributes: all zero.
      view.setUint32(offset + 42, offsets[index], true);
      output.set(entry.nameBytes, offset + 46);
      offset += 46 + entry.nameBytes.length;
    });
    view.setUint32(offset, signature.endOfCentralDirectory, true);
    view.setUint16(offset + 8, entries.length, true);
    view.setUint16(offset + 10, entries.length, true);
    view.setUint32(offset + 12, offset - centralStart, true);
    view.setUint32(offset + 16, centralStart, true);
    return output;
  }
}

/**
 * The fields local and central headers share, from "version needed" to "extra field length" (26 bytes):
 * sizes and CRC stand in the header, so no data descriptor follows, and no extra field is written.
 */
function writeEntryFields(view: DataView, at: number, entry: Entry): void {
  view.setUint16(at, zipVersion, true);
  view.setUint16(at + 2, entry.flags & ~flag.dataDescriptor, true);
  view.setUint16(at + 4, entry.method, true);
  view.setUint16(at + 6, entry.dosTime, true);
  view.setUint16(at + 8, entry.dosDate, true);
  view.setUint32(at + 10, entry.crc, true);
  view.setUint32(at + 14, entry.data.length, true);
  view.setUint32(at + 18, entry.uncompressedSize, true);
  view.setUint16(at + 22, entry.nameBytes.length, true);
  view.setUint16(at + 24, 0, true);
}

/** A part's bytes, inflated within the budget: zlib stops at maxOutputLength, so a lying size costs no more. */
function contentOf(path: string, entry: Entry, budget: InflateBudget): Uint8Array {
  if (!entry.content) {
    const allowance = budget.allowance();
    if (entry.uncompressedSize > allowance) throw inflateLimitError(path);
    let content: Uint8Array;
    try {
      content =
        entry.method === method.deflated
          ? zlib.inflateRawSync(entry.data, { maxOutputLength: Math.max(1, allowance) })
          : entry.data;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === "ERR_BUFFER_TOO_LARGE") throw inflateLimitError(path);
      throw new Error(`part ${path} cannot be inflated (damaged data)`, { cause: error });
    }
    budget.take(path, content.length);
    if (content.length !== entry.uncompressedSize)
      throw new Error(
        `part ${path} has ${content.length} bytes where the zip says ${entry.uncompressedSize}`,
      );
    entry.content = content;
  }
  return entry.content;
}

/** The entries of a plain zip in central-directory order, or null when anything is out of the ordinary. */
function readEntries(bytes: Uint8Array): Map<string, Entry> | null {
  if (bytes.length < 22) return null;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let end = -1;
  for (let offset = bytes.length - 22; offset >= Math.max(0, bytes.length - 65557); offset--) {
    if (view.getUint32(offset, true) === signature.endOfCentralDirectory) {
      end = offset;
      break;
    }
  }
  if (end < 0) return null;
  const disk = view.getUint16(end + 4, true);
  const count = view.getUint16(end + 10, true);
  const directorySize = view.getUint32(end + 12, true);
  let offset = view.getUint32(end + 16, true);
  // 0xFFFF / 0xFFFFFFFF mark zip64; a non-zero disk number a spanned archive.
  if (disk !== 0 || count === 0xffff || offset === 0xffffffff || offset + directorySize > end) return null;
  const entries = new Map<string, Entry>();
  for (let index = 0; index < count; index++) {
    if (offset + 46 > end || view.getUint32(offset, true) !== signature.centralHeader) return null;
    const flags = view.getUint16(offset + 8, true);
    const entryMethod = view.getUint16(offset + 10, true);
    const compressedSize = view.getUint32(offset + 20, true);
    const uncompressedSize = view.getUint32(offset + 24, true);
    const nameLength = view.getUint16(offset + 28, true);
    const extraLength = view.getUint16(offset + 30, true);
    const commentLength = view.getUint16(offset + 32, true);
    const localOffset = view.getUint32(offset + 42, true);
    if (flags & flag.encrypted) return null;
    if (entryMethod !== method.stored && entryMethod !== method.deflated) return null;
    if (compressedSize === 0xffffffff || uncompressedSize === 0xffffffff || localOffset === 0xffffffff)
      return null;
    if (localOffset + 30 > bytes.length || view.getUint32(localOffset, true) !== signature.localHeader)
      return null;
    const dataOffset =
      localOffset + 30 + view.getUint16(localOffset + 26, true) + view.getUint16(localOffset + 28, true);
    if (dataOffset + compressedSize > bytes.length) return null;
    const nameBytes = bytes.slice(offset + 46, offset + 46 + nameLength);
    const name = fromUtf8(nameBytes);
    if (!name.endsWith("/") && !entries.has(name)) {
      entries.set(name, {
        nameBytes,
        flags,
        method: entryMethod,
        dosTime: view.getUint16(offset + 12, true),
        dosDate: view.getUint16(offset + 14, true),
        crc: view.getUint32(offset + 16, true),
        uncompressedSize,
        data: bytes.subarray(dataOffset, dataOffset + compressedSize),
      });
    }
    offset += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

/** MS-DOS time and date of a moment, in UTC as JSZip writes them. */
function dosDateTime(date: Date): [number, number] {
  const time =
    (date.getUTCHours() << 11) | (date.getUTCMinutes() << 5) | Math.floor(date.getUTCSeconds() / 2);
  const day = ((date.getUTCFullYear() - 1980) << 9) | ((date.getUTCMonth() + 1) << 5) | date.getUTCDate();
  return [time, day];
}

let crcTable: Uint32Array | null = null;

/**
 * CRC-32 of bytes, continuing from `previous` (the CRC of the bytes before them): zlib's own where Node
 * has it (20.15 and later), else a table-driven one.
 */
function crc32(bytes: Uint8Array, previous = 0): number {
  const native = (zlib as { crc32?: (data: Uint8Array, value?: number) => number }).crc32;
  if (native) return native(bytes, previous);
  crcTable ??= Uint32Array.from({ length: 256 }, (_, index) => {
    let value = index;
    for (let bit = 0; bit < 8; bit++) value = value & 1 ? 0xedb88320 ^ (value >>> 1) : value >>> 1;
    return value >>> 0;
  });
  let crc = (previous ^ 0xffffffff) >>> 0;
  for (const byte of bytes) crc = crcTable[(crc ^ byte) & 0xff] ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}
