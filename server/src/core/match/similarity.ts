import type { Context } from './context';
import type { Vocabulary } from './vocabulary';

/** How well a fact's context accounts for a claim's. */
export interface Similarity {
  /** Share of the claim's own sentence that the fact's context explains: says whether they match at all. */
  sentence: number;
  /** `sentence` plus the agreement of the paragraphs around them: says which of several facts matches best. */
  overall: number;
}

/** A fact whose context holds a word, and how strongly (see `factLevel`). */
export interface Holding<T> {
  target: T;
  level: number;
}

/** A word in the fact's sentence counts at least this much however far it stands from the figure. */
const FACT_FLOOR = 0.5;
/** How much agreeing paragraphs add to agreeing sentences. */
const PARAGRAPH_SHARE = 0.5;

/** How strongly a fact's context holds a source word: 0 when it does not. */
export function factLevel(fact: Context, norm: string): number {
  const weight = fact.weights.get(norm) ?? 0;
  return fact.sentence.has(norm) ? FACT_FLOOR + (1 - FACT_FLOOR) * Math.min(1, weight) : weight;
}

/**
 * Compares contexts word by word, each word weighted by its rarity in the sources and by its
 * closeness to the figure on both sides. Words no source uses still count in the claim's total:
 * a sentence mostly about other things is a weak match.
 */
export function similarity(claim: Context, fact: Context, vocabulary: Vocabulary): Similarity {
  const holders = (norm: string): Array<Holding<Context>> => {
    const level = factLevel(fact, norm);
    return level > 0 ? [{ target: fact, level }] : [];
  };
  return similarities(claim, vocabulary, holders).get(fact) ?? { sentence: 0, overall: 0 };
}

/**
 * `similarity` to many facts at once, given the facts that hold each source word: the claim's
 * words are weighed once, and only facts sharing one of them are visited. Facts that share none
 * are left out (their similarity is 0).
 */
export function similarities<T>(claim: Context, vocabulary: Vocabulary, holders: (norm: string) => Iterable<Holding<T>>): Map<T, Similarity> {
  const shared = new Map<T, { sentence: number; paragraph: number }>();
  let sentenceTotal = 0;
  let paragraphTotal = 0;
  for (const [norm, weight] of claim.weights) {
    const resolved = vocabulary.resolve(norm);
    // A figure or link no source has says nothing either way: it may be the very error to find.
    if (!resolved && /^[#@]/.test(norm)) continue;
    const idf = resolved ? vocabulary.idf(resolved.norm) : vocabulary.maxIdf;
    const inSentence = claim.sentence.has(norm);
    if (inSentence) sentenceTotal += idf * weight;
    else paragraphTotal += idf * weight;
    if (!resolved) continue;
    for (const { target, level } of holders(resolved.norm)) {
      let sums = shared.get(target);
      if (!sums) shared.set(target, (sums = { sentence: 0, paragraph: 0 }));
      const amount = idf * weight * level * resolved.weight;
      if (inSentence) sums.sentence += amount;
      else sums.paragraph += amount;
    }
  }
  const out = new Map<T, Similarity>();
  for (const [target, sums] of shared) {
    const sentence = sentenceTotal ? Math.min(1, sums.sentence / sentenceTotal) : 0;
    const paragraph = paragraphTotal ? sums.paragraph / paragraphTotal : 0;
    out.set(target, { sentence, overall: sentence + PARAGRAPH_SHARE * paragraph });
  }
  return out;
}
