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
import { useEffect, useMemo, useRef, useState } from 'react';
import { indexPlan } from '../../domain/planIndex.ts';
import type { Scenario } from '../../domain/scenario.ts';
import { studioStore, useStudio } from '../../state/store.ts';
import { orderFeatures, routeFeatures, shopperFeatures, storeFeatures } from './features.ts';
import { addScenarioLayers, highlightShopper, INTERACTIVE_LAYERS, SOURCES } from './layers.ts';
import { MapTooltip, type TooltipState } from './MapTooltip.tsx';
import { PLAIN_STYLE } from './mapStyle.ts';

// MapLibre 6 is ESM-only: under a bundler its worker must be named explicitly.
setWorkerUrl(maplibreWorkerUrl);

declare global {
  interface Window {
    /** For engineers in devtools and for the browser tests: the live map. */
    dispatchStudioMap?: MapLibreMap;
  }
}

export function MapView() {
  const scenario = useStudio((s) => s.scenario);
  const plan = useStudio((s) => s.plan);
  const selectedShopperId = useStudio((s) => s.selectedShopperId);
  const selectShopper = useStudio((s) => s.selectShopper);

  const container = useRef<HTMLElement>(null);
  const [map, setMap] = useState<MapLibreMap | null>(null);
  const [tooltip, setTooltip] = useState<TooltipState | null>(null);

  const index = useMemo(() => (plan ? indexPlan(plan) : null), [plan]);

  useEffect(() => {
    if (!container.current) return;
    const instance = new MapLibreMap({
      container: container.current,
      style: PLAIN_STYLE,
      // The first frame already shows the scenario; later scenarios are fitted by the effect below.
      bounds: scenarioBounds(studioStore.getState().scenario),
      fitBoundsOptions: { padding: 40 },
      attributionControl: { compact: true },
      // Sharper lines on the shared SwiftShader canvas of the browser tests cost nothing here.
      canvasContextAttributes: { antialias: true },
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
    if (!map) return;
    source(map, SOURCES.stores).setData(storeFeatures(scenario));
    map.fitBounds(scenarioBounds(scenario), { padding: 40, animate: false });
  }, [map, scenario]);

  useEffect(() => {
    if (!map) return;
    source(map, SOURCES.orders).setData(orderFeatures(scenario, index));
    source(map, SOURCES.shoppers).setData(shopperFeatures(scenario, plan));
    source(map, SOURCES.routes).setData(routeFeatures(scenario, plan));
  }, [map, scenario, plan, index]);

  useEffect(() => {
    if (map) highlightShopper(map, selectedShopperId);
  }, [map, selectedShopperId]);

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
      const hit = map.queryRenderedFeatures(e.point, { layers: [...INTERACTIVE_LAYERS, 'routes'] })[0];
      selectShopper(hit ? shopperOf(hit) : null);
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
  }, [map, selectShopper]);

  return (
    <div className="map-wrap">
      <section ref={container} className="map" aria-label="Map of stores, orders and shopper routes" />
      {tooltip && <MapTooltip tooltip={tooltip} />}
      <MapLegend />
    </div>
  );
}

function MapLegend() {
  return (
    <ul className="map-legend" aria-label="Legend">
      <li>
        <span className="swatch store" /> Store
      </li>
      <li>
        <span className="swatch on-time" /> On time
      </li>
      <li>
        <span className="swatch late" /> Late
      </li>
      <li>
        <span className="swatch unassigned" /> Unassigned
      </li>
      <li>
        <span className="swatch shopper" /> Shopper start
      </li>
    </ul>
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
