import { describeNetwork } from '../../../domain/networkRef.ts';
import { type TravelSettings, VEHICLE_TYPES, type VehicleType } from '../../../domain/scenario.ts';
import { setVehicleSpeed } from '../../../domain/scenarioEdits.ts';
import { useStudio } from '../../../state/store.ts';
import { Fact } from '../Fact.tsx';
import { NumberField } from '../NumberField.tsx';
import { useScenarioEdit } from './useScenarioEdit.ts';
import { VEHICLE_LABELS } from './vehicleLabels.ts';

// Keyed by the union, so a new travel model cannot go unlabelled.
const TRAVEL_MODEL_LABELS: Record<TravelSettings['model'], string> = {
  'straight-line': 'Straight line',
  road: 'Road network',
};

/** How the shoppers travel: the travel model and each vehicle type's speed. `fleet`: shoppers per vehicle type. */
export function FleetControls({ fleet }: { fleet: Record<VehicleType, number> }) {
  const travel = useStudio((s) => s.scenario.travel);
  const edit = useScenarioEdit();
  return (
    <fieldset className="control-group">
      <legend>Fleet</legend>
      <dl className="facts">
        <Fact label="Model">
          {TRAVEL_MODEL_LABELS[travel.model]}
          {travel.model === 'straight-line'
            ? ` × ${travel.circuity.toFixed(2)}`
            : `: ${describeNetwork(travel.network)}`}
        </Fact>
      </dl>
      {VEHICLE_TYPES.map((v) => {
        // On the streets a car drives each road's own speed, so its speed setting would change nothing.
        const roadSpeeds = v === 'car' && travel.model === 'road';
        const shoppersBy = `${fleet[v]} shopper${fleet[v] === 1 ? '' : 's'} ${VEHICLE_LABELS[v].travels}.`;
        return (
          <NumberField
            key={v}
            label={VEHICLE_LABELS[v].speed}
            value={travel.speedsKmh[v]}
            unit="km/h"
            decimals={1}
            min={0}
            disabled={roadSpeeds}
            hint={roadSpeeds ? `${shoppersBy} Cars drive each street's own speed on a road map.` : shoppersBy}
            onCommit={(kmh) => edit(setVehicleSpeed(v, kmh), `travel.speedsKmh.${v}`)}
          />
        );
      })}
    </fieldset>
  );
}
