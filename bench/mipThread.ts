/**
 * A `MipSolver` over a Node worker thread, as the studio's solver worker has
 * HiGHS in a Web Worker of its own: the engine's thread stays free to answer
 * a stop at once. Benchmarks that time stopping use it.
 */
import { Worker } from 'node:worker_threads';
import type { MipAnswer, MipSolver } from '../src/solver/mip/mipProblem.ts';

export interface MipThread extends MipSolver {
  close(): Promise<number>;
}

export function mipThread(): MipThread {
  // The worker registers tsx's loaders before importing its TypeScript entry, as `tsx` did here.
  const entry = JSON.stringify(new URL('./mipThread.worker.ts', import.meta.url).href);
  const worker = new Worker(
    `require('tsx/cjs/api').register();
     import('tsx/esm/api').then(({ register }) => { register(); return import(${entry}); });`,
    { eval: true },
  );
  const waiting = new Map<number, { resolve(answer: MipAnswer): void; reject(error: Error): void }>();
  let nextId = 0;
  worker.on('message', ({ id, answer, error }: { id: number; answer?: MipAnswer; error?: string }) => {
    const call = waiting.get(id)!;
    waiting.delete(id);
    if (answer) call.resolve(answer);
    else call.reject(new Error(error));
  });
  worker.on('error', (error) => {
    for (const call of waiting.values()) call.reject(error);
    waiting.clear();
  });
  return {
    solve(problem) {
      const id = nextId++;
      const cancel = new Int32Array(new SharedArrayBuffer(4));
      const answer = new Promise<MipAnswer>((resolve, reject) => waiting.set(id, { resolve, reject }));
      worker.postMessage({ id, problem, cancel });
      return { answer, cancel: () => Atomics.store(cancel, 0, 1) };
    },
    close: () => worker.terminate(),
  };
}
