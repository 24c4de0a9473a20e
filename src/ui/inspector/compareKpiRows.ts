/**
 * The Compare tab's KPI table as text: each KPI's name with its unit, its
 * value in the baseline and in the plan on screen, the change, and the
 * verdict in words (never by colour alone). Numbers are shown at the
 * precision the comparison judges changes by (`KpiSpec.step`), so that a
 * "better" never sits beside a change that reads 0. The unit is named once,
 * in the label, to keep the table narrow enough for the dock.
 */
import type { KpiDelta, KpiKey, KpiUnit, KpiVerdict } from '../../domain/kpiComparison.ts';
import { formatMoney, toHours, toKm, toMinutes } from '../../domain/units.ts';

export interface CompareKpiRow {
  key: KpiKey;
  /** The KPI and the unit its numbers are in: "Distance (km)". */
  label: string;
  /** What is measured and which way is better, for the label's tooltip. */
  hint: string;
  baseline: string;
  current: string;
  /** The change from the baseline, signed; "no change", or "—" when one plan leaves the KPI undefined. */
  change: string;
  verdict: KpiVerdict;
  /** The verdict in words: "better", "worse", "changed"; empty when there is nothing to judge. */
  verdictText: string;
  /** b − a in the KPI's SI unit (for `data-delta`); null when not both are defined. */
  delta: number | null;
}

const NONE = '—';
const MINUS = '\u2212';

const KPI_WORDS: Record<KpiKey, { label: string; hint: string }> = {
  delivered: { label: 'Delivered', hint: 'Orders with a delivery in the plan' },
  unassigned: { label: 'Unassigned', hint: 'Orders the plan leaves without a shopper' },
  late: { label: 'Late', hint: 'Delivered orders handed over after their window' },
  onTimePct: { label: 'On time', hint: 'Delivered orders on time, of all delivered' },
  meanLateness: { label: 'Lateness, mean', hint: 'Past the window’s end, over every delivered order' },
  p90Lateness: { label: 'Lateness, p90', hint: '90% of delivered orders are no later than this' },
  meanClickToDoor: { label: 'Click-to-door, mean', hint: 'From the order being placed to its handoff' },
  p90ClickToDoor: { label: 'Click-to-door, p90', hint: '90% of orders reach the door within this' },
  meanReadyToDoor: { label: 'Ready-to-door, mean', hint: 'From leaving the pickup, picked, to the handoff' },
  p90ReadyToDoor: {
    label: 'Ready-to-door, p90',
    hint: '90% of orders reach the door within this of being picked',
  },
  ordersPerShopperHour: { label: 'Orders per shopper-hour', hint: 'Delivered orders ÷ paid shopper hours' },
  utilisationPct: {
    label: 'Utilisation',
    hint: 'Picking + driving + handoffs ÷ shift time, all shoppers on shift',
  },
  distance: { label: 'Distance', hint: 'Driven by all shoppers' },
  driveTime: { label: 'Drive time', hint: 'Time on the road, all shoppers' },
  shopperTime: {
    label: 'Shopper time',
    hint: 'Paid time: each working shopper from leaving the start to the last stop',
  },
  shoppersUsed: { label: 'Shoppers used', hint: 'Shoppers with work' },
  batches: { label: 'Batches', hint: 'Trips: one batch picked, then delivered' },
  meanBatchSize: { label: 'Batch size, mean', hint: 'Delivered orders ÷ batches' },
  totalCost: { label: 'Total cost', hint: 'The plan’s cost, unassigned penalties included' },
  costPerOrder: { label: 'Cost per order', hint: 'Total cost ÷ delivered orders' },
};

/** How each unit is shown: the name in the label (none where the KPI's name says it) and the number in it. */
const SHOWN_AS: Record<KpiUnit, { unit: string | null; toShown: (v: number) => number }> = {
  orders: { unit: 'orders', toShown: (n) => n },
  shoppers: { unit: null, toShown: (n) => n },
  batches: { unit: null, toShown: (n) => n },
  '%': { unit: '%', toShown: (p) => p },
  s: { unit: 'min', toShown: toMinutes },
  m: { unit: 'km', toShown: toKm },
  '1/h': { unit: null, toShown: (r) => r },
  money: { unit: null, toShown: (c) => c },
  'money/order': { unit: null, toShown: (c) => c },
};

/** Time summed over shoppers reads in hours; the rest of the durations, an order's, in minutes. */
const IN_HOURS: ReadonlySet<KpiKey> = new Set(['driveTime', 'shopperTime']);

function shownAs(d: KpiDelta) {
  return IN_HOURS.has(d.key) ? { unit: 'h', toShown: toHours } : SHOWN_AS[d.unit];
}

/** Decimals that show a step in the unit shown: 0.01 → 2; 6 s as minutes (0.1) → 1; 1 → 0. */
const decimalsOf = (step: number) => Math.max(0, -Math.floor(Math.log10(step) + 1e-9));

const DIRECTION_WORDS = { higher: 'higher is better', lower: 'lower is better' } as const;

const VERDICT_WORDS: Record<KpiVerdict, string> = {
  better: 'better',
  worse: 'worse',
  different: 'changed',
  same: '',
  incomparable: '',
};

export function compareKpiRows(deltas: readonly KpiDelta[]): CompareKpiRow[] {
  return deltas.map((d) => {
    const words = KPI_WORDS[d.key];
    const { unit, toShown } = shownAs(d);
    const digits = decimalsOf(toShown(d.step));
    const money = d.unit === 'money' || d.unit === 'money/order';
    const number = (v: number) => (money ? formatMoney(v) : v.toFixed(digits));
    const shown = (v: number | null) => (v === null ? NONE : number(toShown(v)));
    let change = NONE;
    if (d.delta !== null) {
      const size = number(Math.abs(toShown(d.delta)));
      // A change of a percentage is in percentage points, not a percentage of it.
      const points = d.unit === '%' ? ' pp' : '';
      change = d.verdict === 'same' ? 'no change' : `${d.delta > 0 ? '+' : MINUS}${size}${points}`;
    }
    return {
      key: d.key,
      label: unit ? `${words.label} (${unit})` : words.label,
      hint: `${words.hint}; ${d.better ? DIRECTION_WORDS[d.better] : 'neither way is better in itself'}`,
      baseline: shown(d.a),
      current: shown(d.b),
      change,
      verdict: d.verdict,
      verdictText: VERDICT_WORDS[d.verdict],
      delta: d.delta,
    };
  });
}
