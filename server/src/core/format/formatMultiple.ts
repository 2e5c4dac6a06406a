import { foldWordOf, MULTIPLE_FORMS, verbOf } from '../extract/findMultiples';
import { numberToWords } from '../extract/numberWords';
import { matchCase } from '../text/words';

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
