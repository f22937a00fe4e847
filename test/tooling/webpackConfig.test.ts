import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join, resolve } from "node:path";

const projectRoot = resolve(__dirname, "../..");

interface PluginLike {
  constructor: { name: string };
  userOptions?: { filename: string; template: string; chunks: string[] };
  patterns?: { from: string; to: string; transform?: (content: Buffer) => Buffer | string }[];
}

interface WebpackConfig {
  entry: Record<string, string>;
  devtool: string | false;
  plugins: PluginLike[];
  devServer: { port: number; server: unknown; setupMiddlewares: (middlewares: Middleware[]) => Middleware[] };
  module: { rules: { use: { loader: string; options: { compilerOptions: { module: string } } } }[] };
}

type Handler = (
  request: { url: string; method: string },
  response: { statusCode: number; setHeader(name: string, value: string): void; end(): void },
  next: () => void,
) => void;
type Middleware = { name: string; middleware: Handler };

type MakeConfig = (env: Record<string, unknown>, argv: { mode: string }) => Promise<WebpackConfig>;

const makeConfig = jest.requireActual<MakeConfig>("../../webpack.config.js");

async function configFor(mode: string, addinUrl: string | undefined, env: Record<string, unknown> = {}) {
  const saved = process.env.ADDIN_URL;
  if (addinUrl === undefined) delete process.env.ADDIN_URL;
  else process.env.ADDIN_URL = addinUrl;
  try {
    return await makeConfig(env, { mode });
  } finally {
    if (saved === undefined) delete process.env.ADDIN_URL;
    else process.env.ADDIN_URL = saved;
  }
}

function copiedManifest(config: WebpackConfig): string {
  const copy = config.plugins.find((plugin) => plugin.patterns);
  const pattern = copy?.patterns?.find((candidate) => candidate.from === "manifest.xml");
  const original = readFileSync(join(projectRoot, "manifest.xml"));
  return String(pattern?.transform ? pattern.transform(original) : original);
}

describe("webpack.config.js", () => {
  it("builds the two agreed entries into taskpane.html and commands.html with code splitting kept", async () => {
    const config = await configFor("production", undefined);
    expect({
      entry: config.entry,
      pages: config.plugins.filter((plugin) => plugin.userOptions).map((plugin) => plugin.userOptions),
      module: config.module.rules[0].use.options.compilerOptions.module,
    }).toEqual({
      entry: { taskpane: "./src/taskpane/index.tsx", commands: "./src/commands/commands.ts" },
      pages: [
        expect.objectContaining({
          filename: "taskpane.html",
          template: "./src/taskpane/taskpane.html",
          chunks: ["taskpane"],
        }),
        expect.objectContaining({
          filename: "commands.html",
          template: "./src/commands/commands.html",
          chunks: ["commands"],
        }),
      ],
      module: "esnext",
    });
  });

  it("writes the production manifest with every URL under ADDIN_URL", async () => {
    const manifest = copiedManifest(await configFor("production", "https://koers.example.nl/app"));
    expect({
      localhost: manifest.includes("localhost"),
      source: manifest.match(/<SourceLocation DefaultValue="([^"]+)"/)?.[1],
      domain: manifest.match(/<AppDomain>([^<]+)</)?.[1],
    }).toEqual({
      localhost: false,
      source: "https://koers.example.nl/app/taskpane.html",
      domain: "https://koers.example.nl",
    });
  });

  it("keeps the development manifest as committed without ADDIN_URL", async () => {
    expect(copiedManifest(await configFor("production", undefined))).toBe(
      readFileSync(join(projectRoot, "manifest.xml"), "utf8"),
    );
  });

  it("refuses a production ADDIN_URL over plain http", async () => {
    await expect(configFor("production", "http://koers.example.nl/")).rejects.toThrow(/must use https/);
  });

  it("serves on port 3000 over plain http, saying why, when no developer certificates can be used", () => {
    const script =
      "require('./webpack.config.js')({ WEBPACK_SERVE: true }, { mode: 'development' })" +
      ".then((config) => console.log(JSON.stringify({ port: config.devServer.port, server: config.devServer.server })))";
    const run = spawnSync(process.execPath, ["-e", script], {
      cwd: projectRoot,
      encoding: "utf8",
      env: { ...process.env, KOERS_DEV_HTTP: "1", ADDIN_URL: "" },
    });
    expect({
      stdout: JSON.parse(run.stdout),
      warned: /serving over plain http:\/\/localhost:3000\/.*KOERS_DEV_HTTP=1/s.test(run.stderr),
    }).toEqual({
      stdout: { port: 3000, server: "http" },
      warned: true,
    });
  });

  it("redirects / of the dev server to /taskpane.html and leaves every other path to webpack", async () => {
    const config = await configFor("development", undefined);
    const stack = config.devServer.setupMiddlewares([]);
    const answer = (method: string, url: string) => {
      const seen = { status: 0, location: "", passedOn: false };
      for (const { middleware } of stack) {
        middleware(
          { method, url },
          {
            set statusCode(value: number) {
              seen.status = value;
            },
            setHeader: (name, value) => {
              if (name === "Location") seen.location = value;
            },
            end: () => undefined,
          } as Parameters<Handler>[1],
          () => (seen.passedOn = true),
        );
      }
      return seen;
    };
    expect({
      root: answer("GET", "/"),
      query: answer("GET", "/?lang=en"),
      pane: answer("GET", "/taskpane.html"),
      post: answer("POST", "/"),
    }).toEqual({
      root: { status: 302, location: "/taskpane.html", passedOn: false },
      query: { status: 302, location: "/taskpane.html?lang=en", passedOn: false },
      pane: { status: 0, location: "", passedOn: true },
      post: { status: 0, location: "", passedOn: true },
    });
  });
});
