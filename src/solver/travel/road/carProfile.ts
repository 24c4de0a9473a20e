/**
 * Which ways a car may use, in which directions, and how fast: the car
 * profile, read from a way's OSM tags alone.
 *
 * Class speeds are free-flow urban averages (close to OSRM's car profile);
 * a parseable `maxspeed` replaces them at 80% of the posted limit, because
 * junctions and traffic keep a car below the sign on average.
 */
import type { OsmTags } from '../../../domain/osm.ts';

export interface CarRoad {
  speedKmh: number;
  /** A car may drive in way order. */
  forward: boolean;
  /** A car may drive against way order. */
  backward: boolean;
}

/** km/h by `highway` value; classes not listed (footway, cycleway, path, steps, pedestrian, track, ...) are not for cars. */
export const CAR_SPEED_KMH: Readonly<Record<string, number>> = {
  motorway: 90,
  motorway_link: 45,
  trunk: 85,
  trunk_link: 40,
  primary: 65,
  primary_link: 30,
  secondary: 55,
  secondary_link: 25,
  tertiary: 40,
  tertiary_link: 20,
  unclassified: 25,
  residential: 25,
  road: 20,
  living_street: 10,
  service: 15,
};

/** The share of a posted limit a car averages on that road. */
export const MAXSPEED_FACTOR = 0.8;

const NO_ACCESS: ReadonlySet<string> = new Set(['no', 'private', 'agricultural', 'forestry', 'emergency']);
const MPH_IN_KMH = 1.609344;

/** The car's view of a way, or null when a car may not use it at all. */
export function carRoad(tags: OsmTags): CarRoad | null {
  const highway = tags.highway;
  if (highway === undefined) return null;
  const classSpeed = CAR_SPEED_KMH[highway];
  if (classSpeed === undefined) return null;
  if (!carAllowed(tags)) return null;

  const oneway = tags.oneway;
  if (oneway === 'reversible' || oneway === 'alternating') return null; // direction changes by time of day
  let forward = true;
  let backward = true;
  if (oneway === 'yes' || oneway === '1' || oneway === 'true') backward = false;
  else if (oneway === '-1' || oneway === 'reverse') forward = false;
  else if (oneway !== 'no' && oneway !== 'false' && oneway !== '0' && impliedOneway(tags)) backward = false;

  const posted = parseMaxspeedKmh(tags.maxspeed);
  const speedKmh = posted !== null ? posted * MAXSPEED_FACTOR : classSpeed;
  return { speedKmh, forward, backward };
}

/** The most specific tag decides: `motor_vehicle` overrides `access`. */
function carAllowed(tags: OsmTags): boolean {
  const motorVehicle = tags.motor_vehicle;
  if (motorVehicle !== undefined) return !NO_ACCESS.has(motorVehicle);
  const access = tags.access;
  return access === undefined || !NO_ACCESS.has(access);
}

function impliedOneway(tags: OsmTags): boolean {
  return (
    tags.highway === 'motorway' ||
    tags.highway === 'motorway_link' ||
    tags.junction === 'roundabout' ||
    tags.junction === 'circular'
  );
}

/**
 * "50", "50 km/h", "30 mph", "50;30" (the first) to km/h; null for what is
 * not a number ("none", "signals", "RU:urban") or not a plausible speed.
 */
export function parseMaxspeedKmh(value: string | undefined): number | null {
  if (value === undefined) return null;
  const match = /^\s*(\d+(?:\.\d+)?)\s*(mph|km\/h|kmh|kph)?\s*(?:;|$)/i.exec(value);
  if (!match) return null;
  const number = Number(match[1]);
  const kmh = match[2]?.toLowerCase() === 'mph' ? number * MPH_IN_KMH : number;
  return kmh >= 5 && kmh <= 200 ? kmh : null;
}
