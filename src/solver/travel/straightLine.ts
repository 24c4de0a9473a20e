/**
 * Straight-line travel: great-circle distance stretched by a circuity factor
 * (streets are never straight), driven at a constant speed per vehicle type.
 */
import type { LngLat } from '../../domain/scenario.ts';
import { haversineMetres } from './road/geo.ts';
import type { TravelMatrix } from './travelMatrix.ts';

const haversine = (a: LngLat, b: LngLat): number => haversineMetres(a.lat, a.lng, b.lat, b.lng);

export interface StraightLineSettings {
  circuity: number;
  /** One speed per profile, km/h. */
  speedsKmh: readonly number[];
}

/** Road-ish distance (metres) and time (seconds) of one leg. */
export function straightLineLeg(
  a: LngLat,
  b: LngLat,
  circuity: number,
  speedKmh: number,
): { distance: number; time: number } {
  const distance = haversine(a, b) * circuity;
  return { distance, time: distance / (speedKmh / 3.6) };
}

export function straightLineMatrix(points: readonly LngLat[], settings: StraightLineSettings): TravelMatrix {
  const size = points.length;
  const distance = new Float64Array(size * size);
  for (let i = 0; i < size; i++) {
    for (let j = i + 1; j < size; j++) {
      const d = haversine(points[i]!, points[j]!) * settings.circuity;
      distance[i * size + j] = d;
      distance[j * size + i] = d;
    }
  }
  const time = settings.speedsKmh.map((kmh) => {
    const secondsPerMetre = 3.6 / kmh;
    return distance.map((d) => d * secondsPerMetre);
  });
  return { size, distance, time };
}
