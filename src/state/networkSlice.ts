import type { StateCreator } from 'zustand';
import { generateExtractDay } from '../domain/extractDay.ts';
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
    };
  };

const building = (label: string) => `Building the road network of ${label}…`;

function livesOn(scenario: Scenario, id: NetworkId): boolean {
  return scenario.travel.model === 'road' && isNetwork(id, scenario.travel.network);
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
