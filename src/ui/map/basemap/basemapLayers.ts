/**
 * MapLibre layers of the basemap, bottom to top: land, parks, water,
 * buildings, paths, road casings, road fills, bridges (casing and fill, above
 * every road) and street names. All ids start with `basemap-`; the app's own
 * layers go above them (see `applyBasemap.ts`).
 */
import type { ExpressionSpecification, LayerSpecification } from 'maplibre-gl';
import { LINE_CAP, LINE_JOIN } from '../drawCost.ts';
import {
  BUILDING,
  BUILDING_OUTLINE,
  LABEL,
  LABEL_HALO,
  LAND,
  PARK,
  PATH,
  ROAD_CASING,
  ROAD_FILL,
  WATER,
} from './basemapPalette.ts';
import { ROAD_CLASSES, type RoadClass } from './basemapTypes.ts';
import { LABEL_FONT } from './glyphs.ts';

export const BASEMAP_SOURCES = {
  roads: 'basemap-roads',
  water: 'basemap-water',
  parks: 'basemap-parks',
  buildings: 'basemap-buildings',
} as const;

/** Zoom levels at which road widths are given; MapLibre interpolates between them. */
const WIDTH_ZOOMS = [8, 12, 15, 18] as const;

/** Fill width in pixels at each of WIDTH_ZOOMS. */
const ROAD_WIDTH: Readonly<Record<RoadClass, readonly number[]>> = {
  motorway: [0.8, 2.5, 7, 18],
  trunk: [0.6, 2.2, 6.5, 17],
  primary: [0.5, 2, 6, 16],
  secondary: [0.3, 1.6, 5, 14],
  tertiary: [0.2, 1.2, 4.5, 13],
  residential: [0, 0.6, 3.2, 10],
  service: [0, 0, 1.5, 6],
  other: [0, 0, 0.8, 2],
};

/** Casing added on each side, at each of WIDTH_ZOOMS: none when zoomed out, where casings would smudge. */
const CASING_WIDTH = [0, 0.4, 0.8, 1.2] as const;

const DRAWN_AS_ROAD: ExpressionSpecification = ['!=', ['get', 'class'], 'other'];
/**
 * Alleys, driveways and parking aisles: below zoom 13 less than a pixel wide,
 * a grey haze over the whole town rather than streets anyone reads, and in
 * Baltimore two in five of the streets' vertices.
 */
const SERVICE_FROM_ZOOM = 13;
const drawnAtZoom: ExpressionSpecification = [
  'any',
  ['!=', ['get', 'class'], 'service'],
  ['>=', ['zoom'], SERVICE_FROM_ZOOM],
];
const isBridge: ExpressionSpecification = ['get', 'bridge'];
/** Tunnels show faded: the route runs there, but under the harbour, not across it. */
const tunnelOpacity: ExpressionSpecification = ['case', ['get', 'tunnel'], 0.4, 1];

/** `['match', ['get', 'class'], 'motorway', value, 'trunk', value, …, fallback]`, the fallback being 'other''s. */
function byClass(value: (c: RoadClass) => string | number): ExpressionSpecification {
  const [first, ...rest] = ROAD_CLASSES;
  return [
    'match',
    ['get', 'class'],
    first,
    value(first),
    ...rest.flatMap((c) => [c, value(c)]),
    value('other'),
  ];
}

/** Most important roads draw last, so a motorway runs over the street it crosses. */
const roadRank = byClass((c) => ROAD_CLASSES.length - ROAD_CLASSES.indexOf(c));

function roadWidth(casing: boolean): ExpressionSpecification {
  return [
    'interpolate',
    ['exponential', 1.5],
    ['zoom'],
    ...WIDTH_ZOOMS.flatMap((zoom, z) => [
      zoom,
      byClass((c) => ROAD_WIDTH[c][z]! + (casing ? 2 * CASING_WIDTH[z]! : 0)),
    ]),
  ];
}

function roadLayers(bridges: boolean): LayerSpecification[] {
  const prefix = bridges ? 'basemap-bridge' : 'basemap-road';
  const filter: ExpressionSpecification = [
    'all',
    DRAWN_AS_ROAD,
    drawnAtZoom,
    bridges ? isBridge : ['!', isBridge],
  ];
  const layout = { 'line-join': LINE_JOIN, 'line-cap': LINE_CAP, 'line-sort-key': roadRank } as const;
  return [
    {
      id: `${prefix}-casing`,
      type: 'line',
      source: BASEMAP_SOURCES.roads,
      filter,
      layout,
      paint: {
        'line-color': byClass((c) => ROAD_CASING[c]),
        'line-width': roadWidth(true),
        'line-opacity': tunnelOpacity,
      },
    },
    {
      id: prefix,
      type: 'line',
      source: BASEMAP_SOURCES.roads,
      filter,
      layout,
      paint: {
        'line-color': byClass((c) => ROAD_FILL[c]),
        'line-width': roadWidth(false),
        'line-opacity': tunnelOpacity,
      },
    },
  ];
}

export const BASEMAP_LAYERS: readonly LayerSpecification[] = [
  // Covers the plain style's background while the basemap is shown, and leaves with it.
  { id: 'basemap-land', type: 'background', paint: { 'background-color': LAND } },
  { id: 'basemap-parks', type: 'fill', source: BASEMAP_SOURCES.parks, paint: { 'fill-color': PARK } },
  { id: 'basemap-water', type: 'fill', source: BASEMAP_SOURCES.water, paint: { 'fill-color': WATER } },
  {
    id: 'basemap-buildings',
    type: 'fill',
    source: BASEMAP_SOURCES.buildings,
    minzoom: 14,
    paint: {
      'fill-color': BUILDING,
      'fill-outline-color': BUILDING_OUTLINE,
      'fill-opacity': ['interpolate', ['linear'], ['zoom'], 14, 0, 15, 1],
    },
  },
  {
    id: 'basemap-paths',
    type: 'line',
    source: BASEMAP_SOURCES.roads,
    minzoom: 14,
    filter: ['!', DRAWN_AS_ROAD],
    layout: { 'line-join': 'round' },
    paint: { 'line-color': PATH, 'line-width': roadWidth(false), 'line-dasharray': [2, 1.5] },
  },
  ...roadLayers(false),
  ...roadLayers(true),
  {
    id: 'basemap-road-labels',
    type: 'symbol',
    source: BASEMAP_SOURCES.roads,
    minzoom: 13,
    filter: ['all', ['!=', ['get', 'name'], ''], DRAWN_AS_ROAD, ['!=', ['get', 'class'], 'service']],
    layout: {
      'symbol-placement': 'line',
      'symbol-sort-key': ['-', roadRank],
      'text-field': ['get', 'name'],
      'text-font': [LABEL_FONT],
      'text-size': ['interpolate', ['linear'], ['zoom'], 13, 10, 16, 12, 18, 14],
      'text-max-angle': 30,
      'text-padding': 4,
    },
    paint: { 'text-color': LABEL, 'text-halo-color': LABEL_HALO, 'text-halo-width': 1.5 },
  },
];

export const BASEMAP_LAYER_IDS: readonly string[] = BASEMAP_LAYERS.map((layer) => layer.id);
