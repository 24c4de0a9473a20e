/** What the map's marks mean. */
export function MapLegend() {
  return (
    <ul className="map-legend" aria-label="Legend">
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
    </ul>
  );
}
