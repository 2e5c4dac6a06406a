import { Frame, frameOf } from '../extract/frame';
import type { CalendarDate } from '../calendar';
import { type Mention, movedBy, type Span } from '../extract/mention';
import { datesDependOnReference, findDates } from '../extract/findDates';
import { DocumentReading, mentionsIn, withDates } from '../extract/readDocument';
import type { TimeAnchor } from '../extract/timeAnchor';
import { readAliases, withAliases } from '../facts/aliases';
import type { Fact } from '../facts/fact';
import { endsStep, runSteps } from '../steps';
import { splitSentences } from '../text/sentences';
import { tokenizeWords, type Word, wordsMovedBy } from '../text/words';
import { Context, contextOf, figureKeys, NEIGHBOUR_REACH, neighbourKeys, ParagraphKeys, Passage, raiseByParagraph } from './context';
import { doubled } from './doubled';
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
  /** The sentences the vocabulary counts, in the order the index meets them: the paragraphs' sentences, then each fact's quote and aliases. */
  documents: CountedSentences;
  /** The words (and figure and link keys) of the sentences and the facts' contexts, each once: they are named by number. */
  terms: string[];
  /** The weights the contexts give, each once: a source's contexts use a few dozen. */
  weights: number[];
  /** The context of each fact of the source, in the order of its facts. */
  contexts: FactContexts;
}

/**
 * Sentences and their words. Sentence `d` is `texts[d]`; its words are the terms numbered
 * `words[j]` for `j` from `starts[d]` up to `starts[d + 1]`, in its order; `paragraphs[d]` is the
 * number of its paragraph (from 1; 0 for a fact's quote or aliases read apart), which cites a
 * sentence without a figure by a fact of its paragraph (see `citingFact`). A list of strings per
 * sentence took 18 MB of a thousand sources' 44,000 sentences.
 */
export interface CountedSentences {
  texts: string[];
  starts: Uint32Array;
  words: TermNumbers;
  paragraphs: Uint32Array;
}

/**
 * The contexts of a source's facts, in one array of (term number, weight number) pairs, fact after
 * fact: two arrays per fact took 55 MB of a thousand sources' 143,000 facts. Fact `i`'s pairs from
 * its own sentence stand from `pairs[starts[2i]]` up to `pairs[starts[2i + 1]]`, and those the rest
 * of its paragraph adds or raises from there up to `pairs[starts[2i + 2]]`; `marks[i]` holds its
 * time anchor and whether it is in the writer's voice (see `markOf`).
 */
export interface FactContexts {
  pairs: TermNumbers;
  starts: Uint32Array;
  marks: Uint8Array;
}

/** The terms of sentence `d` of a reading's counted sentences, in its order. */
export function sentenceTerms({ documents, terms }: Pick<SourceReading, 'documents' | 'terms'>, d: number): string[] {
  const sentence: string[] = [];
  for (let j = documents.starts[d]; j < documents.starts[d + 1]; j++) sentence.push(terms[documents.words[j]]);
  return sentence;
}

/** Numbers in two bytes each while they fit: a source's terms and weights number a few hundred. */
export type TermNumbers = Uint16Array | Uint32Array;

/** `numbers`, each below `count`, as `TermNumbers`. */
export function termNumbers(count: number, numbers: ArrayLike<number>): TermNumbers {
  return new (termNumbersFor(count))(numbers);
}

/** The array `TermNumbers` are in when each is below `count`. */
export function termNumbersFor(count: number): Uint16ArrayConstructor | Uint32ArrayConstructor {
  return count <= 0x10000 ? Uint16Array : Uint32Array;
}

/** A fact's time anchor and writer's voice, as `FactContexts.marks` holds them: the anchor's number (0 for none), plus 4 for the writer's voice. */
function markOf(anchor: TimeAnchor | undefined, writerVoice: boolean | undefined): number {
  return (anchor ? ANCHORS.indexOf(anchor) + 1 : 0) + (writerVoice ? WRITER_VOICE : 0);
}

const ANCHORS: readonly TimeAnchor[] = ['statement', 'event'];
const ANCHOR_BITS = 3;
const WRITER_VOICE = 4;

/** Whether `mark` is one `markOf` gives. */
function isMark(mark: number): boolean {
  return (mark & ~WRITER_VOICE) <= ANCHORS.length;
}

/** How many (term, weight) pairs the context of fact `i` holds, in its sentence and beyond. */
export function pairCount(contexts: FactContexts, i: number): number {
  return (contexts.starts[2 * i + 2] - contexts.starts[2 * i]) / 2;
}

/**
 * Reads a source's sentences and the context of each of its facts. `readParagraph` gives the
 * sentences of the `i`th paragraph as `readPassages` would: from scratch, or from what extracting
 * the source's facts already read (see `passagesFrom`).
 */
export function readSource(source: ReadableSource, readParagraph: ParagraphReader = readPassages): SourceReading {
  return runSteps(readingSource(source, readParagraph));
}

type ReadableSource = { facts: readonly Fact[]; paragraphs?: readonly string[] };

/** `readSource` a paragraph or a few facts a step (see `runSteps`). */
export function* readingSource(source: ReadableSource, readParagraph: ParagraphReader = readPassages): Generator<void, SourceReading> {
  const terms = new Numbering<string>();
  const weights = new Numbering<number>();
  // The sentences' words and the contexts' pairs are written into lists kept from one source to the
  // next (see `NumberList`), and copied into typed arrays once at their length.
  const texts: string[] = [];
  const sentenceStarts = [0];
  const sentenceParagraphs: number[] = [];
  // Taken for this reading alone: a server reads two sources at once when two folders load.
  const lists = KEPT_LISTS.pop() ?? { pairs: new NumberList(), words: new NumberList() };
  const sentenceWords = lists.words.cleared();
  const counted = new Set<string>();
  const count = (passage: Passage & { text: string; source: string }, paragraph = 0) => {
    if (counted.has(passage.text)) return;
    counted.add(passage.text);
    for (const w of passage.words) if (!w.stop) sentenceWords.push(terms.of(w.norm));
    for (const key of figureKeys(passage.source, passage)) sentenceWords.push(terms.of(key));
    texts.push(passage.text);
    sentenceStarts.push(sentenceWords.length);
    sentenceParagraphs.push(paragraph);
  };
  const paragraphs: SourcePassage[][] = [];
  for (const p of source.paragraphs ?? []) {
    paragraphs.push(readParagraph(p, paragraphs.length));
    yield;
  }
  const sentences = new Map<string, SourcePassage>();
  for (const [p, paragraph] of paragraphs.entries()) {
    for (const passage of paragraph) {
      count(passage, p + 1);
      if (!sentences.has(passage.text)) sentences.set(passage.text, passage);
    }
    yield;
  }
  const quotes = new Map<string, QuoteReading>();
  // Each sentence's keys as a neighbour, read once for all the other sentences of its paragraph.
  const keysOf = new Map<SourcePassage, ParagraphKeys>();
  const keysAsNeighbour = (passage: SourcePassage) => {
    let keys = keysOf.get(passage);
    if (!keys) keysOf.set(passage, (keys = neighbourKeys(passage)));
    return keys;
  };
  let neighboursOf: { paragraph?: SourcePassage[]; quote?: string; list: SourcePassage[]; keys: ParagraphKeys } = { list: [], keys: [] };
  let raisedBy: RaisedKeys | undefined;
  const pairs = lists.pairs.cleared();
  const starts = new Uint32Array(2 * source.facts.length + 1);
  const marks = new Uint8Array(source.facts.length);
  // A fact's pairs beyond its sentence are found with those in it, and written after them.
  const beyond: number[] = [];
  for (let i = 0; i < source.facts.length; i++) {
    if (endsStep(i)) yield;
    const fact = source.facts[i];
    let quote = quotes.get(fact.quote);
    if (!quote) quotes.set(fact.quote, (quote = readQuote(fact.quote, sentences.get(fact.quote))));
    count(quote);
    const paragraph = fact.source.paragraph > 0 ? paragraphs[fact.source.paragraph - 1] : undefined;
    // The facts of a sentence come one after another and share its neighbours, and their keys.
    if (neighboursOf.paragraph !== paragraph || neighboursOf.quote !== fact.quote) {
      const at = paragraph?.findIndex((p) => p.text === fact.quote) ?? -1;
      const within = (k: number) => at < 0 || Math.abs(k - at) <= NEIGHBOUR_REACH;
      const list = paragraph?.filter((p, k) => p.text !== fact.quote && within(k)) ?? [];
      neighboursOf = { paragraph, quote: fact.quote, list, keys: list.flatMap(keysAsNeighbour) };
    }
    const neighbours = neighboursOf.list;
    const own = quote.frames.find((f) => f.mention.start === fact.quoteOffset);
    const span = own?.mention ?? { start: fact.quoteOffset, end: fact.quoteOffset + fact.text.length };
    const frame = own?.frame ?? { modifiers: [], unit: [] };
    const aliases = readAliases(fact.aliases);
    if (aliases) count(aliases);
    const context = withAliases(contextOf(fact.quote, { start: span.start, end: span.end, kind: fact.kind }, frame, quote, neighbours, neighboursOf.keys), aliases);
    let inBeyond = 0;
    const around = context.paragraph;
    if (around) {
      // What `context.weights` would hold, in its order, without merging a map per fact: the
      // sentence's words, each raised to its weight in the paragraph, then the paragraph's other words.
      const raised = (raisedBy = raisedBy?.around === around ? raisedBy : new RaisedKeys(around));
      // forEach rather than for-of: no entry array per word and fact.
      context.sentence.forEach((own, norm) => {
        const weight = Math.max(own, raised.weights.get(norm) ?? 0);
        pairs.push(terms.of(norm), weights.of(own));
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
        if (own !== undefined) pairs.push(terms.of(norm), weights.of(own));
        if (own !== weight) inBeyond = putPair(beyond, inBeyond, terms.of(norm), weights.of(weight));
      }
    }
    starts[2 * i + 1] = pairs.length;
    for (let j = 0; j < inBeyond; j += 2) pairs.push(beyond[j], beyond[j + 1]);
    starts[2 * i + 2] = pairs.length;
    marks[i] = markOf(context.anchor, context.writerVoice);
  }
  const termCount = terms.values.length;
  const reading: SourceReading = {
    documents: { texts, starts: Uint32Array.from(sentenceStarts), words: sentenceWords.copy(termCount), paragraphs: Uint32Array.from(sentenceParagraphs) },
    terms: terms.values,
    weights: weights.values,
    contexts: { pairs: pairs.copy(Math.max(termCount, weights.values.length)), starts, marks },
  };
  KEPT_LISTS.push(lists);
  return reading;
}

/**
 * Numbers written one after another into a buffer kept from one source's reading to the next, and
 * copied out at their length: as plain arrays, a source's pairs and words were copied each time
 * they outgrew their store, and all of it dropped once read.
 */
class NumberList {
  private buffer = new Uint32Array(1024);
  length = 0;

  /** The list, emptied. */
  cleared(): this {
    this.length = 0;
    return this;
  }

  push(a: number, b?: number): void {
    if (this.length + 2 > this.buffer.length) this.buffer = doubled(this.buffer);
    this.buffer[this.length++] = a;
    if (b !== undefined) this.buffer[this.length++] = b;
  }

  /** The numbers, each below `count`, as `TermNumbers`. A buffer a long source grew past `KEPT_NUMBERS` is let go. */
  copy(count: number): TermNumbers {
    const numbers = termNumbers(count, this.buffer.subarray(0, this.length));
    if (this.buffer.length > KEPT_NUMBERS) this.buffer = new Uint32Array(1024);
    return numbers;
  }
}

/** A generated 4 KB article has some 5,000 numbers of pairs; a buffer grown far beyond (256 KB) is not kept between sources. */
const KEPT_NUMBERS = 1 << 16;

/**
 * readSource's lists, given back by each reading that ends: one given up midway (see `readingSource`)
 * keeps its lists, and the next makes new ones.
 */
const KEPT_LISTS: Array<{ pairs: NumberList; words: NumberList }> = [];

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
  return new ReadContext(reading, i);
}

/** A fact's context read from its source's reading: a class, since getters in an object literal are closures per fact, and an index holds a hundred thousand facts. */
class ReadContext implements Context {
  declare anchor?: TimeAnchor;
  declare writerVoice?: boolean;
  readonly beside = NOTHING_BESIDE;
  private maps: Pick<Context, 'weights' | 'sentence'> | undefined;

  constructor(
    private readonly reading: SourceReading,
    private readonly fact: number,
  ) {
    const mark = reading.contexts.marks[fact];
    if (mark & ANCHOR_BITS) this.anchor = ANCHORS[(mark & ANCHOR_BITS) - 1];
    if (mark & WRITER_VOICE) this.writerVoice = true;
  }

  get weights(): Map<string, number> {
    return (this.maps ??= mapsOf(this.reading, this.fact)).weights;
  }

  get sentence(): Map<string, number> {
    return (this.maps ??= mapsOf(this.reading, this.fact)).sentence;
  }
}

function mapsOf(reading: SourceReading, i: number): Pick<Context, 'weights' | 'sentence'> {
  const { terms, contexts } = reading;
  const { pairs, starts } = contexts;
  const sentence = new Map<string, number>();
  for (let j = starts[2 * i]; j < starts[2 * i + 1]; j += 2) sentence.set(terms[pairs[j]], reading.weights[pairs[j + 1]]);
  const weights = new Map(sentence);
  for (let j = starts[2 * i + 1]; j < starts[2 * i + 2]; j += 2) weights.set(terms[pairs[j]], reading.weights[pairs[j + 1]]);
  return { weights, sentence };
}

/**
 * Calls `visit` with each word of each fact's context, the weight the context gives it, and whether
 * the fact's own sentence holds it: what `contextOfFact` would put in its maps, without making them.
 * Words and weights are given by their numbers in `reading.terms` and `reading.weights`. A few facts
 * a step (see `runSteps`): an index reads a source of megabytes while a server answers.
 */
export function* visitingTerms(reading: SourceReading, visit: (fact: number, term: number, weight: number, inSentence: boolean) => void): Generator<void> {
  // By term number: the fact (plus one) whose pairs beyond its sentence last gave the term, and the weight it gave.
  const raisedBy = new Uint32Array(reading.terms.length);
  const raised = new Uint32Array(reading.terms.length);
  const inSentenceOf = new Uint32Array(reading.terms.length);
  const { pairs, starts, marks } = reading.contexts;
  for (let i = 0; i < marks.length; i++) {
    if (endsStep(i)) yield;
    const mark = i + 1;
    const from = starts[2 * i];
    const beyond = starts[2 * i + 1];
    const end = starts[2 * i + 2];
    for (let j = beyond; j < end; j += 2) {
      raisedBy[pairs[j]] = mark;
      raised[pairs[j]] = pairs[j + 1];
    }
    for (let j = from; j < beyond; j += 2) {
      const t = pairs[j];
      inSentenceOf[t] = mark;
      visit(i, t, raisedBy[t] === mark ? raised[t] : pairs[j + 1], true);
    }
    for (let j = beyond; j < end; j += 2) {
      const t = pairs[j];
      if (inSentenceOf[t] !== mark) visit(i, t, raised[t], false);
    }
  }
}

const NOTHING_BESIDE: Context['beside'] = Object.freeze({ sentence: [], neighbours: [] });

/**
 * Whether a value is a reading of a source with `facts` facts, every number in it naming a term or
 * weight it has: a damaged cache entry is never taken for one.
 */
export function isSourceReading(v: unknown, facts: number): v is SourceReading {
  if (!v || typeof v !== 'object') return false;
  const r = v as Partial<SourceReading>;
  if (!Array.isArray(r.terms) || !r.terms.every((t) => typeof t === 'string')) return false;
  if (!Array.isArray(r.weights) || !r.weights.every((w) => typeof w === 'number')) return false;
  const termCount = r.terms.length;
  const weightCount = r.weights.length;
  const d = r.documents as Partial<CountedSentences> | undefined;
  if (!d || !Array.isArray(d.texts) || !d.texts.every((t) => typeof t === 'string') || !isNumbers(d.words) || !isStarts(d.starts, d.texts.length + 1, d.words.length)) return false;
  if (!(d.paragraphs instanceof Uint32Array) || d.paragraphs.length !== d.texts.length) return false;
  if (!d.words.every((t) => t < termCount)) return false;
  const c = r.contexts as Partial<FactContexts> | undefined;
  if (!c || !(c.marks instanceof Uint8Array) || c.marks.length !== facts || !c.marks.every(isMark)) return false;
  if (!isNumbers(c.pairs) || !isStarts(c.starts, 2 * facts + 1, c.pairs.length) || !c.starts.every((n) => n % 2 === 0)) return false;
  return pairsWithin(c.pairs, termCount, weightCount);
}

/**
 * Whether each pair names a term below `terms` and a weight below `weights`. A loop, not `every`: an
 * article of 5 MB has millions of pairs, which a call for each took 40-80 ms to look through.
 */
function pairsWithin(pairs: TermNumbers, terms: number, weights: number): boolean {
  for (let j = 0; j + 1 < pairs.length; j += 2) if (pairs[j] >= terms || pairs[j + 1] >= weights) return false;
  return pairs.length % 2 === 0;
}

function isNumbers(v: unknown): v is TermNumbers {
  return v instanceof Uint16Array || v instanceof Uint32Array;
}

/** Whether `v` is `length` places in a list of `end` numbers, from its start to its end, never going back. */
function isStarts(v: unknown, length: number, end: number): v is Uint32Array {
  if (!(v instanceof Uint32Array) || v.length !== length || v[0] !== 0 || v[length - 1] !== end) return false;
  for (let k = 1; k < length; k++) if (v[k] < v[k - 1]) return false;
  return true;
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
  if (same?.start === 0) return readQuoteOf(quote, same.words, same.mentions);
  const words = same ? wordsMovedBy(same.words, -same.start) : tokenizeWords(quote, 0, quote.length);
  return readQuoteOf(quote, words, same ? same.mentions.map((m) => movedBy(m, -same.start)) : mentionsIn(quote, { start: 0, end: quote.length }, words, undefined));
}

/**
 * A quote read from its words and figures. Those of a paragraph's first sentence stand at the
 * quote's offsets already: they are shared, not copied (a source's words and figures are read,
 * never changed, once found), which spared half the quotes of a generated source their copies.
 */
function readQuoteOf(quote: string, words: Word[], mentions: Mention[]): QuoteReading {
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
 *   gives no date), or the sentence's dates do not depend on it (see `datesDependOnReference`): a
 *   sentence whose dates do has them found again (see `undatedMentions`);
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
        reading.date && datesDependOnReference(prose.prose, s.start, s.end)
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

