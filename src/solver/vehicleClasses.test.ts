import { describe, expect, it } from 'vitest';
import { compileScenario } from './compileScenario.ts';
import type { RoutingModel } from './model.ts';
import { tinyScenario } from './testing/tinyScenario.ts';
import { candidateVehicles } from './vehicleClasses.ts';

/** The tiny day's model with its first vehicle twice, the twin changed by `twin`. */
function twins(twin: Partial<RoutingModel['vehicles'][number]>): RoutingModel {
  const { model } = compileScenario(tinyScenario());
  const first = model.vehicles[0]!;
  return { ...model, vehicles: [first, { ...first, id: 'twin', ...twin }] };
}

describe('vehicleClasses', () => {
  it('tries one of two identical empty vehicles, and both when only their skills differ', () => {
    const empty = [{ nodes: [] }, { nodes: [] }];
    expect(candidateVehicles(twins({}), empty)).toEqual([0]);
    expect(candidateVehicles(twins({ skills: 1 }), empty)).toEqual([0, 1]);
  });
});
