import { formatFieldNumber } from '../fieldInput.ts';
import { NumberField, type NumberFieldProps } from '../NumberField.tsx';

interface EveryFieldProps extends Omit<NumberFieldProps, 'value' | 'hint' | 'placeholder'> {
  /** The lowest and highest value among the things the field sets, in the unit shown; null when there are none. */
  range: { min: number; max: number } | null;
  /** What the field sets, singular: "store". */
  thing: string;
}

/**
 * A number set on every store, order or shopper at once. Where they differ
 * (a generated day varies them) it starts empty and says by how much.
 */
export function EveryField({ range, thing, decimals = 2, unit, ...field }: EveryFieldProps) {
  const same = range !== null && range.min === range.max;
  const hint =
    range && !same
      ? `Varies by ${thing}: ${formatFieldNumber(range.min, decimals)}–${formatFieldNumber(range.max, decimals)}${unit ? ` ${unit}` : ''}. A value here applies to every ${thing}.`
      : undefined;
  return (
    <NumberField
      {...field}
      value={same ? range.min : null}
      decimals={decimals}
      unit={unit}
      hint={hint}
      placeholder={same ? undefined : 'varies'}
    />
  );
}
