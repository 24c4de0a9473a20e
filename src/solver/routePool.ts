/**
 * Distinct good routes seen during the search, the columns of the set
 * partitioning MIP. Keyed by vehicle class (`vehicleClasses.ts`) and node
 * sequence: a route found on one of 25 identical trucks is a route for any
 * of them, so the MIP may give it to whichever is free. Bounded, dropping
 * the oldest routes first since recent local optima recombine best.
 */
import type { RouteSchedule } from './routeSchedule.ts';

export interface PoolRoute {
  /** The vehicle it was found on; any vehicle of the same class can drive it at the same cost. */
  vehicle: number;
  vehicleClass: number;
  nodes: readonly number[];
  /** Tasks served, ascending. */
  tasks: readonly number[];
  cost: number;
}

export class RoutePool {
  private readonly routes = new Map<string, PoolRoute>();

  constructor(
    private readonly taskOfNode: (node: number) => number,
    private readonly classOf: Int32Array,
    private readonly limit = 5000,
  ) {}

  get size(): number {
    return this.routes.size;
  }

  /** Adds (or refreshes) a route; returns its column, or null for an empty or infeasible route. */
  add(route: RouteSchedule): PoolRoute | null {
    if (route.nodes.length === 0 || route.violation) return null;
    const vehicleClass = this.classOf[route.vehicle]!;
    const key = `${vehicleClass}:${route.nodes.join(',')}`;
    if (this.routes.has(key)) {
      // Refresh its age: a route that keeps appearing is worth keeping.
      this.routes.delete(key);
    } else if (this.routes.size >= this.limit) {
      this.routes.delete(this.routes.keys().next().value!);
    }
    const tasks = [...new Set(route.nodes.map(this.taskOfNode))].sort((a, b) => a - b);
    const column: PoolRoute = {
      vehicle: route.vehicle,
      vehicleClass,
      nodes: route.nodes,
      tasks,
      cost: route.cost,
    };
    this.routes.set(key, column);
    return column;
  }

  all(): PoolRoute[] {
    return [...this.routes.values()];
  }
}
