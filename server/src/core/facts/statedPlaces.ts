import { findPlaces, type PlaceOf } from '../extract/findPlaces';
import { withoutPossessive } from '../extract/findNames';
import { foldName } from '../text/foldName';
import { tokenizeWords } from '../text/words';
import { citingFact } from './citingFact';
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
  /** By the last word of a holder's name (see `PlaceOf.holder`), the folded words of the source's sentences that hold it. */
  toldOf: ReadonlyMap<string, ReadonlySet<string>>;
}

/** The places a source's `sentences` (all of them) give names, cited by the first of its `facts` whose quote holds each. */
export function readStatedPlaces(sentences: readonly string[], facts: readonly Fact[]): StatedPlaces {
  const places: StatedPlace[] = [];
  const toldOf = new Map<string, Set<string>>();
  const sentenceWords = sentences.map((text) => tokenizeWords(text, 0, text.length));
  sentences.forEach((text, s) => {
    for (const mention of findPlaces(text, { start: 0, end: text.length }, sentenceWords[s])) {
      const { offset, length } = mention.place.phrase;
      const said = text.substr(mention.start + offset, length);
      const fact = citingFact(said, 'place', facts, { offset: -offset, length: mention.end - mention.start });
      if (fact) places.push({ place: mention.place, phrase: said, fact });
      toldOf.set(lastWord(mention.place.holder), new Set());
    }
  });
  if (!toldOf.size) return { places, toldOf };
  // Where else the source puts each name: "Medivaart, which has a plant in Eindhoven" lets a draft say so.
  for (const words of sentenceWords) {
    const folded = words.map((word) => foldName(withoutPossessive(word.text)));
    for (const word of folded) {
      const told = toldOf.get(word);
      if (told) for (const other of folded) told.add(other);
    }
  }
  return { places, toldOf };
}

export function lastWord(words: readonly string[]): string {
  return words[words.length - 1];
}
