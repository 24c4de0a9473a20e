import { featureFilter, validateStyleMin } from '@maplibre/maplibre-gl-style-spec';
import type { SourceSpecification, StyleSpecification } from 'maplibre-gl';
import { describe, expect, it } from 'vitest';
import { BASEMAP_LAYER_IDS, BASEMAP_LAYERS, BASEMAP_SOURCES } from './basemapLayers.ts';
import { glyphsUrl } from './glyphs.ts';

describe('basemap layers', () => {
  it('form a valid MapLibre style with their sources and the local glyphs', () => {
    const sources: Record<string, SourceSpecification> = {};
    for (const id of Object.values(BASEMAP_SOURCES)) {
      sources[id] = { type: 'geojson', data: { type: 'FeatureCollection', features: [] } };
    }
    const style: StyleSpecification = {
      version: 8,
      glyphs: glyphsUrl('http://127.0.0.1:4173'),
      sources,
      layers: [...BASEMAP_LAYERS],
    };
    expect(validateStyleMin(style).map((e) => e.message)).toEqual([]);
  });

  it('have unique ids under one prefix, so the app can tell them from its own', () => {
    expect(new Set(BASEMAP_LAYER_IDS).size).toBe(BASEMAP_LAYER_IDS.length);
    for (const id of BASEMAP_LAYER_IDS) expect(id).toMatch(/^basemap-/);
  });

  it('leave alleys out of the whole-town view and draw them from zoom 13, with the other streets', () => {
    const drawnIn = (cls: string, zoom: number) =>
      BASEMAP_LAYERS.filter((layer, i) => {
        if (layer.type !== 'line' || layer.source !== BASEMAP_SOURCES.roads || layer.id === 'basemap-paths')
          return false;
        const filter = featureFilter(layer.filter, `layers[${i}].filter`);
        const properties = { class: cls, name: '', oneway: false, bridge: false, tunnel: false };
        return filter.filter({ zoom }, { type: 2, properties });
      }).map((layer) => layer.id);
    expect(drawnIn('service', 12)).toEqual([]);
    expect(drawnIn('service', 13)).toEqual(['basemap-road-casing', 'basemap-road']);
    expect(drawnIn('residential', 12)).toEqual(['basemap-road-casing', 'basemap-road']);
  });
});
