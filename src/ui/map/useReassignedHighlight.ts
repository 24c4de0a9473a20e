import type { GeoJSONSource, Map as MapLibreMap } from 'maplibre-gl';
import { useEffect, useMemo } from 'react';
import { reassignedOrders } from '../../domain/planDiff.ts';
import { studioStore, useStudio } from '../../state/store.ts';
import { useDeferredPlan } from '../useDeferredPlan.ts';
import { orderRingFeatures } from './features.ts';
import { EMPTY, SOURCES } from './layers.ts';
import { updateSource } from './sourceUpdates.ts';

/** How long the rings stay after the last plan that moved orders: long enough to see, short enough not to clutter. */
const REASSIGNED_HIGHLIGHT_MS = 4000;

/**
 * Rings the orders that the re-solve under way (or just finished) gave to
 * another shopper than the plan it started from had, until a few seconds
 * after the last plan that did.
 */
export function useReassignedHighlight(map: MapLibreMap | null): void {
  const plan = useDeferredPlan();
  const startedFrom = useStudio((s) => s.solveStartedFrom);
  const reassigned = useMemo(
    () => (plan && startedFrom && plan !== startedFrom ? reassignedOrders(startedFrom, plan) : []),
    [plan, startedFrom],
  );

  useEffect(() => {
    if (!map) return;
    const source = map.getSource<GeoJSONSource>(SOURCES.reassigned)!;
    const rings = orderRingFeatures(studioStore.getState().scenario, reassigned);
    void updateSource(source, rings);
    if (rings.features.length === 0) return;
    const fade = setTimeout(() => void updateSource(source, EMPTY), REASSIGNED_HIGHLIGHT_MS);
    return () => clearTimeout(fade);
  }, [map, reassigned]);
}
