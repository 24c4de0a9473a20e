import { describe, expect, it } from 'vitest';
import { untilStopped } from './untilStopped.ts';

describe('untilStopped', () => {
  it('gives an answer that is already there even when a stop is requested', async () => {
    expect(await untilStopped(Promise.resolve(7), () => true)).toBe(7);
  });

  it('leaves a promise that never settles once a stop is requested', async () => {
    let stop = false;
    setTimeout(() => {
      stop = true;
    }, 20);
    expect(await untilStopped(new Promise<number>(() => {}), () => stop)).toBeNull();
  });

  it('waits for a slow answer while nobody asks to stop', async () => {
    const slow = new Promise<string>((resolve) => setTimeout(() => resolve('done'), 30));
    expect(await untilStopped(slow, () => false)).toBe('done');
  });

  it('passes a failure on', async () => {
    await expect(untilStopped(Promise.reject(new Error('HiGHS failed')), () => false)).rejects.toThrow(
      'HiGHS failed',
    );
  });
});
