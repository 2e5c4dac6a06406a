import { swapsNeighbours } from '../text/neighbourSwap';

/**
 * How plausibly one figure is a miscopy of another, by their digits alone: what a writer copying a
 * figure gets wrong is a digit, the order of two, or the power of ten.
 */

/**
 * How plausibly `a` is a miscopy of `b`, written in the same unit: their digits' affinity (see
 * `digitAffinity`), unless the digits changed and the power of ten moved with them. "43" for four,
 * "61,000" for 6,000, "7" for 0.5 are two slips at once, and more often another figure than a
 * miscopy of this one.
 */
export function numberAffinity(a: number, b: number): number {
  const affinity = digitAffinity(a, b);
  if (affinity === 1 || affinity <= 0.1 || magnitude(a) === magnitude(b) || isRoundedCopy(a, b)) return affinity;
  return Math.max(Math.abs(a / b), Math.abs(b / a)) >= SCALE_AND_DIGIT ? 0.1 : affinity;
}

/**
 * Whether the digits of one figure are those of the other rounded, to two digits or more: "1.86
 * million" for 186,400 is a rounding and one slip of scale. One digit is too few to tell: "6" begins
 * 61 by chance as often as by rounding.
 */
function isRoundedCopy(a: number, b: number): boolean {
  const x = significantDigits(a);
  const y = significantDigits(b);
  return x.length <= y.length ? x.length >= 2 && y.startsWith(x) : y.length >= 2 && x.startsWith(y);
}

/** `digitAffinity` of one digit changed, which other rules hold figures to as a slip's. */
export const DIGIT_CHANGED = 0.8;

/**
 * Similarity of the significant digits: same digits → 1, two neighbours swapped → 1 (digits read
 * in the wrong order, the commonest slip in copying a figure: 38.6 for 36.8), one other edit → 0.8,
 * two → 0.3. A slip changes the digits or the power of ten, rarely both: "18" is no miscopy of "12,000".
 */
export function digitAffinity(a: number, b: number): number {
  if (a === b) return 1;
  // "35,390" for 35,309: a swap with a zero, whose significant digits ("3539", "35309") hide it. Not
  // among four digits: "2020" beside a source's 2002 is another year more often than a slip.
  if (Math.abs(a) >= ZERO_SWAP_LEAST && Number.isInteger(a) && Number.isInteger(b) && swapsNeighbours(String(Math.abs(a)), String(Math.abs(b)))) return 1;
  const x = significantDigits(a);
  const y = significantDigits(b);
  const edits = damerau(x, y);
  const ratio = Math.abs(a) > Math.abs(b) ? Math.abs(a / b) : Math.abs(b / a);
  // "3,000 workers" is no slip of "three generations": a scale slip turns thousands into millions,
  // not a handful into thousands.
  if (edits === 0) return ratio >= SMALL_SCALED && Math.min(Math.abs(a), Math.abs(b)) < SMALL ? 0.1 : 1;
  if (!(ratio < MAGNITUDE_SLIP)) return 0.1;
  if (edits === 1) return swapsNeighbours(x, y) ? 1 : DIGIT_CHANGED;
  return edits === 2 ? 0.3 : 0.1;
}

/** The least figure whose swap with a zero is read as a slip. */
const ZERO_SWAP_LEAST = 10_000;

/** A figure under SMALL is no scale slip of one SMALL_SCALED times it. */
const SMALL = 100;
const SMALL_SCALED = 100;

/** How far apart two figures may be and a changed digit still be the slip between them. */
const MAGNITUDE_SLIP = 20;

/** How far apart two figures whose digits and power of ten both differ may be and still be a slip. */
const SCALE_AND_DIGIT = 5;

/**
 * The power of ten a number's first digit stands at: 0 for 6.7, 5 for 450,000, -2 for 0.045. The
 * epsilon keeps a power of ten worked out in binary (10 × 3 / 11 × 11 / 3 is 9.999999999999998) at its own.
 */
export function magnitude(value: number): number {
  return Math.floor(Math.log10(Math.abs(value)) + 1e-9);
}

// A claim's value meets the values of thousands of facts in a large source set, most of them
// alike (years, small counts): each number's digits are worked out once.
const digitsOf = new Map<number, string>();
const MAX_REMEMBERED = 100_000;

/** A number's digits without its point and the zeros before and after them: "45" for 450,000 and for 0.045. */
export function significantDigits(n: number): string {
  let digits = digitsOf.get(n);
  if (digits === undefined) {
    // To twelve digits: "£2.05bn" is 2.05 × 1e9, 2049999999.9999998 in binary floating point.
    digits = String(Math.abs(+n.toPrecision(12))).replace('.', '').replace(/^0+/, '').replace(/0+$/, '') || '0';
    if (digitsOf.size >= MAX_REMEMBERED) digitsOf.clear();
    digitsOf.set(n, digits);
  }
  return digits;
}

/**
 * Edit distance counting an adjacent swap as one edit, over three rows of the table, kept from call
 * to call: a claim's value is compared with the values of every fact it meets.
 */
function damerau(a: string, b: string): number {
  if (rows[0].length < b.length + 1) rows = [0, 1, 2].map(() => new Int32Array(b.length + 1));
  let older = rows[0];
  let previous = rows[1];
  let row = rows[2];
  for (let j = 0; j <= b.length; j++) previous[j] = j;
  for (let i = 1; i <= a.length; i++) {
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1;
      row[j] = Math.min(previous[j] + 1, row[j - 1] + 1, previous[j - 1] + cost);
      if (i > 1 && j > 1 && a.charCodeAt(i - 1) === b.charCodeAt(j - 2) && a.charCodeAt(i - 2) === b.charCodeAt(j - 1)) row[j] = Math.min(row[j], older[j - 2] + 1);
    }
    const spare = older;
    older = previous;
    previous = row;
    row = spare;
  }
  return previous[b.length];
}

let rows = [0, 1, 2].map(() => new Int32Array(24));

/** Whether `a` is `b` times a power of ten (other than one): the same digits at another scale. */
export function isRescaled(a: number, b: number): boolean {
  if (!a || !b || a === b) return false;
  const power = Math.log10(Math.abs(a / b));
  return Math.abs(power - Math.round(power)) < 1e-9;
}

