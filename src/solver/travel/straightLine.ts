/**
 * Straight-line travel: great-circle distance stretched by a circuity factor
 * (streets are never straight), driven at a constant speed per vehicle type.
 */
import type { LngLat } from '../../domain/scenario.ts';
import type { TravelMatrix } from './travelMatrix.ts';

const EARTH_RADIUS_M = 6_371_008.8;
const RAD = Math.PI / 180;

function haversineMetres(a: LngLat, b: LngLat): number {
  const dLat = (b.lat - a.lat) * RAD;
  const dLng = (b.lng - a.lng) * RAD;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a.lat * RAD) * Math.cos(b.lat * RAD) * Math.sin(dLng / 2) ** 2;
  return 2 * EARTH_RADIUS_M * Math.asin(Math.min(1, Math.sqrt(h)));
}

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
  const distance = haversineMetres(a, b) * circuity;
  return { distance, time: distance / (speedKmh / 3.6) };
}

export function straightLineMatrix(points: readonly LngLat[], settings: StraightLineSettings): TravelMatrix {
  const size = points.length;
  const distance = new Float64Array(size * size);
  for (let i = 0; i < size; i++) {
    for (let j = i + 1; j < size; j++) {
      const d = haversineMetres(points[i]!, points[j]!) * settings.circuity;
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
