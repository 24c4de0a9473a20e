/**
 * Every prefix and suffix of a route as a segment (see `segment.ts`), built
 * once per route and cached on the route itself: routes are immutable (a
 * change installs a new one), so a cached entry never goes stale, and copies
 * of a solution share it.
 */
import type { RoutingModel } from '../../model.ts';
import type { RouteSchedule } from '../../routeSchedule.ts';
import { concat, SEGMENT, writeNode, writeStart } from './segment.ts';

export interface RouteSegments {
  /** Segment k (k = 0..m): the vehicle's start and the first k stops. */
  forward: Float64Array;
  /** Segment k (k = 0..m-1): stops k..m-1, without the end (the receiving vehicle adds its own). */
  backward: Float64Array;
  /** Pickups on board after position k whose delivery comes later: a route may only be cut where this is 0. */
  openAfter: Int32Array;
  /** Locations: the start, the m stops, the end (-1 when anywhere); position k is at k + 1. */
  locations: Int32Array;
}

const cache = new WeakMap<RouteSchedule, RouteSegments>();
const scratch = new Float64Array(SEGMENT);

export function routeSegments(model: RoutingModel, route: RouteSchedule): RouteSegments {
  let segments = cache.get(route);
  if (segments) return segments;
  const vehicle = model.vehicles[route.vehicle]!;
  const time = model.travel.time[vehicle.profile]!;
  const { distance, size } = model.travel;
  const m = route.nodes.length;
  const forward = new Float64Array((m + 1) * SEGMENT);
  const backward = new Float64Array(m * SEGMENT);
  const openAfter = new Int32Array(m);
  const locations = new Int32Array(m + 2);
  locations[0] = vehicle.startLocation;
  locations[m + 1] = vehicle.endLocation;
  writeStart(forward, 0, vehicle);
  let open = 0;
  for (let k = 0; k < m; k++) {
    const node = model.nodes[route.nodes[k]!]!;
    locations[k + 1] = node.location;
    writeNode(scratch, 0, node);
    concat(forward, (k + 1) * SEGMENT, forward, k * SEGMENT, scratch, 0, time, distance, size);
    const partner = route.partner[k]!;
    if (partner > k) open++;
    else if (partner >= 0) open--;
    openAfter[k] = open;
  }
  for (let k = m - 1; k >= 0; k--) {
    writeNode(backward, k * SEGMENT, model.nodes[route.nodes[k]!]!);
    if (k < m - 1)
      concat(backward, k * SEGMENT, backward, k * SEGMENT, backward, (k + 1) * SEGMENT, time, distance, size);
  }
  segments = { forward, backward, openAfter, locations };
  cache.set(route, segments);
  return segments;
}
