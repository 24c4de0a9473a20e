import { useCallback, useMemo } from 'react';
import type { Plan } from '../../domain/plan.ts';
import type { Scenario } from '../../domain/scenario.ts';
import { useStudio } from '../../state/store.ts';
import { OrderRowView } from './OrderRowView.tsx';
import { TimelineGrid } from './TimelineGrid.tsx';
import type { TimelineViewport } from './TimelineViewport.ts';
import { ORDER_ROW_HEIGHT } from './timelineLayout.ts';
import { type OrderRow, orderRowName, orderRows } from './timelineRows.ts';
import type { TimeScale } from './timeScale.ts';

const rowKey = (row: OrderRow) => row.orderId;

interface Props extends TimelineViewport {
  scenario: Scenario;
  plan: Plan | null;
  scale: TimeScale;
}

/** One row per order, the unassigned first; picking one opens its card and selects its shopper. */
export function OrderTimeline({ scenario, plan, scale, ...viewport }: Props) {
  const rows = useMemo(() => orderRows(scenario, plan), [scenario, plan]);
  const selectedOrderId = useStudio((s) => s.selectedOrderId);
  const selectShopper = useStudio((s) => s.selectShopper);
  const selectOrder = useStudio((s) => s.selectOrder);
  const shopperOf = useMemo(() => new Map(rows.map((row) => [row.orderId, row.shopperId] as const)), [rows]);

  // As a click on an order on the map: the order's card, and its shopper's day.
  const onSelect = useCallback(
    (row: OrderRow) => {
      selectShopper(shopperOf.get(row.orderId) ?? null);
      selectOrder(row.orderId);
    },
    [shopperOf, selectShopper, selectOrder],
  );
  const renderRow = (row: OrderRow) => <OrderRowView row={row} scale={scale} />;

  if (rows.length === 0) return <p className="timeline-empty">The day has no orders.</p>;
  return (
    <TimelineGrid
      label="Orders' windows"
      rows={rows}
      rowHeight={ORDER_ROW_HEIGHT}
      rowKey={rowKey}
      rowName={orderRowName}
      renderRow={renderRow}
      selectedKey={selectedOrderId}
      onSelect={onSelect}
      scale={scale}
      {...viewport}
    />
  );
}
