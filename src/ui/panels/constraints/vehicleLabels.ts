import type { VehicleType } from '../../../domain/scenario.ts';

/** How the panels name each vehicle type. Keyed by the union, so a new type cannot go unlabelled. */
export const VEHICLE_LABELS: Record<VehicleType, { speed: string; travels: string }> = {
  car: { speed: 'Car speed', travels: 'by car' },
  ebike: { speed: 'E-bike speed', travels: 'by e-bike' },
  walk: { speed: 'Walking speed', travels: 'on foot' },
};
