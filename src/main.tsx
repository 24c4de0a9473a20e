import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { studioStore } from './state/store.ts';
import { App } from './ui/App.tsx';
import './ui/styles.css';

declare global {
  interface Window {
    /** For engineers in devtools and for the browser tests: the store's state. */
    dispatchStudio?: Pick<typeof studioStore, 'getState' | 'subscribe'>;
  }
}

window.dispatchStudio = { getState: studioStore.getState, subscribe: studioStore.subscribe };

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);

// The studio opens on its built-in day already solving: nothing to press. The city's roads are asked for
// first, so the solve waits for them.
const { openBuiltInCity, loadSamples, solve } = studioStore.getState();
void openBuiltInCity();
void loadSamples();
void solve();
