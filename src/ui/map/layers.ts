/** The scenario's map layers: one GeoJSON source each, styled from feature properties. */
import type { ExpressionSpecification, Map as MapLibreMap } from 'maplibre-gl';
import type { LayerGroup } from '../../state/selectionSlice.ts';
import { LINE_CAP, LINE_JOIN, TILE_BUFFER_PX } from './drawCost.ts';
import { CHANGED_COLOR, REASSIGNED_COLOR, STATUS_COLORS } from './palette.ts';

export const SOURCES = {
  stores: 'stores',
  orders: 'orders',
  shoppers: 'shoppers',
  routes: 'routes',
  routeDoors: 'route-doors',
  /** Where a door, store or shopper start being dragged would land. */
  drag: 'drag',
  /** Orders the latest re-solve gave to another shopper, for a few seconds. */
  reassigned: 'reassigned',
  /** Orders that differ from the baseline, while the Compare tab shows them. */
  changed: 'changed',
} as const;

/** The map's layers in each group a planner shows or hides. */
const GROUP_LAYERS: Record<LayerGroup, readonly string[]> = {
  routes: ['routes', 'routes-casing', 'route-doors'],
  orders: ['orders', 'reassigned-orders', 'changed-orders'],
  stores: ['stores'],
  shoppers: ['shopper-starts'],
};

/** Shows every group but the hidden ones. */
export function showLayerGroups(map: MapLibreMap, hidden: readonly LayerGroup[]): void {
  for (const [group, layers] of Object.entries(GROUP_LAYERS) as [LayerGroup, readonly string[]][]) {
    const visibility = hidden.includes(group) ? 'none' : 'visible';
    for (const layer of layers) map.setLayoutProperty(layer, 'visibility', visibility);
  }
}

/** Layers that answer hover and click. */
export const INTERACTIVE_LAYERS = ['orders', 'stores', 'shopper-starts'] as const;

/** A source with nothing in it. */
export const EMPTY: GeoJSON.FeatureCollection = { type: 'FeatureCollection', features: [] };

/**
 * The white halo under the routes shows from this zoom. Further out it is a
 * pixel either side of a route that nobody notices, yet, drawn under every
 * route, it was a quarter of the vertices of a software-rendered frame over
 * Baltimore. A selected route keeps its wider halo at every zoom.
 */
const CASING_FROM_ZOOM = 13;
const CASING_ZOOMED_IN: ExpressionSpecification = ['>=', ['zoom'], CASING_FROM_ZOOM];

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
  for (const id of Object.values(SOURCES)) {
    map.addSource(id, { type: 'geojson', data: EMPTY, buffer: TILE_BUFFER_PX });
  }
  // The few metres between a door and the road, dotted: on foot, off the street the route line follows.
  // Zoomed out further, nearly every walk (99 in 100 in Baltimore) is shorter than the radius of the order's
  // circle drawn over it.
  map.addLayer({
    id: 'route-doors',
    type: 'line',
    source: SOURCES.routeDoors,
    minzoom: 13,
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
    filter: CASING_ZOOMED_IN,
    layout: { 'line-join': LINE_JOIN, 'line-cap': LINE_CAP },
    paint: { 'line-color': '#ffffff', 'line-width': 4.5, 'line-opacity': 0.7 },
  });
  map.addLayer({
    id: 'routes',
    type: 'line',
    source: SOURCES.routes,
    layout: { 'line-join': LINE_JOIN, 'line-cap': LINE_CAP },
    paint: { 'line-color': ['get', 'color'], 'line-width': 2.5, 'line-opacity': 0.85 },
  });
  // Under the orders: the order's own colour (on time, late, unassigned) stays readable on top of the disc.
  map.addLayer({
    id: 'changed-orders',
    type: 'circle',
    source: SOURCES.changed,
    paint: {
      'circle-radius': ['interpolate', ['linear'], ['zoom'], 10, 7, 15, 12],
      'circle-color': CHANGED_COLOR,
      'circle-opacity': 0.25,
      'circle-stroke-color': CHANGED_COLOR,
      'circle-stroke-width': 2,
    },
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
    id: 'reassigned-orders',
    type: 'circle',
    source: SOURCES.reassigned,
    paint: {
      'circle-radius': ['interpolate', ['linear'], ['zoom'], 10, 8, 15, 13],
      'circle-opacity': 0,
      'circle-stroke-color': REASSIGNED_COLOR,
      'circle-stroke-width': 2.5,
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
  map.addLayer({
    id: 'drag-ghost',
    type: 'circle',
    source: SOURCES.drag,
    paint: {
      'circle-radius': 9,
      'circle-color': 'rgba(37, 99, 235, 0.25)',
      'circle-stroke-color': '#2563eb',
      'circle-stroke-width': 2,
    },
  });
}

/** Brings one shopper's route forward and fades the others; null shows all alike. */
export function highlightShopper(map: MapLibreMap, shopperId: string | null): void {
  const isSelected: ExpressionSpecification = ['==', ['get', 'shopperId'], shopperId ?? ''];
  map.setPaintProperty('routes', 'line-opacity', shopperId ? ['case', isSelected, 1, 0.12] : 0.85);
  map.setPaintProperty('route-doors', 'line-opacity', shopperId ? ['case', isSelected, 1, 0.12] : 0.85);
  map.setPaintProperty('routes', 'line-width', shopperId ? ['case', isSelected, 5, 2] : 2.5);
  // The selected route's halo alone: the others' would still be drawn, at opacity 0, and cost as much.
  map.setFilter('routes-casing', shopperId ? isSelected : CASING_ZOOMED_IN);
  map.setPaintProperty('routes-casing', 'line-opacity', shopperId ? 0.9 : 0.7);
  map.setPaintProperty('routes-casing', 'line-width', shopperId ? 8 : 4.5);
  map.setPaintProperty('orders', 'circle-opacity', shopperId ? ['case', isSelected, 1, 0.35] : 1);
}
