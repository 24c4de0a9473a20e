import { validateStyleMin } from '@maplibre/maplibre-gl-style-spec';
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
});
