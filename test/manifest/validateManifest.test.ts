import { spawnSync } from "node:child_process";
import { copyFileSync, cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";

const projectRoot = resolve(__dirname, "../..");
const validator = join(projectRoot, "scripts/validate-manifest.mjs");
const original = readFileSync(join(projectRoot, "manifest.xml"), "utf8");

let workspace: string;

beforeEach(() => {
  workspace = mkdtempSync(join(tmpdir(), "koers-manifest-"));
  cpSync(join(projectRoot, "assets"), join(workspace, "assets"), { recursive: true });
});

afterEach(() => rmSync(workspace, { recursive: true, force: true }));

/** Writes the manifest text into the workspace and runs the validator offline on it. */
function validate(text: string, extraArguments: string[] = [], environment: NodeJS.ProcessEnv = {}) {
  const file = join(workspace, "manifest.xml");
  writeFileSync(file, text);
  const run = spawnSync(process.execPath, [validator, file, "--offline", ...extraArguments], {
    encoding: "utf8",
    env: { ...process.env, ADDIN_URL: "", ...environment },
  });
  return { status: run.status, output: `${run.stdout}${run.stderr}` };
}

/** Replaces exactly one occurrence, so a test cannot silently validate the unchanged manifest. */
function replaceOnce(text: string, search: string, replacement: string): string {
  const count = text.split(search).length - 1;
  if (count !== 1) throw new Error(`expected "${search}" exactly once in the manifest, found ${count}`);
  return text.replace(search, replacement);
}

describe("npm run validate", () => {
  it("accepts the committed manifest with the committed icons", () => {
    const result = validate(original);
    expect(result.output).toContain("passes the offline checks");
    expect(result.status).toBe(0);
  });

  it("says it skipped the official service when told to stay offline", () => {
    expect(validate(original).output).toContain("Skipped the official validation service");
  });

  it.each([
    {
      problem: "XML that is not well-formed",
      edit: (text: string) => replaceOnce(text, "</Permissions>", ""),
      message: /well-formed: not well-formed XML/,
    },
    {
      problem: "a missing required element",
      edit: (text: string) => replaceOnce(text, "<Permissions>ReadWriteDocument</Permissions>", ""),
      message: /OfficeApp is missing required element <Permissions>/,
    },
    {
      problem: "elements out of schema order",
      edit: (text: string) =>
        replaceOnce(
          replaceOnce(text, "  <Permissions>ReadWriteDocument</Permissions>\n", ""),
          "  <DefaultSettings>",
          "  <Permissions>ReadWriteDocument</Permissions>\n  <DefaultSettings>",
        ),
      message: /schema-order: <DefaultSettings> must come before <Permissions> in OfficeApp/,
    },
    {
      problem: "a button child out of order",
      edit: (text: string) =>
        replaceOnce(
          text,
          '<Control xsi:type="Button" id="Koers.Generate">\n                  <Label resid="Generate.Label"/>',
          '<Control xsi:type="Button" id="Koers.Generate">\n                  <Action xsi:type="ExecuteFunction"><FunctionName>x</FunctionName></Action>\n                  <Label resid="Generate.Label"/>',
        ),
      message: /<Label> must come before <Action> in OfficeApp\/VersionOverrides.*Control\[Koers.Generate\]/,
    },
    {
      problem: "a resid that is not defined",
      edit: (text: string) =>
        replaceOnce(text, '<Label resid="Generate.Label"/>', '<Label resid="Generate.Missing"/>'),
      message:
        /resources: resid "Generate.Missing" used by .*Label\[Generate.Missing\] is not defined in <bt:ShortStrings>/,
    },
    {
      problem: "a resid defined in the wrong table",
      edit: (text: string) =>
        replaceOnce(text, '<Label resid="Generate.Label"/>', '<Label resid="Generate.Tooltip"/>'),
      message:
        /resid "Generate.Tooltip" .* is not defined in <bt:ShortStrings> \(it is defined in <bt:LongStrings>/,
    },
    {
      problem: "an image resid that is not defined",
      edit: (text: string) => replaceOnce(text, '<bt:Image id="Icon.80x80"', '<bt:Image id="Icon.80x80.old"'),
      message: /resid "Icon.80x80" used by .*Image\[Icon.80x80\] is not defined in <bt:Images>/,
    },
    {
      problem: "a URL over plain http",
      edit: (text: string) =>
        replaceOnce(text, '"https://localhost:3000/commands.html"', '"http://localhost:3000/commands.html"'),
      message: /urls: .*Url\[Commands.Url\]: "http:\/\/localhost:3000\/commands.html" must use https/,
    },
    {
      problem: "a URL outside the add-in's base URL",
      edit: (text: string) =>
        replaceOnce(
          text,
          '<SupportUrl DefaultValue="https://localhost:3000/assets/support.html"/>',
          '<SupportUrl DefaultValue="https://example.org/help"/>',
        ),
      message:
        /urls: OfficeApp\/SupportUrl: "https:\/\/example.org\/help" is not under the add-in's base URL https:\/\/localhost:3000\//,
    },
    {
      problem: "an app domain of another origin",
      edit: (text: string) =>
        replaceOnce(
          text,
          "<AppDomain>https://localhost:3000</AppDomain>",
          "<AppDomain>https://example.org</AppDomain>",
        ),
      message:
        /urls: OfficeApp\/AppDomains\/AppDomain: "https:\/\/example.org" is not under the add-in's base URL https:\/\/localhost:3000/,
    },
    {
      problem: "an icon whose file is missing",
      edit: (text: string) => replaceOnce(text, "assets/icon-80.png", "assets/icon-81.png"),
      message: /icons: icon https:\/\/localhost:3000\/assets\/icon-81.png has no file assets\/icon-81.png/,
    },
    {
      problem: "an icon of the wrong pixel size",
      edit: (text: string) =>
        replaceOnce(
          text,
          '<bt:Image id="Icon.32x32" DefaultValue="https://localhost:3000/assets/icon-32.png"/>',
          '<bt:Image id="Icon.32x32" DefaultValue="https://localhost:3000/assets/icon-16.png"/>',
        ),
      message: /icons: icon assets\/icon-16.png is 16×16 px, .*Image\[Icon.32x32\] \(size 32\) needs 32×32/,
    },
    {
      problem: "a requirement set version that does not exist",
      edit: (text: string) =>
        replaceOnce(
          text,
          '<Set Name="ExcelApi" MinVersion="1.7"/>',
          '<Set Name="ExcelApi" MinVersion="1.99"/>',
        ),
      message: /requirement-sets: requirement set ExcelApi has no version 1.99/,
    },
    {
      problem: "a requirement set that does not exist",
      edit: (text: string) =>
        replaceOnce(
          text,
          '<Set Name="ExcelApi" MinVersion="1.7"/>',
          '<Set Name="ExcelAPI" MinVersion="1.7"/>',
        ),
      message: /requirement-sets: requirement set "ExcelAPI" does not exist/,
    },
    {
      problem: "a permission that does not exist",
      edit: (text: string) =>
        replaceOnce(
          text,
          "<Permissions>ReadWriteDocument</Permissions>",
          "<Permissions>ReadWrite</Permissions>",
        ),
      message: /values: <Permissions> "ReadWrite" is not one of/,
    },
    {
      problem: "an id that is not a GUID",
      edit: (text: string) =>
        replaceOnce(text, "<Id>7df8ae4f-b2f5-4636-836f-d3486b9f1511</Id>", "<Id>koers</Id>"),
      message: /values: <Id> "koers" is not a GUID/,
    },
    {
      problem: "a button label over 125 characters",
      edit: (text: string) =>
        replaceOnce(text, 'DefaultValue="Genereer overzicht"', `DefaultValue="${"x".repeat(126)}"`),
      message: /resources: ShortStrings "Generate.Label" is 126 characters, the limit is 125/,
    },
    {
      problem: "two buttons with the same id",
      edit: (text: string) => replaceOnce(text, 'id="Koers.Generate"', 'id="Koers.OpenPane"'),
      message: /commands: control id "Koers.OpenPane" is used 2 times/,
    },
    {
      problem: "a function button without a function file",
      edit: (text: string) => replaceOnce(text, '<FunctionFile resid="Commands.Url"/>', ""),
      message: /commands: .*DesktopFormFactor has ExecuteFunction buttons but no <FunctionFile>/,
    },
    {
      problem: "a wrong add-in type",
      edit: (text: string) => replaceOnce(text, 'xsi:type="TaskPaneApp"', 'xsi:type="ContentApp"'),
      message: /root: <OfficeApp> xsi:type is "ContentApp", expected "TaskPaneApp"/,
    },
  ])("fails on $problem, naming it", ({ edit, message }) => {
    const result = validate(edit(original));
    expect(result.output).toMatch(message);
    expect(result.status).toBe(1);
  });

  it("checks URLs against ADDIN_URL, so the development manifest fails a production base URL", () => {
    const result = validate(original, [], { ADDIN_URL: "https://koers.example.nl/" });
    expect(result.status).toBe(1);
    expect(result.output).toMatch(
      /OfficeApp\/DefaultSettings\/SourceLocation: "https:\/\/localhost:3000\/taskpane.html" is not under the add-in's base URL https:\/\/koers.example.nl\//,
    );
  });

  it("refuses an ADDIN_URL that is not https", () => {
    const result = validate(original, ["--base-url", "http://koers.example.nl"]);
    expect(result).toEqual({ status: 2, output: expect.stringContaining("must use https") });
  });

  it("looks up icons relative to --root", () => {
    copyFileSync(join(workspace, "assets/icon-16.png"), join(workspace, "assets/icon-80.png"));
    const result = validate(original, ["--root", join(projectRoot)]);
    expect(result.status).toBe(0);
  });
});
