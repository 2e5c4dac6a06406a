import { findPlaces, type PlaceOf } from '../extract/findPlaces';
import { withoutPossessive } from '../extract/findNames';
import { foldName } from '../text/foldName';
import { wordsOfSentences } from '../text/words';
import { citingFact, sentenceOfSource, type SentencePlaces } from './citingFact';
import type { Fact } from './fact';

/** A place a source gives a name, cited where a fact's quote holds it, as a fact of kind `place`. */
export interface StatedPlace {
  place: PlaceOf;
  /** The source's words that give it: "Calgary-based Redfern Energy". */
  phrase: string;
  fact: Fact;
}

/** What a source says of where its names are: the places it gives them, and the words of every sentence that names each. */
export interface StatedPlaces {
  places: StatedPlace[];
  /** By holder (`holderKey`), the folded words of the source's sentences that hold every word of its name. */
  toldOf: ReadonlyMap<string, ReadonlySet<string>>;
}

/**
 * The places a source's `sentences` (all of them) give names, cited by the first of its `facts`
 * whose quote holds each, or in their sentence by its paragraph as `where` gives it (see `citingFact`).
 */
export function readStatedPlaces(sentences: readonly string[], facts: readonly Fact[], sentenceWords = wordsOfSentences(sentences), where: SentencePlaces = {}): StatedPlaces {
  const places: StatedPlace[] = [];
  const holders = new Map<string, readonly string[]>();
  // By sentence, the places it gives: "Isla Pendry from Kellford; …, Arthur Bellow of Merrow" puts
  // Pendry in no Merrow.
  const given = sentences.map((text, s) => findPlaces(text, { start: 0, end: text.length }, sentenceWords[s]));
  sentences.forEach((text, s) => {
    for (const mention of given[s]) {
      const { offset, length } = mention.place.phrase;
      const said = text.substr(mention.start + offset, length);
      const fact = citingFact(said, 'place', facts, { offset: -offset, length: mention.end - mention.start }, sentenceOfSource(text, s, where));
      if (fact) places.push({ place: mention.place, phrase: said, fact });
      holders.set(holderKey(mention.place.holder), mention.place.holder);
    }
  });
  const toldOf = new Map<string, Set<string>>();
  if (!holders.size) return { places, toldOf };
  // Where else the source puts each name: "Medivaart, which has a plant in Eindhoven" lets a draft
  // say it is there. Only sentences naming all of it: "the ministry" of another sentence may be another.
  // Each sentence asks only after the holders whose last word it holds: a long report names hundreds.
  const byLastWord = new Map<string, string[]>();
  for (const [key, holder] of holders) {
    const last = holder[holder.length - 1];
    byLastWord.set(last, [...(byLastWord.get(last) ?? []), key]);
  }
  sentenceWords.forEach((words, s) => {
    const folded = new Set(words.map((word) => foldName(withoutPossessive(word.text))));
    const keys = new Set<string>();
    for (const word of folded) for (const key of byLastWord.get(word) ?? []) keys.add(key);
    for (const key of keys) {
      if (!holders.get(key)!.every((word) => folded.has(word))) continue;
      const others = new Set(given[s].filter((m) => holderKey(m.place.holder) !== key).flatMap((m) => m.place.words));
      const told = toldOf.get(key) ?? new Set<string>();
      for (const word of folded) if (!others.has(word)) told.add(word);
      toldOf.set(key, told);
    }
  });
  return { places, toldOf };
}

/** A holder's words as one key. */
export function holderKey(holder: readonly string[]): string {
  return holder.join(' ');
}
