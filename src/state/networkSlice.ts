import type { StateCreator } from 'zustand';
import { DEFAULT_EXTRACT_DAY_OPTIONS, generateExtractDay } from '../domain/extractDay.ts';
import { DEFAULT_CITY_SEED, defaultScenario } from '../domain/generator.ts';
import { isNetwork } from '../domain/networkRef.ts';
import type { OsmExtract } from '../domain/osm.ts';
import type { Scenario } from '../domain/scenario.ts';
import type { LoadedNetwork, NetworkId, NetworkSummary } from '../domain/solve.ts';
import { fetchSample, fetchSampleIndex, type SampleMap } from './samples.ts';
import type { NetworkRequest, SolverClient } from './solverClient.ts';
import type { StudioState } from './studioState.ts';

export type NetworkStatus = 'loading' | 'ready' | 'error';

export interface NetworkSlice {
  /** The last map asked for: loading, loaded, or failed (the map before it then stays). */
  networkStatus: NetworkStatus;
  /** While loading, what is under way; after a failure, what went wrong. Null when ready. */
  networkMessage: string | null;
  /** The loaded network the scenario travels on; null until the first load. */
  networkId: NetworkId | null;
  networkSummary: NetworkSummary | null;
  /** Its map, for the basemap. */
  extract: OsmExtract | null;
  /** The sample maps this server offers; empty when it offers none. */
  samples: SampleMap[];
  loadSamples: () => Promise<void>;
  /** Loads the built-in city; unless the scenario already lives there, its built-in day becomes the scenario. */
  openBuiltInCity: () => Promise<void>;
  /** Downloads a sample, loads it and makes a generated day on it the scenario. */
  loadSample: (name: string) => Promise<void>;
  /** The same with a `.osm.pbf` file of the planner's. */
  openExtractFile: (file: File) => Promise<void>;
  /**
   * Generates a day on the map open and makes it the scenario, one undo step
   * after the day before (same map, so undo brings that day and its plan
   * back), then solves it. Returns what stands in the way, by field; nothing
   * when the day was generated.
   */
  generateDay: (settings: DaySettings) => DayIssues;
}

/** What the "Generate a day" form asks for. */
export interface DaySettings {
  orders: number;
  shoppers: number;
  /** At most this many, when taken from the map's grocery shops. */
  stores: number;
  seed: number;
}

/** Why a day cannot be generated: by field, or `map` when the map open is not ready for one. */
export type DayIssues = Partial<Record<keyof DaySettings | 'map', string>>;

/** The form's first values: the built-in day's, so that generating them unchanged gives that day again. */
export const DEFAULT_DAY_SETTINGS: Readonly<DaySettings> = {
  orders: DEFAULT_EXTRACT_DAY_OPTIONS.orderCount,
  shoppers: DEFAULT_EXTRACT_DAY_OPTIONS.shopperCount,
  stores: DEFAULT_EXTRACT_DAY_OPTIONS.storeCount,
  seed: DEFAULT_EXTRACT_DAY_OPTIONS.seed,
};

/** Whole numbers in these ranges. Orders stop at 5,000, past what a browser tab solves live. */
export const DAY_LIMITS: Readonly<Record<keyof DaySettings, { min: number; max?: number }>> = {
  orders: { min: 1, max: 5000 },
  shoppers: { min: 1, max: 1000 },
  stores: { min: 1, max: 100 },
  seed: { min: 0 },
};

/** What is wrong with each setting; empty when the day can be generated. */
export function checkDaySettings(settings: DaySettings): DayIssues {
  const issues: DayIssues = {};
  for (const field of Object.keys(DAY_LIMITS) as (keyof DaySettings)[]) {
    const value = settings[field];
    const { min, max } = DAY_LIMITS[field];
    if (!Number.isSafeInteger(value)) issues[field] = 'Must be a whole number';
    else if (max === undefined && value < min) issues[field] = `Must be ${min} or more`;
    else if (max !== undefined && (value < min || value > max))
      issues[field] = `Must be between ${min} and ${max}`;
  }
  return issues;
}

/** The seed of the day generated on a newly opened map. */
const DAY_SEED = 1;

export const createNetworkSlice =
  (client: Pick<SolverClient, 'loadNetwork'>): StateCreator<StudioState, [], [], NetworkSlice> =>
  (set, get) => {
    // Only the newest map asked for may write: an older one still loading is dropped when it arrives.
    let generation = 0;
    const begin = (networkMessage: string) => {
      set({ networkStatus: 'loading', networkMessage });
      return ++generation;
    };
    const fail = (mine: number, networkMessage: string) => {
      if (mine === generation) set({ networkStatus: 'error', networkMessage });
    };

    /**
     * Loads `request` in the worker, then shows its map and makes `dayOn`'s
     * day the scenario (none: keep the scenario) and solves it. On any error
     * the scenario, plan and map stay as they were. The load is asked for
     * before the first await, so a solve asked for right after waits for it.
     */
    const install = async (
      mine: number,
      label: string,
      request: NetworkRequest,
      dayOn: (loaded: LoadedNetwork) => Scenario | null,
    ) => {
      try {
        const loaded = await client.loadNetwork(request);
        if (mine !== generation) return;
        const day = dayOn(loaded);
        set({
          networkStatus: 'ready',
          networkMessage: null,
          networkId: loaded.id,
          networkSummary: loaded.summary,
          extract: loaded.extract,
        });
        if (day) {
          get().loadScenario(day);
          void get().solve();
        }
      } catch (error) {
        fail(mine, `Could not open ${label}: ${messageOf(error)}`);
      }
    };

    return {
      networkStatus: 'loading',
      networkMessage: null,
      networkId: null,
      networkSummary: null,
      extract: null,
      samples: [],
      loadSamples: async () => set({ samples: await fetchSampleIndex() }),
      openBuiltInCity: () =>
        install(
          begin(building('the built-in city')),
          'the built-in city',
          { kind: 'builtin-city', seed: DEFAULT_CITY_SEED },
          (loaded) => (livesOn(get().scenario, loaded.id) ? null : defaultScenario()),
        ),
      loadSample: async (name) => {
        const sample = get().samples.find((s) => s.name === name);
        if (!sample) return;
        const mine = begin(`Downloading ${sample.title}…`);
        let data: Blob;
        try {
          data = await fetchSample(sample);
        } catch (error) {
          return fail(mine, `Could not download ${sample.title}: ${messageOf(error)}`);
        }
        if (mine !== generation) return;
        set({ networkMessage: building(sample.title) });
        await install(mine, sample.title, { kind: 'pbf', name: sample.name, data }, ({ extract }) => ({
          ...generateExtractDay(extract, { kind: 'sample', name: sample.name }, { seed: DAY_SEED }),
          name: `Grocery day in ${sample.title}`,
        }));
      },
      openExtractFile: (file) =>
        install(
          begin(building(`"${file.name}"`)),
          `"${file.name}"`,
          { kind: 'pbf', name: file.name, data: file },
          ({ extract }) => generateExtractDay(extract, { kind: 'file', name: file.name }, { seed: DAY_SEED }),
        ),
      generateDay: (settings) => {
        const issues = checkDaySettings(settings);
        if (Object.keys(issues).length > 0) return issues;
        const { scenario, networkId, networkStatus, extract } = get();
        // On the streets the day on screen travels: the map open, once loaded (a map still loading is not).
        const { travel } = scenario;
        const network =
          travel.model === 'road' && networkId && isNetwork(networkId, travel.network)
            ? travel.network
            : null;
        if (networkStatus === 'loading' || !extract || !network) return { map: 'Wait for the map to load.' };
        let day: Scenario;
        try {
          day = generateExtractDay(extract, network, {
            seed: settings.seed,
            orderCount: settings.orders,
            shopperCount: settings.shoppers,
            storeCount: settings.stores,
          });
        } catch (error) {
          return { map: `Could not generate a day: ${messageOf(error)}` };
        }
        get().loadScenario(day, { undoable: true });
        void get().solve();
        return {};
      },
    };
  };

const building = (label: string) => `Building the road network of ${label}…`;

function livesOn(scenario: Scenario, id: NetworkId): boolean {
  return scenario.travel.model === 'road' && isNetwork(id, scenario.travel.network);
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
