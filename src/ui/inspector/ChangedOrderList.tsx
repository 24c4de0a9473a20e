import { useState } from 'react';
import { ORDER_CHANGE_KINDS, type OrderChangeKind } from '../../domain/orderChanges.ts';
import { useStudio } from '../../state/store.ts';
import { CHANGE_KIND_LABELS, type ChangedOrderRow } from './changedOrderRows.ts';

/** Rows rendered at first and added by each "Show more": a day's worth of changes stays cheap to draw. */
const ROWS_PER_PAGE = 100;

interface Props {
  /** The changed orders of the filter's kind. */
  rows: ChangedOrderRow[];
  /** Changed orders in all, and with each kind of change. */
  total: number;
  counts: Record<OrderChangeKind, number>;
}

/**
 * The orders that changed, filtered by kind of change. Picking one selects
 * it (its card on the map) and the shopper who now delivers it, as a click
 * on the map does.
 */
export function ChangedOrderList({ rows, total, counts }: Props) {
  const filter = useStudio((s) => s.changeFilter);
  const setFilter = useStudio((s) => s.setChangeFilter);
  // A kind stays offered while it is chosen, even once no order has it, so the choice can be undone.
  const kinds = ORDER_CHANGE_KINDS.filter((k) => counts[k] > 0 || k === filter);
  return (
    <section className="changed-orders" aria-label="Changed orders">
      <fieldset className="change-filter">
        <legend className="visually-hidden">Show the orders with</legend>
        <button type="button" aria-pressed={filter === null} onClick={() => setFilter(null)}>
          All changes <span className="count">{total}</span>
        </button>
        {kinds.map((k) => (
          <button key={k} type="button" aria-pressed={filter === k} onClick={() => setFilter(k)}>
            {CHANGE_KIND_LABELS[k]} <span className="count">{counts[k]}</span>
          </button>
        ))}
      </fieldset>
      {total === 0 ? (
        <p className="empty compare-empty">No order changed.</p>
      ) : rows.length === 0 ? (
        <p className="empty compare-empty">No order has this change.</p>
      ) : (
        <ChangedOrderItems key={filter ?? 'all'} rows={rows} />
      )}
    </section>
  );
}

/** The rows, a page at a time; a new filter starts again at the first page (keyed by it). */
function ChangedOrderItems({ rows }: { rows: ChangedOrderRow[] }) {
  const [shown, setShown] = useState(ROWS_PER_PAGE);
  const selectedOrderId = useStudio((s) => s.selectedOrderId);
  const selectOrder = useStudio((s) => s.selectOrder);
  const selectShopper = useStudio((s) => s.selectShopper);
  const left = rows.length - shown;
  return (
    <>
      <ul className="changed-order-list" data-testid="changed-orders">
        {rows.slice(0, shown).map((row) => (
          <li key={row.orderId}>
            <button
              type="button"
              data-order-id={row.orderId}
              aria-current={row.orderId === selectedOrderId || undefined}
              disabled={row.deleted}
              title={row.deleted ? 'Deleted from the day: nothing to show on the map' : undefined}
              onClick={() => {
                selectShopper(row.shopperId);
                selectOrder(row.orderId);
              }}
            >
              <span className="order-id">
                <span className="visually-hidden">Order </span>
                {row.orderId}
              </span>
              {row.phrases.map((p, i) => (
                <span key={p.kind} className={`change ${p.kind}`} title={p.detail ?? undefined}>
                  {i > 0 && ' · '}
                  {p.text}
                  {p.detail && <span className="visually-hidden"> ({p.detail})</span>}
                </span>
              ))}
            </button>
          </li>
        ))}
      </ul>
      {left > 0 && (
        <button type="button" className="show-more" onClick={() => setShown(shown + ROWS_PER_PAGE)}>
          Show {Math.min(left, ROWS_PER_PAGE)} more of {left}
        </button>
      )}
    </>
  );
}
