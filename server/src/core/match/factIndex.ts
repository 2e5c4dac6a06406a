import { Frame, frameOf } from '../extract/frame';
import type { Mention, MentionKind } from '../extract/mention';
import { mentionsIn } from '../extract/readDocument';
import { readAliases, withAliases } from '../facts/aliases';
import type { SourceFacts } from '../facts/buildFacts';
import type { Fact } from '../facts/fact';
import { splitSentences } from '../text/sentences';
import { tokenizeWords } from '../text/words';
import { Context, contextOf, figureKeys, Passage } from './context';
import { factLevel, Holding, similarities, Similarity } from './similarity';
import { Vocabulary } from './vocabulary';

export interface IndexedFact {
  fact: Fact;
  context: Context;
  frame: Frame;
}

/** Facts ready for matching: grouped by kind, each with its context, over one shared vocabulary. */
export class FactIndex {
  readonly facts: readonly Fact[];
  readonly vocabulary: Vocabulary;
  private readonly byKind = new Map<MentionKind, IndexedFact[]>();
  private readonly byId = new Map<string, IndexedFact>();
  /** By kind, the facts whose context holds each word: a claim visits only the facts it shares a word with. */
  private readonly holders = new Map<MentionKind, Postings>();

  constructor(sources: readonly Pick<SourceFacts, 'facts' | 'paragraphs'>[]) {
    this.facts = sources.flatMap((s) => s.facts);
    const quotes = new Map<string, QuoteReading>();
    const passages: SourcePassage[] = [];
    for (const source of sources) {
      const paragraphs = (source.paragraphs ?? []).map((p) => readPassages(p));
      passages.push(...paragraphs.flat());
      for (const fact of source.facts) {
        let quote = quotes.get(fact.quote);
        if (!quote) {
          quotes.set(fact.quote, (quote = readQuote(fact.quote)));
          passages.push(quote);
        }
        const paragraph = fact.source.paragraph > 0 ? paragraphs[fact.source.paragraph - 1] : undefined;
        const neighbours = paragraph?.filter((p) => p.text !== fact.quote) ?? [];
        const own = quote.frames.find((f) => f.mention.start === fact.quoteOffset);
        const span = own?.mention ?? { start: fact.quoteOffset, end: fact.quoteOffset + fact.text.length };
        const frame = own?.frame ?? { modifiers: [], unit: [] };
        const aliases = readAliases(fact.aliases);
        if (aliases) passages.push(aliases);
        const context = contextOf(fact.quote, { start: span.start, end: span.end, kind: fact.kind }, frame, quote, neighbours);
        const indexed = { fact, frame, context: withAliases(context, aliases) };
        const list = this.byKind.get(fact.kind);
        if (list) list.push(indexed);
        else this.byKind.set(fact.kind, [indexed]);
        this.byId.set(fact.id, indexed);
      }
    }
    // Rarity is counted over every sentence of the sources, not only those that state figures.
    const seen = new Set<string>();
    this.vocabulary = new Vocabulary(
      passages
        .filter((p) => !seen.has(p.text) && seen.add(p.text))
        .map((p) => [...p.words.filter((w) => !w.stop).map((w) => w.norm), ...figureKeys(p.source, p)]),
    );
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

/** A sentence of a source: `text` is the sentence, `source` the string its offsets point into. */
interface SourcePassage extends Passage {
  text: string;
  source: string;
}

interface QuoteReading extends SourcePassage {
  frames: Array<{ mention: Mention; frame: Frame }>;
}

function readQuote(quote: string): QuoteReading {
  const words = tokenizeWords(quote, 0, quote.length);
  const mentions = mentionsIn(quote, { start: 0, end: quote.length }, words, undefined);
  const frames: QuoteReading['frames'] = [];
  for (const mention of mentions) frames.push({ mention, frame: frameOf(quote, mention, words, frames) });
  return { text: quote, source: quote, words, mentions, frames };
}

/** The sentences of a paragraph as passages (offsets within the paragraph). */
function readPassages(paragraph: string): SourcePassage[] {
  return splitSentences(paragraph, 0, paragraph.length).map((s) => {
    const words = tokenizeWords(paragraph, s.start, s.end);
    return { text: paragraph.slice(s.start, s.end), source: paragraph, words, mentions: mentionsIn(paragraph, s, words, undefined) };
  });
}
