/**
 * Neighbourhoods: the city is cut into Voronoi cells around jittered sites,
 * and each cell gets its own street grid (orientation, block size) from how
 * dense the city is at its site. Density falls off smoothly from the core, so
 * the centre has small blocks and tall buildings and the edge has large blocks
 * and scattered houses.
 */
import type { Random } from '../random.ts';
import type { Vec } from './geometry.ts';
import { dot, lerp, norm, sub, vec } from './geometry.ts';
import type { NamePool } from './names.ts';

export interface Neighbourhood {
  name: string;
  site: Vec;
  /** The Voronoi cell, convex and counter-clockwise, clipped to the city square. */
  cell: Vec[];
  /** `neighbours[k]` is the cell across edge k (from `cell[k]` to `cell[k + 1]`), or -1 on the city's edge. */
  neighbours: number[];
  /** Relative residential density at the site, 0 (open edge) to 1 (the core). */
  density: number;
  /** Direction of the grid's first family of streets, radians from east. */
  angle: number;
  /** Spacing of the first family of streets (the blocks' short side), metres. */
  blockShort: number;
  /** Spacing of the second family (the blocks' long side), metres. */
  blockLong: number;
}

/** Distance from the core at which density has fallen to 1/e. */
const DENSITY_RADIUS = 1700;

/** Relative density at a point: 1 at the core (the city's centre), about 0.05 at the city's edge. */
export function densityAt(p: Vec): number {
  return Math.exp(-((norm(p) / DENSITY_RADIUS) ** 2));
}

/** Sites per side of the jittered grid: 5 × 5 neighbourhoods of about 1.2 km. */
const SITES_PER_SIDE = 5;

/**
 * The neighbourhoods of a square city of half-size `halfSize` metres centred
 * on the origin. Grids run along `baseAngle` (the river's axis, as streets in
 * a river town do), each turned by a few degrees, more in the suburbs.
 */
export function planNeighbourhoods(
  random: Random,
  names: NamePool,
  halfSize: number,
  baseAngle: number,
): Neighbourhood[] {
  const spacing = (2 * halfSize) / SITES_PER_SIDE;
  const sites: Vec[] = [];
  for (let i = 0; i < SITES_PER_SIDE; i++) {
    for (let j = 0; j < SITES_PER_SIDE; j++) {
      sites.push(
        vec(
          -halfSize + (i + 0.5) * spacing + random.uniform(-0.3, 0.3) * spacing,
          -halfSize + (j + 0.5) * spacing + random.uniform(-0.3, 0.3) * spacing,
        ),
      );
    }
  }
  const core = sites.reduce((best, s) => (norm(s) < norm(best) ? s : best));
  return sites.map((site, i) => {
    const { polygon, labels } = voronoiCell(sites, i, halfSize);
    const density = densityAt(site);
    // Dense centre: blocks of ~95 m; open edge: ~280 m.
    const blockShort = (95 + 185 * (1 - density)) * random.uniform(0.93, 1.07);
    return {
      name: site === core ? 'Old Town' : names.neighbourhood(),
      site,
      cell: polygon,
      neighbours: labels,
      density,
      angle: baseAngle + random.uniform(-1, 1) * (0.04 + 0.22 * (1 - density)),
      blockShort,
      blockLong: blockShort * random.uniform(1, 1.4),
    };
  });
}

/** The index of the neighbourhood a point falls in (its nearest site). */
export function neighbourhoodAt(neighbourhoods: readonly Neighbourhood[], p: Vec): number {
  let best = 0;
  let bestGap = Infinity;
  for (let i = 0; i < neighbourhoods.length; i++) {
    const { site } = neighbourhoods[i]!;
    const gap = (site.x - p.x) ** 2 + (site.y - p.y) ** 2;
    if (gap < bestGap) {
      best = i;
      bestGap = gap;
    }
  }
  return best;
}

/**
 * Site i's Voronoi cell: the city square clipped by the half-plane nearer to i
 * than to each other site (Sutherland–Hodgman), remembering which site each
 * new edge faces so that shared edges can become boundary streets.
 */
function voronoiCell(
  sites: readonly Vec[],
  i: number,
  halfSize: number,
): { polygon: Vec[]; labels: number[] } {
  const h = halfSize;
  let polygon = [vec(-h, -h), vec(h, -h), vec(h, h), vec(-h, h)];
  let labels = [-1, -1, -1, -1];
  const site = sites[i]!;
  sites.forEach((other, j) => {
    if (j === i) return;
    const normal = sub(other, site);
    const mid = lerp(site, other, 0.5);
    const side = (p: Vec) => dot(sub(p, mid), normal);
    const nextPolygon: Vec[] = [];
    const nextLabels: number[] = [];
    polygon.forEach((p, k) => {
      const q = polygon[(k + 1) % polygon.length]!;
      const sp = side(p);
      const sq = side(q);
      const crossing = () => lerp(p, q, sp / (sp - sq));
      if (sp <= 0) {
        nextPolygon.push(p);
        if (sq <= 0) {
          nextLabels.push(labels[k]!);
        } else {
          // Leaving: the edge is cut short and the clip line becomes the next edge.
          nextLabels.push(labels[k]!);
          nextPolygon.push(crossing());
          nextLabels.push(j);
        }
      } else if (sq <= 0) {
        // Entering: the rest of the old edge.
        nextPolygon.push(crossing());
        nextLabels.push(labels[k]!);
      }
    });
    polygon = nextPolygon;
    labels = nextLabels;
  });
  return { polygon, labels };
}
