/**
 * Layering (ARCHITECTURE.md "Layers"): taskpane → hosts → core. core is pure TypeScript.
 * `npm test` runs this; a wrong import fails the build.
 */
module.exports = {
  forbidden: [
    {
      name: "core-is-pure",
      severity: "error",
      comment:
        "src/core imports nothing from hosts, taskpane, commands, npm UI/IO packages or Node built-ins.",
      from: { path: "^src/core" },
      to: {
        pathNot: ["^src/core", "^node_modules/(i18next|simple-statistics|jstat|zod)/"],
      },
    },
    {
      name: "core-no-node-builtins",
      severity: "error",
      from: { path: "^src/core" },
      to: { dependencyTypes: ["core"] },
    },
    {
      name: "node-builtins-only-in-xlsx-node",
      comment:
        "Node's built-ins (fs, path, zlib, …) only in src/hosts/xlsx/node (the CLI and its zlib zip): the rest of the xlsx host, the Office host, the pane and the commands run in the browser.",
      severity: "error",
      from: { path: "^src/", pathNot: "^src/hosts/xlsx/node/" },
      to: { dependencyTypes: ["core"] },
    },
    {
      name: "core-through-facade",
      severity: "error",
      comment:
        "Hosts, the task pane and the ribbon commands reach core only through its facade, src/core/index.ts.",
      from: { path: "^src/(hosts|taskpane|commands)" },
      to: { path: "^src/core/", pathNot: "^src/core/index\\.ts$" },
    },
    {
      name: "xlsx-host-through-role-files",
      severity: "error",
      comment:
        "Outside src/hosts/xlsx, the xlsx host is reached only through its role files (read, write, stored, generate, index), never its parts in package/, read/ or write/.",
      from: { path: "^src/(hosts|taskpane|commands)/", pathNot: "^src/hosts/xlsx/" },
      to: { path: "^src/hosts/xlsx/", pathNot: "^src/hosts/xlsx/(read|write|stored|generate|index)\\.ts$" },
    },
    {
      name: "office-host-through-index",
      severity: "error",
      comment:
        "The task pane and the ribbon commands reach the Office host only through src/hosts/office/index.ts.",
      from: { path: "^src/(hosts|taskpane|commands)/", pathNot: "^src/hosts/office/" },
      to: { path: "^src/hosts/office/", pathNot: "^src/hosts/office/index\\.ts$" },
    },
    {
      name: "hosts-not-up",
      severity: "error",
      comment: "Hosts may use core, never the task pane or the ribbon commands.",
      from: { path: "^src/hosts" },
      to: { path: "^src/(taskpane|commands)" },
    },
    {
      name: "office-host-not-xlsx-statically",
      severity: "error",
      comment: "The Office bundle loads the xlsx host (JSZip, the package writer) only by dynamic import.",
      from: { path: "^src/hosts/office" },
      to: { path: "^src/hosts/xlsx", dependencyTypesNot: ["dynamic-import"] },
    },
    {
      name: "src-not-dev-dependencies",
      severity: "error",
      comment:
        "Shipped code uses production dependencies only; ExcelJS and the other devDependencies serve tests and scripts.",
      from: { path: "^src" },
      to: { dependencyTypes: ["npm-dev"] },
    },
    {
      name: "xlsx-host-not-office",
      severity: "error",
      from: { path: "^src/hosts/xlsx" },
      to: { path: "^src/hosts/office" },
    },
    {
      name: "no-circular",
      severity: "error",
      from: {},
      to: { circular: true },
    },
  ],
  options: {
    doNotFollow: { path: "node_modules" },
    tsConfig: { fileName: "tsconfig.json" },
    tsPreCompilationDeps: true,
    exclude: { path: "\\.d\\.ts$" },
  },
};
