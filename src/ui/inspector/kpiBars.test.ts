import { describe, expect, it } from 'vitest';
import type { KpiDistributions, ShopperUtilisation } from '../../domain/kpiDistributions.ts';
import { minutes } from '../../domain/units.ts';
import { shopperColor } from '../map/palette.ts';
import {
  batchSizeBars,
  clickToDoorBars,
  durationHistogram,
  latenessBars,
  MAX_BINS,
  utilisationBars,
} from './kpiBars.ts';

describe('durationHistogram', () => {
  it('counts minutes in half-open bins of a readable width, from the bin holding the smallest', () => {
    // 23 to 61 min: 5-min bins would need 9 (20–65), so 5 it is.
    const bars = durationHistogram([23, 24, 38, 40, 61].map(minutes));
    expect(bars.labels).toEqual([
      '20–25',
      '25–30',
      '30–35',
      '35–40',
      '40–45',
      '45–50',
      '50–55',
      '55–60',
      '60–65',
    ]);
    expect(bars.values).toEqual([2, 0, 0, 1, 1, 0, 0, 0, 1]); // 40 starts the 40–45 bin
  });

  it('widens the bins until they fit', () => {
    const bars = durationHistogram([0, 179].map(minutes)); // 15-min bins would need 12, 10-min 18
    expect(bars.labels).toHaveLength(12);
    expect(bars.labels[0]).toBe('0–15');
    expect(bars.values.reduce((a, b) => a! + b!, 0)).toBe(2);
    expect(durationHistogram([0, 100_000].map(minutes)).labels.length).toBeGreaterThan(MAX_BINS); // past every width
  });

  it('starts at 0 when asked, and is empty without values', () => {
    // 1- and 2-min bins would need 39 and 20 from 0 to 38 min.
    expect(durationHistogram([minutes(17), minutes(38)], true)).toEqual({
      labels: ['0–5', '5–10', '10–15', '15–20', '20–25', '25–30', '30–35', '35–40'],
      values: [0, 0, 0, 1, 0, 0, 0, 1],
    });
    expect(durationHistogram([])).toEqual({ labels: [], values: [] });
  });
});

function utilisation(shopperId: string, index: number, utilisationPct: number | null): ShopperUtilisation {
  return {
    shopperId,
    name: `Shopper ${shopperId}`,
    index,
    shiftSeconds: 0,
    pickingSeconds: 0,
    driveSeconds: 0,
    handoffSeconds: 0,
    busySeconds: 0,
    utilisationPct,
  };
}

const distributions: KpiDistributions = {
  deliveries: [
    { orderId: 'o1', lateness: 0, clickToDoor: minutes(41), readyToDoor: minutes(10) },
    { orderId: 'o2', lateness: minutes(3), clickToDoor: minutes(44), readyToDoor: minutes(12) },
    { orderId: 'o3', lateness: minutes(12), clickToDoor: null, readyToDoor: null },
  ],
  lateness: null,
  clickToDoor: null,
  readyToDoor: null,
  ordersPerShopperHour: null,
  shoppers: [utilisation('A', 0, 50), utilisation('C', 2, null)],
  fleetUtilisationPct: null,
  batchSizes: [4, 0, 1],
};

describe('the KPI charts’ bars', () => {
  it('bins the click-to-door times that are known', () => {
    expect(clickToDoorBars(distributions)).toEqual({
      labels: ['41–42', '42–43', '43–44', '44–45'],
      values: [1, 0, 0, 1],
    });
  });

  it('bins only the late deliveries, from 0 min late', () => {
    // 3 and 12 min late: 1-min bins from 0 would need 13.
    expect(latenessBars(distributions)).toEqual({
      labels: ['0–2', '2–4', '4–6', '6–8', '8–10', '10–12', '12–14'],
      values: [0, 1, 0, 0, 0, 0, 1],
    });
  });

  it('gives one bar per batch size, empty sizes included', () => {
    expect(batchSizeBars(distributions)).toEqual({ labels: ['1', '2', '3'], values: [4, 0, 1] });
  });

  it('gives one bar per working shopper in the shopper’s colour, none for an empty shift', () => {
    expect(utilisationBars(distributions)).toEqual({
      labels: ['Shopper A', 'Shopper C'],
      values: [50, null],
      colors: [shopperColor(0), shopperColor(2)],
    });
  });
});
