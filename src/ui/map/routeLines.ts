/**
 * The plan's routes as the map draws them: one line per working shopper, from
 * the start through every stop, along the streets where the route geometry
 * fits the route and straight from stop to stop where it does not (yet).
 *
 * A street leg runs door to door (door, its position on the road, the
 * streets, the next position, the next door). The route line keeps the road
 * part; the short walks between a door and the road are drawn apart, as
 * `doors`, so that the route line itself stays on the streets.
 *
 * Every plan of a solve redraws every route, and on a large day the street
 * lines hold tens of thousands of points, which the map copies to its worker
 * on the main thread. So a route's street line is built once per geometry
 * (the solver client hands back the same geometry for a route that did not
 * change), and without the points that bend it by less than is ever seen.
 */
import type { Feature, FeatureCollection, LineString, MultiLineString, Position } from 'geojson';
import type { Plan, ShopperRoute } from '../../domain/plan.ts';
import { legCount, pointAt, type RouteGeometry } from '../../domain/routeGeometry.ts';
import type { LngLat, Scenario } from '../../domain/scenario.ts';
import { shopperColor } from './palette.ts';

export interface RouteProps {
  shopperId: string;
  color: string;
}

export interface RouteLines {
  routes: FeatureCollection<LineString, RouteProps>;
  /** Door to road and back, for the routes drawn on the streets. */
  doors: FeatureCollection<MultiLineString, RouteProps>;
}

/** `geometry` may be an earlier plan's: it is used for each route it still fits exactly. */
export function routeLines(
  day: Pick<Scenario, 'shoppers'>,
  plan: Plan | null,
  geometry: readonly RouteGeometry[] | null,
): RouteLines {
  const routes: Feature<LineString, RouteProps>[] = [];
  const doors: Feature<MultiLineString, RouteProps>[] = [];
  const shopperIndex = new Map(day.shoppers.map((s, i) => [s.id, i] as const));
  const geometryOf = new Map(geometry?.map((g) => [g.shopperId, g] as const));
  for (const route of plan?.routes ?? []) {
    const index = shopperIndex.get(route.shopperId);
    if (index === undefined) continue;
    const start = day.shoppers[index]!.start;
    const streets = geometryOf.get(route.shopperId);
    let lines = linesOf.get(route);
    if (!lines || lines.index !== index || lines.streets !== streets || !same(lines.start, start)) {
      lines = { index, start, streets, ...routeFeatures(route, index, start, streets) };
      linesOf.set(route, lines);
    }
    routes.push(lines.route);
    if (lines.doors) doors.push(lines.doors);
  }
  return { routes: collection(routes), doors: collection(doors) };
}

/** A route's features, and what they were drawn from besides the route. */
interface DrawnRoute {
  index: number;
  start: LngLat;
  streets: RouteGeometry | undefined;
  route: Feature<LineString, RouteProps>;
  doors: Feature<MultiLineString, RouteProps> | null;
}

/**
 * By route: the plans a solve streams keep the route objects that did not
 * change (`planStream.ts`), and an unchanged route drawn from the same
 * geometry keeps its very features, which the map's diff then skips at once.
 */
const linesOf = new WeakMap<ShopperRoute, DrawnRoute>();

function routeFeatures(
  route: ShopperRoute,
  index: number,
  start: LngLat,
  streets: RouteGeometry | undefined,
): Pick<DrawnRoute, 'route' | 'doors'> {
  const points = [start, ...route.trips.flatMap((t) => t.stops.map((s) => s.location))];
  const properties: RouteProps = { shopperId: route.shopperId, color: shopperColor(index) };
  if (!streets || !fits(streets, points))
    return {
      route: feature(index, { type: 'LineString', coordinates: points.map(position) }, properties),
      doors: null,
    };
  const { line, walks } = streetLines(streets);
  return {
    route: feature(index, { type: 'LineString', coordinates: line }, properties),
    doors:
      walks.length > 0 ? feature(index, { type: 'MultiLineString', coordinates: walks }, properties) : null,
  };
}

/** Whether the legs join exactly these points in this order: one leg per point after the first. */
function fits(streets: RouteGeometry, points: readonly LngLat[]): boolean {
  const { legStarts } = streets;
  if (legCount(streets) !== points.length - 1) return false;
  for (let leg = 0; leg < points.length - 1; leg++) {
    if (
      !same(pointAt(streets, legStarts[leg]!), points[leg]) ||
      !same(pointAt(streets, legStarts[leg + 1]! - 1), points[leg + 1])
    )
      return false;
  }
  return true;
}

/** What a route's street geometry draws: its road line and its door walks. */
interface StreetLines {
  line: Position[];
  walks: Position[][];
}

/** By geometry: the same legs give the same lines (read only, never changed once built). */
const drawn = new WeakMap<RouteGeometry, StreetLines>();

function streetLines(streets: RouteGeometry): StreetLines {
  let lines = drawn.get(streets);
  if (!lines) {
    lines = { line: withoutUnseenBends(roadLine(streets)), walks: doorWalks(streets) };
    drawn.set(streets, lines);
  }
  return lines;
}

/** The legs' stretches of points `[from, to)`: whole for a leg of two points (straight-line travel, no road part to cut out), else its road part. */
function roadParts(streets: RouteGeometry): { from: number; to: number; onStreets: boolean }[] {
  const { legStarts } = streets;
  return Array.from({ length: legCount(streets) }, (_, leg) => {
    const from = legStarts[leg]!;
    const to = legStarts[leg + 1]!;
    const onStreets = to - from > 2;
    return onStreets ? { from: from + 1, to: to - 1, onStreets } : { from, to, onStreets };
  });
}

/** The legs' road parts joined into one line; a leg of straight-line travel is kept whole. */
function roadLine(streets: RouteGeometry): Position[] {
  const c = streets.coordinates;
  const line: Position[] = [];
  for (const { from, to } of roadParts(streets)) {
    for (let k = from; k < to; k++) {
      const last = line[line.length - 1];
      if (!last || last[0] !== c[2 * k] || last[1] !== c[2 * k + 1]) line.push([c[2 * k]!, c[2 * k + 1]!]);
    }
  }
  return line;
}

/** Door to road at the start, then road to door at each leg's end (the next leg starts down the same walk). */
function doorWalks(streets: RouteGeometry): Position[][] {
  const street = roadParts(streets).filter((part) => part.onStreets);
  if (street.length === 0) return [];
  const at = (k: number) => position(pointAt(streets, k));
  // A road part is its leg without the door at each end: the door is one point out.
  return [
    [at(street[0]!.from - 1), at(street[0]!.from)],
    ...street.map((part) => [at(part.to - 1), at(part.to)]),
  ];
}

/**
 * Bends of less than this are left out of a street line: about a pixel at
 * zoom 17, where a screen shows a few blocks, and less further out. Street
 * geometry has many points on straight stretches (on the built-in city, two
 * in five lie on the line through their neighbours), and more than half of
 * all its points bend a route by less than this.
 */
const UNSEEN_BEND_M = 0.5;
const METRES_PER_DEGREE_LAT = 111_320;

/**
 * The line without the points that bend it by less than `UNSEEN_BEND_M`
 * (Douglas–Peucker): every point kept is one of the line's, so it still runs
 * along the streets, and it ends where it did.
 */
function withoutUnseenBends(line: Position[]): Position[] {
  if (line.length < 3) return line;
  // Metres per degree here: a town is small enough to be flat.
  const ky = METRES_PER_DEGREE_LAT;
  const kx = ky * Math.cos((line[0]![1]! * Math.PI) / 180);
  const keep = new Uint8Array(line.length);
  keep[0] = 1;
  keep[line.length - 1] = 1;
  const spans: [number, number][] = [[0, line.length - 1]];
  for (let span = spans.pop(); span; span = spans.pop()) {
    const [from, to] = span;
    const [ax, ay] = line[from]!;
    const dx = (line[to]![0]! - ax!) * kx;
    const dy = (line[to]![1]! - ay!) * ky;
    const lengthSquared = dx * dx + dy * dy;
    let farthest = -1;
    let farthestSquared = UNSEEN_BEND_M * UNSEEN_BEND_M;
    for (let i = from + 1; i < to; i++) {
      const px = (line[i]![0]! - ax!) * kx;
      const py = (line[i]![1]! - ay!) * ky;
      // Distance to the segment (to its start when it has no length: a route that comes back).
      const t = lengthSquared > 0 ? Math.min(1, Math.max(0, (px * dx + py * dy) / lengthSquared)) : 0;
      const ex = px - t * dx;
      const ey = py - t * dy;
      const squared = ex * ex + ey * ey;
      if (squared > farthestSquared) {
        farthest = i;
        farthestSquared = squared;
      }
    }
    if (farthest >= 0) {
      keep[farthest] = 1;
      spans.push([from, farthest], [farthest, to]);
    }
  }
  return line.filter((_, i) => keep[i] === 1);
}

const same = (a: LngLat | undefined, b: LngLat | undefined) =>
  !!a && !!b && a.lng === b.lng && a.lat === b.lat;

const position = (p: LngLat): Position => [p.lng, p.lat];

function feature<G extends LineString | MultiLineString>(
  id: number,
  geometry: G,
  properties: RouteProps,
): Feature<G, RouteProps> {
  return { type: 'Feature', id, geometry, properties };
}

function collection<G extends LineString | MultiLineString>(
  features: Feature<G, RouteProps>[],
): FeatureCollection<G, RouteProps> {
  return { type: 'FeatureCollection', features };
}
