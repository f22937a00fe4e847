import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import * as path from "path";
import JSZip from "jszip";
import { main } from "../../src/hosts/xlsx/node/cli";
import { readWorkbookSnapshot } from "../../src/hosts/xlsx/read";
import { createRandom, type Random } from "../support/fixtures";

/**
 * A bounded fuzz run of the CLI: workbooks from examples/ mutated as damaged files are damaged (flipped
 * bytes, a cut-off file, a part cut short, XML shuffled or cut inside an otherwise valid zip, a part gone,
 * numbers made huge or negative), each summarised in-process with --out and --json (every fourth also
 * --griffie). Seeded, so a failure names a case that replays the same way.
 */

const examples = path.join(__dirname, "../../examples");
const cases = 200;
const seed = 18;
/** One run past this is a hang (a normal one takes well under a second). */
const slowRunMilliseconds = 5000;

type Mutation = (bytes: Uint8Array, random: Random) => Promise<Uint8Array>;

async function rezip(bytes: Uint8Array, change: (zip: JSZip, xmlParts: string[]) => Promise<void>) {
  const zip = await JSZip.loadAsync(bytes);
  const xmlParts = Object.keys(zip.files).filter((name) => /\.(xml|rels)$/.test(name));
  await change(zip, xmlParts);
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
}

/** Changes the text of one random XML part of the package. */
const inPart =
  (change: (text: string, random: Random) => string): Mutation =>
  (bytes, random) =>
    rezip(bytes, async (zip, parts) => {
      const name = random.pick(parts);
      zip.file(name, change(await zip.file(name)!.async("string"), random));
    });

const mutations: Record<string, Mutation> = {
  "flipped bytes": async (bytes, random) => {
    const copy = bytes.slice();
    for (let count = random.integer(1, 12); count > 0; count--) {
      copy[random.integer(0, copy.length - 1)] ^= 1 << random.integer(0, 7);
    }
    return copy;
  },
  "file cut off": async (bytes, random) => bytes.slice(0, random.integer(0, bytes.length - 1)),
  "part cut short": inPart((text, random) => text.slice(0, random.integer(0, text.length))),
  "slice of XML cut out": inPart((text, random) => {
    const start = random.integer(0, text.length);
    return text.slice(0, start) + text.slice(Math.min(text.length, start + random.integer(1, 400)));
  }),
  "tags shuffled": inPart((text, random) => {
    const pieces = text.split(/(?=<)/);
    for (let count = random.integer(1, 6); count > 0; count--) {
      const [a, b] = [random.integer(0, pieces.length - 1), random.integer(0, pieces.length - 1)];
      [pieces[a], pieces[b]] = [pieces[b], pieces[a]];
    }
    return pieces.join("");
  }),
  "markup characters sprinkled": inPart((text, random) => {
    const characters = [...text];
    for (let count = random.integer(1, 20); count > 0; count--) {
      characters[random.integer(0, characters.length - 1)] = random.pick([
        "<",
        ">",
        '"',
        "&",
        "/",
        "=",
        "9",
        "-",
      ]);
    }
    return characters.join("");
  }),
  "numbers made odd": inPart((text, random) =>
    text.replace(/"(\d+)"/g, (whole) =>
      random.next() < 0.2
        ? `"${random.pick(["0", "-5", "99999999", "1e308", "NaN", "4294967296", ""])}"`
        : whole,
    ),
  ),
  "part removed": (bytes, random) =>
    rezip(bytes, async (zip) => {
      zip.remove(random.pick(Object.keys(zip.files).filter((name) => !zip.files[name].dir)));
    }),
};

/** What no run may show: a stack trace or an engine's own message instead of a sentence. */
const engineTalk =
  /\n\s+at |TypeError|RangeError|SyntaxError|ReferenceError|Cannot (?:read|set) propert|is not a function|is not iterable|Invalid array length|Maximum call stack|invalid (?:bit length|distance|code|block)|\[object Object\]|undefined/;

interface Outcome {
  case: string;
  code: number;
  engineTalk: string | null;
  inputChanged: boolean;
  partialOutput: boolean;
  unreadableOutput: boolean;
  milliseconds: number;
}

describe("fuzzed workbooks through the CLI", () => {
  let directory: string;
  beforeAll(() => {
    directory = mkdtempSync(path.join(tmpdir(), "koers-fuzz-"));
  });
  afterAll(() => rmSync(directory, { recursive: true, force: true }));

  it(`${cases} mutated example workbooks: no crash, no engine message, exit 0 or 1, input unchanged`, async () => {
    const sources = readdirSync(examples)
      .filter((name) => name.endsWith(".xlsx"))
      .sort()
      .map((name) => ({ name, bytes: new Uint8Array(readFileSync(path.join(examples, name))) }));
    const random = createRandom(seed);
    const names = Object.keys(mutations);
    const outcomes: Outcome[] = [];
    const started = Date.now();
    for (let index = 0; index < cases; index++) {
      const source = sources[index % sources.length];
      const mutation = names[Math.floor(index / sources.length) % names.length];
      const label = `#${index} ${mutation} of ${source.name}`;
      const bytes = await mutations[mutation](source.bytes, random);
      const caseDirectory = path.join(directory, String(index));
      const input = path.join(directory, `${index}.xlsx`);
      writeFileSync(input, bytes);
      const out = path.join(directory, `${index} uit.xlsx`);
      const json = path.join(directory, `${index}.json`);
      const griffie = index % 4 === 0 ? ["--griffie", `${caseDirectory}/`] : [];
      if (griffie.length > 0) rmSync(caseDirectory, { recursive: true, force: true });
      let said = "";
      const write = (text: string) => (said += text);
      let code: number;
      const runStarted = Date.now();
      try {
        code = await main(
          ["summarize", input, "--out", out, "--json", json, "--date", "2025-03-01", ...griffie],
          {
            stdout: write,
            stderr: write,
          },
        );
      } catch (error) {
        code = -1;
        said += `\nthrown: ${String(error)}`;
      }
      const milliseconds = Date.now() - runStarted;
      const written = existsSync(out);
      let unreadableOutput = false;
      if (code === 0 && written) {
        unreadableOutput = await readWorkbookSnapshot(readFileSync(out), "uit.xlsx").then(
          () => false,
          () => true,
        );
      }
      outcomes.push({
        case: label,
        code,
        engineTalk: engineTalk.exec(said)?.[0] ?? null,
        inputChanged: Buffer.compare(readFileSync(input), Buffer.from(bytes)) !== 0,
        partialOutput: code !== 0 && (written || existsSync(json)),
        unreadableOutput,
        milliseconds,
      });
    }
    const seconds = (Date.now() - started) / 1000;
    const bad = outcomes.filter(
      (outcome) =>
        ![0, 1].includes(outcome.code) ||
        outcome.engineTalk !== null ||
        outcome.inputChanged ||
        outcome.partialOutput ||
        outcome.unreadableOutput ||
        outcome.milliseconds > slowRunMilliseconds,
    );
    expect(bad).toEqual([]);
    // Both kinds must occur, or the mutations stopped reaching the analysis (or stopped breaking anything).
    const codes = new Set(outcomes.map((outcome) => outcome.code));
    expect([...codes].sort()).toEqual([0, 1]);
    expect(seconds).toBeLessThan(60);
  }, 180_000);
});
