import { type Context, isKey, type ParagraphKeys } from './context';
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
  const totals = CLAIM_TOTALS.fill(0);
  const paragraph = claim.paragraph;
  if (!paragraph) {
    // forEach, not for…of: the entries would be as many arrays.
    claim.weights.forEach((closeness, norm) => {
      const term = termOf(norm, closeness, claim.sentence.has(norm), vocabulary, totals);
      if (term) terms.push(term);
    });
    return { terms, sentenceTotal: totals[0], paragraphTotal: totals[1] };
  }
  // The same words in the same order as `weights`: the sentence's, raised by the paragraph's, then
  // the paragraph's others, which are weighed once for every figure of the sentence.
  const weighed = weighedParagraph(paragraph, vocabulary);
  const mark = ++weighed.claims;
  claim.sentence.forEach((closeness, norm) => {
    const word = weighed.words.get(norm);
    if (word) word.claim = mark;
    const raised = word?.paragraph === weighed.paragraph ? Math.max(closeness, word.closeness) : closeness;
    const term = termOf(norm, raised, true, vocabulary, totals);
    if (term) terms.push(term);
  });
  for (const word of weighed.order) {
    if (word.claim === mark) continue;
    totals[1] += word.weight;
    if (word.term) terms.push(word.term);
  }
  return { terms, sentenceTotal: totals[0], paragraphTotal: totals[1] };
}

/** The sums `weigh` adds a claim's words to, the same array for every claim. */
const CLAIM_TOTALS = new Float64Array(2);

/**
 * At least the share of a claim's own sentence that any fact can explain when it holds each source
 * word at no more than `highest(norm)`, worked out from the sentence alone, before `weigh` weighs
 * the paragraph: the paragraph only raises the sentence's words, each to at most its heaviest group,
 * which this takes for the words a fact may hold and leaves out of the total. Infinity for a context
 * without a paragraph apart.
 */
export function sentenceShareBound(claim: Context, vocabulary: Vocabulary, highest: (norm: string) => number): number {
  const { paragraph } = claim;
  if (!paragraph) return Infinity;
  let raise = 0;
  for (const group of paragraph) raise = Math.max(raise, group.weight);
  const sums = BOUND_SUMS.fill(0);
  claim.sentence.forEach((closeness, norm) => {
    const resolved = vocabulary.resolve(norm);
    if (!resolved && isKey(norm)) return;
    sums[0] += (resolved ? resolved.idf : vocabulary.maxIdf) * closeness;
    if (resolved) sums[1] += resolved.idf * Math.max(closeness, raise) * highest(resolved.norm) * resolved.weight;
  });
  if (!sums[1]) return 0;
  return sums[0] ? sums[1] / sums[0] : Infinity;
}

/** The sums `sentenceShareBound` adds up: its sentence total and the most a fact explains. */
const BOUND_SUMS = new Float64Array(2);

/** A claim's word as a term, added to `totals` (in the sentence, beyond it); undefined for a word no source has. */
function termOf(norm: string, closeness: number, inSentence: boolean, vocabulary: Vocabulary, totals: Float64Array): Term | undefined {
  const resolved = vocabulary.resolve(norm);
  // A figure or link no source has says nothing either way: it may be the very error to find.
  if (!resolved && isKey(norm)) return undefined;
  const weight = (resolved ? resolved.idf : vocabulary.maxIdf) * closeness;
  totals[inSentence ? 0 : 1] += weight;
  return resolved ? { norm: resolved.norm, weight, resolution: resolved.weight, inSentence } : undefined;
}

/**
 * A key some paragraph gives a claim, for one vocabulary. Paragraphs weigh their words alike, so its
 * weighing and term are made once and shared; `paragraph` and `closeness` say which paragraph last
 * gave it and at what weight, `claim` which claim's sentence last held it: no set per paragraph or claim.
 */
interface ParagraphWord {
  key: string;
  paragraph: number;
  claim: number;
  closeness: number;
  /** What it adds to a claim's paragraph total at `weighedAt`, and its term then (none for a word no source has). */
  weighedAt: number;
  weight: number;
  term: Term | undefined;
  /** A figure or link no source has: it adds nothing. */
  silent: boolean;
}

interface ParagraphWeighing {
  words: Map<string, ParagraphWord>;
  /** Numbers the paragraphs and claims weighed, for the marks on the words. */
  paragraph: number;
  claims: number;
  /** The last paragraph weighed and its keys in order: a sentence's figures come one after another. */
  last: ParagraphKeys | undefined;
  order: ParagraphWord[];
}

const weighings = new WeakMap<Vocabulary, ParagraphWeighing>();
const MAX_PARAGRAPH_WORDS = 100_000;

/**
 * The keys of a paragraph, each with the highest weight its groups give it (as `raiseByParagraph`
 * raises them, here on the words kept from paragraph to paragraph), in the order they first appear.
 */
function weighedParagraph(paragraph: ParagraphKeys, vocabulary: Vocabulary): ParagraphWeighing {
  let weighing = weighings.get(vocabulary);
  if (!weighing) weighings.set(vocabulary, (weighing = { words: new Map(), paragraph: 0, claims: 0, last: undefined, order: [] }));
  if (weighing.last === paragraph) return weighing;
  const { words } = weighing;
  if (words.size >= MAX_PARAGRAPH_WORDS) words.clear();
  const mark = ++weighing.paragraph;
  const order: ParagraphWord[] = [];
  for (const group of paragraph) {
    for (const key of group.keys) {
      let word = words.get(key);
      if (!word) words.set(key, (word = { key, paragraph: 0, claim: 0, closeness: 0, weighedAt: 0, weight: 0, term: undefined, silent: false }));
      if (word.paragraph !== mark) {
        word.paragraph = mark;
        word.closeness = group.weight;
        order.push(word);
      } else word.closeness = Math.max(word.closeness, group.weight);
    }
  }
  const audible: ParagraphWord[] = [];
  const total = new Float64Array(2);
  for (const word of order) {
    if (word.weighedAt !== word.closeness) {
      total[1] = 0;
      word.term = termOf(word.key, word.closeness, false, vocabulary, total);
      word.weight = total[1];
      word.silent = !word.term && !total[1];
      word.weighedAt = word.closeness;
    }
    if (!word.silent) audible.push(word);
  }
  weighing.last = paragraph;
  weighing.order = audible;
  return weighing;
}

/** `similarity` of a weighed claim. */
function similarityOf(claim: WeighedClaim, fact: Context): Similarity {
  return similarityByLevel(claim, claim.terms.map((term) => factLevel(fact, term.norm)));
}

/**
 * `similarityOf` a fact that holds the claim's `terms[i]` at `levels[i]`: what an index without the
 * fact's maps gives, added up in the same order, so to the same last bit.
 */
export function similarityByLevel(claim: WeighedClaim, levels: ArrayLike<number>): Similarity {
  similarityInto(claim, levels, SHARES);
  return { sentence: SHARES[0], overall: SHARES[1] };
}

const SHARES = new Float64Array(2);

/** `similarityByLevel`, written into `out` (sentence, overall): a search compares thousands of facts, most of them to no avail. */
export function similarityInto(claim: WeighedClaim, levels: ArrayLike<number>, out: Float64Array): void {
  let sentenceShared = 0;
  let paragraphShared = 0;
  for (let i = 0; i < claim.terms.length; i++) {
    const term = claim.terms[i];
    const level = levels[i];
    if (!level) continue;
    const amount = term.weight * level * term.resolution;
    if (term.inSentence) sentenceShared += amount;
    else paragraphShared += amount;
  }
  const sentence = claim.sentenceTotal ? Math.min(1, sentenceShared / claim.sentenceTotal) : 0;
  const paragraph = claim.paragraphTotal ? paragraphShared / claim.paragraphTotal : 0;
  out[0] = sentence;
  out[1] = sentence + PARAGRAPH_SHARE * paragraph;
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
