import { clockDecimals } from '../extract/findNumbers';
import type { DurationUnit, DurationValue, Mention } from '../extract/mention';
import { numberToWords } from '../extract/numberWords';
import { CALENDAR_UNITS, CLOCK_UNITS, durationIn, lengthInUnits, UNIT_DAYS } from '../match/compareValues';
import { articleOf, matchCase } from '../text/words';
import { isWritableFigure } from '../extract/writableFigure';
import { formatNumber } from './formatNumber';

/**
 * A duration in the draft's unit and wording: "48 hours" → "24 hours", "two days" → "a day",
 * "12-year" → "16-year". Falls back to the source's unit when the draft's cannot hold it exactly.
 * Undefined when no digits write the amount, in the source's unit or the draft's (see `isWritableFigure`).
 */
export function formatDuration(claim: Mention, fact: { amount: number; unit: DurationUnit }, factText: string): string | undefined {
  const d = claim.duration!;
  if (!isWritableFigure(fact.amount)) return undefined;
  if (d.clock) return clockText((fact.amount * UNIT_DAYS[fact.unit]) / UNIT_DAYS.second, claim.text);
  let spelled = Boolean(claim.numberStyle?.words) || /^(?:a|an|one|the|[a-z]+ and a half)\b/i.test(claim.text);
  if (d.compound) return matchCase(compoundText(fact, d.compound), claim.text);
  // Weeks and months hold no whole number of each other: "three months" is not "thirteen weeks".
  const inClaimUnit = CALENDAR_UNITS.has(d.unit) === CALENDAR_UNITS.has(fact.unit) ? durationIn(fact, d.unit) : undefined;
  // "four hours and 12 minutes" said as the source says it, not as "252 minutes".
  if (inClaimUnit === undefined && TWO_UNITS.test(factText) && !d.adjectival) return matchCase(factText.trim(), claim.text);
  const [amount, unit] = inClaimUnit !== undefined ? [inClaimUnit, d.unit] : (roundedToClaimUnit(fact, d) ?? [fact.amount, fact.unit]);
  if (!isWritableFigure(amount)) return undefined;
  // Style guides spell out one to nine, some to ten, and give larger numbers in digits: "nine days"
  // is fixed to "19 days", "a 12-day strike" to "a nine-day strike", "a ten-week consultation" to "a
  // 12-week" one, as the writer would have written them.
  const spellsTen = spelled && d.amount === 10;
  const small = (n: number) => (spellsTen ? n <= 10 : n < 10);
  // A part of a unit in words ("a quarter of an hour") is fixed as a writer would write the whole amount: "33 minutes".
  if (Number.isInteger(amount) && amount > 0 && (Number.isInteger(d.amount) ? small(d.amount) !== small(amount) : spelled)) spelled = small(amount);
  // The source's own words when they say the same thing the same way ("a day").
  if (spelled && unit === fact.unit && amount === fact.amount && /^(a|an)\s/i.test(factText) && !d.adjectival) return matchCase(factText.trim(), claim.text);
  // "four" of "four to six weeks" is written as a number alone, in the range's unit if it can be.
  if (d.unitAfterRange && unit === d.unit) return matchCase(spelled && Number.isInteger(amount) ? numberToWords(amount) : digitsLike(amount, claim), claim.text);
  // "an hour" fixed to "half an hour", not "0.5 hours".
  if (spelled && amount === 0.5 && !d.adjectival) return matchCase(`half ${articleOf(d.run ?? unit)} ${d.run ?? ''}${unit}`, claim.text);
  // "five and a half hours" fixed to "six and a half hours", not "6.5 hours".
  if (spelled && amount > 1 && amount % 1 === 0.5 && !d.adjectival) return matchCase(`${numberToWords(Math.floor(amount))} and a half ${d.run ?? ''}${unit}s`, claim.text);
  const number = spelled && Number.isInteger(amount) ? (amount === 1 && !d.adjectival ? articleOf(unit) : numberToWords(amount)) : digitsLike(amount, claim);
  // "21,840 day passes": a unit the claim writes in the singular after more than one stays so.
  const singular = d.adjectival || amount === 1 || (d.amount !== 1 && unit === d.unit && claim.text.toLowerCase().endsWith(d.unit));
  const unitWord = singular ? unit : `${unit}s`;
  return matchCase(`${number}${d.adjectival ? '-' : ' '}${d.run ?? ''}${unitWord}`, claim.text);
}

/**
 * Minutes in the claim's hours, rounded to the nearest, where they hold no whole number of them and the rounding
 * is not the claim's own figure: "a six-hour meeting" for 310 minutes is "a five-hour meeting", not
 * "a 310-minute meeting".
 */
function roundedToClaimUnit(fact: { amount: number; unit: DurationUnit }, d: DurationValue): [number, DurationUnit] | undefined {
  // "half an hour" for 40 minutes is "40 minutes", not "an hour": a part of one unit is told for less than one.
  // Only in the units a clock tells: "a week" for ten days is no rounding a writer would take.
  if (d.amount < 1 || !CLOCK_UNITS.has(d.unit) || !CLOCK_UNITS.has(fact.unit) || UNIT_DAYS[fact.unit] >= UNIT_DAYS[d.unit]) return undefined;
  const rounded = Math.round((fact.amount * UNIT_DAYS[fact.unit]) / UNIT_DAYS[d.unit]);
  return rounded >= 1 && rounded !== d.amount ? [rounded, d.unit] : undefined;
}

/** An amount in the claim's digits: "310,150 hours" fixed to "301,150 hours", not "301150 hours". */
function digitsLike(amount: number, claim: Mention): string {
  const style = claim.numberStyle;
  if (!style) return String(amount);
  const decimals = String(amount).split('.')[1]?.length ?? 0;
  // `formatDuration` gives it only amounts it found writable, which is all `formatNumber` asks.
  return formatNumber(amount, 10 ** -decimals, { ...style, scaleText: '', scale: 1, prefix: '', suffix: '', words: undefined, ordinalSuffix: undefined })!;
}

const TWO_UNITS = /(?:second|minute|hour|day|week|month|year)s?\b.+\b(?:second|minute|hour|day|week|month|year)s?\b/i;

/** A length in the units a compound claim tells it in, as it writes each ("four hours and 12 minutes"). */
function compoundText(fact: { amount: number; unit: DurationUnit }, compound: NonNullable<DurationValue['compound']>): string {
  const last = compound.units.length - 1;
  const parts = lengthInUnits((fact.amount * UNIT_DAYS[fact.unit]) / UNIT_DAYS[compound.units[last]], compound.units);
  // The last part to the fact's decimals when it is told in that unit: "2 minutes 33.84 seconds", not 34.
  const step = 10 ** (fact.unit === compound.units[last] ? (String(fact.amount).split('.')[1]?.length ?? 0) : 0);
  let text = '';
  compound.units.forEach((unit, i) => {
    const n = i === last ? Math.round(parts[i] * step) / step : parts[i];
    if (!n && (text || i < last)) return;
    text += `${text ? compound.joiners[i - 1] : ''}${compound.spelled[i] ? numberToWords(n) : n} ${n === 1 ? unit : `${unit}s`}`;
  });
  return text;
}

/**
 * Seconds as a race clock shows them, as `like` does: with hours ("2:05:18", "02:05:18") where it
 * has them or the time needs them, and to its decimals of a second ("1:55.38").
 */
function clockText(seconds: number, like: string): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  const decimals = clockDecimals(like);
  const scaled = Math.round(seconds * 10 ** decimals);
  const whole = Math.floor(scaled / 10 ** decimals);
  const fraction = decimals ? `.${String(scaled % 10 ** decimals).padStart(decimals, '0')}` : '';
  const [hours, minutes] = [Math.floor(whole / 3600), Math.floor(whole / 60) % 60];
  const lead = like.indexOf(':') === 2 ? pad : String;
  const clock = hours || like.indexOf(':') !== like.lastIndexOf(':') ? `${lead(hours)}:${pad(minutes)}` : lead(minutes);
  return `${clock}:${pad(whole % 60)}${fraction}`;
}
