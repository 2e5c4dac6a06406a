import type { Context } from './context';
import type { Vocabulary } from './vocabulary';

/** How well a fact's context accounts for a claim's. */
export interface Similarity {
  /** Share of the claim's own sentence that the fact's context explains: says whether they match at all. */
  sentence: number;
  /** `sentence` plus the agreement of the paragraphs around them: says which of several facts matches best. */
  overall: number;
}

/** A fact (by its number among `size` facts) whose context holds a word, and how strongly (see `factLevel`). */
export interface Holding {
  target: number;
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
  const holders = (norm: string): Holding[] => {
    const level = factLevel(fact, norm);
    return level > 0 ? [{ target: 0, level }] : [];
  };
  return similarities(claim, vocabulary, 1, holders)[0]?.[1] ?? { sentence: 0, overall: 0 };
}

/**
 * `similarity` to many facts at once, given the facts that hold each source word: the claim's
 * words are weighed once, and only facts sharing one of them are visited. Returns the facts that
 * share a word, by number in increasing order; the others' similarity is 0.
 */
export function similarities(claim: Context, vocabulary: Vocabulary, size: number, holders: (norm: string) => readonly Holding[]): Array<[number, Similarity]> {
  const sentenceShared = new Float64Array(size);
  const paragraphShared = new Float64Array(size);
  const touched: number[] = [];
  const seen = new Uint8Array(size);
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
      if (!seen[target]) {
        seen[target] = 1;
        touched.push(target);
      }
      const amount = idf * weight * level * resolved.weight;
      if (inSentence) sentenceShared[target] += amount;
      else paragraphShared[target] += amount;
    }
  }
  touched.sort((a, b) => a - b);
  return touched.map((target): [number, Similarity] => {
    const sentence = sentenceTotal ? Math.min(1, sentenceShared[target] / sentenceTotal) : 0;
    const paragraph = paragraphTotal ? paragraphShared[target] / paragraphTotal : 0;
    return [target, { sentence, overall: sentence + PARAGRAPH_SHARE * paragraph }];
  });
}
