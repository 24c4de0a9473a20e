import { Worker } from 'node:worker_threads';
import { describe, expect, it } from 'vitest';
import { DRAWING_BACK_OFF_MAX_MS, SIGNAL, SIGNAL_SLOTS } from '../domain/solve.ts';
import { givingWayClock } from './givingWay.ts';

const newSignals = () => new Int32Array(new SharedArrayBuffer(SIGNAL_SLOTS * 4));

/**
 * Another thread that sets `slot` to `value` after `afterMs` and wakes a wait on `wake`, as the app does from
 * the page; resolves once it runs.
 */
async function setLater(
  signals: Int32Array,
  slot: number,
  value: number,
  afterMs: number,
  wake: number = SIGNAL.giveWay,
): Promise<Worker> {
  const thread = new Worker(
    `const { workerData: { signals, slot, value, afterMs, wake } } = require('node:worker_threads');
     setTimeout(() => { Atomics.store(signals, slot, value); Atomics.notify(signals, wake); }, afterMs);`,
    { eval: true, workerData: { signals, slot, value, afterMs, wake } },
  );
  await new Promise((resolve) => thread.once('online', resolve));
  return thread;
}

/**
 * Raises `slot`, has another thread lower it after `afterMs`, and gives way once: how long that took in real
 * time and on the solve's clock.
 */
async function giveWayWhileRaised(slot: number, afterMs: number) {
  const signals = newSignals();
  Atomics.store(signals, slot, 1);
  const thread = await setLater(signals, slot, 0, afterMs, slot);
  const clock = givingWayClock(signals);
  const before = clock.now();
  const realBefore = performance.now();
  clock.giveWay();
  const real = performance.now() - realBefore;
  const onClock = clock.now() - before;
  await thread.terminate();
  return { signals, real, onClock };
}

describe('givingWayClock', () => {
  it('does not wait while the signal is down', () => {
    const signals = newSignals();
    let real = 100;
    const clock = givingWayClock(signals, () => real);
    clock.giveWay();
    real = 130;
    expect(clock.now()).toBe(130);
  });

  it('waits while the signal is up, and leaves the wait out of its clock', async () => {
    const { signals, real, onClock } = await giveWayWhileRaised(SIGNAL.giveWay, 150);
    expect(Atomics.load(signals, SIGNAL.giveWay)).toBe(0);
    expect(real).toBeGreaterThan(100);
    // The whole wait is left out: the clock moved only by what surrounds it.
    expect(onClock).toBeLessThan(real - 100);
  });

  it('stops waiting when a stop is raised', async () => {
    const signals = newSignals();
    Atomics.store(signals, SIGNAL.giveWay, 1);
    const thread = await setLater(signals, SIGNAL.stop, 1, 100);
    givingWayClock(signals).giveWay();
    expect(Atomics.load(signals, SIGNAL.stop)).toBe(1);
    expect(Atomics.load(signals, SIGNAL.giveWay)).toBe(1);
    await thread.terminate();
  });

  it('waits no longer than its limit when the signal stays up', () => {
    const signals = newSignals();
    Atomics.store(signals, SIGNAL.giveWay, 1);
    const start = performance.now();
    givingWayClock(signals, () => performance.now(), 60).giveWay();
    expect(performance.now() - start).toBeGreaterThanOrEqual(59);
  });

  it('backs off while the page draws a plan, and keeps the wait in its clock', async () => {
    const { signals, real, onClock } = await giveWayWhileRaised(SIGNAL.drawing, 80);
    expect(Atomics.load(signals, SIGNAL.drawing)).toBe(0);
    expect(real).toBeGreaterThan(50);
    expect(real).toBeLessThan(DRAWING_BACK_OFF_MAX_MS + 100);
    // Unlike a gesture, the wait counts: a solve still ends within its budget in real time.
    expect(onClock).toBeGreaterThanOrEqual(real - 1);
  });

  it('backs off for one plan no longer than its limit when the page never lowers the signal', () => {
    const signals = newSignals();
    Atomics.store(signals, SIGNAL.drawing, 1);
    const start = performance.now();
    givingWayClock(signals).giveWay();
    const waited = performance.now() - start;
    expect(waited).toBeGreaterThanOrEqual(DRAWING_BACK_OFF_MAX_MS - 1);
    expect(waited).toBeLessThan(DRAWING_BACK_OFF_MAX_MS + 150);
  });

  it('stops backing off when a stop is raised', async () => {
    const signals = newSignals();
    Atomics.store(signals, SIGNAL.drawing, 1);
    const thread = await setLater(signals, SIGNAL.stop, 1, 40, SIGNAL.drawing);
    const start = performance.now();
    givingWayClock(signals).giveWay();
    expect(Atomics.load(signals, SIGNAL.stop)).toBe(1);
    expect(performance.now() - start).toBeLessThan(DRAWING_BACK_OFF_MAX_MS - 40);
    await thread.terminate();
  });
});
