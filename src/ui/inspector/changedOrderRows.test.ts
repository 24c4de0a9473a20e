import { describe, expect, it } from 'vitest';
import type { ChangedOrder } from '../../domain/orderChanges.ts';
import { hours, minutes } from '../../domain/units.ts';
import { changedOrderRows } from './changedOrderRows.ts';

const names = new Map([
  ['p1', 'Ana'],
  ['p2', 'Ben'],
]);

const texts = (o: ChangedOrder) => changedOrderRows([o], names)[0]!.phrases.map((p) => p.text);

describe('changedOrderRows', () => {
  it('puts each change in a planner’s words, shoppers by name', () => {
    expect(
      texts({
        orderId: 'o1',
        shopperId: 'p2',
        changes: [
          { kind: 'late', lateness: minutes(12) },
          { kind: 'shopper', fromShopperId: 'p1', toShopperId: 'p2' },
          { kind: 'batch', how: 'split', before: ['o1', 'o2', 'o3'], after: ['o1'] },
          { kind: 'arrival', before: hours(11), after: hours(11) + 90, shift: 90 },
        ],
      }),
    ).toEqual(['now 12 min late', 'Ana → Ben', 'batch 3 → 1 orders (split)', 'arrives 2 min later']);
    expect(
      texts({
        orderId: 'o2',
        shopperId: null,
        changes: [{ kind: 'unassigned', fromShopperId: 'p1', reason: 'time-window' }],
      }),
    ).toEqual(['unassigned (time-window), was Ana']);
    expect(
      texts({
        orderId: 'o3',
        shopperId: 'p9',
        changes: [
          { kind: 'assigned', toShopperId: 'p9', wasReason: 'cost' },
          { kind: 'on-time', wasLateness: minutes(3) },
        ],
      }),
    ).toEqual(['now with p9, was unassigned (cost)', 'now on time, was 3 min late']);
  });

  it('rounds earlier and later arrivals alike, and details the batch and the times', () => {
    const [row] = changedOrderRows(
      [
        {
          orderId: 'o1',
          shopperId: 'p1',
          changes: [
            { kind: 'batch', how: 'merged', before: ['o1'], after: ['o4', 'o1'] },
            { kind: 'arrival', before: hours(11), after: hours(11) - 90, shift: -90 },
          ],
        },
      ],
      names,
    );
    expect(row!.phrases).toEqual([
      { kind: 'batch', text: 'batch 1 → 2 orders (merged)', detail: 'Was o1; now o4, o1' },
      { kind: 'arrival', text: 'arrives 2 min earlier', detail: '11:00 → 10:59' },
    ]);
  });

  it('marks a deleted order, which cannot be selected', () => {
    const rows = changedOrderRows(
      [
        { orderId: 'o7', shopperId: null, changes: [{ kind: 'removed', shopperId: 'p1' }] },
        { orderId: 'o8', shopperId: 'p1', changes: [{ kind: 'added', shopperId: 'p1' }] },
      ],
      names,
    );
    expect(rows.map((r) => [r.orderId, r.deleted, r.phrases[0]!.text])).toEqual([
      ['o7', true, 'deleted from the day'],
      ['o8', false, 'added, with Ana'],
    ]);
  });
});
