import { formatClockTime } from '../extract/clockTime';
import { findNumbers } from '../extract/findNumbers';
import type { Mention, NumberStyle } from '../extract/mention';
import { MULTIPLE, otherScale, systemOf, unitOf, writeUnitLike } from '../extract/units';
import { Fact, fullDate } from '../facts/fact';
import { hedgesShareInWords, inClaimCents, inPoints, isShareInWords, otherCurrency, unitsOf } from '../match/compareValues';
import { isRescaled, magnitude } from '../match/numberAffinity';
import { matchCase, tokenizeWords } from '../text/words';
import { formatDate } from './formatDate';
import { formatDuration } from './formatDuration';
import { formatMultiple, formatMultipleFigure } from './formatMultiple';
import { formatNumber } from './formatNumber';

/** A year as the claim writes it: a season or financial year ("2024-25") with the claim's mark between its years. */
function formatYear(claim: Mention, years: readonly number[]): string {
  return years.length > 1 ? `${years[0]}${claim.text.charAt(4)}${String(years[1] % 100).padStart(2, '0')}` : String(years[0]);
}

/** What a fix is written from: a source's fact, or a figure of the draft's own converted beside it. */
export type FixedFrom = Pick<Fact, 'kind' | 'value' | 'text' | 'derived'>;

/**
 * A claim's style for a fix of `value`: style guides spell out one to nine and give larger numbers
 * in digits, so "nine helicopters" is fixed to "13 helicopters", not "thirteen"; a draft that spells
 * out a larger number ("thirteen"), or opens its sentence with one ("Nine"), keeps words.
 */
function inDigitsPastNine(claim: Mention, style: NumberStyle, value: number): NumberStyle {
  const own = claim.number?.values[0];
  return style.words && !style.words.capitalized && style.ordinalSuffix === undefined && own !== undefined && own < 10 && value >= 10 ? { ...style, words: undefined } : style;
}

/**
 * The replacement for a claim's span that states the fact's value in the draft's own style, or
 * undefined when the fact's value cannot be written in the claim's form. `alone`: written to be
 * quoted on its own, as a message does, rather than in the claim's place before a noun.
 */
export function formatFix(claim: Mention, told: FixedFrom, alone = false): string | undefined {
  // "15 cents" against €0.10 is fixed in cents: "10 cents".
  const fact = inClaimCents(claim, told) ?? told;
  const value = fact.value;
  if (claim.date && value.date) {
    const fixed = formatDate(claim.text, claim.start, claim.date, fullDate(value.date));
    return fixed !== claim.text ? fixed : undefined;
  }
  if (claim.duration && value.duration) return formatDuration(claim, value.duration, fact.text);
  if (claim.kind === 'year' && value.number) return formatYear(claim, value.number.values);
  // A year restating a date gives that date's year: "in 2017" for "in October 2016".
  if (claim.kind === 'year' && value.date?.year !== undefined) return String(value.date.year);
  if (claim.kind === 'time') return value.number && formatClockTime(value.number.values[0], claim.text);
  // A share in words ("about a quarter") is fixed to the source's words for it ("a fifth"). Against
  // a share in digits it is left alone: "cut by a fifth" was met with another quantity's "up 9%",
  // "almost a fifth" with 17.8%, which a writer rounds so. Not when hedged to one side: "more than
  // four in ten" asserts more than 40 per cent, and the source's 37.8 per cent is the fix.
  if (isShareInWords(claim)) {
    if (fact.derived) return undefined;
    if (writtenStyle(fact, 'percent')) return hedgesShareInWords(claim, fact) ? fact.text : undefined;
    return matchCase(fact.text, claim.text);
  }
  // A part of one unit in words is fixed to the source's figure as the source writes it: "a quarter of
  // a percentage point" to "half a percentage point", or "0.5 percentage points" (not "0.5 percentage point").
  const written = PART_OF_ONE_UNIT.test(claim.text) ? writtenFigure(fact, claim.kind) : undefined;
  if (written) return matchCase(written.text, claim.text);
  // "doubled", "twice", "sevenfold": a multiple in words, fixed in its own form.
  if (!claim.numberStyle && claim.number?.unit === MULTIPLE) return value.number && formatMultiple(claim.text, value.number.values[0]);
  if (claim.numberStyle && value.number) {
    if (otherCurrency(claim, fact)) return formatNumber(value.number.values[0], value.number.precision, inFactCurrency(claim, fact));
    // The figure is the claim's own when only its unit slipped: "1 percent" is fixed to "1 percentage point", not "1.0".
    if (claim.kind === 'percent' && inPoints(claim.number) !== inPoints(value.number)) {
      const own = claim.number!.values.includes(value.number.values[0]);
      return formatNumber(value.number.values[0], own ? claim.number!.precision : value.number.precision, inFactPercent(claim, fact, alone));
    }
    if (claim.number?.unit === MULTIPLE) return formatMultipleFigure(value.number.values[0], value.number.precision, claim.numberStyle);
    const units = unitsOf(claim, fact);
    if (!units || units[0] === units[1]) return formatNumber(value.number.values[0], value.number.precision, unitInNumber(claim, inDigitsPastNine(claim, atFactScale(claim, fact), value.number.values[0]), value.number.values[0]));
    // "2 C (about 28 F)": a temperature converted into the other scale is fixed in it, as a reading or,
    // when the claim is told as a difference of readings or is far nearer that, as one ("2.1C (about
    // 4F) above average"). Merely nearer is no sign: "41F (about 15C)" is 5C, not the 23C 41 degrees
    // of difference make.
    const scaled = otherScale(value.number.values[0], units[1], units[0]);
    if (scaled) {
      const stated = claim.number!.values[0];
      const difference = claim.number!.difference || value.number.difference || Math.abs(scaled.difference - stated) * 2 < Math.abs(scaled.reading - stated);
      return formatNumber(difference ? scaled.difference : scaled.reading, claim.number!.precision, claim.numberStyle);
    }
    // "50 mph" for the source's "50 km/h": the writer converts, and the fix is converted too, to the
    // draft's step ("about 24-mile" for 38.5 km, "5.3 pounds" for 2.4 kg) but to no finer a one than
    // the source's own step converted gives.
    if (systemOf(units[0]) !== systemOf(units[1])) {
      const ratio = units[1].factor / units[0].factor;
      const step = Math.max(claim.number!.precision, 10 ** magnitude(value.number.precision * ratio));
      // Rounded to that step, or to three significant figures where the step is coarser, two for a
      // hedged claim, which is round: no digits the source's figure does not give ("151,000 square
      // feet" for 14,000 square metres, not "150,695"; "about 9,400 feet" for 2,870 metres), and
      // none it does lost to the draft's round figure ("233,000" for 21,600 square metres, not "200,000").
      const converted = value.number.values[0] * ratio;
      const figures = claim.qualifier?.kind === 'approx' ? 2 : 3;
      const rounding = Math.min(step, 10 ** (magnitude(converted) - figures + 1));
      // Below a unit, the step's decimals round it already: rounded twice, 14.48 would be 15.
      const fixed = rounding >= 1 ? Math.round(converted / rounding) * rounding : converted;
      // Whole where the step writes no decimals, as `formatNumber`'s digits round it: a figure in words
      // is written in words only whole ("six miles" for 6 km is "four miles", not "4 miles").
      const written = step >= 1 ? Math.round(fixed) : fixed;
      // The unit's number is the written figure's: 0.99 miles to the mile is "1 mile".
      return formatNumber(written, step, unitInNumber(claim, claim.numberStyle, step >= 1 ? Math.round(fixed / step) * step : fixed));
    }
    // "500 m" for the source's "5 km": a slip of scale; the source's figure and unit, the unit written as the draft writes units.
    return formatNumber(value.number.values[0], value.number.precision, { ...claim.numberStyle, suffix: writeUnitLike(units[1], claim.numberStyle.suffix, value.number.values[0]) });
  }
  return undefined;
}

/**
 * `style` (the claim's) with its unit in the number of `value`: "1 mile" for the claim's "3 miles",
 * "3 miles" for its "1 mile". Only a suffix that is the unit alone, as `writeUnitLike` writes it for
 * the claim's own figure, is rewritten ("6C below zero" says more).
 */
function unitInNumber(claim: Mention, style: NonNullable<Mention['numberStyle']>, value: number): NonNullable<Mention['numberStyle']> {
  const unit = claim.number?.unit === undefined ? undefined : unitOf(claim.number.unit);
  if (!unit || !style.suffix || writeUnitLike(unit, style.suffix, claim.number!.values[0]) !== style.suffix) return style;
  const suffix = writeUnitLike(unit, style.suffix, value);
  return suffix === style.suffix ? style : { ...style, suffix };
}

/**
 * The claim's style with the fact's currency, written where and as the fact writes it: "$14.9
 * billion" for £14.9bn is fixed to "£14.9 billion", "$17 million" for 17 million euros to "17
 * million euros".
 */
function inFactCurrency(claim: Mention, fact: FixedFrom): NonNullable<Mention['numberStyle']> {
  const style = claim.numberStyle!;
  const written = writtenStyle(fact, 'money');
  if (!written) return style;
  // A currency written after the figure is all of the claim's suffix; one written before leaves it.
  return { ...style, prefix: written.prefix, suffix: (style.prefix ? style.suffix : '') + written.suffix };
}

/**
 * The claim's style, with the fact's scale word when the claim has the fact's digits at another
 * scale and none of its own: "390,000 euros" for €390 million is fixed to "390 million euros",
 * not "390,000,000 euros".
 */
function atFactScale(claim: Mention, fact: FixedFrom): NonNullable<Mention['numberStyle']> {
  const style = claim.numberStyle!;
  if (style.scale > 1 || style.words || !claim.number!.values.some((v) => isRescaled(v, fact.value.number!.values[0]))) return style;
  const written = writtenStyle(fact, claim.kind);
  return written && written.scale > 1 ? { ...style, scale: written.scale, scaleText: written.scaleText } : style;
}

/**
 * The claim's style with the fact's percent wording: "13 percent" for 13 percentage points is fixed
 * to "13 percentage points". A difference the source implies ("44%, up from 35%") is written in
 * points whatever the share it stands at writes. Points before the noun they describe are one, and
 * joined to it as a compound modifier is: "a 5 percent increase" is fixed to "a 5-percentage-point
 * increase".
 */
function inFactPercent(claim: Mention, fact: FixedFrom, alone: boolean): NonNullable<Mention['numberStyle']> {
  const style = claim.numberStyle!;
  const written = writtenFigure(fact, 'percent');
  const implied = inPoints(fact.value.number) && !inPoints(written?.number);
  const suffix = implied ? (fact.value.number!.values[0] === 1 ? ' percentage point' : ' percentage points') : written?.numberStyle?.suffix;
  if (suffix === undefined) return style;
  return { ...style, suffix: style.attributive && !alone ? suffix.replace(POINTS, 'point').replace(/ /g, '-') : suffix };
}

const POINTS = /points$/;
/** A part of one unit in words: "half a", "a quarter of an", "three tenths of a". */
const PART_OF_ONE_UNIT = /^(?:half|(?:a|an|one|two|three|four|five|six|seven|eight|nine)[ \u00a0-](?:quarters?|thirds?|fifths?|sixths?|sevenths?|eighths?|ninths?|tenths?)[ \u00a0]+of)[ \u00a0]+an?[ \u00a0]/i;

/** How the fact's own text writes its figure of `kind` (its currency, its percent sign). */
export function writtenStyle(fact: FixedFrom, kind: Mention['kind']): Mention['numberStyle'] {
  return writtenFigure(fact, kind)?.numberStyle;
}

/** The figure of `kind` the fact's own text gives, as read from it. */
function writtenFigure(fact: FixedFrom, kind: Mention['kind']): Mention | undefined {
  return findNumbers(fact.text, 0, fact.text.length, tokenizeWords(fact.text, 0, fact.text.length)).find((m) => m.kind === kind);
}
