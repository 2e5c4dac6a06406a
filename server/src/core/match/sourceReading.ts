import { Frame, frameOf } from '../extract/frame';
import type { Mention } from '../extract/mention';
import { mentionsIn } from '../extract/readDocument';
import type { TimeAnchor } from '../extract/timeAnchor';
import { readAliases, withAliases } from '../facts/aliases';
import type { Fact } from '../facts/fact';
import { splitSentences } from '../text/sentences';
import { tokenizeWords } from '../text/words';
import { Context, contextOf, figureKeys, Passage } from './context';
import { Numbering } from './numbering';

/**
 * What the fact index reads from one source: the terms of its sentences for the vocabulary, and
 * each fact's context. Reading means extracting the figures of every sentence again, which costs as
 * much as extracting the source's facts; so a reading is plain data (no Maps, no references into
 * the text), kept beside the facts in the disk cache and used again while its facts are unchanged.
 */
export interface SourceReading {
  /** The sentences the vocabulary counts, as [text, terms], in the order the index meets them: the paragraphs' sentences, then each fact's quote and aliases. */
  documents: Array<[string, string[]]>;
  /** The words (and figure and link keys) of the facts' contexts, each once: contexts name them by number. */
  terms: string[];
  /** The weights the contexts give, each once: a source's contexts use a few dozen. */
  weights: number[];
  /** The context of each fact of the source, in the order of its facts. */
  contexts: FactContext[];
}

/**
 * A fact's context as data. `sentence` and `beyond` are flat lists of (term number, weight number)
 * pairs: the weights from the fact's own sentence, and those the rest of its paragraph adds or raises.
 */
export interface FactContext {
  sentence: number[];
  beyond: number[];
  anchor?: TimeAnchor;
  writerVoice?: true;
}

/** Reads a source's sentences and the context of each of its facts. */
export function readSource(source: { facts: readonly Fact[]; paragraphs?: readonly string[] }): SourceReading {
  const documents: SourceReading['documents'] = [];
  const counted = new Set<string>();
  const count = (passage: SourcePassage) => {
    if (counted.has(passage.text)) return;
    counted.add(passage.text);
    documents.push([passage.text, [...passage.words.filter((w) => !w.stop).map((w) => w.norm), ...figureKeys(passage.source, passage)]]);
  };
  const paragraphs = (source.paragraphs ?? []).map((p) => readPassages(p));
  paragraphs.flat().forEach(count);
  const quotes = new Map<string, QuoteReading>();
  const terms = new Numbering<string>();
  const weights = new Numbering<number>();
  const contexts = source.facts.map((fact): FactContext => {
    let quote = quotes.get(fact.quote);
    if (!quote) quotes.set(fact.quote, (quote = readQuote(fact.quote)));
    count(quote);
    const paragraph = fact.source.paragraph > 0 ? paragraphs[fact.source.paragraph - 1] : undefined;
    const neighbours = paragraph?.filter((p) => p.text !== fact.quote) ?? [];
    const own = quote.frames.find((f) => f.mention.start === fact.quoteOffset);
    const span = own?.mention ?? { start: fact.quoteOffset, end: fact.quoteOffset + fact.text.length };
    const frame = own?.frame ?? { modifiers: [], unit: [] };
    const aliases = readAliases(fact.aliases);
    if (aliases) count(aliases);
    const context = withAliases(contextOf(fact.quote, { start: span.start, end: span.end, kind: fact.kind }, frame, quote, neighbours), aliases);
    const sentence: number[] = [];
    const beyond: number[] = [];
    for (const [norm, weight] of context.weights) {
      const own = context.sentence.get(norm);
      if (own !== undefined) sentence.push(terms.of(norm), weights.of(own));
      if (own !== weight) beyond.push(terms.of(norm), weights.of(weight));
    }
    return {
      sentence,
      beyond,
      ...(context.anchor ? { anchor: context.anchor } : {}),
      ...(context.writerVoice ? { writerVoice: true as const } : {}),
    };
  });
  return { documents, terms: terms.values, weights: weights.values, contexts };
}

/**
 * The context of the `i`th fact of a source for matching. What stands beside a figure is asked of a
 * claim only, never of a fact. Its maps are made when first asked for: the index compares facts
 * without them, and of most facts a claim rates, only the anchor is asked.
 */
export function contextOfFact(reading: SourceReading, i: number): Context {
  const data = reading.contexts[i];
  let maps: Pick<Context, 'weights' | 'sentence'> | undefined;
  const made = () => (maps ??= mapsOf(reading, data));
  return {
    get weights() {
      return made().weights;
    },
    get sentence() {
      return made().sentence;
    },
    beside: NOTHING_BESIDE,
    ...(data.anchor ? { anchor: data.anchor } : {}),
    ...(data.writerVoice ? { writerVoice: true } : {}),
  };
}

function mapsOf(reading: SourceReading, data: FactContext): Pick<Context, 'weights' | 'sentence'> {
  const sentence = new Map<string, number>();
  for (let j = 0; j < data.sentence.length; j += 2) sentence.set(reading.terms[data.sentence[j]], reading.weights[data.sentence[j + 1]]);
  const weights = new Map(sentence);
  for (let j = 0; j < data.beyond.length; j += 2) weights.set(reading.terms[data.beyond[j]], reading.weights[data.beyond[j + 1]]);
  return { weights, sentence };
}

/**
 * Calls `visit` with each word of each fact's context, the weight the context gives it, and whether
 * the fact's own sentence holds it: what `contextOfFact` would put in its maps, without making them.
 * Words and weights are given by their numbers in `reading.terms` and `reading.weights`.
 */
export function forEachTerm(reading: SourceReading, visit: (fact: number, term: number, weight: number, inSentence: boolean) => void): void {
  // By term number: the fact (plus one) whose `beyond` last gave the term, and the weight it gave.
  const raisedBy = new Uint32Array(reading.terms.length);
  const raised = new Uint32Array(reading.terms.length);
  const inSentenceOf = new Uint32Array(reading.terms.length);
  reading.contexts.forEach(({ sentence, beyond }, i) => {
    const mark = i + 1;
    for (let j = 0; j < beyond.length; j += 2) {
      raisedBy[beyond[j]] = mark;
      raised[beyond[j]] = beyond[j + 1];
    }
    for (let j = 0; j < sentence.length; j += 2) {
      const t = sentence[j];
      inSentenceOf[t] = mark;
      visit(i, t, raisedBy[t] === mark ? raised[t] : sentence[j + 1], true);
    }
    for (let j = 0; j < beyond.length; j += 2) {
      const t = beyond[j];
      if (inSentenceOf[t] !== mark) visit(i, t, raised[t], false);
    }
  });
}

const NOTHING_BESIDE: Context['beside'] = Object.freeze({ sentence: [], neighbours: [] });

/** Whether a value has the shape of a reading of a source with `facts` facts: a damaged cache entry is never taken for one. */
export function isSourceReading(v: unknown, facts: number): v is SourceReading {
  if (!v || typeof v !== 'object') return false;
  const r = v as Partial<SourceReading>;
  if (!Array.isArray(r.terms) || !r.terms.every((t) => typeof t === 'string')) return false;
  if (!Array.isArray(r.weights) || !r.weights.every((w) => typeof w === 'number')) return false;
  const pairs = (v: unknown) => Array.isArray(v) && v.length % 2 === 0 && v.every((n, j) => Number.isInteger(n) && n >= 0 && n < (j % 2 ? r.weights! : r.terms!).length);
  return (
    Array.isArray(r.documents) &&
    r.documents.every((d) => Array.isArray(d) && typeof d[0] === 'string' && Array.isArray(d[1]) && d[1].every((t) => typeof t === 'string')) &&
    Array.isArray(r.contexts) &&
    r.contexts.length === facts &&
    r.contexts.every((c) => c && typeof c === 'object' && pairs(c.sentence) && pairs(c.beyond))
  );
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
