import { XMLParser, XMLValidator } from "fast-xml-parser";

/**
 * A parsed manifest element. Names are local (prefix removed: "bt:Image" → "Image") so checks do not
 * depend on which prefix a manifest author chose; `namespace` keeps the resolved namespace URI.
 * @typedef {{ name: string, namespace: string | null, attributes: Record<string, string>,
 *   children: ManifestElement[], text: string, path: string, parent: ManifestElement | null }} ManifestElement
 */

const localName = (qualified) => qualified.slice(qualified.indexOf(":") + 1);

/**
 * Parses manifest text. Returns `{ root }` or `{ error }` with the parser's message and line when the
 * text is not well-formed XML.
 * @returns {{ root: ManifestElement } | { error: string }}
 */
export function parseManifest(text) {
  const verdict = XMLValidator.validate(text);
  if (verdict !== true) {
    return {
      error: `not well-formed XML: ${verdict.err.msg} (line ${verdict.err.line}, column ${verdict.err.col})`,
    };
  }
  const parser = new XMLParser({
    preserveOrder: true,
    ignoreAttributes: false,
    attributeNamePrefix: "",
    parseAttributeValue: false,
    parseTagValue: false,
    trimValues: true,
    ignoreDeclaration: true,
    ignorePiTags: true,
  });
  const nodes = parser.parse(text);
  const elements = nodes.flatMap((node) => toElements(node, null, {}));
  if (elements.length !== 1) return { error: "the manifest must have exactly one root element" };
  return { root: elements[0] };
}

function toElements(node, parent, scope) {
  const key = Object.keys(node).find((name) => name !== ":@");
  if (key === undefined || key === "#text" || key.startsWith("#") || key.startsWith("?")) return [];
  const rawAttributes = node[":@"] ?? {};
  const namespaces = { ...scope };
  const attributes = {};
  for (const [name, value] of Object.entries(rawAttributes)) {
    if (name === "xmlns") namespaces[""] = value;
    else if (name.startsWith("xmlns:")) namespaces[name.slice(6)] = value;
    else attributes[localName(name)] = String(value);
  }
  const prefix = key.includes(":") ? key.slice(0, key.indexOf(":")) : "";
  const name = localName(key);
  const element = {
    name,
    namespace: namespaces[prefix] ?? null,
    attributes,
    children: [],
    text: "",
    path: parent ? `${parent.path}/${name}` : name,
    parent,
  };
  for (const child of node[key]) {
    if ("#text" in child) element.text += String(child["#text"]);
    else element.children.push(...toElements(child, element, namespaces));
  }
  element.text = element.text.trim();
  return [element];
}

/** The first child with this local name, or undefined. */
export function child(element, name) {
  return element?.children.find((candidate) => candidate.name === name);
}

/** Every descendant (depth first, document order) with this local name. */
export function descendants(element, name) {
  const found = [];
  const visit = (node) => {
    for (const next of node.children) {
      if (name === undefined || next.name === name) found.push(next);
      visit(next);
    }
  };
  visit(element);
  return found;
}

/** A readable location: the element path plus its id or resid when it has one. */
export function describe(element) {
  const label = element.attributes.id ?? element.attributes.resid;
  return label ? `${element.path}[${label}]` : element.path;
}
