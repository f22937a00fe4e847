/**
 * Requirement sets an Office host can report, with their published versions. A manifest naming any
 * other set or version can never be satisfied, so Office would refuse to load the add-in.
 * NOTE: extend this table when Microsoft publishes a new version (ExcelApi 1.20 was the newest in 2025).
 */
const range = (last) => Array.from({ length: last }, (_, index) => `1.${index + 1}`);

export const KNOWN_REQUIREMENT_SETS = {
  ExcelApi: range(20),
  ExcelApiOnline: ["1.1"],
  ExcelApiDesktop: ["1.1"],
  AddinCommands: range(4),
  DialogApi: range(2),
  DialogOrigin: ["1.1"],
  SharedRuntime: range(2),
  RibbonApi: range(2),
  IdentityAPI: ["1.3"],
  NestedAppAuth: ["1.1"],
  KeyboardShortcuts: ["1.1"],
  OpenBrowserWindowApi: ["1.1"],
  DevicePermissionService: ["1.1"],
  CustomFunctionsRuntime: range(4),
  ImageCoercion: range(2),
  DocumentEvents: ["1.1"],
  File: ["1.1"],
  Settings: ["1.1"],
  Selection: ["1.1"],
  TextCoercion: ["1.1"],
  TableCoercion: ["1.1"],
  MatrixCoercion: ["1.1"],
  BindingEvents: ["1.1"],
  PdfFile: ["1.1"],
  CompressedFile: ["1.1"],
};

/** Returns null when the set and version exist, else a sentence saying what is wrong. */
export function describeUnknownRequirement(name, version) {
  const versions = KNOWN_REQUIREMENT_SETS[name];
  if (!versions) {
    return `requirement set "${name}" does not exist (known: ${Object.keys(KNOWN_REQUIREMENT_SETS).join(", ")})`;
  }
  if (version !== undefined && !versions.includes(version)) {
    return `requirement set ${name} has no version ${version} (known: ${versions[0]}–${versions[versions.length - 1]})`;
  }
  return null;
}
