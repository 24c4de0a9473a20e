import { afterEach, describe, expect, it, vi } from 'vitest';
import { generateCity } from '../domain/city/generateCity.ts';
import { DEFAULT_CITY_SEED } from '../domain/generator.ts';
import type { LoadedNetwork } from '../domain/solve.ts';
import { checkDaySettings, DEFAULT_DAY_SETTINGS } from './networkSlice.ts';
import type { NetworkRequest } from './solverClient.ts';
import { createStudioStore, type SolverPort } from './store.ts';

// One map stands in for every network the fake worker loads: the slice only passes it on.
const city = generateCity({ seed: DEFAULT_CITY_SEED });

function loaded(request: NetworkRequest): LoadedNetwork {
  const id = request.kind === 'pbf' ? { kind: 'pbf' as const, name: request.name } : request;
  return {
    id,
    stats: { junctions: 0, chains: 0, arcs: 0, shortcuts: 0 },
    summary: {
      name: 'map',
      bounds: { south: 0, west: 0, north: 0, east: 0 },
      roadKm: 0,
      groceryShops: 0,
      loadMs: 0,
    },
    extract: city,
  };
}

/** A worker stand-in: loads succeed unless `loadNetwork` is told otherwise; solves never end. */
function fakeClient() {
  return {
    loadNetwork: vi.fn(async (request: NetworkRequest) => loaded(request)),
    solve: vi.fn(() => new Promise<never>(() => {})),
    stop: vi.fn(async () => {}),
    giveWay: vi.fn(() => true),
    routeGeometry: vi.fn(async () => []),
    previewMove: vi.fn(async () => Promise.reject(new Error('no moves here'))),
    explainOrder: vi.fn(async () => Promise.reject(new Error('no explanations here'))),
    lastMipLp: vi.fn(async () => null),
  } satisfies SolverPort;
}

const SAMPLES = [{ name: 'baltimore', title: 'Baltimore harbour', url: '/samples/baltimore.osm.pbf' }];

function serveSamples(pbf: Response) {
  vi.stubGlobal(
    'fetch',
    vi.fn(async (url: string) => (url.endsWith('index.json') ? Response.json(SAMPLES) : pbf)),
  );
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('networkSlice', () => {
  it('loads the built-in city under the built-in day, which stays', async () => {
    const client = fakeClient();
    const store = createStudioStore(client);
    const day = store.getState().scenario;
    await store.getState().openBuiltInCity();
    const s = store.getState();
    expect(client.loadNetwork).toHaveBeenCalledWith({ kind: 'builtin-city', seed: DEFAULT_CITY_SEED });
    expect(s).toMatchObject({ networkStatus: 'ready', networkMessage: null, extract: city });
    expect(s.networkId).toEqual({ kind: 'builtin-city', seed: DEFAULT_CITY_SEED });
    expect(s.scenario).toBe(day);
    expect(client.solve).not.toHaveBeenCalled();
  });

  it('makes a day on a sample the scenario and solves it', async () => {
    const client = fakeClient();
    const store = createStudioStore(client);
    serveSamples(new Response(new Uint8Array([1, 2, 3])));
    await store.getState().loadSamples();
    expect(store.getState().samples).toEqual(SAMPLES);

    await store.getState().loadSample('baltimore');
    const request = client.loadNetwork.mock.calls[0]![0];
    expect(request).toMatchObject({ kind: 'pbf', name: 'baltimore' });
    expect(request.kind === 'pbf' && request.data.size).toBe(3);
    const s = store.getState();
    expect(s.networkStatus).toBe('ready');
    expect(s.scenario.name).toBe('Grocery day in Baltimore harbour');
    expect(s.scenario.travel).toMatchObject({
      model: 'road',
      network: { kind: 'sample', name: 'baltimore' },
    });
    expect(s.plan).toBeNull();
    expect(client.solve).toHaveBeenCalledTimes(1);
  });

  it('says why a sample could not be downloaded', async () => {
    const store = createStudioStore(fakeClient());
    serveSamples(new Response('', { status: 404, statusText: 'Not Found' }));
    await store.getState().loadSamples();
    await store.getState().loadSample('baltimore');
    expect(store.getState()).toMatchObject({
      networkStatus: 'error',
      networkMessage: 'Could not download Baltimore harbour: the server answered 404 Not Found',
    });
  });

  it('leaves scenario, plan and map as they were when a file is no map', async () => {
    const client = fakeClient();
    const store = createStudioStore(client);
    await store.getState().openBuiltInCity();
    const before = store.getState();
    client.loadNetwork.mockRejectedValueOnce(new Error('not an OpenStreetMap PBF file: no header'));

    await store.getState().openExtractFile(new File(['milk, eggs'], 'notes.txt'));
    const after = store.getState();
    expect(after.networkStatus).toBe('error');
    expect(after.networkMessage).toBe('Could not open "notes.txt": not an OpenStreetMap PBF file: no header');
    for (const key of ['scenario', 'plan', 'networkId', 'networkSummary', 'extract'] as const) {
      expect(after[key]).toBe(before[key]);
    }
    expect(client.solve).not.toHaveBeenCalled();
  });

  it('installs only the newest map asked for', async () => {
    const client = fakeClient();
    const store = createStudioStore(client);
    let finishFirst: () => void = () => {};
    client.loadNetwork.mockImplementationOnce(
      (request) => new Promise((resolve) => (finishFirst = () => resolve(loaded(request)))),
    );
    const first = store.getState().openExtractFile(new File(['a'], 'first.osm.pbf'));
    await store.getState().openExtractFile(new File(['b'], 'second.osm.pbf'));
    finishFirst();
    await first;
    expect(store.getState().scenario.travel).toMatchObject({
      network: { kind: 'file', name: 'second.osm.pbf' },
    });
    expect(client.solve).toHaveBeenCalledTimes(1);
  });
});

describe('generating a day on the map open', () => {
  const settings = { orders: 120, shoppers: 15, stores: 4, seed: 7 };

  it('refuses settings it cannot generate, field by field', () => {
    expect(checkDaySettings(DEFAULT_DAY_SETTINGS)).toEqual({});
    expect(checkDaySettings({ orders: 5001, shoppers: 0, stores: 2.5, seed: -1 })).toEqual({
      orders: 'Must be between 1 and 5000',
      shoppers: 'Must be between 1 and 1000',
      stores: 'Must be a whole number',
      seed: 'Must be 0 or more',
    });
    expect(checkDaySettings({ ...settings, orders: Number.NaN })).toEqual({
      orders: 'Must be a whole number',
    });
  });

  it('makes the generated day the scenario on the same streets and solves it', async () => {
    const client = fakeClient();
    const store = createStudioStore(client);
    await store.getState().openBuiltInCity();

    expect(store.getState().generateDay(settings)).toEqual({});
    const { scenario, plan } = store.getState();
    expect(scenario.orders).toHaveLength(120);
    expect(scenario.shoppers).toHaveLength(15);
    expect(scenario.stores.length).toBeLessThanOrEqual(4);
    expect(scenario.name).toContain('seed 7');
    expect(scenario.travel).toMatchObject({ model: 'road', network: { kind: 'builtin-city' } });
    expect(plan).toBeNull();
    expect(client.solve).toHaveBeenCalledTimes(1);
  });

  it('is one undo step: undo brings back the day before, redo the generated one', async () => {
    const store = createStudioStore(fakeClient());
    await store.getState().openBuiltInCity();
    const before = store.getState().scenario;
    store.getState().generateDay(settings);
    const generated = store.getState().scenario;

    store.getState().undo();
    expect(store.getState().scenario).toBe(before);
    store.getState().redo();
    expect(store.getState().scenario).toBe(generated);
  });

  it('changes nothing when a setting is refused or the map is still loading', async () => {
    const client = fakeClient();
    const store = createStudioStore(client);
    const before = store.getState().scenario;
    // The built-in city has not loaded yet.
    expect(store.getState().generateDay(settings)).toEqual({ map: 'Wait for the map to load.' });
    await store.getState().openBuiltInCity();
    expect(store.getState().generateDay({ ...settings, shoppers: 0 })).toEqual({
      shoppers: 'Must be between 1 and 1000',
    });
    expect(store.getState().scenario).toBe(before);
    expect(store.getState().past).toEqual([]);
    expect(client.solve).not.toHaveBeenCalled();
  });
});
