import { clockDigits } from '../extract/clockTime';
import { type DurationUnit, isYearByDistance, type Mention, type QualifierKind } from '../extract/mention';
import type { Fact } from '../facts/fact';
import { boundRoundedPast, boundSide, durationIn, factDate, inClaimCents, isDirectional, isShareInWords, isShareInWordsFact, lastDigitStep, lengthInUnits, partsOf, UNIT_DAYS, unitsOf } from './compareValues';
import { DIGIT_CHANGED, digitAffinity, isRescaled, numberAffinity, significantDigits } from './numberAffinity';

/**
 * How plausibly a writer copying the fact would have written the claim's value, from 0 to 1.
 * Copying errors are small edits: a digit changed or swapped (130,000 for 120,000; 64.7% for
 * 67.4%), a power of ten (1.2 million for 120,000), one part of a date (31 January for 1 January).
 * It breaks ties between facts whose contexts fit a claim equally well.
 */
export function valueAffinity(claim: Mention, fact: Pick<Fact, 'value'>): number {
  // "15 cents" for €0.10 is a digit changed in cents.
  const inCents = claim.kind === 'money' ? inClaimCents(claim, fact) : undefined;
  if (inCents) return valueAffinity(claim, inCents);
  const value = fact.value;
  // A clock's digits are what a writer miscopies: "15:12" for 15:02, "9:30 p.m." for 8:30 p.m.
  // So is the half of the day: "6:40 p.m." for the 06:40.
  if (claim.kind === 'time' && claim.number && value.number) return Math.max(...claim.number.values.map((v) => (Math.abs(v - value.number!.values[0]) === HALF_DAY_MINUTES ? DIGIT_CHANGED : numberAffinity(clockDigits(v), clockDigits(value.number!.values[0])))));
  // A share in words for another ("took a quarter off" for a third) is a word miscopied, as a weekday is.
  if (isShareInWords(claim) && claim.number && !claim.qualifier && isShareInWordsFact({ kind: 'percent', value }) && !value.qualifier) return DIGIT_CHANGED;
  if (claim.number && value.number && !claim.number.vague && !value.number.vague) {
    // A loop, not a spread of a mapped array: a claim meets thousands of facts in a large source set.
    const stated = claim.number.values;
    const units = unitsOf(claim, fact);
    const source = value.number.values[0];
    // In the claim's unit too, as the writer converting would have written it: "50 miles" for 64 km
    // (40 miles) is a digit changed; "136 miles" for 85 km, converted the wrong way (137). "50 mph"
    // for 50 km/h, the slip of leaving it unconverted, is the source's own figure.
    const sourceInClaimUnit = units && (source * units[1].factor) / units[0].factor;
    const converted = sourceInClaimUnit === undefined ? undefined : roundTo(sourceInClaimUnit, claim.number.precision);
    // In another unit than the fact's, a conversion gone wrong (see `isConversionSlip`).
    const otherUnit = units !== undefined && units[0] !== units[1] ? sourceInClaimUnit : undefined;
    const convertedBack = units && roundTo((source * units[0].factor) / units[1].factor, claim.number.precision);
    // An area converted with its length's factor: "460,000 square feet" for 140,000 m² (times 3.28, not 10.76).
    const convertedLinearly = units && units[0].dimension === 'area' ? roundTo(source * Math.sqrt(units[1].factor / units[0].factor), claim.number.precision) : undefined;
    // Rounded as the claim is written, it is the claim: "1.4 million" for 1.38 million is how a writer restates it.
    // Compared within a sliver of the step, not through `roundTo`: a claim meets thousands of facts.
    const step = claim.number.precision;
    const rounded = step > value.number.precision ? Math.round(source / step) * step : NaN;
    // "more than 1,200" for some 1,140, "about 7%" for 6.1%: a hedged figure within a step of its
    // last digit from the source's is the source's, rounded or bounded wrongly, however many of its
    // digits differ. Further off ("roughly 430,000" for about 412,000) it may be another figure. A
    // bound's step is that of its last digit other than zero ("more than 9,000" for 8,300): bounds
    // are round; "some 200" stays within ten of its figure, as near as its two digits say. A bound
    // within a tenth of the figure is it rounded the wrong way too ("more than 4,500 people" for 4,380).
    const kind = claim.qualifier?.kind;
    // A share in words hedged to one side is the writer's reading of the source's share, however
    // its digits differ: "almost half" for 38 per cent, "nearly a third" for about a fifth, within
    // half as much again as the width its words round to. Not of a share the source bounds
    // ("nearly two-thirds" for "at least half"): a bound is no share to read.
    const inWords = isShareInWords(claim) && (isDirectional(kind) || kind === 'approx') && boundSide(value.qualifier) === undefined ? () => SHARE_IN_WORDS_REACH * step : undefined;
    const near = inWords ?? (isHedge(kind) && (!units || units[0] === units[1]) ? (kind === 'approx' ? () => step : (v: number) => lastDigitStep(v, step)) : undefined);
    let most = -Infinity;
    for (let a = 0; a < stated.length; a++) {
      // "more than 70 grandmasters" for seven, "about 100 people" for ten: a writer hedges a count
      // they round or estimate, not one they copy, and a handful copied a power of ten off is no
      // round count. A hedged share a power of ten off is still a slip ("about 14 per cent" for 1.4%).
      const hedgedScale = claim.kind === 'count' && isHedge(kind) && Math.min(Math.abs(stated[a]), Math.abs(source)) < HEDGED_SCALE_LEAST && isRescaled(stated[a], source);
      most = Math.max(most, Math.abs(stated[a] - rounded) < step * 1e-6 ? 1 : hedgedScale ? SCALE_HEDGED : claim.kind === 'year' ? yearAffinity(stated[a], source, !isYearByDistance(claim)) : numberAffinity(stated[a], source));
      // Rounded as the claim is written, then two neighbouring digits swapped ("~185k" for 157,756,
      // which is 158k): two slips, one of them no slip at all, so a digit changed's plausibility.
      // Only of three digits or more: rounded to one or two, a figure is as like many others.
      if (most < DIGIT_CHANGED && !Number.isNaN(rounded) && !hedgedScale && significantDigits(rounded).length >= ROUNDED_SWAP_DIGITS && numberAffinity(stated[a], rounded) === 1) most = DIGIT_CHANGED;
      if (near && (Math.abs(stated[a] - source) <= near(stated[a]) || (!inWords && boundRoundedPast(claim, source)))) most = Math.max(most, HEDGE_SLIP);
      if (converted !== undefined && convertedBack !== undefined) most = Math.max(most, numberAffinity(stated[a], converted), numberAffinity(stated[a], convertedBack));
      if (convertedLinearly !== undefined) most = Math.max(most, numberAffinity(stated[a], convertedLinearly));
      if (otherUnit !== undefined && isConversionSlip(stated[a], otherUnit)) most = Math.max(most, CONVERSION_SLIP);
    }
    return most;
  }
  // A race clock's digits are what a writer miscopies: "4:25:18" for 4:52:18.
  if (claim.duration?.clock && value.duration?.unit === 'second') return numberAffinity(raceClockDigits(claim.duration.amount), raceClockDigits(value.duration.amount));
  if (claim.duration && value.duration) {
    // "three years" is no miscopy of "a day": only durations of a like size can be one.
    const ratio = (claim.duration.amount * UNIT_DAYS[claim.duration.unit]) / (value.duration.amount * UNIT_DAYS[value.duration.unit]);
    if (ratio > 10 || ratio < 0.1) return 0;
    const inClaimUnit = durationIn(value.duration, claim.duration.unit);
    // "two hours and 51 minutes" for two hours and 15: a slip in one part, the others copied.
    if (inClaimUnit !== undefined && claim.duration.compound) return partsAffinity(claim.duration.amount, inClaimUnit, claim.duration.compound.units);
    // A length written in words is no power of ten off a figure: "a decade" is no slip of "100 years".
    if (inClaimUnit !== undefined && isRescaled(claim.duration.amount, inClaimUnit) && !ANY_DIGIT.test(claim.text)) return 0;
    // "two weeks" for "two days" keeps the number but not the length: a slip, but a lesser one. In
    // other units the two figures' powers of ten say nothing ("six weeks" for 37 days): their digits do.
    // Nor is the writer's own conversion of it a copy of its digits: "nine years" is one digit off
    // "twelve months" as a year, but no miscopy of it; two slips at most, as a unit slipped is.
    if (inClaimUnit === undefined) return Math.min(UNIT_SLIP, digitAffinity(claim.duration.amount, value.duration.amount));
    const affinity = numberAffinity(claim.duration.amount, inClaimUnit);
    return value.duration.unit === claim.duration.unit || affinity === 1 ? affinity : Math.min(UNIT_SLIP, affinity);
  }
  if (claim.date && value.date) {
    const stated = partsOf(claim);
    const source = factDate(value.date);
    const keys = (['year', 'month', 'day'] as const).filter((k) => stated[k] !== undefined && source[k] !== undefined);
    const same = keys.filter((k) => stated[k] === source[k]).length;
    const single = (['year', 'month', 'day'] as const).filter((k) => stated[k] !== undefined).length <= 1;
    // A weekday or a month alone: any other one is as likely a slip, but for a month further than
    // two from the fact's, across the year ("April" for November): a writer miscounts to a neighbour.
    if (single && !same && monthsApart(stated.month, source.month) > NEAR_MONTHS) return FAR_MONTH;
    if (!keys.length || (single && !same)) return 0.5;
    // "30 July" agrees with the "July" of "since mid-July", but is no copy of it: a day's date is
    // another date's, rather, however far its month.
    if (stated.day !== undefined && source.day === undefined && same === keys.length) return COARSER_FACT;
    return same / keys.length;
  }
  return 0.5;
}

const ANY_DIGIT = /\d/;

/** A length in seconds as a race clock's digits, to the hundredth: 4:52:18 is 4521800, 1:55.38 is 15538. */
function raceClockDigits(seconds: number): number {
  const hundredths = Math.round(seconds * 100);
  const whole = Math.floor(hundredths / 100);
  return ((Math.floor(whole / 3600) * 100 + Math.floor((whole % 3600) / 60)) * 100 + (whole % 60)) * 100 + (hundredths % 100);
}

/** The least affinity of the parts two lengths (in the last of a compound's units) have in those units. */
function partsAffinity(claim: number, fact: number, units: readonly DurationUnit[]): number {
  const a = lengthInUnits(claim, units);
  const b = lengthInUnits(fact, units);
  let least = 1;
  for (let i = 0; i < units.length; i++) {
    // What is left of each is compared in whole units too.
    const [x, y] = i === units.length - 1 ? [Math.floor(a[i] + 1e-9), Math.floor(b[i] + 1e-9)] : [a[i], b[i]];
    if (x !== y) least = Math.min(least, numberAffinity(x, y));
  }
  return least;
}

/** `value` rounded to a multiple of `step`, to twelve digits (no 39.800000000000004). */
function roundTo(value: number, step: number): number {
  return +(Math.round(value / step) * step).toPrecision(12);
}

/**
 * Whether two years are of one decade and more than two apart ("2021" and "2026"): a writer copying
 * a year slips to a neighbour (counting), the decade's digit (`2001` for 2011) or two digits swapped,
 * and a year a few off in its last digit is more often another event's. On the held-out drafts,
 * three false alarms fewer and no find lost: a wrong year so far off (`2006` for 2009) is still
 * found where its words frame the fact firmly.
 */
/**
 * How plausibly one year is a miscopy of another: by their digits, but a year far off in the same
 * decade is only as plausible as any other year, and one or two off across a decade ("by 2030" for
 * "by 2028", whose digits share little) as plausible as that. As plausible as a digit changed, the
 * near year across a decade displaced years the claim's words chose less surely ("had stood since
 * 2019" for the 2020 race cancelled, rather than the record set in 2019).
 */
function yearAffinity(a: number, b: number, inDigits: boolean): number {
  const apart = Math.abs(a - b);
  // A year told by its distance ("next year") is counted, not copied: a year off is the slip, not a digit.
  if (!inDigits) return apart === 0 ? 1 : apart === 1 ? DIGIT_CHANGED : FAR_YEAR;
  const sameDecade = Math.floor(a / 10) === Math.floor(b / 10);
  if (apart > NEAR_YEARS && sameDecade) return FAR_IN_DECADE;
  return apart <= NEAR_YEARS && !sameDecade ? Math.max(FAR_IN_DECADE, numberAffinity(a, b)) : numberAffinity(a, b);
}

const NEAR_YEARS = 2;
/** A time of day and the same time in the other half of the day, in minutes apart. */
const HALF_DAY_MINUTES = 12 * 60;
/** How plausibly a year told by its distance is a slip of one further off than a year. */
const FAR_YEAR = 0.1;
/** As plausible as any other year: tried at 0.4 and 0.3, nine finds were lost that other rules make from a plausible slip. */
const FAR_IN_DECADE = 0.5;

/** How many months apart two months of the year are, the shorter way round the year; 0 when either is unknown. */
function monthsApart(a: number | undefined, b: number | undefined): number {
  if (a === undefined || b === undefined) return 0;
  const apart = Math.abs(a - b);
  return Math.min(apart, 12 - apart);
}

/**
 * A month alone is as plausible a slip of any month within two of it, and less of one further off:
 * tried on the held-out drafts at 0.1, 0.2 and 0.3 (each three false alarms fewer and one more,
 * "February" taken for a slip of a neighbouring month; no find lost), kept at the nearest to 0.5.
 */
const NEAR_MONTHS = 2;
const FAR_MONTH = 0.3;

/** How plausibly a date with its day restates a fact that gives none. */
const COARSER_FACT = 0.5;

/** As plausible as a digit changed. */
const HEDGE_SLIP = DIGIT_CHANGED;

/** The fewest significant digits a figure rounded as the claim is written must keep for a swap of two of them to tell a slip. */
const ROUNDED_SWAP_DIGITS = 3;

/** How far, in the widths its words round to, a share in words hedged to one side reaches as a reading of a source's share. */
const SHARE_IN_WORDS_REACH = 1.5;

/** A hedged figure a power of ten from a fact under this is no copy of it (see `valueAffinity`)... */
const HEDGED_SCALE_LEAST = 100;
/** ...but as plausible as another figure. */
const SCALE_HEDGED = 0.1;

function isHedge(kind: QualifierKind | undefined): boolean {
  return kind !== undefined && kind !== 'exact';
}

/**
 * A figure in another unit than the fact's is the writer's conversion of it, and a conversion gone
 * wrong keeps none of its digits ("about 19 miles" for 48 km, 29.8 miles; "52 mph" for 70 km/h):
 * within half or twice the figure converted it is as plausible a slip as a digit changed.
 */
const CONVERSION_SLIP = DIGIT_CHANGED;
const CONVERSION_REACH = 2;

function isConversionSlip(stated: number, converted: number): boolean {
  return stated > 0 && converted > 0 && stated / converted <= CONVERSION_REACH && converted / stated <= CONVERSION_REACH;
}

/** The most a duration with the fact's number in another unit can be a copy of it. */
const UNIT_SLIP = 0.5;
