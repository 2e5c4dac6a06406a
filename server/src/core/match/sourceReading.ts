import { Frame, frameOf } from '../extract/frame';
import type { CalendarDate } from '../calendar';
import { type Mention, movedBy, type Span } from '../extract/mention';
import { findDates, startsDate } from '../extract/findDates';
import { DocumentReading, mentionsIn, withDates } from '../extract/readDocument';
import type { TimeAnchor } from '../extract/timeAnchor';
import { readAliases, withAliases } from '../facts/aliases';
import type { Fact } from '../facts/fact';
import { splitSentences } from '../text/sentences';
import { tokenizeWords, wordsMovedBy } from '../text/words';
import { Context, contextOf, figureKeys, neighbourKeys, ParagraphKeys, Passage, raiseByParagraph } from './context';
import { Numbering } from './numbering';

/**
 * What the fact index reads from one source: the terms of its sentences for the vocabulary, and
 * each fact's context. Reading means finding the figures of every sentence without a reference date
 * (when the source was not read so for its facts, see `buildFactsAndReading`) and weighing each fact's
 * context, which costs about as much as extracting the source's facts; so a reading is plain data (no
 * Maps, no references into the text), kept beside the facts in the disk cache and used again while
 * its facts are unchanged.
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

/**
 * Reads a source's sentences and the context of each of its facts. `readParagraph` gives the
 * sentences of the `i`th paragraph as `readPassages` would: from scratch, or from what extracting
 * the source's facts already read (see `passagesFrom`).
 */
export function readSource(source: { facts: readonly Fact[]; paragraphs?: readonly string[] }, readParagraph: ParagraphReader = readPassages): SourceReading {
  const documents: SourceReading['documents'] = [];
  const counted = new Set<string>();
  const count = (passage: Passage & { text: string; source: string }) => {
    if (counted.has(passage.text)) return;
    counted.add(passage.text);
    const terms: string[] = [];
    for (const w of passage.words) if (!w.stop) terms.push(w.norm);
    for (const key of figureKeys(passage.source, passage)) terms.push(key);
    documents.push([passage.text, terms]);
  };
  const paragraphs = (source.paragraphs ?? []).map((p, i) => readParagraph(p, i));
  const sentences = new Map<string, SourcePassage>();
  for (const passage of paragraphs.flat()) {
    count(passage);
    if (!sentences.has(passage.text)) sentences.set(passage.text, passage);
  }
  const quotes = new Map<string, QuoteReading>();
  const terms = new Numbering<string>();
  const weights = new Numbering<number>();
  // Each sentence's keys as a neighbour, read once for all the other sentences of its paragraph.
  const keysOf = new Map<SourcePassage, ParagraphKeys>();
  const keysAsNeighbour = (passage: SourcePassage) => {
    let keys = keysOf.get(passage);
    if (!keys) keysOf.set(passage, (keys = neighbourKeys(passage)));
    return keys;
  };
  let neighboursOf: { paragraph?: SourcePassage[]; quote?: string; list: SourcePassage[]; keys: ParagraphKeys } = { list: [], keys: [] };
  let raisedBy: RaisedKeys | undefined;
  const sentence: number[] = [];
  const beyond: number[] = [];
  const contexts = source.facts.map((fact): FactContext => {
    let quote = quotes.get(fact.quote);
    if (!quote) quotes.set(fact.quote, (quote = readQuote(fact.quote, sentences.get(fact.quote))));
    count(quote);
    const paragraph = fact.source.paragraph > 0 ? paragraphs[fact.source.paragraph - 1] : undefined;
    // The facts of a sentence come one after another and share its neighbours, and their keys.
    if (neighboursOf.paragraph !== paragraph || neighboursOf.quote !== fact.quote) {
      const list = paragraph?.filter((p) => p.text !== fact.quote) ?? [];
      neighboursOf = { paragraph, quote: fact.quote, list, keys: list.flatMap(keysAsNeighbour) };
    }
    const neighbours = neighboursOf.list;
    const own = quote.frames.find((f) => f.mention.start === fact.quoteOffset);
    const span = own?.mention ?? { start: fact.quoteOffset, end: fact.quoteOffset + fact.text.length };
    const frame = own?.frame ?? { modifiers: [], unit: [] };
    const aliases = readAliases(fact.aliases);
    if (aliases) count(aliases);
    const context = withAliases(contextOf(fact.quote, { start: span.start, end: span.end, kind: fact.kind }, frame, quote, neighbours, neighboursOf.keys), aliases);
    // Written into lists kept from fact to fact, then copied out at their length: grown push by push,
    // each fact's lists were copied a few times over on the way to their length.
    let inSentence = 0;
    let inBeyond = 0;
    const around = context.paragraph;
    if (around) {
      // What `context.weights` would hold, in its order, without merging a map per fact: the
      // sentence's words, each raised to its weight in the paragraph, then the paragraph's other words.
      const raised = (raisedBy = raisedBy?.around === around ? raisedBy : new RaisedKeys(around));
      // forEach rather than for-of: no entry array per word and fact.
      context.sentence.forEach((own, norm) => {
        const weight = Math.max(own, raised.weights.get(norm) ?? 0);
        inSentence = putPair(sentence, inSentence, terms.of(norm), weights.of(own));
        if (own !== weight) inBeyond = putPair(beyond, inBeyond, terms.of(norm), weights.of(weight));
      });
      const { keys, numbers } = raised;
      for (let j = 0; j < keys.length; j++) {
        if (context.sentence.has(keys[j])) continue;
        // Numbered when first met, as `terms.of` and `weights.of` would: met again, they give the same numbers.
        if (numbers[2 * j] < 0) {
          numbers[2 * j] = terms.of(keys[j]);
          numbers[2 * j + 1] = weights.of(raised.weights.get(keys[j])!);
        }
        inBeyond = putPair(beyond, inBeyond, numbers[2 * j], numbers[2 * j + 1]);
      }
    } else {
      for (const [norm, weight] of context.weights) {
        const own = context.sentence.get(norm);
        if (own !== undefined) inSentence = putPair(sentence, inSentence, terms.of(norm), weights.of(own));
        if (own !== weight) inBeyond = putPair(beyond, inBeyond, terms.of(norm), weights.of(weight));
      }
    }
    const made: FactContext = { sentence: sentence.slice(0, inSentence), beyond: beyond.slice(0, inBeyond) };
    if (context.anchor) made.anchor = context.anchor;
    if (context.writerVoice) made.writerVoice = true;
    return made;
  });
  return { documents, terms: terms.values, weights: weights.values, contexts };
}

/** Writes `a` and `b` at `at` in `list`; returns where the next pair goes. */
function putPair(list: number[], at: number, a: number, b: number): number {
  list[at] = a;
  list[at + 1] = b;
  return at + 2;
}

/**
 * The keys of the rest of a paragraph, each raised to the highest weight its groups give it (see
 * `raiseByParagraph`), for the facts of one sentence: each fact's context lists those its own
 * sentence lacks, by their numbers, which are kept here once met (-1 before).
 */
class RaisedKeys {
  readonly weights: Map<string, number>;
  readonly keys: string[];
  /** Each key's term number and weight number, side by side. */
  readonly numbers: Int32Array;

  constructor(readonly around: ParagraphKeys) {
    this.weights = raiseByParagraph(new Map(), around);
    this.keys = [...this.weights.keys()];
    this.numbers = new Int32Array(2 * this.keys.length).fill(-1);
  }
}

/**
 * The context of the `i`th fact of a source for matching. What stands beside a figure is asked of a
 * claim only, never of a fact. Its maps are made when first asked for: the index compares facts
 * without them, and of most facts a claim rates, only the anchor is asked.
 */
export function contextOfFact(reading: SourceReading, i: number): Context {
  return new ReadContext(reading, reading.contexts[i]);
}

/** A fact's context read from its source's reading: a class, since getters in an object literal are closures per fact, and an index holds a hundred thousand facts. */
class ReadContext implements Context {
  declare anchor?: TimeAnchor;
  declare writerVoice?: boolean;
  readonly beside = NOTHING_BESIDE;
  private maps: Pick<Context, 'weights' | 'sentence'> | undefined;

  constructor(
    private readonly reading: SourceReading,
    private readonly data: FactContext,
  ) {
    if (data.anchor) this.anchor = data.anchor;
    if (data.writerVoice) this.writerVoice = true;
  }

  get weights(): Map<string, number> {
    return (this.maps ??= mapsOf(this.reading, this.data)).weights;
  }

  get sentence(): Map<string, number> {
    return (this.maps ??= mapsOf(this.reading, this.data)).sentence;
  }
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

/** A sentence of a source: `text` is the sentence, `source` the string its offsets point into, where it stands at `start`. */
export interface SourcePassage extends Passage {
  text: string;
  source: string;
  start: number;
}

/** The sentences of the `i`th paragraph of a source, whose text is `paragraph`, as `readPassages` reads them. */
export type ParagraphReader = (paragraph: string, i: number) => SourcePassage[];

interface QuoteReading extends SourcePassage {
  frames: Array<{ mention: Mention; frame: Frame }>;
}

/**
 * A quote read alone. When a paragraph has a sentence of the same text, its figures are that
 * sentence's, moved: what is found in a sentence of a paragraph depends on nothing outside it
 * (see `passagesFrom`), and each quote is a sentence of its paragraph, so the figures of every
 * quote were found once already.
 */
function readQuote(quote: string, same: SourcePassage | undefined): QuoteReading {
  const words = same ? wordsMovedBy(same.words, -same.start) : tokenizeWords(quote, 0, quote.length);
  const mentions = same ? same.mentions.map((m) => movedBy(m, -same.start)) : mentionsIn(quote, { start: 0, end: quote.length }, words, undefined);
  const frames: QuoteReading['frames'] = [];
  for (const mention of mentions) frames.push({ mention, frame: frameOf(quote, mention, words, frames) });
  return { text: quote, source: quote, start: 0, words, mentions, frames };
}

/** The sentences of a paragraph as passages (offsets within the paragraph). */
function readPassages(paragraph: string): SourcePassage[] {
  return splitSentences(paragraph, 0, paragraph.length).map((s) => readPassage(paragraph, s.start, s.end));
}

function readPassage(paragraph: string, start: number, end: number, found?: Mention[], words = tokenizeWords(paragraph, start, end)): SourcePassage {
  return { text: paragraph.slice(start, end), source: paragraph, start, words, mentions: found ?? mentionsIn(paragraph, { start, end }, words, undefined) };
}

/**
 * Reads paragraphs from a reading of their whole document rather than again from scratch; the
 * passages are those `readPassages` gives (which reads without a reference date), because the
 * figures found in a sentence depend on nothing outside it, provided that:
 * - the reading was made without a reference date (as a source is read first when its front matter
 *   gives no date), or the sentence has no word that starts a date (see `startsDate`): only the dates
 *   chrono reads from such words depend on the reference date (a sentence with one has its dates
 *   found again, see `undatedMentions`);
 * - the paragraph's text is its document's prose there (no markup blanked in it), so both split it
 *   into the same sentences and words;
 * - a whitespace (or nothing) stands before the sentence: the only look behind a sentence's start is
 *   a figure's three characters before it (is it part of a name?), and it asks for a letter or hyphen;
 * - the sentence ends with a full stop, question or exclamation mark (and closing quotes or
 *   brackets): the looks after a figure (its scale, unit, "or more") are anchored at the figure's
 *   end and match none of those, so they never reach beyond the sentence.
 * A paragraph's sentences always meet the last two but its first (what stands before the paragraph)
 * and its last (it may end without a stop); a sentence that does not is read again from scratch.
 */
export function passagesFrom(reading: DocumentReading): ParagraphReader {
  const { prose } = reading;
  const blocks = prose.blocks.flatMap((b, i) => (b.kind === 'paragraph' ? [i] : []));
  const sentencesOf = prose.blocks.map((): number[] => []);
  reading.sentences.forEach((s, k) => sentencesOf[s.block].push(k));
  const mentionsOf = reading.sentences.map((): Mention[] => []);
  for (const m of reading.mentions) mentionsOf[m.sentence].push(m);
  return (paragraph, i) => {
    const b = blocks[i];
    const block = prose.blocks[b];
    if (b === undefined || prose.prose.slice(block.start, block.end) !== paragraph) return readPassages(paragraph);
    return sentencesOf[b].map((k) => {
      const s = reading.sentences[k];
      const start = s.start - block.start;
      const end = s.end - block.start;
      // The same characters: the same words, wherever the sentence stands.
      const words = wordsMovedBy(s.words, -block.start);
      const alone = (s.start === 0 || /\s/.test(prose.prose[s.start - 1])) && ENDS_SENTENCE.test(prose.prose.slice(Math.max(s.start, s.end - 8), s.end));
      if (!alone) return readPassage(paragraph, start, end, undefined, words);
      const found =
        reading.date && startsDate(prose.prose, s.start, s.end)
          ? undatedMentions(paragraph, block.start, prose.prose, s, mentionsOf[k], reading.date)
          : mentionsOf[k].map((m) => movedBy(m, -block.start));
      return readPassage(paragraph, start, end, found, words);
    });
  };
}

/**
 * The mentions in `paragraph` (which stands at `offset` in `text`) of a sentence of `text` with a word
 * that starts a date, read without a reference date, from `mentions`, those read with `reference`:
 * only its dates depend on the reference, so they alone are found again. The numbers read with the
 * reference are those found without it when the dates of both readings stand at the same spans,
 * since a number is dropped for overlapping a date and nothing else; otherwise (the reference made
 * "yesterday" a date) undefined, and the sentence is read again whole.
 */
function undatedMentions(paragraph: string, offset: number, text: string, s: Span, mentions: Mention[], reference: CalendarDate): Mention[] | undefined {
  const undated = findDates(paragraph, s.start - offset, s.end - offset);
  // Found again cheaply: chrono's readings of the sentence are kept from when it was read with the reference.
  const dated = findDates(text, s.start, s.end, reference);
  if (undated.length !== dated.length || dated.some((d, i) => d.start - offset !== undated[i].start || d.end - offset !== undated[i].end)) return undefined;
  const numbers: Mention[] = [];
  for (const m of mentions) if (!dated.some((d) => d.start === m.start && d.end === m.end)) numbers.push(movedBy(m, -offset));
  return withDates(undated, numbers);
}

const ENDS_SENTENCE = /[.!?]["'”’)\]]*$/;

