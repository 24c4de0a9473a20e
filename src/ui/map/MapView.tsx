import 'maplibre-gl/dist/maplibre-gl.css';
import {
  type GeoJSONSource,
  LngLatBounds,
  type MapGeoJSONFeature,
  type MapLayerMouseEvent,
  Map as MapLibreMap,
  setWorkerUrl,
} from 'maplibre-gl';
import maplibreWorkerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?worker&url';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { indexPlan } from '../../domain/planIndex.ts';
import type { LngLat, Scenario } from '../../domain/scenario.ts';
import { moveOrder, moveShopperStart, moveStore } from '../../domain/scenarioEdits.ts';
import { studioStore, useStudio } from '../../state/store.ts';
import { useDay } from '../useDay.ts';
import { useDeferredPlan, useDeferredRouteGeometry } from '../useDeferredPlan.ts';
import { extractBounds } from './basemap/extractBounds.ts';
import { useBasemap } from './basemap/useBasemap.ts';
import { orderFeatures, shopperFeatures, storeFeatures } from './features.ts';
import {
  addScenarioLayers,
  highlightShopper,
  INTERACTIVE_LAYERS,
  SOURCES,
  showLayerGroups,
} from './layers.ts';
import { MapLegend } from './MapLegend.tsx';
import { MapTooltip, type TooltipState } from './MapTooltip.tsx';
import { PLAIN_STYLE } from './mapStyle.ts';
import { NewOrderForm } from './NewOrderForm.tsx';
import { OrderCard } from './OrderCard.tsx';
import { routeLines } from './routeLines.ts';
import { updateSource } from './sourceUpdates.ts';
import { useChangedOrdersHighlight } from './useChangedOrdersHighlight.ts';
import { useFileDrop } from './useFileDrop.ts';
import { type DraggedKind, useMapDragging } from './useMapDragging.ts';
import { useMapGesture } from './useMapGesture.ts';
import { useReassignedHighlight } from './useReassignedHighlight.ts';

// MapLibre 6 is ESM-only: under a bundler its worker must be named explicitly.
setWorkerUrl(maplibreWorkerUrl);

declare global {
  interface Window {
    /** For engineers in devtools and for the browser tests: the live map. */
    dispatchStudioMap?: MapLibreMap;
  }
}

export function MapView() {
  const { stores, orders, shoppers } = useDay();
  const travelModel = useStudio((s) => s.scenario.travel.model);
  const dayName = useStudio((s) => s.scenario.name);
  const plan = useDeferredPlan();
  const routeGeometry = useDeferredRouteGeometry();
  const extract = useStudio((s) => s.extract);
  const selectedShopperId = useStudio((s) => s.selectedShopperId);
  const hiddenLayers = useStudio((s) => s.hiddenLayers);
  const selectShopper = useStudio((s) => s.selectShopper);
  const selectOrder = useStudio((s) => s.selectOrder);
  const editScenario = useStudio((s) => s.editScenario);
  const openExtractFile = useStudio((s) => s.openExtractFile);

  const container = useRef<HTMLElement>(null);
  const [map, setMap] = useState<MapLibreMap | null>(null);
  const [tooltip, setTooltip] = useState<TooltipState | null>(null);
  /** Adding orders: each click on the map opens the new-order form there. */
  const [adding, setAdding] = useState(false);
  const [newOrderAt, setNewOrderAt] = useState<LngLat | null>(null);

  const index = useMemo(() => (plan ? indexPlan(plan) : null), [plan]);
  const lines = useMemo(() => routeLines({ shoppers }, plan, routeGeometry), [shoppers, plan, routeGeometry]);
  const drop = useFileDrop(openExtractFile);

  useBasemap(map, extract);

  const onDrop = useCallback(
    (kind: DraggedKind, id: string, to: LngLat) => {
      const move = kind === 'order' ? moveOrder : kind === 'store' ? moveStore : moveShopperStart;
      editScenario(move(id, to));
    },
    [editScenario],
  );
  useMapDragging(map, onDrop);
  useMapGesture(map);
  useReassignedHighlight(map);
  useChangedOrdersHighlight(map);

  useEffect(() => {
    if (!container.current) return;
    const instance = new MapLibreMap({
      container: container.current,
      style: PLAIN_STYLE,
      // The first frame already shows the scenario; later scenarios and maps are fitted by the effects below.
      bounds: scenarioBounds(studioStore.getState().scenario),
      fitBoundsOptions: { padding: 40 },
      // Expanded, never collapsed to an (i): the OpenStreetMap credit must show whenever the basemap does.
      attributionControl: { compact: false },
      // No multisampling (MapLibre's default): its lines and circles smooth their own edges in the shader, so
      // MSAA adds nothing visible, while rasterising every sample 4× made a software-rendered (SwiftShader)
      // frame over Baltimore about 2.5× slower.
      canvasContextAttributes: { antialias: false },
    });
    instance.on('load', () => {
      addScenarioLayers(instance);
      setMap(instance);
    });
    window.dispatchStudioMap = instance;
    return () => {
      instance.remove();
      window.dispatchStudioMap = undefined;
    };
  }, []);

  useEffect(() => {
    if (map) source(map, SOURCES.stores).setData(storeFeatures({ stores }));
  }, [map, stores]);

  // A new day is framed once; edits to it (a dragged order) leave the view where the planner put it.
  // A day on a street map is framed by its map (below): the whole town, not just where the orders are.
  const straightLineDay = travelModel === 'straight-line' ? dayName : null;
  useEffect(() => {
    if (map && straightLineDay !== null) {
      map.fitBounds(scenarioBounds(studioStore.getState().scenario), { padding: 40, animate: false });
    }
  }, [map, straightLineDay]);

  useEffect(() => {
    const bounds = map && extract && extractBounds(extract);
    if (bounds) map.fitBounds(bounds, { padding: 40, animate: false });
  }, [map, extract]);

  useEffect(() => {
    if (!map) return;
    void updateSource(source(map, SOURCES.orders), orderFeatures({ orders }, index));
    void updateSource(source(map, SOURCES.shoppers), shopperFeatures({ shoppers }, plan));
  }, [map, orders, shoppers, plan, index]);

  useEffect(() => {
    if (!map) return;
    void updateSource(source(map, SOURCES.routes), lines.routes);
    void updateSource(source(map, SOURCES.routeDoors), lines.doors);
  }, [map, lines]);

  useEffect(() => {
    if (map) highlightShopper(map, selectedShopperId);
  }, [map, selectedShopperId]);

  useEffect(() => {
    if (map) showLayerGroups(map, hiddenLayers);
  }, [map, hiddenLayers]);

  useEffect(() => {
    if (!map) return;
    const onMove = (e: MapLayerMouseEvent) => {
      const feature = e.features?.[0];
      map.getCanvas().style.cursor = feature ? 'pointer' : '';
      setTooltip(feature ? { x: e.point.x, y: e.point.y, properties: feature.properties } : null);
    };
    const onLeave = () => {
      map.getCanvas().style.cursor = '';
      setTooltip(null);
    };
    const onClick = (e: MapLayerMouseEvent) => {
      if (adding) {
        setNewOrderAt({ lng: e.lngLat.lng, lat: e.lngLat.lat });
        return;
      }
      const hit = map.queryRenderedFeatures(e.point, { layers: [...INTERACTIVE_LAYERS, 'routes'] })[0];
      selectShopper(hit ? shopperOf(hit) : null);
      selectOrder(hit?.properties.kind === 'order' ? (hit.properties.id as string) : null);
    };
    for (const layer of INTERACTIVE_LAYERS) {
      map.on('mousemove', layer, onMove);
      map.on('mouseleave', layer, onLeave);
    }
    map.on('click', onClick);
    return () => {
      for (const layer of INTERACTIVE_LAYERS) {
        map.off('mousemove', layer, onMove);
        map.off('mouseleave', layer, onLeave);
      }
      map.off('click', onClick);
    };
  }, [map, selectShopper, selectOrder, adding]);

  useEffect(() => {
    if (map) map.getCanvas().style.cursor = adding ? 'crosshair' : '';
  }, [map, adding]);

  return (
    <div className="map-wrap" {...drop.handlers}>
      <section ref={container} className="map" aria-label="Map of stores, orders and shopper routes" />
      {tooltip && <MapTooltip tooltip={tooltip} />}
      <div className="map-tools">
        <button
          type="button"
          aria-pressed={adding}
          title="Click on the map to place a new order"
          onClick={() => {
            setAdding(!adding);
            setNewOrderAt(null);
          }}
        >
          {adding ? 'Adding orders: click the map' : 'Add order'}
        </button>
      </div>
      {newOrderAt ? (
        <NewOrderForm
          key={`${newOrderAt.lng},${newOrderAt.lat}`}
          at={newOrderAt}
          onClose={() => setNewOrderAt(null)}
        />
      ) : (
        <OrderCard index={index} />
      )}
      <MapLegend />
      {drop.over && (
        <div className="drop-hint" data-testid="drop-hint">
          Drop an .osm.pbf file to plan a day on its streets
        </div>
      )}
    </div>
  );
}

function source(map: MapLibreMap, id: string): GeoJSONSource {
  return map.getSource(id) as GeoJSONSource;
}

function shopperOf(feature: MapGeoJSONFeature): string | null {
  const p = feature.properties;
  if (p.kind === 'shopper') return p.id as string;
  return typeof p.shopperId === 'string' && p.shopperId !== '' ? p.shopperId : null;
}

function scenarioBounds(scenario: Scenario): LngLatBounds {
  const bounds = new LngLatBounds();
  for (const s of scenario.stores) bounds.extend([s.location.lng, s.location.lat]);
  for (const o of scenario.orders) bounds.extend([o.location.lng, o.location.lat]);
  for (const p of scenario.shoppers) bounds.extend([p.start.lng, p.start.lat]);
  return bounds;
}
