import type { Context } from './context';
import type { Vocabulary } from './vocabulary';

/** How well a fact's context accounts for a claim's. */
export interface Similarity {
  /** Share of the claim's own sentence that the fact's context explains: says whether they match at all. */
  sentence: number;
  /** `sentence` plus the agreement of the paragraphs around them: says which of several facts matches best. */
  overall: number;
}

/** A word of a claim's context as the sources know it. */
export interface Term {
  /** The source word it resolves to (itself, or a variant spelling). */
  norm: string;
  /** Its rarity times its closeness to the claim's figure. */
  weight: number;
  /** How surely it is the source word: 1, or less for a variant spelling. */
  resolution: number;
  inSentence: boolean;
}

/** A claim's context weighed once against the sources' vocabulary, to be compared with many facts. */
export interface WeighedClaim {
  /** The words some source uses, in the context's order. */
  terms: Term[];
  sentenceTotal: number;
  paragraphTotal: number;
}

/** A word in the fact's sentence counts at least this much however far it stands from the figure. */
const FACT_FLOOR = 0.5;
/** How much agreeing paragraphs add to agreeing sentences. */
const PARAGRAPH_SHARE = 0.5;

/** How strongly a fact's context holds a source word: 0 when it does not. */
export function factLevel(fact: Context, norm: string): number {
  return levelOf(fact.weights.get(norm) ?? 0, fact.sentence.has(norm));
}

/** `factLevel` of a word the fact's context weighs `weight`, in its own sentence or not. */
export function levelOf(weight: number, inSentence: boolean): number {
  return inSentence ? FACT_FLOOR + (1 - FACT_FLOOR) * Math.min(1, weight) : weight;
}

/**
 * Compares contexts word by word, each word weighted by its rarity in the sources and by its
 * closeness to the figure on both sides. Words no source uses still count in the claim's total:
 * a sentence mostly about other things is a weak match.
 */
export function similarity(claim: Context, fact: Context, vocabulary: Vocabulary): Similarity {
  return similarityOf(weigh(claim, vocabulary), fact);
}

/** Weighs a claim's words once, for `similarityOf` many facts. */
export function weigh(claim: Context, vocabulary: Vocabulary): WeighedClaim {
  const terms: Term[] = [];
  let sentenceTotal = 0;
  let paragraphTotal = 0;
  // forEach, not for…of: a claim has a hundred words or so, and the entries would be as many arrays.
  claim.weights.forEach((closeness, norm) => {
    const resolved = vocabulary.resolve(norm);
    // A figure or link no source has says nothing either way: it may be the very error to find.
    if (!resolved && (norm[0] === '#' || norm[0] === '@')) return;
    const weight = (resolved ? vocabulary.idf(resolved.norm) : vocabulary.maxIdf) * closeness;
    const inSentence = claim.sentence.has(norm);
    if (inSentence) sentenceTotal += weight;
    else paragraphTotal += weight;
    if (resolved) terms.push({ norm: resolved.norm, weight, resolution: resolved.weight, inSentence });
  });
  return { terms, sentenceTotal, paragraphTotal };
}

/** `similarity` of a weighed claim. */
export function similarityOf(claim: WeighedClaim, fact: Context): Similarity {
  return similarityByLevel(claim, (term) => factLevel(fact, claim.terms[term].norm));
}

/**
 * `similarityOf` a fact that holds the claim's `terms[i]` at `levelOf(i)`: what an index without the
 * fact's maps gives, added up in the same order, so to the same last bit.
 */
export function similarityByLevel(claim: WeighedClaim, levelOf: (term: number) => number): Similarity {
  let sentenceShared = 0;
  let paragraphShared = 0;
  for (let i = 0; i < claim.terms.length; i++) {
    const term = claim.terms[i];
    const level = levelOf(i);
    if (!level) continue;
    const amount = term.weight * level * term.resolution;
    if (term.inSentence) sentenceShared += amount;
    else paragraphShared += amount;
  }
  const sentence = claim.sentenceTotal ? Math.min(1, sentenceShared / claim.sentenceTotal) : 0;
  const paragraph = claim.paragraphTotal ? paragraphShared / claim.paragraphTotal : 0;
  return { sentence, overall: sentence + PARAGRAPH_SHARE * paragraph };
}

/**
 * The most a fact can gain in overall similarity from one of the claim's words, when it holds the
 * word at `level` or less: what lets a search skip facts that could not come close.
 */
export function mostFrom(claim: WeighedClaim, term: Term, level: number): number {
  const amount = term.weight * level * term.resolution;
  if (term.inSentence) return claim.sentenceTotal ? amount / claim.sentenceTotal : 0;
  return claim.paragraphTotal ? (PARAGRAPH_SHARE * amount) / claim.paragraphTotal : 0;
}
