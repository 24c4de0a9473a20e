import { useId, useState } from 'react';
import { Timeline } from '../timeline/Timeline.tsx';
import { ComparePanel } from './ComparePanel.tsx';
import { KpiCharts } from './KpiCharts.tsx';
import { SolverPanel } from './SolverPanel.tsx';

type Tab = 'timeline' | 'kpis' | 'compare' | 'solver';

const TABS: readonly { tab: Tab; label: string }[] = [
  { tab: 'timeline', label: 'Timeline' },
  { tab: 'kpis', label: 'KPIs' },
  { tab: 'compare', label: 'Compare' },
  { tab: 'solver', label: 'Solver' },
];

/**
 * The dock under the map for understanding a plan: each shopper's day on a
 * timeline, its KPIs in charts, its changes from a baseline; for engineers,
 * how the solver got there. One tab shows at a time; the dock can be folded
 * away to give the map the room.
 */
export function Inspector() {
  const [tab, setTab] = useState<Tab>('timeline');
  const [open, setOpen] = useState(true);
  const id = useId();
  return (
    <section className={`inspector${open ? '' : ' folded'}`} aria-label="Inspector">
      <div className="inspector-tabs" role="tablist" aria-label="Inspector views">
        {TABS.map(({ tab: t, label }) => (
          <button
            key={t}
            type="button"
            role="tab"
            id={`${id}-${t}`}
            aria-selected={open && tab === t}
            aria-controls={`${id}-panel`}
            onClick={() => {
              setTab(t);
              setOpen(true);
            }}
          >
            {label}
          </button>
        ))}
        <button type="button" className="fold" aria-expanded={open} onClick={() => setOpen(!open)}>
          {open ? 'Hide' : 'Show'}
        </button>
      </div>
      {open && (
        <div className="inspector-body" role="tabpanel" id={`${id}-panel`} aria-labelledby={`${id}-${tab}`}>
          {tab === 'timeline' ? (
            <Timeline />
          ) : tab === 'kpis' ? (
            <KpiCharts />
          ) : tab === 'compare' ? (
            <ComparePanel />
          ) : (
            <SolverPanel />
          )}
        </div>
      )}
    </section>
  );
}
