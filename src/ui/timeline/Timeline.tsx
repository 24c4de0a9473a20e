import './timeline.css';
import { useMemo, useState } from 'react';
import { useStudio } from '../../state/store.ts';
import { useDeferredPlan } from '../useDeferredPlan.ts';
import { OrderTimeline } from './OrderTimeline.tsx';
import { ShopperTimeline } from './ShopperTimeline.tsx';
import { TimelineLegend } from './TimelineLegend.tsx';
import { LABEL_WIDTH } from './timelineLayout.ts';
import { timeDomain } from './timelineRows.ts';
import type { TimeScale } from './timeScale.ts';
import { useElementSize } from './useElementSize.ts';
import { useTimelineZoom } from './useTimelineZoom.ts';

export type TimelineView = 'shoppers' | 'orders';

const VIEWS: readonly { view: TimelineView; label: string }[] = [
  { view: 'shoppers', label: 'By shopper' },
  { view: 'orders', label: 'By order' },
];

/**
 * The plan over the day, Gantt style: each working shopper's day as blocks of
 * picking, driving, waiting and handing off, or each order's window against
 * its planned arrival. Selection is the store's, shared with the map and the
 * panels; zoom with the buttons or Ctrl+wheel.
 */
export function Timeline() {
  const scenario = useStudio((s) => s.scenario);
  const plan = useDeferredPlan();
  const [view, setView] = useState<TimelineView>('shoppers');
  const [viewport, setViewport] = useState<HTMLDivElement | null>(null);
  const size = useElementSize(viewport);
  const zoom = useTimelineZoom(viewport, LABEL_WIDTH);
  const domain = useMemo(() => timeDomain(scenario, plan), [scenario, plan]);
  const trackRoom = Math.max(0, size.width - LABEL_WIDTH);
  // Keyed on the domain's bounds, not the object: a new plan over the same hours keeps the scale,
  // so the axis is not redrawn with every plan a solve streams in.
  const start = domain?.start ?? 0;
  const end = domain?.end ?? 0;
  const scale = useMemo<TimeScale | null>(
    () =>
      end > start ? { domain: { start, end }, pxPerSecond: (trackRoom / (end - start)) * zoom.zoom } : null,
    [start, end, trackRoom, zoom.zoom],
  );
  const shared = { viewport, setViewport, viewportHeight: size.height };

  return (
    <div className="timeline">
      <div className="timeline-toolbar">
        <fieldset className="timeline-views">
          <legend className="visually-hidden">Timeline view</legend>
          {VIEWS.map(({ view: v, label }) => (
            <button key={v} type="button" aria-pressed={view === v} onClick={() => setView(v)}>
              {label}
            </button>
          ))}
        </fieldset>
        <button type="button" onClick={zoom.zoomOut} disabled={!zoom.canZoomOut} aria-label="Zoom out">
          −
        </button>
        <button type="button" onClick={zoom.zoomIn} disabled={!zoom.canZoomIn} aria-label="Zoom in">
          +
        </button>
        <TimelineLegend view={view} />
      </div>
      {!scale ? (
        <p className="timeline-empty">Nothing to show: the day has no shifts and no orders.</p>
      ) : view === 'orders' ? (
        <OrderTimeline key="orders" scenario={scenario} plan={plan} scale={scale} {...shared} />
      ) : plan ? (
        <ShopperTimeline key="shoppers" scenario={scenario} plan={plan} scale={scale} {...shared} />
      ) : (
        <p className="timeline-empty">No plan yet: shoppers' days appear as the solve finds one.</p>
      )}
    </div>
  );
}
