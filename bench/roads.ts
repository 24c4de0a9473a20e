/**
 * The road network on a real OSM extract: decode, build the car graph, snap
 * N seeded random locations, contract, and the N × N matrix, timed per run.
 * A sample of matrix rows is re-computed with plain Dijkstra; any difference
 * fails the run (exit code 1).
 *
 *   npm run bench:roads -- --osm FILE [--points 1000] [--runs 3] [--seed 1] [--check 20] [--out FILE]
 */
import { readFileSync } from 'node:fs';
import { createRandom } from '../src/domain/random.ts';
import type { LngLat } from '../src/domain/scenario.ts';
import { decodeOsmPbf } from '../src/solver/travel/road/decodePbf.ts';
import { dijkstraRow } from '../src/solver/travel/road/dijkstra.ts';
import type { RoadGraph } from '../src/solver/travel/road/roadGraph.ts';
import { type RoadMatrix, RoadNetwork, type SnappedLocation } from '../src/solver/travel/road/roadNetwork.ts';
import { median, numberFlag, parseFlags, printTable, writeJson } from './cli.ts';

const flags = parseFlags(process.argv.slice(2));
const osmFile = flags.get('osm');
if (!osmFile) throw new Error('--osm FILE is required (an .osm.pbf extract)');
const pointCount = numberFlag(flags, 'points', 1000);
const runs = numberFlag(flags, 'runs', 3);
const seed = numberFlag(flags, 'seed', 1);
const checkRows = numberFlag(flags, 'check', 20);

/** Up to this far (metres) off the road in each axis, so snapping has work to do. */
const OFF_ROAD_M = 25;

/**
 * Seeded locations spread over the network by road length: a random point
 * on a random piece of road (longer pieces likelier), nudged off the road.
 */
function sampleLocations(graph: RoadGraph, count: number, seed: number): LngLat[] {
  const random = createRandom(seed);
  const pieceCount = graph.pointLat.length;
  const cumulative = new Float64Array(pieceCount);
  let total = 0;
  for (let c = 0; c < graph.chainCount; c++) {
    for (let p = graph.pointStart[c]!; p < graph.pointStart[c + 1]! - 1; p++) {
      total += graph.pointLengthM[p + 1]! - graph.pointLengthM[p]!;
      cumulative[p] = total;
    }
    const last = graph.pointStart[c + 1]! - 1;
    cumulative[last] = total; // the last point of a chain starts no piece: zero weight
  }
  const metresPerDegree = 111_195;
  const locations: LngLat[] = [];
  for (let i = 0; i < count; i++) {
    const target = random.uniform(0, total);
    let lo = 0;
    let hi = pieceCount - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cumulative[mid]! < target) lo = mid + 1;
      else hi = mid;
    }
    const f = random.next();
    const lat = graph.pointLat[lo]! + f * (graph.pointLat[lo + 1]! - graph.pointLat[lo]!);
    const lng = graph.pointLon[lo]! + f * (graph.pointLon[lo + 1]! - graph.pointLon[lo]!);
    const cosLat = Math.cos((lat * Math.PI) / 180);
    locations.push({
      lat: lat + random.uniform(-OFF_ROAD_M, OFF_ROAD_M) / metresPerDegree,
      lng: lng + random.uniform(-OFF_ROAD_M, OFF_ROAD_M) / (metresPerDegree * cosLat),
    });
  }
  return locations;
}

/** Matrix rows against plain Dijkstra; returns the number of entries that differ. */
function checkAgainstDijkstra(
  graph: RoadGraph,
  snapped: readonly SnappedLocation[],
  matrix: RoadMatrix,
  rows: number,
): { checked: number; mismatches: number } {
  const random = createRandom(seed + 1);
  const size = matrix.size;
  let checked = 0;
  let mismatches = 0;
  for (let r = 0; r < Math.min(rows, size); r++) {
    const from = random.int(0, size - 1);
    const row = dijkstraRow(graph, snapped[from]!, snapped);
    for (let to = 0; to < size; to++) {
      const time = matrix.timeS[from * size + to]!;
      const length = matrix.lengthM[from * size + to]!;
      const timeOk = Math.abs(time - row.timeS[to]!) <= 1e-9 * Math.max(1, row.timeS[to]!);
      const lengthOk = Math.abs(length - row.lengthM[to]!) <= 1e-6 * Math.max(1, row.lengthM[to]!);
      checked++;
      if (timeOk && lengthOk) continue;
      if (mismatches++ < 5) {
        console.error(
          `matrix[${from}][${to}] = ${time} s, ${length} m; Dijkstra: ${row.timeS[to]} s, ${row.lengthM[to]} m`,
        );
      }
    }
  }
  return { checked, mismatches };
}

const bytes = readFileSync(osmFile);
let locations: LngLat[] | null = null;
let last: { network: RoadNetwork; snapped: SnappedLocation[]; matrix: RoadMatrix } | null = null;
const rows = [];
for (let run = 1; run <= runs; run++) {
  let t = performance.now();
  const extract = decodeOsmPbf(bytes);
  const decodeMs = performance.now() - t;
  t = performance.now();
  const network = RoadNetwork.fromExtract(extract);
  const buildMs = performance.now() - t;
  locations ??= sampleLocations(network.graph, pointCount, seed);
  t = performance.now();
  const snapped = network.snap(locations);
  const snapMs = performance.now() - t;
  t = performance.now();
  network.contract();
  const contractMs = performance.now() - t;
  t = performance.now();
  const matrix = network.matrix(snapped);
  const matrixMs = performance.now() - t;
  const peakMemoryMb = process.resourceUsage().maxRSS / 1024;
  rows.push({ run, decodeMs, buildMs, snapMs, contractMs, matrixMs, peakMemoryMb });
  last = { network, snapped, matrix };
}

const { network, snapped, matrix } = last!;
const stats = network.stats;
console.log(
  `${osmFile}: ${stats.junctions} junctions, ${stats.arcs} arcs (${stats.chains} chains), ${stats.shortcuts} shortcuts; ${pointCount} points, ${runs} runs\n`,
);
printTable(rows);
const check = checkAgainstDijkstra(network.graph, snapped, matrix, checkRows);
const summary = {
  osm: osmFile,
  points: pointCount,
  runs,
  nodes: stats.junctions,
  edges: stats.arcs,
  chains: stats.chains,
  shortcuts: stats.shortcuts,
  decodeMs: median(rows.map((r) => r.decodeMs)),
  buildMs: median(rows.map((r) => r.buildMs)),
  snapMs: median(rows.map((r) => r.snapMs)),
  contractMs: median(rows.map((r) => r.contractMs)),
  matrixMs: median(rows.map((r) => r.matrixMs)),
  peakMemoryMb: Math.max(...rows.map((r) => r.peakMemoryMb)),
  checkedEntries: check.checked,
  mismatches: check.mismatches,
};
console.log(
  `\nmedian: decode ${summary.decodeMs.toFixed(0)} ms, build ${summary.buildMs.toFixed(0)} ms, snap ${summary.snapMs.toFixed(0)} ms, contract ${summary.contractMs.toFixed(0)} ms, matrix ${summary.matrixMs.toFixed(0)} ms; peak ${summary.peakMemoryMb.toFixed(0)} MB`,
);
console.log(`checked ${check.checked} matrix entries against plain Dijkstra: ${check.mismatches} differ`);
writeJson(flags.get('out'), { summary, runs: rows });
if (check.mismatches > 0) process.exitCode = 1;
