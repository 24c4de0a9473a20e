/**
 * The engine on a classic benchmark instance: routes come back as lists of
 * the instance's own customer ids, so anyone can check them.
 */
import type { BenchmarkInstance } from './benchmarks/instance.ts';
import { type BenchmarkObjective, compileBenchmark } from './compileBenchmark.ts';
import { type EngineStats, runEngine } from './engine.ts';
import type { MipSolver } from './mip/mipProblem.ts';

export interface BenchmarkRun {
  routes: number[][];
  vehicles: number;
  distance: number;
  /** When the final best solution was first found. */
  timeToBestMs: number;
  unassigned: number;
  stats: EngineStats;
}

export async function solveBenchmark(
  instance: BenchmarkInstance,
  options: { timeLimitSeconds: number; seed: number; objective: BenchmarkObjective },
  mip: MipSolver | null,
): Promise<BenchmarkRun> {
  const { model, customerOfNode } = compileBenchmark(instance, options.objective);
  let timeToBestMs = 0;
  const result = await runEngine(model, options, {
    mip,
    shouldStop: () => false,
    yieldNow: () => Promise.resolve(),
    onProgress: (p) => {
      if (p.best) timeToBestMs = p.elapsedMs;
    },
  });
  const used = result.best.routes.filter((r) => r.nodes.length > 0);
  return {
    routes: used.map((r) => r.nodes.map((n) => customerOfNode[n]!)),
    vehicles: used.length,
    distance: used.reduce((sum, r) => sum + r.distance, 0),
    timeToBestMs,
    unassigned: [...result.best.vehicleOf].filter((v) => v < 0).length,
    stats: result.stats,
  };
}
