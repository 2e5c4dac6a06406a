import type { NumberStyle } from '../extract/mention';
import { numberToWords, ordinalToWord } from '../extract/numberWords';
import { isWritableFigure, MAX_DECIMALS } from '../extract/writableFigure';

/**
 * Writes `value` the way the draft wrote the figure it replaces: same grouping and decimal marks,
 * same scale word or suffix when the value is large enough for it, same currency and percent
 * wording, words for words. `precision` is the source's, so no digits are invented or dropped.
 * Undefined for a value no digits write (see `isWritableFigure`): a fix is never "Infinity".
 */
export function formatNumber(value: number, precision: number, style: NumberStyle): string | undefined {
  if (!isWritableFigure(value)) return undefined;
  // A temperature below zero, with the sign the draft writes ("minus 12C", "-12C"), or "minus" when
  // it wrote none; above zero, without it.
  if (value < 0) return (style.sign ?? 'minus ') + formatNumber(-value, precision, { ...style, sign: undefined });
  if (style.sign === '') return undefined;
  // Words to a spelled scale ("four million") are written in words only as a whole number of a scale
  // (below): 450,000 for them is "450,000", not "four hundred and fifty thousand".
  if (style.words && style.scale <= 1 && Number.isInteger(value) && value >= 0 && value < 1e6) {
    // "the eighth consecutive rise" fixed to "ninth"; an ordinal past those spelled out in digits ("27th").
    const words = style.ordinalSuffix !== undefined ? ordinalToWord(value) ?? `${value}${ordinalSuffix(value, 'th')}` : numberToWords(value);
    return style.prefix + (style.words.capitalized ? words[0].toUpperCase() + words.slice(1) : words) + style.suffix;
  }
  let scaled = value;
  let scaleText = '';
  let scalePrecision = precision;
  const [scale, written] = scaleFor(Math.abs(value), style);
  // "63.21487 million" is no way to write 63,214,870: a figure too precise for its scale is written in full.
  if (scale > 1 && decimalsFor(precision / scale) > MAX_SCALED_DECIMALS) return formatNumber(value, precision, { ...style, scale: 1, scaleText: '' });
  // Below one, a scale of hundredths ("25 basis points" of 0.25 points) written in its own digits.
  if (scale !== 1) {
    scaled = value / scale;
    scaleText = written;
    scalePrecision = precision / scale;
  }
  // "fifteen million euros" fixed to "twelve million euros": a whole number of the draft's spelled scale in words.
  if (style.words && scale > 1 && Number.isInteger(scaled) && scaled < 1000 && style.ordinalSuffix === undefined) return formatNumber(scaled, 1, { ...style, scale: 1, scaleText: '', suffix: scaleText + style.suffix });
  const decimals = decimalsFor(scalePrecision);
  const digits = scaled.toFixed(decimals);
  const [intPart, fracPart] = digits.split('.');
  // A short figure ("1.2 million") says nothing about grouping, nor do words ("three million"); long figures default to commas.
  const grouping = !style.words && (style.integerDigits >= 4 || style.grouping) ? style.grouping : style.decimal === ',' ? '.' : ',';
  // Style guides group four-digit figures with commas but only five-digit ones with spaces.
  const minDigits = grouping === ',' || grouping === '.' ? 4 : 5;
  const grouped = grouping && intPart.length >= minDigits ? intPart.replace(/\B(?=(\d{3})+(?!\d))/g, grouping) : intPart;
  const ordinal = style.ordinalSuffix !== undefined ? ordinalSuffix(Math.round(scaled), style.ordinalSuffix) : '';
  return style.prefix + grouped + (fracPart ? style.decimal + fracPart : '') + ordinal + scaleText + style.suffix;
}

const SCALE_SUFFIXES: Array<[number, string]> = [[1e12, 'tn'], [1e9, 'bn'], [1e6, 'm'], [1e3, 'k']];
/** The most decimals a figure written with a scale word or suffix takes ("$1.125bn"). */
const MAX_SCALED_DECIMALS = 3;

/** How many decimals write a figure of `precision`. */
function decimalsFor(precision: number): number {
  return Math.max(0, Math.min(MAX_DECIMALS, Math.ceil(-Math.log10(precision) - 1e-9)));
}

// "900 thousand" reads oddly: below a million, a spelled scale gives way to plain digits.
const SCALE_WORDS: Array<[number, string]> = [[1e12, 'trillion'], [1e9, 'billion'], [1e6, 'million']];

/** "k" is a draft's own shorthand, not one a fix steps down to: "€5m" for €500,000 is "€500,000", not "€500k". */
const THOUSAND = 1e3;

/**
 * The scale to write `value` in: the draft's own, or for a value below it the next one down of the
 * same kind ("£3.72bn" for £412m is "£412m", "$1.2 billion" for $900m is "$900 million"), or for a
 * value a thousand times it or more the one up ("€1.1m" for €1.1bn is "€1.1bn", not "€1,100m").
 */
function scaleFor(value: number, style: NumberStyle): [number, string] {
  if (style.scale <= 1 || (value >= style.scale && value < style.scale * 1000)) return [style.scale, style.scaleText];
  const word = /^([ \u00a0])(\p{L}+)$/u.exec(style.scaleText);
  const steps = word ? SCALE_WORDS.map(([n, w]): [number, string] => [n, word[1] + w]) : SCALE_SUFFIXES;
  const upper = !word && style.scaleText === style.scaleText.toUpperCase();
  const step = value >= style.scale ? steps.find(([n]) => n > style.scale && value >= n) : steps.find(([n]) => n < style.scale && value >= n && n !== THOUSAND);
  if (!step) return value >= style.scale ? [style.scale, style.scaleText] : [1, ''];
  return [step[0], upper ? step[1].toUpperCase() : step[1]];
}

/** "st", "nd", "rd" or "th" for n, in the case the draft used. */
export function ordinalSuffix(n: number, asWritten: string): string {
  const mod100 = n % 100;
  const suffix = mod100 >= 11 && mod100 <= 13 ? 'th' : ['th', 'st', 'nd', 'rd'][n % 10] ?? 'th';
  return asWritten === asWritten.toUpperCase() ? suffix.toUpperCase() : suffix;
}
