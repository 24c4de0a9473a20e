import { memo } from 'react';
import { clockTicks, scaleWidth, type TimeScale, xOf } from './timeScale.ts';

/** Clock labels along the top, sticky while the rows scroll under them. */
export const TimeAxis = memo(function TimeAxis({ scale }: { scale: TimeScale }) {
  return (
    <div className="timeline-axis" aria-hidden="true">
      <div className="timeline-corner" />
      <div className="timeline-ticks" style={{ width: scaleWidth(scale) }}>
        {clockTicks(scale).map((tick) => (
          <span key={tick.t} className="timeline-tick" style={{ left: xOf(scale, tick.t) }}>
            {tick.label}
          </span>
        ))}
      </div>
    </div>
  );
});
