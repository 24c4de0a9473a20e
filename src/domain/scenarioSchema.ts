/**
 * The scenario file format: JSON with a `version` field, validated at runtime
 * with valibot before anything else in the studio sees it.
 *
 * Validation reports every problem it finds (up to `MAX_ISSUES`), each as a
 * JSON-style path into the document and a sentence a planner can act on:
 *
 *     orders[12].window: end 09:30 is before start 10:00
 *     orders[4].storeId: no store "s9"
 *
 * Paths are relative to the document root; an issue about the document as a
 * whole (not JSON, not an object, the "and N more" summary) has the empty path
 * `''`.
 *
 * Besides types and ranges, the schema checks what ties fields together:
 * windows that end before they start, duplicate ids, orders that name a
 * missing store, windows that close before the order was placed. A file of
 * another version is rejected with only that one issue, since checking it
 * against this version's rules would produce noise.
 *
 * Fields the format does not define are dropped from the parsed scenario
 * rather than rejected.
 */
import * as v from 'valibot';
import type { Scenario, WindowMode } from './scenario.ts';
import { SCENARIO_VERSION, VEHICLE_TYPES } from './scenario.ts';
import { formatClock, type Seconds } from './units.ts';

/** One problem in a scenario document. */
export interface ScenarioIssue {
  /** JSON-style path, e.g. `orders[12].window`; `''` for the document itself. */
  path: string;
  message: string;
}

export type ScenarioParseResult = { ok: true; scenario: Scenario } | { ok: false; issues: ScenarioIssue[] };

/** Issues beyond this many are summarised in one final "and N more issues". */
export const MAX_ISSUES = 50;

const WINDOW_MODES: readonly WindowMode[] = ['hard', 'soft'];

// ---------------------------------------------------------------------------
// Messages

/** A value as a planner would recognise it in their file. */
function describeValue(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'string') return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (typeof value === 'object') return 'an object';
  return `a ${typeof value}`;
}

const expected =
  (what: string) =>
  (issue: v.BaseIssue<unknown>): string =>
    `expected ${what}, got ${describeValue(issue.input)}`;

/** A time of day, with seconds when they matter (so 10:00:10 vs 10:00:20 does not read 10:00 vs 10:00). */
function clock(t: Seconds): string {
  const seconds = t % 60;
  if (seconds === 0) return formatClock(t);
  return `${formatClock(t - seconds)}:${String(Math.floor(seconds)).padStart(2, '0')}`;
}

// ---------------------------------------------------------------------------
// Building blocks

type PathKey = string | number;

function child(container: unknown, key: PathKey): unknown {
  return typeof container === 'object' && container !== null ? Reflect.get(container, key) : undefined;
}

/** A valibot issue path for an issue found by a cross-field check. */
function pathTo(root: unknown, first: PathKey, ...rest: PathKey[]): [v.IssuePathItem, ...v.IssuePathItem[]] {
  let input = root;
  const item = (key: PathKey): v.UnknownPathItem => {
    const value = child(input, key);
    const pathItem: v.UnknownPathItem = { type: 'unknown', origin: 'value', input, key, value };
    input = value;
    return pathItem;
  };
  return [item(first), ...rest.map(item)];
}

/** A valibot object whose missing fields are reported as such, not as "expected …, got nothing". */
function entries<TEntries extends v.ObjectEntries>(fields: TEntries) {
  return v.object(fields, (issue) =>
    issue.path?.at(-1)?.origin === 'key' ? 'required field is missing' : expected('an object')(issue),
  );
}

/** Rejects arrays, which valibot's `object` and `variant` alone would take. */
const notArray = v.check((input: unknown) => !Array.isArray(input), expected('an object'));

/** A JSON object with these fields. */
function object<TEntries extends v.ObjectEntries>(fields: TEntries) {
  return v.pipe(v.unknown(), notArray, entries(fields));
}

/**
 * A JSON object whose `key` field (a literal in each of `options`) says
 * which of them it is, e.g. `{ model: 'road', … }`; a missing or unknown
 * `key` is reported at `key`.
 */
function oneShapeOf<
  const TKey extends string,
  const TOptions extends v.VariantOptions<TKey> & readonly ReturnType<typeof entries>[],
>(key: TKey, options: TOptions) {
  const kindList = options
    .map((option) => JSON.stringify((option.entries[key] as v.LiteralSchema<v.Literal, undefined>).literal))
    .join(', ');
  return v.pipe(
    v.unknown(),
    notArray,
    v.variant(key, options, (issue) => {
      if (issue.path === undefined) return expected('an object')(issue);
      return issue.input === undefined ? 'required field is missing' : expected(`one of ${kindList}`)(issue);
    }),
  );
}

const finiteNumber = v.pipe(v.number(expected('a number')), v.finite(expected('a finite number')));
const atLeast = (min: number) =>
  v.check(
    (x: number) => x >= min,
    (issue) => `must be at least ${min}, got ${issue.input}`,
  );
const above = (min: number) =>
  v.check(
    (x: number) => x > min,
    (issue) => `must be greater than ${min}, got ${issue.input}`,
  );
const between = (min: number, max: number) =>
  v.check(
    (x: number) => x >= min && x <= max,
    (issue) => `must be between ${min} and ${max}, got ${issue.input}`,
  );
const whole = v.check((x: number) => Number.isInteger(x), expected('a whole number'));

const NonNegative = v.pipe(finiteNumber, atLeast(0));
const Positive = v.pipe(finiteNumber, above(0));
const Count = v.pipe(finiteNumber, whole, atLeast(0));
const PositiveCount = v.pipe(finiteNumber, whole, atLeast(1));
/** Seconds since midnight; days after the first run on past 24:00. */
const TimeOfDay = NonNegative;
const Duration = NonNegative;
const Text = v.string(expected('a string'));
const Id = v.pipe(Text, v.nonEmpty('must not be empty'));

function oneOf<const TOptions extends readonly string[]>(options: TOptions) {
  return v.picklist(options, expected(`one of ${options.map((o) => JSON.stringify(o)).join(', ')}`));
}

const TimeWindowSchema = v.pipe(
  object({ start: TimeOfDay, end: TimeOfDay }),
  v.check(
    (w) => w.end >= w.start,
    (issue) => `end ${clock(issue.input.end)} is before start ${clock(issue.input.start)}`,
  ),
);

const LngLatSchema = object({
  lng: v.pipe(finiteNumber, between(-180, 180)),
  lat: v.pipe(finiteNumber, between(-90, 90)),
});

/** Reports every repeat of an id, pointing at the repeat and naming the first use. */
function uniqueIds<TItem>(collection: string) {
  return v.rawCheck<TItem[]>(({ dataset, addIssue }) => {
    const items: unknown = dataset.value;
    if (!Array.isArray(items)) return;
    const firstIndex = new Map<string, number>();
    items.forEach((item: unknown, index) => {
      const id = child(item, 'id');
      if (typeof id !== 'string') return;
      const first = firstIndex.get(id);
      if (first === undefined) firstIndex.set(id, index);
      else
        addIssue({
          message: `duplicate id ${JSON.stringify(id)} (also ${collection}[${first}])`,
          path: pathTo(items, index, 'id'),
        });
    });
  });
}

/** An array of `item`s whose `id`s are unique. */
function collection<TItem extends v.GenericSchema<unknown, { id: string }>>(name: string, item: TItem) {
  return v.pipe(v.array(item, expected('an array')), uniqueIds<v.InferOutput<TItem>>(name));
}

// ---------------------------------------------------------------------------
// The format

/** Skill names: short words, each at most once. */
const Skills = v.pipe(
  v.array(Id, expected('an array of skill names')),
  v.check((skills) => new Set(skills).size === skills.length, 'lists a skill twice'),
);

const SpeedsSchema = object({ car: Positive, ebike: Positive, walk: Positive });

const NetworkRefSchema = oneShapeOf('kind', [
  entries({ kind: v.literal('builtin-city'), seed: v.pipe(finiteNumber, whole) }),
  entries({ kind: v.literal('sample'), name: Id }),
  entries({ kind: v.literal('file'), name: Id }),
]);

const TravelSchema = oneShapeOf('model', [
  entries({
    model: v.literal('straight-line'),
    circuity: v.pipe(finiteNumber, atLeast(1)),
    speedsKmh: SpeedsSchema,
  }),
  entries({ model: v.literal('road'), network: NetworkRefSchema, speedsKmh: SpeedsSchema }),
]);

const StoreSchema = object({
  id: Id,
  name: Text,
  location: LngLatSchema,
  hours: TimeWindowSchema,
  pickSecondsPerItem: Duration,
});

const OrderSchema = v.pipe(
  object({
    id: Id,
    // Any string: one that names no store is reported by the cross-reference check.
    storeId: Text,
    location: LngLatSchema,
    items: Count,
    bags: Count,
    placedAt: TimeOfDay,
    window: TimeWindowSchema,
    handoffSeconds: Duration,
    requiredSkills: v.optional(Skills),
  }),
  v.forward(
    v.check(
      // An inverted window is already reported; one issue per mistake.
      (order) => order.window.end >= order.placedAt || order.window.end < order.window.start,
      (issue) =>
        `ends ${clock(issue.input.window.end)}, before the order was placed at ${clock(issue.input.placedAt)}`,
    ),
    ['window'],
  ),
);

const ShopperSchema = object({
  id: Id,
  name: Text,
  start: LngLatSchema,
  shift: TimeWindowSchema,
  capacity: object({ items: PositiveCount, bags: PositiveCount }),
  vehicle: oneOf(VEHICLE_TYPES),
  speedFactor: v.optional(v.pipe(finiteNumber, between(0.1, 10))),
  skills: v.optional(Skills),
  costPerHour: NonNegative,
  costPerKm: NonNegative,
  fixedCost: v.optional(NonNegative),
  active: v.optional(v.boolean(expected('true or false'))),
});

const ConstraintsSchema = object({
  maxOrdersPerBatch: PositiveCount,
  maxItemsPerBatch: PositiveCount,
  maxBagsPerBatch: PositiveCount,
  sameStoreBatches: v.optional(v.boolean(expected('true or false'))),
  maxRideSeconds: Positive,
  maxDetourSeconds: v.optional(NonNegative),
  windows: oneOf(WINDOW_MODES),
  latenessCostPerMinute: NonNegative,
  unassignedPenalty: NonNegative,
  reassignmentCost: v.optional(NonNegative),
});

const PinSchema = object({
  shopperId: Text,
  scope: v.optional(oneOf(['batch'] as const)),
  stops: v.array(
    object({ kind: oneOf(['pickup', 'delivery'] as const), orderId: Text }),
    expected('a list of stops'),
  ),
});

/** Each part of a scenario, by its field. */
const scenarioFields = {
  version: v.literal(SCENARIO_VERSION, expected(`version ${SCENARIO_VERSION}`)),
  name: Text,
  description: v.optional(Text),
  seed: v.optional(v.pipe(finiteNumber, whole)),
  travel: TravelSchema,
  stores: collection('stores', StoreSchema),
  orders: collection('orders', OrderSchema),
  shoppers: collection('shoppers', ShopperSchema),
  constraints: ConstraintsSchema,
  pins: v.optional(v.array(PinSchema, expected('a list of pinned shopper days and batches'))),
  assignments: v.optional(
    v.array(object({ orderId: Text, shopperId: Text }), expected('a list of orders given to shoppers')),
  ),
};

const ScenarioObjectSchema = object(scenarioFields);

/**
 * Another version is the only thing worth saying about a file of another
 * version: the issue it adds stops the pipe before the structural checks.
 */
const supportedVersion = v.rawCheck<unknown>(({ dataset, addIssue }) => {
  const version = child(dataset.value, 'version');
  if (version === undefined || version === SCENARIO_VERSION) return;
  addIssue({
    message:
      typeof version === 'number'
        ? `unsupported version ${version}: this build reads version ${SCENARIO_VERSION}`
        : `expected version ${SCENARIO_VERSION}, got ${describeValue(version)}`,
    path: pathTo(dataset.value, 'version'),
  });
});

/** Every order's store exists. Runs on partly valid documents too, so it reports alongside other issues. */
const storeReferences = v.rawCheck<v.InferOutput<typeof ScenarioObjectSchema>>(({ dataset, addIssue }) => {
  const scenario: unknown = dataset.value;
  const stores = child(scenario, 'stores');
  const orders = child(scenario, 'orders');
  if (!Array.isArray(stores) || !Array.isArray(orders)) return;
  const storeIds = new Set(stores.map((store: unknown) => child(store, 'id')));
  orders.forEach((order: unknown, index) => {
    const storeId = child(order, 'storeId');
    if (typeof storeId === 'string' && !storeIds.has(storeId))
      addIssue({
        message: `no store ${JSON.stringify(storeId)}`,
        path: pathTo(scenario, 'orders', index, 'storeId'),
      });
  });
});

/**
 * Every pin names a shopper and orders that exist, pins an order once and a
 * shopper's day once (without batch pins beside it), and picks each order up
 * before delivering it, once; a batch pin ends with nothing on board.
 */
const pinReferences = v.rawCheck<v.InferOutput<typeof ScenarioObjectSchema>>(({ dataset, addIssue }) => {
  if (!dataset.typed) return;
  const scenario = dataset.value;
  const shopperIds = new Set(scenario.shoppers.map((p) => p.id));
  const orderIds = new Set(scenario.orders.map((o) => o.id));
  /** Shoppers with any pin so far, and those with a day pin. */
  const pinnedShoppers = new Set<string>();
  const pinnedDays = new Set<string>();
  const pinnedOrders = new Set<string>();
  (scenario.pins ?? []).forEach((pin, index) => {
    const at = (...path: (string | number)[]) => pathTo(scenario, 'pins', index, ...path);
    if (!shopperIds.has(pin.shopperId))
      addIssue({ message: `no shopper ${JSON.stringify(pin.shopperId)}`, path: at('shopperId') });
    const day = pin.scope === undefined;
    if (pinnedDays.has(pin.shopperId) || (day && pinnedShoppers.has(pin.shopperId)))
      addIssue({ message: 'shopper pinned twice', path: at('shopperId') });
    pinnedShoppers.add(pin.shopperId);
    if (day) pinnedDays.add(pin.shopperId);
    const picked = new Set<string>();
    const delivered = new Set<string>();
    pin.stops.forEach((stop, k) => {
      const problem = stopProblem(stop, orderIds, picked, delivered, pinnedOrders);
      if (problem) addIssue({ message: problem, path: at('stops', k, 'orderId') });
    });
    for (const orderId of picked) {
      if (!delivered.has(orderId))
        addIssue({
          message: `order ${JSON.stringify(orderId)} picked up, never delivered`,
          path: at('stops'),
        });
    }
  });
});

/** What is wrong with one stop of a pin given those before it (which it then joins); null when nothing. */
function stopProblem(
  stop: { kind: 'pickup' | 'delivery'; orderId: string },
  orderIds: ReadonlySet<string>,
  picked: Set<string>,
  delivered: Set<string>,
  pinnedOrders: Set<string>,
): string | null {
  if (!orderIds.has(stop.orderId)) return `no order ${JSON.stringify(stop.orderId)}`;
  if (stop.kind === 'pickup') {
    if (picked.has(stop.orderId) || pinnedOrders.has(stop.orderId)) return 'order pinned twice';
    picked.add(stop.orderId);
    pinnedOrders.add(stop.orderId);
  } else {
    if (!picked.has(stop.orderId) || delivered.has(stop.orderId))
      return 'delivered without a pickup before it';
    delivered.add(stop.orderId);
  }
  return null;
}

/** Every order given by hand names an order and a shopper that exist, each order once. */
const assignmentReferences = v.rawCheck<v.InferOutput<typeof ScenarioObjectSchema>>(
  ({ dataset, addIssue }) => {
    if (!dataset.typed) return;
    const scenario = dataset.value;
    const shopperIds = new Set(scenario.shoppers.map((p) => p.id));
    const orderIds = new Set(scenario.orders.map((o) => o.id));
    const given = new Set<string>();
    (scenario.assignments ?? []).forEach(({ orderId, shopperId }, index) => {
      const at = (key: string) => pathTo(scenario, 'assignments', index, key);
      if (!orderIds.has(orderId))
        addIssue({ message: `no order ${JSON.stringify(orderId)}`, path: at('orderId') });
      else if (given.has(orderId))
        addIssue({ message: 'order given to shoppers twice', path: at('orderId') });
      if (!shopperIds.has(shopperId))
        addIssue({ message: `no shopper ${JSON.stringify(shopperId)}`, path: at('shopperId') });
      given.add(orderId);
    });
  },
);

/** The whole format, structure and cross-field rules; its output is exactly a `Scenario`. */
export const ScenarioSchema = v.pipe(
  v.unknown(),
  supportedVersion,
  ScenarioObjectSchema,
  storeReferences,
  pinReferences,
  assignmentReferences,
);

type Equal<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;
type Assert<T extends true> = T;
/** Compile-time guard: stops compiling when the schema and `Scenario` drift apart, in either direction. */
export type ScenarioSchemaMatchesScenario = Assert<Equal<v.InferOutput<typeof ScenarioSchema>, Scenario>>;

// ---------------------------------------------------------------------------
// Parsing

function formatPath(path: readonly v.IssuePathItem[] | undefined): string {
  let out = '';
  for (const { key } of path ?? []) {
    if (typeof key === 'number') out += `[${key}]`;
    else if (typeof key === 'string' && /^[A-Za-z_$][\w$]*$/.test(key)) out += out === '' ? key : `.${key}`;
    else out += `[${JSON.stringify(String(key))}]`;
  }
  return out;
}

function capped(issues: ScenarioIssue[]): ScenarioIssue[] {
  if (issues.length <= MAX_ISSUES) return issues;
  const more = issues.length - MAX_ISSUES;
  return [
    ...issues.slice(0, MAX_ISSUES),
    { path: '', message: `and ${more} more issue${more === 1 ? '' : 's'}` },
  ];
}

/** Validates a parsed JSON value; on success the scenario holds only the fields the format defines. */
export function parseScenario(input: unknown): ScenarioParseResult {
  const result = v.safeParse(ScenarioSchema, input);
  if (result.success) return { ok: true, scenario: result.output };
  return {
    ok: false,
    issues: capped(result.issues.map((issue) => ({ path: formatPath(issue.path), message: issue.message }))),
  };
}

function lineAndColumn(text: string, position: number): { line: number; column: number } {
  const before = text.slice(0, position).split('\n');
  return { line: before.length, column: (before.at(-1)?.length ?? 0) + 1 };
}

/** The parser's own words, plus line and column when it gives only a character position. */
function describeJsonError(text: string, error: unknown): string {
  if (text.trim() === '') return 'not valid JSON: the text is empty';
  const reason = error instanceof Error ? error.message : String(error);
  const position = /position (\d+)/.exec(reason);
  if (position === null || /line \d+/.test(reason)) return `not valid JSON: ${reason}`;
  const { line, column } = lineAndColumn(text, Number(position[1]));
  return `not valid JSON: ${reason} (line ${line}, column ${column})`;
}

/** Parses and validates the text of a scenario file. */
export function parseScenarioJson(text: string): ScenarioParseResult {
  // Editors on Windows may save a byte-order mark, which JSON.parse rejects.
  const json = text.startsWith('\uFEFF') ? text.slice(1) : text;
  let input: unknown;
  try {
    input = JSON.parse(json);
  } catch (error) {
    return { ok: false, issues: [{ path: '', message: describeJsonError(json, error) }] };
  }
  return parseScenario(input);
}

/** `"orders[12].window: end 09:30 is before start 10:00"`; just the message for the document itself. */
export function formatIssue(issue: ScenarioIssue): string {
  return issue.path === '' ? issue.message : `${issue.path}: ${issue.message}`;
}

// ---------------------------------------------------------------------------
// Parts, for checking an edit's changes alone (`editValidation.ts`)

/** The lists of a scenario whose items have ids. */
export type ScenarioList = 'stores' | 'orders' | 'shoppers';

const LIST_ITEMS = { stores: StoreSchema, orders: OrderSchema, shoppers: ShopperSchema } as const;
/** Each list's ids, unique: its items are checked on their own (`isValidItem`). */
const uniqueIdsIn = (list: ScenarioList) => v.pipe(v.array(v.unknown()), uniqueIds(list));
const LIST_IDS = {
  stores: uniqueIdsIn('stores'),
  orders: uniqueIdsIn('orders'),
  shoppers: uniqueIdsIn('shoppers'),
} as const;

/** The rules across parts: stores, pins and hand assignments name what exists. */
const CrossPartSchema = v.pipe(
  v.custom<Scenario>(() => true),
  storeReferences,
  pinReferences,
  assignmentReferences,
);

export const isScenarioList = (part: string): part is ScenarioList => part in LIST_ITEMS;

/** Whether `value` is valid as the scenario's `part`; false for a part the format does not have. */
export function isValidPart(part: string, value: unknown): boolean {
  return part in scenarioFields && v.is(scenarioFields[part as keyof typeof scenarioFields], value);
}

/** Whether `item` is valid as one of the list's items, on its own. */
export const isValidItem = (list: ScenarioList, item: unknown): boolean => v.is(LIST_ITEMS[list], item);

/** Whether the list's ids are unique. */
export const hasUniqueIds = (list: ScenarioList, items: readonly unknown[]): boolean =>
  v.is(LIST_IDS[list], items);

/** What breaks the rules across parts in a scenario whose every part is valid on its own. */
export function crossPartIssues(scenario: Scenario): ScenarioIssue[] {
  const result = v.safeParse(CrossPartSchema, scenario);
  return result.success
    ? []
    : capped(result.issues.map((issue) => ({ path: formatPath(issue.path), message: issue.message })));
}
