/**
 * A minimal JSON Schema (2020-12) validator for the keywords schema/report.schema.json uses: type,
 * const, enum, properties, required, additionalProperties, items, $ref (#/$defs/…), oneOf, allOf,
 * pattern, minimum, maximum, minLength. Returns the problems as "path: message" lines.
 */
export type Schema = Record<string, unknown>;

export function validateJson(value: unknown, schema: Schema): string[] {
  const errors: string[] = [];
  check(value, schema, schema, "$", errors);
  return errors;
}

function check(value: unknown, schema: Schema, root: Schema, path: string, errors: string[]): void {
  if (typeof schema.$ref === "string") {
    const target = schema.$ref
      .replace(/^#\//, "")
      .split("/")
      .reduce<unknown>((node, key) => (node as Record<string, unknown>)[key], root) as Schema;
    check(value, target, root, path, errors);
  }
  if ("const" in schema && value !== schema.const)
    errors.push(`${path}: expected ${JSON.stringify(schema.const)}`);
  if (Array.isArray(schema.enum) && !schema.enum.includes(value as never)) {
    errors.push(`${path}: ${JSON.stringify(value)} is not one of ${JSON.stringify(schema.enum)}`);
  }
  if (schema.type !== undefined) {
    const types = [schema.type].flat() as string[];
    if (!types.some((type) => hasType(value, type)))
      errors.push(`${path}: expected ${types.join("|")}, got ${JSON.stringify(value)}`);
  }
  if (Array.isArray(schema.allOf))
    for (const part of schema.allOf as Schema[]) check(value, part, root, path, errors);
  if (Array.isArray(schema.oneOf)) {
    const passing = (schema.oneOf as Schema[]).filter((option) => validateAgainst(value, option, root));
    if (passing.length !== 1) errors.push(`${path}: matches ${passing.length} of oneOf`);
  }
  if (typeof value === "string") {
    if (typeof schema.pattern === "string" && !new RegExp(schema.pattern, "u").test(value)) {
      errors.push(`${path}: "${value}" does not match ${schema.pattern}`);
    }
    if (typeof schema.minLength === "number" && value.length < schema.minLength)
      errors.push(`${path}: too short`);
  }
  if (typeof value === "number") {
    if (typeof schema.minimum === "number" && value < schema.minimum)
      errors.push(`${path}: below ${schema.minimum}`);
    if (typeof schema.maximum === "number" && value > schema.maximum)
      errors.push(`${path}: above ${schema.maximum}`);
  }
  if (Array.isArray(value) && schema.items) {
    value.forEach((item, index) => check(item, schema.items as Schema, root, `${path}[${index}]`, errors));
  }
  if (value !== null && typeof value === "object" && !Array.isArray(value)) {
    const object = value as Record<string, unknown>;
    const properties = (schema.properties ?? {}) as Record<string, Schema>;
    for (const key of (schema.required ?? []) as string[]) {
      if (!(key in object)) errors.push(`${path}: missing ${key}`);
    }
    for (const [key, item] of Object.entries(object)) {
      if (properties[key]) check(item, properties[key], root, `${path}.${key}`, errors);
      else if (schema.additionalProperties === false) errors.push(`${path}: unexpected property ${key}`);
      else if (typeof schema.additionalProperties === "object") {
        check(item, schema.additionalProperties as Schema, root, `${path}.${key}`, errors);
      }
    }
  }
}

function validateAgainst(value: unknown, schema: Schema, root: Schema): boolean {
  const errors: string[] = [];
  check(value, schema, root, "", errors);
  return errors.length === 0;
}

function hasType(value: unknown, type: string): boolean {
  switch (type) {
    case "null":
      return value === null;
    case "array":
      return Array.isArray(value);
    case "object":
      return value !== null && typeof value === "object" && !Array.isArray(value);
    case "integer":
      return Number.isInteger(value);
    case "number":
      return typeof value === "number" && Number.isFinite(value);
    default:
      return typeof value === type;
  }
}
