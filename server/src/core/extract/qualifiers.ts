import type { Qualifier, QualifierKind } from './mention';
import { isAsciiLetter, isWhiteSpace } from '../text/words';

// Each phrase is read right before a figure ("some 120,000"); longer phrases first, and a negated
// comparison before the comparison it ends in ("no more than" is at most, not more than).
const BEFORE_PHRASES: Array<[string[], QualifierKind]> = [
  [['no fewer than', 'no less than', 'not fewer than', 'not less than'], 'atLeast'],
  [['no more than', 'not more than', 'not exceed', 'not to exceed', 'not top'], 'atMost'],
  [['more than', 'over', 'above', 'upwards of', 'in excess of', 'exceeding', 'topped', 'tops', 'exceed', 'exceeds', 'exceeded', 'surpass', 'surpasses', 'surpassed', 'beyond'], 'above'],
  [['at least', 'a minimum of'], 'atLeast'],
  [['fewer than', 'less than', 'under', 'below'], 'below'],
  [['up to', 'at most', 'a maximum of', 'as many as', 'as much as'], 'atMost'],
  [['nearly', 'almost', 'close to', 'just under', 'just below', 'approaching'], 'nearly'],
  [['about', 'around', 'approximately', 'approx.', 'roughly', 'some', 'circa', 'c.', 'an estimated', 'estimated', 'an approximate', 'or so', 'just over', 'just above'], 'approx'],
  [['exactly', 'precisely', 'a total of', 'totalling', 'totaling'], 'exact'],
];

/**
 * "top" as a verb, after a plural subject or a verb it completes ("visitors top 4.3 million", "could
 * top 5,000"): not "the top 10", "its top 5".
 */
const TOP_VERB: [RegExp, QualifierKind] = [/(?:^|[^\p{L}])(?!(?:its|his|this|was|is|has|as|us|hers|ours|yours|theirs)\s)(?:\p{L}+s|could|may|might|will|would|to)\s+(top)\s*$/iu, 'above'];

const BEFORE: Array<[RegExp, QualifierKind]> = [
  ...BEFORE_PHRASES.map(([phrases, kind]): [RegExp, QualifierKind] => [new RegExp(`(?:^|[^\\p{L}])(${phrases.map((p) => p.replace('.', '\\.')).join('|')})\\s*$`, 'iu'), kind]),
  [/(~|≈)\s*$/u, 'approx'],
  TOP_VERB,
];

/**
 * By the last word of a phrase of BEFORE (in lower case, with its full stop if it has one), the
 * patterns that may end in it: a figure's qualifier is looked for with those alone.
 */
const ENDING_IN = new Map<string, Array<[RegExp, QualifierKind]>>();
BEFORE_PHRASES.forEach(([phrases], k) => {
  for (const phrase of phrases) {
    const last = phrase.slice(phrase.lastIndexOf(' ') + 1);
    const list = ENDING_IN.get(last) ?? [];
    if (!list.includes(BEFORE[k])) list.push(BEFORE[k]);
    ENDING_IN.set(last, list);
  }
});
ENDING_IN.set('top', [...(ENDING_IN.get('top') ?? []), TOP_VERB]);

const AFTER: Array<[RegExp, QualifierKind]> = [
  [/^(\s*(?:or more|or above|or over|-plus|\+))/iu, 'atLeast'],
  [/^(\s*(?:or fewer|or less|or under))/iu, 'atMost'],
  [/^(\s*or so)/iu, 'approx'],
];

/**
 * The patterns of BEFORE that text ending in `before` may end in, which most figures' words end in
 * none of: a cheap test for each figure instead of nine searches. Phrases stand after a non-letter,
 * so their last word is the whole run of ASCII letters at the end; a run after another character may
 * be a case variant (the long s folds to "s"), and a symbol may be "~" or "≈": all patterns are tried.
 */
function patternsEndingIn(before: string): ReadonlyArray<[RegExp, QualifierKind]> | undefined {
  // As `trimEnd` would, without the trimmed copy.
  let end = before.length;
  while (end > 0 && isWhiteSpace(before.charCodeAt(end - 1))) end--;
  const last = before.charCodeAt(end - 1);
  if (last === 0x7e || last >= 0x80) return BEFORE;
  // "approx." and "c." are the phrases ending in a full stop.
  const dotted = last === 0x2e;
  if (dotted) end--;
  let from = end;
  while (from > 0 && isAsciiLetter(before.charCodeAt(from - 1))) from--;
  if (from === end) return undefined;
  if (from > 0 && before.charCodeAt(from - 1) >= 0x80) return BEFORE;
  return ENDING_IN.get(before.slice(from, dotted ? end + 1 : end).toLowerCase());
}

/** The qualifier written just before a figure starting at `start` (looking back at most ~24 characters). */
export function qualifierBefore(text: string, start: number, lineStart: number): Qualifier | undefined {
  const from = Math.max(lineStart, start - 24);
  const before = text.slice(from, start);
  const patterns = patternsEndingIn(before);
  if (!patterns) return undefined;
  for (const [re, kind] of patterns) {
    const m = re.exec(before);
    if (m) {
      const end = start - (m[0].length - m[0].trimEnd().length);
      const at = end - m[1].length;
      return { kind: negatedBound(kind, text, at, lineStart), text: m[1], start: at, end };
    }
  }
  return undefined;
}

/**
 * A comparison whose clause opens with a negated subject and a modal bounds its figure from the
 * other side: "none of them will be allowed to charge more than 2 pounds" and "no household can
 * receive more than £197,500" are at most; "no one would wait less than" is at least. Not a negation
 * in another clause ("cannot give in to demands that would add more than €60 million").
 */
function negatedBound(kind: QualifierKind, text: string, at: number, lineStart: number): QualifierKind {
  if (kind !== 'above' && kind !== 'below') return kind;
  return NEGATED_SUBJECT.test(text.slice(Math.max(lineStart, at - NEGATION_REACH), at)) ? (kind === 'above' ? 'atMost' : 'atLeast') : kind;
}

const NEGATED_SUBJECT = /(?:^|[.;:!?,]\s*|\s)(?:no|none|nobody|no\s+one)\s(?:(?!that\s|which\s|who\s|and\s|but\s)[^.;:!?,])*?\s(?:can|could|may|might|will|would|must|shall|should)\s(?:(?!that\s|which\s|who\s|and\s|but\s)[^.;:!?,]){0,40}$/iu;
/** How far before a comparison its clause's negated subject is looked for. */
const NEGATION_REACH = 90;

/** A qualifier written after a figure ending at `end` ("120,000 or more"). */
export function qualifierAfter(text: string, end: number): Qualifier | undefined {
  if (!mayStartAfter(text, end)) return undefined;
  const after = text.slice(end, end + 12);
  for (const [re, kind] of AFTER) {
    const m = re.exec(after);
    if (m) {
      const lead = m[1].length - m[1].trimStart().length;
      return { kind, text: m[1].trim(), start: end + lead, end: end + m[1].length };
    }
  }
  return undefined;
}

/**
 * Whether a phrase of AFTER may start at `end`: after any white space, each starts with "o", "-" or
 * "+" (or, as far as this tells, a character beyond ASCII). Most figures are followed by none.
 */
function mayStartAfter(text: string, end: number): boolean {
  let i = end;
  while (i < end + 12 && i < text.length && isWhiteSpace(text.charCodeAt(i))) i++;
  const c = text.charCodeAt(i);
  return c === 0x6f || c === 0x4f || c === 0x2d || c === 0x2b || c >= 0x80;
}
