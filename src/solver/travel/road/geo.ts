/**
 * Distances on the Earth (straight-line travel uses them too): haversine for lengths that are
 * reported, and a local equirectangular projection (metres) for geometry
 * that only has to be right over a city, like finding the nearest segment.
 */

export const EARTH_RADIUS_M = 6_371_008.8;
const RAD = Math.PI / 180;
/** Metres per degree of latitude (and of longitude at the equator). */
export const METRES_PER_DEGREE = EARTH_RADIUS_M * RAD;

export function haversineMetres(lat1: number, lon1: number, lat2: number, lon2: number): number {
  const dLat = (lat2 - lat1) * RAD;
  const dLon = (lon2 - lon1) * RAD;
  const s = Math.sin(dLat / 2);
  const t = Math.sin(dLon / 2);
  const h = s * s + Math.cos(lat1 * RAD) * Math.cos(lat2 * RAD) * t * t;
  return 2 * EARTH_RADIUS_M * Math.asin(Math.min(1, Math.sqrt(h)));
}

/**
 * Longitude/latitude to local metres around a reference latitude. Over a
 * city (tens of km) the error against the true distance is well under 1%,
 * and it keeps "nearest segment" a cheap planar computation.
 */
export interface LocalProjection {
  /** Metres per degree of longitude at the reference latitude. */
  metresPerDegreeLon: number;
  metresPerDegreeLat: number;
}

export function localProjection(referenceLat: number): LocalProjection {
  return {
    metresPerDegreeLon: METRES_PER_DEGREE * Math.cos(referenceLat * RAD),
    metresPerDegreeLat: METRES_PER_DEGREE,
  };
}
