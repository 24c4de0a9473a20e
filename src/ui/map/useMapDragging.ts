import type { GeoJSONSource, MapLayerMouseEvent, Map as MapLibreMap, MapMouseEvent } from 'maplibre-gl';
import { useEffect } from 'react';
import type { LngLat } from '../../domain/scenario.ts';
import { INTERACTIVE_LAYERS, SOURCES } from './layers.ts';

export type DraggedKind = 'order' | 'store' | 'shopper';

/** Below this many pixels a press is a click, as MapLibre's own click tolerance. */
const DRAG_TOLERANCE_PX = 3;

/**
 * Dragging a door, a store or a shopper's start: a ghost follows the
 * pointer, and the drop is one call to `onDrop` (one scenario edit, so one
 * re-solve and one undo step). The map does not pan while a point is dragged.
 */
export function useMapDragging(
  map: MapLibreMap | null,
  onDrop: (kind: DraggedKind, id: string, to: LngLat) => void,
): void {
  useEffect(() => {
    if (!map) return;
    const ghost = map.getSource(SOURCES.drag) as GeoJSONSource;
    const showGhost = (at: LngLat | null) =>
      ghost.setData({
        type: 'FeatureCollection',
        features: at
          ? [{ type: 'Feature', properties: {}, geometry: { type: 'Point', coordinates: [at.lng, at.lat] } }]
          : [],
      });
    let dragging: { kind: DraggedKind; id: string; x: number; y: number; moved: boolean } | null = null;

    const onDown = (e: MapLayerMouseEvent) => {
      const feature = e.features?.[0];
      if (!feature || e.originalEvent.button !== 0) return;
      // Keeps MapLibre from panning with this press.
      e.preventDefault();
      dragging = {
        kind: feature.properties.kind,
        id: feature.properties.id,
        x: e.point.x,
        y: e.point.y,
        moved: false,
      };
    };
    const onMove = (e: MapMouseEvent) => {
      if (!dragging) return;
      if (!dragging.moved && Math.hypot(e.point.x - dragging.x, e.point.y - dragging.y) < DRAG_TOLERANCE_PX)
        return;
      dragging.moved = true;
      map.getCanvas().style.cursor = 'grabbing';
      showGhost({ lng: e.lngLat.lng, lat: e.lngLat.lat });
    };
    const onUp = (e: MapMouseEvent) => {
      const done = dragging;
      dragging = null;
      if (!done?.moved) return;
      map.getCanvas().style.cursor = '';
      showGhost(null);
      onDrop(done.kind, done.id, { lng: e.lngLat.lng, lat: e.lngLat.lat });
    };
    for (const layer of INTERACTIVE_LAYERS) map.on('mousedown', layer, onDown);
    map.on('mousemove', onMove);
    map.on('mouseup', onUp);
    return () => {
      for (const layer of INTERACTIVE_LAYERS) map.off('mousedown', layer, onDown);
      map.off('mousemove', onMove);
      map.off('mouseup', onUp);
    };
  }, [map, onDrop]);
}
