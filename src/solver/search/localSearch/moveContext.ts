/**
 * What the local search operators share: where every stop is, each route's
 * prefix and suffix segments, scratch space to concatenate into, and the one
 * way to install a changed route. Operators read it to price a move in O(1)
 * and call `replace` to apply one.
 *
 * Pricing is two-step. A route's cost is its fixed cost and distance (see
 * `localSearchApplies`), so a move's exact cost change comes from a few
 * distances first (`chain…`); only a move that would improve is then checked
 * for windows, shift and capacity by concatenating segments. Most moves
 * never get that far.
 */
import type { RoutingModel } from '../../model.ts';
import type { RouteSchedule } from '../../routeSchedule.ts';
import { type Solution, setRoute } from '../../solution.ts';
import { type RouteSegments, routeSegments } from './routeSegments.ts';
import { concat, copySegment, DISTANCE, isFeasible, SEGMENT, writeEnd, writeNode } from './segment.ts';

/** Scratch slots: two routes under construction plus one for single stops and ends. */
export const SLOT_A = 0;
export const SLOT_B = SEGMENT;
const SLOT_PIECE = 2 * SEGMENT;

export class MoveContext {
  readonly model: RoutingModel;
  /** Vehicle serving each node, -1 when its task is unassigned. */
  readonly routeOf: Int32Array;
  readonly posOf: Int32Array;
  readonly scratch = new Float64Array(3 * SEGMENT);
  private readonly segmentsOf: (RouteSegments | null)[];
  /** The route being priced by `chain…`: where it stands and how far it has come. */
  private chainAt = -1;
  private chainDistance = 0;
  private readonly time: Float64Array;
  private readonly distance: Float64Array;
  private readonly size: number;
  solution!: Solution;

  constructor(model: RoutingModel) {
    this.model = model;
    this.routeOf = new Int32Array(model.nodes.length);
    this.posOf = new Int32Array(model.nodes.length);
    this.segmentsOf = model.vehicles.map(() => null);
    // Local search only runs on models whose vehicles share one profile (see `localSearchApplies`).
    this.time = model.travel.time[0]!;
    this.distance = model.travel.distance;
    this.size = model.travel.size;
  }

  /** Starts working on a solution (changed in place from now on). */
  attach(solution: Solution): void {
    this.solution = solution;
    this.routeOf.fill(-1);
    this.segmentsOf.fill(null);
    for (const r of solution.routes) this.index(r);
  }

  route(vehicle: number): RouteSchedule {
    return this.solution.routes[vehicle]!;
  }

  segments(vehicle: number): RouteSegments {
    let segments = this.segmentsOf[vehicle];
    if (!segments) {
      segments = routeSegments(this.model, this.route(vehicle));
      this.segmentsOf[vehicle] = segments;
    }
    return segments;
  }

  /** Starts pricing a route with the vehicle's start and its first k stops. */
  chainForward(vehicle: number, k: number): void {
    const segments = this.segments(vehicle);
    this.chainAt = segments.locations[k]!;
    this.chainDistance = segments.forward[k * SEGMENT + DISTANCE]!;
  }

  /** Adds stops from..to-1 of a vehicle's route to the route being priced. */
  chainStops(vehicle: number, from: number, to: number): void {
    if (from >= to) return;
    const { forward, locations } = this.segments(vehicle);
    const first = locations[from + 1]!;
    const leg = this.chainAt < 0 ? 0 : this.distance[this.chainAt * this.size + first]!;
    // Legs inside the stretch: the prefix distances' difference.
    this.chainDistance += leg + forward[to * SEGMENT + DISTANCE]! - forward[(from + 1) * SEGMENT + DISTANCE]!;
    this.chainAt = locations[to]!;
  }

  /** Ends the route being priced at the vehicle's end: its exact cost if it turns out feasible. */
  chainPrice(vehicle: number, stops: number): number {
    if (stops === 0) return 0;
    const v = this.model.vehicles[vehicle]!;
    return v.fixedCost + (this.chainDistance + this.leg(this.chainAt, v.endLocation)) * v.costPerMetre;
  }

  /** slot = the vehicle's start and its first k stops. */
  setForward(slot: number, vehicle: number, k: number): void {
    copySegment(this.scratch, slot, this.segments(vehicle).forward, k * SEGMENT);
  }

  /** slot ⊕= stops k..m-1 of the vehicle's route (nothing when k = m). */
  appendBackward(slot: number, vehicle: number, k: number): void {
    if (k >= this.route(vehicle).nodes.length) return;
    this.append(slot, this.segments(vehicle).backward, k * SEGMENT);
  }

  /** slot ⊕= stops from..to-1 of the vehicle's route, one by one. */
  appendStops(slot: number, vehicle: number, from: number, to: number): void {
    const nodes = this.route(vehicle).nodes;
    for (let k = from; k < to; k++) {
      writeNode(this.scratch, SLOT_PIECE, this.model.nodes[nodes[k]!]!);
      this.append(slot, this.scratch, SLOT_PIECE);
    }
  }

  /** Closes the route in `slot` with the vehicle's end: whether it keeps every window, the shift and capacity. */
  closeFeasible(slot: number, vehicle: number, stops: number): boolean {
    if (stops === 0) return true;
    const v = this.model.vehicles[vehicle]!;
    writeEnd(this.scratch, SLOT_PIECE, v);
    this.append(slot, this.scratch, SLOT_PIECE);
    return isFeasible(this.scratch, slot, v.capacity);
  }

  /** Installs a vehicle's new stop sequence in the solution. */
  replace(vehicle: number, nodes: readonly number[]): void {
    for (const n of this.route(vehicle).nodes) this.routeOf[n] = -1;
    setRoute(this.model, this.solution, vehicle, nodes);
    this.segmentsOf[vehicle] = null;
    this.index(this.route(vehicle));
  }

  private leg(from: number, to: number): number {
    return from < 0 || to < 0 ? 0 : this.distance[from * this.size + to]!;
  }

  private append(slot: number, piece: Float64Array, at: number): void {
    concat(this.scratch, slot, this.scratch, slot, piece, at, this.time, this.distance, this.size);
  }

  private index(route: RouteSchedule): void {
    route.nodes.forEach((n, k) => {
      this.routeOf[n] = route.vehicle;
      this.posOf[n] = k;
    });
  }
}
