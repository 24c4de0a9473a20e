/**
 * Li & Lim (2001) PDPTW files: a fleet line `vehicles capacity speed`, then
 * rows `id x y demand ready due service pickup_id delivery_id`, depot first.
 * A pickup (demand > 0) names its delivery, a delivery (demand < 0) names its
 * pickup; the other reference is 0. The files carry no name: it comes from the
 * file name.
 */
import { BenchmarkFormatError } from './formatError.ts';
import type { BenchmarkCustomer, BenchmarkInstance } from './instance.ts';
import { checkIds, readFleet, readSiteRow, type SiteRow } from './rows.ts';
import { contentLines, requireInteger } from './textLines.ts';

/**
 * Speed is read only to check the column: the literature uses speed 1 whatever
 * the file says (several files say 0).
 */
const FLEET_COLUMNS = ['vehicles', 'capacity', 'speed'] as const;
const SITE_COLUMNS = [
  'id',
  'x',
  'y',
  'demand',
  'ready',
  'due',
  'service',
  'pickup_id',
  'delivery_id',
] as const;

export function parseLiLim(text: string, fileName: string): BenchmarkInstance {
  const [fleetLine, ...siteLines] = contentLines(text, fileName);
  const { vehicles, capacity } = readFleet(fileName, fleetLine!, FLEET_COLUMNS);
  const rows = siteLines.map((line) => readSiteRow(fileName, line, SITE_COLUMNS));
  checkIds(fileName, rows, fleetLine!);
  const [depotRow, ...customerRows] = rows;
  const customers = customerRows.map((row) => toCustomer(fileName, row));
  checkPairs(fileName, customerRows, customers);
  return {
    name: instanceName(fileName),
    kind: 'pdptw',
    vehicles,
    capacity,
    depot: depotRow!.site,
    customers,
  };
}

/** "lc101.txt" or "data/lc101.txt" → "lc101". */
function instanceName(fileName: string): string {
  return fileName.replace(/^.*[\\/]/, '').replace(/\.[^.]*$/, '');
}

function toCustomer(fileName: string, { line, site, rest }: SiteRow): BenchmarkCustomer {
  const [pickupId, deliveryId] = rest as [number, number];
  if (site.demand > 0) {
    if (pickupId !== 0) {
      throw new BenchmarkFormatError(
        fileName,
        line.number,
        `pickup ${site.id} has pickup_id ${pickupId}, expected 0`,
      );
    }
    return { ...site, deliveryId: requireInteger(fileName, line, 'delivery_id', deliveryId, 1) };
  }
  if (site.demand < 0) {
    if (deliveryId !== 0) {
      throw new BenchmarkFormatError(
        fileName,
        line.number,
        `delivery ${site.id} has delivery_id ${deliveryId}, expected 0`,
      );
    }
    return { ...site, pickupId: requireInteger(fileName, line, 'pickup_id', pickupId, 1) };
  }
  throw new BenchmarkFormatError(
    fileName,
    line.number,
    `customer ${site.id} has demand 0: it must be a pickup (demand > 0) or a delivery (demand < 0)`,
  );
}

/** Each pickup's delivery names it back and takes off exactly what it put on. */
function checkPairs(
  fileName: string,
  rows: readonly SiteRow[],
  customers: readonly BenchmarkCustomer[],
): void {
  const byId = new Map(customers.map((c) => [c.id, c]));
  customers.forEach((customer, i) => {
    const fail = (detail: string) => new BenchmarkFormatError(fileName, rows[i]!.line.number, detail);
    if (customer.deliveryId !== undefined) {
      const { id, deliveryId } = customer;
      const delivery = byId.get(deliveryId);
      if (!delivery) throw fail(`pickup ${id} names delivery ${deliveryId}, which is not in the file`);
      if (delivery.pickupId === undefined)
        throw fail(`pickup ${id} names delivery ${deliveryId}, but ${deliveryId} is a pickup`);
      if (delivery.pickupId !== id) {
        throw fail(
          `pickup ${id} names delivery ${deliveryId}, but ${deliveryId} names pickup ${delivery.pickupId}`,
        );
      }
      if (delivery.demand !== -customer.demand) {
        throw fail(
          `pickup ${id} has demand ${customer.demand}, but its delivery ${deliveryId} has ${delivery.demand}`,
        );
      }
    } else {
      const { id, pickupId } = customer;
      const pickup = byId.get(pickupId!);
      if (!pickup) throw fail(`delivery ${id} names pickup ${pickupId}, which is not in the file`);
      if (pickup.deliveryId === undefined)
        throw fail(`delivery ${id} names pickup ${pickupId}, but ${pickupId} is a delivery`);
      if (pickup.deliveryId !== id) {
        throw fail(
          `delivery ${id} names pickup ${pickupId}, but ${pickupId} names delivery ${pickup.deliveryId}`,
        );
      }
    }
  });
}
