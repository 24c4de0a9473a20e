import { describe, expect, it } from 'vitest';
import { compareOrders, withChange } from './orderChanges.ts';
import type { Plan } from './plan.ts';
import { day, drop, plan, route, trip } from './testing/handPlans.ts';
import { hours, minutes } from './units.ts';

const orders = ['o1', 'o2', 'o3', 'o4', 'o5', 'o6'];
const scenario = day(orders, ['p1', 'p2', 'p3']);
const at = (m: number) => hours(10) + minutes(m);

const compare = (a: Plan, b: Plan) => compareOrders({ scenario, plan: a }, { scenario, plan: b });
const changesById = (a: Plan, b: Plan) =>
  Object.fromEntries(compare(a, b).changed.map((o) => [o.orderId, o.changes]));

describe('compareOrders', () => {
  it('finds nothing between a plan and itself', () => {
    const p = plan([route('p1', trip(drop('o1', at(10)), drop('o2', at(20))))], { o3: 'cost' });
    expect(compare(p, p).changed).toEqual([]);
    expect(Object.values(compare(p, p).counts).every((n) => n === 0)).toBe(true);
  });

  it('tells a changed shopper from a changed batch: a whole batch handed over changes shopper only', () => {
    const a = plan([
      route('p1', trip(drop('o1', at(10)), drop('o2', at(20)))),
      route('p2', trip(drop('o3', at(30)))),
    ]);
    const b = plan([route('p2', trip(drop('o1', at(10)), drop('o2', at(20))), trip(drop('o3', at(30))))]);
    expect(changesById(a, b)).toEqual({
      o1: [{ kind: 'shopper', fromShopperId: 'p1', toShopperId: 'p2' }],
      o2: [{ kind: 'shopper', fromShopperId: 'p1', toShopperId: 'p2' }],
    });
  });

  it('says how a batch changed: split, merged or regrouped', () => {
    const a = plan([
      route('p1', trip(drop('o1', at(10)), drop('o2', at(20)), drop('o3', at(30)))),
      route('p2', trip(drop('o4', at(10))), trip(drop('o5', at(40)), drop('o6', at(50)))),
    ]);
    // o1 leaves its batch for o4's: o1 regrouped, o2 and o3 split from it, o4 merged with o1; o5 + o6 untouched.
    const b = plan([
      route('p1', trip(drop('o2', at(20)), drop('o3', at(30)))),
      route('p2', trip(drop('o4', at(10)), drop('o1', at(10))), trip(drop('o5', at(40)), drop('o6', at(50)))),
    ]);
    const changes = changesById(a, b);
    expect(changes.o1).toEqual([
      { kind: 'shopper', fromShopperId: 'p1', toShopperId: 'p2' },
      { kind: 'batch', how: 'regrouped', before: ['o1', 'o2', 'o3'], after: ['o4', 'o1'] },
    ]);
    expect(changes.o2).toEqual([
      { kind: 'batch', how: 'split', before: ['o1', 'o2', 'o3'], after: ['o2', 'o3'] },
    ]);
    expect(changes.o4).toEqual([{ kind: 'batch', how: 'merged', before: ['o4'], after: ['o4', 'o1'] }]);
    expect(changes.o5).toBeUndefined();
  });

  it('reports an arrival moved by a minute or more, with the shift, and ignores less', () => {
    const a = plan([
      route('p1', trip(drop('o1', at(10))), trip(drop('o2', at(40))), trip(drop('o3', at(60)))),
    ]);
    const b = plan([
      route(
        'p1',
        trip(drop('o1', at(10) + 59)),
        trip(drop('o2', at(40) + 60)),
        trip(drop('o3', at(60) - 150)),
      ),
    ]);
    expect(changesById(a, b)).toEqual({
      o2: [{ kind: 'arrival', before: at(40), after: at(40) + 60, shift: 60 }],
      o3: [{ kind: 'arrival', before: at(60), after: at(60) - 150, shift: -150 }],
    });
  });

  it('reports orders newly late and no longer late', () => {
    const a = plan([route('p1', trip(drop('o1', at(70))), trip(drop('o2', at(80), minutes(20))))]);
    const b = plan([route('p1', trip(drop('o1', at(70), minutes(10))), trip(drop('o2', at(80))))]);
    expect(changesById(a, b)).toEqual({
      o1: [{ kind: 'late', lateness: minutes(10) }],
      o2: [{ kind: 'on-time', wasLateness: minutes(20) }],
    });
  });

  it('reports orders newly unassigned or assigned as that alone; both unassigned is no change', () => {
    const a = plan([route('p1', trip(drop('o1', at(10)), drop('o2', at(20))))], {
      o3: 'capacity',
      o4: 'cost',
    });
    const b = plan([route('p2', trip(drop('o3', at(10)), drop('o2', at(50))))], {
      o1: 'time-window',
      o4: 'shift',
    });
    expect(changesById(a, b)).toEqual({
      o1: [{ kind: 'unassigned', fromShopperId: 'p1', reason: 'time-window' }],
      o2: [
        { kind: 'shopper', fromShopperId: 'p1', toShopperId: 'p2' },
        { kind: 'batch', how: 'regrouped', before: ['o1', 'o2'], after: ['o3', 'o2'] },
        { kind: 'arrival', before: at(20), after: at(50), shift: minutes(30) },
      ],
      o3: [{ kind: 'assigned', toShopperId: 'p2', wasReason: 'capacity' }],
    });
  });

  it('reports orders only one plan has as added or removed', () => {
    const a = plan([route('p1', trip(drop('o1', at(10))))], { o2: 'cost' });
    const b = plan([route('p1', trip(drop('o1', at(10))), trip(drop('o5', at(30))))], { o6: 'cost' });
    expect(changesById(a, b)).toEqual({
      o2: [{ kind: 'removed', shopperId: null }],
      o5: [{ kind: 'added', shopperId: 'p1' }],
      o6: [{ kind: 'added', shopperId: null }],
    });
  });

  it('lists the most consequential changes first, then in the day’s order, and counts each kind', () => {
    const a = plan([
      route('p1', trip(drop('o1', at(10))), trip(drop('o2', at(30))), trip(drop('o3', at(50)))),
      route('p2', trip(drop('o4', at(10))), trip(drop('o5', at(30)))),
    ]);
    const b = plan(
      [
        route('p1', trip(drop('o1', at(15))), trip(drop('o2', at(80), minutes(5))), trip(drop('o5', at(30)))),
        route('p2', trip(drop('o4', at(10)))),
      ],
      { o3: 'cost' },
    );
    const { changed, counts } = compare(a, b);
    expect(changed.map((o) => [o.orderId, o.changes.map((c) => c.kind), o.shopperId])).toEqual([
      ['o3', ['unassigned'], null],
      ['o2', ['late', 'arrival'], 'p1'],
      ['o5', ['shopper'], 'p1'],
      ['o1', ['arrival'], 'p1'],
    ]);
    expect(counts).toEqual({
      unassigned: 1,
      late: 1,
      shopper: 1,
      batch: 0,
      arrival: 2,
      assigned: 0,
      'on-time': 0,
      added: 0,
      removed: 0,
    });
  });
});

describe('withChange', () => {
  it('keeps the orders with a change of the kind, in order; all of them for null', () => {
    const a = plan([
      route('p1', trip(drop('o1', at(10))), trip(drop('o2', at(30))), trip(drop('o3', at(50)))),
    ]);
    const b = plan([route('p2', trip(drop('o1', at(10))), trip(drop('o3', at(70))))], { o2: 'cost' });
    const { changed } = compare(a, b);
    expect(withChange(changed, 'shopper').map((o) => o.orderId)).toEqual(['o1', 'o3']);
    expect(withChange(changed, 'arrival').map((o) => o.orderId)).toEqual(['o3']);
    expect(withChange(changed, 'late')).toEqual([]);
    expect(withChange(changed, null)).toBe(changed);
  });
});
