/**
 * Local streets: a tertiary street along every border between neighbourhoods,
 * and inside each neighbourhood a grid turned to its own angle, with blocks
 * sized by its density. Grids are made imperfect the way real ones are: lines
 * unevenly spaced, links missing, cul-de-sacs, blocks given over to parks.
 * Central streets are one-way, alternating direction like a downtown grid.
 * Every street is then cut back from the water, the ring road and the
 * junction zones of the main roads, and loses any stretch that would run
 * right beside a main road (`alongside.ts`).
 */
import type { Random } from '../random.ts';
import { alongsideCutter } from './alongside.ts';
import type { Box, Frame, Vec } from './geometry.ts';
import {
  boundingBox,
  boxesOverlap,
  clipToConvex,
  fromFrame,
  makeFrame,
  norm,
  toFrame,
  vec,
} from './geometry.ts';
import type { NamePool } from './names.ts';
import type { Neighbourhood } from './neighbourhoods.ts';
import type { Park } from './parks.ts';
import { inPark, planPark } from './parks.ts';
import type { Region } from './regions.ts';
import { convexRegion, cutOut, enters, touches } from './regions.ts';
import type { RoadLine } from './roads.ts';

export interface LocalStreets {
  roads: RoadLine[];
  parks: Park[];
}

/** Streets stop this far from the water's edge. */
export const BANK_SETBACK = 15;
/** Streets whose middle lies within this distance of the centre are one-way. */
const ONEWAY_RADIUS = 1100;
/** Cut-off scraps shorter than this are dropped. */
const MIN_STREET = 25;

export interface StreetContext {
  /** The water widened by `BANK_SETBACK`. */
  shore: Region;
  /** Where local streets must not go (ring corridor, junction zones). */
  keepOut: readonly Region[];
  /** The main roads, which parks keep clear of and local streets do not run alongside. */
  majorRoads: readonly RoadLine[];
}

export function planLocalStreets(
  random: Random,
  names: NamePool,
  neighbourhoods: readonly Neighbourhood[],
  context: StreetContext,
): LocalStreets {
  const obstacles = [context.shore, ...context.keepOut];
  const alongside = alongsideCutter(context.majorRoads, MIN_STREET);
  const roads: RoadLine[] = [];
  const cut = (road: RoadLine) => {
    for (const kept of cutOut(road.points, obstacles, MIN_STREET)) {
      for (const points of alongside(kept)) roads.push({ ...road, points });
    }
  };
  neighbourhoods.forEach((n, i) => {
    n.neighbours.forEach((j, k) => {
      if (j <= i) return;
      cut({
        points: [n.cell[k]!, n.cell[(k + 1) % n.cell.length]!],
        highway: 'tertiary',
        name: names.street('tertiary'),
        maxspeed: 50,
      });
    });
  });
  const parks: Park[] = [];
  const majorRoads = context.majorRoads.map((road) => ({
    points: road.points,
    box: boundingBox(road.points),
  }));
  for (const n of neighbourhoods) {
    const grid = planGrid(random, n);
    const park = random.chance(0.5)
      ? planPark(random, names, grid.frame, grid.us, grid.vs, (outline) =>
          parkFits(outline, n, context, majorRoads),
        )
      : undefined;
    if (park) parks.push(park);
    for (const road of gridStreets(random, names, n, grid, park)) cut(road);
  }
  return { roads, parks };
}

interface Grid {
  frame: Frame;
  /** The cell in the grid's frame. */
  cell: Vec[];
  /** Positions of the streets of constant u (running along v) and of constant v (running along u). */
  us: number[];
  vs: number[];
}

function planGrid(random: Random, n: Neighbourhood): Grid {
  const frame = makeFrame(n.site, n.angle);
  const cell = n.cell.map((p) => toFrame(frame, p));
  const positions = (from: number, to: number, spacing: number) => {
    const out: number[] = [];
    for (let x = from + spacing * random.uniform(0.3, 0.7); x < to; x += spacing) {
      out.push(x + spacing * random.uniform(-0.08, 0.08));
    }
    return out;
  };
  const xs = cell.map((p) => p.x);
  const ys = cell.map((p) => p.y);
  return {
    frame,
    cell,
    // Streets of constant v are the long ones: the short side of a block lies across them.
    vs: positions(Math.min(...ys), Math.max(...ys), n.blockShort),
    us: positions(Math.min(...xs), Math.max(...xs), n.blockLong),
  };
}

/** A park's outline must sit inside its neighbourhood, off the water, the keep-out zones and the main roads. */
function parkFits(
  outline: Vec[],
  n: Neighbourhood,
  context: StreetContext,
  majorRoads: readonly { points: readonly Vec[]; box: Box }[],
): boolean {
  const cell = convexRegion(n.cell);
  if (!outline.every((p) => cell.contains(p))) return false;
  if (touches(context.shore, outline) || context.keepOut.some((r) => touches(r, outline))) return false;
  const zone = convexRegion(outline);
  const box = boundingBox(outline);
  return majorRoads.every((road) => !boxesOverlap(box, road.box) || !enters(road.points, zone));
}

/**
 * The streets of one grid. Each grid line is cut into links between the
 * lines crossing it; a link may be left out (a missing link) or built only
 * part way (a cul-de-sac). Consecutive links that remain form one way.
 */
function gridStreets(random: Random, names: NamePool, n: Neighbourhood, grid: Grid, park: Park | undefined) {
  const roads: RoadLine[] = [];
  const suburb = 1 - n.density;
  const family = (positions: readonly number[], crossing: readonly number[], alongU: boolean) => {
    // The line nearest the site is the neighbourhood's main street.
    const main = positions.reduce((best, x) => (Math.abs(x) < Math.abs(best) ? x : best), Infinity);
    positions.forEach((x, index) => {
      const at = (s: number) => (alongU ? vec(s, x) : vec(x, s));
      const clip = clipToConvex(at(-1e5), at(1e5), grid.cell);
      if (clip === undefined) return;
      const [start, end] = clip.map((t) => -1e5 + 2e5 * t) as [number, number];
      if (end - start < 2 * MIN_STREET) return;
      const middle = at((start + end) / 2);
      const mid = fromFrame(grid.frame, middle.x, middle.y);
      const isMain = x === main && end - start > 500;
      const oneway = !isMain && norm(mid) < ONEWAY_RADIUS;
      const missing = oneway ? 0.02 : 0.03 + 0.1 * suburb;
      const stub = oneway ? 0 : 0.02 + 0.08 * suburb;
      const breaks = [start, ...crossing.filter((c) => c > start && c < end), end];
      const kept: [number, number][] = [];
      for (let j = 0; j + 1 < breaks.length; j++) {
        const [a, b] = [breaks[j]!, breaks[j + 1]!];
        const m = at((a + b) / 2);
        if (park && inPark(park, m.x, m.y)) continue;
        const draw = random.next();
        if (draw < missing) continue;
        if (draw < missing + stub) {
          const part = random.uniform(0.35, 0.6) * (b - a);
          kept.push(random.chance(0.5) ? [a, a + part] : [b - part, b]);
        } else {
          kept.push([a, b]);
        }
      }
      const name = names.street(isMain ? 'tertiary' : 'residential');
      // Alternate directions, as one-way grids do, so that every block can be driven round.
      const reverse = index % 2 === 1;
      for (const [a, b] of mergeRuns(kept)) {
        const points = [at(a), at(b)].map((p) => fromFrame(grid.frame, p.x, p.y));
        roads.push({
          points: oneway && reverse ? points.reverse() : points,
          highway: isMain ? 'tertiary' : 'residential',
          name,
          ...(oneway ? { oneway: true, maxspeed: 30 } : isMain ? { maxspeed: 50 } : {}),
        });
      }
    });
  };
  family(grid.vs, grid.us, true);
  family(grid.us, grid.vs, false);
  return roads;
}

/** Joins intervals that touch end to start into longer runs. */
function mergeRuns(intervals: readonly [number, number][]): [number, number][] {
  const runs: [number, number][] = [];
  for (const [a, b] of intervals) {
    const last = runs.at(-1);
    if (last && last[1] === a) last[1] = b;
    else runs.push([a, b]);
  }
  return runs;
}
