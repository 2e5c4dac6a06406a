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
  // The totals are summed in a typed array: a number kept in a closure's variable is a new heap
  // number each time it changes, and a claim has a hundred words or so.
  const totals = new Float64Array(2);
  const paragraph = claim.paragraph;
  if (!paragraph) {
    // forEach, not for…of: the entries would be as many arrays.
    claim.weights.forEach((closeness, norm) => {
      const term = termOf(norm, closeness, claim.sentence.has(norm), vocabulary, totals);
      if (term) terms.push(term);
    });
  } else {
    // The same words in the same order as `weights`: the sentence's, raised by the paragraph, then
    // the paragraph's others, weighed once for every figure of the sentence.
    claim.sentence.forEach((closeness, norm) => {
      const term = termOf(norm, Math.max(closeness, paragraph.get(norm) ?? 0), true, vocabulary, totals);
      if (term) terms.push(term);
    });
    for (const [norm, word] of weighedParagraph(paragraph, vocabulary)) {
      if (claim.sentence.has(norm)) continue;
      totals[1] += word.weight;
      if (word.term) terms.push(word.term);
    }
  }
  return { terms, sentenceTotal: totals[0], paragraphTotal: totals[1] };
}

/** A claim's word as a term, added to `totals` (in the sentence, beyond it); undefined for a word no source has. */
function termOf(norm: string, closeness: number, inSentence: boolean, vocabulary: Vocabulary, totals: Float64Array): Term | undefined {
  const resolved = vocabulary.resolve(norm);
  // A figure or link no source has says nothing either way: it may be the very error to find.
  if (!resolved && (norm[0] === '#' || norm[0] === '@')) return undefined;
  const weight = (resolved ? resolved.idf : vocabulary.maxIdf) * closeness;
  totals[inSentence ? 0 : 1] += weight;
  return resolved ? { norm: resolved.norm, weight, resolution: resolved.weight, inSentence } : undefined;
}

/** A word of a claim's paragraph, weighed: what it adds to the paragraph's total, and its term if a source has it. */
interface WeighedWord {
  closeness: number;
  weight: number;
  term: Term | undefined;
}

// The words a paragraph adds to a claim, weighed once for the figures of a sentence, which come one
// after another and share their paragraph: the last one is kept (a WeakMap of them all would keep
// each until a full collection, a hundred megabytes in a 10 MB draft). A word weighs the same in
// every paragraph (the paragraph weighs all its words alike), so each word's weighing and term are
// kept too, for the vocabulary they were made with.
let last: { paragraph: ReadonlyMap<string, number>; vocabulary: Vocabulary; words: Array<[string, WeighedWord]> } | undefined;
const weighedWords = new WeakMap<Vocabulary, Map<string, WeighedWord | null>>();
const MAX_WEIGHED_WORDS = 100_000;

function weighedParagraph(paragraph: ReadonlyMap<string, number>, vocabulary: Vocabulary): Array<[string, WeighedWord]> {
  if (last?.paragraph !== paragraph || last.vocabulary !== vocabulary) {
    let known = weighedWords.get(vocabulary);
    if (!known) weighedWords.set(vocabulary, (known = new Map()));
    const words: Array<[string, WeighedWord]> = [];
    paragraph.forEach((closeness, norm) => {
      let word = known.get(norm);
      if (word === undefined || (word && word.closeness !== closeness)) {
        const total = new Float64Array(2);
        const term = termOf(norm, closeness, false, vocabulary, total);
        // termOf adds nothing to the total of a word it skips.
        word = term || total[1] ? { closeness, weight: total[1], term } : null;
        if (known.size >= MAX_WEIGHED_WORDS) known.clear();
        known.set(norm, word);
      }
      if (word) words.push([norm, word]);
    });
    last = { paragraph, vocabulary, words };
  }
  return last.words;
}

/** `similarity` of a weighed claim. */
export function similarityOf(claim: WeighedClaim, fact: Context): Similarity {
  let sentenceShared = 0;
  let paragraphShared = 0;
  for (const term of claim.terms) {
    const level = factLevel(fact, term.norm);
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
