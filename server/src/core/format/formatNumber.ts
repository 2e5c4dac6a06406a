import type { NumberStyle } from '../extract/mention';
import { numberToWords } from '../extract/numberWords';

/**
 * Writes `value` the way the draft wrote the figure it replaces: same grouping and decimal marks,
 * same scale word or suffix when the value is large enough for it, same currency and percent
 * wording, words for words. `precision` is the source's, so no digits are invented or dropped.
 */
export function formatNumber(value: number, precision: number, style: NumberStyle): string {
  if (style.words && Number.isInteger(value) && value >= 0 && value < 1e6) {
    const words = numberToWords(value);
    return style.prefix + (style.words.capitalized ? words[0].toUpperCase() + words.slice(1) : words) + style.suffix;
  }
  let scaled = value;
  let scaleText = '';
  let scalePrecision = precision;
  if (style.scale > 1 && Math.abs(value) >= style.scale) {
    scaled = value / style.scale;
    scaleText = style.scaleText;
    scalePrecision = precision / style.scale;
  }
  const decimals = Math.max(0, Math.min(6, Math.ceil(-Math.log10(scalePrecision) - 1e-9)));
  const digits = scaled.toFixed(decimals);
  const [intPart, fracPart] = digits.split('.');
  // A short figure ("1.2 million") says nothing about grouping; long figures default to commas.
  const grouping = style.integerDigits >= 4 || style.grouping ? style.grouping : style.decimal === ',' ? '.' : ',';
  // Style guides group four-digit figures with commas but only five-digit ones with spaces.
  const minDigits = grouping === ',' || grouping === '.' ? 4 : 5;
  const grouped = grouping && intPart.length >= minDigits ? intPart.replace(/\B(?=(\d{3})+(?!\d))/g, grouping) : intPart;
  const ordinal = style.ordinalSuffix !== undefined ? ordinalSuffix(Math.round(scaled), style.ordinalSuffix) : '';
  return style.prefix + grouped + (fracPart ? style.decimal + fracPart : '') + ordinal + scaleText + style.suffix;
}

/** "st", "nd", "rd" or "th" for n, in the case the draft used. */
export function ordinalSuffix(n: number, asWritten: string): string {
  const mod100 = n % 100;
  const suffix = mod100 >= 11 && mod100 <= 13 ? 'th' : ['th', 'st', 'nd', 'rd'][n % 10] ?? 'th';
  return asWritten === asWritten.toUpperCase() ? suffix.toUpperCase() : suffix;
}
