import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { imageSize } from "image-size";
import { child, describe, descendants } from "./tree.mjs";
import { describeUnknownRequirement } from "./requirementSets.mjs";
import {
  BASE_ICON_SIZES,
  LIMITS,
  NAMESPACES,
  PERMISSIONS,
  RESOURCE_KIND_BY_ELEMENT,
  sequenceFor,
} from "./schema.mjs";

/**
 * @typedef {import("./tree.mjs").ManifestElement} ManifestElement
 * @typedef {{ check: string, message: string }} Problem
 * @typedef {{ root: ManifestElement, baseUrl: string, fileRoot: string }} CheckContext
 */

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const VERSION = /^\d{1,5}(\.\d{1,5}){0,3}$/;
const CULTURE = /^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/;

/** Elements whose DefaultValue (and Override Value) is a URL. */
const URL_ELEMENTS = new Set([
  "IconUrl",
  "HighResolutionIconUrl",
  "SupportUrl",
  "SourceLocation",
  "Url",
  "Image",
]);

function resourceTables(root) {
  const resources = child(child(root, "VersionOverrides"), "Resources");
  const tables = { Images: new Map(), Urls: new Map(), ShortStrings: new Map(), LongStrings: new Map() };
  for (const kind of Object.keys(tables)) {
    for (const entry of child(resources, kind)?.children ?? []) {
      const list = tables[kind].get(entry.attributes.id) ?? [];
      list.push(entry);
      tables[kind].set(entry.attributes.id, list);
    }
  }
  return tables;
}

/** Values of an element: its DefaultValue and each Override Value. */
function localizedValues(element) {
  const values = [];
  if (element.attributes.DefaultValue !== undefined)
    values.push({ value: element.attributes.DefaultValue, locale: null });
  for (const override of element.children.filter((candidate) => candidate.name === "Override")) {
    values.push({ value: override.attributes.Value ?? "", locale: override.attributes.Locale ?? "" });
  }
  return values;
}

/** Every URL in the manifest with where it was found. */
function collectUrls(root) {
  const urls = [];
  const visit = (element) => {
    if (URL_ELEMENTS.has(element.name) && element.attributes.DefaultValue !== undefined) {
      for (const { value, locale } of localizedValues(element)) {
        urls.push({
          url: value,
          where: locale ? `${describe(element)} (${locale})` : describe(element),
          element,
        });
      }
    }
    if (element.name === "AppDomain")
      urls.push({ url: element.text, where: element.path, element, origin: true });
    element.children.forEach(visit);
  };
  visit(root);
  return urls;
}

/**
 * The checks, in the order they run. Each takes the context and returns problems; a check never throws
 * on a broken manifest.
 * @type {Array<{ name: string, run: (context: CheckContext) => Problem[] }>}
 */
export const CHECKS = [
  {
    name: "root",
    run({ root }) {
      const problems = [];
      if (root.name !== "OfficeApp")
        problems.push(`the root element is <${root.name}>, expected <OfficeApp>`);
      if (root.namespace !== NAMESPACES.officeApp) {
        problems.push(
          `<OfficeApp> must be in namespace ${NAMESPACES.officeApp} (found ${root.namespace ?? "none"})`,
        );
      }
      if (root.attributes.type !== "TaskPaneApp") {
        problems.push(`<OfficeApp> xsi:type is "${root.attributes.type ?? ""}", expected "TaskPaneApp"`);
      }
      const overrides = child(root, "VersionOverrides");
      if (overrides && overrides.namespace !== NAMESPACES.taskPaneOverrides) {
        problems.push(`<VersionOverrides> must be in namespace ${NAMESPACES.taskPaneOverrides}`);
      }
      if (overrides && overrides.attributes.type !== "VersionOverridesV1_0") {
        problems.push(
          `<VersionOverrides> xsi:type is "${overrides.attributes.type ?? ""}", expected "VersionOverridesV1_0"`,
        );
      }
      return problems.map((message) => ({ check: "root", message }));
    },
  },
  {
    name: "schema-order",
    run({ root }) {
      const problems = [];
      const visit = (element) => {
        const sequence = sequenceFor(element);
        if (sequence) {
          let position = -1;
          let previous = null;
          for (const next of element.children) {
            const index = sequence.order.indexOf(next.name);
            if (index === -1) {
              problems.push(
                `<${next.name}> is not allowed in ${describe(element)} (allowed: ${sequence.order.join(", ")})`,
              );
            } else if (index < position) {
              problems.push(
                `<${next.name}> must come before <${previous}> in ${describe(element)} (schema order: ${sequence.order.join(", ")})`,
              );
            } else {
              position = index;
              previous = next.name;
            }
          }
          for (const required of sequence.required) {
            if (!child(element, required))
              problems.push(`${describe(element)} is missing required element <${required}>`);
          }
        }
        element.children.forEach(visit);
      };
      visit(root);
      return problems.map((message) => ({ check: "schema-order", message }));
    },
  },
  {
    name: "values",
    run({ root }) {
      const problems = [];
      const text = (name) => child(root, name)?.text ?? "";
      if (child(root, "Id") && !GUID.test(text("Id"))) problems.push(`<Id> "${text("Id")}" is not a GUID`);
      if (child(root, "Version") && !VERSION.test(text("Version"))) {
        problems.push(`<Version> "${text("Version")}" is not of the form n.n.n.n`);
      }
      if (child(root, "DefaultLocale") && !CULTURE.test(text("DefaultLocale"))) {
        problems.push(`<DefaultLocale> "${text("DefaultLocale")}" is not a culture name like nl-NL`);
      }
      if (child(root, "Permissions") && !PERMISSIONS.includes(text("Permissions"))) {
        problems.push(`<Permissions> "${text("Permissions")}" is not one of ${PERMISSIONS.join(", ")}`);
      }
      for (const [name, limit] of [
        ["DisplayName", LIMITS.ShortStrings],
        ["Description", LIMITS.LongStrings],
      ]) {
        const element = child(root, name);
        if (!element) continue;
        for (const { value, locale } of localizedValues(element)) {
          if (value.length === 0) problems.push(`<${name}>${locale ? ` (${locale})` : ""} is empty`);
          if (value.length > limit)
            problems.push(
              `<${name}>${locale ? ` (${locale})` : ""} is ${value.length} characters, the limit is ${limit}`,
            );
        }
      }
      for (const override of descendants(root, "Override")) {
        const locale = override.attributes.Locale ?? "";
        if (!CULTURE.test(locale))
          problems.push(
            `${describe(override.parent)} has an Override with locale "${locale}", not a culture name`,
          );
      }
      return problems.map((message) => ({ check: "values", message }));
    },
  },
  {
    name: "resources",
    run({ root }) {
      const problems = [];
      const tables = resourceTables(root);
      for (const [kind, table] of Object.entries(tables)) {
        for (const [id, entries] of table) {
          if (!id) problems.push(`an entry in <${kind}> has no id`);
          else if (id.length > LIMITS.referenceId)
            problems.push(
              `resource id "${id}" is ${id.length} characters, the limit is ${LIMITS.referenceId}`,
            );
          if (entries.length > 1)
            problems.push(`resource id "${id}" is defined ${entries.length} times in <${kind}>`);
          const limit = LIMITS[kind];
          for (const entry of entries) {
            for (const { value, locale } of localizedValues(entry)) {
              if (limit && value.length > limit) {
                problems.push(
                  `${kind} "${id}"${locale ? ` (${locale})` : ""} is ${value.length} characters, the limit is ${limit}`,
                );
              }
            }
          }
        }
      }
      const overrides = child(root, "VersionOverrides");
      const used = new Set();
      for (const element of overrides ? descendants(overrides) : []) {
        const resid = element.attributes.resid;
        if (resid === undefined) continue;
        const kind = RESOURCE_KIND_BY_ELEMENT[element.name];
        if (!kind) continue;
        used.add(`${kind}:${resid}`);
        if (!tables[kind].has(resid)) {
          const elsewhere = Object.keys(tables).find((other) => tables[other].has(resid));
          problems.push(
            `resid "${resid}" used by ${describe(element)} is not defined in <bt:${kind}>` +
              (elsewhere ? ` (it is defined in <bt:${elsewhere}>, the wrong table)` : ""),
          );
        }
      }
      return problems.map((message) => ({ check: "resources", message }));
    },
  },
  {
    name: "urls",
    run({ root, baseUrl }) {
      const problems = [];
      const base = new URL(baseUrl);
      for (const { url, where, origin } of collectUrls(root)) {
        let parsed;
        try {
          parsed = new URL(url);
        } catch {
          problems.push(`${where}: "${url}" is not an absolute URL`);
          continue;
        }
        if (parsed.protocol !== "https:") problems.push(`${where}: "${url}" must use https`);
        else if (origin ? parsed.origin !== base.origin : !parsed.href.startsWith(base.href)) {
          problems.push(
            `${where}: "${url}" is not under the add-in's base URL ${origin ? base.origin : base.href}`,
          );
        }
        if (url.length > LIMITS.url) problems.push(`${where}: URL is longer than ${LIMITS.url} characters`);
      }
      return problems.map((message) => ({ check: "urls", message }));
    },
  },
  {
    name: "icons",
    run({ root, baseUrl, fileRoot }) {
      const problems = [];
      const expected = new Map();
      const want = (url, size, where) => {
        const list = expected.get(url) ?? [];
        list.push({ size, where });
        expected.set(url, list);
      };
      for (const [name, size] of Object.entries(BASE_ICON_SIZES)) {
        const element = child(root, name);
        if (element) for (const { value } of localizedValues(element)) want(value, size, `<${name}>`);
      }
      const images = resourceTables(root).Images;
      const overrides = child(root, "VersionOverrides");
      for (const usage of overrides ? descendants(overrides, "Image") : []) {
        if (usage.parent?.name !== "Icon") continue;
        const size = Number(usage.attributes.size);
        for (const entry of images.get(usage.attributes.resid) ?? []) {
          for (const { value } of localizedValues(entry))
            want(value, size, `${describe(usage)} (size ${usage.attributes.size})`);
        }
      }
      for (const [url, wants] of expected) {
        if (!url.startsWith(baseUrl)) continue;
        const relative = decodeURIComponent(url.slice(baseUrl.length).split(/[?#]/)[0]);
        const file = join(fileRoot, relative);
        if (!existsSync(file)) {
          problems.push(`icon ${url} has no file ${relative} (looked in ${fileRoot})`);
          continue;
        }
        let dimensions;
        try {
          dimensions = imageSize(readFileSync(file));
        } catch (error) {
          problems.push(`icon ${relative} is not an image: ${error.message}`);
          continue;
        }
        for (const { size, where } of wants) {
          if (dimensions.width !== size || dimensions.height !== size) {
            problems.push(
              `icon ${relative} is ${dimensions.width}×${dimensions.height} px, ${where} needs ${size}×${size}`,
            );
          }
        }
      }
      return problems.map((message) => ({ check: "icons", message }));
    },
  },
  {
    name: "requirement-sets",
    run({ root }) {
      const problems = [];
      for (const sets of descendants(root, "Sets")) {
        const defaultVersion = sets.attributes.DefaultMinVersion;
        for (const set of sets.children.filter((candidate) => candidate.name === "Set")) {
          const problem = describeUnknownRequirement(
            set.attributes.Name ?? "",
            set.attributes.MinVersion ?? defaultVersion,
          );
          if (problem) problems.push(problem);
        }
      }
      return problems.map((message) => ({ check: "requirement-sets", message }));
    },
  },
  {
    name: "commands",
    run({ root }) {
      const problems = [];
      const overrides = child(root, "VersionOverrides");
      if (!overrides) return [];
      const ids = new Map();
      for (const element of descendants(overrides)) {
        if (["Group", "Control", "OfficeTab", "CustomTab"].includes(element.name) && element.attributes.id) {
          ids.set(element.attributes.id, (ids.get(element.attributes.id) ?? 0) + 1);
        }
      }
      for (const [id, count] of ids) {
        if (count > 1 && id !== "TabHome") problems.push(`control id "${id}" is used ${count} times`);
      }
      for (const formFactor of descendants(overrides, "DesktopFormFactor")) {
        const functions = descendants(formFactor, "Action").filter(
          (action) => action.attributes.type === "ExecuteFunction",
        );
        if (functions.length > 0 && !child(formFactor, "FunctionFile")) {
          problems.push(`${describe(formFactor)} has ExecuteFunction buttons but no <FunctionFile>`);
        }
        for (const action of functions) {
          if (!/^[A-Za-z_$][\w$]*$/.test(child(action, "FunctionName")?.text ?? "")) {
            problems.push(`${describe(action.parent)}: <FunctionName> must be a JavaScript identifier`);
          }
        }
      }
      for (const action of descendants(overrides, "Action")) {
        if (!["ShowTaskpane", "ExecuteFunction"].includes(action.attributes.type)) {
          problems.push(
            `${describe(action.parent)}: action type "${action.attributes.type ?? ""}" is not ShowTaskpane or ExecuteFunction`,
          );
        }
      }
      return problems.map((message) => ({ check: "commands", message }));
    },
  },
];

/**
 * Runs every check. Returns all problems; an empty list means the manifest is valid.
 * @param {ManifestElement} root
 * @param {{ baseUrl: string, fileRoot: string }} options
 * @returns {Problem[]}
 */
export function runChecks(root, options) {
  return CHECKS.flatMap((check) => check.run({ root, ...options }));
}
