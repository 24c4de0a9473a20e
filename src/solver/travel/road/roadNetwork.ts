/**
 * The road network as the app and the worker use it: build from an OSM
 * extract (or `.osm.pbf` bytes), snap locations, then a travel matrix and
 * drawable legs. Everything here delegates; the work lives in one module
 * per stage:
 *
 *   decodePbf → roadGraph (carProfile, carSegments, stronglyConnected)
 *   → snap → contractionHierarchy → manyToMany / legGeometry
 *
 * Contraction is the slow step (seconds on a big city), so it runs once,
 * on the first matrix or leg, or when `contract()` is called ahead of time.
 */
import type { OsmExtract } from '../../../domain/osm.ts';
import type { LngLat } from '../../../domain/scenario.ts';
import type { RoadNetworkStats } from '../../../domain/solve.ts';
import type { TravelMatrix } from '../travelMatrix.ts';
import { type ContractionHierarchy, type ContractionOptions, contractGraph } from './contractionHierarchy.ts';
import { decodeOsmPbf } from './decodePbf.ts';
import { LegRouter, type RoadLeg } from './legGeometry.ts';
import { manyToManyMatrix, type RoadMatrix } from './manyToMany.ts';
import { buildRoadGraph, type RoadGraph } from './roadGraph.ts';
import {
  buildSnapIndex,
  type SnapIndex,
  type SnapOptions,
  type SnappedLocation,
  snapLocations,
} from './snap.ts';

export { RoadNetworkError, type RoadNetworkErrorCode } from './roadNetworkError.ts';
/** The stats type lives in the domain: the worker reports them to the app. */
export type { RoadLeg, RoadMatrix, RoadNetworkStats, SnapOptions, SnappedLocation };
/** Decode once when the basemap needs the extract too, then `RoadNetwork.fromExtract`. */
export { decodeOsmPbf };

export class RoadNetwork {
  readonly graph: RoadGraph;
  readonly snapIndex: SnapIndex;
  private hierarchy: ContractionHierarchy | null = null;
  private router: LegRouter | null = null;

  private constructor(graph: RoadGraph) {
    this.graph = graph;
    this.snapIndex = buildSnapIndex(graph);
  }

  /** The car graph (largest strongly connected part) and its snapping index. */
  static fromExtract(extract: OsmExtract): RoadNetwork {
    return new RoadNetwork(buildRoadGraph(extract));
  }

  static fromPbf(bytes: Uint8Array | ArrayBuffer): RoadNetwork {
    return RoadNetwork.fromExtract(decodeOsmPbf(bytes));
  }

  /** Each location onto its nearest road; throws RoadNetworkError past 1 km. */
  snap(locations: readonly LngLat[], options?: SnapOptions): SnappedLocation[] {
    return snapLocations(this.graph, this.snapIndex, locations, options);
  }

  /** Build the contraction hierarchy now (otherwise the first matrix or leg does). */
  contract(options?: ContractionOptions): ContractionHierarchy {
    this.hierarchy ??= contractGraph(this.graph, options);
    return this.hierarchy;
  }

  /** Car seconds and metres along the fastest path between every pair, row-major. */
  matrix(locations: readonly SnappedLocation[]): RoadMatrix {
    return manyToManyMatrix(this.graph, this.contract(), locations);
  }

  /** The fastest path from one snapped location to another, as a polyline on the roads. */
  leg(from: SnappedLocation, to: SnappedLocation): RoadLeg {
    this.router ??= new LegRouter(this.graph, this.contract());
    return this.router.leg(from, to);
  }

  get stats(): RoadNetworkStats {
    return {
      junctions: this.graph.nodeCount,
      chains: this.graph.chainCount,
      arcs: this.graph.arcHead.length,
      shortcuts: this.hierarchy?.shortcutCount ?? 0,
    };
  }
}

/** A road matrix as the engine's `TravelMatrix` with one (car) time profile. */
export function toTravelMatrix(matrix: RoadMatrix): TravelMatrix {
  return { size: matrix.size, distance: matrix.lengthM, time: [matrix.timeS] };
}
