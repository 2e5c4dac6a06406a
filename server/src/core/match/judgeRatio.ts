import { measureOf, type StatedRatio } from '../extract/findRatios';
import type { Mention } from '../extract/mention';
import { valueRange } from './compareValues';

/** What a sentence's own figures make of the ratio its claim states. */
export interface RatioJudgement {
  /** The ratio the figures give (per cent for a share or change, times for a multiple, the figures' own unit for a difference), at their face values. */
  value: number;
  /** Whether the claim, hedge and all, cannot be that ratio at any of the values the figures allow. */
  contradicts: boolean;
  /**
   * Whether a change in per cent between two shares holds only as their difference in points ("up
   * 13.7 percent from 0.4 percent" to 14.1 percent): a right figure in the wrong unit.
   */
  inPoints?: boolean;
  /** Whether the ratio at the figures' face values is one the claim allows, hedge and all, with no slack for rounding. */
  holds: boolean;
}

/**
 * How far a writer's ratio may stand from the one the figures give and still be theirs rounded: half
 * a point of a percentage, and a twentieth more of a hedged one in digits ("about 25 percent" for
 * 26.4%; a share in words is as wide as its neighbours allow already), a twentieth of a multiple.
 * Writers work ratios out loosely, and a false alarm costs more than a miss.
 */
const POINT_SLACK = 0.5;
const HEDGED_SLACK = 0.05;
const TIMES_SLACK = 0.05;

/** Judges a stated ratio against the figures it is of (`mentions` are its sentence's). */
export function judgeRatio(ratio: StatedRatio, mentions: readonly Mention[]): RatioJudgement {
  const claim = mentions[ratio.claim];
  const base = mentions[ratio.base];
  const other = mentions[ratio.other];
  const [bLow, bHigh] = positiveRange(base);
  const [oLow, oHigh] = positiveRange(other);
  const b = measureOf(base)!.values[0];
  const o = measureOf(other)!.values[0];
  // Each ratio as an interval over the values the figures allow (a rounded figure allows a step).
  const ranges: Array<[number, number, number]> = [];
  if (ratio.relation === 'share') ranges.push([(100 * oLow) / bHigh, (100 * oHigh) / bLow, (100 * o) / b]);
  else if (ratio.relation === 'multiple' || ratio.relation === 'quotient') ranges.push([oLow / bHigh, oHigh / bLow, o / b]);
  else if (ratio.relation === 'difference') ranges.push(o >= b ? [oLow - bHigh, oHigh - bLow, o - b] : [bLow - oHigh, bHigh - oLow, b - o]);
  else if (ratio.relation === 'changeBy') {
    // The difference (`base`) over the level it was reached from: the level reached less a rise, or plus a fall.
    const from = (level: number, difference: number) => (ratio.falls ? level + difference : level - difference);
    if (from(oLow, bHigh) <= 0) return { value: (100 * b) / from(o, b), contradicts: false, holds: false };
    ranges.push([(100 * bLow) / from(oHigh, bLow), (100 * bHigh) / from(oLow, bHigh), (100 * b) / from(o, b)]);
  }
  else {
    const rises = o >= b;
    const [low, high] = rises ? [oLow / bHigh - 1, oHigh / bLow - 1] : [1 - oHigh / bLow, 1 - oLow / bHigh];
    ranges.push([100 * low, 100 * high, (100 * Math.abs(o - b)) / b]);
    // Between two shares, a change in per cent may be their difference in points: a slip of unit,
    // not of arithmetic (see `inPoints`).
    if (base.kind === 'percent') ranges.push(rises ? [oLow - bHigh, oHigh - bLow, o - b] : [bLow - oHigh, bHigh - oLow, b - o]);
  }
  const [cLow, cHigh] = claimReach(claim, ratio.relation);
  const misses = ranges.map(([low, high]) => cHigh <= low || high <= cLow);
  const contradicts = misses.every(Boolean);
  const [hLow, hHigh] = valueRange(measureOf(claim)!, claim.qualifier?.kind);
  const value = ranges[0][2];
  return { value, contradicts, holds: hLow <= value && value <= hHigh, ...(misses.length === 2 && misses[0] && !misses[1] && { inPoints: true }) };
}

/** The values a ratio claim of `relation` allows, hedge, rounding and slack all (see `POINT_SLACK`). */
export function claimReach(claim: Mention, relation: StatedRatio['relation']): [number, number] {
  const [low, high] = valueRange(measureOf(claim)!, claim.qualifier?.kind);
  // A bound ("more than 40 per cent") is as sharp as a figure; only "about" and "nearly" are loose.
  const hedged = claim.qualifier?.kind === 'approx' || claim.qualifier?.kind === 'nearly';
  // A difference is as exact as its figures, which its range holds already.
  const slack = relation === 'difference' ? 0 : relation === 'multiple' || relation === 'quotient' ? TIMES_SLACK * measureOf(claim)!.values[0] : POINT_SLACK + (hedged && claim.numberStyle ? HEDGED_SLACK * claim.number!.values[0] : 0);
  return [low - slack, high + slack];
}

/** The values a positive amount allows, never below zero ("fewer than 300" is no less than nothing). */
function positiveRange(m: Mention): [number, number] {
  const measure = measureOf(m)!;
  const [low, high] = valueRange(m.qualifier || measure.vague ? measure : { ...measure, precision: Math.min(measure.precision, 2 * AS_WRITTEN * Math.abs(measure.values[0])) }, m.qualifier?.kind);
  return [Math.max(0, low), high];
}

/**
 * How far a plain figure of a ratio's own sentence may stand from the value it rounds, as a share of
 * itself: the writer worked the ratio out from the figures as written, so "240,000 euros, about 25
 * percent more than last year's 180,000 euros" is a third more, not anything from 27% (235,000 over
 * 185,000) that the whole step of each last digit would allow. A hedged figure keeps its hedge.
 */
const AS_WRITTEN = 0.01;
