import { useCallback, useMemo } from 'react';
import type { Plan } from '../../domain/plan.ts';
import type { Scenario } from '../../domain/scenario.ts';
import { useStudio } from '../../state/store.ts';
import { ShopperRowView } from './ShopperRowView.tsx';
import { type CanvasTracks, TimelineGrid } from './TimelineGrid.tsx';
import type { TimelineViewport } from './TimelineViewport.ts';
import { SHOPPER_ROW_HEIGHT, SHOPPER_TRACK_HEIGHT } from './timelineLayout.ts';
import { type ShopperRow, shopperRowName, shopperRows } from './timelineRows.ts';
import type { TimeScale } from './timeScale.ts';
import { shopperTrackShapes } from './trackShapes.ts';

const rowKey = (row: ShopperRow) => row.shopperId;

interface Props extends TimelineViewport {
  scenario: Scenario;
  plan: Plan;
  scale: TimeScale;
}

/** One row per working shopper; picking a row or a block selects that shopper (and order) everywhere. */
export function ShopperTimeline({ scenario, plan, scale, ...viewport }: Props) {
  const rows = useMemo(() => shopperRows(scenario, plan), [scenario, plan]);
  const selectedShopperId = useStudio((s) => s.selectedShopperId);
  const selectedOrderId = useStudio((s) => s.selectedOrderId);
  const selectShopper = useStudio((s) => s.selectShopper);
  const selectOrder = useStudio((s) => s.selectOrder);
  const orderShopper = useMemo(
    () =>
      new Map(
        rows.flatMap((row) =>
          row.blocks.flatMap((block) => (block.orderId ? [[block.orderId, row.shopperId] as const] : [])),
        ),
      ),
    [rows],
  );
  const selectedOrderShopper = selectedOrderId ? orderShopper.get(selectedOrderId) : undefined;

  // As a click on a route on the map: the shopper's day, and no order card.
  const onSelect = useCallback(
    (row: ShopperRow) => {
      selectShopper(row.shopperId);
      selectOrder(null);
    },
    [selectShopper, selectOrder],
  );
  // As a click on an order on the map: the order's card, and its shopper's day.
  const onSelectOrder = useCallback(
    (orderId: string) => {
      selectShopper(orderShopper.get(orderId) ?? null);
      selectOrder(orderId);
    },
    [orderShopper, selectShopper, selectOrder],
  );
  const renderRow = (row: ShopperRow) => <ShopperRowView row={row} scale={scale} />;
  const canvas = useMemo<CanvasTracks<ShopperRow>>(
    () => ({
      shapesOf: (row) =>
        shopperTrackShapes(
          row,
          scale,
          SHOPPER_TRACK_HEIGHT,
          row.shopperId === selectedOrderShopper ? selectedOrderId : null,
        ),
      onSelectOrder,
    }),
    [scale, selectedOrderShopper, selectedOrderId, onSelectOrder],
  );

  if (rows.length === 0) return <p className="timeline-empty">No shopper has work in this plan.</p>;
  return (
    <TimelineGrid
      label="Shoppers' days"
      rows={rows}
      rowHeight={SHOPPER_ROW_HEIGHT}
      rowKey={rowKey}
      rowName={shopperRowName}
      renderRow={renderRow}
      selectedKey={selectedShopperId}
      onSelect={onSelect}
      canvas={canvas}
      scale={scale}
      {...viewport}
    />
  );
}
