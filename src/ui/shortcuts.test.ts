import { describe, expect, it } from 'vitest';
import { isTyping, shortcutFor } from './shortcuts.ts';

const keys = (
  key: string,
  mods: { ctrl?: boolean; meta?: boolean; shift?: boolean; alt?: boolean } = {},
) => ({
  key,
  ctrlKey: mods.ctrl ?? false,
  metaKey: mods.meta ?? false,
  shiftKey: mods.shift ?? false,
  altKey: mods.alt ?? false,
});

describe('shortcutFor', () => {
  it('reads Ctrl and ⌘ alike', () => {
    expect(shortcutFor(keys('z', { ctrl: true }))).toBe('undo');
    expect(shortcutFor(keys('z', { meta: true }))).toBe('undo');
    expect(shortcutFor(keys('Enter', { ctrl: true }))).toBe('solve');
    expect(shortcutFor(keys('Enter', { meta: true }))).toBe('solve');
  });

  it('redoes on Shift+Ctrl+Z (Shift makes the key "Z") and on Ctrl+Y', () => {
    expect(shortcutFor(keys('Z', { ctrl: true, shift: true }))).toBe('redo');
    expect(shortcutFor(keys('Z', { meta: true, shift: true }))).toBe('redo');
    expect(shortcutFor(keys('y', { ctrl: true }))).toBe('redo');
  });

  it('stops on Escape, with or without modifiers', () => {
    expect(shortcutFor(keys('Escape'))).toBe('stop');
    expect(shortcutFor(keys('Escape', { shift: true }))).toBe('stop');
  });

  it('shows and hides map layers on the plain keys 1 to 4, and only on those', () => {
    expect(shortcutFor(keys('1'))).toEqual({ toggle: 'routes' });
    expect(shortcutFor(keys('2'))).toEqual({ toggle: 'orders' });
    expect(shortcutFor(keys('3'))).toEqual({ toggle: 'stores' });
    expect(shortcutFor(keys('4'))).toEqual({ toggle: 'shoppers' });
    expect(shortcutFor(keys('5'))).toBeNull();
    expect(shortcutFor(keys('1', { ctrl: true }))).toBeNull();
  });

  it('leaves plain keys, other combinations and AltGr (Ctrl+Alt) alone', () => {
    expect(shortcutFor(keys('z'))).toBeNull();
    expect(shortcutFor(keys('Enter'))).toBeNull();
    expect(shortcutFor(keys('c', { ctrl: true }))).toBeNull();
    expect(shortcutFor(keys('z', { ctrl: true, alt: true }))).toBeNull();
  });
});

describe('isTyping', () => {
  it('is true in text and number fields, text areas and editable content', () => {
    expect(isTyping({ tagName: 'INPUT', type: 'number' } as unknown as EventTarget)).toBe(true);
    expect(isTyping({ tagName: 'INPUT', type: 'text' } as unknown as EventTarget)).toBe(true);
    expect(isTyping({ tagName: 'TEXTAREA' } as unknown as EventTarget)).toBe(true);
    expect(isTyping({ tagName: 'DIV', isContentEditable: true } as unknown as EventTarget)).toBe(true);
  });

  it('is false on sliders, radios, buttons and the page', () => {
    expect(isTyping({ tagName: 'INPUT', type: 'range' } as unknown as EventTarget)).toBe(false);
    expect(isTyping({ tagName: 'INPUT', type: 'radio' } as unknown as EventTarget)).toBe(false);
    expect(isTyping({ tagName: 'BUTTON' } as unknown as EventTarget)).toBe(false);
    expect(isTyping(null)).toBe(false);
  });
});
