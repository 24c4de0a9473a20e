/**
 * The validator's own measure of a leg on the road network: plain Dijkstra
 * on the road graph (`road/dijkstra.ts`), not the contraction hierarchy the
 * engine's matrix comes from, so a plan is never checked against the numbers
 * it was made with. Times per vehicle follow the road model of
 * `RoadTravel`: the car's time on the network, e-bikes and walkers the same
 * path's length at their own speed, each divided by the shopper's factor.
 *
 * A place's first leg searches only as far as that leg's end: most places
 * (a customer's door, a shopper's start) have one leg leaving them. A second
 * leg from the same place searches to every location of the scenario, kept
 * for the legs that leave it later (a store's).
 */
import type { LngLat, Scenario } from '../../domain/scenario.ts';
import { dijkstraRow, type TravelRow } from '../travel/road/dijkstra.ts';
import type { RoadNetwork } from '../travel/road/roadNetwork.ts';
import { snapNamed } from '../travel/snapNamed.ts';
import type { LegMeasure } from './validatePlan.ts';

export function roadLegs(scenario: Scenario, network: RoadNetwork): LegMeasure {
  const places = new Map<string, number>();
  const points: LngLat[] = [];
  const names: string[] = [];
  const add = (point: LngLat, name: string) => {
    if (places.has(key(point))) return;
    places.set(key(point), points.length);
    points.push(point);
    names.push(name);
  };
  for (const store of scenario.stores) add(store.location, `store "${store.id}"`);
  for (const order of scenario.orders) add(order.location, `order "${order.id}"`);
  for (const shopper of scenario.shoppers) add(shopper.start, `shopper "${shopper.id}"`);
  const snapped = snapNamed(network, points, names);
  /** Each place's search: to one leg's end (`to`), or to every place (`to` null). */
  const searched = new Map<number, { to: number | null; row: TravelRow }>();
  const { speedsKmh } = scenario.travel;

  return (from, to, shopper) => {
    const i = places.get(key(from));
    const j = places.get(key(to));
    if (i === undefined || j === undefined)
      throw new Error('a leg from or to a place that is not in the scenario');
    let search = searched.get(i);
    if (!search || (search.to !== null && search.to !== j)) {
      search = search
        ? { to: null, row: dijkstraRow(network.graph, snapped[i]!, snapped) }
        : { to: j, row: dijkstraRow(network.graph, snapped[i]!, [snapped[j]!]) };
      searched.set(i, search);
    }
    const k = search.to === null ? j : 0;
    const distance = search.row.lengthM[k]!;
    const factor = shopper.speedFactor ?? 1;
    const time =
      shopper.vehicle === 'car'
        ? search.row.timeS[k]! / factor
        : distance / ((speedsKmh[shopper.vehicle] * factor) / 3.6);
    return { distance, time };
  };
}

const key = (p: LngLat) => `${p.lng},${p.lat}`;
