/**
 * Scenarios as the app sends them to a worker: each one names the parts it
 * shares with the scenario sent before it instead of sending them again.
 * An edit changes one part of the day (a constraint, one order moved), and
 * the store keeps every other part the same object; sent whole, a large
 * day's scenario (2,000 orders) was copied on the main thread inside the
 * task of every keystroke that edited it.
 *
 * A part is the same when it is the same object: the store never changes a
 * scenario in place. Lists (orders, shoppers, stores…) are sent item by
 * item, an item the list sent before had as its index there.
 *
 * Both ends start from no scenario and move to each scenario they encode or
 * decode, so every scenario must be decoded, in the order it was encoded.
 */
import type { Scenario } from './scenario.ts';

type Part = keyof Scenario;

/** An item of a list: whole, or the index of the same item in that list sent before. */
export type ListItem = object | number;

/** A scenario on the wire. Parts the scenario does not have are in none of the three. */
export interface ScenarioUpdate {
  /** Parts sent whole: new since the scenario sent before. */
  whole: Partial<Scenario>;
  /** Lists sent item by item. */
  lists: Partial<Record<Part, ListItem[]>>;
  /** Parts the same as in the scenario sent before. */
  kept: Part[];
}

/** The app's end: encodes each scenario against the one encoded before it. */
export class ScenarioEncoder {
  private base: Scenario | null = null;

  encode(scenario: Scenario): ScenarioUpdate {
    const base = this.base;
    this.base = scenario;
    const update: ScenarioUpdate = { whole: {}, lists: {}, kept: [] };
    for (const part of Object.keys(scenario) as Part[]) {
      const value = scenario[part];
      if (value === undefined) continue;
      const before = base?.[part];
      if (value === before) {
        update.kept.push(part);
        continue;
      }
      const items = Array.isArray(value) && Array.isArray(before) ? listUpdate(value, before) : null;
      if (items) update.lists[part] = items;
      else (update.whole as Record<Part, unknown>)[part] = value;
    }
    return update;
  }
}

/** The items by index where the list before had them; null when it had none of them (sent whole). */
function listUpdate(items: readonly unknown[], before: readonly unknown[]): ListItem[] | null {
  const indexOf = new Map(before.map((item, index) => [item, index] as const));
  let reused = false;
  const encoded = items.map((item) => {
    const index = typeof item === 'object' && item !== null ? indexOf.get(item) : undefined;
    if (index === undefined) return item as object;
    reused = true;
    return index;
  });
  // A list of anything but objects is sent whole: its numbers would read as indices.
  return reused && items.every((item) => typeof item === 'object' && item !== null) ? encoded : null;
}

/** The worker's end: decodes each update against the scenario decoded before it. */
export class ScenarioDecoder {
  private base: Scenario | null = null;

  decode(update: ScenarioUpdate): Scenario {
    const base = this.base;
    const scenario = { ...update.whole } as Record<Part, unknown>;
    // Only a scenario decoded out of order gets past these checks: a bug, not bad input.
    const before = (part: Part): unknown => {
      if (!base || !(part in base)) throw new Error(`scenario stream out of step: no "${part}" to keep`);
      return base[part];
    };
    for (const part of update.kept) scenario[part] = before(part);
    for (const [part, items] of Object.entries(update.lists) as [Part, ListItem[]][]) {
      const list = before(part) as readonly object[];
      scenario[part] = items.map((item) => {
        if (typeof item !== 'number') return item;
        const kept = list[item];
        if (kept === undefined) throw new Error(`scenario stream out of step: no item ${item} of "${part}"`);
        return kept;
      });
    }
    this.base = scenario as unknown as Scenario;
    return this.base;
  }
}
