import { clockMinutes } from '../extract/clockTime';
import type { Mention } from '../extract/mention';
import type { Fact } from '../facts/fact';

/**
 * A time of day opening a date's text, before its date: "6.24am on Tuesday 11 March", "11 a.m.
 * Monday, March 10". Its minutes or its "am" tell it from a day ("11 March").
 */
const TIME_BEFORE_DATE = /^((?:\d{1,2}[:.]\d\d(?:[ \u00a0]?(?:a\.m\.?|p\.m\.?|am|pm))?|\d{1,2}[ \u00a0]?(?:a\.m\.?|p\.m\.?|am|pm)))(?:[ \u00a0]+on)?[ \u00a0,]+(?=\p{L}|\d)/iu;

/** A time of day written before a weekday: "11.40am on Thursday", "11 a.m. Thursday", "2.15am on Monday". */
const TIME_THEN_WEEKDAY = /^(\d{1,2}(?:[:.]\d\d)?(?:[ \u00a0]?(?:a\.m\.?|p\.m\.?|am|pm))?)[ \u00a0]+(?:on[ \u00a0]+)?(?:mon|tues|wednes|thurs|fri|satur|sun)day(?![\p{L}])/iu;

/** The time of day `text` opens with, as `pattern` (its first group) finds it written, and its readings in minutes after midnight. */
function clockOpening(pattern: RegExp, text: string): { written: string; minutes: number[] } | undefined {
  const written = pattern.exec(text)?.[1];
  if (written === undefined) return undefined;
  const minutes = clockMinutes(written);
  return minutes && { written, minutes };
}

/** The time of day a date's text opens with, as written, and its readings in minutes after midnight. */
function openingTime(text: string): { written: string; minutes: number[] } | undefined {
  return clockOpening(TIME_BEFORE_DATE, text);
}

/** The one reading, in minutes after midnight, of the time of day a date's text opens with before its weekday. */
export function timeBeforeWeekday(text: string): number | undefined {
  const minutes = clockOpening(TIME_THEN_WEEKDAY, text)?.minutes;
  return minutes?.length === 1 ? minutes[0] : undefined;
}

/**
 * The source's time of day for a date claim that opens with another and rightly restates a date
 * fact that opens with its own: "6.24am on Tuesday 11 March" for "6:42 a.m. on Tuesday, 11 March".
 * A date read whole took its time along unchecked. Not where the source gives the claim's time
 * anywhere (`facts`): the claim may tell that moment. Undefined unless the fact's time has one reading.
 */
export function slippedTime(claim: Mention, fact: Fact, facts: readonly Fact[]): { written: string; minutes: number } | undefined {
  const own = openingTime(claim.text);
  const theirs = own && openingTime(fact.text);
  if (!own || !theirs || theirs.minutes.length !== 1 || own.minutes.includes(theirs.minutes[0])) return undefined;
  const told = (f: Fact) => (f.kind === 'time' ? f.value.number?.values : f.kind === 'date' ? openingTime(f.text)?.minutes : undefined);
  if (facts.some((f) => told(f)?.some((m) => own.minutes.includes(m)))) return undefined;
  return { written: own.written, minutes: theirs.minutes[0] };
}
