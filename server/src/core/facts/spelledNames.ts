import { findNames, withoutPossessive } from '../extract/findNames';
import { tokenizeWords } from '../text/words';
import type { Fact } from './fact';

/** A name a source spells, where a fact's quote holds it (which cites it), as a fact of kind `name`. */
export interface SpelledName {
  /** `foldName` of the spelling. */
  folded: string;
  fact: Fact;
}

/** What a source says of names: those it spells beside a figure, and every word it uses, folded. */
export interface SpelledNames {
  names: SpelledName[];
  words: ReadonlySet<string>;
}

const folds = new Map<string, string>();
const MAX_FOLDS = 100_000;

/** A word without case or accents: "Irarrázaval" and "IRARRAZAVAL" are one name spelt alike. */
export function foldName(word: string): string {
  let folded = folds.get(word);
  if (folded === undefined) {
    folded = word.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
    if (folds.size >= MAX_FOLDS) folds.clear();
    folds.set(word, folded);
  }
  return folded;
}

/**
 * The names of a source, read from its sentences (`sentences`: all of them) and cited by the first
 * of its `facts` whose quote holds each: a name the source never states beside a figure has no
 * sentence to cite, and is left out.
 */
export function readSpelledNames(sentences: Iterable<string>, facts: readonly Fact[]): SpelledNames {
  const words = new Set<string>();
  const spellings = new Set<string>();
  for (const text of sentences) {
    const sentenceWords = tokenizeWords(text, 0, text.length);
    for (const word of sentenceWords) words.add(foldName(withoutPossessive(word.text)));
    for (const name of findNames(text, { start: 0, end: text.length }, sentenceWords)) spellings.add(name.text);
  }
  const names: SpelledName[] = [];
  for (const spelling of spellings) {
    const fact = citingFact(spelling, facts);
    if (fact) names.push({ folded: foldName(spelling), fact });
  }
  return { names, words };
}

/** The name as a fact, cited by the first fact whose quote holds it as a word. */
function citingFact(spelling: string, facts: readonly Fact[]): Fact | undefined {
  for (const fact of facts) {
    const at = wordAt(fact.quote, spelling);
    if (at < 0) continue;
    const { range } = fact.source;
    // The quote's line is the fact's when the quote lies on one line: the name is then found on it.
    const oneLine = range.start.line === range.end.line && !/[\r\n]/.test(fact.quote);
    const character = range.start.character - fact.quoteOffset + at;
    const nameRange = oneLine && character >= 0 ? { start: { line: range.start.line, character }, end: { line: range.start.line, character: character + spelling.length } } : range;
    return { id: '', kind: 'name', text: spelling, value: {}, subject: 'name', quote: fact.quote, quoteOffset: at, source: { ...fact.source, range: nameRange } };
  }
  return undefined;
}

const LETTER_OR_MARK = /[\p{L}\p{M}]/u;

/**
 * Where `word` first stands in `text` as a whole word, or -1. Found by `indexOf`, not by a pattern
 * made of the word: a pattern of Unicode classes took a millisecond to compile, for each name of a
 * source, at the first check of a draft.
 */
function wordAt(text: string, word: string): number {
  for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
    const end = at + word.length;
    if ((at === 0 || !LETTER_OR_MARK.test(text.charAt(at - 1))) && (end === text.length || !LETTER_OR_MARK.test(text.charAt(end)))) return at;
  }
  return -1;
}
