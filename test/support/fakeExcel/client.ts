/**
 * Proxy objects and the request context of the fake Excel. They follow Office.js' batching model:
 * property writes and method calls are queued, `load` asks for properties, and only `context.sync()`
 * runs the queue against the WorkbookModel, in order, and delivers loaded values. Reading a property
 * that was not loaded and synced throws PropertyNotLoaded, as Office.js does.
 *
 * NOTE: methods called on a null object (an *OrNullObject result that turned out missing) give null
 * objects again and loads on them give nulls. Office.js documents isNullObject but not chaining on a
 * null object; the Office host therefore falls back to a plain read when a speculative batch fails.
 */
import type {
  CellModel,
  ChartModel,
  NameModel,
  RangeTarget,
  Rect,
  ScalarValue,
  SeriesModel,
  WorkbookModel,
} from "./model";
import { SheetModel, boundingRect, intersectRect, parseRect, qualifiedAddress, rectAddress } from "./model";
import { displayText, parseInput } from "./cellText";

/** Excel on the web refuses requests and responses above 5 MB. */
export const payloadLimitBytes = 5 * 1024 * 1024;

/** An error shaped like OfficeExtension.Error: name "RichApi.Error", a `code` and `debugInfo`. */
export class FakeExcelError extends Error {
  readonly debugInfo: { code: string; message: string; errorLocation?: string };
  constructor(
    readonly code: string,
    message: string,
    errorLocation?: string,
  ) {
    super(message);
    this.name = "RichApi.Error";
    this.debugInfo = { code, message, errorLocation };
  }
}

export interface SyncRecord {
  requestBytes: number;
  responseBytes: number;
  operations: number;
  /** Cells whose contents the sync loaded: one per cell of each grid property (values, text, …) or getCellProperties. */
  cellsLoaded: number;
  screenUpdatingSuspended: boolean;
  calculationSuspended: boolean;
  failed?: string;
}

export interface FakeRuntime {
  model: WorkbookModel;
  /** Highest supported ExcelApi minor version: 4 = ExcelApi 1.1–1.4 (Excel 2016 with updates). */
  apiMinor: number;
  syncs: SyncRecord[];
  limitBytes: number;
  /** Cells loaded so far, as SyncRecord.cellsLoaded counts them. */
  cellsLoaded: number;
  /**
   * A test's bound on the cells loaded in all (not an Excel limit): passing it fails the sync, so a read that
   * would walk a 17-billion-cell used range stops at once instead of running for hours.
   */
  cellLoadLimit?: number;
  /** Failures a test makes Excel give (FakeExcel.fail). */
  faults: FakeFault[];
  /** Turns a base64 workbook into sheets for insertWorksheetsFromBase64; tests provide it. */
  decodeWorkbook?: (base64: string) => { name: string; cells: (ScalarValue | null)[][] }[];
}

/**
 * A failure a test makes the fake give: at the start of a sync ("sync") or when a queued operation whose
 * location ("…range.values", "…load") matches runs, once its sync is later than `afterSyncs`.
 */
export interface FakeFault {
  at: "sync" | RegExp;
  error: () => unknown;
  afterSyncs: number;
  /** How many more times it fails; Infinity for always. */
  times: number;
}

interface Operation {
  describe: unknown;
  run: () => void;
  /** Minor ExcelApi version the operation needs. */
  requires?: number;
  location: string;
}

const unresolved = Symbol("unresolved");
const nullObject = Symbol("null object");
type Resolved = unknown;

let nextProxyId = 1;

type LoadSpec = string | string[] | Record<string, unknown> | undefined;

export class FakeRequestContext {
  readonly workbook: FakeWorkbook;
  readonly application: FakeApplication;
  private queue: Operation[] = [];
  private pendingFlags = { screen: false, calculation: false };
  /** Loads collected during a sync, applied only once the response is known to fit. */
  private deliveries: (() => void)[] = [];
  private responseParts: unknown[] = [];

  constructor(readonly runtime: FakeRuntime) {
    this.workbook = new FakeWorkbook(this, () => runtime.model, "workbook");
    this.application = new FakeApplication(this, () => runtime.model, "application");
  }

  enqueue(operation: Operation): void {
    this.queue.push(operation);
  }

  flagSuspension(kind: "screen" | "calculation"): void {
    this.pendingFlags[kind] = true;
  }

  deliver(part: unknown, apply: () => void): void {
    this.responseParts.push(part);
    this.deliveries.push(apply);
  }

  get hasPending(): boolean {
    return this.queue.length > 0;
  }

  async sync(): Promise<void> {
    await Promise.resolve();
    const queue = this.queue;
    this.queue = [];
    const flags = this.pendingFlags;
    this.pendingFlags = { screen: false, calculation: false };
    if (queue.length === 0) return;
    const record: SyncRecord = {
      requestBytes: byteLength(queue.map((operation) => operation.describe)),
      responseBytes: 0,
      operations: queue.length,
      cellsLoaded: 0,
      screenUpdatingSuspended: flags.screen,
      calculationSuspended: flags.calculation,
    };
    this.runtime.syncs.push(record);
    if (record.requestBytes > this.runtime.limitBytes) {
      record.failed = "RequestPayloadSizeLimitExceeded";
      throw new FakeExcelError(
        "RequestPayloadSizeLimitExceeded",
        "The request payload size has exceeded the limit. See https://learn.microsoft.com/office/dev/add-ins/concepts/resource-limits-and-performance-optimization#excel-add-ins.",
      );
    }
    this.deliveries = [];
    this.responseParts = [];
    const cellsBefore = this.runtime.cellsLoaded;
    try {
      this.injectFault("sync");
      for (const operation of queue) {
        this.injectFault(operation.location);
        if (operation.requires !== undefined && operation.requires > this.runtime.apiMinor) {
          throw new FakeExcelError(
            "ApiNotFound",
            `The API you are trying to use could not be found (ExcelApi 1.${operation.requires}).`,
            operation.location,
          );
        }
        operation.run();
      }
    } catch (error) {
      record.failed = error instanceof FakeExcelError ? error.code : String(error);
      throw error;
    } finally {
      record.cellsLoaded = this.runtime.cellsLoaded - cellsBefore;
    }
    record.responseBytes = byteLength(this.responseParts);
    if (record.responseBytes > this.runtime.limitBytes) {
      record.failed = "ResponsePayloadSizeLimitExceeded";
      throw new FakeExcelError(
        "ResponsePayloadSizeLimitExceeded",
        "The response payload size has exceeded the limit.",
      );
    }
    for (const apply of this.deliveries) apply();
  }

  /** Throws the first fault that applies to `location` in this sync ("sync" for the sync itself). */
  private injectFault(location: string): void {
    const fault = this.runtime.faults.find(
      (candidate) =>
        candidate.times > 0 &&
        this.runtime.syncs.length > candidate.afterSyncs &&
        (candidate.at === "sync" ? location === "sync" : location !== "sync" && candidate.at.test(location)),
    );
    if (!fault) return;
    fault.times--;
    throw fault.error();
  }

  /** Office.js tracks objects across Excel.run; the fake keeps every proxy alive, so this is a no-op. */
  readonly trackedObjects = { add: () => undefined, remove: () => undefined };
}

/** UTF-8 bytes of the value's JSON, without Node's Buffer: the fake also runs in a browser (test/excel). */
function byteLength(value: unknown): number {
  const text = JSON.stringify(value) ?? "";
  let bytes = text.length;
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if (code >= 0xd800 && code <= 0xdbff) {
      bytes += 2; // a surrogate pair: 4 bytes for 2 UTF-16 units
      index++;
    } else if (code >= 0x800) bytes += 2;
    else if (code >= 0x80) bytes += 1;
  }
  return bytes;
}

/** Base of every proxy: lazy resolution against the model, queued loads, loaded-property checks. */
export class FakeClientObject {
  readonly _id = nextProxyId++;
  private target: Resolved | typeof unresolved = unresolved;
  protected loaded = new Map<string, unknown>();
  private children = new Map<string, FakeClientObject>();

  constructor(
    readonly context: FakeRequestContext,
    private readonly resolver: () => Resolved,
    readonly _path: string,
  ) {}

  /** The model object; null object when an *OrNullObject lookup found nothing. Throws like Excel when a plain lookup fails. */
  _resolve(): Resolved {
    if (this.target === unresolved) this.target = this.resolver();
    return this.target;
  }

  _bind(target: Resolved): void {
    this.target = target;
  }

  _isNull(): boolean {
    return this._resolve() === nullObject;
  }

  get isNullObject(): boolean {
    return this._loadedValue("isNullObject") as boolean;
  }

  /** Scalar property readers; subclasses list theirs. */
  protected readers(): Record<string, (target: never) => unknown> {
    return {};
  }

  /** Minor API version a property needs to be loaded. */
  protected propertyRequirements(): Record<string, number> {
    return {};
  }

  protected child<T extends FakeClientObject>(name: string, create: () => T): T {
    let existing = this.children.get(name) as T | undefined;
    if (!existing) {
      existing = create();
      this.children.set(name, existing);
    }
    return existing;
  }

  _loadedValue(name: string): unknown {
    if (!this.loaded.has(name)) {
      throw new FakeExcelError(
        "PropertyNotLoaded",
        `The property '${name}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`,
      );
    }
    return this.loaded.get(name);
  }

  load(spec?: LoadSpec): this {
    const paths = normalizeLoad(spec, Object.keys(this.readers()));
    this.context.enqueue({
      describe: { o: this._id, load: paths },
      location: `${this._path}.load`,
      run: () => this._runLoad(paths),
    });
    return this;
  }

  _runLoad(paths: string[]): void {
    const target = this._resolve();
    const readers = this.readers() as Record<string, (target: unknown) => unknown>;
    const requirements = this.propertyRequirements();
    const scalars: Record<string, unknown> = {};
    const nested = new Map<string, string[]>();
    for (const path of paths) {
      const [head, ...rest] = path.split("/");
      const name = head.trim();
      if (name === "") continue;
      if (rest.length > 0 || this.isNavigation(name)) {
        const list = nested.get(name) ?? [];
        if (rest.length > 0) list.push(rest.join("/"));
        nested.set(name, list);
        continue;
      }
      if (name === "isNullObject") continue;
      const reader = readers[name];
      if (!reader)
        throw new FakeExcelError(
          "InvalidArgument",
          `Cannot load unknown property '${name}' of ${this._path}.`,
          `${this._path}.load`,
        );
      const requirement = requirements[name];
      if (requirement !== undefined && requirement > this.context.runtime.apiMinor) {
        throw new FakeExcelError(
          "ApiNotFound",
          `Property '${name}' needs ExcelApi 1.${requirement}.`,
          `${this._path}.load`,
        );
      }
      scalars[name] = target === nullObject ? null : reader(target);
    }
    scalars.isNullObject = target === nullObject;
    this.context.deliver(scalars, () => {
      for (const [name, value] of Object.entries(scalars)) this.loaded.set(name, value);
    });
    for (const [name, rest] of nested) {
      const navigation = (this as unknown as Record<string, unknown>)[name];
      if (!(navigation instanceof FakeClientObject)) {
        throw new FakeExcelError(
          "InvalidArgument",
          `Cannot load '${name}' of ${this._path}.`,
          `${this._path}.load`,
        );
      }
      navigation._runLoad(rest.length > 0 ? rest : Object.keys(navigation.readers()));
    }
  }

  private isNavigation(name: string): boolean {
    const descriptor = findDescriptor(this, name);
    return !!descriptor?.get && !(name in this.readers()) && name !== "isNullObject" && name !== "items";
  }

  /** Queues a property write; `apply` runs at sync time against the resolved model object. */
  protected queueSet(name: string, value: unknown, apply: (target: never) => void, requires?: number): void {
    this.context.enqueue({
      describe: { o: this._id, set: name, value },
      location: `${this._path}.${name}`,
      requires,
      run: () => {
        const target = this._resolve();
        if (target === nullObject)
          throw new FakeExcelError(
            "ItemNotFound",
            `Cannot set '${name}' on a null object.`,
            `${this._path}.${name}`,
          );
        apply(target as never);
      },
    });
  }

  /** Queues a method call; `apply` runs at sync time against the resolved model object. */
  protected queueCall(
    name: string,
    args: unknown[],
    apply: (target: never) => void,
    requires?: number,
  ): void {
    this.context.enqueue({
      describe: { o: this._id, call: name, args: args.map(describeArgument) },
      location: `${this._path}.${name}`,
      requires,
      run: () => {
        const target = this._resolve();
        if (target === nullObject)
          throw new FakeExcelError(
            "ItemNotFound",
            `Cannot call '${name}' on a null object.`,
            `${this._path}.${name}`,
          );
        apply(target as never);
      },
    });
  }

  /** A proxy derived from this one: null when this is null, else whatever `derive` finds. */
  protected derive(derive: (target: never) => Resolved): () => Resolved {
    return () => {
      const target = this._resolve();
      return target === nullObject ? nullObject : derive(target as never);
    };
  }

  toJSON(): Record<string, unknown> {
    return Object.fromEntries([...this.loaded].filter(([name]) => name !== "isNullObject"));
  }
}

function findDescriptor(object: object, name: string): PropertyDescriptor | undefined {
  let prototype = Object.getPrototypeOf(object);
  while (prototype) {
    const descriptor = Object.getOwnPropertyDescriptor(prototype, name);
    if (descriptor) return descriptor;
    prototype = Object.getPrototypeOf(prototype);
  }
  return undefined;
}

function describeArgument(argument: unknown): unknown {
  if (argument instanceof FakeClientObject) return { ref: argument._id };
  return argument;
}

/** "values, text" | ["values"] | {values: true, format: {fill: {color: true}}} | {select: "a,b"} → ["values", "format/fill/color"]. */
function normalizeLoad(spec: LoadSpec, defaults: string[]): string[] {
  if (spec === undefined) return defaults;
  if (typeof spec === "string")
    return spec
      .split(",")
      .map((part) => part.trim())
      .filter(Boolean);
  if (Array.isArray(spec)) return spec.flatMap((part) => normalizeLoad(part, defaults));
  if (typeof spec.select === "string") return normalizeLoad(spec.select, defaults);
  const paths: string[] = [];
  const walk = (object: Record<string, unknown>, prefix: string) => {
    for (const [key, value] of Object.entries(object)) {
      if (key.startsWith("$")) continue;
      if (value === true) paths.push(prefix + key);
      else if (value && typeof value === "object") walk(value as Record<string, unknown>, `${prefix}${key}/`);
    }
  };
  walk(spec, "");
  return paths;
}

/** Result of a method that returns data (getCellProperties, getXml, getCount): value readable after sync. */
export class FakeClientResult<T> {
  private delivered = false;
  private result: T | undefined;

  _set(value: T): void {
    this.delivered = true;
    this.result = value;
  }

  get value(): T {
    if (!this.delivered)
      throw new FakeExcelError(
        "PropertyNotLoaded",
        "The value of the result object has not been loaded yet. Call context.sync() first.",
      );
    return this.result as T;
  }
}

function assertSheetWritable(context: FakeRequestContext, sheet: SheetModel, location: string): void {
  if (context.runtime.model.readOnly)
    throw new FakeExcelError("AccessDenied", "The workbook is read-only.", location);
  if (sheet.protected)
    throw new FakeExcelError(
      "AccessDenied",
      `The cell or chart you're trying to change is on a protected sheet (${sheet.name}).`,
      location,
    );
}

function assertStructureWritable(context: FakeRequestContext, location: string): void {
  if (context.runtime.model.readOnly)
    throw new FakeExcelError("AccessDenied", "The workbook is read-only.", location);
  if (context.runtime.model.structureProtected)
    throw new FakeExcelError("AccessDenied", "The workbook structure is protected.", location);
}

/**
 * A write-only configuration object (page layout, chart title, conditional-format rule): every property
 * set or method called is recorded by its path. Reading a leaf gives a deeper recorder, never a value.
 */
function recorder(
  owner: FakeClientObject,
  context: FakeRequestContext,
  path: string[],
  apply: (path: string, value: unknown, target: never) => void,
  resolve: () => Resolved,
  requires?: number,
): Record<string, unknown> {
  const callable = function () {
    return undefined;
  };
  return new Proxy(callable, {
    get(_target, property) {
      if (typeof property === "symbol") return undefined;
      if (property === "toJSON") return () => ({});
      return recorder(owner, context, [...path, property], apply, resolve, requires);
    },
    set(_target, property, value) {
      if (typeof property === "symbol") return false;
      const fullPath = [...path, property].join(".");
      context.enqueue({
        describe: { o: owner._id, set: fullPath, value: describeArgument(value) },
        location: `${owner._path}.${fullPath}`,
        requires,
        run: () => {
          const target = resolve();
          if (target === nullObject) throw new FakeExcelError("ItemNotFound", "Null object.");
          apply(fullPath, value, target as never);
        },
      });
      return true;
    },
    apply(_target, _this, args: unknown[]) {
      const fullPath = `${path.join(".")}()`;
      context.enqueue({
        describe: { o: owner._id, call: fullPath, args: args.map(describeArgument) },
        location: `${owner._path}.${fullPath}`,
        requires,
        run: () => {
          const target = resolve();
          if (target === nullObject) throw new FakeExcelError("ItemNotFound", "Null object.");
          apply(fullPath, args.length === 1 ? args[0] : args, target as never);
        },
      });
      return undefined;
    },
  }) as unknown as Record<string, unknown>;
}

// ---------------------------------------------------------------------------------------------------
// Workbook, application, settings, custom XML parts

export class FakeApplication extends FakeClientObject {
  calculationModeValue = "Automatic";

  protected override readers() {
    return { calculationMode: () => this.calculationModeValue };
  }

  suspendScreenUpdatingUntilNextSync(): void {
    this.context.flagSuspension("screen");
    this.queueCall("suspendScreenUpdatingUntilNextSync", [], () => undefined, 9);
  }

  suspendApiCalculationUntilNextSync(): void {
    this.context.flagSuspension("calculation");
    this.queueCall("suspendApiCalculationUntilNextSync", [], () => undefined, 6);
  }
}

export class FakeWorkbook extends FakeClientObject {
  protected override readers() {
    return {
      name: (model: WorkbookModel) => model.name,
      readOnly: (model: WorkbookModel) => model.readOnly,
    };
  }

  protected override propertyRequirements() {
    return { name: 7, readOnly: 8 };
  }

  get name(): string {
    return this._loadedValue("name") as string;
  }

  get readOnly(): boolean {
    return this._loadedValue("readOnly") as boolean;
  }

  get worksheets(): FakeWorksheetCollection {
    return this.child(
      "worksheets",
      () =>
        new FakeWorksheetCollection(this.context, () => this.context.runtime.model, "workbook.worksheets"),
    );
  }

  get names(): FakeNamedItemCollection {
    return this.child(
      "names",
      () =>
        new FakeNamedItemCollection(
          this.context,
          () => this.context.runtime.model.names,
          "workbook.names",
          null,
        ),
    );
  }

  get settings(): FakeSettingCollection {
    return this.child(
      "settings",
      () =>
        new FakeSettingCollection(
          this.context,
          () => this.context.runtime.model.settings,
          "workbook.settings",
        ),
    );
  }

  get customXmlParts(): FakeCustomXmlPartCollection {
    return this.child(
      "customXmlParts",
      () =>
        new FakeCustomXmlPartCollection(
          this.context,
          () => this.context.runtime.model,
          "workbook.customXmlParts",
          null,
        ),
    );
  }

  /** Document properties (ExcelApi 1.7); the fake models their custom properties. */
  get properties(): { custom: FakeCustomPropertyCollection } {
    return this.child("properties", () =>
      Object.assign(new FakeClientObject(this.context, () => null, "workbook.properties"), {
        custom: new FakeCustomPropertyCollection(
          this.context,
          () => this.context.runtime.model.customProperties,
          "workbook.properties.custom",
        ),
      }),
    );
  }

  get protection(): FakeWorkbookProtection {
    return this.child(
      "protection",
      () => new FakeWorkbookProtection(this.context, () => this.context.runtime.model, "workbook.protection"),
    );
  }

  /** Worksheet functions (ExcelApi 1.2); the fake evaluates DATE, which counts in the workbook's date system. */
  get functions(): FakeFunctions {
    return this.child("functions", () => new FakeFunctions(this.context, () => null, "workbook.functions"));
  }

  get application(): FakeApplication {
    return this.context.application;
  }

  getSelectedRange(): FakeRange {
    return new FakeRange(
      this.context,
      () => {
        const model = this.context.runtime.model;
        const sheet =
          model.sheets.find((candidate) => candidate.id === model.activeSheetId) ?? model.sheets[0];
        return { sheet, rect: { r1: 1, c1: 1, r2: 1, c2: 1 } };
      },
      "workbook.getSelectedRange()",
    );
  }

  insertWorksheetsFromBase64(
    base64: string,
    options?: { sheetNamesToInsert?: string[]; positionType?: string },
  ): FakeClientResult<string[]> {
    const result = new FakeClientResult<string[]>();
    this.queueCall(
      "insertWorksheetsFromBase64",
      [base64.length, options ?? {}],
      (model: WorkbookModel) => {
        assertStructureWritable(this.context, "workbook.insertWorksheetsFromBase64");
        const decode = this.context.runtime.decodeWorkbook;
        if (!decode)
          throw new FakeExcelError("InvalidArgument", "The fake was given no decoder for base64 workbooks.");
        const inserted: string[] = [];
        for (const source of decode(base64)) {
          if (options?.sheetNamesToInsert && !options.sheetNamesToInsert.includes(source.name)) continue;
          let name = source.name;
          for (let suffix = 2; model.sheet(name); suffix++) name = `${source.name} (${suffix})`;
          const sheet = addSheetModel(model, name);
          source.cells.forEach((row, rowIndex) =>
            row.forEach((value, columnIndex) => {
              if (value !== null) sheet.touch(rowIndex + 1, columnIndex + 1).value = value;
            }),
          );
          inserted.push(sheet.id);
        }
        this.context.deliver(inserted, () => result._set(inserted));
      },
      13,
    );
    return result;
  }
}

/** Excel.Functions: only DATE, the one function the Office host evaluates. */
export class FakeFunctions extends FakeClientObject {
  /** DATE(year, month, day): the serial of that date in the workbook's date system (1904: 1462 lower). */
  date(year: number, month: number, day: number): FakeFunctionResult {
    return new FakeFunctionResult(
      this.context,
      () => {
        if (this.context.runtime.apiMinor < 2)
          throw new FakeExcelError("ApiNotFound", "Excel.Functions needs ExcelApi 1.2.");
        const serial = (Date.UTC(year, month - 1, day) - Date.UTC(1899, 11, 30)) / 86_400_000;
        return { value: this.context.runtime.model.date1904 ? serial - 1462 : serial, error: null };
      },
      `workbook.functions.date(${year},${month},${day})`,
    );
  }
}

/** Excel.FunctionResult: `value` and `error` once loaded and synced. */
export class FakeFunctionResult extends FakeClientObject {
  protected override readers() {
    return {
      value: (result: { value: number }) => result.value,
      error: (result: { error: string | null }) => result.error,
    };
  }

  get value(): number {
    return this._loadedValue("value") as number;
  }

  get error(): string | null {
    return this._loadedValue("error") as string | null;
  }
}

export class FakeWorkbookProtection extends FakeClientObject {
  protected override readers() {
    return { protected: (model: WorkbookModel) => model.structureProtected };
  }

  get protected(): boolean {
    return this._loadedValue("protected") as boolean;
  }

  protected override propertyRequirements() {
    return { protected: 7 };
  }
}

export class FakeSetting extends FakeClientObject {
  constructor(
    context: FakeRequestContext,
    resolver: () => Resolved,
    path: string,
    private readonly key: string,
  ) {
    super(context, resolver, path);
  }

  protected override readers() {
    return {
      key: () => this.key,
      value: (settings: Map<string, unknown>) => settings.get(this.key),
    };
  }

  get key_(): string {
    return this.key;
  }

  get value(): unknown {
    return this._loadedValue("value");
  }

  delete(): void {
    this.queueCall("delete", [], (settings: Map<string, unknown>) => settings.delete(this.key), 4);
  }
}

export class FakeSettingCollection extends FakeClientObject {
  add(key: string, value: unknown): FakeSetting {
    this.queueCall(
      "add",
      [key, value],
      (settings: Map<string, unknown>) => {
        if (this.context.runtime.model.readOnly)
          throw new FakeExcelError("AccessDenied", "The workbook is read-only.");
        settings.set(key, JSON.parse(JSON.stringify(value)));
      },
      4,
    );
    return new FakeSetting(this.context, () => this.context.runtime.model.settings, `${this._path}.add`, key);
  }

  getItem(key: string): FakeSetting {
    return new FakeSetting(
      this.context,
      this.derive((settings: Map<string, unknown>) => {
        if (this.context.runtime.apiMinor < 4)
          throw new FakeExcelError("ApiNotFound", "Settings need ExcelApi 1.4.");
        if (!settings.has(key)) throw new FakeExcelError("ItemNotFound", `Setting '${key}' was not found.`);
        return settings;
      }),
      `${this._path}.getItem`,
      key,
    );
  }

  getItemOrNullObject(key: string): FakeSetting {
    return new FakeSetting(
      this.context,
      this.derive((settings: Map<string, unknown>) => {
        if (this.context.runtime.apiMinor < 4)
          throw new FakeExcelError("ApiNotFound", "Settings need ExcelApi 1.4.");
        return settings.has(key) ? settings : nullObject;
      }),
      `${this._path}.getItemOrNullObject`,
      key,
    );
  }
}

/**
 * Desktop Excel keeps at most 255 characters of a custom property's text value; longer values are cut. The
 * fake cuts them as desktop Excel does (the stricter of the two: Excel on the web keeps them).
 */
export const customPropertyTextLimit = 255;

export class FakeCustomProperty extends FakeClientObject {
  constructor(
    context: FakeRequestContext,
    resolver: () => Resolved,
    path: string,
    private readonly key: string,
  ) {
    super(context, resolver, path);
  }

  protected override readers() {
    return {
      key: () => this.key,
      value: (properties: Map<string, { key: string; value: unknown }>) =>
        properties.get(this.key.toLowerCase())?.value,
      type: () => "String",
    };
  }

  get value(): unknown {
    return this._loadedValue("value");
  }

  delete(): void {
    this.queueCall(
      "delete",
      [],
      (properties: Map<string, unknown>) => properties.delete(this.key.toLowerCase()),
      7,
    );
  }
}

export class FakeCustomPropertyCollection extends FakeClientObject {
  add(key: string, value: unknown): FakeCustomProperty {
    this.queueCall(
      "add",
      [key, value],
      (properties: Map<string, { key: string; value: unknown }>) => {
        if (this.context.runtime.model.readOnly)
          throw new FakeExcelError("AccessDenied", "The workbook is read-only.");
        const stored = typeof value === "string" ? value.slice(0, customPropertyTextLimit) : value;
        properties.set(key.toLowerCase(), { key, value: stored });
      },
      7,
    );
    return new FakeCustomProperty(
      this.context,
      () => this.context.runtime.model.customProperties,
      `${this._path}.add`,
      key,
    );
  }

  getItemOrNullObject(key: string): FakeCustomProperty {
    return new FakeCustomProperty(
      this.context,
      this.derive((properties: Map<string, unknown>) => {
        if (this.context.runtime.apiMinor < 7)
          throw new FakeExcelError("ApiNotFound", "Custom document properties need ExcelApi 1.7.");
        return properties.has(key.toLowerCase()) ? properties : nullObject;
      }),
      `${this._path}.getItemOrNullObject(${key})`,
      key,
    );
  }
}

export class FakeCustomXmlPart extends FakeClientObject {
  protected override readers() {
    return {
      id: (part: { id: string }) => part.id,
      namespaceUri: (part: { namespaceUri: string }) => part.namespaceUri,
    };
  }

  get id(): string {
    return this._loadedValue("id") as string;
  }

  get namespaceUri(): string {
    return this._loadedValue("namespaceUri") as string;
  }

  getXml(): FakeClientResult<string> {
    const result = new FakeClientResult<string>();
    this.context.enqueue({
      describe: { o: this._id, call: "getXml" },
      location: `${this._path}.getXml`,
      requires: 5,
      run: () => {
        const part = this._resolve();
        const xml = part === nullObject ? null : (part as { xml: string }).xml;
        this.context.deliver(xml, () => result._set(xml as string));
      },
    });
    return result;
  }

  setXml(xml: string): void {
    this.queueCall("setXml", [xml], (part: { xml: string }) => (part.xml = xml), 5);
  }

  delete(): void {
    this.queueCall(
      "delete",
      [],
      (part: { id: string }) => {
        const model = this.context.runtime.model;
        model.customXmlParts = model.customXmlParts.filter((candidate) => candidate.id !== part.id);
      },
      5,
    );
  }
}

export class FakeCustomXmlPartCollection extends FakeClientObject {
  constructor(
    context: FakeRequestContext,
    resolver: () => Resolved,
    path: string,
    private readonly namespace: string | null,
  ) {
    super(context, resolver, path);
  }

  private parts(model: WorkbookModel) {
    return model.customXmlParts.filter(
      (part) => this.namespace === null || part.namespaceUri === this.namespace,
    );
  }

  add(xml: string): FakeCustomXmlPart {
    const proxy = new FakeCustomXmlPart(this.context, () => nullObject, `${this._path}.add`);
    this.queueCall(
      "add",
      [xml],
      (model: WorkbookModel) => {
        if (model.readOnly) throw new FakeExcelError("AccessDenied", "The workbook is read-only.");
        const namespaceUri = /xmlns="([^"]*)"/.exec(xml)?.[1] ?? "";
        const part = { id: model.newId("xml"), namespaceUri, xml };
        model.customXmlParts.push(part);
        proxy._bind(part);
      },
      5,
    );
    return proxy;
  }

  getByNamespace(namespaceUri: string): FakeCustomXmlPartCollection {
    return new FakeCustomXmlPartCollection(
      this.context,
      () => this._resolve(),
      `${this._path}.getByNamespace`,
      namespaceUri,
    );
  }

  getOnlyItemOrNullObject(): FakeCustomXmlPart {
    return new FakeCustomXmlPart(
      this.context,
      this.derive((model: WorkbookModel) => {
        if (this.context.runtime.apiMinor < 5)
          throw new FakeExcelError("ApiNotFound", "Custom XML parts need ExcelApi 1.5.");
        const parts = this.parts(model);
        return parts.length === 1 ? parts[0] : nullObject;
      }),
      `${this._path}.getOnlyItemOrNullObject`,
    );
  }

  getItemOrNullObject(id: string): FakeCustomXmlPart {
    return new FakeCustomXmlPart(
      this.context,
      this.derive((model: WorkbookModel) => this.parts(model).find((part) => part.id === id) ?? nullObject),
      `${this._path}.getItemOrNullObject`,
    );
  }
}

// ---------------------------------------------------------------------------------------------------
// Worksheets

function addSheetModel(model: WorkbookModel, name: string): SheetModel {
  const sheet = new SheetModel(model.newId("sheet"), name);
  model.sheets.push(sheet);
  return sheet;
}

const forbiddenSheetName = /[\\/?*[\]:]/;

function assertSheetName(
  model: WorkbookModel,
  name: string,
  except: SheetModel | null,
  location: string,
): void {
  if (
    name.length === 0 ||
    name.length > 31 ||
    forbiddenSheetName.test(name) ||
    name.startsWith("'") ||
    name.endsWith("'")
  ) {
    throw new FakeExcelError("InvalidArgument", `'${name}' is not a valid worksheet name.`, location);
  }
  const existing = model.sheet(name);
  if (existing && existing !== except)
    throw new FakeExcelError("ItemAlreadyExists", `A worksheet named '${name}' already exists.`, location);
}

export class FakeWorksheetCollection extends FakeClientObject {
  private itemsValue: FakeWorksheet[] | null = null;

  get items(): FakeWorksheet[] {
    if (!this.itemsValue) this._loadedValue("items");
    return this.itemsValue as FakeWorksheet[];
  }

  override load(spec?: LoadSpec): this {
    const paths = normalizeLoad(spec, ["name"])
      .map((path) => path.replace(/^items\/?/, ""))
      .filter(Boolean);
    const itemPaths = paths.length > 0 ? paths : ["name", "position", "visibility", "id"];
    this.context.enqueue({
      describe: { o: this._id, load: itemPaths.map((path) => `items/${path}`) },
      location: `${this._path}.load`,
      run: () => {
        const model = this.context.runtime.model;
        const items = model.sheets.map((sheet) => {
          const proxy = new FakeWorksheet(this.context, () => sheet, `worksheet(${sheet.name})`);
          proxy._bind(sheet);
          return proxy;
        });
        this.context.deliver([], () => {
          this.itemsValue = items;
          this.loaded.set("items", items);
        });
        for (const item of items) item._runLoad(itemPaths);
      },
    });
    return this;
  }

  add(name?: string): FakeWorksheet {
    const proxy = new FakeWorksheet(this.context, () => nullObject, `worksheets.add(${name ?? ""})`);
    this.queueCall("add", [name ?? null], (model: WorkbookModel) => {
      assertStructureWritable(this.context, "worksheets.add");
      let sheetName = name;
      if (sheetName === undefined) {
        let number = model.sheets.length + 1;
        while (model.sheet(`Sheet${number}`)) number++;
        sheetName = `Sheet${number}`;
      }
      assertSheetName(model, sheetName, null, "worksheets.add");
      proxy._bind(addSheetModel(model, sheetName));
    });
    return proxy;
  }

  getItem(key: string): FakeWorksheet {
    return new FakeWorksheet(
      this.context,
      () => {
        const model = this.context.runtime.model;
        const sheet = model.sheet(key) ?? model.sheets.find((candidate) => candidate.id === key);
        if (!sheet)
          throw new FakeExcelError(
            "ItemNotFound",
            `The requested resource doesn't exist (worksheet '${key}').`,
            "worksheets.getItem",
          );
        return sheet;
      },
      `worksheet(${key})`,
    );
  }

  getItemOrNullObject(key: string): FakeWorksheet {
    return new FakeWorksheet(
      this.context,
      () => {
        if (this.context.runtime.apiMinor < 4)
          throw new FakeExcelError("ApiNotFound", "getItemOrNullObject needs ExcelApi 1.4.");
        const model = this.context.runtime.model;
        return model.sheet(key) ?? model.sheets.find((candidate) => candidate.id === key) ?? nullObject;
      },
      `worksheetOrNull(${key})`,
    );
  }

  getActiveWorksheet(): FakeWorksheet {
    return new FakeWorksheet(
      this.context,
      () => {
        const model = this.context.runtime.model;
        return model.sheets.find((sheet) => sheet.id === model.activeSheetId) ?? model.sheets[0];
      },
      "activeWorksheet",
    );
  }

  getFirst(visibleOnly?: boolean): FakeWorksheet {
    return new FakeWorksheet(
      this.context,
      () => {
        if (this.context.runtime.apiMinor < 5)
          throw new FakeExcelError("ApiNotFound", "getFirst needs ExcelApi 1.5.");
        const sheets = this.context.runtime.model.sheets.filter(
          (sheet) => !visibleOnly || sheet.visibility === "Visible",
        );
        if (sheets.length === 0) throw new FakeExcelError("ItemNotFound", "No worksheet.");
        return sheets[0];
      },
      "worksheets.getFirst()",
    );
  }

  getCount(visibleOnly?: boolean): FakeClientResult<number> {
    const result = new FakeClientResult<number>();
    this.queueCall(
      "getCount",
      [visibleOnly ?? false],
      (model: WorkbookModel) => {
        const count = model.sheets.filter((sheet) => !visibleOnly || sheet.visibility === "Visible").length;
        this.context.deliver(count, () => result._set(count));
      },
      4,
    );
    return result;
  }
}

export class FakeWorksheet extends FakeClientObject {
  protected override readers() {
    const model = () => this.context.runtime.model;
    return {
      name: (sheet: SheetModel) => sheet.name,
      id: (sheet: SheetModel) => sheet.id,
      position: (sheet: SheetModel) => model().sheets.indexOf(sheet),
      visibility: (sheet: SheetModel) => sheet.visibility,
      tabColor: (sheet: SheetModel) => sheet.tabColor,
      standardWidth: () => 8.43,
    };
  }

  protected override propertyRequirements() {
    return { tabColor: 7 };
  }

  get name(): string {
    return this._loadedValue("name") as string;
  }

  set name(value: string) {
    this.queueSet("name", value, (sheet: SheetModel) => {
      const model = this.context.runtime.model;
      if (model.readOnly) throw new FakeExcelError("AccessDenied", "The workbook is read-only.");
      if (model.structureProtected)
        throw new FakeExcelError("AccessDenied", "The workbook structure is protected.");
      assertSheetName(model, value, sheet, `worksheet.name`);
      sheet.name = value;
    });
  }

  get id(): string {
    return this._loadedValue("id") as string;
  }

  get position(): number {
    return this._loadedValue("position") as number;
  }

  set position(value: number) {
    this.queueSet("position", value, (sheet: SheetModel) => {
      assertStructureWritable(this.context, "worksheet.position");
      const sheets = this.context.runtime.model.sheets;
      sheets.splice(sheets.indexOf(sheet), 1);
      sheets.splice(Math.max(0, Math.min(value, sheets.length)), 0, sheet);
    });
  }

  get visibility(): string {
    return this._loadedValue("visibility") as string;
  }

  set visibility(value: "Visible" | "Hidden" | "VeryHidden") {
    this.queueSet("visibility", value, (sheet: SheetModel) => {
      assertStructureWritable(this.context, "worksheet.visibility");
      sheet.visibility = value;
    });
  }

  get tabColor(): string {
    return this._loadedValue("tabColor") as string;
  }

  set tabColor(value: string) {
    this.queueSet(
      "tabColor",
      value,
      (sheet: SheetModel) => {
        assertSheetWritable(this.context, sheet, "worksheet.tabColor");
        sheet.tabColor = value;
      },
      7,
    );
  }

  get protection(): FakeWorksheetProtection {
    return this.child(
      "protection",
      () => new FakeWorksheetProtection(this.context, () => this._resolve(), `${this._path}.protection`),
    );
  }

  get names(): FakeNamedItemCollection {
    return this.child(
      "names",
      () =>
        new FakeNamedItemCollection(
          this.context,
          this.derive((sheet: SheetModel) => {
            if (this.context.runtime.apiMinor < 4)
              throw new FakeExcelError("ApiNotFound", "Worksheet names need ExcelApi 1.4.");
            return sheet.names;
          }),
          `${this._path}.names`,
          () => this._resolve() as SheetModel,
        ),
    );
  }

  get charts(): FakeChartCollection {
    return this.child(
      "charts",
      () => new FakeChartCollection(this.context, () => this._resolve(), `${this._path}.charts`),
    );
  }

  get freezePanes(): FakeFreezePanes {
    return this.child(
      "freezePanes",
      () => new FakeFreezePanes(this.context, () => this._resolve(), `${this._path}.freezePanes`),
    );
  }

  /** Page layout (ExcelApi 1.9), recorded by property path into the sheet's pageLayout. */
  get pageLayout(): Record<string, unknown> {
    return this.child("pageLayoutHolder", () =>
      Object.assign(new FakeClientObject(this.context, () => null, `${this._path}.pageLayout`), {
        proxy: recorder(
          this,
          this.context,
          ["pageLayout"],
          (path, value, sheet: SheetModel) => {
            assertSheetWritable(this.context, sheet, `${this._path}.${path}`);
            sheet.pageLayout[path.replace(/^pageLayout\./, "")] =
              value instanceof FakeRange ? qualifiedAddress(value._resolve() as RangeTarget) : value;
          },
          () => this._resolve(),
          9,
        ),
      }),
    ).proxy;
  }

  /** Manual page breaks (ExcelApi 1.9): the rows above / columns left of which a page ends. */
  get horizontalPageBreaks(): { add: (range: FakeRange | string) => void } {
    return this.pageBreaks("horizontalPageBreaks", "rows");
  }

  get verticalPageBreaks(): { add: (range: FakeRange | string) => void } {
    return this.pageBreaks("verticalPageBreaks", "columns");
  }

  private pageBreaks(name: string, kind: "rows" | "columns"): { add: (range: FakeRange | string) => void } {
    return {
      add: (range: FakeRange | string) =>
        this.queueCall(
          `${name}.add`,
          [range],
          (sheet: SheetModel) => {
            assertSheetWritable(this.context, sheet, `${name}.add`);
            const { rect } = rangeTarget(range, sheet);
            sheet.pageBreaks[kind].push(kind === "rows" ? rect.r1 : rect.c1);
          },
          9,
        ),
    };
  }

  get autoFilter(): { apply: (range: FakeRange | string) => void } {
    return {
      apply: (range: FakeRange | string) =>
        this.queueCall(
          "autoFilter.apply",
          [range],
          (sheet: SheetModel) => {
            assertSheetWritable(this.context, sheet, "autoFilter.apply");
            sheet.autoFilter = rectAddress(rangeTarget(range, sheet).rect);
          },
          9,
        ),
    };
  }

  getRange(address?: string): FakeRange {
    return new FakeRange(
      this.context,
      this.derive((sheet: SheetModel) => ({
        sheet,
        rect: address ? parseRect(address) : { r1: 1, c1: 1, r2: 1048576, c2: 16384 },
      })),
      `${this._path}.getRange(${address ?? ""})`,
    );
  }

  getRangeByIndexes(startRow: number, startColumn: number, rowCount: number, columnCount: number): FakeRange {
    return new FakeRange(
      this.context,
      this.derive((sheet: SheetModel) => ({
        sheet,
        rect: {
          r1: startRow + 1,
          c1: startColumn + 1,
          r2: startRow + rowCount,
          c2: startColumn + columnCount,
        },
      })),
      `${this._path}.getRangeByIndexes(${startRow},${startColumn},${rowCount},${columnCount})`,
    );
  }

  getCell(row: number, column: number): FakeRange {
    return this.getRangeByIndexes(row, column, 1, 1);
  }

  getUsedRange(valuesOnly?: boolean): FakeRange {
    return new FakeRange(
      this.context,
      this.derive((sheet: SheetModel) => ({
        sheet,
        rect: sheet.usedRect(valuesOnly ?? false) ?? { r1: 1, c1: 1, r2: 1, c2: 1 },
      })),
      `${this._path}.getUsedRange()`,
    );
  }

  getUsedRangeOrNullObject(valuesOnly?: boolean): FakeRange {
    return new FakeRange(
      this.context,
      this.derive((sheet: SheetModel) => {
        if (this.context.runtime.apiMinor < 4)
          throw new FakeExcelError("ApiNotFound", "getUsedRangeOrNullObject needs ExcelApi 1.4.");
        const rect = sheet.usedRect(valuesOnly ?? false);
        return rect ? { sheet, rect } : nullObject;
      }),
      `${this._path}.getUsedRangeOrNullObject()`,
    );
  }

  getNextOrNullObject(visibleOnly?: boolean): FakeWorksheet {
    return new FakeWorksheet(
      this.context,
      this.derive((sheet: SheetModel) => {
        if (this.context.runtime.apiMinor < 5)
          throw new FakeExcelError("ApiNotFound", "getNextOrNullObject needs ExcelApi 1.5.");
        const sheets = this.context.runtime.model.sheets;
        const next = sheets
          .slice(sheets.indexOf(sheet) + 1)
          .find((candidate) => !visibleOnly || candidate.visibility === "Visible");
        return next ?? nullObject;
      }),
      `${this._path}.next`,
    );
  }

  activate(): void {
    this.queueCall("activate", [], (sheet: SheetModel) => {
      if (sheet.visibility !== "Visible")
        throw new FakeExcelError("InvalidOperation", "A hidden sheet cannot be activated.");
      this.context.runtime.model.activeSheetId = sheet.id;
    });
  }

  delete(): void {
    this.queueCall("delete", [], (sheet: SheetModel) => {
      assertStructureWritable(this.context, "worksheet.delete");
      const model = this.context.runtime.model;
      if (
        model.sheets.filter((candidate) => candidate.visibility === "Visible" && candidate !== sheet)
          .length === 0
      ) {
        throw new FakeExcelError(
          "InvalidOperation",
          "A workbook must contain at least one visible worksheet.",
        );
      }
      model.sheets.splice(model.sheets.indexOf(sheet), 1);
      if (model.activeSheetId === sheet.id)
        model.activeSheetId =
          model.sheets.find((candidate) => candidate.visibility === "Visible")?.id ?? null;
    });
  }
}

export class FakeWorksheetProtection extends FakeClientObject {
  protected override readers() {
    return { protected: (sheet: SheetModel) => sheet.protected };
  }

  get protected(): boolean {
    return this._loadedValue("protected") as boolean;
  }

  protect(): void {
    this.queueCall("protect", [], (sheet: SheetModel) => (sheet.protected = true), 2);
  }

  unprotect(): void {
    this.queueCall("unprotect", [], (sheet: SheetModel) => (sheet.protected = false), 7);
  }
}

export class FakeFreezePanes extends FakeClientObject {
  private freeze(rows: number | null, columns: number | null): (sheet: SheetModel) => void {
    return (sheet: SheetModel) => {
      assertSheetWritable(this.context, sheet, "freezePanes");
      if (rows === null && columns === null) sheet.freeze = null;
      else
        sheet.freeze = {
          rows: rows ?? sheet.freeze?.rows ?? 0,
          columns: columns ?? sheet.freeze?.columns ?? 0,
        };
    };
  }

  freezeRows(count?: number): void {
    this.queueCall("freezeRows", [count ?? 1], this.freeze(count ?? 1, 0), 7);
  }

  freezeColumns(count?: number): void {
    this.queueCall("freezeColumns", [count ?? 1], this.freeze(0, count ?? 1), 7);
  }

  freezeAt(range: FakeRange | string): void {
    this.queueCall(
      "freezeAt",
      [range],
      (sheet: SheetModel) => {
        const rect = typeof range === "string" ? parseRect(range) : (range._resolve() as RangeTarget).rect;
        this.freeze(rect.r2, rect.c2)(sheet);
      },
      7,
    );
  }

  unfreeze(): void {
    this.queueCall("unfreeze", [], this.freeze(null, null), 7);
  }
}

// ---------------------------------------------------------------------------------------------------
// Names

function nameValue(formula: string): { type: string; value: unknown } {
  const body = formula.replace(/^=/, "");
  if (/^true$/i.test(body)) return { type: "Boolean", value: true };
  if (/^false$/i.test(body)) return { type: "Boolean", value: false };
  if (/^-?\d+(\.\d+)?$/.test(body)) return { type: "Double", value: Number(body) };
  if (/^".*"$/.test(body)) return { type: "String", value: body.slice(1, -1) };
  return { type: "Range", value: body };
}

export class FakeNamedItem extends FakeClientObject {
  constructor(
    context: FakeRequestContext,
    resolver: () => Resolved,
    path: string,
    private readonly names: () => Map<string, NameModel>,
  ) {
    super(context, resolver, path);
  }

  protected override readers() {
    return {
      name: (name: { name: string }) => name.name,
      type: (name: { formula: string }) => nameValue(name.formula).type,
      value: (name: { formula: string }) => nameValue(name.formula).value,
      visible: (name: { visible: boolean }) => name.visible,
      formula: (name: { formula: string }) => name.formula,
      comment: (name: { comment: string }) => name.comment,
    };
  }

  protected override propertyRequirements() {
    return { formula: 7, comment: 4 };
  }

  get name(): string {
    return this._loadedValue("name") as string;
  }

  get type(): string {
    return this._loadedValue("type") as string;
  }

  get value(): unknown {
    return this._loadedValue("value");
  }

  get visible(): boolean {
    return this._loadedValue("visible") as boolean;
  }

  get formula(): string {
    return this._loadedValue("formula") as string;
  }

  set visible(value: boolean) {
    this.queueSet("visible", value, (name: { visible: boolean }) => (name.visible = value));
  }

  delete(): void {
    this.queueCall(
      "delete",
      [],
      (name: NameModel) => {
        const names = this.names();
        for (const [key, candidate] of names) if (candidate === name) names.delete(key);
      },
      4,
    );
  }
}

export class FakeNamedItemCollection extends FakeClientObject {
  constructor(
    context: FakeRequestContext,
    resolver: () => Resolved,
    path: string,
    private readonly owner: (() => SheetModel) | null,
  ) {
    super(context, resolver, path);
  }

  add(name: string, reference: FakeRange | string, comment?: string): FakeNamedItem {
    const proxy = new FakeNamedItem(
      this.context,
      () => nullObject,
      `${this._path}.add(${name})`,
      () => this._resolve() as Map<string, NameModel>,
    );
    this.queueCall(
      "add",
      [name, reference, comment ?? ""],
      (names: Map<string, NameModel>) => {
        if (this.owner) assertSheetWritable(this.context, this.owner(), `${this._path}.add`);
        else if (this.context.runtime.model.readOnly)
          throw new FakeExcelError("AccessDenied", "The workbook is read-only.");
        if (names.has(name.toLowerCase()))
          throw new FakeExcelError("ItemAlreadyExists", `The name '${name}' already exists.`);
        const formula =
          typeof reference === "string"
            ? reference
            : `=${qualifiedAddress(reference._resolve() as RangeTarget)}`;
        const model = { name, formula, visible: true, comment: comment ?? "" };
        names.set(name.toLowerCase(), model);
        proxy._bind(model);
      },
      this.owner ? 4 : 1,
    );
    return proxy;
  }

  getItemOrNullObject(name: string): FakeNamedItem {
    return new FakeNamedItem(
      this.context,
      this.derive((names: Map<string, NameModel>) => {
        if (this.context.runtime.apiMinor < 4)
          throw new FakeExcelError("ApiNotFound", "getItemOrNullObject needs ExcelApi 1.4.");
        return names.get(name.toLowerCase()) ?? nullObject;
      }),
      `${this._path}.getItemOrNullObject(${name})`,
      () => this._resolve() as Map<string, NameModel>,
    );
  }

  getItem(name: string): FakeNamedItem {
    return new FakeNamedItem(
      this.context,
      this.derive((names: Map<string, NameModel>) => {
        const found = names.get(name.toLowerCase());
        if (!found) throw new FakeExcelError("ItemNotFound", `The name '${name}' was not found.`);
        return found;
      }),
      `${this._path}.getItem(${name})`,
      () => this._resolve() as Map<string, NameModel>,
    );
  }
}

// ---------------------------------------------------------------------------------------------------
// Ranges

function cellsOf(target: RangeTarget): { row: number; column: number }[][] {
  const rows: { row: number; column: number }[][] = [];
  for (let row = target.rect.r1; row <= target.rect.r2; row++) {
    const cells: { row: number; column: number }[] = [];
    for (let column = target.rect.c1; column <= target.rect.c2; column++) cells.push({ row, column });
    rows.push(cells);
  }
  return rows;
}

function gridOf<T>(target: RangeTarget, read: (cell: CellModel | undefined) => T): T[][] {
  const { sheet, rect } = target;
  const rows: T[][] = [];
  for (let row = rect.r1; row <= rect.r2; row++) {
    const cells: T[] = [];
    for (let column = rect.c1; column <= rect.c2; column++) cells.push(read(sheet.cell(row, column)));
    rows.push(cells);
  }
  return rows;
}

function countCellsLoaded(runtime: FakeRuntime, target: RangeTarget): void {
  runtime.cellsLoaded += (target.rect.r2 - target.rect.r1 + 1) * (target.rect.c2 - target.rect.c1 + 1);
  if (runtime.cellLoadLimit !== undefined && runtime.cellsLoaded > runtime.cellLoadLimit)
    throw new Error(`The test's bound of ${runtime.cellLoadLimit} loaded cells was passed.`);
}

/**
 * The cells of `target` holding a constant (`formulas` false) or a formula, as rectangles: runs of adjacent
 * cells in a row, joined with the same run in the rows below, as Excel's Go To Special gives areas.
 */
function specialCellAreas(target: RangeTarget, formulas: boolean): Rect[] {
  const { sheet, rect } = target;
  const rows = new Map<number, number[]>();
  for (const [key, cell] of sheet.cells) {
    const row = Math.floor(key / 20000);
    const column = key % 20000;
    if (row < rect.r1 || row > rect.r2 || column < rect.c1 || column > rect.c2) continue;
    const wanted = formulas ? !!cell.formula : !cell.formula && cell.value !== null && cell.value !== "";
    if (!wanted) continue;
    const columns = rows.get(row) ?? [];
    columns.push(column);
    rows.set(row, columns);
  }
  const done: Rect[] = [];
  let open = new Map<string, Rect>();
  for (const row of [...rows.keys()].sort((a, b) => a - b)) {
    const columns = (rows.get(row) ?? []).sort((a, b) => a - b);
    const next = new Map<string, Rect>();
    for (let index = 0; index < columns.length;) {
      let end = index;
      while (end + 1 < columns.length && columns[end + 1] === columns[end] + 1) end++;
      const key = `${columns[index]}:${columns[end]}`;
      const above = open.get(key);
      if (above && above.r2 === row - 1) {
        above.r2 = row;
        next.set(key, above);
        open.delete(key);
      } else next.set(key, { r1: row, c1: columns[index], r2: row, c2: columns[end] });
      index = end + 1;
    }
    done.push(...open.values());
    open = next;
  }
  done.push(...open.values());
  return done.sort((a, b) => a.r1 - b.r1 || a.c1 - b.c1);
}

function assertCellCount(target: RangeTarget, location: string): void {
  const count = (target.rect.r2 - target.rect.r1 + 1) * (target.rect.c2 - target.rect.c1 + 1);
  if (count > 5_000_000)
    throw new FakeExcelError(
      "RangeExceedsLimit",
      "The number of cells in the range has exceeded the maximum supported number.",
      location,
    );
}

function valueType(cell: CellModel | undefined): string {
  const value = cell?.value ?? null;
  if (value === null || value === "") return "Empty";
  if (typeof value === "object") return "Error";
  if (typeof value === "number") return "Double";
  if (typeof value === "boolean") return "Boolean";
  return "String";
}

function apiValue(cell: CellModel | undefined): string | number | boolean {
  const value = cell?.value ?? null;
  if (value === null) return "";
  if (typeof value === "object") return value.error;
  return value;
}

/** Broadcasts a scalar or checks a 2D array has the range's shape, as Excel does. */
function shaped<T>(target: RangeTarget, input: T | T[][], location: string): T[][] {
  const rows = target.rect.r2 - target.rect.r1 + 1;
  const columns = target.rect.c2 - target.rect.c1 + 1;
  if (!Array.isArray(input))
    return Array.from({ length: rows }, () => Array.from({ length: columns }, () => input));
  if (input.length !== rows || input.some((row) => !Array.isArray(row) || row.length !== columns)) {
    throw new FakeExcelError(
      "InvalidArgument",
      `The number of rows or columns in the input array doesn't match the size or dimensions of the range (${rows}×${columns}).`,
      location,
    );
  }
  return input;
}

export class FakeRange extends FakeClientObject {
  protected override readers() {
    return {
      address: (target: RangeTarget) => qualifiedAddress(target),
      addressLocal: (target: RangeTarget) => qualifiedAddress(target),
      rowCount: (target: RangeTarget) => target.rect.r2 - target.rect.r1 + 1,
      columnCount: (target: RangeTarget) => target.rect.c2 - target.rect.c1 + 1,
      rowIndex: (target: RangeTarget) => target.rect.r1 - 1,
      columnIndex: (target: RangeTarget) => target.rect.c1 - 1,
      cellCount: (target: RangeTarget) =>
        (target.rect.r2 - target.rect.r1 + 1) * (target.rect.c2 - target.rect.c1 + 1),
      values: (target: RangeTarget) => (
        assertCellCount(target, "range.values"),
        this.loadedGrid(target, apiValue)
      ),
      text: (target: RangeTarget) => this.loadedGrid(target, (cell) => (cell ? displayText(cell) : "")),
      numberFormat: (target: RangeTarget) =>
        this.loadedGrid(target, (cell) => cell?.numberFormat ?? "General"),
      valueTypes: (target: RangeTarget) => this.loadedGrid(target, valueType),
      formulas: (target: RangeTarget) => this.loadedGrid(target, (cell) => cell?.formula ?? apiValue(cell)),
      hyperlink: (target: RangeTarget) =>
        target.sheet.cell(target.rect.r1, target.rect.c1)?.hyperlink ?? null,
    };
  }

  protected override propertyRequirements() {
    return { hyperlink: 7 };
  }

  /** A grid property's contents, counted in the runtime's cellsLoaded. */
  private loadedGrid<T>(target: RangeTarget, read: (cell: CellModel | undefined) => T): T[][] {
    countCellsLoaded(this.context.runtime, target);
    return gridOf(target, read);
  }

  get address(): string {
    return this._loadedValue("address") as string;
  }
  get rowCount(): number {
    return this._loadedValue("rowCount") as number;
  }
  get columnCount(): number {
    return this._loadedValue("columnCount") as number;
  }
  get rowIndex(): number {
    return this._loadedValue("rowIndex") as number;
  }
  get columnIndex(): number {
    return this._loadedValue("columnIndex") as number;
  }
  get text(): string[][] {
    return this._loadedValue("text") as string[][];
  }
  get valueTypes(): string[][] {
    return this._loadedValue("valueTypes") as string[][];
  }

  get values(): unknown[][] {
    return this._loadedValue("values") as unknown[][];
  }

  set values(input: unknown) {
    this.queueSet("values", input, (target: RangeTarget) => {
      assertSheetWritable(this.context, target.sheet, "range.values");
      const grid = shaped(target, input, "range.values");
      cellsOf(target).forEach((row, rowIndex) =>
        row.forEach(({ row: sheetRow, column }, columnIndex) => {
          const cell = target.sheet.touch(sheetRow, column);
          const parsed = parseInput(grid[rowIndex][columnIndex], cell.numberFormat ?? "General");
          cell.value = parsed.value;
          cell.formula = parsed.formula;
          if (parsed.numberFormat) cell.numberFormat = parsed.numberFormat;
          delete cell.text;
        }),
      );
    });
  }

  get formulas(): unknown[][] {
    return this._loadedValue("formulas") as unknown[][];
  }

  set formulas(input: unknown) {
    this.values = input;
  }

  get numberFormat(): string[][] {
    return this._loadedValue("numberFormat") as string[][];
  }

  set numberFormat(input: unknown) {
    this.queueSet("numberFormat", input, (target: RangeTarget) => {
      assertSheetWritable(this.context, target.sheet, "range.numberFormat");
      const grid = shaped(target, input as string, "range.numberFormat");
      cellsOf(target).forEach((row, rowIndex) =>
        row.forEach(({ row: sheetRow, column }, columnIndex) => {
          const cell = target.sheet.touch(sheetRow, column);
          cell.numberFormat = String(grid[rowIndex][columnIndex]);
          delete cell.text;
        }),
      );
    });
  }

  get hyperlink(): unknown {
    return this._loadedValue("hyperlink");
  }

  set hyperlink(
    link: { address?: string; documentReference?: string; screenTip?: string; textToDisplay?: string } | null,
  ) {
    this.queueSet(
      "hyperlink",
      link,
      (target: RangeTarget) => {
        assertSheetWritable(this.context, target.sheet, "range.hyperlink");
        if (link?.documentReference) {
          const bang = link.documentReference.lastIndexOf("!");
          const sheetName = link.documentReference
            .slice(0, bang)
            .replace(/^'(.*)'$/, "$1")
            .replace(/''/g, "'");
          if (
            bang < 0 ||
            !/^\$?[A-Z]+\$?\d+(:\$?[A-Z]+\$?\d+)?$/i.test(link.documentReference.slice(bang + 1)) ||
            sheetName === ""
          ) {
            throw new FakeExcelError(
              "InvalidArgument",
              `'${link.documentReference}' is not a valid reference.`,
            );
          }
        }
        for (const row of cellsOf(target))
          for (const { row: sheetRow, column } of row)
            target.sheet.touch(sheetRow, column).hyperlink = link ? { ...link } : null;
      },
      7,
    );
  }

  get format(): FakeRangeFormat {
    return this.child(
      "format",
      () => new FakeRangeFormat(this.context, () => this._resolve(), `${this._path}.format`),
    );
  }

  get conditionalFormats(): FakeConditionalFormatCollection {
    return this.child(
      "conditionalFormats",
      () =>
        new FakeConditionalFormatCollection(
          this.context,
          () => this._resolve(),
          `${this._path}.conditionalFormats`,
        ),
    );
  }

  merge(across?: boolean): void {
    this.queueCall(
      "merge",
      [across ?? false],
      (target: RangeTarget) => {
        assertSheetWritable(this.context, target.sheet, "range.merge");
        const rects = across
          ? Array.from({ length: target.rect.r2 - target.rect.r1 + 1 }, (_, index) => ({
              ...target.rect,
              r1: target.rect.r1 + index,
              r2: target.rect.r1 + index,
            }))
          : [target.rect];
        for (const rect of rects) {
          if (target.sheet.merges.some((merge) => intersectRect(merge, rect))) {
            throw new FakeExcelError(
              "MergedRangeConflict",
              "Cannot merge a range that overlaps a merged area.",
            );
          }
          target.sheet.merges.push({ ...rect });
          for (let row = rect.r1; row <= rect.r2; row++) {
            for (let column = rect.c1; column <= rect.c2; column++) {
              if (row === rect.r1 && column === rect.c1) continue;
              const cell = target.sheet.cell(row, column);
              if (cell) cell.value = null;
            }
          }
        }
      },
      2,
    );
  }

  unmerge(): void {
    this.queueCall(
      "unmerge",
      [],
      (target: RangeTarget) => {
        assertSheetWritable(this.context, target.sheet, "range.unmerge");
        target.sheet.merges = target.sheet.merges.filter((merge) => !intersectRect(merge, target.rect));
      },
      2,
    );
  }

  clear(): void {
    this.queueCall("clear", [], (target: RangeTarget) => {
      assertSheetWritable(this.context, target.sheet, "range.clear");
      for (const row of cellsOf(target))
        for (const { row: sheetRow, column } of row) target.sheet.cells.delete(sheetRow * 20000 + column);
    });
  }

  select(): void {
    this.queueCall("select", [], (target: RangeTarget) => {
      if (target.sheet.visibility !== "Visible")
        throw new FakeExcelError("InvalidSelection", "The selection is on a hidden sheet.");
      this.context.runtime.model.activeSheetId = target.sheet.id;
      (this.context.runtime.model as unknown as { selection?: string }).selection = qualifiedAddress(target);
    });
  }

  getCellProperties(options: {
    format?: { fill?: { color?: boolean; pattern?: boolean } };
  }): FakeClientResult<unknown[][]> {
    const result = new FakeClientResult<unknown[][]>();
    this.context.enqueue({
      describe: { o: this._id, call: "getCellProperties", args: [options] },
      location: `${this._path}.getCellProperties`,
      requires: 9,
      run: () => {
        const target = this._resolve();
        if (target === nullObject) {
          this.context.deliver(null, () => result._set(null as unknown as unknown[][]));
          return;
        }
        assertCellCount(target as RangeTarget, "getCellProperties");
        countCellsLoaded(this.context.runtime, target as RangeTarget);
        const grid = gridOf(target as RangeTarget, (cell) => {
          const fill: Record<string, unknown> = {};
          if (options.format?.fill?.color) fill.color = cell?.fill ?? "#FFFFFF";
          if (options.format?.fill?.pattern) fill.pattern = cell?.fill ? "Solid" : "None";
          return { format: { fill } };
        });
        this.context.deliver(grid, () => result._set(grid));
      },
    });
    return result;
  }

  getMergedAreasOrNullObject(): FakeRangeAreas {
    return new FakeRangeAreas(
      this.context,
      this.derive((target: RangeTarget) => {
        if (this.context.runtime.apiMinor < 13)
          throw new FakeExcelError("ApiNotFound", "getMergedAreasOrNullObject needs ExcelApi 1.13.");
        const areas = target.sheet.merges.filter((merge) => intersectRect(merge, target.rect));
        return areas.length === 0 ? nullObject : areas.map((rect) => ({ sheet: target.sheet, rect }));
      }),
      `${this._path}.mergedAreas`,
    );
  }

  /** Go To Special (ExcelApi 1.9): "Constants" or "Formulas" only; a null object when no cell matches. */
  getSpecialCellsOrNullObject(cellType: string): FakeRangeAreas {
    return new FakeRangeAreas(
      this.context,
      this.derive((target: RangeTarget) => {
        if (this.context.runtime.apiMinor < 9)
          throw new FakeExcelError("ApiNotFound", "getSpecialCellsOrNullObject needs ExcelApi 1.9.");
        if (cellType !== "Constants" && cellType !== "Formulas")
          throw new FakeExcelError("InvalidArgument", `The fake models no special cells '${cellType}'.`);
        const areas = specialCellAreas(target, cellType === "Formulas");
        return areas.length === 0 ? nullObject : areas.map((rect) => ({ sheet: target.sheet, rect }));
      }),
      `${this._path}.specialCells(${cellType})`,
    );
  }

  getBoundingRect(other: FakeRange | string): FakeRange {
    return new FakeRange(
      this.context,
      this.derive((target: RangeTarget) => {
        const otherRect =
          typeof other === "string" ? parseRect(other) : (other._resolve() as RangeTarget).rect;
        return { sheet: target.sheet, rect: boundingRect(target.rect, otherRect) };
      }),
      `${this._path}.boundingRect`,
    );
  }

  getIntersection(other: FakeRange | string): FakeRange {
    return new FakeRange(
      this.context,
      this.derive((target: RangeTarget) => {
        const otherRect =
          typeof other === "string" ? parseRect(other) : (other._resolve() as RangeTarget).rect;
        const rect = intersectRect(target.rect, otherRect);
        if (!rect) throw new FakeExcelError("ItemNotFound", "The ranges do not intersect.");
        return { sheet: target.sheet, rect };
      }),
      `${this._path}.intersection`,
    );
  }

  getCell(row: number, column: number): FakeRange {
    return new FakeRange(
      this.context,
      this.derive((target: RangeTarget) => ({
        sheet: target.sheet,
        rect: {
          r1: target.rect.r1 + row,
          c1: target.rect.c1 + column,
          r2: target.rect.r1 + row,
          c2: target.rect.c1 + column,
        },
      })),
      `${this._path}.getCell(${row},${column})`,
    );
  }
}

export class FakeRangeAreas extends FakeClientObject {
  protected override readers() {
    return {
      address: (areas: RangeTarget[]) => areas.map(qualifiedAddress).join(", "),
      areaCount: (areas: RangeTarget[]) => areas.length,
    };
  }

  get address(): string {
    return this._loadedValue("address") as string;
  }
}

export class FakeRangeFormat extends FakeClientObject {
  private setEach(name: string, value: unknown, apply: (cell: CellModel) => void, requires?: number): void {
    this.queueSet(
      name,
      value,
      (target: RangeTarget) => {
        assertSheetWritable(this.context, target.sheet, `format.${name}`);
        for (const row of cellsOf(target))
          for (const { row: sheetRow, column } of row) apply(target.sheet.touch(sheetRow, column));
      },
      requires,
    );
  }

  protected override readers() {
    return {
      columnWidth: (target: RangeTarget) => target.sheet.columnWidths.get(target.rect.c1) ?? 48,
      wrapText: (target: RangeTarget) => target.sheet.cell(target.rect.r1, target.rect.c1)?.wrapText ?? false,
      horizontalAlignment: (target: RangeTarget) =>
        target.sheet.cell(target.rect.r1, target.rect.c1)?.horizontalAlignment ?? "General",
    };
  }

  get columnWidth(): number {
    return this._loadedValue("columnWidth") as number;
  }

  set columnWidth(points: number) {
    this.queueSet(
      "columnWidth",
      points,
      (target: RangeTarget) => {
        assertSheetWritable(this.context, target.sheet, "format.columnWidth");
        for (let column = target.rect.c1; column <= target.rect.c2; column++)
          target.sheet.columnWidths.set(column, points);
      },
      2,
    );
  }

  set rowHeight(points: number) {
    this.queueSet(
      "rowHeight",
      points,
      (target: RangeTarget) => {
        assertSheetWritable(this.context, target.sheet, "format.rowHeight");
        for (let row = target.rect.r1; row <= target.rect.r2; row++) target.sheet.rowHeights.set(row, points);
      },
      2,
    );
  }

  get wrapText(): boolean {
    return this._loadedValue("wrapText") as boolean;
  }

  set wrapText(value: boolean) {
    this.setEach("wrapText", value, (cell) => (cell.wrapText = value));
  }

  get horizontalAlignment(): string {
    return this._loadedValue("horizontalAlignment") as string;
  }

  set horizontalAlignment(value: string) {
    this.setEach("horizontalAlignment", value, (cell) => (cell.horizontalAlignment = value));
  }

  set verticalAlignment(value: string) {
    this.setEach("verticalAlignment", value, (cell) => (cell.verticalAlignment = value));
  }

  get fill(): FakeRangeFill {
    return this.child(
      "fill",
      () => new FakeRangeFill(this.context, () => this._resolve(), `${this._path}.fill`),
    );
  }

  get font(): FakeRangeFont {
    return this.child(
      "font",
      () => new FakeRangeFont(this.context, () => this._resolve(), `${this._path}.font`),
    );
  }

  get borders(): { getItem: (edge: string) => FakeRangeBorder } {
    return {
      getItem: (edge: string) =>
        new FakeRangeBorder(this.context, () => this._resolve(), `${this._path}.borders(${edge})`, edge),
    };
  }

  autofitColumns(): void {
    this.queueCall("autofitColumns", [], () => undefined, 2);
  }

  _each(name: string, value: unknown, apply: (cell: CellModel) => void): void {
    this.setEach(name, value, apply);
  }
}

export class FakeRangeFill extends FakeClientObject {
  protected override readers() {
    return {
      color: (target: RangeTarget) => target.sheet.cell(target.rect.r1, target.rect.c1)?.fill ?? "#FFFFFF",
    };
  }

  get color(): string {
    return this._loadedValue("color") as string;
  }

  set color(value: string) {
    const normalized = normalizeColor(value);
    this.queueSet("color", value, (target: RangeTarget) => {
      assertSheetWritable(this.context, target.sheet, "fill.color");
      for (const row of cellsOf(target))
        for (const { row: sheetRow, column } of row) target.sheet.touch(sheetRow, column).fill = normalized;
    });
  }

  clear(): void {
    this.queueCall("clear", [], (target: RangeTarget) => {
      assertSheetWritable(this.context, target.sheet, "fill.clear");
      for (const row of cellsOf(target))
        for (const { row: sheetRow, column } of row) {
          const cell = target.sheet.cell(sheetRow, column);
          if (cell) cell.fill = null;
        }
    });
  }
}

function normalizeColor(value: string): string {
  if (!/^#[0-9a-f]{6}$/i.test(value))
    throw new FakeExcelError(
      "InvalidArgument",
      `'${value}' is not a colour the fake understands (use #RRGGBB).`,
    );
  return value.toUpperCase();
}

export class FakeRangeFont extends FakeClientObject {
  private setFont(name: "bold" | "italic" | "size" | "color" | "name", value: unknown): void {
    this.queueSet(name, value, (target: RangeTarget) => {
      assertSheetWritable(this.context, target.sheet, `font.${name}`);
      for (const row of cellsOf(target))
        for (const { row: sheetRow, column } of row) {
          const cell = target.sheet.touch(sheetRow, column);
          cell.font = { ...cell.font, [name]: name === "color" ? normalizeColor(String(value)) : value };
        }
    });
  }

  protected override readers() {
    return {
      bold: (target: RangeTarget) => target.sheet.cell(target.rect.r1, target.rect.c1)?.font?.bold ?? false,
      color: (target: RangeTarget) =>
        target.sheet.cell(target.rect.r1, target.rect.c1)?.font?.color ?? "#000000",
    };
  }

  get bold(): boolean {
    return this._loadedValue("bold") as boolean;
  }
  set bold(value: boolean) {
    this.setFont("bold", value);
  }
  set italic(value: boolean) {
    this.setFont("italic", value);
  }
  set size(value: number) {
    this.setFont("size", value);
  }
  get color(): string {
    return this._loadedValue("color") as string;
  }
  set color(value: string) {
    this.setFont("color", value);
  }
  set name(value: string) {
    this.setFont("name", value);
  }
}

export class FakeRangeBorder extends FakeClientObject {
  constructor(
    context: FakeRequestContext,
    resolver: () => Resolved,
    path: string,
    private readonly edge: string,
  ) {
    super(context, resolver, path);
  }

  private setBorder(name: "style" | "weight" | "color", value: string): void {
    this.queueSet(name, value, (target: RangeTarget) => {
      assertSheetWritable(this.context, target.sheet, `border.${name}`);
      for (const row of cellsOf(target))
        for (const { row: sheetRow, column } of row) {
          const cell = target.sheet.touch(sheetRow, column);
          cell.borders = { ...cell.borders, [this.edge]: { ...cell.borders?.[this.edge], [name]: value } };
        }
    });
  }

  set style(value: string) {
    this.setBorder("style", value);
  }
  set weight(value: string) {
    this.setBorder("weight", value);
  }
  set color(value: string) {
    this.setBorder("color", value);
  }
}

export class FakeConditionalFormatCollection extends FakeClientObject {
  add(type: string): Record<string, unknown> {
    let created: { config: Record<string, unknown> } | null = null;
    this.queueCall(
      "add",
      [type],
      (target: RangeTarget) => {
        assertSheetWritable(this.context, target.sheet, "conditionalFormats.add");
        const model = { type, range: rectAddress(target.rect), config: {} };
        target.sheet.conditionalFormats.push(model);
        created = model;
      },
      6,
    );
    const holder = new FakeClientObject(
      this.context,
      () => created ?? nullObject,
      `${this._path}.add(${type})`,
    );
    return recorder(
      holder,
      this.context,
      [],
      (path, value, model: { config: Record<string, unknown> }) => (model.config[path] = value),
      () => holder._resolve(),
      6,
    );
  }
}

// ---------------------------------------------------------------------------------------------------
// Charts

const chartTypes = new Set([
  "ColumnClustered",
  "ColumnStacked",
  "BarClustered",
  "BarStacked",
  "Line",
  "LineMarkers",
  "Pie",
  "XYScatter",
]);

function rangeTarget(range: FakeRange | string, sheet: SheetModel): RangeTarget {
  if (typeof range === "string") return { sheet, rect: parseRect(range) };
  const target = range._resolve();
  if (target === nullObject) throw new FakeExcelError("InvalidArgument", "A null range was given.");
  return target as RangeTarget;
}

export class FakeChartCollection extends FakeClientObject {
  private itemsValue: FakeChart[] | null = null;

  get items(): FakeChart[] {
    if (!this.itemsValue) this._loadedValue("items");
    return this.itemsValue as FakeChart[];
  }

  override load(spec?: LoadSpec): this {
    const paths = normalizeLoad(spec, ["name"])
      .map((path) => path.replace(/^items\/?/, ""))
      .filter(Boolean);
    this.context.enqueue({
      describe: { o: this._id, load: paths },
      location: `${this._path}.load`,
      run: () => {
        const sheet = this._resolve() as SheetModel;
        const items = sheet.charts.map((chart) => {
          const proxy = new FakeChart(
            this.context,
            () => chart,
            `chart(${chart.name})`,
            () => sheet,
          );
          proxy._bind(chart);
          return proxy;
        });
        this.context.deliver([], () => {
          this.itemsValue = items;
          this.loaded.set("items", items);
        });
        for (const item of items) item._runLoad(paths.length > 0 ? paths : ["name"]);
      },
    });
    return this;
  }

  add(type: string, sourceData: FakeRange | string, seriesBy?: string): FakeChart {
    const proxy = new FakeChart(
      this.context,
      () => nullObject,
      `${this._path}.add(${type})`,
      () => this._resolve() as SheetModel,
    );
    this.queueCall("add", [type, sourceData, seriesBy ?? "Auto"], (sheet: SheetModel) => {
      assertSheetWritable(this.context, sheet, "charts.add");
      if (!chartTypes.has(type))
        throw new FakeExcelError("InvalidArgument", `Chart type '${type}' is not supported by the fake.`);
      const source = rangeTarget(sourceData, sheet);
      const rows = source.rect.r2 - source.rect.r1 + 1;
      const columns = source.rect.c2 - source.rect.c1 + 1;
      const byColumns = seriesBy === "Columns" || ((seriesBy ?? "Auto") === "Auto" && rows >= columns);
      const series: SeriesModel[] = [];
      const count = byColumns ? columns : rows;
      for (let index = 0; index < count; index++) {
        const rect = byColumns
          ? { r1: source.rect.r1, r2: source.rect.r2, c1: source.rect.c1 + index, c2: source.rect.c1 + index }
          : {
              r1: source.rect.r1 + index,
              r2: source.rect.r1 + index,
              c1: source.rect.c1,
              c2: source.rect.c2,
            };
        series.push({
          name: `Series${index + 1}`,
          values: { sheet: source.sheet, rect },
          xValues: null,
          config: {},
        });
      }
      const id = sheet.charts.reduce((max, chart) => Math.max(max, chart.id), 0) + 1;
      const chart: ChartModel = { id, name: `Chart ${id}`, type, series, config: {}, position: null };
      sheet.charts.push(chart);
      proxy._bind(chart);
    });
    return proxy;
  }
}

export class FakeChart extends FakeClientObject {
  constructor(
    context: FakeRequestContext,
    resolver: () => Resolved,
    path: string,
    private readonly sheet: () => SheetModel,
  ) {
    super(context, resolver, path);
  }

  protected override readers() {
    return {
      name: (chart: ChartModel) => chart.name,
      chartType: (chart: ChartModel) => chart.type,
    };
  }

  get name(): string {
    return this._loadedValue("name") as string;
  }

  set name(value: string) {
    this.queueSet("name", value, (chart: ChartModel) => {
      assertSheetWritable(this.context, this.sheet(), "chart.name");
      chart.name = value;
    });
  }

  private configRecorder(root: string): Record<string, unknown> {
    return recorder(
      this,
      this.context,
      [root],
      (path, value, chart: ChartModel) => {
        assertSheetWritable(this.context, this.sheet(), `chart.${path}`);
        chart.config[path] = value;
      },
      () => this._resolve(),
    );
  }

  get title(): Record<string, unknown> {
    return this.child("titleHolder", () =>
      Object.assign(new FakeClientObject(this.context, () => null, "title"), {
        proxy: this.configRecorder("title"),
      }),
    ).proxy;
  }

  get legend(): Record<string, unknown> {
    return this.child("legendHolder", () =>
      Object.assign(new FakeClientObject(this.context, () => null, "legend"), {
        proxy: this.configRecorder("legend"),
      }),
    ).proxy;
  }

  get axes(): Record<string, unknown> {
    return this.child("axesHolder", () =>
      Object.assign(new FakeClientObject(this.context, () => null, "axes"), {
        proxy: this.configRecorder("axes"),
      }),
    ).proxy;
  }

  get series(): FakeSeriesCollection {
    return this.child(
      "series",
      () => new FakeSeriesCollection(this.context, () => this._resolve(), `${this._path}.series`, this.sheet),
    );
  }

  setPosition(startCell: FakeRange | string, endCell?: FakeRange | string): void {
    this.queueCall("setPosition", [startCell, endCell ?? null], (chart: ChartModel) => {
      assertSheetWritable(this.context, this.sheet(), "chart.setPosition");
      const start = rangeTarget(startCell, this.sheet());
      const end = endCell ? rangeTarget(endCell, this.sheet()) : start;
      chart.position = {
        start: rectAddress({ ...start.rect, r2: start.rect.r1, c2: start.rect.c1 }),
        end: rectAddress({ ...end.rect, r1: end.rect.r2, c1: end.rect.c2 }),
      };
    });
  }

  delete(): void {
    this.queueCall("delete", [], (chart: ChartModel) => {
      const sheet = this.sheet();
      assertSheetWritable(this.context, sheet, "chart.delete");
      sheet.charts = sheet.charts.filter((candidate) => candidate !== chart);
    });
  }
}

export class FakeSeriesCollection extends FakeClientObject {
  constructor(
    context: FakeRequestContext,
    resolver: () => Resolved,
    path: string,
    private readonly sheet: () => SheetModel,
  ) {
    super(context, resolver, path);
  }

  protected override readers() {
    return { count: (chart: ChartModel) => chart.series.length };
  }

  get count(): number {
    return this._loadedValue("count") as number;
  }

  add(name?: string, index?: number): FakeSeries {
    const proxy = new FakeSeries(
      this.context,
      () => nullObject,
      `${this._path}.add(${name ?? ""})`,
      this.sheet,
    );
    this.queueCall(
      "add",
      [name ?? null, index ?? null],
      (chart: ChartModel) => {
        assertSheetWritable(this.context, this.sheet(), "series.add");
        const series: SeriesModel = {
          name: name ?? `Series${chart.series.length + 1}`,
          values: null,
          xValues: null,
          config: {},
        };
        chart.series.splice(index ?? chart.series.length, 0, series);
        proxy._bind({ chart, series });
      },
      7,
    );
    return proxy;
  }

  getItemAt(index: number): FakeSeries {
    return new FakeSeries(
      this.context,
      this.derive((chart: ChartModel) => {
        const series = chart.series[index];
        if (!series) throw new FakeExcelError("ItemNotFound", `There is no series at ${index}.`);
        return { chart, series };
      }),
      `${this._path}[${index}]`,
      this.sheet,
    );
  }
}

export class FakeSeries extends FakeClientObject {
  constructor(
    context: FakeRequestContext,
    resolver: () => Resolved,
    path: string,
    private readonly sheet: () => SheetModel,
  ) {
    super(context, resolver, path);
  }

  protected override readers() {
    return { name: (holder: { series: SeriesModel }) => holder.series.name };
  }

  get name(): string {
    return this._loadedValue("name") as string;
  }

  set name(value: string) {
    this.queueSet("name", value, (holder: { series: SeriesModel }) => {
      assertSheetWritable(this.context, this.sheet(), "series.name");
      holder.series.name = value;
    });
  }

  set chartType(value: string) {
    this.queueSet(
      "chartType",
      value,
      (holder: { series: SeriesModel }) => (holder.series.config.chartType = value),
      7,
    );
  }

  get format(): Record<string, unknown> {
    return this.child("formatHolder", () =>
      Object.assign(new FakeClientObject(this.context, () => null, "format"), {
        proxy: recorder(
          this,
          this.context,
          ["format"],
          (path, value, holder: { series: SeriesModel }) => {
            assertSheetWritable(this.context, this.sheet(), `series.${path}`);
            holder.series.config[path] = value;
          },
          () => this._resolve(),
        ),
      }),
    ).proxy;
  }

  /** ChartSeries.points (ExcelApi 1.7): only point fills are modelled, recorded as config["points[i].fill"]. */
  get points(): { getItemAt(index: number): { format: { fill: { setSolidColor(color: string): void } } } } {
    return {
      getItemAt: (index: number) => ({
        format: {
          fill: {
            setSolidColor: (color: string) =>
              this.queueCall(
                `points[${index}].format.fill.setSolidColor`,
                [color],
                (holder: { series: SeriesModel }) => {
                  assertSheetWritable(this.context, this.sheet(), "series.points");
                  holder.series.config[`points[${index}].fill`] = color;
                },
                7,
              ),
          },
        },
      }),
    };
  }

  setValues(source: FakeRange): void {
    this.queueCall(
      "setValues",
      [source],
      (holder: { series: SeriesModel }) => {
        assertSheetWritable(this.context, this.sheet(), "series.setValues");
        holder.series.values = rangeTarget(source, this.sheet());
      },
      7,
    );
  }

  setXAxisValues(source: FakeRange): void {
    this.queueCall(
      "setXAxisValues",
      [source],
      (holder: { series: SeriesModel }) => {
        assertSheetWritable(this.context, this.sheet(), "series.setXAxisValues");
        holder.series.xValues = rangeTarget(source, this.sheet());
      },
      7,
    );
  }

  delete(): void {
    this.queueCall(
      "delete",
      [],
      (holder: { chart: ChartModel; series: SeriesModel }) => {
        assertSheetWritable(this.context, this.sheet(), "series.delete");
        holder.chart.series = holder.chart.series.filter((series) => series !== holder.series);
      },
      7,
    );
  }
}

export { nullObject };
export type { Rect, ScalarValue };
