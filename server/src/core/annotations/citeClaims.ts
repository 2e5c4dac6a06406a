import type { DocumentReading } from '../extract/readDocument';
import { closestIds } from '../facts/closestIds';
import { compareValues } from '../match/compareValues';
import type { Context } from '../match/context';
import type { FactIndex, IndexedFact } from '../match/factIndex';
import type { ClaimMatch } from '../match/matchClaim';
import { similarity } from '../match/similarity';
import { valueAffinity } from '../match/valueAffinity';
import { firstAtOrAfter } from '../text/lineIndex';
import { blockHolding } from '../text/prose';
import type { FactAnnotation } from './annotation';

/** An id in an annotation that names no loaded fact, with the closest ids for a quick fix. */
export interface UnknownFactId {
  id: string;
  /** Offsets of the id in the draft (after `@fact:`). */
  start: number;
  end: number;
  suggestions: string[];
}

export interface CitedClaims {
  /** By index into `reading.mentions`: the verdict against a fact the claim's sentence names. */
  matches: Map<number, ClaimMatch>;
  unknownIds: UnknownFactId[];
}

/**
 * Ties the claims of each annotated sentence to the facts its annotations name, whatever context
 * matching would pick: the writer said which fact they restate. Each named fact goes to one claim
 * of a kind it compares with (one that agrees first, then the best fitting), so that in "3,000 of
 * the 120,000 residents stayed [@fact:residents]" only one figure is held to it; the other claims
 * are left to context matching. `sentenceOf` gives the number of the sentence an annotation follows
 * (`annotatedSentence`; a caller keeping its sentences by block may find it faster).
 */
export function citeClaims(
  reading: Pick<DocumentReading, 'prose' | 'mentions'>,
  contexts: readonly Context[],
  index: FactIndex,
  sentenceOf: (annotation: FactAnnotation) => number | undefined,
): CitedClaims {
  const matches = new Map<number, ClaimMatch>();
  const unknownIds: UnknownFactId[] = [];
  const named = new Map<number, IndexedFact[]>();
  for (const annotation of reading.prose.annotations) {
    if (!annotation.closed) continue;
    const sentence = sentenceOf(annotation);
    for (const { id, start, end } of annotation.ids) {
      const indexed = index.get(id);
      if (!indexed) {
        unknownIds.push({ id, start, end, suggestions: id ? closestIds(id, index.ids()) : [] });
        continue;
      }
      if (sentence === undefined) continue;
      const list = named.get(sentence) ?? [];
      if (!list.includes(indexed)) list.push(indexed);
      named.set(sentence, list);
    }
  }
  if (!named.size) return { matches, unknownIds };

  const pairs: Array<{ claim: number; indexed: IndexedFact; agrees: boolean; score: number }> = [];
  reading.mentions.forEach((claim, i) => {
    if (claim.kind === 'time') return;
    for (const indexed of named.get(claim.sentence) ?? []) {
      const agreement = compareValues(claim, indexed.fact);
      if (agreement === 'incomparable') continue;
      const fit = similarity(contexts[i], indexed.context, index.vocabulary).overall + valueAffinity(claim, indexed.fact);
      pairs.push({ claim: i, indexed, agrees: agreement === 'agree', score: (agreement === 'agree' ? 10 : 0) + fit });
    }
  });
  const taken = new Set<IndexedFact>();
  for (const pair of pairs.sort((a, b) => b.score - a.score)) {
    if (matches.has(pair.claim) || taken.has(pair.indexed)) continue;
    taken.add(pair.indexed);
    matches.set(pair.claim, { verdict: pair.agrees ? 'verified' : 'mismatch', fact: pair.indexed.fact, score: pair.score });
  }
  return { matches, unknownIds };
}

/**
 * The sentence an annotation follows: the last one of its paragraph starting before it ("fled
 * [@fact:x]." and "fled. [@fact:x]" alike), or the paragraph's first when it opens the paragraph.
 */
export function annotatedSentence(reading: DocumentReading, annotation: FactAnnotation): number | undefined {
  const block = blockHolding(reading.prose.blocks, annotation.start);
  if (block < 0) return undefined;
  // Sentences come block by block.
  const { sentences } = reading;
  return sentenceFollowed(sentences, firstAtOrAfter(sentences, block, blockOf), firstAtOrAfter(sentences, block + 1, blockOf), annotation.start);
}

/** Of one block's sentences, `sentences[from]` to before `sentences[to]`, the one an annotation at `at` follows (see `annotatedSentence`). */
export function sentenceFollowed(sentences: ArrayLike<{ start: number }>, from: number, to: number, at: number): number | undefined {
  if (from >= to) return undefined;
  let s = from;
  while (s + 1 < to && sentences[s + 1].start <= at) s++;
  return s;
}

const blockOf = (sentence: { block: number }) => sentence.block;
