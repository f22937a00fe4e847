/**
 * Builds the in-Excel self-test page (test/excel/selftest.html + selfTestPage.ts) into build/selftest/, on
 * top of the pane's own webpack config (same loader, same dev server with the Office developer certificates):
 *
 *   npx webpack --config test/excel/webpack.config.cjs --mode development          (the E2E globalSetup)
 *   npx webpack serve --config test/excel/webpack.config.cjs --mode development    (npm run test:excel)
 *
 * The dev server also serves the test workbook's directory (KOERS_SELFTEST_FILES, default .cache/excel) at
 * /selftest-files/, where the page fetches the file the reader compares with. Never part of dist/.
 */
const path = require("node:path");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const makeConfig = require("../../webpack.config.js");

const root = path.resolve(__dirname, "../..");

module.exports = async (env = {}, argv = {}) => {
  const base = await makeConfig(env, argv);
  const files = process.env.KOERS_SELFTEST_FILES || path.join(root, ".cache", "excel");
  return {
    ...base,
    devtool: false,
    entry: { selftest: "./test/excel/selfTestPage.ts" },
    output: { ...base.output, path: path.join(root, "build", "selftest") },
    plugins: [
      // The icons and manifest of the pane's build: the sideloaded ribbon shows them.
      ...base.plugins.filter((plugin) => !(plugin instanceof HtmlWebpackPlugin)),
      new HtmlWebpackPlugin({
        filename: "selftest.html",
        template: "./test/excel/selftest.html",
        chunks: ["selftest"],
      }),
    ],
    performance: { hints: false },
    devServer: { ...base.devServer, static: { directory: files, publicPath: "/selftest-files" } },
  };
};
