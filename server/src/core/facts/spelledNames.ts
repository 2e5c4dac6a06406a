import { findNames, withoutPossessive } from '../extract/findNames';
import { foldName } from '../text/foldName';
import { wordsOfSentences } from '../text/words';
import { citingFact } from './citingFact';
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

/**
 * The names of a source, read from its sentences (`sentences`: all of them) and cited by the first
 * of its `facts` whose quote holds each, or in the first sentence that spells it by its paragraph's
 * number in `paragraphs` (see `citingFact`): a name with no place to cite is left out.
 * `sentenceWords` are the sentences' words, when read already.
 */
export function readSpelledNames(sentences: readonly string[], facts: readonly Fact[], sentenceWords = wordsOfSentences(sentences), paragraphs?: ArrayLike<number>): SpelledNames {
  const words = new Set<string>();
  // Each spelling, with the first sentence that spells it.
  const spellings = new Map<string, number>();
  sentences.forEach((text, s) => {
    for (const word of sentenceWords[s]) words.add(foldName(withoutPossessive(word.text)));
    for (const name of findNames(text, { start: 0, end: text.length }, sentenceWords[s])) if (!spellings.has(name.text)) spellings.set(name.text, s);
  });
  const names: SpelledName[] = [];
  for (const [spelling, s] of spellings) {
    const fact = citingFact(spelling, 'name', facts, undefined, { text: sentences[s], paragraph: paragraphs?.[s] ?? 0 });
    if (fact) names.push({ folded: foldName(spelling), fact });
  }
  return { names, words };
}
