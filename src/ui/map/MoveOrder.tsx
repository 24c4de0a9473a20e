import { useId } from 'react';
import { pinHolding } from '../../domain/pins.ts';
import { isWorking } from '../../domain/scenario.ts';
import { formatCostChange } from '../../domain/units.ts';
import { useStudio } from '../../state/store.ts';

/**
 * Moving the selected order to another shopper by hand: choose the shopper,
 * read what the move costs and which rules it breaks, then accept or not.
 * Accepted, the order stays given to that shopper until released.
 */
export function MoveOrder({ orderId, shopperId }: { orderId: string; shopperId: string | null }) {
  const shoppers = useStudio((s) => s.scenario.shoppers);
  const givenTo = useStudio((s) => s.scenario.assignments?.find((a) => a.orderId === orderId)?.shopperId);
  const pinned = useStudio((s) => pinHolding(s.scenario, orderId) !== undefined);
  const plan = useStudio((s) => s.plan);
  const proposal = useStudio((s) => (s.moveProposal?.orderId === orderId ? s.moveProposal : null));
  const proposeMove = useStudio((s) => s.proposeMove);
  const acceptMove = useStudio((s) => s.acceptMove);
  const cancelMove = useStudio((s) => s.cancelMove);
  const releaseOrder = useStudio((s) => s.releaseOrder);
  const field = useId();
  const nameOf = (id: string) => shoppers.find((p) => p.id === id)?.name ?? id;
  const targets = shoppers.filter((p) => isWorking(p) && p.id !== shopperId);
  const stale = proposal !== null && proposal.basePlan !== plan;

  return (
    <div className="move-order">
      {givenTo && (
        <p className="field-hint" data-testid="given-by-hand">
          Given to {nameOf(givenTo)} by hand.{' '}
          <button type="button" className="link" onClick={() => releaseOrder(orderId)}>
            Let the engine choose
          </button>
        </p>
      )}
      <div className="field">
        <label htmlFor={field}>Move to shopper</label>
        <select
          id={field}
          value={proposal?.shopperId ?? ''}
          disabled={!plan || pinned}
          title={pinned ? 'Pinned: unpin it first' : undefined}
          onChange={(e) => (e.target.value ? void proposeMove(orderId, e.target.value) : cancelMove())}
        >
          <option value="">Choose a shopper…</option>
          {targets.map((p) => (
            <option key={p.id} value={p.id}>
              {p.name}
            </option>
          ))}
        </select>
      </div>
      {proposal?.status === 'pricing' && <p className="field-hint">Pricing the move…</p>}
      {proposal?.status === 'error' && (
        <p className="field-error" role="alert">
          {proposal.error}
        </p>
      )}
      {proposal?.status === 'ready' && proposal.preview && (
        <div className="move-preview" data-testid="move-preview" aria-live="polite">
          {stale ? (
            <p className="field-hint">
              The plan has changed since.{' '}
              <button
                type="button"
                className="link"
                onClick={() => void proposeMove(orderId, proposal.shopperId)}
              >
                Price it again
              </button>
            </p>
          ) : (
            <>
              <p data-testid="move-cost" data-value={proposal.preview.costDelta}>
                Cost {formatCostChange(proposal.preview.costDelta)} (plan{' '}
                {proposal.basePlan.cost.total.toFixed(0)} → {proposal.preview.plan.cost.total.toFixed(0)})
              </p>
              {proposal.preview.violations.length === 0 ? (
                <p className="valid">Keeps every rule.</p>
              ) : (
                <ul className="invalid" aria-label="Rules the move breaks">
                  {proposal.preview.violations.map((v) => (
                    <li key={`${v.rule}-${v.orderId ?? ''}-${v.shopperId ?? ''}-${v.message}`}>
                      {v.rule}: {v.message}
                      {v.orderId && v.orderId !== orderId ? ` (order ${v.orderId})` : ''}
                    </li>
                  ))}
                </ul>
              )}
              <div className="card-actions">
                <button type="button" onClick={acceptMove}>
                  Accept move
                </button>
                <button type="button" onClick={cancelMove}>
                  Cancel
                </button>
              </div>
            </>
          )}
        </div>
      )}
    </div>
  );
}
