/**
 * "Serve this order alone on this shopper's day" as a linear program: the
 * question behind "why can nobody serve it?", put to HiGHS so that its
 * irreducible infeasible subset names the fewest rules that rule it out.
 *
 * Columns: `serve` (fixed to 1 by a row, so that "it is served" is itself
 * a rule in the subset), the time the shopper sets off, picking starts and
 * the handoff starts. Every rule is a row — none is a column bound — and
 * each row keeps what it stands for, with its numbers, for the words.
 * Waiting is allowed anywhere, as in the engine's schedules.
 */

import { type LinearProgram, linearProgram } from './mip/linearProgram.ts';
import { DIMENSIONS, mayServe, type RoutingModel, rideLimit } from './model.ts';
import { travelTime } from './travel/travelMatrix.ts';

/** One rule of the program and its numbers (seconds from midnight, seconds, or units). */
export type AloneRule =
  | { kind: 'served' }
  | { kind: 'shift-starts'; at: number }
  | { kind: 'drive-to-store'; seconds: number }
  | { kind: 'picking-from'; at: number }
  | { kind: 'store-closes'; pickingBy: number }
  | { kind: 'pick-and-drive'; pickSeconds: number; driveSeconds: number }
  | { kind: 'window-opens'; at: number }
  | { kind: 'window-closes'; at: number }
  | { kind: 'ride-limit'; seconds: number }
  | { kind: 'shift-ends'; at: number; handoffSeconds: number; driveBackSeconds: number }
  | { kind: 'capacity'; dimension: (typeof DIMENSIONS)[number]; needs: number; carries: number }
  | { kind: 'may-not-serve' };

export interface AloneProgram {
  program: LinearProgram;
  /** What row r stands for. */
  rules: AloneRule[];
}

const SERVE = 0;
const SET_OFF = 1;
const PICK = 2;
const HANDOFF = 3;

/** Only for tasks with a pickup (every grocery order has its store). */
export function serveAloneProgram(model: RoutingModel, task: number, vehicle: number): AloneProgram {
  const t = model.tasks[task]!;
  const v = model.vehicles[vehicle]!;
  if (t.pickup < 0) throw new Error('serveAloneProgram needs a task with a pickup');
  const pickup = model.nodes[t.pickup]!;
  const delivery = model.nodes[t.delivery]!;
  const drive = (from: number, to: number) => travelTime(model.travel, v.profile, from, to);
  const rows: Parameters<typeof linearProgram>[1][number][] = [];
  const rules: AloneRule[] = [];
  const add = (rule: AloneRule, terms: [number, number][], lower: number, upper: number) => {
    rows.push({ terms, lower, upper });
    rules.push(rule);
  };
  const toStore = drive(v.startLocation, pickup.location);
  const toDoor = drive(pickup.location, delivery.location);
  const back = v.endLocation >= 0 ? drive(delivery.location, v.endLocation) : 0;

  add({ kind: 'served' }, [[SERVE, 1]], 1, 1);
  add({ kind: 'shift-starts', at: v.shiftStart }, [[SET_OFF, 1]], v.shiftStart, Infinity);
  add(
    { kind: 'drive-to-store', seconds: toStore },
    [
      [PICK, 1],
      [SET_OFF, -1],
    ],
    toStore,
    Infinity,
  );
  add({ kind: 'picking-from', at: pickup.earliest }, [[PICK, 1]], pickup.earliest, Infinity);
  if (pickup.latest < Infinity)
    add({ kind: 'store-closes', pickingBy: pickup.latest }, [[PICK, 1]], -Infinity, pickup.latest);
  add(
    { kind: 'pick-and-drive', pickSeconds: pickup.service, driveSeconds: toDoor },
    [
      [HANDOFF, 1],
      [PICK, -1],
    ],
    pickup.service + toDoor,
    Infinity,
  );
  add({ kind: 'window-opens', at: delivery.earliest }, [[HANDOFF, 1]], delivery.earliest, Infinity);
  if (delivery.latest < Infinity)
    add({ kind: 'window-closes', at: delivery.latest }, [[HANDOFF, 1]], -Infinity, delivery.latest);
  const ride = rideLimit(model, t, v.profile);
  if (ride < Infinity)
    add(
      { kind: 'ride-limit', seconds: ride },
      [
        [HANDOFF, 1],
        [PICK, -1],
      ],
      -Infinity,
      pickup.service + ride,
    );
  add(
    { kind: 'shift-ends', at: v.shiftEnd, handoffSeconds: delivery.service, driveBackSeconds: back },
    [[HANDOFF, 1]],
    -Infinity,
    v.shiftEnd - delivery.service - back,
  );
  DIMENSIONS.forEach((dimension, d) => {
    const needs = pickup.demand[d]!;
    add(
      { kind: 'capacity', dimension, needs, carries: v.capacity[d]! },
      [[SERVE, needs]],
      -Infinity,
      v.capacity[d]!,
    );
  });
  if (!mayServe(v, t)) add({ kind: 'may-not-serve' }, [[SERVE, 1]], -Infinity, 0);
  return { program: linearProgram(4, rows), rules };
}
