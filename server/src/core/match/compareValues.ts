import type { DateValue, DurationUnit, DurationValue, Mention, NumberValue, QualifierKind } from '../extract/mention';
import { toDayNumber } from '../calendar';
import { DateParts, Fact, fullDate } from '../facts/fact';
import { centsFactor, sameCurrency } from '../extract/currencies';
import { clockDecimals } from '../extract/findNumbers';
import { MeasureUnit, measureUnit, otherScale, PERCENTAGE_POINTS, unitOf } from '../extract/units';
import { DIGIT_CHANGED, numberAffinity } from './numberAffinity';

export type Agreement = 'agree' | 'disagree' | 'incomparable';

/** Whether a claim's kind of value can be compared with a fact's at all. */
export function comparableKinds(claim: Mention, fact: Pick<Fact, 'kind' | 'value'>): boolean {
  if (claim.kind !== fact.kind) return false;
  // A season or financial year ("2023-24", read as its two years) states neither calendar year.
  if (claim.kind === 'year' && (claim.number?.values.length ?? 1) > (fact.value.number?.values.length ?? 1)) return false;
  // Kilometres and kilograms never restate each other, nor does a measure a bare figure: "38°F"
  // is not the "2.1" of "2.1 degrees above normal". A percentage in points is one (see `compareValues`).
  if (!claim.number?.unit !== !fact.value.number?.unit && claim.kind !== 'percent') return false;
  const units = unitsOf(claim, fact);
  if (units && units[0].dimension !== units[1].dimension) return false;
  // A multiple ("tripled") restates only another; points only points, beside percentages. Two
  // different keys with no units of measure for them (`unitsOf` found none) are two such things.
  const [a, b] = [claim.number?.unit, fact.value.number?.unit];
  return !(a && b && a !== b && !units);
}

/** Whether a percentage is written in points ("2.4 percentage points"). */
export function inPoints(number: { unit?: string } | undefined): boolean {
  return number?.unit === PERCENTAGE_POINTS;
}

/** Whether a claim and a fact are sums in two currencies ("$14.9 billion", "£14.9bn"); cents or pence are a currency of their own. */
export function otherCurrency(claim: Mention, fact: Pick<Fact, 'kind' | 'value'>): boolean {
  const a = claim.number?.currency;
  const b = fact.value.number?.currency;
  return claim.kind === 'money' && !!a && !!b && !sameCurrency(a, b);
}

/**
 * The fact's amount told in the claim's currency where one is the other's cents or pence ("15
 * cents" against a rise from €1.85 to €1.95, €0.10: 10 cents), else undefined. A writer moves
 * between the two freely; any other currency is a conversion at some rate.
 */
export function inClaimCents<F extends Pick<Fact, 'value'>>(claim: Mention, fact: F): F | undefined {
  const a = claim.number?.currency;
  const number = fact.value.number;
  const factor = claim.kind === 'money' && a && number?.currency ? centsFactor(a, number.currency) : undefined;
  // A sum told in cents restates one written to the cent ("€1.95"), not a whole one ("€2", a fee
  // of another kind among many sources, which fixed "70 cents" to "200 cents").
  if (!factor || (factor > 1 && number!.precision >= 1)) return undefined;
  const scale = (v: number) => +(v * factor).toPrecision(12);
  const scaled = { ...number!, values: number!.values.map(scale), precision: scale(number!.precision), currency: a };
  if (number!.range) scaled.range = [scale(number!.range[0]), scale(number!.range[1])];
  if (number!.vague) scaled.vague = [scale(number!.vague[0]), scale(number!.vague[1])];
  return { ...fact, value: { ...fact.value, number: scaled } };
}

/**
 * Compares values by meaning: at the precision of the less precise side, within the range its
 * qualifier allows ("more than 100,000" agrees with 120,000), across formats and partial dates.
 */
export function compareValues(claim: Mention, fact: Pick<Fact, 'kind' | 'value'>): Agreement {
  // "his 31st goal of the season" says he has 31 goals, but a count is no miscopy of a rank. A
  // multiple or a measure is no count of the ranked things: "three times its level" for a "third
  // straight shortfall".
  if (claim.kind === 'count' && fact.kind === 'ordinal') return !claim.number?.unit && claim.number?.values.includes(fact.value.number?.values[0] ?? NaN) ? 'agree' : 'incomparable';
  if (!comparableKinds(claim, fact)) return 'incomparable';
  if (claim.date && fact.value.date) {
    const parts = factDate(fact.value.date);
    const agreement = compareDates(claim, weekdayOfAnotherYear(claim.date, fact.value.date) ? { ...parts, weekday: undefined } : parts, fact.value.date.through);
    return agreement === 'disagree' && isWeekOff(claim, fact.value.date) ? 'agree' : agreement;
  }
  if (claim.duration && fact.value.duration) return compareDurations(claim, fact.value.duration, fact.value.qualifier);
  if (claim.number && fact.value.number) {
    const number = fact.value.number;
    // "four euros more than before" is not the €14 price it was, nor any amount.
    if (!claim.number.difference !== !number.difference) return 'incomparable';
    // "2023-24" is not the "2024-25" it shares a year with; "in 2024" may be either year of "2024/25",
    // but another year is no miscopy of it.
    if (claim.kind === 'year' && number.values.length > 1) {
      if (claim.number.values.length > 1) return claim.number.values[0] === number.values[0] ? 'agree' : 'disagree';
      return number.values.includes(claim.number.values[0]) ? 'agree' : 'incomparable';
    }
    // "rose 13 per cent" for "13 percentage points" (or the other way round) is the classic slip
    // between a share and a difference of shares; any other figure is another quantity.
    if (claim.kind === 'percent' && inPoints(claim.number) !== inPoints(number)) return claim.number.values.includes(number.values[0]) ? 'disagree' : 'incomparable';
    // Sums in two currencies never agree; the same figure in another currency, digit for digit, is a
    // slip of the currency ("$14.9 billion" for £14.9bn), any other figure a conversion, which is
    // left alone, rounded or not ("$2 billion" for €1.84bn).
    if (otherCurrency(claim, fact)) {
      const inCents = inClaimCents(claim, fact);
      if (inCents) return compareValues(claim, inCents);
      const step = Math.min(claim.number.precision, number.precision) / 2;
      return claim.number.values.some((v) => Math.abs(v - number.values[0]) < step) ? 'disagree' : 'incomparable';
    }
    // One tolerance, not two: "nearly 130,000" restating "some 120,000" is not close enough because
    // both hedge. And a bound restating a bound of the same side is compared as a bound: "gusts of up
    // to 58km/h" for "up to 85 km/h" gives another highest gust, "more than 72,000" for "more than
    // 27,000" another least, while "more than 20" for "at least 23" says less, and agrees.
    const side = boundSide(claim.qualifier?.kind);
    // An end of a range is a bound to a claim that bounds: "more than 200" restates no end of "between
    // 150 and 200", nor "up to 15%" that of "between 5% and 10%". To a plain figure it is a figure:
    // "65 to 75 new cases" was held to the 60 of "between 60 and 75" as to at least 60, and agreed.
    const factBound = fact.value.qualifier ?? (side && number.range ? (number.values[0] === number.range[0] ? 'atLeast' : 'atMost') : undefined);
    const factSide = boundSide(factBound);
    // In one unit: "236 miles" restates "380 km" (given to the mile, 379.5-381.1 km).
    const units = unitsOf(claim, fact);
    // A bound converted into another unit is the source's figure converted, bounded alike and rounded
    // to its last digit, on its loose side ("more than 30,000 acres" for more than 12,400 hectares,
    // 30,641 acres): "up to 52 mph" for up to 70 km/h (43 mph) is a conversion gone wrong, not a looser bound.
    const boundsAlike = side !== undefined && side === factSide;
    const converted = !!units && units[0] !== units[1];
    const convertedBound = boundsAlike && converted ? side : undefined;
    const sameBound = boundsAlike && !converted ? side : undefined;
    // "more than 390,000 euros" for "more than €390 million", "up to £41m" for up to £14m, "up to
    // €160bn" for €160m: a bound that holds the fact, but with the fact's figure miscopied (at
    // another scale, two digits swapped), is the slip, not a looser bound. So is a hedged figure
    // within a source's bound ("some 42 times" for "more than 24 times").
    if ((side || (claim.qualifier?.kind === 'approx' && factSide)) && claim.number.unit === number.unit && claim.number.values.every((v) => v !== number.values[0] && numberAffinity(v, number.values[0]) === 1)) return 'disagree';
    // "More than 200" for at most 200, "fewer than 40" for at least 40: bounds on opposite sides of
    // one figure, which meet, if at all, only in it.
    // Not a level of a measure on the other side of the very same mark, which it may have been on at
    // another time: "stayed above 4 metres for 51 hours" beside "fell below 4 metres on Thursday".
    const sameMark = !!measureUnit(number.unit) && claim.number.values.every((v) => v === number.values[0]);
    if (side && factSide && side !== factSide && !converted && !sameMark && claim.number.values.every((v) => beyondBound(v, claim.qualifier!.kind, number.values[0]))) return 'disagree';
    const oneTolerance = isApproximate(claim.qualifier?.kind) && isApproximate(factBound);
    // A hedged figure copied with its hedge is copied with its figure: "around 780 metres" for "around
    // 770 metres" is a slipped digit, not another rough figure. Not one rounded further ("about 150,000"
    // for "about 152,000"), nor one the source gives two readings of ("some 340 tons", short or metric).
    if (oneTolerance && !converted && claim.number.unit === number.unit && claim.number.precision === number.precision && number.values.length === 1 && !claim.number.vague && !number.vague && claim.number.values.every((v) => v !== number.values[0] && numberAffinity(v, number.values[0]) >= DIGIT_CHANGED)) return 'disagree';
    const claimQualifier = sameBound || convertedBound || oneTolerance ? undefined : claim.qualifier?.kind;
    // Its one tolerance keeps "nearly" under its figure: "nearly 17,000" is no "about 17,500".
    const underOnly = oneTolerance && claim.qualifier!.kind === 'nearly';
    const factQualifier = convertedBound ? undefined : factBound;
    // Plain loops, and intervals written into one array, not a tuple each: a claim meets every fact
    // that shares a word with it, thousands in a large source set.
    const claimValues = claim.number.values;
    const factValues = number.values;
    const claimBound = claim.qualifier?.kind;
    const claimFactor = units ? units[0].factor : 1;
    const factFactor = units ? units[1].factor : 1;
    const inWords = hedgesShareInWords(claim, fact);
    // Two shares in words are two fractions, each written for its own: "about a quarter" is no "a
    // third", though the roundings they stand for meet at 28 per cent. A fact's bound is still one:
    // "one in four" is "less than a third".
    if (!inWords && !factSide && isShareInWords(claim) && isShareInWordsFact(fact) && claim.number.values.length === 1) return Math.abs(claim.number.values[0] - number.values[0]) < 0.5 ? 'agree' : 'disagree';
    for (let a = 0; a < claimValues.length; a++) {
      if (inWords) shareInWordsInto(RANGES, 0, claimValues[a], claim.number, claim.qualifier!.kind);
      else if (convertedBound) roundedBoundInto(RANGES, 0, claimValues[a], claim.number.precision, convertedBound, claimFactor);
      else intervalInto(RANGES, 0, claimValues[a] * claimFactor, claim.number.precision * claimFactor, claimQualifier, claim.number.vague);
      if (underOnly) RANGES[1] = Math.min(RANGES[1], justUnder(claimValues[a] * claimFactor));
      for (let b = 0; b < factValues.length; b++) {
        if (sameBound && !number.vague) {
          if (restatesBound(claimValues[a], claim.number.precision, factValues[b], sameBound)) return 'agree';
          continue;
        }
        intervalInto(RANGES, 2, factValues[b] * factFactor, number.precision * factFactor, factQualifier, number.vague);
        if (!claimBound || claimBound === 'exact') nearBound(RANGES, 2, factValues[b] * factFactor);
        if (rangesOverlap()) return 'agree';
      }
    }
    // A vague amount ("thousands") is never specific enough to contradict a figure; a share in words
    // hedged to one side of it is ("more than four in ten"), and so is the source's hedged to the
    // other side of its figure ("nearly four in ten").
    const hedgedApart = fact.kind === 'percent' && oppositeSides(claim.qualifier?.kind, fact.value.qualifier);
    return (number.vague && !hedgedApart) || (claim.number.vague && !inWords) ? 'incomparable' : 'disagree';
  }
  return 'incomparable';
}

/**
 * Compares a temperature converted from a figure beside it ("33.8 C (90.8 F)") with the fact that
 * figure states, in the other scale: the scales share no zero, so the two are otherwise never
 * compared. It agrees when the fact, read in the claim's scale as a reading or as a difference of
 * readings ("2.1C (3.8F) above average"), lies within what the claim allows.
 */
export function compareConvertedTemperature(claim: Mention, fact: Pick<Fact, 'value'>): Agreement {
  const units = unitsOf(claim, fact);
  const number = fact.value.number;
  const step = units && number && otherScale(number.precision, units[1], units[0])?.difference;
  if (!claim.number || !number || !step) return 'incomparable';
  for (const value of claim.number.values) {
    intervalInto(RANGES, 0, value, claim.number.precision, claim.qualifier?.kind, claim.number.vague);
    for (const source of number.values) {
      const converted = otherScale(source, units[1], units[0])!;
      for (const reading of [converted.reading, converted.difference]) {
        intervalInto(RANGES, 2, reading, step, fact.value.qualifier, number.vague);
        if (rangesOverlap()) return 'agree';
      }
    }
  }
  return 'disagree';
}

const EPSILON = 1e-9;

/** The units of measure of a claim and a fact, when both give a known one. */
export function unitsOf(claim: Mention, fact: Pick<Fact, 'value'>): [MeasureUnit, MeasureUnit] | undefined {
  const claimKey = claim.number?.unit;
  const factKey = fact.value.number?.unit;
  if (!claimKey || !factKey) return undefined;
  const claimUnit = unitOf(claimKey);
  const factUnit = unitOf(factKey);
  return claimUnit && factUnit ? [claimUnit, factUnit] : undefined;
}

/** Which side a qualifier bounds a figure from: below ("more than", "at least") or above ("up to", "under"). */
export function boundSide(qualifier: QualifierKind | undefined): 'least' | 'most' | undefined {
  return qualifier === 'above' || qualifier === 'atLeast' ? 'least' : qualifier === 'below' || qualifier === 'atMost' ? 'most' : undefined;
}

/** How far a bound may stand past a figure and be that figure rounded the wrong way, as a share of it. */
const BOUND_REACH = 0.1;

/**
 * Whether a bound ("more than 65,000") stands past `source` no further than a writer rounding it
 * the wrong way would put it: a tenth of the figure ("more than 65,000 riders" for 61,437), or, `byStep`,
 * a step of its last digit ("more than 60,000 fans" for about 58,000).
 */
export function boundRoundedPast(claim: Mention, source: number, byStep = true): boolean {
  const n = claim.number;
  if (!boundSide(claim.qualifier?.kind) || !n || n.vague) return false;
  const stated = n.values[0];
  return stated * source > 0 && Math.abs(stated - source) <= Math.max(byStep ? lastDigitStep(stated, n.precision) : 0, BOUND_REACH * Math.abs(source));
}

/** A share written in words ("a fifth", "four in ten", "half"), not in digits. */
export function isShareInWords(claim: Mention): boolean {
  return claim.kind === 'percent' && !claim.numberStyle;
}

/**
 * Whether a fact's share is told in words ("a third", "one in five"): read as a rough one, or to
 * the width of its rounding, never a power of ten as a share in digits is given to.
 */
export function isShareInWordsFact(fact: Pick<Fact, 'kind' | 'value'>): boolean {
  const number = fact.value.number;
  if (fact.kind !== 'percent' || !number) return false;
  const power = Math.log10(number.precision);
  return !!number.vague || Math.abs(power - Math.round(power)) > 1e-9;
}

/**
 * The values a bound rounded to its last digit other than zero holds, in a unit `factor` times the
 * claim's, written at `at` in `out`: "more than 30,000" rounds down anything up to 40,000, "up to 45" up anything from 44.
 */
function roundedBoundInto(out: Float64Array, at: number, value: number, precision: number, side: 'least' | 'most', factor: number): void {
  const step = lastDigitStep(value, precision);
  out[at] = (side === 'least' ? value - precision / 2 : value - step) * factor;
  out[at + 1] = (side === 'least' ? value + step : value + precision / 2) * factor;
}

/**
 * Whether a claim is a share in words whose hedge to one side is compared as asserted (see
 * `shareInWordsInto`): not where the fact hedges too, on the same side or roughly ("nearly one in
 * five" for nearly 13 per cent is as likely of another share).
 */
export function hedgesShareInWords(claim: Mention, fact: Pick<Fact, 'value'>): boolean {
  const kind = claim.qualifier?.kind;
  if (!isShareInWords(claim) || !isDirectional(kind)) return false;
  const factKind = fact.value.qualifier;
  const side = boundSide(kind);
  return (side === undefined || side !== boundSide(factKind)) && !(isApproximate(kind) && isApproximate(factKind));
}

/**
 * The values a share in words hedged to one side allows, written at `at` in `out`. However roughly
 * "four in ten" is meant, "more than four in ten" is above 40 per cent and "fewer than half" under
 * 50; "nearly" reaches down the whole span of shares the words round ("almost a fifth" for 17.8
 * per cent), and a bound goes as far as it likes.
 */
function shareInWordsInto(out: Float64Array, at: number, value: number, number: NumberValue, qualifier: QualifierKind): void {
  const width = number.vague ? number.vague[1] - number.vague[0] : number.precision;
  const side = boundSide(qualifier);
  // Not down past the plainer share below: 19 per cent is "nearly a fifth", no "nearly a quarter".
  out[at] = side === 'least' ? justUnder(value) : side === 'most' ? -Infinity : Math.max(value - width, plainShareBelow(value));
  out[at + 1] = side === 'least' ? Infinity : side === 'most' ? value + EPSILON * Math.max(1, Math.abs(value)) : justUnder(value);
}

/** The shares a writer names in words most (halves, thirds, quarters, fifths, tenths), in per cent. */
const PLAIN_SHARES = [...new Set([2, 3, 4, 5, 10].flatMap((parts) => Array.from({ length: parts - 1 }, (_, k) => (100 * (k + 1)) / parts)))].sort((a, b) => a - b);

/** The largest of `PLAIN_SHARES` below `value` (less a rounding), or 0. */
function plainShareBelow(value: number): number {
  let below = 0;
  for (const share of PLAIN_SHARES) if (share < value - 0.5) below = share;
  return below;
}

/**
 * Whether a claim's bound at `value` (`qualifier`, "more than" or "at least", "fewer than" or "up to")
 * leaves no room for a source's bound of the other side at `fact`: "more than 200" for at most 200.
 */
function beyondBound(value: number, qualifier: QualifierKind, fact: number): boolean {
  const strict = qualifier === 'above' || qualifier === 'below';
  return boundSide(qualifier) === 'least' ? value > fact || (strict && value === fact) : value < fact || (strict && value === fact);
}

/** Whether one hedge puts a value short of its figure ("nearly") and the other past it ("more than", "at least"). */
function oppositeSides(a: QualifierKind | undefined, b: QualifierKind | undefined): boolean {
  return (a === 'nearly' && boundSide(b) === 'least') || (b === 'nearly' && boundSide(a) === 'least');
}

/** Whether a qualifier says on which side of its figure the value lies ("more than", "nearly", "up to"). */
export function isDirectional(qualifier: QualifierKind | undefined): boolean {
  return qualifier === 'nearly' || boundSide(qualifier) !== undefined;
}

export function isApproximate(qualifier: QualifierKind | undefined): boolean {
  return qualifier === 'approx' || qualifier === 'nearly';
}

/** The values a written figure allows, its hedge with it, as an open interval [low, high]. */
export function valueRange(number: NumberValue, qualifier: QualifierKind | undefined): [number, number] {
  const out = new Float64Array(2);
  intervalInto(out, 0, number.values[0], number.precision, qualifier, number.vague);
  return [out[0], out[1]];
}

/** The intervals `compareValues` compares: the claim's low and high, then the fact's. */
const RANGES = new Float64Array(4);

/** Whether the claim's interval and the fact's in `RANGES` overlap (touching is not overlapping). */
function rangesOverlap(): boolean {
  return RANGES[0] < RANGES[3] && RANGES[2] < RANGES[1];
}

/** The values a written figure allows, as an open interval: its low and high, written at `at` in `out`. */
function intervalInto(out: Float64Array, at: number, value: number, precision: number, qualifier: QualifierKind | undefined, vague?: [number, number]): void {
  if (vague) {
    // A hedge to one side keeps to that side of the figure the words round: "nearly four in ten" is
    // short of 40 per cent, and "more than four in ten" restated it. Not "up to": a vague amount's
    // figure is its low ("up to hundreds").
    const side = boundSide(qualifier);
    out[at] = side === 'least' ? justUnder(value) : vague[0];
    out[at + 1] = side === 'least' ? Infinity : qualifier === 'nearly' ? justUnder(value) : vague[1];
    return;
  }
  // Touching intervals do not overlap: 130,000 and 120,000 (each ±5,000) disagree.
  const half = precision / 2 - EPSILON * Math.max(1, Math.abs(value));
  const low = value - half;
  const high = value + half;
  // A hedge widens a figure by a few per cent, but no further than a unit of its last digit: "about
  // 120,000" allows 117,000, "about 84,200" not 82,400, "nearly 5,000" 4,850.
  switch (qualifier) {
    case 'approx': {
      const step = lastDigitStep(value, precision);
      // Below zero (a temperature), the lower factor is the larger.
      out[at] = Math.min(low, Math.max(value * (value < 0 ? 1.025 : 0.975), value - step));
      out[at + 1] = Math.max(high, Math.min(value * (value < 0 ? 0.975 : 1.025), value + step));
      return;
    }
    // Under its figure: "nearly 1,200" is no "more than 1,200". A small round figure of one digit
    // reaches further down: "nearly 40 per cent" for 37.5%, "almost 10 per cent" for 9.4%, but
    // "nearly 5,000 m" is not 4,700 m. Below zero (a temperature), "nearly minus 20C" is short of it
    // on the warmer side.
    case 'nearly': {
      const step = lastDigitStep(value, precision);
      const roundAndSmall = step * 10 > Math.abs(value) && Math.abs(value) <= 100;
      if (value < 0) {
        out[at] = value + EPSILON * Math.abs(value);
        out[at + 1] = Math.max(high, value + Math.min(-value * (1 - (roundAndSmall ? SMALL_ROUND_NEARLY : 0.95)), step));
        return;
      }
      out[at] = Math.min(low, Math.max(value * (roundAndSmall ? SMALL_ROUND_NEARLY : 0.95), value - step));
      out[at + 1] = justUnder(value);
      return;
    }
    // A bound is its figure, not the step around it: "more than 30 per cent" does not hold 29.6%.
    case 'above':
    case 'atLeast':
      out[at] = justUnder(value);
      out[at + 1] = Infinity;
      return;
    case 'below':
    case 'atMost':
      out[at] = -Infinity;
      out[at + 1] = value + EPSILON * Math.max(1, Math.abs(value));
      return;
    default:
      out[at] = low;
      out[at + 1] = high;
  }
}

/**
 * The step of a figure's last digit other than zero, at least `precision`: a thousand for "more than
 * 9,000" (whose precision keeps two digits, a hundred), so that 8,300 is within its step.
 */
export function lastDigitStep(value: number, precision: number): number {
  let step = precision;
  while (step < Math.abs(value) && Number.isInteger(value / (step * 10))) step *= 10;
  return step;
}

/**
 * Where "nearly" a figure ends and "more than" it begins: touching, so that neither holds the other,
 * the same number however it is reached.
 */
function justUnder(value: number): number {
  return value - EPSILON * Math.max(1, Math.abs(value));
}

/** How far under "nearly" a small round figure of one digit ("nearly 40") reaches. */
const SMALL_ROUND_NEARLY = 0.93;

/** How far past a source's bound a plain figure may stand and still restate it. */
const NEAR_BOUND = 0.1;

/**
 * A source's bound ("at least 23 missing") allows a plain figure only near it: a draft saying "32
 * missing" states more than the source knows, and is most likely a miscopy. A qualified claim
 * ("more than 20") keeps the whole open range; for a plain one, this narrows the fact's interval at
 * `at` in `out` to near its `value`.
 */
function nearBound(out: Float64Array, at: number, value: number): void {
  // Below zero (a temperature), the lower factor is the larger: reversed, they left no value at all.
  out[at] = Math.max(out[at], value * (value < 0 ? 1 + NEAR_BOUND : 1 - NEAR_BOUND));
  out[at + 1] = Math.min(out[at + 1], value * (value < 0 ? 1 - NEAR_BOUND : 1 + NEAR_BOUND));
}

/**
 * Whether a claim's bound (`claim`, given to `precision`) restates a source's bound of the same side
 * (`fact`). One beyond it, however near, says more than the source knows ("more than 250" for "more
 * than 230"); one short of it says less, but a writer rounds a bound towards the loose side only to
 * their own figure's last digit or by a few per cent ("more than 200", "at least 26,500" for more
 * than 27,000): a whole step further is another bound ("more than 3,000" for more than 4,000, "fewer
 * than 50" for fewer than 40), most likely the source's other figure or a slip.
 */
function restatesBound(claim: number, precision: number, fact: number, side: 'least' | 'most'): boolean {
  const half = precision / 2;
  const short = side === 'least' ? fact - claim : claim - fact;
  if (short <= -half + EPSILON * Math.max(1, Math.abs(fact))) return false;
  return short < Math.max(lastDigitStep(claim, precision), NEAR_BOUND * Math.abs(fact));
}

/**
 * Compares the parts both dates give. A range of days ("Feb. 6-7") agrees with any day in it; a
 * claim's range contradicts only the same days in another month or year (see `rangeDisagrees`),
 * while a day outside the source's range is fixed to the range's first day.
 */
function compareDates(claim: Mention, fact: DateParts, factThrough: number | undefined): Agreement {
  const d = claim.date!;
  const readings: DateParts[] = [partsOf(claim)];
  if (d.swapped) readings.push({ ...readings[0], month: d.swapped.month, day: d.swapped.day });
  let compared = false;
  for (const reading of readings) {
    const common = (['year', 'month', 'day', 'weekday'] as const).filter((k) => reading[k] !== undefined && fact[k] !== undefined);
    if (!common.length) continue;
    compared = true;
    const same = (k: (typeof common)[number]) =>
      k === 'day' ? reading.day! <= (factThrough ?? fact.day!) && fact.day! <= (d.through ?? reading.day!) : reading[k] === fact[k];
    if (common.every(same)) return 'agree';
  }
  if (d.through !== undefined) return compared && rangeDisagrees(readings[0], d.through, fact, factThrough) ? 'disagree' : 'incomparable';
  return compared ? 'disagree' : 'incomparable';
}

/**
 * Whether a range of days ("April 12-22") contradicts a fact of the same days in another month or
 * year: its fix is that month or year, its days kept. Of other days, a fix could not be written.
 */
function rangeDisagrees(reading: DateParts, through: number, fact: DateParts, factThrough: number | undefined): boolean {
  if (fact.day !== undefined && (fact.day !== reading.day || factThrough !== through)) return false;
  return (['year', 'month'] as const).some((k) => reading[k] !== undefined && fact[k] !== undefined && reading[k] !== fact[k]);
}

/**
 * Whether the fact is a weekday alone ("a crane is due back on Thursday"), whose date only the
 * article's date and the tense read around it tell, and the claim is that weekday a week from the
 * date read: "Thursday 27 March" is as likely the Thursday meant as the 20th.
 */
function isWeekOff(claim: Mention, fact: NonNullable<Fact['value']['date']>): boolean {
  if (fact.weekday === undefined || fact.day !== undefined || fact.month !== undefined || !fact.implied) return false;
  const stated = partsOf(claim);
  if ((stated.weekday ?? fact.weekday) !== fact.weekday) return false;
  return daysApart(stated, factDate(fact)) === 7;
}

/**
 * The days between a claim's date (`stated`, its year the fact's where it states none) and a fact's
 * (`read`); undefined where either lacks its day, month or year.
 */
export function daysApart(stated: DateParts, read: DateParts): number | undefined {
  const year = stated.year ?? read.year;
  if (year === undefined || read.year === undefined || stated.month === undefined || read.month === undefined || stated.day === undefined || read.day === undefined) return undefined;
  return Math.abs(toDayNumber({ year, month: stated.month, day: stated.day }) - toDayNumber({ year: read.year, month: read.month, day: read.day }));
}

// Each claim meets many facts: their dates' parts are worked out once. A claim meets its facts
// before the next claim does, so only the last claim's parts are kept (a WeakMap entry per claim
// cost more than it saved).
let lastClaim: { date: DateValue; parts: DateParts } | undefined;
const factParts = new WeakMap<NonNullable<Fact['value']['date']>, DateParts>();

/** The date parts a claim states (not those it leaves to context). Not to be modified. */
export function partsOf(claim: Mention): DateParts {
  const d = claim.date!;
  if (lastClaim?.date !== d) {
    const parts: DateParts = { ...d.implied };
    for (const key of ['year', 'month', 'day', 'weekday'] as const) if (d[key]) parts[key] = d[key]!.value;
    lastClaim = { date: d, parts };
  }
  return lastClaim.parts;
}

/**
 * Whether a fact's weekday is only the one its date falls on in the year the source is read in,
 * and the claim's sentence gives the date another year: "Saturday, April 18, and Sunday, April 19,
 * 2026" for "The 2026 regatta is scheduled for 18 and 19 April" in an article of 2025.
 */
function weekdayOfAnotherYear(claim: DateValue, fact: NonNullable<Fact['value']['date']>): boolean {
  const year = claim.year?.value ?? claim.sentenceYear;
  return year !== undefined && fact.weekday === undefined && fact.year === undefined && fact.implied?.year !== undefined && fact.implied.year !== year;
}

/** All parts of a fact's date, stated or implied (`fullDate`). Not to be modified. */
export function factDate(date: NonNullable<Fact['value']['date']>): DateParts {
  let parts = factParts.get(date);
  if (!parts) factParts.set(date, (parts = fullDate(date)));
  return parts;
}

export const UNIT_DAYS: Record<DurationUnit, number> = { second: 1 / 86400, minute: 1 / 1440, hour: 1 / 24, day: 1, week: 7, month: 365.25 / 12, year: 365.25, decade: 3652.5 };
/** Units counted in whole days: a date moves by them day for day. */
export const DAYS_OR_WEEKS: ReadonlySet<DurationUnit> = new Set(['day', 'week']);
/**
 * Units of calendar length, each a whole number of the others (a year is twelve months to the
 * digit), and none a whole number of days or weeks: the rest are of a fixed number of days or parts of one.
 */
export const CALENDAR_UNITS: ReadonlySet<DurationUnit> = new Set(['month', 'year', 'decade']);

/**
 * A length in the last (smallest) of `units`, which run largest first, told in them: each but the
 * last as many whole ones as it holds, the last what is left ("252 minutes" is 4 hours and 12).
 */
export function lengthInUnits(amount: number, units: readonly DurationUnit[]): number[] {
  const smallest = UNIT_DAYS[units[units.length - 1]];
  return units.map((unit, i) => {
    if (i === units.length - 1) return amount;
    const per = Math.round(UNIT_DAYS[unit] / smallest);
    const whole = Math.floor(amount / per + 1e-9);
    amount -= whole * per;
    return whole;
  });
}

/** How near, as a share, two spans told in different units are one: 18 months and a year and a half are, to the day. */
const SAME_SPAN = 0.02;

/** Units a span is timed in by the clock, not counted on the calendar. */
export const CLOCK_UNITS: ReadonlySet<DurationUnit> = new Set(['second', 'minute', 'hour']);

/** The fact's duration expressed in the claim's unit, if it is a whole number there. */
export function durationIn(fact: { amount: number; unit: DurationUnit }, unit: DurationUnit): number | undefined {
  if (fact.unit === unit) return fact.amount;
  const converted = (fact.amount * UNIT_DAYS[fact.unit]) / UNIT_DAYS[unit];
  const rounded = Math.round(converted);
  return rounded >= 1 && Math.abs(converted - rounded) < 0.02 * rounded ? rounded : undefined;
}

/** The decimals of the last figure of a length told in parts: 2 of "2 minutes 33.48 seconds". */
function lastDecimals(written: string): number {
  return LAST_DECIMALS.exec(written)?.[1].length ?? 0;
}

const LAST_DECIMALS = /\.(\d+)\D*$/;

/** Whether one time is told as later than another and the other as earlier. */
function oppositeRelations(a: DurationValue['relation'], b: DurationValue['relation']): boolean {
  return (a === 'later' && b === 'earlier') || (a === 'earlier' && b === 'later');
}

/**
 * Compares at the precision of the less precise side, as figures are: "2:04:37" is "2 hours" (given
 * to the hour), while "three weeks" is not "two weeks".
 */
function compareDurations(claim: Mention, fact: NonNullable<Fact['value']['duration']>, factQualifier: QualifierKind | undefined): Agreement {
  const c = claim.duration!;
  // "the next day" is a time after another, "for four hours" a length: neither is a miscopy of the
  // other. Nor is a time ago, counted back from now, a time before another ("a year earlier"). Timed
  // by the clock or in part of a unit, one amount tells one span all the same: "more than five hours
  // after the meeting opened" is "more than five hours of debate in a meeting", "has run it for a
  // year and a half" is "took over 18 months ago". Not whole days or more: "two days later" and "for
  // two days" are told of many things.
  if (!c.relation !== !fact.relation || (c.relation === 'ago') !== (fact.relation === 'ago')) {
    const [a, b] = [c.amount * UNIT_DAYS[c.unit], fact.amount * UNIT_DAYS[fact.unit]];
    return (CLOCK_UNITS.has(c.unit) || !Number.isInteger(c.amount)) && Math.abs(a - b) <= SAME_SPAN * b ? 'agree' : 'incomparable';
  }
  // A time before an event told in days is no miscopy of a time after one told by the clock: "the
  // three days before the slide" beside "nearly nine hours after the slide". One told the other way
  // round in the same kind of unit may be ("10 March, four days after the talks" for "talks on 4
  // March, six days before the walkout").
  if (oppositeRelations(c.relation, fact.relation) && CLOCK_UNITS.has(c.unit) !== CLOCK_UNITS.has(fact.unit)) return 'incomparable';
  // "five hours more than the old model" is not the old model's 26 hours, nor any length.
  if (!c.difference !== !fact.difference) return 'incomparable';
  // "closed for at least three weeks" for "at least three months": a bound holding the fact, but with
  // the fact's unit miscopied, is the slip, not a looser bound (as "more than 390,000 euros" for
  // "more than €390 million" is, below).
  const side = boundSide(claim.qualifier?.kind);
  const sameBound = side !== undefined && side === boundSide(factQualifier);
  if (sameBound && c.amount === fact.amount && c.unit !== fact.unit) return 'disagree';
  // A bound restating a bound of the same side gives another bound, not any length within it:
  // "closed for up to two weeks" for "up to nine days" gives another longest, so the two lengths
  // are compared as plain lengths (as a figure's bounds are compared, see `restatesBound`).
  if (sameBound) return compareDurations({ ...claim, qualifier: undefined }, fact, undefined);
  // "More than three hours" for "just under three hours": bounds on opposite sides of one length, as of a figure.
  if (side && boundSide(factQualifier) && beyondBound(c.amount, claim.qualifier!.kind, (fact.amount * UNIT_DAYS[fact.unit]) / UNIT_DAYS[c.unit])) return 'disagree';
  // Days and weeks are counted, not rounded: "a week" is seven days, not six or ten, unless hedged.
  const counted = DAYS_OR_WEEKS.has(c.unit) && DAYS_OR_WEEKS.has(fact.unit);
  const unit = counted && !claim.qualifier ? 'day' : c.unit;
  const amount = unit === c.unit ? c.amount : c.amount * (UNIT_DAYS[c.unit] / UNIT_DAYS[unit]);
  const inClaimUnit = (fact.amount * UNIT_DAYS[fact.unit]) / UNIT_DAYS[unit];
  // A fact in a larger unit holds the claim to half of that unit either way ("2:04:37" is "2 hours").
  const half = counted && !factQualifier ? 0 : Math.max(0, UNIT_DAYS[fact.unit] / UNIT_DAYS[unit] - 1) / 2;
  // To the digit written: "0.53 seconds" is no whole second, which would hold 0.35, nor "1:55.83" 1:55.38.
  // A length told in parts is written to its last part's decimals: "2 minutes 33.48 seconds" is no 33.84 seconds.
  const decimals = c.compound ? lastDecimals(claim.text) : (claim.numberStyle?.decimals ?? (c.clock ? clockDecimals(claim.text) : 0));
  // Counted in days, part of a week is either whole day beside it: "a week and a half" is 10 or 11 days.
  const partDay = unit !== c.unit && !Number.isInteger(amount);
  intervalInto(RANGES, 0, amount, unit === c.unit && decimals ? 10 ** -decimals : partDay ? 2 : 1, claim.qualifier?.kind);
  // A fact above its figure holds a plain claim up to its next step ("more than 11 seconds" holds
  // 11.28 seconds, which the writer worked out from two times), and no further: "three weeks" for
  // "at least two weeks" says more than the source knows.
  if (boundSide(factQualifier) === 'least' && !claim.qualifier) return amount > inClaimUnit - 0.01 && amount < inClaimUnit + Math.max(1, UNIT_DAYS[fact.unit] / UNIT_DAYS[unit]) ? 'agree' : 'disagree';
  // A fact under its figure ("nearly four hours") stays under it, where a bound's low begins: "more than four hours" is not
  // it (a product of its own had rounded one ulp above 18, and "more than 18 hours" held it).
  // A plain fact in the unit of a plain whole claim is exact, and touches the claim's range as a figure
  // does: "three hours" is no rounding of the source's "two and a half hours", which a writer says as
  // easily. Converted, or to a claim's decimal, it is allowed a rounding ("0.4 seconds" for 0.35).
  const exact = (unit === fact.unit || (CALENDAR_UNITS.has(unit) && CALENDAR_UNITS.has(fact.unit))) && !factQualifier && !claim.qualifier && !decimals;
  const slack = exact ? 0 : 0.01;
  // "almost five seconds" reaches down as "nearly 5" does (see `intervalInto`): 4.8 seconds is within it.
  if (factQualifier === 'nearly') intervalInto(RANGES, 2, inClaimUnit, UNIT_DAYS[fact.unit] / UNIT_DAYS[unit], 'nearly');
  const [low, high] = factQualifier === 'nearly' ? [Math.min(RANGES[2], inClaimUnit - half - slack), justUnder(inClaimUnit)] : [inClaimUnit - half - slack, inClaimUnit + half + slack];
  return high > RANGES[0] && low < RANGES[1] ? 'agree' : 'disagree';
}
