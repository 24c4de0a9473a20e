/**
 * Naming road networks: how a scenario's `NetworkRef` and a loaded network
 * read in messages, and whether a loaded network is the one a scenario
 * lives on.
 */
import type { NetworkRef } from './scenario.ts';
import type { NetworkId } from './solve.ts';

/** `the built-in city (seed 1)`, `the sample map "baltimore"`, `the map file "home.osm.pbf"`. */
export function describeNetwork(network: NetworkRef | NetworkId): string {
  switch (network.kind) {
    case 'builtin-city':
      return `the built-in city (seed ${network.seed})`;
    case 'sample':
      return `the sample map "${network.name}"`;
    case 'file':
      return `the map file "${network.name}"`;
    case 'pbf':
      return `the map "${network.name}"`;
  }
}

/** Whether the loaded network `id` is the one `ref` names (a sample or a file is loaded as a PBF of that name). */
export function isNetwork(id: NetworkId, ref: NetworkRef): boolean {
  if (id.kind === 'builtin-city') return ref.kind === 'builtin-city' && ref.seed === id.seed;
  return ref.kind !== 'builtin-city' && ref.name === id.name;
}
