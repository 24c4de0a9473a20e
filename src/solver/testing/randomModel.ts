/**
 * Random small routing models for property tests: a depot, a few vehicles
 * (returning to the depot or ending anywhere, with or without fixed costs)
 * and a mix of pickup-and-delivery tasks and lone deliveries, with hard or
 * soft windows and ride limits. Small enough that brute force stays cheap.
 */
import fc from 'fast-check';
import { DIMENSION_COUNT, type ModelNode, type RoutingModel } from '../model.ts';

interface RawTask {
  paired: boolean;
  from: [number, number];
  to: [number, number];
  demand: number;
  open: number;
  width: number;
  service: number;
  skills: number;
  /** A pickup's store: one of `STORES` shared sites, or -1 for its own point `from`. */
  store: number;
  previousVehicle: number;
}

/** Stores that several pickups share (single-site batches need shared sites). */
const STORES: readonly [number, number][] = [
  [20, 80],
  [80, 20],
];

const point = fc.tuple(fc.integer({ min: 0, max: 100 }), fc.integer({ min: 0, max: 100 }));

const rawTask: fc.Arbitrary<RawTask> = fc.record({
  paired: fc.boolean(),
  from: point,
  to: point,
  demand: fc.integer({ min: 1, max: 30 }),
  open: fc.integer({ min: 0, max: 400 }),
  width: fc.integer({ min: 30, max: 400 }),
  service: fc.integer({ min: 0, max: 20 }),
  // Mostly none; sometimes one of two skills.
  skills: fc.constantFrom(0, 0, 0, 1, 2),
  store: fc.integer({ min: -1, max: STORES.length - 1 }),
  // A vehicle that served it before (plan stability), -1 for none; it may not exist in a smaller fleet.
  previousVehicle: fc.integer({ min: -1, max: 2 }),
});

export interface RandomModelOptions {
  /** Only lone deliveries (plain VRPTW) instead of a mix with pickup-and-delivery pairs. */
  loneOnly?: boolean;
  /**
   * Benchmark-like: hard windows, unlimited rides and no paid time, the
   * models that local search prices by segment concatenation.
   */
  benchmarkLike?: boolean;
}

export const randomModel: fc.Arbitrary<RoutingModel> = randomModelWith({});

export function randomModelWith({ loneOnly = false, benchmarkLike = false }: RandomModelOptions) {
  const task = loneOnly ? rawTask.map((raw) => ({ ...raw, paired: false })) : rawTask;
  return fc
    .record({
      tasks: fc.array(task, { minLength: 2, maxLength: 8 }),
      vehicles: fc.array(
        fc.record({
          returns: fc.boolean(),
          fixed: fc.constantFrom(0, 100),
          capacity: fc.integer({ min: 30, max: 80 }),
          maxOrders: fc.integer({ min: 1, max: 4 }),
          shiftEnd: fc.integer({ min: 300, max: 1000 }),
          skills: fc.integer({ min: 0, max: 3 }),
        }),
        { minLength: 1, maxLength: 3 },
      ),
      soft: benchmarkLike ? fc.constant(false) : fc.boolean(),
      // Unlimited rides (with hard windows) exercise the engine's O(1) path.
      maxRide: benchmarkLike
        ? fc.constant(Infinity)
        : fc.oneof(fc.constant(Infinity), fc.integer({ min: 50, max: 500 })),
      maxDetour: benchmarkLike
        ? fc.constant(Infinity)
        : fc.oneof(fc.constant(Infinity), fc.integer({ min: 0, max: 200 })),
      singleSiteBatches: benchmarkLike ? fc.constant(false) : fc.boolean(),
      reassignment: fc.constantFrom(0, 0, 40),
    })
    .map(({ tasks, vehicles, soft, maxRide, maxDetour, singleSiteBatches, reassignment }) => {
      // The depot, then the shared stores.
      const points: [number, number][] = [[50, 50], ...STORES];
      const nodes: ModelNode[] = [];
      const node = (
        task: number,
        site: [number, number],
        isPickup: boolean,
        fromStart: boolean,
        raw: RawTask,
      ) => {
        const sharedStore = isPickup && raw.store >= 0;
        if (!sharedStore) points.push(site);
        const sign = isPickup ? 1 : -1;
        const delivery = !isPickup;
        nodes.push({
          task,
          isPickup,
          fromStart,
          location: sharedStore ? 1 + raw.store : points.length - 1,
          earliest: delivery ? raw.open : 0,
          latest: delivery && !soft ? raw.open + raw.width : Infinity,
          due: delivery && soft ? raw.open + raw.width : Infinity,
          service: raw.service,
          demand: [sign * raw.demand, 0, sign],
          siteId: `n${nodes.length}`,
        });
        return nodes.length - 1;
      };
      const modelTasks = tasks.map((raw, t) => {
        const pickup = raw.paired ? node(t, raw.from, true, false, raw) : -1;
        const delivery = node(t, raw.to, false, !raw.paired, raw);
        return {
          id: `t${t}`,
          pickup,
          delivery,
          maxRide: raw.paired ? maxRide : Infinity,
          maxDetour: raw.paired ? maxDetour : Infinity,
          previousVehicle: raw.previousVehicle,
          onlyVehicle: null,
          penalty: 1000,
          skills: benchmarkLike ? 0 : raw.skills,
        };
      });
      const size = points.length;
      const distance = new Float64Array(size * size);
      for (let a = 0; a < size; a++) {
        for (let b = 0; b < size; b++) {
          distance[a * size + b] = Math.hypot(points[a]![0] - points[b]![0], points[a]![1] - points[b]![1]);
        }
      }
      return {
        nodes,
        tasks: modelTasks,
        vehicles: vehicles.map((v, i) => ({
          id: `v${i}`,
          startLocation: 0,
          endLocation: v.returns ? 0 : -1,
          shiftStart: 0,
          shiftEnd: v.shiftEnd,
          capacity: [v.capacity, 1e9, v.maxOrders].slice(0, DIMENSION_COUNT),
          profile: 0,
          skills: v.skills,
          fixedCost: v.fixed,
          costPerSecond: benchmarkLike ? 0 : 0.5,
          costPerMetre: 1,
        })),
        travel: { size, distance, time: [distance] },
        latenessCostPerSecond: 2,
        vehiclesFirst: false,
        singleSiteBatches,
        reassignmentCost: benchmarkLike ? 0 : reassignment,
      };
    });
}
