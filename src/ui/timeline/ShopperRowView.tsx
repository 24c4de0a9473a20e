import { memo } from 'react';
import { shopperColor } from '../map/palette.ts';
import { blockTitle, idleTitle, loadTitle, plural, type ShopperRow, shiftTitle } from './timelineRows.ts';
import { scaleWidth, type TimeScale, widthOf, xOf } from './timeScale.ts';

/** The load bar's full height, in pixels: the shopper's whole capacity on board. */
const LOAD_BAR_PX = 6;

/** At least a pixel, so a light load still shows; never past the full bar. */
const loadBarHeight = (items: number, capacity: number) =>
  Math.max(1, LOAD_BAR_PX * Math.min(1, items / Math.max(1, capacity)));

interface Props {
  row: ShopperRow;
  scale: TimeScale;
  /** The selected order when this shopper serves it (null otherwise, so other rows keep their memo). */
  selectedOrderId: string | null;
}

const place = (scale: TimeScale, start: number, end: number) => ({
  left: xOf(scale, start),
  width: widthOf(scale, start, end),
});

/** One shopper's day: shift band, idle stretches, blocks of work, and what is on board between stops. */
export const ShopperRowView = memo(function ShopperRowView({ row, scale, selectedOrderId }: Props) {
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
      <div className="timeline-track" style={{ width: scaleWidth(scale) }}>
        <div
          className="shift"
          style={place(scale, row.shift.start, row.shift.end)}
          title={shiftTitle(row.shift)}
        />
        {row.idle.map((gap) => (
          <div
            key={gap.start}
            className="idle"
            style={place(scale, gap.start, gap.end)}
            title={idleTitle(gap)}
          />
        ))}
        {row.blocks.map((block) => (
          <div
            key={`${block.kind}-${block.orderId ?? ''}-${block.start}`}
            className="block"
            data-kind={block.kind}
            data-late={block.late || undefined}
            data-order-id={block.orderId ?? undefined}
            data-selected={(block.orderId !== null && block.orderId === selectedOrderId) || undefined}
            style={place(scale, block.start, block.end)}
            title={blockTitle(block)}
          />
        ))}
        {row.loads.map((step) => (
          <div
            key={step.start}
            className="load"
            style={{
              ...place(scale, step.start, step.end),
              height: loadBarHeight(step.load.items, row.capacityItems),
            }}
            title={loadTitle(step)}
          />
        ))}
      </div>
    </>
  );
});
