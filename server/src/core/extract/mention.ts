import type { WrittenPeriod } from './ratePeriod';
import type { WrittenUnitPrice } from './unitPrice';
import { noNegativeZero } from '../text/noNegativeZero';

/**
 * What a figure or date in a text says, independent of where it came from: a claim in a draft and a
 * fact in a source are both mentions, read by the same extractor.
 */
export type MentionKind = 'count' | 'percent' | 'money' | 'ordinal' | 'year' | 'date' | 'duration' | 'time' | 'name' | 'role' | 'place';

export interface Span {
  start: number;
  end: number;
}

/** How a qualifier widens a figure: "about 120,000", "more than 100,000", "nearly 3,000". */
export type QualifierKind = 'approx' | 'nearly' | 'above' | 'atLeast' | 'below' | 'atMost' | 'exact';

export interface Qualifier extends Span {
  kind: QualifierKind;
  text: string;
}

/** How a number was written, so that a fix can be written the same way. */
export interface NumberStyle {
  /** Thousands separator as written ("," " " "." thin space), "" for long digits written without one. */
  grouping: string;
  /** Digits before the decimal point, as written: a short figure says nothing about grouping. */
  integerDigits: number;
  decimal: '.' | ',';
  decimals: number;
  /** Scale suffix or word exactly as written after the digits ("k", "m", " million", "bn"). */
  scaleText: string;
  scale: number;
  /** Text before the digits belonging to the value ("$", "€", "USD ") and after it ("%", " per cent", " euros", " km"). */
  prefix: string;
  suffix: string;
  /**
   * The sign of a temperature below zero as written ("minus ", "−", "-"): the value is negative.
   * Empty when the suffix says it ("6C below zero"), which writes no temperature above zero.
   */
  sign?: string;
  /** Spelled out ("one hundred and twenty thousand"), and whether it started with a capital. */
  words?: { capitalized: boolean };
  /** Ordinal suffix as written ("th"). */
  ordinalSuffix?: string;
  /** Written before a noun it describes ("a 5 percent increase"), where a unit is singular. */
  attributive?: boolean;
}

export interface NumberValue {
  /** Every value the text can mean: "120.000" is 120,000 or 120 in different conventions. */
  values: number[];
  /** The step the figure is given to: 1 for 5,279,044, 10,000 for 120,000, 0.1 for 67.4. */
  precision: number;
  currency?: string;
  /** A unit of measure's key ("km", see `units.ts`): the values are in it. */
  unit?: string;
  /** "thousands", "dozens": a range, never specific enough to contradict anything. */
  vague?: [number, number];
  /** "four euros more than before", "21 more seats": a difference from another amount, not an amount. */
  difference?: true;
  /**
   * For "150" and for "200" of "between 150 and 200", its ends: the figure is one end of a range, which
   * bounds what a source says for a claim that bounds ("more than 200" restates neither end; see
   * `compareValues`), and which such a claim's fix writes whole.
   */
  range?: [number, number];
  /**
   * "up 7 percent", "a rise of 1.3 per cent", "a 5 percent jump": a percentage told as a change,
   * which may be a difference of two shares miscalled per cent (see `matchClaim`). Read of claims
   * only; facts do not keep it.
   */
  change?: true;
  /**
   * "rises to 54.30p", "cut from 96.2 per cent to 92.6 per cent": the level a change its sentence
   * tells goes to, not the one it is from (see `reachesLevel`). Read of claims only; facts do not keep it.
   */
  reached?: true;
}

export type DurationUnit = 'second' | 'minute' | 'hour' | 'day' | 'week' | 'month' | 'year' | 'decade';

export interface DurationValue {
  amount: number;
  unit: DurationUnit;
  /** "a day later", "four years ago": how the duration relates to another time. */
  relation?: 'later' | 'earlier' | 'ago' | 'since';
  /** "six months later", not "six months after the vote": later or earlier than the time told before it. */
  standalone?: true;
  /** "five hours more than the old model", "three minutes faster": a difference of two lengths, not a length. */
  difference?: true;
  /** For a time in years, the date beside it that it is counted from ("in 1968, 57 years ago"; "14 years ago, in October 2011"; "twelve years since the first show in 2011"). Read of claims only. */
  countedFrom?: { year: number; month?: number };
  /** For a time counted from a date, the year it is counted to when the sentence states one before it ("in 2033, five years after the 2030 deadline"); else now. */
  countedTo?: { year: number; month?: number };
  /** "12-year", "three-day": a hyphenated adjective, written back hyphenated. */
  adjectival: boolean;
  /** "2:05:18": hours, minutes and seconds as a race clock gives them (the amount in seconds). */
  clock?: boolean;
  /**
   * "three hours and 48 minutes": told in units each the next smaller (the last is `unit`, which the
   * amount is in), with what joins each to the next, and whether each number is spelled out.
   */
  compound?: { units: DurationUnit[]; joiners: string[]; spelled: boolean[] };
  /**
   * "four" of "four to six weeks", "nine" of "nine of the 14 months", "five" of "keep for 35 days,
   * platelets for only five": the unit is written once, with another figure (the range's last, the
   * whole, the length before).
   */
  unitAfterRange?: boolean;
  /** "consecutive " of "11 consecutive days", "more " of "25 more years": the run's word before the unit, with its space, written back in a fix. */
  run?: string;
  /**
   * Where the two clock times stand that this length in hours or minutes is the span of ("for six
   * hours, from 10 a.m. to 4 p.m."; "from 10 p.m. to 4:30 a.m., a window of six and a half hours"):
   * the two mentions right after it, or right before it; or the one range of times on two weekdays
   * there ("for 31 hours, from 5 a.m. Monday until noon Wednesday", see `DateValue.spanned`); or,
   * of a length in days or weeks, the two days of a range ("for 17 days in a row, from 23 July to 8
   * August"). Read of claims only.
   */
  timesBeside?: 'after' | 'before';
}

/** Each part of a date that the text gives, with where it stands, so a fix can replace only parts. */
export interface DatePart extends Span {
  value: number;
  text: string;
}

export interface DateValue {
  year?: DatePart;
  month?: DatePart;
  day?: DatePart;
  weekday?: DatePart;
  /** The last day of a range within the month ("6-7 February": 7); `day` is its first. */
  through?: number;
  /** Numeric dates such as 01/02/2024 that may be day-first or month-first: the other reading. */
  swapped?: { month: number; day: number };
  /** Parts implied by context rather than written (a year from the article's date; a weekday's date). */
  implied?: { year?: number; month?: number; day?: number; weekday?: number };
  /**
   * Digits stand where the year would, which are no year ("1 January 20244"; they are a figure of
   * their own): the date is not yearless, its year is unknown, so agreeing in day and month does
   * not verify it.
   */
  yearUnreadable?: true;
  /**
   * The implied year is told in words, counted from the article's date ("in March last year", "by
   * the end of last year"): the date states that year, as one written in digits would, where a year
   * only the article's date implies ("on 30 September") states none.
   */
  yearInWords?: true;
  /**
   * A range from a time on one weekday to a time on another ("from 5 a.m. Monday until noon
   * Wednesday"): the hours between them, the start's time of day in hours, and the end's weekday as
   * written, which a length beside the range is held to (see `checkSpans`); `hedged` where a time of
   * it is ("from around 10 a.m. Thursday").
   */
  spanned?: { hours: number; fromHour: number; until: DatePart; hedged?: true };
  /**
   * For a date that states no year, the year stated before it in its clause, which may be its own:
   * "from Friday, Feb. 5, 2038, to Sunday, Feb. 21", "in 2026, when the fair runs to Sunday, 18 October".
   */
  sentenceYear?: number;
  /**
   * A weekday and date that states no year, told in the future ("will hold a party on Saturday 14
   * March"): a weekday right in the first year it comes after the article's date is right, though
   * another year is nearer that date. Not told in the past: a past verb may report a day to come
   * ("Forecasters warned of another cold night Saturday, April 27").
   */
  toCome?: true;
}

export interface Mention extends Span {
  kind: MentionKind;
  /** The text of the span: the value as written, without its qualifier. */
  text: string;
  number?: NumberValue;
  numberStyle?: NumberStyle;
  date?: DateValue;
  duration?: DurationValue;
  qualifier?: Qualifier;
  /** A name that opens its sentence ("Then Hessler said"): it may be no name at all, so no word of another's. */
  opening?: true;
  /** A first name too short to check ("Luc" of "Luc Arsenault"), read only to tell the last name after it. */
  short?: true;
  /**
   * A figure converting the one before it across the noun that one qualifies ("a 23-mile drive, or
   * about 48km"; "the 30-kilometre mark, about 18.6 miles into the route"), as it would right beside it.
   */
  convertsAcross?: true;
  /** A figure a closing bracket or a conjunction parts from the one before it ("£3.7 million (about €4.4 million): £2.1 million", "£185,000 and €72,000"): no conversion of it. */
  apartFromBefore?: true;
  /** For a count set off between commas right after a word, that word as written: whose age it may be ("Reiny, 25,", "the suspects, now 41,"). */
  apposedTo?: string;
  /** A count, sum or length told as the sum of several ("Between them the sides scored 51 points", "44 in all", "a total of 18,280 hours"). */
  total?: true;
  /** For an amount or a length, the period it is a rate over, written right after it ("€11.5m a day", "18 hours a week"). Read of claims only. */
  ratePeriod?: WrittenPeriod;
  /** For an amount, the unit it is a price per, written right after it ("$4.38 a pound"). Read of claims only. */
  unitPrice?: WrittenUnitPrice;
  /** A price per unit giving the one right before it again per another unit ("$4.38 a pound, or about $9.66 a kilogram"). */
  convertsPrice?: true;
  /** A count told as a part of the next figure, its whole ("164 of 212", "nine out of the 14"): the two are no items of a list. */
  partOfNext?: true;
  /** For a rank, the first word of the name written right before it, whose rank it is ("Kessler" of "Kessler University of Ontario second"; see `rankHolder`). */
  rankHolder?: string;
  /** A count or amount told as a rate per item ("six firefighters to every engine", "€12 a head"; see `isPerItem`). */
  perItem?: true;
  /**
   * A comparison's base: `compared` where the figure is what something is compared with ("up 26 per
   * cent on last year", "down from 88.1 percent"; see `isComparisonBase`); for a year, `ofFigure`
   * where it is the time of a figure compared with ("up from 100,000 pounds last year"; see `datesBaseFigure`).
   */
  base?: 'compared' | 'ofFigure';
}

/** Where a figure starts with the hedge written before it: "more than 40 per cent", "around 10 a.m.". */
export function hedgedStart(m: Pick<Mention, 'start' | 'qualifier'>): number {
  return m.qualifier && m.qualifier.start < m.start ? m.qualifier.start : m.start;
}

/** A year told by its distance from now ("this year", "next year"), which a writer counts rather than copies, not written in digits. */
export function isYearByDistance(m: Pick<Mention, 'kind' | 'text'>): boolean {
  return m.kind === 'year' && !ANY_DIGIT.test(m.text);
}

const ANY_DIGIT = /\d/;

/** A date to the day, of one day: "3 March", "Thursday, Oct. 2", not "6-7 February" or "March". */
export function isDay(m: Pick<Mention, 'date'>): boolean {
  return m.date?.day !== undefined && m.date.month !== undefined && m.date.through === undefined;
}

/** Whether a mention is a claim to check (or a fact to state): every one but a time of day whose figure could not be read. */
export function isCheckable(m: Mention): boolean {
  return m.kind !== 'time' || m.number !== undefined;
}

/** A mention found at other offsets, `by` characters on, its qualifier and date parts with it: what it is does not change. */
export function movedBy<M extends Mention>(m: M, by: number): M {
  by = noNegativeZero(by);
  const moved: M = { ...m, start: m.start + by, end: m.end + by };
  if (m.qualifier) moved.qualifier = { ...m.qualifier, start: m.qualifier.start + by, end: m.qualifier.end + by };
  if (m.date) {
    const date = { ...m.date };
    for (const part of DATE_PARTS) {
      const at = date[part];
      if (at) date[part] = { ...at, start: at.start + by, end: at.end + by };
    }
    const until = date.spanned?.until;
    if (until) date.spanned = { ...date.spanned!, until: { ...until, start: until.start + by, end: until.end + by } };
    moved.date = date;
  }
  return moved;
}

const DATE_PARTS = ['year', 'month', 'day', 'weekday'] as const;
