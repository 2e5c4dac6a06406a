import { findNames, SHORTEST_SPELLED, withoutPossessive } from '../extract/findNames';
import { foldName } from '../text/foldName';
import { wordsOfSentences } from '../text/words';
import { citingFact, sentenceOfSource, type SentencePlaces } from './citingFact';
import type { Mention } from '../extract/mention';
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
 * number in `paragraphs` (see `citingFact`): a name with no place to cite is left out. A word of a
 * name written beside another name word elsewhere too ("North" of "Riverside North" and of "North
 * Calder") is also cited where it is written so: what stands beside a name tells whose it is (see
 * `matchNameAfter`). `sentenceWords` are the sentences' words, when read already.
 */
export function readSpelledNames(sentences: readonly string[], facts: readonly Fact[], sentenceWords = wordsOfSentences(sentences), places: SentencePlaces = {}): SpelledNames {
  const words = new Set<string>();
  // Each spelling, and each two name words written a space apart, with the first sentence that spells it.
  const spellings = new Map<string, number>();
  const pairs = new Map<string, number>();
  sentences.forEach((text, s) => {
    for (const word of sentenceWords[s]) words.add(foldName(withoutPossessive(word.text)));
    let previous: Mention | undefined;
    for (const name of findNames(text, { start: 0, end: text.length }, sentenceWords[s], SHORTEST_SPELLED)) {
      // A source's short first name is read beside its last name where that is cited (see `matchNameAfter`).
      if (name.short) continue;
      if (!spellings.has(name.text)) spellings.set(name.text, s);
      if (previous && name.start === previous.end + 1 && text.charAt(previous.end) === ' ') {
        const pair = text.slice(previous.start, name.end);
        if (!pairs.has(pair)) pairs.set(pair, s);
      }
      previous = name;
    }
  });
  const sentenceOf = (s: number) => sentenceOfSource(sentences[s], s, places);
  const names: SpelledName[] = [];
  const cited = new Map<string, Fact>();
  for (const [spelling, s] of spellings) {
    const fact = citingFact(spelling, 'name', facts, undefined, sentenceOf(s));
    if (!fact) continue;
    names.push({ folded: foldName(spelling), fact });
    cited.set(spelling, fact);
  }
  for (const [pair, s] of pairs) {
    const space = pair.indexOf(' ');
    for (const part of [{ offset: 0, length: space }, { offset: space + 1, length: pair.length - space - 1 }]) {
      const spelling = pair.slice(part.offset, part.offset + part.length);
      const first = cited.get(spelling);
      if (!first || first.quote.includes(pair)) continue;
      const fact = citingFact(pair, 'name', facts, part, sentenceOf(s));
      if (fact) names.push({ folded: foldName(spelling), fact });
    }
  }
  return { names, words };
}
