import { isDayPinned, pinHolding } from '../../domain/pins.ts';
import type { PlanIndex } from '../../domain/planIndex.ts';
import { deleteOrder, pinBatch, unpinBatch } from '../../domain/scenarioEdits.ts';
import { formatClock, formatMinutes } from '../../domain/units.ts';
import { useStudio } from '../../state/store.ts';
import { MoveOrder } from './MoveOrder.tsx';
import { OrderWhy } from './OrderWhy.tsx';

/**
 * The selected order: what it is, how the plan serves it, and what can be
 * done to it (delete; drag it on the map to move the door).
 */
export function OrderCard({ index }: { index: PlanIndex | null }) {
  const orderId = useStudio((s) => s.selectedOrderId);
  const order = useStudio((s) => s.scenario.orders.find((o) => o.id === s.selectedOrderId) ?? null);
  const store = useStudio((s) => s.scenario.stores.find((st) => st.id === order?.storeId) ?? null);
  const shoppers = useStudio((s) => s.scenario.shoppers);
  const selectOrder = useStudio((s) => s.selectOrder);
  const editScenario = useStudio((s) => s.editScenario);
  const plan = useStudio((s) => s.plan);
  /** How this order is pinned: its shopper's whole day, its batch, or not at all. */
  const pin = useStudio((s) => pinHolding(s.scenario, s.selectedOrderId ?? '')?.scope ?? null);
  const dayPinned = useStudio((s) =>
    isDayPinned(s.scenario, index?.assigned.get(s.selectedOrderId ?? '')?.shopperId),
  );
  if (!orderId || !order) return null;
  const served = index?.assigned.get(order.id);
  const reason = index?.unassigned.get(order.id);
  const shopper = served && shoppers.find((p) => p.id === served.shopperId);
  const remove = () => {
    editScenario(deleteOrder(order.id));
    selectOrder(null);
  };
  return (
    <section className="map-card" aria-label={`Order ${order.id}`} data-testid="order-card">
      <header>
        <strong>Order {order.id}</strong>
        <button type="button" className="close" aria-label="Close order" onClick={() => selectOrder(null)}>
          ×
        </button>
      </header>
      <dl className="facts">
        <dt>Store</dt>
        <dd>{store ? store.name : `unknown store ${order.storeId}`}</dd>
        <dt>Items</dt>
        <dd>
          {order.items} items · {order.bags} bags
        </dd>
        <dt>Window</dt>
        <dd>
          {formatClock(order.window.start)}–{formatClock(order.window.end)}
        </dd>
        <dt>Plan</dt>
        <dd data-testid="order-status">
          {served
            ? `${shopper?.name ?? served.shopperId}, arrives ${formatClock(served.delivery.arrival)}${served.delivery.lateness > 0 ? `, ${formatMinutes(served.delivery.lateness)} late` : ''}`
            : reason
              ? `Unassigned (${reason})`
              : 'Not planned yet'}
          {pin === 'batch' && ' · batch pinned'}
          {pin === null && dayPinned && ' · day pinned'}
        </dd>
      </dl>
      <OrderWhy orderId={order.id} />
      <MoveOrder orderId={order.id} shopperId={served?.shopperId ?? null} />
      <p className="field-hint">Drag the order on the map to move the door.</p>
      <div className="card-actions">
        {pin === 'batch' ? (
          <button type="button" onClick={() => editScenario(unpinBatch(order.id))}>
            Unpin its batch
          </button>
        ) : (
          <button
            type="button"
            disabled={!served || !plan || dayPinned}
            title={
              dayPinned
                ? "The shopper's whole day is pinned"
                : 'Re-solves keep this batch on this shopper, in this order, and plan the rest of the day around it'
            }
            onClick={() => plan && editScenario(pinBatch(order.id, plan))}
          >
            Pin its batch
          </button>
        )}
        <button type="button" onClick={remove}>
          Delete order
        </button>
      </div>
    </section>
  );
}
