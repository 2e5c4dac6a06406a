import { foldWordOf, MULTIPLE_FORMS, TIMES_WRITTEN, verbOf } from '../extract/findMultiples';
import type { NumberStyle } from '../extract/mention';
import { numberToWords } from '../extract/numberWords';
import { matchCase } from '../text/words';
import { formatNumber } from './formatNumber';

/**
 * `value` written as the multiple in words `written` is ("doubled", "twice", "sevenfold"): "tripled"
 * for 3 where the claim has "doubled", "three times" for its "twice", "sixfold" for its "sevenfold".
 * Undefined where that form has no word for it (a "-fold" word for 2.5, "twice" for a half).
 */
export function formatMultiple(written: string, value: number): string | undefined {
  const form = MULTIPLE_FORMS.get(written.toLowerCase());
  if (!form) return undefined;
  let out: string | undefined;
  if (form.stem !== undefined) {
    // A value no verb says: "doubled" for 7 is "rose sevenfold", "doubling" "rising sevenfold".
    const fold = foldWordOf(value);
    out = verbOf(form, value) ?? (fold && `${RISE[form.ending!]} ${fold}`);
  } else if (form.fold) {
    out = foldWordOf(value);
  } else if (Number.isInteger(value) && value > 1) {
    out = value === 2 ? 'twice' : `${numberToWords(value)} times`;
  }
  return out === undefined ? undefined : matchCase(out, written);
}

/** "Rise" with a verb of a multiple's ending, to carry a "-fold" word no verb of one has. */
const RISE: Record<string, string> = { e: 'rise', ed: 'rose', es: 'rises', ing: 'rising' };

/**
 * `value` written as a multiple told by a figure (`style`'s, " times" its suffix: "three times",
 * "12 times"); 2 in words is "twice", which no writer puts as "two times".
 */
export function formatMultipleFigure(value: number, precision: number, style: NumberStyle): string | undefined {
  if (value === 2 && style.words && TIMES_WRITTEN.test(style.suffix)) return (style.words.capitalized ? 'Twice' : 'twice') + style.suffix.replace(TIMES_WRITTEN, '');
  return formatNumber(value, precision, style);
}
