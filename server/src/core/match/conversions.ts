import { hedgedStart, type Mention } from '../extract/mention';
import { type LocatedMention, sentenceRunEnd } from '../extract/readDocument';
import type { Fact } from '../facts/fact';
import { inOtherScales, unitOf } from '../extract/units';
import { compareValues, inClaimCents, otherCurrency } from './compareValues';
import type { FactIndex } from './factIndex';
import type { ClaimMatch } from './matchClaim';

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

/** Most characters from a figure to its conversion across the noun it qualifies (see `convertsAcross`): " drive, or ". */
const ACROSS_GAP = 32;

/**
 * Whether `other` stands right before or after `claim` (its hedge with it), as a conversion does: " (",
 * ", or about "; or across the noun the first qualifies, where extraction found the second converting it.
 */
function standsBeside(claim: Mention, other: Mention): boolean {
  const start = hedgedStart(claim);
  const [first, second] = other.end <= start ? [other, claim] : [claim, other];
  if (second.apartFromBefore) return false;
  const gap = other.end <= start ? start - other.end : other.start - claim.end;
  if (gap >= 0 && gap <= CONVERSION_GAP) return true;
  const across = hedgedStart(second) - first.end;
  return !!second.convertsAcross && across >= 0 && across <= ACROSS_GAP;
}

/** Whether `other` stands beside `claim` in another unit of its measure, or the other scale of a temperature: "28 meters (about 62 feet)". */
export function isConversionOf(claim: Mention, other: Mention): boolean {
  const a = claim.number?.unit;
  const b = other.number?.unit;
  if (!a || !b || a === b || !standsBeside(claim, other)) return false;
  const units = [unitOf(a), unitOf(b)];
  return !!units[0] && !!units[1] && (units[0].dimension === units[1].dimension || inOtherScales(units[0], units[1]));
}

/** Whether a claim converts a temperature into the other scale ("33.8 C (92.8 F)"). */
export function convertsScale(claim: Mention, other: Mention): boolean {
  const a = unitOf(claim.number?.unit ?? '');
  const b = unitOf(other.number?.unit ?? '');
  return !!a && !!b && inOtherScales(a, b);
}

/** What stands between an amount and the same in another currency or unit: "£3.8 billion (€4.5 billion)", "£350,000 (about €420,000)", "£1,912 a year (about €2,290)", "3,124 miles, or 5,028 km". */
const BESIDE_AMOUNT = /^(?:[ \u00a0]+(?:a|an|per|each)[ \u00a0]+[a-z]+)?[ \u00a0]*(?:\(|,[ \u00a0]*or|or)[ \u00a0]*(?:about|around|roughly|some|approximately|nearly|almost|just over|just under)?[ \u00a0]*$/i;

/**
 * The fact a claim in one currency or unit restates, for a `fact` in another it was matched with:
 * the amount the source gives beside that fact in the claim's currency or unit, if `facts` hold one
 * ("£3.8 billion (€4.5 billion)", "2,715 nautical miles (about 3,124 miles, or 5,028 km)"), or else
 * `fact`. A draft writing "£4.5bn" has taken the converted figure for its own currency's, and a
 * writer's currency is chosen, not copied; a source's own conversion is the one to fix a figure to.
 */
export function inClaimTerms(claim: Mention, fact: Fact, facts: readonly Fact[]): Fact {
  const number = claim.number;
  if (otherCurrency(claim, fact)) return inClaimCents(claim, fact) ?? amountBeside(fact, facts, (other) => other.kind === 'money' && other.value.number?.currency === number!.currency) ?? fact;
  const unit = number?.unit;
  if (!unit || !fact.value.number?.unit || fact.value.number.unit === unit) return fact;
  return amountBeside(fact, facts, (other) => other.value.number?.unit === unit) ?? fact;
}

function amountBeside(fact: Fact, facts: readonly Fact[], wanted: (other: Fact) => boolean): Fact | undefined {
  return facts.find((other) => {
    if (other.quote !== fact.quote || !wanted(other)) return false;
    const [first, second] = other.quoteOffset < fact.quoteOffset ? [other, fact] : [fact, other];
    return BESIDE_AMOUNT.test(fact.quote.slice(first.quoteOffset + first.text.length, second.quoteOffset));
  });
}

/**
 * `matches` (of one block's `claims`, in order) with each amount converted into another currency
 * right after an amount its source gives ("€10.1 million (about £12 million)") held to the
 * conversion the source gives beside that amount ("€10.1 million (about £8.4 million)"): the
 * writer converted at another rate, or copied another figure. Where the source gives none, it is
 * held to the rate the source converts another amount at (see `atSourceRate`), and where the source
 * converts none, left as its words matched it.
 */
export function matchedConversions(claims: readonly LocatedMention[], matches: ReadonlyArray<ClaimMatch | undefined>, index: FactIndex): ReadonlyArray<ClaimMatch | undefined> {
  let out: Array<ClaimMatch | undefined> | undefined;
  for (let i = 1; i < claims.length; i++) {
    const claim = claims[i];
    const converted = matches[i - 1];
    if (claim.kind !== 'money' || matches[i]?.verdict === 'mismatch' || converted?.verdict !== 'verified' || !converted.fact || converted.source === undefined) continue;
    if (sentenceRunEnd(claims, i - 1) <= i || !otherCurrency(claim, converted.fact) || !standsBeside(claim, claims[i - 1])) continue;
    const facts = index.factsOf(converted.source);
    const beside = inClaimTerms(claim, converted.fact, facts);
    const fact = beside !== converted.fact ? beside : atSourceRate(claim, converted.fact, facts);
    if (!fact) continue;
    const agreement = copiedAcross(claim, claims[i - 1], fact) ? 'disagree' : fact === beside ? compareValues(claim, fact) : nearRate(claim, fact);
    if (agreement === 'incomparable' || (agreement === 'disagree' && !likeConversion(claim, fact))) continue;
    (out ??= matches.slice())[i] = { verdict: agreement === 'agree' ? 'verified' : 'mismatch', fact, score: converted.score, source: converted.source };
  }
  return out ?? matches;
}

/**
 * The amount `fact` comes to in the claim's currency at the rate its source converts another amount
 * at ("€4.6 million (about £3.9 million)" puts €1.1 million at about £0.93 million), as a fact derived
 * from `fact`; undefined where the source converts between the two currencies nowhere.
 */
function atSourceRate(claim: Mention, fact: Fact, facts: readonly Fact[]): Fact | undefined {
  const from = fact.value.number!.currency;
  const to = claim.number!.currency;
  for (const a of facts) {
    if (a.kind !== 'money' || a.value.number?.currency !== from || a === fact) continue;
    const b = amountBeside(a, facts, (other) => other.kind === 'money' && other.value.number?.currency === to);
    const rate = b && b.value.number!.values[0] / a.value.number!.values[0];
    if (!rate) continue;
    // To two figures: a rate read off two rounded amounts gives no more ("£930,000", not "£932,609").
    const amount = fact.value.number!.values[0] * rate;
    if (!(amount > 0)) continue;
    const precision = 10 ** (Math.floor(Math.log10(amount)) - 1);
    const values = [Math.round(amount / precision) * precision];
    return { ...fact, value: { number: { values, precision, currency: to }, qualifier: 'approx' }, derived: `${fact.text} at the rate of ${a.text} to ${b.text}` };
  }
  return undefined;
}

/**
 * Whether a conversion writes the amount it converts in the other currency ("2.4 million euros, or
 * roughly £2.4 million") where the conversion the source gives or its rate makes is another: the
 * figure copied, not converted, however loosely a hedged conversion holds it.
 */
function copiedAcross(claim: Mention, converted: Mention, fact: Fact): boolean {
  const value = claim.number!.values[0];
  return converted.number?.values.length === 1 && converted.number.values[0] === value && !fact.value.number!.values.includes(value);
}

/**
 * How a conversion agrees with the amount a rate gives: within a tenth, as rates a writer looks up
 * differ from the source's by the day and its rounding, and the claim's own rounding.
 */
function nearRate(claim: Mention, fact: Fact): 'agree' | 'disagree' {
  const expected = fact.value.number!.values[0];
  const off = Math.abs(claim.number!.values[0] - expected);
  return off <= RATE_SPREAD * expected + claim.number!.precision / 2 ? 'agree' : 'disagree';
}

const RATE_SPREAD = 0.1;

/**
 * Whether a claim that disagrees with the conversion may still be one, miscopied or worked out
 * wrong: within a power of ten of it and a little more. "€18.5 million, about $900,000 apiece" is
 * a share of the amount, not its conversion.
 */
function likeConversion(claim: Mention, fact: Fact): boolean {
  const ratio = claim.number!.values[0] / fact.value.number!.values[0];
  return ratio > 1 / MOST_OFF && ratio < MOST_OFF;
}

const MOST_OFF = 12;
