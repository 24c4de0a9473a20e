import { describe, expect, it } from 'vitest';
import { createRandom } from '../../domain/random.ts';
import { loadFile, sharedBenchmarksDir } from '../benchmarks/loadFiles.ts';
import { parseSolomon } from '../benchmarks/solomon.ts';
import { validateRoutes } from '../benchmarks/validateRoutes.ts';
import { compileBenchmark } from '../compileBenchmark.ts';
import { insertRegret } from '../construction.ts';
import { emptySolution, type Solution } from '../solution.ts';
import { FleetMinimisation } from './fleetMinimisation.ts';
import { taskNeighbours } from './neighbours.ts';

const usedRoutes = (s: Solution) => s.routes.filter((r) => r.nodes.length > 0);

describe('FleetMinimisation', () => {
  it('finds RC101 with a vehicle fewer than regret construction, every customer served and valid', () => {
    const instance = loadFile(new URL('solomon/RC101.txt', sharedBenchmarksDir()), parseSolomon);
    const { model, customerOfNode } = compileBenchmark(instance, 'hierarchical');
    const start = emptySolution(model);
    insertRegret(
      model,
      start,
      model.tasks.map((_, t) => t),
    );
    const fleet = new FleetMinimisation(model, taskNeighbours(model, 30), createRandom(3));

    let best = start;
    let found = 0;
    for (let step = 0; step < 3000 && found < 1; step++) {
      const fewer = fleet.step(best);
      if (!fewer) continue;
      expect(usedRoutes(fewer).length).toBeLessThan(usedRoutes(best).length);
      expect([...fewer.vehicleOf].every((v) => v >= 0)).toBe(true);
      best = fewer;
      found++;
    }
    expect(found).toBe(1);
    const routes = usedRoutes(best).map((r) => r.nodes.map((n) => customerOfNode[n]!));
    const check = validateRoutes(instance, routes);
    expect(check.violations).toEqual([]);
    expect(check.vehicles).toBe(usedRoutes(start).length - 1);
  });
});
