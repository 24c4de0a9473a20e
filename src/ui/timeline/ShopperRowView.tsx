import { memo } from 'react';
import { shopperColor } from '../map/palette.ts';
import { plural, type ShopperRow } from './timelineRows.ts';
import { scaleWidth, type TimeScale } from './timeScale.ts';

interface Props {
  row: ShopperRow;
  scale: TimeScale;
}

/**
 * One shopper's name and counts, and the room for their day: the day itself
 * (shift, idle stretches, blocks of work, what is on board) is painted on the
 * timeline's canvas over this empty track (`trackShapes.ts`).
 */
export const ShopperRowView = memo(function ShopperRowView({ row, scale }: Props) {
  return (
    <>
      <div className="timeline-label">
        <span className="dot" style={{ background: shopperColor(row.index) }} />
        <span className="name">{row.name}</span>
        <span className="meta">
          {plural(row.stops, 'stop')} · {plural(row.batches, 'batch', 'batches')}
          {row.lateOrders > 0 && <span className="late"> · {row.lateOrders} late</span>}
        </span>
      </div>
      <div className="timeline-track" style={{ width: scaleWidth(scale) }} />
    </>
  );
});
