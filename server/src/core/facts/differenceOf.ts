import type { FactValue } from './fact';

type Figure = Pick<NonNullable<FactValue['number']>, 'values' | 'precision' | 'currency' | 'unit'>;

/** How far `to` is from `from`, as a difference in `to`'s measure, to the coarser figure's precision: €8.80 against €7.50 is 1.3, not 1.3000000000000007. */
export function differenceOf(to: Figure, from: Figure): NonNullable<FactValue['number']> {
  const precision = Math.min(from.precision, to.precision);
  const amount = Number((Math.round(Math.abs(to.values[0] - from.values[0]) / precision) * precision).toPrecision(12));
  const number: NonNullable<FactValue['number']> = { values: [amount], precision, difference: true };
  if (to.currency) number.currency = to.currency;
  if (to.unit) number.unit = to.unit;
  return number;
}
