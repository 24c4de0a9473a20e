/**
 * A local equirectangular projection between plane metres and degrees. Over a
 * few kilometres its error is far below a metre, and it keeps the city a true
 * square in metres whatever its latitude.
 */
import type { Vec } from './geometry.ts';

export interface LatLon {
  lat: number;
  lon: number;
}

export interface LocalProjection {
  readonly centre: LatLon;
  /** The scale: metres per degree of latitude and of longitude (the projection is linear in both). */
  readonly metresPerDegree: LatLon;
  toLatLon(p: Vec): LatLon;
  toMetres(p: LatLon): Vec;
}

/** Mean Earth radius (IUGG), metres. */
const EARTH_RADIUS = 6_371_008.8;
const METRES_PER_DEGREE = (EARTH_RADIUS * Math.PI) / 180;

export function localProjection(centre: LatLon): LocalProjection {
  const metresPerDegreeLon = METRES_PER_DEGREE * Math.cos((centre.lat * Math.PI) / 180);
  return {
    centre,
    metresPerDegree: { lat: METRES_PER_DEGREE, lon: metresPerDegreeLon },
    toLatLon: (p) => ({
      lat: centre.lat + p.y / METRES_PER_DEGREE,
      lon: centre.lon + p.x / metresPerDegreeLon,
    }),
    toMetres: (p) => ({
      x: (p.lon - centre.lon) * metresPerDegreeLon,
      y: (p.lat - centre.lat) * METRES_PER_DEGREE,
    }),
  };
}
