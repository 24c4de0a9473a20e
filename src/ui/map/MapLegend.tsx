import { selectMarkedComparison } from '../../state/comparison.ts';
import { LAYER_GROUPS, type LayerGroup } from '../../state/selectionSlice.ts';
import { useStudio } from '../../state/store.ts';
import { LAYER_KEYS } from '../shortcuts.ts';

const GROUP_NAMES: Record<LayerGroup, string> = {
  routes: 'Routes',
  orders: 'Orders',
  stores: 'Stores',
  shoppers: 'Shopper starts',
};

/** What the map's marks mean, and which of them are shown (keys 1–4 too). */
export function MapLegend() {
  const hidden = useStudio((s) => s.hiddenLayers);
  const toggleLayer = useStudio((s) => s.toggleLayer);
  const changesShown = useStudio((s) => selectMarkedComparison(s) !== null);
  return (
    <div className="map-legend">
      <fieldset className="layer-toggles" aria-label="Map layers">
        {LAYER_GROUPS.map((group) => (
          <button
            key={group}
            type="button"
            aria-pressed={!hidden.includes(group)}
            aria-keyshortcuts={LAYER_KEYS[group]}
            title={`Show or hide ${GROUP_NAMES[group].toLowerCase()} (key ${LAYER_KEYS[group]})`}
            onClick={() => toggleLayer(group)}
          >
            {GROUP_NAMES[group]} <kbd>{LAYER_KEYS[group]}</kbd>
          </button>
        ))}
      </fieldset>
      <MarkKey changesShown={changesShown} />
    </div>
  );
}

/** `changesShown`: the Compare tab marks changed orders, so their mark is explained too. */
function MarkKey({ changesShown }: { changesShown: boolean }) {
  return (
    <ul aria-label="Legend">
      <li>
        <span className="swatch store" /> Store
      </li>
      <li>
        <span className="swatch on-time" /> On time
      </li>
      <li>
        <span className="swatch late" /> Late
      </li>
      <li>
        <span className="swatch unassigned" /> Unassigned
      </li>
      <li>
        <span className="swatch shopper" /> Shopper start
      </li>
      <li title="Rings orders the latest re-solve gave to another shopper, for a few seconds">
        <span className="swatch reassigned" /> New shopper
      </li>
      {changesShown && (
        <li title="Orders that differ from the baseline in the Compare tab (its filter applies)">
          <span className="swatch changed" /> Changed vs baseline
        </li>
      )}
    </ul>
  );
}
