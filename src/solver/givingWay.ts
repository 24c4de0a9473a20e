/**
 * A solve that gives way to the planner. While the app raises the give-way
 * signal (the planner is dragging or zooming the map), the solve waits at its
 * next yield, blocked off the CPU, so that the map's frames have the
 * machine's cores: a solving worker took about half the frames of a drag
 * where the map is drawn in software (`npm run bench:live -- --pan`).
 *
 * The time spent waiting is left out of the solve's clock, so the budget is
 * still spent searching and a gesture costs the plan nothing but the wait.
 * A raised stop ends the wait at once, and no single wait outlasts
 * `GIVE_WAY_MAX_MS`: a gesture whose end never arrives cannot hold the
 * solve for good.
 */
import { SIGNAL } from '../domain/solve.ts';

export const GIVE_WAY_MAX_MS = 10_000;
/** How often a wait looks at the signals again, in case a change came without a notify. */
const LOOK_AGAIN_MS = 50;

export interface GivingWayClock {
  /** The solve's clock: milliseconds, without the time spent giving way. */
  now(): number;
  /** Waits while the give-way signal is raised and no stop is (blocking: call it from a worker). */
  giveWay(): void;
}

export function givingWayClock(
  signals: Int32Array,
  realNow: () => number = () => performance.now(),
  maxMs = GIVE_WAY_MAX_MS,
): GivingWayClock {
  let waitedMs = 0;
  const raised = (slot: number) => Atomics.load(signals, slot) === 1;
  return {
    now: () => realNow() - waitedMs,
    giveWay() {
      if (!raised(SIGNAL.giveWay)) return;
      const start = realNow();
      for (let waited = 0; raised(SIGNAL.giveWay) && !raised(SIGNAL.stop) && waited < maxMs; ) {
        Atomics.wait(signals, SIGNAL.giveWay, 1, Math.min(LOOK_AGAIN_MS, maxMs - waited));
        waited = realNow() - start;
      }
      waitedMs += realNow() - start;
    },
  };
}
