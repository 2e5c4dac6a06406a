import type { Mention } from './mention';
import { qualifierBefore } from './qualifiers';
import { MULTIPLE } from './units';

/** The verbs of a multiple by their stem: "doubled", "triples", "quadrupling", "halved". */
export const MULTIPLE_STEMS = new Map<string, number>([
  ['doubl', 2],
  ['tripl', 3],
  ['trebl', 3],
  ['quadrupl', 4],
  ['halv', 0.5],
]);

/** The words a multiple in "-fold" is written with ("sevenfold"), by value. */
export const FOLD_WORDS = new Map<string, number>([
  ['two', 2], ['three', 3], ['four', 4], ['five', 5], ['six', 6], ['seven', 7], ['eight', 8], ['nine', 9], ['ten', 10],
  ['twenty', 20], ['hundred', 100], ['thousand', 1000],
]);

/**
 * A multiple in one word: a verb of one ("doubled", "halving"), "twice", or a number word run into
 * "fold" ("sevenfold"). Group 1 is a verb's stem, 2 its ending; 3 a "-fold" word's number.
 */
export const MULTIPLE_WORD = new RegExp(`(?<![\\p{L}\\p{N}-])(?:(${[...MULTIPLE_STEMS.keys()].join('|')})(e|ed|es|ing)|twice|(${[...FOLD_WORDS.keys()].join('|')})fold)(?![\\p{L}\\p{N}])`, 'giu');

/** Before a verb's bare form that makes it a noun or adjective: "a double murder", "the triple crown". */
const ARTICLE_BEFORE = /(?<![\p{L}])(?:a|an|the)[ \u00a0]+$/iu;
/**
 * After "twice" or "times", what makes it a frequency ("twice a week", "10 times an hour"), counted
 * as a count is, or an idiom ("twice over"): no multiple of an amount.
 */
const NOT_A_MULTIPLE_AFTER = /^[ \u00a0]+(?:over|(?:a|an|per|each|every)[ \u00a0]+(?:second|minute|hour|day|week|fortnight|month|year|decade|season|night|game|match)s?)(?![\p{L}])/iu;

/**
 * The multiples in words of [start, end) of `text` (a sentence starting at `start`): "sales nearly
 * tripled", "online sales rose sevenfold", "more than twice the average". Each is a count whose
 * unit is `MULTIPLE`, read with its hedge. A figure before "times" or "-fold" ("three times the
 * level", "a 10-fold rise") is read as a number, and marked by `asMultiples`.
 */
export function findMultiples(text: string, start: number, end: number): Mention[] {
  const mentions: Mention[] = [];
  const sentence = text.slice(start, end);
  MULTIPLE_WORD.lastIndex = 0;
  for (let m = MULTIPLE_WORD.exec(sentence); m; m = MULTIPLE_WORD.exec(sentence)) {
    const from = start + m.index;
    const to = from + m[0].length;
    // "double-digit", "twice-weekly": part of a compound word.
    if (text[to] === '-' || (m[2] === 'e' && ARTICLE_BEFORE.test(text.slice(Math.max(start, from - 5), from)))) continue;
    if (!m[1] && !m[3] && NOT_A_MULTIPLE_AFTER.test(text.slice(to, to + 24))) continue;
    const value = m[1] ? MULTIPLE_STEMS.get(m[1].toLowerCase())! : m[3] ? FOLD_WORDS.get(m[3].toLowerCase())! : 2;
    const mention: Mention = { kind: 'count', start: from, end: to, text: m[0], number: { values: [value], precision: value < 1 ? 0.1 : 1, unit: MULTIPLE } };
    const qualifier = qualifierBefore(text, from, start);
    if (qualifier) mention.qualifier = qualifier;
    mentions.push(mention);
  }
  return mentions;
}

const TIMES_AFTER = /^(?:[ \u00a0]+times|-?fold)(?![\p{L}])/iu;
const TIMES = /^[ \u00a0]+times/iu;

/** `numbers` (of one sentence) with each plain count before "times" or "-fold" ("three times the level", "a 10-fold rise") read as a multiple. */
export function asMultiples(text: string, numbers: Mention[]): Mention[] {
  for (const m of numbers) {
    const n = m.number;
    if (m.kind !== 'count' || !n || n.unit || n.vague || n.values.length !== 1 || !TIMES_AFTER.test(text.slice(m.end, m.end + 7))) continue;
    const times = TIMES.exec(text.slice(m.end, m.end + 7));
    if (!times || !NOT_A_MULTIPLE_AFTER.test(text.slice(m.end + times[0].length, m.end + times[0].length + 24))) n.unit = MULTIPLE;
  }
  return numbers;
}
