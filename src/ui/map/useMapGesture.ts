import type { MapLibreEvent, Map as MapLibreMap } from 'maplibre-gl';
import { useEffect } from 'react';
import { useStudio } from '../../state/store.ts';

/**
 * Tells the store when the planner starts and stops moving the map (a drag,
 * a wheel, pinch or keyboard zoom, with the easing that follows; not the app
 * framing a day), so that a running solve gives way to the gesture.
 */
export function useMapGesture(map: MapLibreMap | null): void {
  const setMapMoving = useStudio((s) => s.setMapMoving);
  useEffect(() => {
    if (!map) return;
    const start = (event: MapLibreEvent<MouseEvent | TouchEvent | WheelEvent | undefined>) => {
      if (event.originalEvent) setMapMoving(true);
    };
    const end = () => setMapMoving(false);
    map.on('movestart', start);
    map.on('moveend', end);
    return () => {
      map.off('movestart', start);
      map.off('moveend', end);
      setMapMoving(false);
    };
  }, [map, setMapMoving]);
}
