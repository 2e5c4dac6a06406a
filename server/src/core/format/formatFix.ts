import type { Mention } from '../extract/mention';
import { writeUnitLike } from '../extract/units';
import { Fact, fullDate } from '../facts/fact';
import { unitsOf } from '../match/compareValues';
import { formatDate } from './formatDate';
import { formatDuration } from './formatDuration';
import { formatNumber } from './formatNumber';

/**
 * The replacement for a claim's span that states the fact's value in the draft's own style, or
 * undefined when the fact's value cannot be written in the claim's form.
 */
export function formatFix(claim: Mention, fact: Fact): string | undefined {
  const value = fact.value;
  if (claim.date && value.date) {
    const fixed = formatDate(claim.text, claim.start, claim.date, fullDate(value.date));
    return fixed !== claim.text ? fixed : undefined;
  }
  if (claim.duration && value.duration) return formatDuration(claim, value.duration, fact.text);
  if (claim.kind === 'year' && value.number) return String(value.number.values[0]);
  if (claim.numberStyle && value.number) {
    // "500 m" for the source's "5 km": the source's figure and unit, the unit written as the draft writes units.
    const units = unitsOf(claim, fact);
    const style = units && units[0] !== units[1] ? { ...claim.numberStyle, suffix: writeUnitLike(units[1], claim.numberStyle.suffix, value.number.values[0]) } : claim.numberStyle;
    return formatNumber(value.number.values[0], value.number.precision, style);
  }
  return undefined;
}
