import js from "@eslint/js";
import tseslint from "typescript-eslint";
import reactHooks from "eslint-plugin-react-hooks";
import officeAddins from "eslint-plugin-office-addins";

/**
 * The Office.js rules of eslint-plugin-office-addins' recommended set (load before read, sync before read,
 * no sync in a loop, no empty or navigational load, isNullObject instead of null tests), taken from the
 * plugin so an upgrade brings its new rules along. Its other entries (prettier as a lint rule, an ES6 parser
 * setting) are left out: Prettier runs on its own in `npm run lint` and typescript-eslint parses here.
 * NOTE: the plugin's warnings are raised to errors: a warning would pass `npm test` unseen.
 */
const officeAddinsRules = Object.fromEntries(
  officeAddins.configs.recommended
    .flatMap((config) => Object.keys(config.rules ?? {}))
    .filter((rule) => rule.startsWith("office-addins/"))
    .map((rule) => [rule, "error"]),
);

export default tseslint.config(
  {
    ignores: [
      "node_modules",
      "dist",
      "build",
      "coverage",
      "test-results",
      "**/*.cjs",
      "webpack.config.js",
      "jest.config.js",
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ["**/*.{ts,tsx}"],
    plugins: { "react-hooks": reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      "@typescript-eslint/naming-convention": [
        "error",
        { selector: "interface", format: ["PascalCase"], custom: { regex: "^I[A-Z]", match: false } },
        { selector: "typeAlias", format: ["PascalCase"] },
      ],
    },
  },
  {
    files: ["src/**/*.{ts,tsx}"],
    rules: {
      // Lists grow with the workbook: a spread passes every item as an argument and overflows V8's stack
      // past about 120,000 (src/core/collections.ts).
      "no-restricted-syntax": [
        "error",
        {
          selector: "CallExpression[callee.property.name=/^(push|unshift)$/] > SpreadElement",
          message:
            "Use appendAll (src/core/collections.ts): a spread into push overflows the stack on long lists.",
        },
        {
          selector:
            "CallExpression[callee.object.name='Math'][callee.property.name=/^(max|min)$/] > SpreadElement",
          message:
            "Use a loop or largest (src/core/collections.ts): a spread overflows the stack on long lists.",
        },
      ],
    },
  },
  {
    files: ["src/hosts/office/**/*.{ts,tsx}", "src/commands/**/*.{ts,tsx}", "src/taskpane/**/*.{ts,tsx}"],
    plugins: { "office-addins": officeAddins },
    rules: officeAddinsRules,
  },
  {
    files: ["src/core/**/*.ts"],
    rules: {
      "no-restricted-globals": ["error", "window", "document", "Office", "Excel", "process", "require"],
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            "react*",
            "exceljs",
            "jszip",
            "node:*",
            "fs",
            "path",
            "@fluentui/*",
            "office-*",
            "../hosts/*",
            "../../hosts/*",
            "../taskpane/*",
          ],
        },
      ],
    },
  },
  {
    files: ["scripts/**/*.mjs", "bin/**/*.cjs"],
    languageOptions: {
      globals: {
        process: "readonly",
        console: "readonly",
        Buffer: "readonly",
        URL: "readonly",
        setTimeout: "readonly",
        clearTimeout: "readonly",
        setImmediate: "readonly",
        performance: "readonly",
        __dirname: "readonly",
        require: "readonly",
        module: "writable",
      },
    },
  },
);
