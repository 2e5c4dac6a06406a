import type { MentionKind } from '../extract/mention';
import type { SourceFacts } from '../facts/buildFacts';
import type { Fact } from '../facts/fact';
import type { Context } from './context';
import { levelOf, mostFrom, Similarity, similarityOf, weigh } from './similarity';
import { contextOfFact, forEachTerm, readSource, SourceReading } from './sourceReading';
import { Vocabulary } from './vocabulary';

export interface IndexedFact {
  readonly fact: Fact;
  readonly context: Context;
}

/** How a caller ranks the facts similar to a claim, which lets the index skip facts that cannot matter. */
export interface Ranking<T extends { score: number; support: number }> {
  /** A fact's score and support, or undefined for a fact that cannot be the claim's. */
  rate(indexed: IndexedFact, similarity: Similarity): T | undefined;
  /** No score (support) is more than this many times the fact's overall (sentence) similarity. */
  ceiling: number;
  /** Facts scoring under this share of the best score do not matter to the caller. */
  share: number;
  /** When the best-scoring fact has less support than this, which fact it is does not matter to the caller. */
  leastSupport: number;
}

/** Rounding may put a sum of the bounds a hair under the similarity they bound. */
const ROUNDING = 1 + 1e-9;

/** Facts ready for matching: grouped by kind, each with its context, over one shared vocabulary. */
export class FactIndex {
  readonly facts: readonly Fact[];
  readonly vocabulary: Vocabulary;
  private readonly byKind = new Map<MentionKind, IndexedFact[]>();
  private readonly byId = new Map<string, IndexedFact>();
  /** By kind, the facts whose context holds each word: a claim visits only the facts it shares a word with. */
  private readonly holders = new Map<MentionKind, Postings>();

  /** A source's `reading`, when it has one, is taken as read (see `SourceReading`); the others are read here. */
  constructor(sources: readonly Pick<SourceFacts, 'facts' | 'paragraphs' | 'reading'>[]) {
    this.facts = sources.flatMap((s) => s.facts);
    const documents: SourceReading['documents'] = [];
    for (const source of sources) {
      const reading = source.reading ?? readSource(source);
      documents.push(...reading.documents);
      // Where each fact of the source stands in the list of its kind.
      const numbers = source.facts.map((fact, i) => {
        const indexed = new ReadFact(fact, reading, i);
        let list = this.byKind.get(fact.kind);
        if (!list) {
          this.byKind.set(fact.kind, (list = []));
          this.holders.set(fact.kind, new Postings());
        }
        list.push(indexed);
        this.byId.set(fact.id, indexed);
        return list.length - 1;
      });
      forEachTerm(reading, (i, norm, weight, inSentence) => this.holders.get(source.facts[i].kind)!.add(numbers[i], norm, levelOf(weight, inSentence)));
    }
    // Rarity is counted over every sentence of the sources, not only those that state figures; a
    // sentence two sources share counts once.
    const seen = new Set<string>();
    this.vocabulary = new Vocabulary(documents.filter(([text]) => !seen.has(text) && seen.add(text)).map(([, terms]) => terms));
  }

  /**
   * The ratings of the facts of `kinds` that share a word with `context`, in the order of `ofKind`
   * (kind after kind), leaving out facts that cannot matter to `ranking`: a claim may share a common
   * word with tens of thousands of facts. The claim's words are visited heaviest first, each fact
   * being rated when first met. The search stops once the words left could not lift a fact not yet
   * met to `share` of the best score so far, or, while the best so far has too little support, to
   * the least support that would count.
   */
  similarTo<T extends { score: number; support: number }>(context: Context, kinds: readonly MentionKind[], ranking: Ranking<T>): T[] {
    const claim = weigh(context, this.vocabulary);
    const searched = kinds.flatMap((kind) => {
      const postings = this.holders.get(kind);
      const list = this.byKind.get(kind);
      return postings && list ? [{ postings, list, met: new Uint8Array(list.length) }] : [];
    });
    const terms = claim.terms
      .map((term) => ({ term, most: mostFrom(claim, term, Math.max(0, ...searched.map(({ postings }) => postings.highestLevel(term.norm)))) }))
      .sort((a, b) => b.most - a.most);
    // The most a fact gains from the words from each one on, overall and in the sentence: summed from
    // the end, so that no rounding of a difference makes a bound too low.
    const left = terms.map(({ most }) => most);
    const leftInSentence = terms.map(({ term, most }) => (term.inSentence ? most : 0));
    for (let k = terms.length - 2; k >= 0; k--) {
      left[k] += left[k + 1];
      leftInSentence[k] += leftInSentence[k + 1];
    }
    let best = 0;
    // Whether every fact rated best so far (none, or several tied) has too little support.
    let weakBest = true;
    const rated: Array<{ rating: T; order: number }> = [];
    for (const [k, { term }] of terms.entries()) {
      if (ranking.ceiling * left[k] * ROUNDING < ranking.share * best) break;
      if (weakBest && ranking.ceiling * leftInSentence[k] * ROUNDING < ranking.leastSupport) break;
      let offset = 0;
      for (const { postings, list, met } of searched) {
        for (const i of postings.holding(term.norm)) {
          if (met[i]) continue;
          met[i] = 1;
          const similarity = similarityOf(claim, list[i].context);
          const rating = similarity.overall > 0 ? ranking.rate(list[i], similarity) : undefined;
          if (!rating) continue;
          if (rating.score > best) weakBest = rating.support < ranking.leastSupport;
          else if (rating.score === best) weakBest &&= rating.support < ranking.leastSupport;
          best = Math.max(best, rating.score);
          rated.push({ rating, order: offset + i });
        }
        offset += list.length;
      }
    }
    return rated.sort((a, b) => a.order - b.order).map(({ rating }) => rating);
  }

  ofKind(kind: MentionKind): readonly IndexedFact[] {
    return this.byKind.get(kind) ?? [];
  }

  /** The fact with this id (what an annotation names). */
  get(id: string): IndexedFact | undefined {
    return this.byId.get(id);
  }

  /** Every fact id, in source order: what annotations can name. */
  ids(): string[] {
    return [...this.byId.keys()];
  }
}

/**
 * A fact and its context, made from its source's reading when first asked for: a claim compares
 * itself with few of a hundred thousand facts, and a context's maps are most of a fact's memory.
 */
class ReadFact implements IndexedFact {
  private made: Context | undefined;

  constructor(
    readonly fact: Fact,
    private readonly reading: SourceReading,
    private readonly number: number,
  ) {}

  get context(): Context {
    return (this.made ??= contextOfFact(this.reading, this.number));
  }
}

/**
 * The facts of one kind holding each word. A hundred thousand facts hold millions of (fact, word)
 * pairs: they are kept as flat numbers.
 */
class Postings {
  /** By word: the numbers of the facts holding it, increasing, and the highest level they hold it at. */
  private readonly byWord = new Map<string, { facts: number[]; highest: number }>();

  /** Fact `i` holds `norm` at `level`; facts are added in increasing order. */
  add(i: number, norm: string, level: number): void {
    const holders = this.byWord.get(norm);
    if (!holders) this.byWord.set(norm, { facts: [i], highest: level });
    else {
      holders.facts.push(i);
      holders.highest = Math.max(holders.highest, level);
    }
  }

  holding(norm: string): readonly number[] {
    return this.byWord.get(norm)?.facts ?? [];
  }

  highestLevel(norm: string): number {
    return this.byWord.get(norm)?.highest ?? 0;
  }
}
