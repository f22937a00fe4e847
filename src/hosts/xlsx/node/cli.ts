import { existsSync, promises as fs, readFileSync } from "fs";
import * as path from "path";
import { Command, CommanderError, Option } from "commander";
import {
  formatLongDate,
  hostMessage,
  HostReadError,
  HostWriteError,
  KoersError,
  localIsoDate,
  maskReport,
  maskText,
} from "../../../core";
import type { Language, Report, WorkbookSnapshot } from "../../../core";
import {
  type CopyLeak,
  generateFromFiles,
  type GenerateOptions,
  type GenerateStep,
  inspectWorkbookFile,
  readWorkbookSnapshot,
  scanGriffieCopy,
  storedDataOf,
  type WorkbookFile,
  type WorkbookFormat,
} from "..";
import { tuneHeapFor } from "./heap";
import { openZlibStore, zlibPartReader } from "./zlibZip";
import { writeNewFile } from "./outputFile";

/**
 * The `koers` command line (docs/contracts.md "CLI"):
 *   koers summarize <workbook.xlsx> [more.xlsx …] [--previous old.xlsx] [--out out.xlsx]
 *         [--json report.json] [--date YYYY-MM-DD] [--lang nl|en] [--griffie copy.xlsx|directory]
 *         [--title T] [--organisation O] [--final] [--unmasked]
 * stdout and report.json show personal data masked ("j***@example.nl") unless --unmasked; the griffie
 * copy never holds it.
 * Exit codes: 0 done (also with findings), 1 a file that cannot be read or written, 2 bad arguments.
 * Errors are one line in the chosen language, never a stack trace.
 */

export interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  /** Today as yyyy-mm-dd (the default --date); injectable for tests. */
  today: () => string;
  /** Snapshot reader override (tests). */
  readSnapshot?: GenerateOptions["readSnapshot"];
  /** Test seam: changes the griffie copy's bytes before they are written, standing in for a writer defect. */
  alterGriffie?: (bytes: Uint8Array) => Promise<Uint8Array>;
}

export const exitCodes = { ok: 0, unreadable: 1, badArguments: 2 } as const;

const messages = {
  nl: {
    description:
      "Vat een werkmap met activiteiten en criminaliteitscijfers samen en schrijft de overzichtsbladen erbij.",
    missing: (file: string) => `bestand niet gevonden: ${file}`,
    notAWorkbook: (file: string) => `${file} is geen Excel-werkmap (.xlsx).`,
    encrypted: (file: string) =>
      `${file} is met een wachtwoord beveiligd; sla het op zonder wachtwoord en probeer opnieuw.`,
    legacyXls: (file: string) => `${file} is een oud .xls-bestand; sla het in Excel op als .xlsx.`,
    openDocument: (file: string) => hostMessage("file-open-document", { file }).nl,
    binaryWorkbook: (file: string) => hostMessage("file-binary-workbook", { file }).nl,
    unreadable: (file: string, reason: string) => `${file} kan niet worden gelezen: ${reason}`,
    cannotWrite: (file: string, reason: string) => `kan ${file} niet schrijven: ${reason}`,
    outputIsInput: (file: string, input: string) =>
      `${file} is een invoerbestand (${input}); kies voor de uitvoer een ander bestand. Er is niets geschreven.`,
    outputTwice: (file: string) => `${file} is twee keer als uitvoer opgegeven; er is niets geschreven.`,
    notARegularFile: (file: string) =>
      `${file} is geen gewoon bestand (maar een apparaat, pijp of socket); geef een Excel-werkmap op.`,
    badDate: (value: string) => `ongeldige datum '${value}'; gebruik JJJJ-MM-DD, bijvoorbeeld 2025-03-01.`,
    badArguments: (detail: string) => `ongeldige opdracht: ${detail} (zie koers summarize --help)`,
    storedSettings:
      "De instellingen uit het taakvenster die in de werkmap zijn opgeslagen, worden gebruikt (opties op de opdrachtregel gaan voor).",
    storedBaseline: (date: string) =>
      `Vergeleken met de vorige rapportage die in de werkmap is bewaard (${formatLongDate(date, "nl")}).`,
    progress: {
      read: (file?: string) => `Lezen: ${file}`,
      analyze: () => "Analyseren…",
      write: () => "Overzichtsbladen schrijven…",
      griffie: () => "Griffie-exemplaar maken…",
    } satisfies Record<GenerateStep, (file?: string) => string>,
    wrote: (what: string, file: string) => `${what}: ${file}`,
    outputs: { workbook: "Werkmap", json: "Rapport (JSON)", griffie: "Griffie-exemplaar" },
    findings: (errors: number, warnings: number) =>
      `Aandachtspunten: ${errors} fout(en), ${warnings} waarschuwing(en).`,
    griffieLeak: (file: string, leaks: string) =>
      `het griffie-exemplaar bevatte nog persoonsgegevens en is verwijderd (${file}): ${leaks}`,
    error: "koers: fout",
  },
  en: {
    description: "Summarises a workbook with activities and crime figures and adds the overview sheets.",
    missing: (file: string) => `file not found: ${file}`,
    notAWorkbook: (file: string) => `${file} is not an Excel workbook (.xlsx).`,
    encrypted: (file: string) => `${file} is password protected; save it without a password and try again.`,
    legacyXls: (file: string) => `${file} is an old .xls file; save it as .xlsx in Excel.`,
    openDocument: (file: string) => hostMessage("file-open-document", { file }).en,
    binaryWorkbook: (file: string) => hostMessage("file-binary-workbook", { file }).en,
    unreadable: (file: string, reason: string) => `${file} cannot be read: ${reason}`,
    cannotWrite: (file: string, reason: string) => `cannot write ${file}: ${reason}`,
    outputIsInput: (file: string, input: string) =>
      `${file} is an input file (${input}); choose another file for the output. Nothing was written.`,
    outputTwice: (file: string) => `${file} is given twice as an output; nothing was written.`,
    notARegularFile: (file: string) =>
      `${file} is not a regular file (but a device, pipe or socket); give an Excel workbook.`,
    badDate: (value: string) => `invalid date '${value}'; use YYYY-MM-DD, for example 2025-03-01.`,
    badArguments: (detail: string) => `invalid command: ${detail} (see koers summarize --help)`,
    storedSettings:
      "Using the task-pane settings saved in the workbook (options on the command line take precedence).",
    storedBaseline: (date: string) =>
      `Compared with the previous report kept in the workbook (${formatLongDate(date, "en")}).`,
    progress: {
      read: (file?: string) => `Reading: ${file}`,
      analyze: () => "Analysing…",
      write: () => "Writing the overview sheets…",
      griffie: () => "Making the griffie copy…",
    } satisfies Record<GenerateStep, (file?: string) => string>,
    wrote: (what: string, file: string) => `${what}: ${file}`,
    outputs: { workbook: "Workbook", json: "Report (JSON)", griffie: "Griffie copy" },
    findings: (errors: number, warnings: number) => `Findings: ${errors} error(s), ${warnings} warning(s).`,
    griffieLeak: (file: string, leaks: string) =>
      `the griffie copy still held personal data and was deleted (${file}): ${leaks}`,
    error: "koers: error",
  },
} satisfies Record<Language, unknown>;

type Messages = (typeof messages)["nl"];

/** A failure the CLI reports in one line with an exit code. */
class CliFailure extends Error {
  constructor(
    message: string,
    readonly exitCode: number,
  ) {
    super(message);
  }
}

interface SummarizeOptions {
  previous?: string;
  out?: string;
  json?: string;
  date?: string;
  lang: Language;
  griffie?: string;
  title?: string;
  organisation?: string;
  region?: string;
  final?: boolean;
  /** Show personal data in full on stdout and in report.json (never in the griffie copy). */
  unmasked?: boolean;
  /** True when --lang was given (else the language saved in the workbook applies). */
  langGiven?: boolean;
}

/** The xlsx reader with Node's zlib for inflating (JSZip stays the fallback for unusual or damaged zips). */
function readWithZlib(data: Uint8Array | ArrayBuffer, name: string): Promise<WorkbookSnapshot> {
  return readWorkbookSnapshot(data, name, { openParts: zlibPartReader });
}

/** Runs the CLI with arguments after the program name; resolves to the exit code (never exits itself). */
export async function main(argv: string[], io: Partial<CliIo> = {}): Promise<number> {
  const environment: CliIo = {
    stdout: io.stdout ?? ((text) => process.stdout.write(text)),
    stderr: io.stderr ?? ((text) => process.stderr.write(text)),
    today: io.today ?? (() => localIsoDate(new Date())),
    readSnapshot: io.readSnapshot ?? readWithZlib,
    alterGriffie: io.alterGriffie,
  };
  const language = languageOf(argv);
  const text = messages[language];
  const fail = (message: string) => environment.stderr(`${text.error}: ${message}\n`);

  let result = exitCodes.ok as number;
  const program = new Command("koers").exitOverride().configureOutput({
    writeOut: environment.stdout,
    writeErr: environment.stderr,
    outputError: (message) => fail(text.badArguments(message.replace(/^error: /, "").trim())),
  });
  program.version(packageVersion(), "-v, --version");
  program
    .command("summarize")
    .description(text.description)
    .argument("<workbooks...>", "workbook.xlsx [more.xlsx …]")
    .option("--previous <file>", "older version of the first workbook (changes since the previous report)")
    .option("--out <file>", 'output workbook (default: "<input> (Koers).xlsx")')
    .option("--json <file>", "write report.json (schema version 1)")
    .option("--date <YYYY-MM-DD>", "report date (default: today)")
    .addOption(
      new Option("--lang <language>", "language of the sheets and messages")
        .choices(["nl", "en"])
        .default("nl"),
    )
    .option("--griffie <file-or-directory>", "also write the griffie copy")
    .option("--title <text>", "report title")
    .option("--organisation <name>", "organisation shown as author of the griffie copy")
    .option("--region <name>", "region the headline leads with (default: the one the titles or files name)")
    .option("--final", "document status Definitief instead of Concept")
    .option(
      "--unmasked",
      "show personal data in full on stdout and in report.json (never in the griffie copy)",
    )
    .action(async (workbooks: string[], options: SummarizeOptions, command: Command) => {
      const langGiven = command.getOptionValueSource("lang") === "cli";
      result = await summarize(workbooks, { ...options, langGiven }, environment, text);
    });

  try {
    if (argv.length === 0) {
      environment.stderr(program.helpInformation());
      return exitCodes.badArguments;
    }
    await program.parseAsync(argv, { from: "user" });
    return result;
  } catch (error) {
    if (error instanceof CommanderError) {
      return ["commander.helpDisplayed", "commander.help", "commander.version"].includes(error.code)
        ? exitCodes.ok
        : exitCodes.badArguments;
    }
    if (error instanceof CliFailure) {
      fail(error.message);
      return error.exitCode;
    }
    if (error instanceof HostReadError) {
      fail(error.messageIn(language));
      return exitCodes.unreadable;
    }
    if (error instanceof HostWriteError) {
      fail(error.messageIn(language));
      // NOTE: an .xlsx asked of a workbook with macro sheets is a choice of output, not a broken file.
      return error.code === "xlsx-cannot-hold-macro-sheets" ? exitCodes.badArguments : exitCodes.unreadable;
    }
    // NOTE: an engine message ("Cannot set properties of undefined") tells the user nothing; the sentence
    // comes from the host message table, the details only with KOERS_DEBUG.
    fail(hostMessage("unexpected-failure")[language]);
    if (process.env.KOERS_DEBUG && error instanceof Error) environment.stderr(`${error.stack}\n`);
    return exitCodes.unreadable;
  }
}

async function summarize(
  workbooks: string[],
  options: SummarizeOptions,
  io: CliIo,
  text: Messages,
): Promise<number> {
  const reportDate = options.date ?? io.today();
  const shown = options.unmasked ? (value: string) => value : maskText;
  if (!isIsoDate(reportDate)) throw new CliFailure(text.badDate(reportDate), exitCodes.badArguments);

  const inputs: WorkbookFile[] = [];
  for (const file of workbooks) inputs.push(await readWorkbookFile(file, text));
  const previous = options.previous ? await readWorkbookFile(options.previous, text) : null;
  tuneHeapFor(
    [...inputs, ...(previous ? [previous] : [])].reduce((sum, input) => sum + input.data.byteLength, 0),
  );
  // NOTE: what the task pane saved in the first workbook applies; options given on the command line win.
  const { settings: stored, history } = await whileReading(inputs[0].name, () =>
    storedDataOf(inputs[0].data, zlibPartReader),
  );
  if (stored) io.stderr(`${text.storedSettings}\n`);

  const readSnapshot = io.readSnapshot ?? readWithZlib;
  const out = options.out ?? defaultOutputPath(workbooks[0]);
  // NOTE: the writers edit the first workbook's own parts, so a failure there is one of that file.
  const result = await whileReading(inputs[0].name, () =>
    generateFromFiles(inputs, {
      settings: {
        ...stored,
        reportDate,
        language: options.langGiven || !stored ? options.lang : stored.language,
        ...(options.title ? { title: options.title } : {}),
        ...(options.organisation ? { organisation: options.organisation } : {}),
        ...(options.region ? { region: options.region } : {}),
        documentStatus: options.final ? "Definitief" : (stored?.documentStatus ?? "Concept"),
      },
      previous,
      // NOTE: without --previous, the generation the Office host stored in the workbook is the baseline.
      history,
      griffie: options.griffie !== undefined,
      readSnapshot: (data, name) => whileReading(name, () => readSnapshot(data, name)),
      openPackageStore: openZlibStore,
      // NOTE: Excel opens a file only when its extension and its main part's content type agree.
      format: formatOf(out),
      onProgress: (step, file) =>
        io.stderr(`${text.progress[step](file ? shown(path.basename(file)) : undefined)}\n`),
    }),
  );
  const { baseline } = result.comparison;
  if (baseline) io.stderr(`${text.storedBaseline(baseline.reportDate)}\n`);

  // NOTE: what is printed and written as report.json has personal data masked unless --unmasked.
  const report = options.unmasked ? result.report : maskReport(result.report);
  const outputs: Output[] = [{ file: out, data: result.workbook, label: text.outputs.workbook }];
  if (options.json) {
    outputs.push({
      file: options.json,
      data: `${JSON.stringify(report, null, 2)}\n`,
      label: text.outputs.json,
    });
  }
  let griffieCopy: (Output & { data: Uint8Array }) | null = null;
  if (options.griffie !== undefined && result.griffie && result.griffieFileName) {
    const target = (await isDirectory(options.griffie))
      ? path.join(options.griffie, result.griffieFileName)
      : options.griffie;
    const bytes = io.alterGriffie ? await io.alterGriffie(result.griffie) : result.griffie;
    griffieCopy = { file: target, data: bytes, label: text.outputs.griffie };
    outputs.push(griffieCopy);
  }
  const inputFiles = [...workbooks, ...(options.previous ? [options.previous] : [])];
  await refuseOutputsOverInputs(outputs, inputFiles, text);
  if (griffieCopy) await checkGriffieCopy(griffieCopy, text);
  await writeOutputs(outputs, text);
  for (const output of outputs) io.stdout(`${text.wrote(output.label, shown(output.file))}\n`);
  io.stdout(summaryLines(report, text));
  return exitCodes.ok;
}

/**
 * Runs a step on one file's contents; an unexpected failure there (a TypeError or RangeError of a parser on a
 * damaged part) becomes HostReadError "file-unexpected" naming the file, so no engine message reaches the user.
 */
async function whileReading<T>(file: string, step: () => Promise<T>): Promise<T> {
  try {
    return await step();
  } catch (error) {
    if (error instanceof KoersError || error instanceof CliFailure) throw error;
    throw new HostReadError(hostMessage("file-unexpected", { file }), { cause: error });
  }
}

/**
 * Re-scans the griffie copy as it will be written (every part of its bytes): when anything personal is left,
 * the run fails with exit 1, naming what (masked) and where, and no output is written at all.
 */
async function checkGriffieCopy(copy: Output & { data: Uint8Array }, text: Messages): Promise<void> {
  const leaks = await scanGriffieCopy(copy.data, zlibPartReader);
  if (leaks.length === 0) return;
  throw new CliFailure(text.griffieLeak(copy.file, describeLeaks(leaks)), exitCodes.unreadable);
}

/** "email Koers Overzicht!B12 k***@example.nl; person-name creator J** d* V****" (at most ten, then "…"). */
function describeLeaks(leaks: CopyLeak[]): string {
  const shown = leaks.slice(0, 10).map((leak) => `${leak.kind} ${leak.where} ${leak.masked}`);
  return shown.join("; ") + (leaks.length > 10 ? `; … (${leaks.length})` : "");
}

/** The kind of workbook an output path asks for by its extension (.xlsx, .xlsm); undefined: as the input is. */
function formatOf(file: string): WorkbookFormat | undefined {
  const extension = path.extname(file).toLowerCase();
  return extension === ".xlsx" ? "xlsx" : extension === ".xlsm" ? "xlsm" : undefined;
}

/** "data/plan.xlsx" → "data/plan (Koers).xlsx": never the input itself. */
export function defaultOutputPath(input: string): string {
  const extension = path.extname(input);
  return path.join(path.dirname(input), `${path.basename(input, extension)} (Koers)${extension || ".xlsx"}`);
}

function summaryLines(report: Report, text: Messages): string {
  const errors = report.findings.filter((finding) => finding.severity === "error").length;
  const warnings = report.findings.filter((finding) => finding.severity === "warning").length;
  return [report.summary.headline, ...report.summary.lines, text.findings(errors, warnings)]
    .map((line) => `${line}\n`)
    .join("");
}

/** Largest input the CLI reads (an .xlsx of 20,000 rows is a few MB; the inflate limits are in zlibZip.ts). */
export const maximumInputBytes = 512 * 1024 * 1024;

async function readWorkbookFile(file: string, text: Messages): Promise<WorkbookFile> {
  let data: Uint8Array;
  try {
    // NOTE: a device (/dev/zero) or a FIFO never ends; only regular files are read, and only up to a limit.
    const status = await fs.stat(file);
    if (status.isDirectory()) throw new CliFailure(text.notAWorkbook(file), exitCodes.unreadable);
    if (!status.isFile()) throw new CliFailure(text.notARegularFile(file), exitCodes.unreadable);
    if (status.size > maximumInputBytes)
      throw new CliFailure(
        text.unreadable(file, `${Math.round(status.size / 1048576)} MB > ${maximumInputBytes / 1048576} MB`),
        exitCodes.unreadable,
      );
    data = new Uint8Array(await fs.readFile(file));
  } catch (error) {
    if (error instanceof CliFailure) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "ENOENT") throw new CliFailure(text.missing(file), exitCodes.unreadable);
    if (code === "EISDIR") throw new CliFailure(text.notAWorkbook(file), exitCodes.unreadable);
    throw new CliFailure(text.unreadable(file, systemReason(error)), exitCodes.unreadable);
  }
  switch (await inspectWorkbookFile(data, zlibPartReader)) {
    case "encrypted":
      throw new CliFailure(text.encrypted(file), exitCodes.unreadable);
    case "legacyXls":
      throw new CliFailure(text.legacyXls(file), exitCodes.unreadable);
    case "openDocument":
      throw new CliFailure(text.openDocument(file), exitCodes.unreadable);
    case "binaryWorkbook":
      throw new CliFailure(text.binaryWorkbook(file), exitCodes.unreadable);
    case "notAWorkbook":
      throw new CliFailure(text.notAWorkbook(file), exitCodes.unreadable);
    case "xlsx":
      return { name: path.basename(file), data };
  }
}

/** One file the CLI writes. */
interface Output {
  file: string;
  /** Bytes, or a text written as UTF-8 (report.json: tens of MB for a table of every municipality). */
  data: Uint8Array | string;
  label: string;
}

/** The file's identity after resolving links: its real path, and device + inode when it exists. */
async function identityOf(file: string): Promise<{ real: string; inode: string | null }> {
  const absolute = path.resolve(file);
  try {
    const [real, status] = await Promise.all([fs.realpath(absolute), fs.stat(absolute)]);
    return { real, inode: `${status.dev}:${status.ino}` };
  } catch {
    // A file yet to be written: its folder may be a link.
    try {
      return {
        real: path.join(await fs.realpath(path.dirname(absolute)), path.basename(absolute)),
        inode: null,
      };
    } catch {
      return { real: absolute, inode: null };
    }
  }
}

/**
 * The one check before anything is written: no output may be an input (after resolving symbolic links;
 * a hard link is caught by its inode), and no two outputs the same file. Exit 2, nothing written.
 */
async function refuseOutputsOverInputs(outputs: Output[], inputs: string[], text: Messages): Promise<void> {
  const inputIdentities = await Promise.all(
    inputs.map(async (input) => ({ input, ...(await identityOf(input)) })),
  );
  const seen = new Set<string>();
  for (const output of outputs) {
    const identity = await identityOf(output.file);
    const input = inputIdentities.find(
      (candidate) =>
        candidate.real === identity.real || (identity.inode !== null && candidate.inode === identity.inode),
    );
    if (input) throw new CliFailure(text.outputIsInput(output.file, input.input), exitCodes.badArguments);
    if (seen.has(identity.real)) throw new CliFailure(text.outputTwice(output.file), exitCodes.badArguments);
    seen.add(identity.real);
  }
}

/**
 * Writes all outputs or none: each goes to a temporary file beside its target first, and only when all are
 * written are they renamed into place (a failing --json leaves no --out). Temporary files are removed on
 * failure.
 */
async function writeOutputs(outputs: Output[], text: Messages): Promise<void> {
  const temporary: { output: Output; file: string }[] = [];
  const cleanUp = () =>
    Promise.all(temporary.map((item) => fs.rm(item.file, { force: true }).catch(() => undefined)));
  for (const output of outputs) {
    const file = path.join(
      path.dirname(output.file),
      `.${path.basename(output.file)}.${process.pid}.${temporary.length}.koers-tmp`,
    );
    try {
      await writeNewFile(file, output.data);
      temporary.push({ output, file });
    } catch (error) {
      await cleanUp();
      throw new CliFailure(text.cannotWrite(output.file, systemReason(error)), exitCodes.unreadable);
    }
  }
  for (const [index, item] of temporary.entries()) {
    try {
      await fs.rename(item.file, item.output.file);
    } catch (error) {
      // NOTE: renames in one folder rarely fail once the writes succeeded; what was renamed stays.
      await Promise.all(
        temporary.slice(index).map((rest) => fs.rm(rest.file, { force: true }).catch(() => undefined)),
      );
      throw new CliFailure(text.cannotWrite(item.output.file, systemReason(error)), exitCodes.unreadable);
    }
  }
}

/** A file system error as a short reason ("EACCES: permission denied"), without paths or stack. */
function systemReason(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  const reasons: Record<string, string> = {
    EACCES: "geen toegang / permission denied",
    EPERM: "niet toegestaan / not permitted",
    ENOENT: "map bestaat niet / folder does not exist",
    ENOTDIR: "geen map / not a folder",
    EISDIR: "is een map / is a folder",
    ENOSPC: "schijf vol / disk full",
    EROFS: "alleen-lezen / read-only file system",
    EEXIST: "bestaat al / exists",
  };
  if (code && reasons[code]) return reasons[code];
  return error instanceof Error ? error.message.replace(/^\w+: /, "") : String(error);
}

async function isDirectory(file: string): Promise<boolean> {
  if (/[\\/]$/.test(file)) return true;
  try {
    return (await fs.stat(file)).isDirectory();
  } catch {
    return false;
  }
}

/** The --lang value, read before parsing so even argument errors come in the chosen language. */
function languageOf(argv: string[]): Language {
  const index = argv.findIndex((argument) => argument === "--lang" || argument.startsWith("--lang="));
  if (index < 0) return "nl";
  const value = argv[index].includes("=") ? argv[index].split("=")[1] : argv[index + 1];
  return value === "en" ? "en" : "nl";
}

function isIsoDate(value: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return false;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  return (
    date.getUTCFullYear() === Number(match[1]) &&
    date.getUTCMonth() === Number(match[2]) - 1 &&
    date.getUTCDate() === Number(match[3])
  );
}

/** Koers' version from its package.json, the first one above this file (src/hosts/xlsx or build/cli/hosts/xlsx). */
function packageVersion(): string {
  for (
    let directory = __dirname;
    directory !== path.dirname(directory);
    directory = path.dirname(directory)
  ) {
    const file = path.join(directory, "package.json");
    if (existsSync(file)) return (JSON.parse(readFileSync(file, "utf8")) as { version: string }).version;
  }
  return "unknown";
}
