import { useMemo } from 'react';
import { summarizeScenario } from '../../domain/kpis.ts';
import { describeNetwork } from '../../domain/networkRef.ts';
import {
  type TimeWindow,
  type TravelSettings,
  VEHICLE_TYPES,
  type VehicleType,
} from '../../domain/scenario.ts';
import { formatClock, formatMinutes, formatMoney } from '../../domain/units.ts';
import { useStudio } from '../../state/store.ts';
import { Fact } from './Fact.tsx';
import { MapChooser } from './MapChooser.tsx';

// Records keyed by the unions, so a new vehicle type or travel model cannot go unlabelled.
const VEHICLE_LABELS: Record<VehicleType, { fleet: string; speed: string }> = {
  car: { fleet: 'Cars', speed: 'Car speed' },
  ebike: { fleet: 'E-bikes', speed: 'E-bike speed' },
  walk: { fleet: 'On foot', speed: 'Walking speed' },
};

const TRAVEL_MODEL_LABELS: Record<TravelSettings['model'], string> = {
  'straight-line': 'Straight line',
  road: 'Road network',
};

const range = (w: TimeWindow | null) => (w ? `${formatClock(w.start)}–${formatClock(w.end)}` : '—');

/** Left panel: the map the day is on, what the day looks like and the rules the plan must follow. */
export function ScenarioPanel() {
  const scenario = useStudio((s) => s.scenario);
  const summary = useMemo(() => summarizeScenario(scenario), [scenario]);
  const { constraints, travel } = scenario;

  return (
    <aside className="panel left" aria-label="Scenario">
      <MapChooser />

      <h2>Day</h2>
      <dl className="facts">
        <Fact label="Stores" testId="count-stores" value={summary.stores}>
          {summary.stores}
        </Fact>
        <Fact label="Orders" testId="count-orders" value={summary.orders}>
          {summary.orders}
        </Fact>
        <Fact label="Shoppers" testId="count-shoppers" value={summary.shoppers}>
          {summary.shoppers}
        </Fact>
        <Fact label="Items" value={summary.items}>
          {summary.items}
        </Fact>
        <Fact label="Orders placed">{range(summary.orderPeriod)}</Fact>
        <Fact label="Shifts">{range(summary.shiftCoverage)}</Fact>
      </dl>

      <h2>Fleet</h2>
      <dl className="facts">
        {VEHICLE_TYPES.map((v) => (
          <Fact key={v} label={VEHICLE_LABELS[v].fleet} value={summary.fleet[v]}>
            {summary.fleet[v]}
          </Fact>
        ))}
      </dl>

      <h2>Constraints</h2>
      <dl className="facts">
        <Fact label="Max orders per batch" value={constraints.maxOrdersPerBatch}>
          {constraints.maxOrdersPerBatch}
        </Fact>
        <Fact label="Max items per batch" value={constraints.maxItemsPerBatch}>
          {constraints.maxItemsPerBatch}
        </Fact>
        <Fact label="Max ride time" value={constraints.maxRideSeconds}>
          {formatMinutes(constraints.maxRideSeconds)}
        </Fact>
        <Fact label="Delivery windows">{constraints.windows === 'hard' ? 'Hard' : 'Soft'}</Fact>
        <Fact label="Lateness cost" value={constraints.latenessCostPerMinute}>
          {formatMoney(constraints.latenessCostPerMinute)} / min
        </Fact>
        <Fact label="Unassigned penalty" value={constraints.unassignedPenalty}>
          {formatMoney(constraints.unassignedPenalty)} / order
        </Fact>
      </dl>

      <h2>Travel</h2>
      <dl className="facts">
        <Fact label="Model">
          {TRAVEL_MODEL_LABELS[travel.model]}
          {travel.model === 'straight-line'
            ? ` × ${travel.circuity.toFixed(2)}`
            : `: ${describeNetwork(travel.network)}`}
        </Fact>
        {VEHICLE_TYPES.map((v) => (
          <Fact key={v} label={VEHICLE_LABELS[v].speed} value={travel.speedsKmh[v]}>
            {travel.speedsKmh[v]} km/h
          </Fact>
        ))}
      </dl>
    </aside>
  );
}
