import { FOLD_WORDS, MULTIPLE_STEMS, MULTIPLE_WORD } from '../extract/findMultiples';
import { numberToWords } from '../extract/numberWords';
import { matchCase } from '../text/words';

/**
 * `value` written as the multiple in words `written` is ("doubled", "twice", "sevenfold"): "tripled"
 * for 3 where the claim has "doubled", "three times" for its "twice", "sixfold" for its "sevenfold".
 * Undefined where that form has no word for it (a verb for 5, "-fold" for 2.5).
 */
export function formatMultiple(written: string, value: number): string | undefined {
  MULTIPLE_WORD.lastIndex = 0;
  const form = MULTIPLE_WORD.exec(written);
  if (!form) return undefined;
  let out: string | undefined;
  if (form[1]) {
    // The claim's own stem when it has the value ("trebled" stays British), else the first that does.
    const own = form[1].toLowerCase();
    const stem = MULTIPLE_STEMS.get(own) === value ? own : [...MULTIPLE_STEMS].find(([, v]) => v === value)?.[0];
    const fold = foldWord(value);
    // A value no verb says: "doubled" for 7 is "rose sevenfold", "doubling" "rising sevenfold".
    out = stem ? stem + form[2].toLowerCase() : fold && `${RISE[form[2].toLowerCase()]} ${fold}`;
  } else if (form[3]) {
    out = foldWord(value);
  } else if (Number.isInteger(value) && value > 1) {
    out = value === 2 ? 'twice' : `${numberToWords(value)} times`;
  }
  return out === undefined ? undefined : matchCase(out, written);
}

/** "Rise" with a verb of a multiple's ending, to carry a "-fold" word no verb of one has. */
const RISE: Record<string, string> = { e: 'rise', ed: 'rose', es: 'rises', ing: 'rising' };

function foldWord(value: number): string | undefined {
  const word = [...FOLD_WORDS].find(([, v]) => v === value)?.[0];
  return word && `${word}fold`;
}
