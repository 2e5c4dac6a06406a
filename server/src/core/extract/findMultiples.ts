import { sharedStyle } from './findNumbers';
import type { Mention } from './mention';
import { qualifierBefore } from './qualifiers';
import { MULTIPLE } from './units';
import type { Word } from '../text/words';

/** How a multiple in one word is written: a verb of one by its stem and ending ("doubl" + "ed"), a "-fold" word, or "twice". */
export interface MultipleForm {
  value: number;
  stem?: string;
  ending?: string;
  fold?: true;
}

/** The verbs of a multiple by their stem: "doubled", "triples", "quadrupling", "halved". */
const STEMS: ReadonlyArray<[string, number]> = [
  ['doubl', 2],
  ['tripl', 3],
  ['trebl', 3],
  ['quadrupl', 4],
  ['halv', 0.5],
];
const ENDINGS = ['e', 'ed', 'es', 'ing'];
/** The number words a "-fold" multiple is written with ("sevenfold"). */
const FOLDS: ReadonlyArray<[string, number]> = [
  ['two', 2], ['three', 3], ['four', 4], ['five', 5], ['six', 6], ['seven', 7], ['eight', 8], ['nine', 9], ['ten', 10],
  ['twenty', 20], ['hundred', 100], ['thousand', 1000],
];

/** Every multiple in one word, in lower case: a lookup per word of a sentence, where a pattern scanning its text took a tenth of a check. */
export const MULTIPLE_FORMS = new Map<string, MultipleForm>([
  ...STEMS.flatMap(([stem, value]) => ENDINGS.map((ending): [string, MultipleForm] => [stem + ending, { value, stem, ending }])),
  ...FOLDS.map(([word, value]): [string, MultipleForm] => [`${word}fold`, { value, fold: true }]),
  ['twice', { value: 2 }],
]);

/** Before a verb's bare form that makes it a noun or adjective: "a double murder", "the triple crown". */
const ARTICLE_BEFORE = /(?<![\p{L}])(?:a|an|the)[ \u00a0]+$/iu;
/**
 * After "twice" or "times", what makes it a frequency ("twice a week", "10 times an hour"), counted
 * as a count is, or an idiom ("twice over"): no multiple of an amount.
 */
const NOT_A_MULTIPLE_AFTER = /^[ \u00a0]+(?:over|(?:a|an|per|each|every)[ \u00a0]+(?:second|minute|hour|day|week|fortnight|month|year|decade|season|night|game|match)s?)(?![\p{L}])/iu;

/**
 * The multiples in words among `words` (of a sentence of `text` starting at `start`): "sales nearly
 * tripled", "online sales rose sevenfold", "more than twice the average". Each is a count whose
 * unit is `MULTIPLE`, read with its hedge. A figure before "times" or "-fold" ("three times the
 * level", "a 10-fold rise") is read as a number, and marked by `asMultiples`.
 */
export function findMultiples(text: string, start: number, words: readonly Word[]): Mention[] {
  const mentions: Mention[] = [];
  for (const word of words) {
    // Every form has five letters or more ("twice", "halve"): most words are shorter, and need no lookup.
    const form = word.end - word.start >= 5 ? MULTIPLE_FORMS.get(word.lower) : undefined;
    if (!form) continue;
    const { start: from, end: to } = word;
    // "double-digit", "twice-weekly", "a two-fold": part of a compound word.
    if (text[to] === '-' || text[from - 1] === '-') continue;
    if (form.ending === 'e' && ARTICLE_BEFORE.test(text.slice(Math.max(start, from - 5), from))) continue;
    if (!form.stem && !form.fold && NOT_A_MULTIPLE_AFTER.test(text.slice(to, to + 24))) continue;
    const mention: Mention = { kind: 'count', start: from, end: to, text: text.slice(from, to), number: { values: [form.value], precision: form.value < 1 ? 0.1 : 1, unit: MULTIPLE } };
    const qualifier = qualifierBefore(text, from, start);
    if (qualifier) mention.qualifier = qualifier;
    mentions.push(mention);
  }
  return mentions;
}

/** `value` as a verb of a multiple with `like`'s ending, in `like`'s own stem when it has the value ("trebled" stays British). */
export function verbOf(like: MultipleForm, value: number): string | undefined {
  const stem = STEMS.find(([s, v]) => s === like.stem && v === value)?.[0] ?? STEMS.find(([, v]) => v === value)?.[0];
  return stem && stem + like.ending;
}

/** `value` as a "-fold" word ("sevenfold"). */
export function foldWordOf(value: number): string | undefined {
  const word = FOLDS.find(([, v]) => v === value)?.[0];
  return word && `${word}fold`;
}

/** A multiple read with its " times" (see `asMultiples`): "three times", "12 times". */
export const TIMES_WRITTEN = /[ \u00a0]times$/iu;
/** A multiple read with its " to one" (see `asMultiples`): "seven to one", "3-to-1". */
export const TO_ONE_WRITTEN = /(?:[ \u00a0]|-)to(?:[ \u00a0]|-)(?:one|1)$/iu;

/**
 * After a figure's "times", what makes it a count of occasions: the clause ends, or a time, a place
 * or what they were for follows ("called out 214 times in 2024", "has flooded three times since
 * 2019", "viewed 2.3 million times within 48 hours", "called out 14,312 times for all types of
 * incident"), where a multiple goes on to what it multiplies ("three times the level", "four times
 * as many", "twice higher", "three times last year's price").
 */
const OCCASIONS_AFTER = /^[ \u00a0]*(?:[,.;:!?)\]—–]|$|(?:in|on|at|during|within|throughout|since|between|before|after|until|for|across|by|so[ \u00a0]+far|a[ \u00a0]+year|a[ \u00a0]+week|already|this[ \u00a0]+(?:year|week|month|season)|last[ \u00a0]+(?:year|week|month|season)(?!['’]))(?![\p{L}]))/iu;

/** " times" (group 1) or "-fold" after a figure, or " to one" (group 2): "by seven to one", "a 3-to-1 margin". */
const TIMES_AFTER = /^(?:([ \u00a0]+times)|-?fold|((?:[ \u00a0]+|-)to(?:[ \u00a0]+|-)(?:one|1)(?![\d.,]\d)))(?![\p{L}\d])/iu;

/**
 * `numbers` (of one sentence) with each plain count before "times" or "-fold" ("three times the
 * level", "a 10-fold rise") read as a multiple. " times" is part of its span, as " per cent" is of
 * a share's: it is how the figure is written, not a word around it that the source must share (a
 * source's "twice the level" frames "three times the level"), and a fix to 2 writes "twice" for it.
 */
export function asMultiples(text: string, numbers: Mention[]): Mention[] {
  const read = numbers.map((m) => {
    const n = m.number;
    if (m.kind !== 'count' || !n || n.unit || n.vague || n.values.length !== 1) return m;
    const after = TIMES_AFTER.exec(text.slice(m.end, m.end + 7));
    if (!after) return m;
    const written = after[1] ?? after[2];
    if (!written) return { ...m, number: { ...n, unit: MULTIPLE } };
    // After "times", a frequency ("10 times an hour") is no multiple, nor a count of occasions ("were called out 214 times in 2024").
    const end = m.end + written.length;
    const rest = text.slice(end, end + 24);
    if (after[1] && (NOT_A_MULTIPLE_AFTER.test(rest) || OCCASIONS_AFTER.test(rest))) return m;
    const style = m.numberStyle && sharedStyle({ ...m.numberStyle, suffix: m.numberStyle.suffix + written });
    return { ...m, end, text: text.slice(m.start, end), number: { ...n, unit: MULTIPLE }, numberStyle: style };
  });
  // The "1" of "3-to-1" is the multiple's own.
  return read.filter((m, k) => k === 0 || m.start >= read[k - 1].end);
}
