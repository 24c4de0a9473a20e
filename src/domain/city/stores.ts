/**
 * Grocery stores: 10–15 shops beside the arterials, as real supermarkets sit
 * on main roads, more of them where more people live, and spread out so that
 * no two compete on the same block.
 */
import type { Random } from '../random.ts';
import type { Vec } from './geometry.ts';
import { add, distance, left, lerp, scale, sub, unit } from './geometry.ts';
import type { ShopKind } from './names.ts';
import { shopName } from './names.ts';
import type { RoadNetwork } from './network.ts';
import type { Region } from './regions.ts';

export interface Store {
  location: Vec;
  kind: ShopKind;
  name: string;
  /** The arterial it stands on, for its address. */
  street: string;
}

/** Stores stand this far from the arterial's centreline: on its frontage, well within 30 m. */
const OFFSET = { min: 14, max: 22 };
const MIN_SPACING = 400;

export interface StoreContext {
  density: (p: Vec) => number;
  /** The name of the neighbourhood a point is in, for branch names. */
  neighbourhood: (p: Vec) => string;
  /** Water (with a margin) and parks. */
  blocked: readonly Region[];
}

export function placeStores(random: Random, network: RoadNetwork, context: StoreContext): Store[] {
  // Every arterial segment that is on the ground, with its length, to draw positions from.
  const segments: { a: Vec; b: Vec; length: number; street: string }[] = [];
  for (const way of network.ways) {
    const { highway, bridge, roundabout, name } = way.road;
    if ((highway !== 'primary' && highway !== 'secondary') || bridge || roundabout) continue;
    for (let i = 0; i + 1 < way.nodes.length; i++) {
      const a = { x: network.xs[way.nodes[i]!]!, y: network.ys[way.nodes[i]!]! };
      const b = { x: network.xs[way.nodes[i + 1]!]!, y: network.ys[way.nodes[i + 1]!]! };
      segments.push({ a, b, length: distance(a, b), street: name });
    }
  }
  const cumulative: number[] = [];
  let total = 0;
  for (const s of segments) {
    total += s.length;
    cumulative.push(total);
  }
  const count = random.int(10, 15);
  const stores: Store[] = [];
  for (let attempt = 0; attempt < 5000 && stores.length < count; attempt++) {
    // Uniform along the arterials, then kept in proportion to density (thinning).
    const segment = segments[segmentAt(cumulative, random.uniform(0, total))]!;
    const onRoad = lerp(segment.a, segment.b, random.next());
    if (!random.chance(0.15 + 0.85 * context.density(onRoad))) continue;
    const side = random.chance(0.5) ? 1 : -1;
    const normal = left(unit(sub(segment.b, segment.a)));
    const location = add(onRoad, scale(normal, side * random.uniform(OFFSET.min, OFFSET.max)));
    // Late attempts accept closer neighbours rather than fall short of the count.
    const spacing = attempt < 3000 ? MIN_SPACING : MIN_SPACING / 2;
    if (context.blocked.some((r) => r.contains(location))) continue;
    if (stores.some((s) => distance(s.location, location) < spacing)) continue;
    const draw = random.next();
    const kind: ShopKind = draw < 0.6 ? 'supermarket' : draw < 0.85 ? 'convenience' : 'greengrocer';
    stores.push({
      location,
      kind,
      name: shopName(random, kind, context.neighbourhood(location)),
      street: segment.street,
    });
  }
  return stores;
}

/** The first index whose running total exceeds `target` (binary search). */
function segmentAt(cumulative: readonly number[], target: number): number {
  let lo = 0;
  let hi = cumulative.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (cumulative[mid]! > target) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}
