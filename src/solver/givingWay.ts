/**
 * A solve that gives way to the page. The app raises two signals, and at
 * its next yield the solve waits while either is up, blocked off the CPU,
 * so that the page has the machine's cores:
 *
 * - `giveWay`, while the planner drags or zooms the map. A solving worker
 *   took about half the frames of a drag where the map is drawn in software
 *   (`npm run bench:live -- --pan`). The wait is left out of the solve's
 *   clock, so the budget is still spent searching and a gesture costs the
 *   plan nothing but the wait. No single wait outlasts `GIVE_WAY_MAX_MS`: a
 *   gesture whose end never arrives cannot hold the solve for good.
 * - `drawing`, from the moment a plan the solve streamed reaches the page
 *   until the page is idle again: React rendering it, the map taking its
 *   routes and drawing them. Traced on 2 cores, the page's tasks over 20 ms
 *   then spent most of their length waiting for a core (a frame of 7 ms of
 *   work took 55 ms), and the solve was the one thread always running. This
 *   wait stays in the clock, so that a solve still ends within its budget
 *   (the planner waits for it in real time), and lasts at most
 *   `DRAWING_BACK_OFF_MAX_MS` per plan.
 *
 * A raised stop ends either wait at once.
 */
import { DRAWING_BACK_OFF_MAX_MS, SIGNAL } from '../domain/solve.ts';

export const GIVE_WAY_MAX_MS = 10_000;
/** How often a wait looks at the signals again, in case a change came without a notify. */
const LOOK_AGAIN_MS = 50;

export interface GivingWayClock {
  /** The solve's clock: milliseconds, without the time spent giving way to map gestures. */
  now(): number;
  /** Waits while a give-way or drawing signal is raised and no stop is (blocking: call it from a worker). */
  giveWay(): void;
}

export function givingWayClock(
  signals: Int32Array,
  realNow: () => number = () => performance.now(),
  maxMs = GIVE_WAY_MAX_MS,
): GivingWayClock {
  let gestureMs = 0;
  const raised = (slot: number) => Atomics.load(signals, slot) === 1;
  /** Waits while `slot` is raised, up to `limitMs`; how long it waited. */
  const waitWhile = (slot: number, limitMs: number): number => {
    if (!raised(slot)) return 0;
    const start = realNow();
    for (let waited = 0; raised(slot) && !raised(SIGNAL.stop) && waited < limitMs; ) {
      Atomics.wait(signals, slot, 1, Math.min(LOOK_AGAIN_MS, limitMs - waited));
      waited = realNow() - start;
    }
    return realNow() - start;
  };
  return {
    now: () => realNow() - gestureMs,
    giveWay() {
      waitWhile(SIGNAL.drawing, DRAWING_BACK_OFF_MAX_MS);
      gestureMs += waitWhile(SIGNAL.giveWay, maxMs);
    },
  };
}
