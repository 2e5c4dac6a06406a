import { MONTH_NAMES } from '../extract/findDates';
import type { Mention, NumberValue } from '../extract/mention';
import { PERCENTAGE_POINTS } from '../extract/units';
import type { FactValue } from './fact';

/**
 * What links two shares of one sentence as a change or a comparison: "71%, up from 58%", "narrowed
 * to 11.4% from 14.9%", "58 per cent of visitors, compared with 52 per cent", "69 per cent against
 * 64 per cent". Read at the end of the text between them.
 */
const COMPARED = /(?:\bfrom|\bcompared\s+(?:with|to)|\bagainst|\bversus|\bvs\.?)\s+$/i;
/** "from 38% to 43%": the link stands between them, and "from" before the first. */
const FROM_BEFORE = /\bfrom\s+$/i;
/** "to" alone, or after the first share's time: "from 23% in 2019 to 31% last year". */
const TO_BETWEEN = new RegExp(`^\\s+(?:in\\s+(?:\\d{4}|(?:${MONTH_NAMES})(?:\\s+\\d{4})?)\\s+)?to\\s+$`);
/** Text between two shares read for their link: a clause or two ("71% of app downloads … last year, up from 58%"). */
const MOST_BETWEEN = 100;

/**
 * The difference of two shares a sentence compares, as percentage points: "44%, up from 35%" implies
 * "9 percentage points", which a writer who calls it "up 9 percent" has miscopied. `previous` is the
 * last share before `share` in its sentence; the fact is told at `share`, the later of the two.
 * None when either is no plain share, or one hedged near its figure (see `isPlainOrHedgedShare`).
 */
export function pointsBetween(text: string, previous: Mention, share: Mention): { value: FactValue; how: string } | undefined {
  if (!isPlainOrHedgedShare(previous) || !isPlainOrHedgedShare(share) || share.start - previous.end > MOST_BETWEEN) return undefined;
  const between = text.slice(previous.end, share.start);
  if (!COMPARED.test(between) && !(TO_BETWEEN.test(between) && FROM_BEFORE.test(text.slice(Math.max(0, previous.start - 8), previous.start)))) return undefined;
  const points = pointsOf({ number: previous.number!, text: previous.text }, { number: share.number!, text: share.text });
  // "nearly 58%, up from 49%" is about 9 points: the hedge of a share is its difference's.
  return points && (isHedgedShare(previous) || isHedgedShare(share)) ? { ...points, value: { ...points.value, qualifier: 'approx' } } : points;
}

/** The difference in points of two shares, as a derived fact's value and how it was derived; none when they are equal. */
export function pointsOf(a: { number: Pick<NumberValue, 'values' | 'precision'>; text: string }, b: { number: Pick<NumberValue, 'values' | 'precision'>; text: string }): { value: FactValue; how: string } | undefined {
  // To the finer precision: a round share ("the 10 per cent minimum") is no rounder than 7.6 per cent
  // beside it, and 10 - 7.6 is 2.4 points, not 2. Written to it: 71.8 - 68.4 is 3.4, not 3.3999999999999915.
  const precision = Math.min(a.number.precision, b.number.precision);
  const difference = Number(Math.abs(a.number.values[0] - b.number.values[0]).toFixed(Math.max(0, Math.ceil(-Math.log10(precision) - 1e-9))));
  if (!difference) return undefined;
  return { value: { number: { values: [difference], precision, unit: PERCENTAGE_POINTS } }, how: `the difference between ${a.text} and ${b.text}` };
}

/** A share as written, plain or hedged as near its figure ("about 58%", "almost 61 per cent"), which gives a difference as well. */
export function isPlainOrHedgedShare(m: Pick<Mention, 'kind' | 'number' | 'qualifier'>): boolean {
  return isPlainShare(isHedgedShare(m) ? { kind: m.kind, number: m.number } : m);
}

function isHedgedShare(m: Pick<Mention, 'qualifier'>): boolean {
  return m.qualifier?.kind === 'nearly' || m.qualifier?.kind === 'approx';
}

/** A share as written, plain: no points already, no range, not vague, not hedged. */
function isPlainShare(m: Pick<Mention, 'kind' | 'number' | 'qualifier'>): boolean {
  return m.kind === 'percent' && !!m.number && m.number.values.length === 1 && !m.number.unit && !m.number.vague && !m.qualifier;
}
