import { useEffect, useState } from 'react';
import { formatCostChange } from '../../domain/units.ts';
import { useStudio } from '../../state/store.ts';

/**
 * "Why?" for the selected order: the engine's answer in plain words, which
 * shoppers could serve it at all and what stops the others (for an order
 * nobody can serve, HiGHS' infeasible subsets in words), the three
 * cheapest places with what each costs and breaks, and its batch mates.
 * Asked again whenever a settled plan is shown (not for every incumbent of
 * a running solve).
 */
export function OrderWhy({ orderId }: { orderId: string }) {
  const plan = useStudio((s) => s.plan);
  const settled = useStudio((s) => s.solveStatus !== 'solving');
  const state = useStudio((s) => (s.orderExplanation?.orderId === orderId ? s.orderExplanation : null));
  const explainOrder = useStudio((s) => s.explainOrder);
  const names = useStudio((s) => s.scenario.shoppers);
  const nameOf = (id: string) => names.find((p) => p.id === id)?.name ?? id;
  const [showEach, setShowEach] = useState(false);

  useEffect(() => {
    if (plan && settled) void explainOrder(orderId);
  }, [orderId, plan, settled, explainOrder]);

  if (!state) return null;
  if (state.status === 'working') return <p className="field-hint">Working out why…</p>;
  if (state.status === 'error') {
    return (
      <p className="field-error" role="alert">
        {state.error}
      </p>
    );
  }
  const why = state.explanation!;
  const able = why.shoppers.filter((s) => s.blockedBy === null);
  const blocked = why.shoppers.filter((s) => s.blockedBy !== null);
  return (
    <section className="order-why" aria-label="Why" data-testid="order-why">
      <h3>Why?</h3>
      <p data-testid="why-summary">{why.summary}</p>
      {why.conflicts.length > 0 && (
        <>
          <h4>Why nobody can: HiGHS' infeasible subsets</h4>
          {why.conflicts.map((conflict) => (
            <div key={conflict.shopperId} data-testid="why-conflict">
              <p>{nameOf(conflict.shopperId)} alone: these cannot all hold (relax any one and it could)</p>
              <ul>
                {conflict.rules.map((rule) => (
                  <li key={rule.text}>
                    {rule.text}
                    {rule.reason ? ` (${rule.reason})` : ''}
                  </li>
                ))}
              </ul>
            </div>
          ))}
        </>
      )}
      {why.insertions.length > 0 && (
        <>
          <h4>Cheapest places</h4>
          <ol data-testid="why-insertions">
            {why.insertions.map((option) => (
              <li key={option.shopperId} className={option.breaks ? 'invalid' : 'valid'}>
                {nameOf(option.shopperId)}: {formatCostChange(option.costDelta)} · {option.detail}
              </li>
            ))}
          </ol>
        </>
      )}
      {why.competitors.length > 0 && (
        <>
          <h4>On the same batch</h4>
          <ul>
            {why.competitors.map((c) => (
              <li key={c.orderId}>
                {c.orderId}: {c.detail}
              </li>
            ))}
          </ul>
        </>
      )}
      <details onToggle={(event) => setShowEach(event.currentTarget.open)}>
        <summary>
          Each shopper alone: {able.length} could, {blocked.length} could not
        </summary>
        {/* Built when opened: at 200 shoppers, drawn on every answer, it would slow each "why?" for a closed list. */}
        {showEach && (
          <ul data-testid="why-shoppers">
            {why.shoppers.map((check) => (
              <li key={check.shopperId}>
                {nameOf(check.shopperId)}: {check.blockedBy ? `${check.blockedBy} — ` : ''}
                {check.detail}
              </li>
            ))}
          </ul>
        )}
      </details>
    </section>
  );
}
