/**
 * Clock times as written ("9:30 p.m.", "21:30", "5.37pm", "9 o'clock"), as minutes after midnight,
 * and written back in a draft's own style. A time with no a.m. or p.m. and an hour of 12 or under
 * has two readings ("8:30" is 08:30 or 20:30), as "120.000" has.
 */

const WRITTEN = /^(\d{1,2})(?:([:.])(\d\d))?(?:([ \u00a0]?)(a\.m\.?|p\.m\.?|am|pm)|[ \u00a0]?(o['’]clock))?$/i;

const MINUTES_A_DAY = 24 * 60;

/** The minutes from one time of day to the next at another (in minutes after midnight), past midnight once. */
export function minutesBetween(from: number, to: number): number {
  return to > from ? to - from : to + MINUTES_A_DAY - from;
}

/** The readings of a written clock time, in minutes after midnight; undefined for no time of day. */
export function clockMinutes(written: string): number[] | undefined {
  const m = WRITTEN.exec(written);
  if (!m) return undefined;
  const hour = +m[1];
  const minute = m[3] ? +m[3] : 0;
  if (minute > 59 || hour > 24) return undefined;
  const meridiem = m[5]?.[0].toLowerCase();
  if (meridiem) {
    if (hour < 1 || hour > 12) return undefined;
    return [((hour % 12) + (meridiem === 'p' ? 12 : 0)) * 60 + minute];
  }
  const at = (hour % 24) * 60 + minute;
  // "08:30" is the 24-hour clock's.
  return hour >= 1 && hour <= 11 && m[1][0] !== '0' ? [at, at + 12 * 60] : [at];
}

/**
 * A time as the digits a writer copies, hours then minutes ("21:30" is 2130): a slip of a digit of
 * the clock is a digit of this number.
 */
export function clockDigits(minutes: number): number {
  const m = ((Math.round(minutes) % MINUTES_A_DAY) + MINUTES_A_DAY) % MINUTES_A_DAY;
  return Math.floor(m / 60) * 100 + (m % 60);
}

/**
 * `minutes` written as `like` (a time as a draft wrote it) is: the 12-hour clock with its a.m. or
 * p.m. written the same way, or the 24-hour clock; the same separator; minutes left out only where
 * `like` leaves them out and the time is on the hour.
 */
export function formatClockTime(minutes: number, like: string): string | undefined {
  const m = WRITTEN.exec(like);
  if (!m) return undefined;
  const digits = clockDigits(minutes);
  const hour24 = Math.floor(digits / 100);
  const minute = digits % 100;
  const separator = m[2] ?? ':';
  const withMinutes = m[3] !== undefined || minute !== 0;
  const clock = (hour: number, pad: boolean) => `${pad ? String(hour).padStart(2, '0') : hour}${withMinutes ? `${separator}${String(minute).padStart(2, '0')}` : ''}`;
  if (m[5]) {
    const written = hour24 < 12 ? am(m[5]) : pm(m[5]);
    return `${clock(hour24 % 12 || 12, false)}${m[4]}${written}`;
  }
  // "9 o'clock" has no minutes to give: another time is written so only on the hour.
  if (m[6]) return minute === 0 ? `${hour24 % 12 || 12}${like.slice(m[1].length, like.length - m[6].length)}${m[6]}` : undefined;
  return clock(hour24, m[1].length === 2);
}

/** `written` (an "a.m." or "p.m." as the draft writes it) for the morning, in its case and dots. */
function am(written: string): string {
  return written.replace(/p/i, (p) => (p === 'P' ? 'A' : 'a'));
}

function pm(written: string): string {
  return written.replace(/a/i, (a) => (a === 'A' ? 'P' : 'p'));
}

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
export function openingTime(text: string): { written: string; minutes: number[] } | undefined {
  return clockOpening(TIME_BEFORE_DATE, text);
}

/** The one reading, in minutes after midnight, of the time of day a date's text opens with before its weekday. */
export function timeBeforeWeekday(text: string): number | undefined {
  const minutes = clockOpening(TIME_THEN_WEEKDAY, text)?.minutes;
  return minutes?.length === 1 ? minutes[0] : undefined;
}
