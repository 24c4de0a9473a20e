/** The studio's keyboard shortcuts: which keys ask for what, and how their buttons name them. */
import { LAYER_GROUPS, type LayerGroup } from '../state/selectionSlice.ts';

/** What a button's shortcut asks for. */
export type Command = 'undo' | 'redo' | 'solve' | 'stop';
export type Shortcut = Command | { toggle: LayerGroup };

/** The plain key that shows or hides each group of map layers: 1, 2, 3, 4 in the legend's order. */
export const LAYER_KEYS: Record<LayerGroup, string> = Object.fromEntries(
  LAYER_GROUPS.map((group, i) => [group, String(i + 1)]),
) as Record<LayerGroup, string>;

/** The keys of a keydown that decide the shortcut. */
type Keys = Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'shiftKey' | 'altKey'>;

/** Ctrl on Linux and Windows, ⌘ on Apple's systems; either works everywhere. */
const MOD_KEY = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform) ? '⌘' : 'Ctrl';

/** Each shortcut as its button's title says it, and as its `aria-keyshortcuts` lists it. */
export const SHORTCUT_KEYS: Record<Command, { label: string; aria: string }> = {
  undo: { label: `${MOD_KEY}+Z`, aria: 'Control+Z Meta+Z' },
  redo: { label: `${MOD_KEY}+Shift+Z or Ctrl+Y`, aria: 'Control+Shift+Z Meta+Shift+Z Control+Y' },
  solve: { label: `${MOD_KEY}+Enter`, aria: 'Control+Enter Meta+Enter' },
  stop: { label: 'Esc', aria: 'Escape' },
};

/** The shortcut a keydown asks for, if any. */
export function shortcutFor(keys: Keys): Shortcut | null {
  if (keys.key === 'Escape') return 'stop';
  if (!keys.ctrlKey && !keys.metaKey && !keys.altKey) {
    const group = LAYER_GROUPS.find((g) => LAYER_KEYS[g] === keys.key);
    return group ? { toggle: group } : null;
  }
  // Alt is left alone: AltGr arrives as Ctrl+Alt on some keyboards, typing a character.
  if (!(keys.ctrlKey || keys.metaKey) || keys.altKey) return null;
  const key = keys.key.toLowerCase();
  if (key === 'z') return keys.shiftKey ? 'redo' : 'undo';
  if (key === 'y' && !keys.shiftKey) return 'redo';
  if (key === 'enter') return 'solve';
  return null;
}

/** Input types that take typed text, where Ctrl+Z is the field's own undo. */
const TYPED_INPUTS = new Set(['text', 'number', 'search', 'email', 'url', 'tel', 'password']);

/** Whether the keys go to text being typed (a text or number field, a text area, editable content). */
export function isTyping(target: EventTarget | null): boolean {
  const element = target as { tagName?: string; type?: string; isContentEditable?: boolean } | null;
  if (!element?.tagName) return false;
  if (element.isContentEditable) return true;
  const tag = element.tagName.toLowerCase();
  return tag === 'textarea' || (tag === 'input' && TYPED_INPUTS.has(element.type ?? 'text'));
}
