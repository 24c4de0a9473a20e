import { formatClock } from '../../domain/units.ts';

export interface TooltipState {
  x: number;
  y: number;
  properties: Record<string, unknown>;
}

/** What the pointer is over: an order's window and planned arrival, a store, a shopper. */
export function MapTooltip({ tooltip }: { tooltip: TooltipState }) {
  const p = tooltip.properties;
  return (
    <div className="map-tooltip" role="tooltip" style={{ left: tooltip.x + 12, top: tooltip.y + 12 }}>
      {p.kind === 'order' && <OrderTip p={p} />}
      {p.kind === 'store' && (
        <>
          <strong>{String(p.name)}</strong>
          <div>Store {String(p.id)}</div>
        </>
      )}
      {p.kind === 'shopper' && (
        <>
          <strong>{String(p.name)}</strong>
          <div>Shopper {String(p.id)} · start</div>
        </>
      )}
    </div>
  );
}

function OrderTip({ p }: { p: Record<string, unknown> }) {
  const arrival = Number(p.arrival);
  return (
    <>
      <strong>Order {String(p.id)}</strong>
      <div>
        Window {formatClock(Number(p.windowStart))}–{formatClock(Number(p.windowEnd))}
      </div>
      <div>
        {arrival >= 0
          ? `Planned arrival ${formatClock(arrival)}${p.status === 'late' ? ' (late)' : ''}`
          : p.status === 'unassigned'
            ? `Unassigned: ${String(p.reason)}`
            : 'Not planned yet'}
      </div>
      <div>{String(p.items)} items</div>
    </>
  );
}
