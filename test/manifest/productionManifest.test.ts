import { spawnSync } from "node:child_process";
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";

interface BaseUrlModule {
  DEVELOPMENT_BASE_URL: string;
  normalizeBaseUrl(value: string): string;
  rewriteManifest(text: string, baseUrl: string): string;
}

const projectRoot = resolve(__dirname, "../..");
const { normalizeBaseUrl, rewriteManifest } = jest.requireActual<BaseUrlModule>(
  "../../scripts/manifest/baseUrl.cjs",
);
const original = readFileSync(join(projectRoot, "manifest.xml"), "utf8");

describe("the production manifest (ADDIN_URL)", () => {
  it("normalizes the base URL to end in one slash", () => {
    expect([
      normalizeBaseUrl("https://koers.example.nl"),
      normalizeBaseUrl("https://host.example/apps/koers"),
    ]).toEqual(["https://koers.example.nl/", "https://host.example/apps/koers/"]);
  });

  it.each(["http://koers.example.nl", "koers.example.nl", "https://koers.example.nl/?v=1"])(
    "refuses %s",
    (value) => {
      expect(() => normalizeBaseUrl(value)).toThrow(/ADDIN_URL/);
    },
  );

  it("moves every development URL to the production base URL and the app domain to its origin", () => {
    const rewritten = rewriteManifest(original, "https://host.example/apps/koers");
    expect(rewritten).not.toContain("localhost");
    expect(rewritten).toContain(
      '<SourceLocation DefaultValue="https://host.example/apps/koers/taskpane.html"/>',
    );
    expect(rewritten).toContain("<AppDomain>https://host.example</AppDomain>");
  });

  it("gives a manifest that passes validation against that base URL", () => {
    const workspace = mkdtempSync(join(tmpdir(), "koers-production-"));
    try {
      cpSync(join(projectRoot, "assets"), join(workspace, "assets"), { recursive: true });
      const file = join(workspace, "manifest.xml");
      writeFileSync(file, rewriteManifest(original, "https://host.example/apps/koers/"));
      const run = spawnSync(
        process.execPath,
        [join(projectRoot, "scripts/validate-manifest.mjs"), file, "--offline"],
        {
          encoding: "utf8",
          env: { ...process.env, ADDIN_URL: "https://host.example/apps/koers/" },
        },
      );
      expect({ status: run.status, stderr: run.stderr }).toEqual({ status: 0, stderr: "" });
    } finally {
      rmSync(workspace, { recursive: true, force: true });
    }
  });
});
