import { useEffect } from 'react';
import { studioStore } from '../state/store.ts';
import { isTyping, shortcutFor } from './shortcuts.ts';

/**
 * The studio's keyboard shortcuts: undo, redo, solve (not while a solve
 * runs, like its button), stop, and 1–4 to show or hide map layers. Only
 * Escape works while typing: the others are the field's own keys there.
 */
export function useKeyboardShortcuts(): void {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      const shortcut = shortcutFor(event);
      if (shortcut === null || (shortcut !== 'stop' && isTyping(event.target))) return;
      const state = studioStore.getState();
      if (typeof shortcut === 'object') {
        state.toggleLayer(shortcut.toggle);
        return;
      }
      if (shortcut === 'stop') {
        void state.stopSolve();
        return;
      }
      event.preventDefault();
      if (shortcut === 'undo') state.undo();
      else if (shortcut === 'redo') state.redo();
      else if (state.solveStatus !== 'solving') void state.solve();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);
}
