import { type CalendarDate, isoDate } from '../calendar';
import type { QualifierKind } from '../extract/mention';
import type { LocatedMention } from '../extract/readDocument';
import { formatDuration } from '../format/formatDuration';
import { FindingCode } from './codes';
import type { Finding } from './finding';

/**
 * A time in years or decades counted from a date beside it ("in 1968, 47 years ago", "twelve years
 * since the first show in 2011", see `countedFrom`) held to the calendar, whatever the sources say,
 * as a weekday beside a date is: the years from that date to the year the sentence counts to (see
 * `countedTo`), else to `today`, the draft's own date or that of the article it restates. A
 * mismatch, or undefined when the years allow the claim, a writer counting whole years either way.
 */
export function checkElapsed(claim: LocatedMention, today: CalendarDate): Finding | undefined {
  const d = claim.duration;
  const of = d?.countedFrom;
  if (!d || !of) return undefined;
  const to = d.countedTo;
  // A year alone is counted to from its middle: "in 2033, five years after the 2030 deadline" is three years.
  const now = to ? to.year + (to.month ? (to.month - 0.5) / 12 : 0.5) : today.year + (today.month - 1) / 12 + (today.day - 1) / 365;
  const least = now - (of.month ? of.year + of.month / 12 : of.year + 1);
  const most = now - (of.month ? of.year + (of.month - 1) / 12 : of.year);
  // A date after the one it is counted to: that is not the day the draft was written.
  if (least < 0) return undefined;
  // Decades are counted as decades: "nearly four decades" allows 38 years.
  const unit = d.unit === 'decade' ? 10 : 1;
  const [low, high] = allowedUnits(d.amount, claim.qualifier?.kind);
  if (high * unit >= least && low * unit <= most) return undefined;
  const years = of.month ? yearsToTell(least, most, claim.qualifier?.kind) : (to ?? today).year - of.year;
  const fix = formatDuration(claim, { amount: years, unit: 'year' }, '');
  if (!fix) return undefined;
  const told = d.relation === 'ago' ? `${fix} ago` : fix;
  return { claim, verdict: 'mismatch', code: FindingCode.DurationMismatch, fix, sourceSays: `${told} (the calendar's years from ${isoDate(of)} to ${isoDate(to ?? today)})` };
}

/**
 * The whole years a fix tells of a time between `least` and `most` years long, under the claim's
 * hedge: "more than three years" for 2.75 is "more than two", not the nearest, three.
 */
function yearsToTell(least: number, most: number, qualifier: QualifierKind | undefined): number {
  switch (qualifier) {
    case 'above':
    case 'atLeast':
      return Math.floor(least);
    case 'below':
    case 'atMost':
    case 'nearly':
      return Math.ceil(most);
    default:
      return Math.round((least + most) / 2);
  }
}

/** The units a time of `amount` years or decades allows, hedge and all: a writer rounds, or counts whole units, so from half a unit under to one over. */
function allowedUnits(amount: number, qualifier: QualifierKind | undefined): [number, number] {
  switch (qualifier) {
    case 'above':
    case 'atLeast':
      return [amount, Infinity];
    case 'below':
    case 'atMost':
      return [-Infinity, amount];
    case 'nearly':
      return [amount - 1, amount];
    default:
      return [amount - 0.5, amount + 0.99];
  }
}
