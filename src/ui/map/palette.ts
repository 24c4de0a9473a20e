/**
 * One colour per shopper, stable for a scenario: a shopper keeps its colour
 * across re-solves because it is keyed by the shopper's position in the
 * scenario, not in the plan.
 */
const BASE = [
  '#1f77b4',
  '#d62728',
  '#2ca02c',
  '#9467bd',
  '#ff7f0e',
  '#17becf',
  '#e377c2',
  '#8c564b',
  '#bcbd22',
  '#3949ab',
  '#00897b',
  '#c2185b',
  '#6d4c41',
  '#f4511e',
  '#7cb342',
  '#5e35b1',
];

export function shopperColor(index: number): string {
  return BASE[index % BASE.length]!;
}

export const STATUS_COLORS = {
  pending: '#94a3b8',
  'on-time': '#16a34a',
  late: '#f59e0b',
  unassigned: '#dc2626',
} as const;

export type OrderStatus = keyof typeof STATUS_COLORS;

/** The ring around an order a re-solve just gave to another shopper: unlike any status or shopper colour. */
export const REASSIGNED_COLOR = '#c026d3';

/**
 * The disc behind an order that differs from the baseline in the Compare tab:
 * dark and filled, so it reads apart from the magenta ring of a re-solve's
 * moves and from every status and shopper colour.
 */
export const CHANGED_COLOR = '#0f172a';
