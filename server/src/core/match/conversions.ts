import type { Mention } from '../extract/mention';
import type { Fact } from '../facts/fact';
import { inOtherScales, unitOf } from '../extract/units';
import { otherCurrency } from './compareValues';

/** The figure beside a claim that it converts into another unit of its measure ("28 meters (about 62 feet)"), if any. */
export function convertedFigure(claim: Mention, others: readonly Mention[]): Mention | undefined {
  // Most claims have no unit: the sentence's other figures are not listed for them.
  const unit = claim.number?.unit;
  if (!unit) return undefined;
  const converted = others.find((m) => isConversionOf(claim, m));
  // "between 26 and 27 degrees Celsius (79 to 81 degrees Fahrenheit)": a range converted end to end,
  // whose start converts the start of the other.
  if (!converted || !others.some((m) => m.start >= claim.end && m.start - claim.end <= RANGE_GAP && m.number?.unit === unit)) return converted;
  return others.find((m) => m.end <= converted.start && converted.start - m.end <= RANGE_GAP && m.number?.unit === converted.number?.unit);
}

/** Most characters between the ends of a range: " and ", " to ", "–". */
const RANGE_GAP = 5;

/** Most characters between a figure and its conversion: " (", ", or ". */
const CONVERSION_GAP = 5;

/** Whether `other` stands beside `claim` in another unit of its measure, or the other scale of a temperature: "28 meters (about 62 feet)". */
export function isConversionOf(claim: Mention, other: Mention): boolean {
  const a = claim.number?.unit;
  const b = other.number?.unit;
  if (!a || !b || a === b) return false;
  const start = Math.min(claim.start, claim.qualifier?.start ?? claim.start);
  const gap = other.end <= start ? start - other.end : other.start - claim.end;
  if (gap < 0 || gap > CONVERSION_GAP) return false;
  const units = [unitOf(a), unitOf(b)];
  return !!units[0] && !!units[1] && (units[0].dimension === units[1].dimension || inOtherScales(units[0], units[1]));
}

/** Whether a claim converts a temperature into the other scale ("33.8 C (92.8 F)"). */
export function convertsScale(claim: Mention, other: Mention): boolean {
  const a = unitOf(claim.number?.unit ?? '');
  const b = unitOf(other.number?.unit ?? '');
  return !!a && !!b && inOtherScales(a, b);
}

/** What stands between an amount and the same in another currency or unit: "£3.8 billion (€4.5 billion)", "£350,000 (about €420,000)", "3,124 miles, or 5,028 km". */
const BESIDE_AMOUNT = /^[ \u00a0]*(?:\(|,[ \u00a0]*or|or)[ \u00a0]*(?:about|around|roughly|some|approximately|nearly|almost|just over|just under)?[ \u00a0]*$/i;

/**
 * The fact a claim in one currency or unit restates, for a `fact` in another it was matched with:
 * the amount the source gives beside that fact in the claim's currency or unit, if `facts` hold one
 * ("£3.8 billion (€4.5 billion)", "2,715 nautical miles (about 3,124 miles, or 5,028 km)"), or else
 * `fact`. A draft writing "£4.5bn" has taken the converted figure for its own currency's, and a
 * writer's currency is chosen, not copied; a source's own conversion is the one to fix a figure to.
 */
export function inClaimTerms(claim: Mention, fact: Fact, facts: readonly Fact[]): Fact {
  const number = claim.number;
  if (otherCurrency(claim, fact)) return amountBeside(fact, facts, (other) => other.kind === 'money' && other.value.number?.currency === number!.currency) ?? fact;
  const unit = number?.unit;
  if (!unit || !fact.value.number?.unit || fact.value.number.unit === unit) return fact;
  return amountBeside(fact, facts, (other) => other.value.number?.unit === unit) ?? fact;
}

function amountBeside(fact: Fact, facts: readonly Fact[], inClaimTerms: (other: Fact) => boolean): Fact | undefined {
  return facts.find((other) => {
    if (other.quote !== fact.quote || !inClaimTerms(other)) return false;
    const [first, second] = other.quoteOffset < fact.quoteOffset ? [other, fact] : [fact, other];
    return BESIDE_AMOUNT.test(fact.quote.slice(first.quoteOffset + first.text.length, second.quoteOffset));
  });
}
