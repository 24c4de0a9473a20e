import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { roadTravel } from './defaults.ts';
import { defaultScenario, generateGroceryDay } from './generator.ts';
import type { NetworkRef, Scenario } from './scenario.ts';
import type { ScenarioIssue } from './scenarioSchema.ts';
import { formatIssue, MAX_ISSUES, parseScenario, parseScenarioJson } from './scenarioSchema.ts';
import { hours, minutes } from './units.ts';

/** A deep copy to corrupt, typed loosely enough to break it. */
type Json = Record<string, unknown>;
const copy = (scenario: Scenario = defaultScenario()): Json => structuredClone(scenario) as unknown as Json;

/** The value at a path of keys, for the tests' own navigation. */
function at(root: unknown, keys: readonly (string | number)[]): Json {
  let node = root;
  for (const key of keys) node = (node as Json)[key];
  return node as Json;
}

function issuesOf(input: unknown): ScenarioIssue[] {
  const result = parseScenario(input);
  if (result.ok) throw new Error('expected the scenario to be rejected');
  return result.issues;
}

describe('parseScenario', () => {
  it('accepts the default scenario unchanged', () => {
    const scenario = defaultScenario();
    expect(parseScenario(scenario)).toEqual({ ok: true, scenario });
  });

  it('reports an inverted window with its clock times, once', () => {
    const s = copy();
    Object.assign(at(s, ['orders', 12]), {
      placedAt: hours(10) + minutes(5),
      window: { start: hours(10), end: hours(9.5) },
    });
    expect(issuesOf(s).map(formatIssue)).toEqual(['orders[12].window: end 09:30 is before start 10:00']);
  });

  it('reports inverted shifts and store hours', () => {
    const s = copy();
    at(s, ['shoppers', 3]).shift = { start: hours(14), end: hours(9) };
    at(s, ['stores', 1]).hours = { start: hours(22), end: hours(7) + 30 };
    expect(issuesOf(s)).toEqual([
      { path: 'stores[1].hours', message: 'end 07:00:30 is before start 22:00' },
      { path: 'shoppers[3].shift', message: 'end 09:00 is before start 14:00' },
    ]);
  });

  it('accepts a window that starts and ends at the same time', () => {
    const s = copy();
    const order = at(s, ['orders', 0]);
    order.window = { start: hours(12), end: hours(12) };
    expect(parseScenario(s).ok).toBe(true);
  });

  it('reports a window that closes before the order was placed', () => {
    const s = copy();
    Object.assign(at(s, ['orders', 2]), { placedAt: hours(11), window: { start: hours(9), end: hours(10) } });
    expect(issuesOf(s)).toEqual([
      { path: 'orders[2].window', message: 'ends 10:00, before the order was placed at 11:00' },
    ]);
  });

  it('reports an order whose store does not exist', () => {
    const s = copy();
    at(s, ['orders', 4]).storeId = 's99';
    expect(issuesOf(s)).toEqual([{ path: 'orders[4].storeId', message: 'no store "s99"' }]);
  });

  it('reports a duplicate id at the repeat, naming the first use', () => {
    const s = copy();
    at(s, ['shoppers', 7]).id = 'p3';
    expect(issuesOf(s)).toEqual([
      { path: 'shoppers[7].id', message: 'duplicate id "p3" (also shoppers[2])' },
    ]);
  });

  it('reports duplicate store and order ids', () => {
    const s = copy();
    at(s, ['stores', 4]).id = 's1';
    at(s, ['orders', 9]).id = 'o2';
    expect(issuesOf(s)).toContainEqual({
      path: 'stores[4].id',
      message: 'duplicate id "s1" (also stores[0])',
    });
    expect(issuesOf(s)).toContainEqual({
      path: 'orders[9].id',
      message: 'duplicate id "o2" (also orders[1])',
    });
  });

  it('rejects another version with that one issue only', () => {
    const s = copy();
    s.version = 2;
    s.orders = 'not even a list';
    expect(issuesOf(s)).toEqual([
      { path: 'version', message: 'unsupported version 2: this build reads version 1' },
    ]);
    s.version = '1';
    expect(issuesOf(s)).toEqual([{ path: 'version', message: 'expected version 1, got "1"' }]);
  });

  it('reports a missing version as a missing field', () => {
    const s = copy();
    delete s.version;
    expect(issuesOf(s)).toEqual([{ path: 'version', message: 'required field is missing' }]);
  });

  it('reports a field of the wrong type', () => {
    const s = copy();
    at(s, ['stores', 2]).pickSecondsPerItem = '40';
    at(s, ['shoppers', 0]).name = 7;
    at(s, ['constraints']).windows = 'strict';
    expect(issuesOf(s)).toEqual([
      { path: 'stores[2].pickSecondsPerItem', message: 'expected a number, got "40"' },
      { path: 'shoppers[0].name', message: 'expected a string, got 7' },
      { path: 'constraints.windows', message: 'expected one of "hard", "soft", got "strict"' },
    ]);
  });

  it('reports negative and fractional item counts', () => {
    const s = copy();
    at(s, ['orders', 0]).items = -3;
    at(s, ['orders', 1]).bags = 2.5;
    expect(issuesOf(s)).toEqual([
      { path: 'orders[0].items', message: 'must be at least 0, got -3' },
      { path: 'orders[1].bags', message: 'expected a whole number, got 2.5' },
    ]);
  });

  it('reports ranges, enums and positive settings', () => {
    const s = copy(generateGroceryDay());
    at(s, ['orders', 5, 'location']).lat = 91;
    at(s, ['stores', 0, 'location']).lng = -200;
    at(s, ['shoppers', 1, 'capacity']).items = 0;
    at(s, ['shoppers', 2]).vehicle = 'bike';
    at(s, ['travel']).circuity = 0.9;
    at(s, ['travel', 'speedsKmh']).walk = 0;
    at(s, ['constraints']).maxOrdersPerBatch = 0;
    at(s, ['constraints']).maxRideSeconds = 0;
    at(s, ['constraints']).unassignedPenalty = Number.POSITIVE_INFINITY;
    at(s, ['constraints']).sameStoreBatches = 'yes';
    at(s, ['constraints']).maxDetourSeconds = -60;
    expect(issuesOf(s).map(formatIssue)).toEqual([
      'travel.circuity: must be at least 1, got 0.9',
      'travel.speedsKmh.walk: must be greater than 0, got 0',
      'stores[0].location.lng: must be between -180 and 180, got -200',
      'orders[5].location.lat: must be between -90 and 90, got 91',
      'shoppers[1].capacity.items: must be at least 1, got 0',
      'shoppers[2].vehicle: expected one of "car", "ebike", "walk", got "bike"',
      'constraints.maxOrdersPerBatch: must be at least 1, got 0',
      'constraints.sameStoreBatches: expected true or false, got "yes"',
      'constraints.maxRideSeconds: must be greater than 0, got 0',
      'constraints.maxDetourSeconds: must be at least 0, got -60',
      'constraints.unassignedPenalty: expected a finite number, got Infinity',
    ]);
  });

  it('keeps straight-line files valid and reads road travel on every kind of map', () => {
    const straight = generateGroceryDay();
    expect(parseScenario(copy(straight))).toEqual({ ok: true, scenario: straight });
    const networks: NetworkRef[] = [
      { kind: 'builtin-city', seed: 7 },
      { kind: 'sample', name: 'baltimore' },
      { kind: 'file', name: 'home.osm.pbf' },
    ];
    for (const network of networks) {
      const scenario: Scenario = { ...straight, travel: roadTravel(network) };
      expect(parseScenarioJson(JSON.stringify(scenario))).toEqual({ ok: true, scenario });
    }
  });

  it('reports bad travel settings at the field, with the models and map kinds it knows', () => {
    const travelIssues = (travel: unknown) => {
      const s = copy();
      s.travel = travel;
      return issuesOf(s).map(formatIssue);
    };
    const road = roadTravel({ kind: 'builtin-city', seed: 1 });
    expect(travelIssues({ ...road, model: 'bus' })).toEqual([
      'travel.model: expected one of "straight-line", "road", got "bus"',
    ]);
    expect(travelIssues({ speedsKmh: road.speedsKmh })).toEqual(['travel.model: required field is missing']);
    expect(travelIssues([road])).toEqual(['travel: expected an object, got an array']);
    const noNetwork: Json = { ...road };
    delete noNetwork.network;
    expect(travelIssues(noNetwork)).toEqual(['travel.network: required field is missing']);
    expect(travelIssues({ ...road, network: 'baltimore' })).toEqual([
      'travel.network: expected an object, got "baltimore"',
    ]);
    expect(travelIssues({ ...road, network: { kind: 'url', name: 'x' } })).toEqual([
      'travel.network.kind: expected one of "builtin-city", "sample", "file", got "url"',
    ]);
    expect(travelIssues({ ...road, network: { kind: 'builtin-city', seed: 1.5 } })).toEqual([
      'travel.network.seed: expected a whole number, got 1.5',
    ]);
    expect(travelIssues({ ...road, network: { kind: 'sample', name: '' } })).toEqual([
      'travel.network.name: must not be empty',
    ]);
    expect(travelIssues({ ...road, network: { kind: 'file' } })).toEqual([
      'travel.network.name: required field is missing',
    ]);
    expect(travelIssues({ ...road, speedsKmh: { ...road.speedsKmh, ebike: -1 } })).toEqual([
      'travel.speedsKmh.ebike: must be greater than 0, got -1',
    ]);
    // Circuity belongs to straight-line travel: road travel needs none, and one left over is dropped.
    expect(travelIssues({ model: 'straight-line', speedsKmh: road.speedsKmh })).toEqual([
      'travel.circuity: required field is missing',
    ]);
    const withCircuity = copy();
    withCircuity.travel = { ...road, circuity: 1.3 };
    expect(parseScenario(withCircuity)).toEqual({ ok: true, scenario: defaultScenario() });
  });

  it('accepts skills and speed factors, and reports bad ones', () => {
    const good = copy();
    at(good, ['orders', 0]).requiredSkills = ['alcohol'];
    at(good, ['shoppers', 0]).skills = ['alcohol', 'frozen'];
    at(good, ['shoppers', 0]).speedFactor = 0.8;
    expect(parseScenario(good).ok).toBe(true);
    const bad = copy();
    at(bad, ['orders', 1]).requiredSkills = 'alcohol';
    at(bad, ['shoppers', 1]).skills = ['frozen', 'frozen'];
    at(bad, ['shoppers', 2]).speedFactor = 20;
    expect(issuesOf(bad).map(formatIssue)).toEqual([
      'orders[1].requiredSkills: expected an array of skill names, got "alcohol"',
      'shoppers[1].skills: lists a skill twice',
      'shoppers[2].speedFactor: must be between 0.1 and 10, got 20',
    ]);
  });

  it('reports missing fields and non-objects', () => {
    const s = copy();
    delete at(s, ['shoppers', 0]).capacity;
    at(s, ['orders', 3]).location = null;
    s.stores = {};
    expect(issuesOf(s)).toEqual([
      { path: 'stores', message: 'expected an array, got an object' },
      { path: 'orders[3].location', message: 'expected an object, got null' },
      { path: 'shoppers[0].capacity', message: 'required field is missing' },
    ]);
    expect(issuesOf(null)).toEqual([{ path: '', message: 'expected an object, got null' }]);
  });

  it('reports every issue, cross-field ones alongside structural ones', () => {
    const s = copy();
    at(s, ['orders', 1]).items = 'many';
    at(s, ['orders', 2]).storeId = 'nowhere';
    at(s, ['shoppers', 5]).id = 'p1';
    expect(issuesOf(s).map((issue) => issue.path)).toEqual([
      'orders[1].items',
      'shoppers[5].id',
      'orders[2].storeId',
    ]);
  });

  it(`stops listing after ${MAX_ISSUES} issues, with a count of the rest`, () => {
    const s = copy();
    for (let i = 0; i < 60; i++) at(s, ['orders', i]).items = -1;
    const issues = issuesOf(s);
    expect(issues).toHaveLength(MAX_ISSUES + 1);
    expect(issues.at(-1)).toEqual({ path: '', message: 'and 10 more issues' });
  });

  it('drops fields the format does not define', () => {
    const s = copy();
    s.notes = 'from the spreadsheet';
    at(s, ['orders', 0]).colour = 'red';
    const result = parseScenario(s);
    expect(result.ok && result.scenario).toEqual(defaultScenario());
  });
});

describe('parseScenarioJson', () => {
  it('parses the text of a scenario, with or without a byte-order mark', () => {
    const text = JSON.stringify(defaultScenario(), null, 2);
    expect(parseScenarioJson(text)).toEqual({ ok: true, scenario: defaultScenario() });
    expect(parseScenarioJson(`\uFEFF${text}`).ok).toBe(true);
  });

  it('says where the JSON is broken', () => {
    const result = parseScenarioJson('{\n  "version": 1\n  "name": "x"\n}');
    expect(result.ok).toBe(false);
    const [issue] = result.ok ? [] : result.issues;
    expect(issue?.path).toBe('');
    expect(issue?.message).toMatch(/^not valid JSON: .+line 3/);
  });

  it('says when the text is empty', () => {
    expect(parseScenarioJson('  \n')).toEqual({
      ok: false,
      issues: [{ path: '', message: 'not valid JSON: the text is empty' }],
    });
  });

  it('validates well-formed JSON like any other input', () => {
    expect(parseScenarioJson('[]')).toEqual({
      ok: false,
      issues: [{ path: '', message: 'expected an object, got an array' }],
    });
  });
});

describe('formatIssue', () => {
  it('prefixes the path, or gives the message alone for the document', () => {
    expect(formatIssue({ path: 'orders[4].storeId', message: 'no store "s9"' })).toBe(
      'orders[4].storeId: no store "s9"',
    );
    expect(formatIssue({ path: '', message: 'and 3 more issues' })).toBe('and 3 more issues');
  });
});

// ---------------------------------------------------------------------------
// Properties

const smallDay = fc.record({
  seed: fc.integer(),
  storeCount: fc.integer({ min: 1, max: 12 }),
  orderCount: fc.integer({ min: 0, max: 150 }),
  shopperCount: fc.integer({ min: 0, max: 30 }),
  orderPeriodStart: fc.integer({ min: 0, max: hours(20) }),
  orderPeriodSeconds: fc.integer({ min: 0, max: hours(8) }),
});

describe('properties', () => {
  it('every generated scenario parses, also through JSON text', () => {
    fc.assert(
      fc.property(smallDay, (options) => {
        const scenario = generateGroceryDay(options);
        expect(parseScenario(scenario)).toEqual({ ok: true, scenario });
        expect(parseScenarioJson(JSON.stringify(scenario))).toEqual({ ok: true, scenario });
      }),
      { numRuns: 60 },
    );
  });

  /** A single change to a valid document, and the path the report must point at. */
  interface Corruption {
    keys: (string | number)[];
    apply: (parent: Json, key: string | number) => void;
  }
  const dotted = (keys: readonly (string | number)[]) =>
    keys.map((k, i) => (typeof k === 'number' ? `[${k}]` : i === 0 ? k : `.${k}`)).join('');
  const fieldsOf = (fields: string) => fields.split(' ').map((f) => f.split('.'));

  const FIELDS = {
    stores: fieldsOf(
      'id name location location.lng location.lat hours hours.start hours.end pickSecondsPerItem',
    ),
    orders: fieldsOf(
      'id storeId location location.lat items bags placedAt window window.start window.end handoffSeconds',
    ),
    shoppers: fieldsOf(
      'id name start start.lat shift shift.start shift.end capacity capacity.items capacity.bags vehicle costPerHour costPerKm',
    ),
  } as const;
  const NUMBERS = {
    stores: fieldsOf('location.lng location.lat hours.start hours.end pickSecondsPerItem'),
    orders: fieldsOf('location.lng items bags placedAt window.start window.end handoffSeconds'),
    shoppers: fieldsOf('start.lng shift.start capacity.items capacity.bags costPerHour costPerKm'),
  } as const;
  const ROOT_FIELDS = fieldsOf(
    'version name travel travel.model travel.circuity travel.speedsKmh.ebike stores orders shoppers constraints constraints.maxItemsPerBatch constraints.windows',
  );
  const WINDOWS = { stores: 'hours', orders: 'window', shoppers: 'shift' } as const;
  type Collection = keyof typeof FIELDS;
  const collectionName = fc.constantFrom<Collection>('stores', 'orders', 'shoppers');
  const remove: Corruption['apply'] = (parent, key) => {
    delete parent[key];
  };
  const toText: Corruption['apply'] = (parent, key) => {
    parent[key] = String(parent[key]);
  };

  const swapWindow: Corruption['apply'] = (parent, key) => {
    const w = parent[key] as Json;
    [w.start, w.end] = [w.end, w.start];
  };
  const setTo =
    (value: unknown): Corruption['apply'] =>
    (parent, key) => {
      parent[key] = value;
    };

  /** Picks entities and fields by natural numbers, so a corruption fits any scenario size. */
  const corruption = (s: Scenario): fc.Arbitrary<Corruption> => {
    const nth = <T>(list: readonly T[], n: number): T => list[n % list.length]!;
    const entity = fc
      .tuple(collectionName, fc.nat(), fc.nat())
      .map(([c, n, f]) => ({ c, i: n % s[c].length, f }));
    return fc.oneof(
      entity.map(({ c, i }): Corruption => ({ keys: [c, i, WINDOWS[c]], apply: swapWindow })),
      entity.map(({ c, i, f }): Corruption => ({ keys: [c, i, ...nth(FIELDS[c], f)], apply: remove })),
      fc.nat().map((f): Corruption => ({ keys: nth(ROOT_FIELDS, f), apply: remove })),
      entity.map(({ c, i, f }): Corruption => ({ keys: [c, i, ...nth(NUMBERS[c], f)], apply: toText })),
      entity
        .filter(({ i }) => i > 0)
        .map(({ c, i }): Corruption => ({ keys: [c, i, 'id'], apply: setTo(s[c][0]!.id) })),
      entity.map(
        ({ f }): Corruption => ({
          keys: ['orders', f % s.orders.length, 'storeId'],
          apply: setTo('nowhere'),
        }),
      ),
    );
  };

  it('a single corruption is reported at the corrupted place', () => {
    const base = (seed: number) =>
      generateGroceryDay({ seed, storeCount: 4, orderCount: 30, shopperCount: 6 });
    const withCorruption = fc
      .integer()
      .chain((seed) => corruption(base(seed)).map((c) => ({ seed, corruption: c })));
    fc.assert(
      fc.property(withCorruption, ({ seed, corruption: { keys, apply } }) => {
        const s = copy(base(seed));
        apply(at(s, keys.slice(0, -1)), keys.at(-1)!);
        expect(issuesOf(s).map((issue) => issue.path)).toContain(dotted(keys));
      }),
      { numRuns: 300 },
    );
  });
});
