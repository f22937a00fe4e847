/**
 * Builds the task pane and the ribbon function file into dist/, with the manifest and icons beside them.
 *
 *   npm run build                        production build; manifest URLs from ADDIN_URL (default https://localhost:3000/)
 *   npm start                            development server on port 3000 (scripts/start.mjs)
 *
 * TypeScript goes through ts-loader with "module": "esnext" so that `import()` stays a dynamic import and
 * webpack splits it into its own chunk (ExcelJS is loaded only in preview mode and for the griffie copy).
 * Type checking is `npm run typecheck`; the loader only transpiles.
 */
const path = require("node:path");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const { DEVELOPMENT_BASE_URL, normalizeBaseUrl, rewriteManifest } = require("./scripts/manifest/baseUrl.cjs");

const DEV_SERVER_PORT = 3000;
const CERTIFICATE_TIMEOUT_MS = 20_000;

/**
 * The https options of office-addin-dev-certs (an optional dependency), or null with the reason when the
 * developer certificates cannot be created or trusted on this machine (Linux without sudo, no package).
 */
async function developmentCertificates() {
  if (process.env.KOERS_DEV_HTTP === "1") return { options: null, reason: "KOERS_DEV_HTTP=1" };
  let certificates;
  try {
    certificates = require("office-addin-dev-certs");
  } catch {
    return { options: null, reason: "office-addin-dev-certs is not installed" };
  }
  let timer;
  try {
    const options = await Promise.race([
      certificates.getHttpsServerOptions(),
      new Promise((_, reject) => {
        timer = setTimeout(
          () => reject(new Error(`no answer within ${CERTIFICATE_TIMEOUT_MS / 1000} s`)),
          CERTIFICATE_TIMEOUT_MS,
        );
      }),
    ]);
    return { options, reason: null };
  } catch (error) {
    return { options: null, reason: String(error instanceof Error ? error.message : error).split("\n")[0] };
  } finally {
    clearTimeout(timer);
  }
}

/**
 * `/` of the dev server answers with a redirect to the task pane, the page a browser (and `npm start`'s
 * first line) should open; the manifest names /taskpane.html itself.
 */
function paneRedirect(request, response, next) {
  const [pathname, query] = (request.url || "/").split("?");
  if (pathname !== "/" || !["GET", "HEAD"].includes(request.method)) return next();
  response.statusCode = 302;
  response.setHeader("Location", `/taskpane.html${query === undefined ? "" : `?${query}`}`);
  response.end();
}

module.exports = async (env = {}, argv = {}) => {
  const production = argv.mode === "production";
  const serving = Boolean(env.WEBPACK_SERVE);
  const baseUrl = normalizeBaseUrl(process.env.ADDIN_URL || DEVELOPMENT_BASE_URL);

  let server = "http";
  if (serving) {
    const { options, reason } = await developmentCertificates();
    if (options) server = { type: "https", options };
    else {
      console.warn(
        [
          "",
          `⚠ Koers: serving over plain http://localhost:${DEV_SERVER_PORT}/ because the Office developer certificates`,
          `  could not be installed (${reason}).`,
          "  Excel only loads add-ins over https: this server is fine for the browser preview of the pane, but to sideload",
          "  in Excel run `npx office-addin-dev-certs install` on Windows or macOS, or deploy a build to an https host",
          '  (see README, "Troubleshooting").',
          "",
        ].join("\n"),
      );
    }
  }

  return {
    mode: production ? "production" : "development",
    // NOTE: no source maps in production: they double the minifier's work and the E2E suite builds on every run.
    devtool: production ? false : "source-map",
    entry: {
      taskpane: "./src/taskpane/index.tsx",
      commands: "./src/commands/commands.ts",
    },
    output: {
      path: path.resolve(__dirname, "dist"),
      filename: production ? "[name].[contenthash:8].js" : "[name].js",
      chunkFilename: production ? "[name].[contenthash:8].js" : "[name].js",
      publicPath: "auto",
      clean: true,
    },
    resolve: {
      extensions: [".ts", ".tsx", ".js", ".mjs", ".json"],
    },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: {
            loader: "ts-loader",
            options: {
              transpileOnly: true,
              configFile: path.resolve(__dirname, "tsconfig.json"),
              compilerOptions: { module: "esnext", moduleResolution: "node", sourceMap: true },
            },
          },
        },
      ],
    },
    plugins: [
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/taskpane/taskpane.html",
        chunks: ["taskpane"],
      }),
      new HtmlWebpackPlugin({
        filename: "commands.html",
        template: "./src/commands/commands.html",
        chunks: ["commands"],
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets", to: "assets" },
          {
            from: "manifest.xml",
            to: "manifest.xml",
            transform: (content) => (production ? rewriteManifest(content.toString(), baseUrl) : content),
          },
        ],
      }),
    ],
    optimization: {
      // One compress pass instead of the default two: the E2E suite runs this build on every `npm test`.
      minimizeOptions: { javascript: { compress: { passes: 1 } } },
    },
    performance: {
      hints: production ? "warning" : false,
      // NOTE: the entry budget is what opening the pane costs; lazy chunks (ExcelJS, the Office host) count
      // only against the per-file budget.
      maxEntrypointSize: 1_200_000,
      maxAssetSize: 1_500_000,
      assetFilter: (file) => file.endsWith(".js"),
    },
    devServer: {
      port: DEV_SERVER_PORT,
      host: "localhost",
      server,
      headers: { "Access-Control-Allow-Origin": "*" },
      static: false,
      hot: false,
      liveReload: true,
      client: { overlay: { warnings: false, errors: true } },
      setupMiddlewares: (middlewares) => [
        ...middlewares,
        { name: "koers-pane-redirect", middleware: paneRedirect },
      ],
    },
  };
};
