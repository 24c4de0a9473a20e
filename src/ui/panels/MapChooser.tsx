import type { ChangeEvent } from 'react';
import type { NetworkSummary } from '../../domain/solve.ts';
import { useStudio } from '../../state/store.ts';

/**
 * Which streets the day is planned on: the built-in city, a sample map the
 * server offers, or an `.osm.pbf` file of the planner's (also dropped on the
 * map). Choosing one generates a day on it and solves it.
 */
export function MapChooser() {
  const network = useStudio((s) => (s.scenario.travel.model === 'road' ? s.scenario.travel.network : null));
  const samples = useStudio((s) => s.samples);
  const status = useStudio((s) => s.networkStatus);
  const message = useStudio((s) => s.networkMessage);
  const summary = useStudio((s) => s.networkSummary);
  const openBuiltInCity = useStudio((s) => s.openBuiltInCity);
  const loadSample = useStudio((s) => s.loadSample);
  const openExtractFile = useStudio((s) => s.openExtractFile);

  const onFile = (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    // Cleared, so that choosing the same file again (after fixing it) is a change too.
    event.target.value = '';
    if (file) void openExtractFile(file);
  };

  return (
    <fieldset className="map-chooser">
      <legend>Map</legend>
      <div className="map-options">
        <MapOption
          label="Built-in city"
          current={network?.kind === 'builtin-city'}
          onChoose={() => void openBuiltInCity()}
        />
        {samples.map((sample) => (
          <MapOption
            key={sample.name}
            label={sample.title}
            current={network?.kind === 'sample' && network.name === sample.name}
            onChoose={() => void loadSample(sample.name)}
          />
        ))}
        <label className="file-option">
          Open .osm.pbf…
          <input type="file" accept=".pbf" className="visually-hidden" onChange={onFile} />
        </label>
      </div>
      <p className="note">Or drop an .osm.pbf file on the map.</p>
      {status === 'loading' && (
        <p className="map-progress" role="status">
          {message}
        </p>
      )}
      {status === 'error' && (
        <p className="map-error" role="alert">
          {message}
        </p>
      )}
      {summary && (
        <p className="note" data-testid="map-summary">
          {describeSummary(summary, samples.find((s) => s.name === summary.name)?.title)}
        </p>
      )}
    </fieldset>
  );
}

function MapOption({ label, current, onChoose }: { label: string; current: boolean; onChoose: () => void }) {
  return (
    // The current map is pressed; pressing it again would only reload what is shown.
    <button type="button" aria-pressed={current} onClick={current ? undefined : onChoose}>
      {label}
    </button>
  );
}

/** `title`: what the chooser calls the map, when it offers it as a sample. */
function describeSummary(summary: NetworkSummary, title = summary.name): string {
  const shops = `${summary.groceryShops} grocery shop${summary.groceryShops === 1 ? '' : 's'}`;
  return `${title}: ${Math.round(summary.roadKm)} km of drivable roads, ${shops}; loaded in ${(summary.loadMs / 1000).toFixed(1)} s.`;
}
