import { Inspector } from './inspector/Inspector.tsx';
import { MapView } from './map/MapView.tsx';
import { PlanPanel } from './panels/PlanPanel.tsx';
import { ScenarioPanel } from './panels/ScenarioPanel.tsx';
import { TopBar } from './topbar/TopBar.tsx';
import { useKeyboardShortcuts } from './useKeyboardShortcuts.ts';

export function App() {
  useKeyboardShortcuts();
  return (
    <div className="app">
      <TopBar />
      <ScenarioPanel />
      <main className="map-area">
        <MapView />
      </main>
      <Inspector />
      <PlanPanel />
    </div>
  );
}
