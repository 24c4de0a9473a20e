import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Scenario } from './scenario.ts';
import {
  addOrder,
  assignOrder,
  deleteOrder,
  moveOrder,
  releaseOrder,
  type ScenarioEdit,
  setConstraint,
  setHandoffSeconds,
  setShopperWorking,
} from './scenarioEdits.ts';
import { ScenarioDecoder, ScenarioEncoder, type ScenarioUpdate } from './scenarioStream.ts';
import { day } from './testing/handPlans.ts';

/** What crosses the worker boundary: a structured clone. */
const wire = (update: ScenarioUpdate): ScenarioUpdate => structuredClone(update);

const start = () => day(['o1', 'o2', 'o3', 'o4'], ['p1', 'p2']);

describe('scenario stream', () => {
  it('sends the first scenario whole', () => {
    const scenario = start();
    const update = new ScenarioEncoder().encode(scenario);
    expect(update.kept).toEqual([]);
    expect(update.lists).toEqual({});
    expect(update.whole).toEqual(scenario);
  });

  it('after a constraint edit sends the constraints alone, and the worker keeps the orders it had', () => {
    const encoder = new ScenarioEncoder();
    const decoder = new ScenarioDecoder();
    const before = start();
    const held = decoder.decode(wire(encoder.encode(before)));
    const after = setConstraint('maxOrdersPerBatch', 1)(before);

    const update = encoder.encode(after);
    expect(update.whole).toEqual({ constraints: after.constraints });
    expect(update.kept).toEqual(expect.arrayContaining(['orders', 'shoppers', 'stores', 'travel', 'name']));
    const got = decoder.decode(wire(update));
    expect(got).toEqual(after);
    expect(got.orders).toBe(held.orders);
  });

  it('after an order moves sends that order and the others by their place in the list before', () => {
    const encoder = new ScenarioEncoder();
    const decoder = new ScenarioDecoder();
    const before = start();
    const held = decoder.decode(wire(encoder.encode(before)));
    const after = moveOrder('o3', { lng: 13.41, lat: 52.51 })(before);

    const update = encoder.encode(after);
    expect(update.lists.orders).toEqual([0, 1, after.orders[2], 3]);
    const got = decoder.decode(wire(update));
    expect(got).toEqual(after);
    expect(got.orders[0]).toBe(held.orders[0]);
    expect(got.orders[2]).not.toBe(held.orders[2]);
  });

  it('decodes every scenario of a stream of edits, undos included, to the scenario encoded', () => {
    const edits: fc.Arbitrary<ScenarioEdit>[] = [
      fc.integer({ min: 1, max: 4 }).map((n) => setConstraint('maxOrdersPerBatch', n)),
      fc.constantFrom('o1', 'o2', 'o3', 'o4').map((id) => moveOrder(id, { lng: 13.3, lat: 52.4 })),
      fc.nat(99).map((n) => addOrder({ ...start().orders[0]!, id: `new${n}` })),
      fc.constantFrom('o1', 'o2', 'new1').map((id) => deleteOrder(id)),
      fc.constantFrom('o1', 'o4').map((id) => assignOrder(id, 'p2')),
      fc.constantFrom('o1', 'o4').map((id) => releaseOrder(id)),
      fc.boolean().map((on) => setShopperWorking('p1', on)),
      fc.constant(setHandoffSeconds(240)),
      fc.constant((s: Scenario) => ({ ...s, description: s.description ? undefined : 'A note' })),
    ];
    // Each step an edit of the latest scenario, or an undo back to one of those before it.
    const step = fc.oneof(
      fc.oneof(...edits),
      fc.nat(20).map((back) => ({ back })),
    );
    fc.assert(
      fc.property(fc.array(step, { maxLength: 12 }), (steps) => {
        const encoder = new ScenarioEncoder();
        const decoder = new ScenarioDecoder();
        const history: Scenario[] = [start()];
        expect(decoder.decode(wire(encoder.encode(history[0]!)))).toEqual(history[0]);
        for (const s of steps) {
          const latest = history.at(-1)!;
          const next = 'back' in s ? history[history.length - 1 - (s.back % history.length)]! : s(latest);
          history.push(next);
          const got = decoder.decode(wire(encoder.encode(next)));
          // As structured clone sends it: an `undefined` part is not there at all.
          expect(got).toEqual(JSON.parse(JSON.stringify(next)));
        }
      }),
    );
  });

  it('refuses an update that keeps a part, or an item, its base does not have', () => {
    const encoder = new ScenarioEncoder();
    encoder.encode(start());
    const kept = encoder.encode(setConstraint('maxOrdersPerBatch', 1)(start()));
    expect(() => new ScenarioDecoder().decode(kept)).toThrow(/out of step/);

    const decoder = new ScenarioDecoder();
    decoder.decode(new ScenarioEncoder().encode(day(['o1'], ['p1'])));
    const first = start();
    const items = new ScenarioEncoder();
    items.encode(first);
    expect(() => decoder.decode(items.encode(moveOrder('o4', { lng: 0, lat: 0 })(first)))).toThrow(
      /out of step/,
    );
  });
});
