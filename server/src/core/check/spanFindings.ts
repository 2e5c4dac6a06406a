import { addDays, addDuration, type CalendarDate, toDayNumber, weekdayOf } from '../calendar';
import { minutesBetween } from '../extract/clockTime';
import { type DateValue, type DurationUnit, type DurationValue, isDay, type Mention, type QualifierKind } from '../extract/mention';
import { type LocatedMention, sentenceRunEnd } from '../extract/readDocument';
import { formatDate } from '../format/formatDate';
import { formatDuration } from '../format/formatDuration';
import { type Fact, fullDate } from '../facts/fact';
import { UNIT_DAYS } from '../match/compareValues';
import type { FactIndex } from '../match/factIndex';
import { FindingCode } from './codes';
import type { Finding } from './finding';

/**
 * Holds the times and dates of a sentence to one another, whatever the sources say, as a weekday
 * beside its date is:
 * - a length in hours or minutes told beside a range of two clock times, to the time between them
 *   ("from 10 p.m. to 4:30 a.m., a window of five and a half hours": six and a half), when no
 *   source decides it (see `clockSpanFinding`);
 * - a time told after both dates as later or earlier, to the days between them ("Reinholt asked on
 *   27 February; the board approved the recount on 3 March, a week after his request": four days),
 *   when no source decides it (see `spanFinding`), nor gives a date it is the time from (see
 *   `countedFromSourceDate`);
 * - the second date, told right after a time on from the first, to that time on ("comments open on
 *   Monday, March 10, and close three weeks later, on April 7": March 31), when no source decides it
 *   (see `endFinding`).
 * A date whose day or month is a mismatch is the likelier slip, and a time the sources contradict.
 * `findings` run beside `mentions`, as in `checkConversions`.
 */
export function checkSpans(mentions: readonly LocatedMention[], findings: Array<Finding | undefined>, index: FactIndex): void {
  for (let from = 0; from < mentions.length; ) {
    const to = sentenceRunEnd(mentions, from);
    const days: number[] = [];
    for (let i = from; i < to; i++) if (isDay(mentions[i])) days.push(i);
    // Of three dates or more, the first two hold a time told right after the second, before the third
    // ("approved on Wednesday 12 November; work begins on Monday 16 February, barely nine weeks later,
    // and runs to 28 August"); one after the third may be from either date before it.
    if (days.length >= 2 && !days.slice(0, 2).some((i) => daySlipped(findings[i]))) {
      const [a, b] = days;
      const end = days[2] ?? to;
      // The first such time after the dates is theirs; one after it is told from yet another event
      // ("on Saturday 7 June, just over six weeks later and almost five months after Ms Hume's death").
      let i = b + 1;
      while (i < end && !isTimeFromEvent(mentions[i])) i++;
      // A time later or earlier told between the dates is the first's distance from another event
      // ("on Saturday 5 July comes barely a fortnight after the announcement, while the consultation
      // ends on Sunday 27 July, some six weeks after it began"): the second's is told from another
      // too, unless it is told as later alone ("meets on Thursday 27 March, sixteen days after the
      // committee vote, and then on Saturday 5 April, eight days later"), which is from the first.
      const toldBetween = !mentions[i]?.duration?.standalone && mentions.slice(a + 1, b).some(isTimeFromEvent);
      const span = !toldBetween && i < end && findings[i]?.verdict === 'unverified' ? spanFinding(mentions[i], mentions[a], mentions[b]) : undefined;
      if (span && !countedFromSourceDate(mentions[i], mentions[b], findings[b]?.fact ?? findings[a]?.fact, index)) findings[i] = span;
    }
    for (let i = from; i < to; i++) {
      const beside = mentions[i].duration?.timesBeside;
      if (!beside) continue;
      const range = beside === 'after' ? i + 1 : i - 1;
      if (mentions[range]?.date?.spanned) {
        const [length, end] = weekdaySpanFindings(mentions[i], mentions[range], findings[i], findings[range]);
        if (length) findings[i] = length;
        if (end) findings[range] = end;
        continue;
      }
      const [a, b] = beside === 'after' ? [i + 1, i + 2] : [i - 2, i - 1];
      if (findings[a]?.verdict === 'mismatch' || findings[b]?.verdict === 'mismatch') continue;
      if (isDay(mentions[a])) {
        // Two days the sources verify hold a length beside them to their span, whatever else the
        // sources state of that length ("the previous record run of 11 days").
        const held = findings[i]?.verdict === 'unverified' || (findings[i]?.verdict === 'verified' && findings[a]?.verdict === 'verified' && findings[b]?.verdict === 'verified');
        const days = held ? daySpanFinding(mentions[i], mentions[a], mentions[b]) : undefined;
        if (days) findings[i] = days;
        continue;
      }
      if (findings[i]?.verdict !== 'unverified') continue;
      const clock = clockSpanFinding(mentions[i], mentions[a], mentions[b]);
      if (clock) findings[i] = clock;
    }
    let start: number | undefined;
    for (let i = from; i < to - 1; i++) {
      if (mentions[i].kind === 'date') start = i;
      const end = i + 1;
      if (start === undefined || mentions[i].kind !== 'duration' || mentions[end].kind !== 'date' || !undecided(findings[end], mentions[end]) || daySlipped(findings[start]) || findings[i]?.verdict === 'mismatch') continue;
      const finding = endFinding(mentions[end], mentions[start], mentions[i]);
      if (finding) findings[end] = finding;
    }
    from = to;
  }
}

/**
 * Whether a time told from an event, after a date, is the time to that date from another the source
 * gives (`fact` being a fact of that source the sentence's dates were matched with): "the playgroup
 * moves back in on Monday 23 June, two days after the ribbon is cut" beside the source's opening on
 * "Saturday 21 June". The writer counted from that event, not from the sentence's other date.
 */
function countedFromSourceDate(claim: Mention, date: Mention, fact: Fact | undefined, index: FactIndex): boolean {
  const d = claim.duration;
  const day = date.date;
  const year = day?.year?.value ?? (fact?.value.date && fullDate(fact.value.date).year);
  if (!d || !fact || !day?.month || !day.day || year === undefined) return false;
  const from = addDuration({ year, month: day.month.value, day: day.day.value }, d.relation === 'later' ? -d.amount : d.amount, d.unit);
  if (!from) return false;
  return (index.get(fact.id)?.sourceFacts ?? []).some((f) => {
    const other = f.kind === 'date' && f.value.date ? fullDate(f.value.date) : undefined;
    return other?.day === from.day && other.month === from.month && (other.year === undefined || other.year === from.year);
  });
}

/** A time told from an event: "a week after his request", "three days earlier". */
function isTimeFromEvent(m: Mention): boolean {
  return m.duration?.relation === 'later' || m.duration?.relation === 'earlier';
}

/** Whether the sources leave a date undecided: none checks it, or one gives only its month ("in April" for "on April 7"). */
function undecided(finding: Finding | undefined, date: Mention): boolean {
  return finding?.verdict === 'unverified' || (finding?.verdict === 'verified' && date.date?.day !== undefined && finding.fact?.value.date?.day === undefined);
}

/** The units a time between two dates is read in: a day's dates count no hours, and years are told by their years. */
const SPAN_UNITS: ReadonlySet<DurationUnit> = new Set(['day', 'week', 'month']);

/** Whether a date's day or month is a mismatch: its weekday alone leaves the span as written. */
function daySlipped(finding: Finding | undefined): boolean {
  return finding?.verdict === 'mismatch' && finding.code !== FindingCode.WeekdayMismatch;
}

function spanFinding(claim: LocatedMention, a: Mention, b: Mention): Finding | undefined {
  const d = claim.duration;
  if (!d || !isTimeFromEvent(claim) || d.compound || d.clock || d.difference || d.unitAfterRange || claim.number?.vague) return undefined;
  if (!SPAN_UNITS.has(d.unit)) return undefined;
  const unitDays = UNIT_DAYS[d.unit];
  const spans = daysBetween(a, b, d, unitDays);
  if (!spans.length || spans.some((days) => allows(days / unitDays, d.amount, d.unit, claim.qualifier?.kind))) return undefined;
  // Of two readings, the nearer the claim's: the one its writer meant and miscounted; in a common year, as most are.
  const days = daysBetween(a, b, d, unitDays, [YEARS[0]]).reduce((best, span) => (Math.abs(span - d.amount * unitDays) < Math.abs(best - d.amount * unitDays) ? span : best));
  const fixed = amountIn(days, d.unit, claim.qualifier?.kind);
  const fix = formatDuration(claim, fixed, '');
  if (!fix || fix === claim.text) return undefined;
  return { claim, verdict: 'mismatch', code: FindingCode.SpanMismatch, fix, sourceSays: `the calendar's days from ${a.text} to ${b.text}: ${days}` };
}

/**
 * The finding against a length in days or weeks told beside a range of two days (see `timesBeside`)
 * that is not the time between them, counted with its first day or without: "for 11 days in a row,
 * from 23 July to 8 August" (17 days, or 16). Fixed to the count with both days, as a run of days is told.
 */
function daySpanFinding(claim: LocatedMention, a: Mention, b: Mention): Finding | undefined {
  const d = claim.duration!;
  const spans = daysBetween(a, b, { ...d, relation: 'later', standalone: true }, 1);
  const unitDays = UNIT_DAYS[d.unit];
  if (!spans.length || spans.some((days) => [days, days + 1].some((n) => allows(n / unitDays, d.amount, d.unit, claim.qualifier?.kind)))) return undefined;
  const days = spans[0] + 1;
  const fix = formatDuration(claim, amountIn(days, d.unit, claim.qualifier?.kind), '');
  if (!fix || fix === claim.text) return undefined;
  return { claim, verdict: 'mismatch', code: FindingCode.SpanMismatch, fix, sourceSays: `the calendar's days from ${a.text} to ${b.text}, both counted: ${days}` };
}

/**
 * The finding against a length in hours or minutes told beside a range of two clock times (see
 * `timesBeside`) that is not the time between them: "from 10 a.m. to 11:42 p.m., roughly 13 hours".
 * A range that ends before it starts runs past midnight, once. A hedged time of day ("around 10
 * a.m.") allows half an hour more either way.
 */
function clockSpanFinding(claim: LocatedMention, a: Mention, b: Mention): Finding | undefined {
  const minutes = minutesBetween(a.number!.values[0], b.number!.values[0]);
  return lengthAgainstSpan(claim, minutes, (a.qualifier ? 30 : 0) + (b.qualifier ? 30 : 0), `${a.text} to ${b.text}`);
}

/**
 * The finding against a length in hours or minutes that `minutes` of clock time, `slack` more or
 * less, do not allow (see `allowsMinutes`), fixed to that time as the claim hedges it; `between`
 * names the span in the message.
 */
function lengthAgainstSpan(claim: LocatedMention, minutes: number, slack: number, between: string): Finding | undefined {
  if (allowsMinutes(claim, minutes, slack)) return undefined;
  const d = claim.duration!;
  const unit = d.unit === 'hour' ? 60 : 1;
  const fixed = d.unit === 'hour' && minutes % 30 !== 0 ? { amount: roundAsHedged(minutes / 60, claim.qualifier?.kind), unit: d.unit } : { amount: minutes / unit, unit: d.unit };
  const fix = formatDuration(claim, fixed, '');
  if (!fix || fix === claim.text) return undefined;
  const length = `${Math.floor(minutes / 60)}:${String(minutes % 60).padStart(2, '0')}`;
  return { claim, verdict: 'mismatch', code: FindingCode.SpanMismatch, fix, sourceSays: `the time from ${between}: ${length}` };
}

/**
 * A length in hours or minutes told beside a range from a time on one weekday to a time on another
 * ("for 31 hours, from 5 a.m. Monday until noon Wednesday"), held to the hours between them. Where no
 * source decides the length, the length is the slip, as beside two clock times: "about 20 hours —
 * from around 10 a.m. Thursday to 4 p.m. Friday" is about 30. Where a source verifies it, the
 * range's end is: noon 31 hours after 5 a.m. Monday is on Tuesday. A range whose start a source
 * contradicts is left to that finding, and an end on the right weekday to the clock times, which
 * no part of a date's fix writes. A hedged time ("around 10 a.m.") allows an hour more either way.
 */
function weekdaySpanFindings(claim: LocatedMention, range: LocatedMention, length: Finding | undefined, start: Finding | undefined): [Finding?, Finding?] {
  if (start?.verdict === 'mismatch') return [];
  const spanned = range.date!.spanned!;
  const minutes = Math.round(spanned.hours * 60);
  const slack = spanned.hedged ? 60 : 0;
  if (length?.verdict === 'unverified') return [lengthAgainstSpan(claim, minutes, slack, range.text)];
  if (length?.verdict !== 'verified' || !range.date!.weekday || allowsMinutes(claim, minutes, slack)) return [];
  const d = claim.duration!;
  const hours = d.unit === 'hour' ? d.amount : d.amount / 60;
  const weekday = (range.date!.weekday.value + Math.floor((spanned.fromHour + hours) / 24)) % 7;
  const { until } = spanned;
  if (weekday === until.value) return [];
  const fix = formatDate(until.text, until.start, { weekday: until }, { weekday });
  return [undefined, { claim: range, verdict: 'mismatch', fact: length.fact, code: FindingCode.WeekdayMismatch, span: { start: until.start, end: until.end }, fix, sourceSays: `${fix} (${claim.text} from ${range.text.slice(0, until.start - range.start).replace(RANGE_END_JOIN, '')}, as the source gives the length)` }];
}

/** The join after a range's start: " until noon ", " to 4 p.m. ". */
const RANGE_END_JOIN = /[ \u00a0]+(?:to|until|till|through|thru|[-–—]).*$/isu;

/**
 * Whether a claim's length in hours or minutes, as it hedges it, allows `actual` minutes, `slack`
 * more or less: a length in hours rounded to the hour, in minutes to the minute; "about" a
 * twentieth of hours, and five minutes or a tenth of minutes, as writers round them.
 */
function allowsMinutes(claim: Mention, actual: number, slack: number): boolean {
  const d = claim.duration!;
  const hours = d.unit === 'hour';
  const amount = hours ? d.amount * 60 : d.amount;
  return withinHedge(actual, amount, claim.qualifier?.kind, {
    edge: slack,
    slack,
    exact: hours ? 30 : 1,
    nearly: Math.max(hours ? 60 : 5, amount / 10),
    approx: Math.max(hours ? 30 : 5, amount / (hours ? 20 : 10)),
  });
}

/**
 * How far a hedged amount reaches: a bound past its figure by `edge`; "nearly" short of it by
 * `nearly`; "about" and a plain figure either side of it by `approx` and `exact`; each `slack` more.
 */
interface HedgeReach {
  edge: number;
  slack: number;
  exact: number;
  nearly: number;
  approx: number;
}

/** Whether an amount, hedged by `qualifier` and reaching as far as `reach` says, allows `actual`. */
function withinHedge(actual: number, amount: number, qualifier: QualifierKind | undefined, reach: HedgeReach): boolean {
  switch (qualifier) {
    case 'above':
    case 'atLeast':
      return actual + reach.edge >= amount;
    case 'below':
    case 'atMost':
      return actual - reach.edge <= amount;
    case 'nearly':
      return actual - reach.edge <= amount && actual + reach.slack >= amount - reach.nearly;
    case 'approx':
      return Math.abs(actual - amount) <= reach.approx + reach.slack;
    default:
      return Math.abs(actual - amount) <= reach.exact + reach.slack;
  }
}

/** A number of units rounded as a hedge reads it: "more than 13 hours" for 13:42, "nearly 14", "about 14". */
function roundAsHedged(units: number, qualifier: QualifierKind | undefined): number {
  const round = qualifier === 'above' || qualifier === 'atLeast' ? Math.floor : qualifier === 'nearly' || qualifier === 'below' || qualifier === 'atMost' ? Math.ceil : Math.round;
  return round(units);
}

/** Most characters from a time to the date it ends on: " later, on ", ", closing ", ", runs until ". */
const TO_END = 14;

/**
 * The finding against the date `end` that a time on from `start` ends on ("three weeks later, on
 * April 7"; "runs for three weeks, closing March 10"; "starts in January 2026 and, at 18 months,
 * runs until July 2028"), when it is not that date: a time in days or weeks from a day, or in months
 * or years from a day or a month, told as a length or as later than the first date, unhedged.
 */
function endFinding(end: LocatedMention, start: Mention, time: Mention): Finding | undefined {
  const d = time.duration;
  if (!d || !(d.relation === undefined || (d.relation === 'later' && d.standalone)) || d.compound || d.clock || d.difference || d.unitAfterRange || time.number?.vague || time.qualifier) return undefined;
  if (end.start - time.end > TO_END) return undefined;
  const [x, y] = [start.date!, end.date!];
  const toDay = isDay(start) && isDay(end);
  const toMonth = !x.day && !y.day && x.month && y.month && (d.unit === 'month' || d.unit === 'year');
  if (!(toDay && (d.unit === 'day' || d.unit === 'week' || d.unit === 'month')) && !toMonth) return undefined;
  // A weekday is rewritten only where a year says which it is.
  const year = x.year?.value ?? y.year?.value;
  if (y.weekday && year === undefined) return undefined;
  const ends = (year === undefined ? YEARS : [year]).map((y0) => addDuration({ year: y0, month: x.month!.value, day: x.day?.value ?? 1 }, d.amount, d.unit)!);
  const written = (date: CalendarDate) => date.month === y.month!.value && (!toDay || date.day === y.day!.value) && (!y.year || date.year === y.year.value);
  // A length in days or weeks may count its first day as one: "a three-day fair from 15 October, closing 17 October".
  const counting = d.relation === undefined && (d.unit === 'day' || d.unit === 'week') ? [0, -1] : [0];
  if (ends.some((date) => counting.some((days) => written(addDays(date, days))))) return undefined;
  const target = ends[0];
  const fix = formatDate(end.text, end.start, y, { month: target.month, ...(toDay ? { day: target.day } : {}), ...(y.year ? { year: target.year } : {}), ...(y.weekday ? { weekday: weekdayOf(target) } : {}) });
  if (fix === end.text) return undefined;
  return { claim: end, verdict: 'mismatch', code: FindingCode.SpanMismatch, fix, sourceSays: `${time.text} on from ${start.text}` };
}

/**
 * The days between two dates of a sentence that a time of `d` may count. "Six months later" counts
 * from the first date to the second, "six months earlier" back from the first to the second, "six
 * months after the vote" either way. Without a year, a date is the next of its day and month on
 * from the date counted from, in a common or a leap year; and a year or more later, only for a
 * time of most of a year or more.
 */
function daysBetween(a: Mention, b: Mention, d: DurationValue, unitDays: number, years: readonly number[] = YEARS): number[] {
  const [x, y] = [a.date!, b.date!];
  if (x.year && y.year) return [Math.abs(toDayNumber(dayOf(x, x.year.value)) - toDayNumber(dayOf(y, y.year.value)))];
  const ways: Array<[DateValue, DateValue]> = !d.standalone ? [[x, y], [y, x]] : d.relation === 'later' ? [[x, y]] : [[y, x]];
  const spans = new Set<number>();
  for (const year of years) {
    for (const [from, to] of ways) {
      const days = forward(from, to, year);
      if (days !== undefined) spans.add(days);
    }
  }
  if (d.amount * unitDays >= MOST_OF_A_YEAR) for (const days of [...spans]) for (let more = 1; more * 365 <= d.amount * unitDays + 366; more++) spans.add(days + Math.round(more * 365.25));
  return [...spans];
}

/** A common year, a leap year and the year before one: February of each length lies between any two dates of one of them; the common year first. */
const YEARS = [2025, 2024, 2023];
const MOST_OF_A_YEAR = 300;

function dayOf(date: DateValue, year: number): CalendarDate {
  return { year, month: date.month!.value, day: date.day!.value };
}

/** The days from `from` to the next `to` on or after it, in `year` where neither writes one; undefined where a written `to` comes before. */
function forward(from: DateValue, to: DateValue, year: number): number | undefined {
  // A date without a year beside one with it is of that year, or of the year before where it falls after it.
  const toYear = to.year?.value;
  let fromYear = from.year?.value ?? toYear ?? year;
  if (from.year === undefined && toYear !== undefined && toDayNumber(dayOf(from, fromYear)) > toDayNumber(dayOf(to, toYear))) fromYear--;
  const start = toDayNumber(dayOf(from, fromYear));
  if (toYear !== undefined) {
    const end = toDayNumber(dayOf(to, toYear));
    return end >= start ? end - start : undefined;
  }
  const end = toDayNumber(dayOf(to, fromYear));
  return end >= start ? end - start : toDayNumber(dayOf(to, fromYear + 1)) - start;
}

/**
 * Whether a time of `amount` units, hedged by `qualifier`, allows `actual` units: days to the day,
 * weeks to a day a week, months to half a month; "about" twice that.
 */
function allows(actual: number, amount: number, unit: DurationUnit, qualifier: QualifierKind | undefined): boolean {
  const tolerance = unit === 'day' ? 0 : unit === 'week' ? amount / 7 : 0.5;
  // A bound is read to the day, a week to a day, a month to three.
  const edge = unit === 'day' ? 0 : unit === 'week' ? 1 / 7 : 0.1;
  const hedged = Math.max(1, tolerance * 2);
  return withinHedge(actual, amount, qualifier, { edge, slack: 0, exact: tolerance, nearly: hedged, approx: hedged });
}

/**
 * The span in the claim's unit, rounded as its hedge reads ("more than five months" for 159 days,
 * "nearly six"), or in days where weeks do not hold it whole or months round to none.
 */
function amountIn(days: number, unit: DurationUnit, qualifier: QualifierKind | undefined): { amount: number; unit: DurationUnit } {
  if (unit === 'week' && days % 7 === 0) return { amount: days / 7, unit };
  if (unit !== 'month') return { amount: days, unit: 'day' };
  const amount = roundAsHedged(days / UNIT_DAYS.month, qualifier);
  return amount >= 1 ? { amount, unit } : { amount: days, unit: 'day' };
}
