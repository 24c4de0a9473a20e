import type { GeoJSONSource, Map as MapLibreMap } from 'maplibre-gl';
import { useEffect, useMemo } from 'react';
import { withChange } from '../../domain/orderChanges.ts';
import { selectMarkedComparison } from '../../state/comparison.ts';
import { useStudio } from '../../state/store.ts';
import { changedOrderFeatures } from './features.ts';
import { EMPTY, SOURCES } from './layers.ts';
import { updateSource } from './sourceUpdates.ts';

/**
 * Marks on the map the orders that differ from the baseline, the ones the
 * Compare tab lists (its filter too), while that tab is open and its "Show on
 * map" is on: the marks never outlive the list that explains them.
 */
export function useChangedOrdersHighlight(map: MapLibreMap | null): void {
  const comparison = useStudio(selectMarkedComparison);
  const filter = useStudio((s) => s.changeFilter);
  const features = useMemo(
    () =>
      comparison
        ? changedOrderFeatures(
            withChange(comparison.result.changed, filter),
            comparison.current.scenario,
            comparison.baseline.scenario,
          )
        : EMPTY,
    [comparison, filter],
  );
  useEffect(() => {
    if (map) void updateSource(map.getSource<GeoJSONSource>(SOURCES.changed)!, features);
  }, [map, features]);
}
