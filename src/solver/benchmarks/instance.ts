/**
 * A classic routing benchmark instance (Solomon, Gehring–Homberger, Li & Lim)
 * exactly as its file gives it: no scaling, no renumbering, so results can be
 * compared with the literature's.
 */

export interface BenchmarkSite {
  id: number;
  x: number;
  y: number;
  demand: number;
  ready: number;
  due: number;
  service: number;
}

export interface BenchmarkCustomer extends BenchmarkSite {
  /** Li & Lim: for a delivery, the id of its pickup; for a pickup, the id of its delivery. Absent in VRPTW. */
  pickupId?: number;
  deliveryId?: number;
}

export interface BenchmarkInstance {
  /** e.g. "C101", "lc101", "c1_2_1". */
  name: string;
  kind: 'vrptw' | 'pdptw';
  /** Fleet size given by the file. */
  vehicles: number;
  capacity: number;
  /** id 0; its due date is the horizon. */
  depot: BenchmarkSite;
  /** In file order, ids as in the file. */
  customers: BenchmarkCustomer[];
}

/**
 * Distance, and travel time, between two sites: the literature's convention is
 * unrounded Euclidean distance at speed 1. Written as sqrt(dx² + dy²) rather than
 * Math.hypot, whose last-bit accuracy varies between engines, so record distances
 * reproduce the same everywhere.
 */
export function euclidean(a: { x: number; y: number }, b: { x: number; y: number }): number {
  const dx = a.x - b.x;
  const dy = a.y - b.y;
  return Math.sqrt(dx * dx + dy * dy);
}
