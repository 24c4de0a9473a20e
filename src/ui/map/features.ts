/**
 * Scenario + plan → the GeoJSON points the map draws (routes: `routeLines.ts`).
 * Pure, so it is recomputed only when its inputs change.
 */
import type { Feature, FeatureCollection, Point } from 'geojson';
import type { ChangedOrder } from '../../domain/orderChanges.ts';
import type { Plan } from '../../domain/plan.ts';
import type { PlanIndex } from '../../domain/planIndex.ts';
import type { LngLat, Scenario } from '../../domain/scenario.ts';
import { type OrderStatus, shopperColor } from './palette.ts';

export interface StoreProps {
  kind: 'store';
  id: string;
  name: string;
}

export interface OrderProps {
  kind: 'order';
  id: string;
  status: OrderStatus;
  shopperId: string | null;
  windowStart: number;
  windowEnd: number;
  /** Planned arrival at the door; -1 when not planned. */
  arrival: number;
  items: number;
  reason: string | null;
}

export interface ShopperProps {
  kind: 'shopper';
  id: string;
  name: string;
  color: string;
  active: boolean;
}

const point = (p: LngLat): Point => ({ type: 'Point', coordinates: [p.lng, p.lat] });

function collection<P>(features: Feature<Point, P>[]): FeatureCollection<Point, P> {
  return { type: 'FeatureCollection', features };
}

export function storeFeatures(day: Pick<Scenario, 'stores'>): FeatureCollection<Point, StoreProps> {
  return collection(
    day.stores.map((s, i) => ({
      type: 'Feature',
      id: i,
      geometry: point(s.location),
      properties: { kind: 'store', id: s.id, name: s.name },
    })),
  );
}

export function orderFeatures(
  day: Pick<Scenario, 'orders'>,
  index: PlanIndex | null,
): FeatureCollection<Point, OrderProps> {
  return collection(
    day.orders.map((o, i) => {
      const served = index?.assigned.get(o.id);
      const reason = index?.unassigned.get(o.id) ?? null;
      let status: OrderStatus = 'pending';
      if (served) status = served.delivery.lateness > 0 ? 'late' : 'on-time';
      else if (reason) status = 'unassigned';
      return {
        type: 'Feature',
        id: i,
        geometry: point(o.location),
        properties: {
          kind: 'order',
          id: o.id,
          status,
          shopperId: served?.shopperId ?? null,
          windowStart: o.window.start,
          windowEnd: o.window.end,
          arrival: served ? served.delivery.arrival : -1,
          items: o.items,
          reason,
        },
      };
    }),
  );
}

export function shopperFeatures(
  day: Pick<Scenario, 'shoppers'>,
  plan: Plan | null,
): FeatureCollection<Point, ShopperProps> {
  const working = new Set(plan?.routes.map((r) => r.shopperId));
  return collection(
    day.shoppers.map((s, i) => ({
      type: 'Feature',
      id: i,
      geometry: point(s.start),
      properties: {
        kind: 'shopper',
        id: s.id,
        name: s.name,
        color: shopperColor(i),
        active: working.has(s.id),
      },
    })),
  );
}

/**
 * The orders with these ids at their doors, each under the same id as in
 * `orderFeatures`, so that the map updates the rings in place.
 */
export function orderRingFeatures(
  day: Pick<Scenario, 'orders'>,
  orderIds: readonly string[],
): FeatureCollection<Point, { orderId: string }> {
  const wanted = new Set(orderIds);
  const features: Feature<Point, { orderId: string }>[] = [];
  day.orders.forEach((o, i) => {
    if (wanted.has(o.id))
      features.push({ type: 'Feature', id: i, geometry: point(o.location), properties: { orderId: o.id } });
  });
  return collection(features);
}

export interface ChangedOrderProps {
  orderId: string;
  /** Its kinds of change, space-separated ("shopper batch"). */
  changes: string;
}

/**
 * The changed orders at their doors: in the day on screen, or, for an order
 * deleted since the baseline, where the baseline's day had it.
 */
export function changedOrderFeatures(
  changed: readonly ChangedOrder[],
  current: Scenario,
  baseline: Scenario,
): FeatureCollection<Point, ChangedOrderProps> {
  const doors = new Map<string, LngLat>();
  for (const o of baseline.orders) doors.set(o.id, o.location);
  for (const o of current.orders) doors.set(o.id, o.location);
  const features: Feature<Point, ChangedOrderProps>[] = [];
  for (const order of changed) {
    const door = doors.get(order.orderId);
    if (!door) continue;
    features.push({
      type: 'Feature',
      geometry: point(door),
      properties: { orderId: order.orderId, changes: order.changes.map((c) => c.kind).join(' ') },
    });
  }
  return collection(features);
}
