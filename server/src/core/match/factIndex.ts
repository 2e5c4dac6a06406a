import type { MentionKind } from '../extract/mention';
import type { SourceFacts } from '../facts/buildFacts';
import type { Fact } from '../facts/fact';
import type { Context } from './context';
import { factLevel, Holding, similarities, Similarity } from './similarity';
import { contextOfFact, readSource, SourceReading } from './sourceReading';
import { Vocabulary } from './vocabulary';

export interface IndexedFact {
  fact: Fact;
  context: Context;
}

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
      source.facts.forEach((fact, i) => {
        const indexed = { fact, context: contextOfFact(reading, i) };
        const list = this.byKind.get(fact.kind);
        if (list) list.push(indexed);
        else this.byKind.set(fact.kind, [indexed]);
        this.byId.set(fact.id, indexed);
      });
    }
    // Rarity is counted over every sentence of the sources, not only those that state figures; a
    // sentence two sources share counts once.
    const seen = new Set<string>();
    this.vocabulary = new Vocabulary(documents.filter(([text]) => !seen.has(text) && seen.add(text)).map(([, terms]) => terms));
    for (const [kind, list] of this.byKind) this.holders.set(kind, new Postings(list));
  }

  /**
   * The facts of `kinds` whose context shares a word with `context`, with their similarity to it, in
   * the order of `ofKind` (kind after kind): every other fact's similarity is 0.
   */
  similarTo(context: Context, kinds: readonly MentionKind[]): Array<{ indexed: IndexedFact; similarity: Similarity }> {
    const out: Array<{ indexed: IndexedFact; similarity: Similarity }> = [];
    for (const kind of kinds) {
      const postings = this.holders.get(kind);
      const list = this.byKind.get(kind);
      if (!postings || !list) continue;
      for (const [i, similarity] of similarities(context, this.vocabulary, list.length, (norm) => postings.holding(norm))) out.push({ indexed: list[i], similarity });
    }
    return out;
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

const NONE: readonly Holding[] = [];

/**
 * The facts of one kind holding each word. A hundred thousand facts hold millions of (fact, word)
 * pairs, while a draft asks about a few hundred words: the pairs are kept as flat numbers, and
 * become `Holding` objects only for the words asked about.
 */
class Postings {
  /** By word: fact number and level, alternating, in increasing fact number. */
  private readonly flat = new Map<string, number[]>();
  private readonly asked = new Map<string, readonly Holding[]>();

  constructor(list: readonly IndexedFact[]) {
    list.forEach((indexed, i) => {
      for (const norm of indexed.context.weights.keys()) {
        const level = factLevel(indexed.context, norm);
        const pairs = this.flat.get(norm);
        if (pairs) pairs.push(i, level);
        else this.flat.set(norm, [i, level]);
      }
    });
  }

  holding(norm: string): readonly Holding[] {
    let holdings = this.asked.get(norm);
    if (!holdings) {
      const pairs = this.flat.get(norm);
      if (!pairs) return NONE;
      const built: Holding[] = [];
      for (let j = 0; j < pairs.length; j += 2) built.push({ target: pairs[j], level: pairs[j + 1] });
      this.asked.set(norm, (holdings = built));
    }
    return holdings;
  }
}
