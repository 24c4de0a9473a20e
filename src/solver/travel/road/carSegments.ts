/**
 * The drivable pieces of an extract: one segment per pair of consecutive way
 * nodes a car may use, with its allowed directions, length and time. This is
 * the uncompressed road network that strongly connected components and chain
 * compression work on.
 */
import type { OsmExtract } from '../../../domain/osm.ts';
import { carRoad } from './carProfile.ts';
import { haversineMetres } from './geo.ts';
import { GrowableFloat64, GrowableInt32 } from './growableArray.ts';
import { RoadNetworkError } from './roadNetworkError.ts';

/** Direction bits: a car may drive a → b, b → a. */
export const FORWARD = 1;
export const BACKWARD = 2;

export interface CarSegments {
  count: number;
  /** Extract node indices of the two ends. */
  a: Int32Array;
  b: Int32Array;
  /** FORWARD | BACKWARD bits. */
  directions: Uint8Array;
  lengthM: Float64Array;
  timeS: Float64Array;
}

export function collectCarSegments(extract: OsmExtract): CarSegments {
  const nodeCount = extract.lats.length;
  if (extract.lons.length !== nodeCount || extract.nodeIds.length !== nodeCount) {
    throw new RoadNetworkError(
      'invalid-extract',
      `OSM extract has ${extract.nodeIds.length} node ids, ${nodeCount} latitudes and ${extract.lons.length} longitudes`,
    );
  }
  const a = new GrowableInt32(1 << 14);
  const b = new GrowableInt32(1 << 14);
  const directions = new GrowableInt32(1 << 14);
  const lengthM = new GrowableFloat64(1 << 14);
  const timeS = new GrowableFloat64(1 << 14);
  const { lats, lons } = extract;
  for (const way of extract.ways) {
    const road = carRoad(way.tags);
    if (road === null || (!road.forward && !road.backward)) continue;
    const bits = (road.forward ? FORWARD : 0) | (road.backward ? BACKWARD : 0);
    const metresPerSecond = road.speedKmh / 3.6;
    const nodes = way.nodes;
    for (let i = 0; i < nodes.length; i++) {
      const node = nodes[i]!;
      if (!(node >= 0 && node < nodeCount && Number.isInteger(node))) {
        throw new RoadNetworkError(
          'invalid-extract',
          `OSM way ${way.id} refers to node index ${node}, but the extract has ${nodeCount} nodes`,
        );
      }
      if (i === 0) continue;
      const previous = nodes[i - 1]!;
      if (previous === node) continue;
      const metres = haversineMetres(lats[previous]!, lons[previous]!, lats[node]!, lons[node]!);
      if (!Number.isFinite(metres)) {
        throw new RoadNetworkError(
          'invalid-extract',
          `OSM way ${way.id} has a node without a valid position`,
        );
      }
      a.push(previous);
      b.push(node);
      directions.push(bits);
      lengthM.push(metres);
      timeS.push(metres / metresPerSecond);
    }
  }
  return {
    count: a.length,
    a: a.toArray(),
    b: b.toArray(),
    directions: Uint8Array.from(directions.data.subarray(0, directions.length)),
    lengthM: lengthM.toArray(),
    timeS: timeS.toArray(),
  };
}
