/**
 * The parts of the Office add-in manifest schema (OfficeAppManifest 1.1 with TaskPaneApp, and
 * TaskPaneAppVersionOverrides 1.0) that a task pane add-in with ribbon buttons uses. Office validates a
 * manifest against the XSD, which fixes the order of child elements: an element out of order makes
 * sideloading fail.
 */

export const NAMESPACES = {
  officeApp: "http://schemas.microsoft.com/office/appforoffice/1.1",
  basicTypes: "http://schemas.microsoft.com/office/officeappbasictypes/1.0",
  taskPaneOverrides: "http://schemas.microsoft.com/office/taskpaneappversionoverrides",
};

/**
 * Child sequences keyed by a path suffix ("Parent" or "Grandparent/Parent"); the longest matching suffix
 * wins. `required` children must occur; every other child must be listed.
 */
export const SEQUENCES = {
  OfficeApp: {
    order: [
      "Id",
      "AlternateId",
      "Version",
      "ProviderName",
      "DefaultLocale",
      "DisplayName",
      "Description",
      "IconUrl",
      "HighResolutionIconUrl",
      "SupportUrl",
      "AppDomains",
      "Hosts",
      "Requirements",
      "DefaultSettings",
      "Permissions",
      "Dictionary",
      "VersionOverrides",
      "ExtendedOverrides",
    ],
    required: [
      "Id",
      "Version",
      "ProviderName",
      "DefaultLocale",
      "DisplayName",
      "Description",
      "DefaultSettings",
      "Permissions",
    ],
  },
  "OfficeApp/DefaultSettings": { order: ["SourceLocation"], required: ["SourceLocation"] },
  "OfficeApp/AppDomains": { order: ["AppDomain"], required: [] },
  "OfficeApp/Hosts": { order: ["Host"], required: ["Host"] },
  Requirements: { order: ["Sets", "Methods"], required: [] },
  Sets: { order: ["Set"], required: ["Set"] },
  "OfficeApp/VersionOverrides": {
    order: [
      "Description",
      "Requirements",
      "Hosts",
      "Resources",
      "WebApplicationInfo",
      "EquivalentAddins",
      "VersionOverrides",
    ],
    required: ["Hosts", "Resources"],
  },
  "VersionOverrides/Hosts": { order: ["Host"], required: ["Host"] },
  "VersionOverrides/Hosts/Host": { order: ["Runtimes", "AllFormFactors", "DesktopFormFactor"], required: [] },
  DesktopFormFactor: {
    order: ["GetStarted", "FunctionFile", "ExtensionPoint"],
    required: ["ExtensionPoint"],
  },
  GetStarted: { order: ["Title", "Description", "LearnMoreUrl"], required: ["Title", "Description"] },
  ExtensionPoint: { order: ["OfficeTab", "CustomTab", "OfficeMenu"], required: [] },
  OfficeTab: { order: ["Group"], required: ["Group"] },
  CustomTab: { order: ["Group", "OfficeGroup", "Label", "InsertAfter", "InsertBefore"], required: ["Label"] },
  Group: { order: ["Label", "Icon", "Control", "OfficeControl"], required: ["Label", "Icon"] },
  Control: {
    order: ["Label", "Supertip", "Icon", "Action", "Items", "Enabled", "OverriddenByRibbonApi"],
    required: ["Label", "Supertip", "Icon"],
  },
  Supertip: { order: ["Title", "Description"], required: ["Title", "Description"] },
  Icon: { order: ["Image"], required: ["Image"] },
  Resources: { order: ["Images", "Urls", "ShortStrings", "LongStrings"], required: [] },
  Images: { order: ["Image"], required: [] },
  Urls: { order: ["Url"], required: [] },
  ShortStrings: { order: ["String"], required: [] },
  LongStrings: { order: ["String"], required: [] },
};

/** Action children per xsi:type. */
export const ACTION_SEQUENCES = {
  ShowTaskpane: {
    order: ["TaskpaneId", "SourceLocation", "Title", "SupportsPinning"],
    required: ["SourceLocation"],
  },
  ExecuteFunction: { order: ["FunctionName"], required: ["FunctionName"] },
};

/** Which resource table each resid-bearing element refers to. */
export const RESOURCE_KIND_BY_ELEMENT = {
  Image: "Images",
  FunctionFile: "Urls",
  SourceLocation: "Urls",
  LearnMoreUrl: "Urls",
  Label: "ShortStrings",
  Title: "ShortStrings",
  Description: "LongStrings",
};

export const PERMISSIONS = [
  "Restricted",
  "ReadDocument",
  "ReadAllDocument",
  "WriteDocument",
  "ReadWriteDocument",
];

/** Length limits of the basic types (ShortString 125, LongString 250, resource id 32). */
export const LIMITS = { ShortStrings: 125, LongStrings: 250, referenceId: 32, url: 2048 };

/** Pixel size Office expects for the base icons. */
export const BASE_ICON_SIZES = { IconUrl: 32, HighResolutionIconUrl: 64 };

/** Resolves the sequence for an element by the longest path suffix that has one. */
export function sequenceFor(element) {
  if (element.name === "Action") return ACTION_SEQUENCES[element.attributes.type] ?? null;
  const parts = element.path.split("/");
  for (let start = 0; start < parts.length; start++) {
    const suffix = parts.slice(start).join("/");
    if (SEQUENCES[suffix]) return SEQUENCES[suffix];
  }
  return null;
}
