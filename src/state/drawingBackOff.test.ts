import { describe, expect, it } from 'vitest';
import { DRAWING_BACK_OFF_MAX_MS, SIGNAL, SIGNAL_SLOTS } from '../domain/solve.ts';
import { drawingBackOff, type WhenIdle } from './drawingBackOff.ts';

const newSignals = () => new Int32Array(new SharedArrayBuffer(SIGNAL_SLOTS * 4));

/** Idle callbacks the test runs by hand, with the timeouts they were given. */
function fakeIdle() {
  const pending: (() => void)[] = [];
  const timeouts: number[] = [];
  const whenIdle: WhenIdle = (callback, timeoutMs) => {
    pending.push(callback);
    timeouts.push(timeoutMs);
  };
  const idle = () => {
    for (const callback of pending.splice(0)) callback();
  };
  return { whenIdle, idle, timeouts };
}

describe('drawingBackOff', () => {
  it('raises the drawing signal as a plan arrives and lowers it once the page is idle', () => {
    const signals = newSignals();
    const { whenIdle, idle, timeouts } = fakeIdle();
    const planArrived = drawingBackOff(signals, whenIdle);
    planArrived();
    expect(Atomics.load(signals, SIGNAL.drawing)).toBe(1);
    expect(timeouts).toEqual([DRAWING_BACK_OFF_MAX_MS]);
    idle();
    expect(Atomics.load(signals, SIGNAL.drawing)).toBe(0);
  });

  it('keeps the signal raised until the page is idle, however many plans arrive', () => {
    const signals = newSignals();
    const { whenIdle, idle } = fakeIdle();
    const planArrived = drawingBackOff(signals, whenIdle);
    planArrived();
    planArrived();
    expect(Atomics.load(signals, SIGNAL.drawing)).toBe(1);
    idle();
    expect(Atomics.load(signals, SIGNAL.drawing)).toBe(0);
    planArrived();
    expect(Atomics.load(signals, SIGNAL.drawing)).toBe(1);
  });

  it('leaves the other signals alone', () => {
    const signals = newSignals();
    Atomics.store(signals, SIGNAL.giveWay, 1);
    const { whenIdle, idle } = fakeIdle();
    drawingBackOff(signals, whenIdle)();
    idle();
    expect([...signals]).toEqual([0, 1, 0]);
  });

  it('does nothing without shared signals or a way to tell the page is idle', () => {
    const { whenIdle, timeouts } = fakeIdle();
    expect(() => drawingBackOff(null, whenIdle)()).not.toThrow();
    expect(timeouts).toEqual([]);
    const signals = newSignals();
    drawingBackOff(signals, null)();
    expect(Atomics.load(signals, SIGNAL.drawing)).toBe(0);
  });
});
