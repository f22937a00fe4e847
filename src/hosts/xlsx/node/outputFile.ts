import { promises as fs } from "node:fs";

/** Characters of a text written at a time (about 4 MB of UTF-8 for report.json's mostly ASCII). */
const textSlice = 4 * 1024 * 1024;

/**
 * Writes an output to a new file, refused (EEXIST) when one exists. A text goes out as UTF-8 in slices, so no
 * Buffer as large as the whole text is made: report.json of a 300,000-row table is 63 MB, and one Buffer of it
 * took the CLI's peak over 500 MB. A slice never ends inside a surrogate pair, which would write a broken
 * character.
 */
export async function writeNewFile(
  file: string,
  data: Uint8Array | string,
  sliceLength = textSlice,
): Promise<void> {
  const handle = await fs.open(file, "wx");
  try {
    if (typeof data !== "string") {
      await handle.writeFile(data);
      return;
    }
    for (let start = 0; start < data.length;) {
      let end = Math.min(data.length, start + sliceLength);
      const last = data.charCodeAt(end - 1);
      // A high surrogate last: its low half goes into this slice too.
      if (end < data.length && last >= 0xd800 && last <= 0xdbff) end++;
      // NOTE: writeFile on a handle writes on from its position, until the whole slice is written.
      await handle.writeFile(data.slice(start, end), "utf8");
      start = end;
    }
  } finally {
    await handle.close();
  }
}
