/**
 * Buildings: small rectangles facing the streets, in near-continuous rows of
 * larger blocks in the centre and scattered houses further out. A coarse
 * occupancy grid keeps them off the roads, the water, the parks and each
 * other.
 *
 * Each building is counted as homes for the way it faces (flats in the
 * centre, one household in a suburban house). That count is what a day
 * generator samples customers from.
 *
 * This is the generator's busiest stage (a million grid cells visited, much
 * of it before the JIT has warmed up), so its loops use plain numbers rather
 * than point objects.
 */
import type { Random } from '../random.ts';
import type { Vec } from './geometry.ts';
import type { RoadNetwork } from './network.ts';
import type { Highway } from './roads.ts';

/** The buildings as flat arrays: one object with four corner points for each would be most of the garbage. */
export interface Buildings {
  count: number;
  /** Building i's four corners, counter-clockwise, as x0, y0, … x3, y3 at `8 * i`. */
  corners: Float64Array;
  /** Index of the network way building i faces. */
  way: Int32Array;
  households: Int32Array;
}

export interface BuildingContext {
  halfSize: number;
  density: (p: Vec) => number;
  /** Areas to keep clear: the water (with a margin) and the parks. */
  blocked: readonly (readonly Vec[])[];
}

/** The extract's budget: decoding and drawing stay fast below this. */
const MAX_BUILDINGS = 15_000;
/** Occupancy cells, metres: fine enough for buildings a few metres apart, coarse enough to stay cheap. */
const CELL = 4;
/** How far inside its outline a new building is tested against what stands already. */
const INSET = 2;

/** Half the width of the carriageway and pavement that buildings keep off. */
const ROAD_HALF_WIDTH: Readonly<Record<Highway, number>> = {
  trunk: 14,
  trunk_link: 8,
  primary: 9,
  secondary: 8,
  tertiary: 7,
  residential: 5,
};
/** Streets people live on; nobody's front door is on the ring road. */
const LIVED_ON = new Set<Highway>(['primary', 'secondary', 'tertiary', 'residential']);

export function placeBuildings(random: Random, network: RoadNetwork, context: BuildingContext): Buildings {
  const { xs, ys } = network;
  const grid = createOccupancy(context.halfSize);
  for (const polygon of context.blocked) grid.fillPolygon(polygon);
  for (const way of network.ways) {
    const half = ROAD_HALF_WIDTH[way.road.highway] - 1;
    for (let i = 0; i + 1 < way.nodes.length; i++) {
      const a = way.nodes[i]!;
      const b = way.nodes[i + 1]!;
      grid.markSegment(xs[a]!, ys[a]!, xs[b]!, ys[b]!, half);
    }
  }
  const placed: Placed = { corners: [], ways: [], households: [] };
  for (let w = 0; w < network.ways.length; w++) {
    const { nodes, road } = network.ways[w]!;
    if (!LIVED_ON.has(road.highway) || road.bridge || road.roundabout) continue;
    for (let i = 0; i + 1 < nodes.length; i++) {
      const ax = xs[nodes[i]!]!;
      const ay = ys[nodes[i]!]!;
      const dx = xs[nodes[i + 1]!]! - ax;
      const dy = ys[nodes[i + 1]!]! - ay;
      const length = Math.sqrt(dx * dx + dy * dy);
      // Density changes over kilometres; once per segment is enough.
      const density = context.density({ x: ax + dx / 2, y: ay + dy / 2 });
      const street = { ax, ay, ux: dx / length, uy: dy / length, length, density, way: w };
      alongStreet(random, grid, placed, street, ROAD_HALF_WIDTH[road.highway], 1, context.halfSize);
      alongStreet(random, grid, placed, street, ROAD_HALF_WIDTH[road.highway], -1, context.halfSize);
    }
  }
  return keepWithinBudget(random, placed);
}

interface Placed {
  corners: number[];
  ways: number[];
  households: number[];
}

interface StreetSegment {
  ax: number;
  ay: number;
  /** Unit vector along the street. */
  ux: number;
  uy: number;
  length: number;
  density: number;
  way: number;
}

/**
 * Buildings along one side of a street segment. Centre: 14–24 m frontages
 * 2 m apart. Edge: 9–13 m houses with 20–80 m of garden and gaps between.
 */
function alongStreet(
  random: Random,
  grid: Occupancy,
  placed: Placed,
  street: StreetSegment,
  setback: number,
  side: 1 | -1,
  limit: number,
) {
  const { ax, ay, ux, uy, length, density: d } = street;
  // The normal pointing to this side of the street.
  const nx = -uy * side;
  const ny = ux * side;
  const homes = 1 + Math.round(15 * d * d);
  const inCity = (x: number, y: number) => Math.abs(x) < limit && Math.abs(y) < limit;
  for (let s = random.uniform(2, 10); ; ) {
    const width = random.uniform(9, 13) + d * random.uniform(5, 11);
    if (s + width > length) return;
    const depth = random.uniform(9, 12) + d * random.uniform(5, 12);
    const front = setback + 1 + (1 - d) * random.uniform(2, 6);
    const ox = ax + ux * s + nx * front;
    const oy = ay + uy * s + ny * front;
    const wx = ux * width;
    const wy = uy * width;
    const dx = nx * depth;
    const dy = ny * depth;
    if (
      inCity(ox, oy) &&
      inCity(ox + wx, oy + wy) &&
      inCity(ox + wx + dx, oy + wy + dy) &&
      inCity(ox + dx, oy + dy) &&
      // Tested a little inside its outline, so that a neighbour a few metres away in the next cell does not count.
      grid.isFree(
        ox + (ux + nx) * INSET,
        oy + (uy + ny) * INSET,
        wx - 2 * ux * INSET,
        wy - 2 * uy * INSET,
        dx - 2 * nx * INSET,
        dy - 2 * ny * INSET,
      )
    ) {
      grid.markRectangle(ox, oy, wx, wy, dx, dy);
      // Counter-clockwise on both sides of the street: on the right, walk the outline the other way.
      if (side === 1)
        placed.corners.push(ox, oy, ox + wx, oy + wy, ox + wx + dx, oy + wy + dy, ox + dx, oy + dy);
      else placed.corners.push(ox + dx, oy + dy, ox + wx + dx, oy + wy + dy, ox + wx, oy + wy, ox, oy);
      placed.ways.push(street.way);
      placed.households.push(homes);
    }
    s += width + (1 - d) * random.uniform(20, 80) + d * 2;
  }
}

/** All the buildings, or a random `MAX_BUILDINGS` of them in their original order. */
function keepWithinBudget(random: Random, placed: Placed): Buildings {
  const count = placed.ways.length;
  const all = Array.from({ length: count }, (_, i) => i);
  const keep =
    count <= MAX_BUILDINGS
      ? all
      : random
          .shuffle(all)
          .slice(0, MAX_BUILDINGS)
          .sort((a, b) => a - b);
  const buildings: Buildings = {
    count: keep.length,
    corners: new Float64Array(8 * keep.length),
    way: new Int32Array(keep.length),
    households: new Int32Array(keep.length),
  };
  keep.forEach((i, k) => {
    for (let j = 0; j < 8; j++) buildings.corners[8 * k + j] = placed.corners[8 * i + j]!;
    buildings.way[k] = placed.ways[i]!;
    buildings.households[k] = placed.households[i]!;
  });
  return buildings;
}

type Occupancy = ReturnType<typeof createOccupancy>;

/**
 * A grid of `CELL`-metre cells over the city square, marked where something
 * stands. Shapes are parallelograms (origin, two edge vectors) sampled every
 * cell width or less, or polygons filled at cell centres. Sampling can miss a
 * sliver of a cell, so shapes may touch by a metre or so, never overlap by
 * more.
 */
function createOccupancy(halfSize: number) {
  const size = Math.ceil((2 * halfSize) / CELL) + 1;
  const cells = new Uint8Array(size * size);
  /** Marks the cells under the parallelogram, or (when `mark` is false) tells whether they are all free. */
  const cover = (ox: number, oy: number, ux: number, uy: number, vx: number, vy: number, mark: boolean) => {
    const nu = Math.ceil(Math.sqrt(ux * ux + uy * uy) / CELL);
    const nv = Math.ceil(Math.sqrt(vx * vx + vy * vy) / CELL);
    // Walk in cell units by repeated addition.
    const stepUx = ux / nu / CELL;
    const stepUy = uy / nu / CELL;
    const stepVx = vx / nv / CELL;
    const stepVy = vy / nv / CELL;
    let rowX = (ox + halfSize) / CELL;
    let rowY = (oy + halfSize) / CELL;
    for (let i = 0; i <= nu; i++, rowX += stepUx, rowY += stepUy) {
      let x = rowX;
      let y = rowY;
      for (let j = 0; j <= nv; j++, x += stepVx, y += stepVy) {
        if (x < 0 || y < 0 || x >= size || y >= size) continue;
        const cell = (y | 0) * size + (x | 0);
        if (mark) cells[cell] = 1;
        else if (cells[cell] === 1) return false;
      }
    }
    return true;
  };
  return {
    markSegment(ax: number, ay: number, bx: number, by: number, half: number) {
      const length = Math.sqrt((bx - ax) ** 2 + (by - ay) ** 2);
      if (length === 0) return;
      const nx = (-(by - ay) / length) * half;
      const ny = ((bx - ax) / length) * half;
      cover(ax - nx, ay - ny, bx - ax, by - ay, 2 * nx, 2 * ny, true);
    },
    markRectangle: (ox: number, oy: number, ux: number, uy: number, vx: number, vy: number) =>
      cover(ox, oy, ux, uy, vx, vy, true),
    isFree: (ox: number, oy: number, ux: number, uy: number, vx: number, vy: number) =>
      cover(ox, oy, ux, uy, vx, vy, false),
    /** Marks every cell whose centre lies inside the polygon (even–odd scanlines). */
    fillPolygon(polygon: readonly Vec[]) {
      const crossings = new Map<number, number[]>();
      polygon.forEach((a, k) => {
        const b = polygon[(k + 1) % polygon.length]!;
        // Rows whose centre line (y = row + 0.5 cells) the edge crosses, half-open so that vertices count once.
        const [y0, y1] = [(a.y + halfSize) / CELL - 0.5, (b.y + halfSize) / CELL - 0.5];
        for (let row = Math.ceil(Math.min(y0, y1)); row < Math.max(y0, y1); row++) {
          if (row < 0 || row >= size) continue;
          const x = (a.x + halfSize) / CELL - 0.5 + ((row - y0) / (y1 - y0)) * ((b.x - a.x) / CELL);
          const list = crossings.get(row);
          if (list) list.push(x);
          else crossings.set(row, [x]);
        }
      });
      for (const [row, xs] of crossings) {
        xs.sort((p, q) => p - q);
        for (let k = 0; k + 1 < xs.length; k += 2) {
          const from = Math.max(0, Math.ceil(xs[k]!));
          const to = Math.min(size - 1, Math.floor(xs[k + 1]!));
          for (let column = from; column <= to; column++) cells[row * size + column] = 1;
        }
      }
    },
  };
}
