/**
 * The plan's routes as the map draws them: one line per working shopper, from
 * the start through every stop, along the streets where the route geometry
 * fits the route and straight from stop to stop where it does not (yet).
 *
 * A street leg runs door to door (door, its position on the road, the
 * streets, the next position, the next door). The route line keeps the road
 * part; the short walks between a door and the road are drawn apart, as
 * `doors`, so that the route line itself stays on the streets.
 */
import type { Feature, FeatureCollection, LineString, MultiLineString, Position } from 'geojson';
import type { Plan } from '../../domain/plan.ts';
import type { LngLat, Scenario } from '../../domain/scenario.ts';
import type { RouteGeometry } from '../../domain/solve.ts';
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
  scenario: Scenario,
  plan: Plan | null,
  geometry: readonly RouteGeometry[] | null,
): RouteLines {
  const routes: Feature<LineString, RouteProps>[] = [];
  const doors: Feature<MultiLineString, RouteProps>[] = [];
  const shopperIndex = new Map(scenario.shoppers.map((s, i) => [s.id, i] as const));
  const legsOf = new Map(geometry?.map((g) => [g.shopperId, g.legs] as const));
  for (const route of plan?.routes ?? []) {
    const i = shopperIndex.get(route.shopperId);
    if (i === undefined) continue;
    const points = [
      scenario.shoppers[i]!.start,
      ...route.trips.flatMap((t) => t.stops.map((s) => s.location)),
    ];
    const legs = legsOf.get(route.shopperId);
    const properties: RouteProps = { shopperId: route.shopperId, color: shopperColor(i) };
    if (legs && fits(legs, points)) {
      routes.push(feature(i, { type: 'LineString', coordinates: roadLine(legs) }, properties));
      const walks = doorWalks(legs);
      if (walks.length > 0)
        doors.push(feature(i, { type: 'MultiLineString', coordinates: walks }, properties));
    } else {
      routes.push(feature(i, { type: 'LineString', coordinates: points.map(position) }, properties));
    }
  }
  return { routes: collection(routes), doors: collection(doors) };
}

/** Whether `legs` join exactly these points in this order: one leg per point after the first. */
function fits(legs: readonly LngLat[][], points: readonly LngLat[]): boolean {
  return (
    legs.length === points.length - 1 &&
    legs.every((leg, i) => same(leg[0], points[i]) && same(leg[leg.length - 1], points[i + 1]))
  );
}

/** A leg of two points is a straight one (straight-line travel): it has no road part to cut out. */
const onStreets = (leg: readonly LngLat[]) => leg.length > 2;

/** The legs' road parts joined into one line; a leg of straight-line travel is kept whole. */
function roadLine(legs: readonly LngLat[][]): Position[] {
  const line: Position[] = [];
  for (const leg of legs) {
    for (const point of onStreets(leg) ? leg.slice(1, -1) : leg) {
      const last = line[line.length - 1];
      if (!last || last[0] !== point.lng || last[1] !== point.lat) line.push(position(point));
    }
  }
  return line;
}

/** Door to road at the start, then road to door at each leg's end (the next leg starts down the same walk). */
function doorWalks(legs: readonly LngLat[][]): Position[][] {
  const street = legs.filter(onStreets);
  if (street.length === 0) return [];
  const first = street[0]!;
  return [
    [position(first[0]!), position(first[1]!)],
    ...street.map((leg) => [position(leg[leg.length - 2]!), position(leg[leg.length - 1]!)]),
  ];
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
