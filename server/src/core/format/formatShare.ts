import type { Mention, NumberStyle, Qualifier } from '../extract/mention';
import { formatNumber } from './formatNumber';

/**
 * A share (per cent) written in words as the claim writes one, from its hedge on: so many in the
 * claim's whole ("one in seven" for "one in five", "nearly four in ten" for its "four in ten"), or
 * the simple fraction nearest, or between two of them one in so many; "about" it when that near,
 * else "more than" or "nearly" it (see `sideOf`). Far from any fraction, in digits with the per
 * cent written as `suffix` ("about 12 per cent").
 */
export function formatShare(claim: Mention, value: number, hedge: Qualifier | undefined, suffix: string): string {
  // "one in five" is fixed as one in so many: "roughly one in six".
  const oneIn = /^(one|1) in /i.exec(claim.text);
  if (oneIn && value >= 100 / ONE_IN_MOST) return oneInSoMany(value, hedge, oneIn[0]);
  // "four in ten" keeps its whole: "nearly four in ten" for 37.8 per cent.
  const inTen = /^(\S+) (in|out of) (ten|10)$/i.exec(claim.text);
  const part = Math.round(value / 10);
  if (inTen && part >= 1 && part <= 9) {
    const written = /^\d/.test(inTen[1]) ? String(part) : (formatNumber(part, 1, WORDS_STYLE) ?? String(part));
    return `${sideOf(value, part * 10, ABOUT_REACH, hedge)}${written} ${inTen[2]} ${inTen[3]}`;
  }
  let nearest = FRACTIONS[0];
  for (const f of FRACTIONS) if (Math.abs(f[0] - value) < Math.abs(nearest[0] - value)) nearest = f;
  // Between the fractions, a share a writer puts as one in so many: "about one in seven" for 14.3
  // per cent, not "more than a tenth".
  const whole = Math.round(100 / value);
  if (Math.abs(nearest[0] - value) > ABOUT_REACH && whole > 2 && whole <= ONE_IN_MOST && Math.abs(100 / whole - value) <= ABOUT_REACH) return oneInSoMany(value, hedge, 'one in ');
  // To two figures: "about 38 per cent", "about 0.4 per cent", never "about 0".
  if (Math.abs(nearest[0] - value) > FRACTION_REACH) return `about ${Number(value.toPrecision(2))}${suffix}`;
  return sideOf(value, nearest[0], ABOUT_REACH, hedge) + nearest[1];
}

/** A share as one in the whole nearest it, written after `oneIn` ("one in ", "1 in "): "roughly one in six". */
function oneInSoMany(value: number, hedge: Qualifier | undefined, oneIn: string): string {
  const whole = Math.round(100 / value);
  return `${sideOf(value, 100 / whole, ABOUT_REACH, hedge)}${oneIn}${formatNumber(whole, 1, WORDS_STYLE) ?? whole}`;
}

/**
 * The hedge that makes `target` say `value`: within `reach`, none for a claim without one, and the
 * claim's own "about"; "about" within half of it; else, as beyond it, the side `value` lies on
 * ("nearly five times" for 4.86, as a writer who bounded the figure says it), in the claim's own
 * words if they are for that side ("over" of "well over half"), else "more than" or "nearly".
 */
export function sideOf(value: number, target: number, reach: number, hedge: Qualifier | undefined): string {
  const off = Math.abs(value - target);
  if (off <= reach && (!hedge || hedge.kind === 'approx' || off <= reach / 2)) return !hedge ? '' : hedge.kind === 'approx' ? `${hedge.text} ` : 'about ';
  const above = value > target;
  if (hedge && (above ? hedge.kind === 'above' : hedge.kind === 'nearly')) return `${hedge.text} `;
  return above ? 'more than ' : 'nearly ';
}

/** The simple fractions a writer puts a share in words as. */
const FRACTIONS: ReadonlyArray<[number, string]> = [
  [10, 'a tenth'],
  [20, 'a fifth'],
  [25, 'a quarter'],
  [100 / 3, 'a third'],
  [40, 'two-fifths'],
  [50, 'half'],
  [60, 'three-fifths'],
  [200 / 3, 'two-thirds'],
  [75, 'three-quarters'],
  [80, 'four-fifths'],
];
/** The largest whole a share is written "one in" of; a smaller share is fixed in digits. */
const ONE_IN_MOST = 20;
/** A number in words, as a fix of "one in five" writes its whole. */
const WORDS_STYLE: NumberStyle = { grouping: '', integerDigits: 1, decimal: '.', decimals: 0, scaleText: '', scale: 1, prefix: '', suffix: '', words: { capitalized: false } };

/** How near a share must be to a fraction to be written as it at all (else in digits), and to be "about" it. */
const FRACTION_REACH = 6;
const ABOUT_REACH = 0.5;
