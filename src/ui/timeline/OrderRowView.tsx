import { memo } from 'react';
import { formatDuration } from '../../domain/units.ts';
import { arrivalTitle, type OrderRow, windowTitle } from './timelineRows.ts';
import { scaleWidth, type TimeScale, widthOf, xOf } from './timeScale.ts';

interface Props {
  row: OrderRow;
  scale: TimeScale;
}

/** One order: its delivery window as a band and the planned arrival as a mark (or why there is none). */
export const OrderRowView = memo(function OrderRowView({ row, scale }: Props) {
  const { window, arrival } = row;
  return (
    <>
      <div className="timeline-label">
        <span className="name">{row.orderId}</span>
        <span className="meta" data-state={row.state}>
          {row.state}
        </span>
      </div>
      <div className="timeline-track" style={{ width: scaleWidth(scale) }}>
        <div
          className="window"
          data-state={row.state}
          style={{ left: xOf(scale, window.start), width: widthOf(scale, window.start, window.end) }}
          title={windowTitle(row)}
        />
        {row.lateness > 0 && (
          <div
            className="lateness"
            style={{ left: xOf(scale, window.end), width: widthOf(scale, 0, row.lateness) }}
            title={`${formatDuration(row.lateness)} late`}
          />
        )}
        {arrival !== null && (
          <div
            className="arrival"
            data-state={row.state}
            style={{ left: xOf(scale, arrival) }}
            title={arrivalTitle(arrival, row.lateness)}
          />
        )}
        {row.reason && (
          <span className="reason" style={{ left: xOf(scale, window.end) }}>
            Unassigned ({row.reason})
          </span>
        )}
      </div>
    </>
  );
});
