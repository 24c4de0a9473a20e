import type { TimelineView } from './Timeline.tsx';

const KEYS: Record<TimelineView, readonly { className: string; label: string }[]> = {
  shoppers: [
    { className: 'pick', label: 'Pick' },
    { className: 'drive', label: 'Drive' },
    { className: 'wait', label: 'Wait' },
    { className: 'handoff', label: 'Handoff' },
    { className: 'late', label: 'Late' },
    { className: 'idle', label: 'Idle' },
    { className: 'load', label: 'On board' },
  ],
  orders: [
    { className: 'window', label: 'Window' },
    { className: 'arrival', label: 'Arrival' },
    { className: 'late', label: 'Late' },
    { className: 'unassigned', label: 'Unassigned' },
  ],
};

/** What the colours of the current view mean. */
export function TimelineLegend({ view }: { view: TimelineView }) {
  return (
    <ul className="timeline-legend" aria-label="Timeline legend">
      {KEYS[view].map(({ className, label }) => (
        <li key={className}>
          <span className={`timeline-swatch ${className}`} aria-hidden="true" />
          {label}
        </li>
      ))}
    </ul>
  );
}
