/**
 * A light, quiet basemap in the manner of Carto's Positron: the scenario's
 * stores, orders and routes are the picture, the streets are the context.
 */
import type { RoadClass } from './basemapTypes.ts';

export const LAND = '#f4f3ef';
export const WATER = '#c9dceb';
export const PARK = '#dcebd3';
export const BUILDING = '#e6e2db';
export const BUILDING_OUTLINE = '#d9d3ca';
export const PATH = '#d6d2ca';
export const LABEL = '#6f6f6f';
export const LABEL_HALO = '#ffffff';

/** Arterials a touch warmer than the white minor streets, so the network reads at a glance. */
export const ROAD_FILL: Readonly<Record<RoadClass, string>> = {
  motorway: '#fbe4c2',
  trunk: '#fcebd1',
  primary: '#fdf1df',
  secondary: '#fef8ee',
  tertiary: '#ffffff',
  residential: '#ffffff',
  service: '#ffffff',
  other: PATH,
};

export const ROAD_CASING: Readonly<Record<RoadClass, string>> = {
  motorway: '#e2c08f',
  trunk: '#e2cba7',
  primary: '#ddcfb8',
  secondary: '#d8d1c5',
  tertiary: '#cfcdc8',
  residential: '#d3d1cc',
  service: '#dbd9d4',
  other: PATH,
};
