import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { editIssues, scenarioIssues } from './editValidation.ts';
import type { Order, Scenario } from './scenario.ts';
import {
  addOrder,
  assignOrder,
  deleteOrder,
  editShopper,
  moveOrder,
  type ScenarioEdit,
  setConstraint,
  setHandoffSeconds,
  setVehicleSpeed,
} from './scenarioEdits.ts';
import { day } from './testing/handPlans.ts';

const start = () => day(['o1', 'o2', 'o3', 'o4'], ['p1', 'p2']);

/** One order changed as an edit changes it: a new object, the others left as they are. */
const editOrder =
  (orderId: string, change: (order: Order) => Order): ScenarioEdit =>
  (s) => ({ ...s, orders: s.orders.map((o) => (o.id === orderId ? change(o) : o)) });

/** Edits a planner can make, and edits no form allows (each breaks a different rule). */
const EDITS: fc.Arbitrary<ScenarioEdit>[] = [
  fc.integer({ min: -1, max: 4 }).map((n) => setConstraint('maxOrdersPerBatch', n)),
  fc.constantFrom('o1', 'o2', 'o3').map((id) => moveOrder(id, { lng: 13.3, lat: 52.4 })),
  fc.constantFrom('o1', 'o9').map((id) => deleteOrder(id)),
  fc.constantFrom('o1', 'o4', 'o9').map((id) => assignOrder(id, 'p2')),
  fc.constantFrom('o5', 'o1').map((id) => addOrder({ ...start().orders[0]!, id })),
  fc.constantFrom(-3, 0, 240).map((seconds) => setHandoffSeconds(seconds)),
  fc.constantFrom(0, 30).map((kmh) => setVehicleSpeed('car', kmh)),
  fc.constant(editOrder('o2', (o) => ({ ...o, items: -1 }))),
  fc.constant(editOrder('o2', (o) => ({ ...o, storeId: 'nowhere' }))),
  fc.constant(editOrder('o3', (o) => ({ ...o, window: { start: o.window.end, end: o.window.start } }))),
  fc.constant(editOrder('o3', (o) => ({ ...o, location: { lng: 200, lat: 0 } }))),
  fc.constant(editShopper('p1', (p) => ({ ...p, capacity: { items: 0, bags: 8 } }))),
  fc.constant(editShopper('p2', (p) => ({ ...p, id: 'p1' }))),
  fc.constant((s: Scenario) => ({ ...s, name: 42 as unknown as string })),
  fc.constant((s: Scenario) => ({ ...s, description: s.description ? undefined : 'A note' })),
  fc.constant((s: Scenario) => ({ ...s, version: 99 as unknown as Scenario['version'] })),
  fc.constant(
    (s: Scenario): Scenario => ({
      ...s,
      pins: [
        {
          shopperId: 'p1',
          scope: 'batch',
          stops: [
            { kind: 'pickup', orderId: 'o1' },
            { kind: 'delivery', orderId: 'o1' },
          ],
        },
      ],
    }),
  ),
  fc.constant((s: Scenario): Scenario => ({ ...s, pins: [{ shopperId: 'p9', stops: [] }] })),
];

describe('editIssues', () => {
  it('finds exactly what validating the whole edited day finds, after any run of edits', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(...EDITS), { minLength: 1, maxLength: 10 }), (edits) => {
        let scenario = start();
        for (const edit of edits) {
          const edited = edit(scenario);
          const issues = editIssues(scenario, edited);
          expect(issues).toEqual(scenarioIssues(edited));
          // As the store does: a valid edit is kept, an invalid one changes nothing.
          if (issues.length === 0) scenario = edited;
        }
      }),
      { numRuns: 300 },
    );
  });

  it('words an invalid change as the whole day’s validation does, at its path', () => {
    const scenario = start();
    expect(editIssues(scenario, editOrder('o2', (o) => ({ ...o, items: -1 }))(scenario))).toEqual([
      { path: 'orders[1].items', message: 'must be at least 0, got -1' },
    ]);
    expect(editIssues(scenario, editOrder('o2', (o) => ({ ...o, storeId: 'nowhere' }))(scenario))).toEqual([
      { path: 'orders[1].storeId', message: 'no store "nowhere"' },
    ]);
  });
});
