/**
 * Route segments summarised for O(1) concatenation (Vidal et al. 2013): a
 * stretch of consecutive stops is reduced to its duration, the time warp it
 * needs (zero when its hard windows can be met), the earliest and latest
 * start at its first stop, its distance and its load profile. A move is then
 * checked by concatenating two or three precomputed pieces instead of
 * re-simulating the route.
 *
 * Segments live in flat Float64Arrays, SEGMENT fields each, so that a route's
 * prefixes and suffixes are two arrays and a concatenation allocates nothing.
 *
 * Load is kept so that pickups and deliveries loaded at the start both work:
 * FROM_START is what the segment's start-loaded deliveries bring on board at
 * the vehicle's start, NET the segment's net change of load, PEAK the highest
 * running change within it (never below zero). A whole route fits iff
 * FROM_START + PEAK stays within capacity in every dimension.
 */
import { DIMENSION_COUNT, type ModelNode, type ModelVehicle } from '../../model.ts';

export const FIRST = 0;
export const LAST = 1;
export const DURATION = 2;
export const TIME_WARP = 3;
export const EARLIEST = 4;
export const LATEST = 5;
export const DISTANCE = 6;
export const FROM_START = 7;
export const NET = FROM_START + DIMENSION_COUNT;
export const PEAK = NET + DIMENSION_COUNT;
export const SEGMENT = PEAK + DIMENSION_COUNT;

/** Stands in for an open window bound; finite so that no Infinity − Infinity arises. */
const UNBOUNDED = 1e15;
const clamp = (x: number) => Math.max(-UNBOUNDED, Math.min(UNBOUNDED, x));

/** One stop as a segment. */
export function writeNode(out: Float64Array, at: number, node: ModelNode): void {
  out[at + FIRST] = node.location;
  out[at + LAST] = node.location;
  out[at + DURATION] = node.service;
  out[at + TIME_WARP] = 0;
  out[at + EARLIEST] = clamp(node.earliest);
  out[at + LATEST] = clamp(node.latest);
  out[at + DISTANCE] = 0;
  for (let d = 0; d < DIMENSION_COUNT; d++) {
    const demand = node.demand[d]!;
    out[at + FROM_START + d] = node.fromStart ? -demand : 0;
    out[at + NET + d] = demand;
    out[at + PEAK + d] = Math.max(0, demand);
  }
}

/** The vehicle leaving its start: any time within its shift. */
export function writeStart(out: Float64Array, at: number, vehicle: ModelVehicle): void {
  writeDepot(out, at, vehicle.startLocation, vehicle.shiftStart, vehicle.shiftEnd);
}

/** The vehicle reaching its end (or, ending anywhere, finishing its last service) by the shift's end. */
export function writeEnd(out: Float64Array, at: number, vehicle: ModelVehicle): void {
  writeDepot(out, at, vehicle.endLocation, -UNBOUNDED, vehicle.shiftEnd);
}

function writeDepot(out: Float64Array, at: number, location: number, earliest: number, latest: number): void {
  out[at + FIRST] = location;
  out[at + LAST] = location;
  out[at + DURATION] = 0;
  out[at + TIME_WARP] = 0;
  out[at + EARLIEST] = clamp(earliest);
  out[at + LATEST] = clamp(latest);
  out[at + DISTANCE] = 0;
  for (let d = 0; d < 3 * DIMENSION_COUNT; d++) out[at + FROM_START + d] = 0;
}

export function copySegment(out: Float64Array, at: number, a: Float64Array, aAt: number): void {
  for (let f = 0; f < SEGMENT; f++) out[at + f] = a[aAt + f]!;
}

/**
 * out = a ⊕ b, where `time` and `distance` are the matrices' rows for the
 * vehicle's profile; a location of -1 ("end anywhere") is reached at no cost.
 * `out` may be the same memory as `a` or `b`.
 */
export function concat(
  out: Float64Array,
  at: number,
  a: Float64Array,
  aAt: number,
  b: Float64Array,
  bAt: number,
  time: Float64Array,
  distance: Float64Array,
  size: number,
): void {
  const from = a[aAt + LAST]!;
  const to = b[bAt + FIRST]!;
  const leg = from < 0 || to < 0 ? 0 : time[from * size + to]!;
  const metres = from < 0 || to < 0 ? 0 : distance[from * size + to]!;
  const durationA = a[aAt + DURATION]!;
  const warpA = a[aAt + TIME_WARP]!;
  const earliestA = a[aAt + EARLIEST]!;
  const latestA = a[aAt + LATEST]!;
  const earliestB = b[bAt + EARLIEST]!;
  const latestB = b[bAt + LATEST]!;
  const shift = durationA - warpA + leg;
  const wait = Math.max(earliestB - shift - latestA, 0);
  const warp = Math.max(earliestA + shift - latestB, 0);
  out[at + FIRST] = a[aAt + FIRST]!;
  out[at + LAST] = b[bAt + LAST]!;
  out[at + DURATION] = durationA + b[bAt + DURATION]! + leg + wait;
  out[at + TIME_WARP] = warpA + b[bAt + TIME_WARP]! + warp;
  out[at + EARLIEST] = Math.max(earliestB - shift, earliestA) - wait;
  out[at + LATEST] = Math.min(latestB - shift, latestA) + warp;
  out[at + DISTANCE] = a[aAt + DISTANCE]! + b[bAt + DISTANCE]! + metres;
  for (let d = 0; d < DIMENSION_COUNT; d++) {
    const netA = a[aAt + NET + d]!;
    const peak = Math.max(a[aAt + PEAK + d]!, netA + b[bAt + PEAK + d]!);
    out[at + FROM_START + d] = a[aAt + FROM_START + d]! + b[bAt + FROM_START + d]!;
    out[at + NET + d] = netA + b[bAt + NET + d]!;
    out[at + PEAK + d] = peak;
  }
}

/** Whether a whole route's segment (start to end) keeps every window, the shift and capacity. */
export function isFeasible(s: Float64Array, at: number, capacity: readonly number[]): boolean {
  if (s[at + TIME_WARP]! > 1e-6) return false;
  for (let d = 0; d < DIMENSION_COUNT; d++) {
    if (s[at + FROM_START + d]! + s[at + PEAK + d]! > capacity[d]! + 1e-6) return false;
  }
  return true;
}
