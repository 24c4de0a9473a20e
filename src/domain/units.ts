/** Seconds (since midnight when a time of day, otherwise a duration). */
export type Seconds = number;
/** Metres. */
export type Metres = number;

export const SECONDS_PER_MINUTE = 60;
export const SECONDS_PER_HOUR = 3600;

export const minutes = (m: number): Seconds => m * SECONDS_PER_MINUTE;
export const hours = (h: number): Seconds => h * SECONDS_PER_HOUR;
export const toMinutes = (s: Seconds): number => s / SECONDS_PER_MINUTE;
export const toHours = (s: Seconds): number => s / SECONDS_PER_HOUR;
export const toKm = (m: Metres): number => m / 1000;

/** "09:05" for a time of day in seconds; days beyond the first wrap to "+1 09:05". */
/** A time of day as a time input gives it ("14:30") in seconds since midnight; null for anything else. */
export function parseClock(text: string): Seconds | null {
  const match = /^(\d{1,2}):(\d{2})$/.exec(text.trim());
  if (!match || Number(match[1]) > 23 || Number(match[2]) > 59) return null;
  return Number(match[1]) * 3600 + Number(match[2]) * 60;
}

export function formatClock(t: Seconds): string {
  const total = Math.round(t / SECONDS_PER_MINUTE);
  const day = Math.floor(total / (24 * 60));
  const inDay = total - day * 24 * 60;
  const hh = String(Math.floor(inDay / 60)).padStart(2, '0');
  const mm = String(inDay % 60).padStart(2, '0');
  return day > 0 ? `+${day} ${hh}:${mm}` : `${hh}:${mm}`;
}

/** "12 min" / "1 h 05 min" for a duration. */
export function formatDuration(s: Seconds): string {
  const total = Math.round(s / SECONDS_PER_MINUTE);
  if (Math.abs(total) < 60) return `${total} min`;
  const h = Math.trunc(total / 60);
  const m = Math.abs(total % 60);
  return `${h} h ${String(m).padStart(2, '0')} min`;
}

/** "12.3 km" */
export function formatKm(m: Metres, digits = 1): string {
  return `${toKm(m).toFixed(digits)} km`;
}

/** "45.2 h" for a duration summed over people (shopper hours), where minutes are noise. */
export function formatHours(s: Seconds, digits = 1): string {
  return `${toHours(s).toFixed(digits)} h`;
}

/** "87%" for a percentage already on the 0–100 scale. */
export function formatPercent(pct: number, digits = 0): string {
  return `${pct.toFixed(digits)}%`;
}

// A fixed locale: the studio's numbers must not change with the browser's language (tests read them).
const money = new Intl.NumberFormat('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 });

/** "1,234.50": money in the scenario's currency, which the scenario does not name, so no symbol. */
export function formatMoney(amount: number): string {
  return money.format(amount);
}

/** "+12.50" / "−3.20": a change in cost, signed, two decimals, no grouping. */
export function formatCostChange(amount: number): string {
  return `${amount >= 0 ? '+' : '−'}${Math.abs(amount).toFixed(2)}`;
}

/** "90 min": a limit planners set in minutes, shown in minutes even past an hour. */
export function formatMinutes(s: Seconds): string {
  return `${Math.round(toMinutes(s))} min`;
}
