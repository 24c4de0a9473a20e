/** The scenario's map layers: one GeoJSON source each, styled from feature properties. */
import type { ExpressionSpecification, Map as MapLibreMap } from 'maplibre-gl';
import { STATUS_COLORS } from './palette.ts';

export const SOURCES = {
  stores: 'stores',
  orders: 'orders',
  shoppers: 'shoppers',
  routes: 'routes',
  routeDoors: 'route-doors',
} as const;

/** Layers that answer hover and click. */
export const INTERACTIVE_LAYERS = ['orders', 'stores', 'shopper-starts'] as const;

const EMPTY: GeoJSON.FeatureCollection = { type: 'FeatureCollection', features: [] };

const statusColor: ExpressionSpecification = [
  'match',
  ['get', 'status'],
  'on-time',
  STATUS_COLORS['on-time'],
  'late',
  STATUS_COLORS.late,
  'unassigned',
  STATUS_COLORS.unassigned,
  STATUS_COLORS.pending,
];

export function addScenarioLayers(map: MapLibreMap): void {
  for (const id of Object.values(SOURCES)) map.addSource(id, { type: 'geojson', data: EMPTY });
  // The few metres between a door and the road, dotted: on foot, off the street the route line follows.
  map.addLayer({
    id: 'route-doors',
    type: 'line',
    source: SOURCES.routeDoors,
    layout: { 'line-cap': 'round' },
    paint: {
      'line-color': ['get', 'color'],
      'line-width': 1.5,
      'line-dasharray': [1, 2],
      'line-opacity': 0.85,
    },
  });
  map.addLayer({
    id: 'routes-casing',
    type: 'line',
    source: SOURCES.routes,
    layout: { 'line-join': 'round', 'line-cap': 'round' },
    paint: { 'line-color': '#ffffff', 'line-width': 4.5, 'line-opacity': 0.7 },
  });
  map.addLayer({
    id: 'routes',
    type: 'line',
    source: SOURCES.routes,
    layout: { 'line-join': 'round', 'line-cap': 'round' },
    paint: { 'line-color': ['get', 'color'], 'line-width': 2.5, 'line-opacity': 0.85 },
  });
  map.addLayer({
    id: 'orders',
    type: 'circle',
    source: SOURCES.orders,
    paint: {
      'circle-radius': ['interpolate', ['linear'], ['zoom'], 10, 3.5, 15, 7],
      'circle-color': statusColor,
      'circle-stroke-color': '#ffffff',
      'circle-stroke-width': 1,
    },
  });
  map.addLayer({
    id: 'shopper-starts',
    type: 'circle',
    source: SOURCES.shoppers,
    paint: {
      'circle-radius': 4,
      'circle-color': ['get', 'color'],
      'circle-opacity': ['case', ['get', 'active'], 1, 0.35],
      'circle-stroke-color': '#0f172a',
      'circle-stroke-width': 1.5,
    },
  });
  map.addLayer({
    id: 'stores',
    type: 'circle',
    source: SOURCES.stores,
    paint: {
      'circle-radius': 9,
      'circle-color': '#14532d',
      'circle-stroke-color': '#fde047',
      'circle-stroke-width': 3,
    },
  });
}

/** Brings one shopper's route forward and fades the others; null shows all alike. */
export function highlightShopper(map: MapLibreMap, shopperId: string | null): void {
  const isSelected: ExpressionSpecification = ['==', ['get', 'shopperId'], shopperId ?? ''];
  map.setPaintProperty('routes', 'line-opacity', shopperId ? ['case', isSelected, 1, 0.12] : 0.85);
  map.setPaintProperty('route-doors', 'line-opacity', shopperId ? ['case', isSelected, 1, 0.12] : 0.85);
  map.setPaintProperty('routes', 'line-width', shopperId ? ['case', isSelected, 5, 2] : 2.5);
  map.setPaintProperty('routes-casing', 'line-opacity', shopperId ? ['case', isSelected, 0.9, 0] : 0.7);
  map.setPaintProperty('routes-casing', 'line-width', shopperId ? ['case', isSelected, 8, 4.5] : 4.5);
  map.setPaintProperty('orders', 'circle-opacity', shopperId ? ['case', isSelected, 1, 0.35] : 1);
}
