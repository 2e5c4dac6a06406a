import type { Context } from './context';
import type { Vocabulary } from './vocabulary';

/** How well a fact's context accounts for a claim's. */
export interface Similarity {
  /** Share of the claim's own sentence that the fact's context explains: says whether they match at all. */
  sentence: number;
  /** `sentence` plus the agreement of the paragraphs around them: says which of several facts matches best. */
  overall: number;
}

/** A word in the fact's sentence counts at least this much however far it stands from the figure. */
const FACT_FLOOR = 0.5;
/** How much agreeing paragraphs add to agreeing sentences. */
const PARAGRAPH_SHARE = 0.5;

/**
 * Compares contexts word by word, each word weighted by its rarity in the sources and by its
 * closeness to the figure on both sides. Words no source uses still count in the claim's total:
 * a sentence mostly about other things is a weak match.
 */
export function similarity(claim: Context, fact: Context, vocabulary: Vocabulary): Similarity {
  let sentenceShared = 0;
  let sentenceTotal = 0;
  let paragraphShared = 0;
  let paragraphTotal = 0;
  for (const [norm, weight] of claim.weights) {
    const resolved = vocabulary.resolve(norm);
    // A figure or link no source has says nothing either way: it may be the very error to find.
    if (!resolved && /^[#@]/.test(norm)) continue;
    const idf = resolved ? vocabulary.idf(resolved.norm) : vocabulary.maxIdf;
    let shared = 0;
    if (resolved) {
      const factWeight = fact.weights.get(resolved.norm) ?? 0;
      const level = fact.sentence.has(resolved.norm) ? FACT_FLOOR + (1 - FACT_FLOOR) * Math.min(1, factWeight) : factWeight;
      shared = idf * weight * level * resolved.weight;
    }
    if (claim.sentence.has(norm)) {
      sentenceShared += shared;
      sentenceTotal += idf * weight;
    } else {
      paragraphShared += shared;
      paragraphTotal += idf * weight;
    }
  }
  const sentence = sentenceTotal ? Math.min(1, sentenceShared / sentenceTotal) : 0;
  const paragraph = paragraphTotal ? paragraphShared / paragraphTotal : 0;
  return { sentence, overall: sentence + PARAGRAPH_SHARE * paragraph };
}
