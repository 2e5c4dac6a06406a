import type { Qualifier, QualifierKind } from './mention';
import { isAsciiLetter } from '../text/words';

// Each phrase is read right before a figure ("some 120,000"); longer phrases first.
const BEFORE: Array<[RegExp, QualifierKind]> = [
  [/(?:^|[^\p{L}])(no (?:fewer|less|more) than|not more than)\s*$/iu, 'atLeast'],
  [/(?:^|[^\p{L}])(more than|over|above|upwards of|in excess of|exceeding|topped|exceeded|surpassed|beyond)\s*$/iu, 'above'],
  [/(?:^|[^\p{L}])(at least|a minimum of|as many as)\s*$/iu, 'atLeast'],
  [/(?:^|[^\p{L}])(fewer than|less than|under|below)\s*$/iu, 'below'],
  [/(?:^|[^\p{L}])(up to|at most|a maximum of|no more than)\s*$/iu, 'atMost'],
  [/(?:^|[^\p{L}])(nearly|almost|close to|just under|just below|approaching)\s*$/iu, 'nearly'],
  [/(?:^|[^\p{L}])(about|around|approximately|approx\.|roughly|some|circa|c\.|an estimated|estimated|an approximate|or so|just over|just above)\s*$/iu, 'approx'],
  [/(~|≈)\s*$/u, 'approx'],
  [/(?:^|[^\p{L}])(exactly|precisely|a total of|totalling|totaling)\s*$/iu, 'exact'],
];

const AFTER: Array<[RegExp, QualifierKind]> = [
  [/^(\s*(?:or more|or above|or over|-plus|\+))/iu, 'atLeast'],
  [/^(\s*(?:or fewer|or less|or under))/iu, 'atMost'],
  [/^(\s*or so)/iu, 'approx'],
];

/** The last word of each phrase of BEFORE, in lower case. */
const LAST_WORDS = new Set(
  (
    'than over above of as exceeding topped exceeded surpassed beyond least minimum many under below to most maximum ' +
    'nearly almost approaching about around approximately roughly some circa estimated approximate so exactly precisely totalling totaling'
  ).split(' '),
);

/**
 * Whether text ending in `before` may end in a phrase of BEFORE, which most figures' words do not: a
 * cheap test for each figure instead of nine searches. Phrases stand after a non-letter, so their
 * last word is the whole run of ASCII letters at the end; a run after another character may be a
 * case variant (the long s folds to "s") and is left to the searches.
 */
function mayEndInQualifier(before: string): boolean {
  let end = before.trimEnd().length;
  const last = before.charCodeAt(end - 1);
  if (last === 0x7e || last >= 0x80) return true;
  // "approx." and "c." are the phrases ending in a full stop.
  const dotted = last === 0x2e;
  if (dotted) end--;
  let from = end;
  while (from > 0 && isAsciiLetter(before.charCodeAt(from - 1))) from--;
  if (from === end) return false;
  if (from > 0 && before.charCodeAt(from - 1) >= 0x80) return true;
  const word = before.slice(from, end).toLowerCase();
  return dotted ? word === 'approx' || word === 'c' : LAST_WORDS.has(word);
}

/** The qualifier written just before a figure starting at `start` (looking back at most ~24 characters). */
export function qualifierBefore(text: string, start: number, lineStart: number): Qualifier | undefined {
  const from = Math.max(lineStart, start - 24);
  const before = text.slice(from, start);
  if (!mayEndInQualifier(before)) return undefined;
  for (const [re, kind] of BEFORE) {
    const m = re.exec(before);
    if (m) {
      const end = start - (m[0].length - m[0].trimEnd().length);
      return { kind, text: m[1], start: end - m[1].length, end };
    }
  }
  return undefined;
}

/** A qualifier written after a figure ending at `end` ("120,000 or more"). */
export function qualifierAfter(text: string, end: number): Qualifier | undefined {
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
