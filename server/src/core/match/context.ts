import { rangeEnd } from '../extract/range';
import { tallyEnd } from '../extract/tally';
import { changesIn } from '../extract/findRatios';
import { measureUnit, MULTIPLE } from '../extract/units';
import { Frame, frameOf } from '../extract/frame';
import type { Mention, MentionKind, Span } from '../extract/mention';
import { isDatelineDate, TimeAnchor, timeAnchor } from '../extract/timeAnchor';
import { firstAtOrAfter, itself } from '../text/lineIndex';
import { startsUpperCase, wordsBefore, type Word } from '../text/words';
import { type ClauseTime, clauseTime, isTime, relativeYears } from './clauseTime';
import { significantDigits } from './numberAffinity';
import { type OwnWords, ownWordsOf } from './ownWords';

/**
 * The words around a figure, by normal form, weighted by how close they stand and whether they name
 * it; `sentence` holds the weights from the figure's own sentence alone.
 */
export interface Context {
  weights: Map<string, number>;
  sentence: Map<string, number>;
  /**
   * When given, the keys the rest of the paragraph gives, and `weights` is `sentence` raised by them
   * followed by their other keys, in order: a claim is weighed from the two without their being merged.
   */
  readonly paragraph?: ParagraphKeys;
  /** For a date: whether it dates a statement or an event. */
  anchor?: TimeAnchor;
  /** The sentence speaks in the first person singular outside quotes: the writer's own story. */
  writerVoice?: boolean;
  /** The other figures of the sentence, and the other sentences of the paragraph. */
  beside: { sentence: Mention[]; neighbours: readonly Passage[] };
  /** Of a draft's figure: the words it has to itself among the figures of its kind in its sentence (see `ownWordsOf`). */
  readonly ownWords?: OwnWords;
  /** Of a draft's figure: the words (normal forms) of the noun right after it, which says what it counts ("41 container ships"; see `frameOf`). */
  readonly counted?: readonly string[];
  /** Of a draft's figure: the date or year of its clause, which tells the time it is of (see `clauseTime`). */
  readonly dated?: ClauseTime<Mention>;
  /** Of a draft's figure: which end of a tally it is (see `tallyEnd`). */
  readonly tally?: 0 | 1;
  /** Of a draft's figure: which end of a range it is (see `rangeEnd`). */
  readonly range?: 0 | 1;
  /** Of a draft's figure: the level a change its sentence tells reached from it ("£40,000" of "rose to £40,000 from £25,000", for the £25,000; see `changesIn`). */
  readonly changedTo?: Mention;
  /** Of a draft's figure: whether a demonstrative before it points back to a figure told before ("of those 4,870 homes"). */
  readonly toldBefore?: boolean;
}

/** Groups of keys, each key given its group's weight (the highest of its groups' when in several). */
export type ParagraphKeys = ReadonlyArray<{ readonly keys: readonly string[]; readonly weight: number }>;

/** The words and figures of one sentence. */
export interface Passage {
  words: Word[];
  mentions: Mention[];
}

/** Right before a figure: a word pointing back to it ("those 4,870 homes", "these 12"). */
const DEMONSTRATIVE_BEFORE = /(?<![\p{L}])(?:those|these)[ \u00a0]+$/iu;

const FRAME_BOOST = 1.5;
/** Names ("Kanani", "Green List") mark the event a figure belongs to better than common words. */
const NAME_BOOST = 1.3;
/** Words on the far side of another figure belong to that figure more than to this one. */
const BEYOND_OTHER = 0.5;
const TOPIC_DISTANCE = 4;
const VALUE_WEIGHT = 0.8;
const LINK_WEIGHT = 0.7;
/** Other sentences of the paragraph: they tell which event a sentence is about. */
const NEIGHBOUR_WEIGHT = 0.35;
/**
 * How many sentences on each side of a figure's own are its neighbours. A news paragraph has a few
 * (the accuracy fixtures' seven at most); a paragraph of thousands, a list of figures without a
 * blank line, made every figure weigh every word of it.
 */
export const NEIGHBOUR_REACH = 8;
const CLAUSE_BREAK = /[;:—–()[\]]/g;
// Module constants, not literals in the functions: a literal is a new object each time it is evaluated.
const OPENING = /["“”‘(\s]/;
const QUOTATION_MARKS = /["“”]/g;
const POSSESSIVE_AFTER = /^['’]s(?![\p{L}])/u;
const RIGHT_LINK_GAP = /^[\s,]*$/;
/** The prepositions before a figure, each with its key (see `linkKeys`), made once. */
const LINKS = new Map(['on', 'in', 'at', 'by', 'since', 'from', 'until', 'till', 'to', 'of', 'for', 'over', 'than', 'after', 'before', 'within'].map((w) => [w, `@${w}`]));

/**
 * The context of `mention`: the words and other figures of its sentence, closer ones weighing more,
 * the preposition that links it ("since Sunday", "up from 79"), and more faintly the rest of its
 * paragraph. Other figures count by value ("98 of the 240 seats"), since restatements keep them.
 * `paragraph` is the `neighbourKeys` of `neighbours`, in their order: a caller reads each passage's
 * once for all the sentences of its paragraph.
 */
export function contextOf(text: string, mention: Span & { kind?: MentionKind }, frame: Frame, sentence: Passage, neighbours: Passage[], paragraph: ParagraphKeys): Context {
  // The weights from the figure's own sentence; the paragraph's are shared with its other figures.
  const own = new Map<string, number>();
  const { words, mentions } = sentence;
  const before = wordsBefore(words, mention.start);
  // Words before a sentence's first figure are its topic ("Turnout reached 67.4%, the highest since
  // 2008"): they belong to every figure of the sentence, however far.
  let firstFigure = Infinity;
  for (const m of mentions) firstFigure = Math.min(firstFigure, m.start);
  const breaks = clauseBreaks(text, mention, sentence);
  for (let i = 0; i < words.length; i++) {
    const w = words[i];
    // A word starting inside the figure is the figure's own, whatever follows it ("year's" of "Next year's").
    if (w.stop || (w.start >= mention.start && w.start < mention.end)) continue;
    const distance = i < before ? before - 1 - i : i - before;
    const name = i > 0 && startsUpperCase(w.text);
    raise(own, w.norm, weigh(w.start, distance, mention, mentions, firstFigure, breaks) * (inFrame(frame, w) ? FRAME_BOOST : 1) * (name ? NAME_BOOST : 1));
  }
  const values = valueKeysOf(mentions);
  // The figures are in order: the words before each are counted on from those before the last.
  let index = 0;
  for (let k = 0; k < mentions.length; k++) {
    const other = mentions[k];
    const key = other.start === mention.start ? undefined : values[k];
    if (!key) continue;
    while (index < words.length && words[index].start < other.start) index++;
    raise(own, key, VALUE_WEIGHT * weigh(other.start, Math.abs(index - before), mention, mentions, firstFigure, breaks));
  }
  for (const link of linkKeys(text, mention, words, frame)) raise(own, link, LINK_WEIGHT);
  // A dateline's date is the writer's own, as a timestamp line's is.
  const writerVoice = inWriterVoiceAt(text, words, mention) || (mention.kind === 'date' && isDatelineDate(text, mention, words));
  return new FigureContext(own, paragraph, text, mention, sentence, neighbours, writerVoice);
}

// Asked for every word of a sentence, for each of its figures: functions of the module rather than
// closures made per figure (and, in the CLI's bundle, named anew each time).

const startOf = (m: Mention) => m.start;

/** Raises `key` in `weights` to `weight`. */
function raise(weights: Map<string, number>, key: string, weight: number): void {
  if (weight > (weights.get(key) ?? 0)) weights.set(key, weight);
}

/** The weight of what stands at `at`, `distance` words from the figure: less across another figure or a clause break. */
function weigh(at: number, distance: number, mention: Span, mentions: readonly Mention[], firstFigure: number, breaks: readonly number[]): number {
  if (at < firstFigure) distance = Math.min(distance, TOPIC_DISTANCE);
  const from = at < mention.start ? at : mention.end;
  const to = at < mention.start ? mention.start : at;
  // Both lists are in order: each is searched from where [from, to) begins, not through, since a
  // sentence's every word is weighed for each of its figures.
  let beyond = false;
  if (at >= firstFigure) {
    for (let k = firstAtOrAfter(mentions, from, startOf); k < mentions.length && mentions[k].start < to && !beyond; k++) beyond = mentions[k].start !== mention.start && mentions[k].end <= to;
  }
  const b = firstAtOrAfter(breaks, from, itself);
  const broken = b < breaks.length && breaks[b] < to;
  return (1 / (1 + distance / 4)) * (broken ? 0.6 : 1) * (beyond ? BEYOND_OTHER : 1);
}

// The value keys of the last sentence's figures: each of its figures weighs all the others' (see `lastBreaks`).
let lastValueKeys: { mentions: Mention[]; keys: Array<string | undefined> } | undefined;

/** `valueKey` of each of a sentence's figures, in order. */
function valueKeysOf(mentions: Mention[]): Array<string | undefined> {
  if (lastValueKeys?.mentions !== mentions) lastValueKeys = { mentions, keys: mentions.map(valueKey) };
  return lastValueKeys.keys;
}

/**
 * A context whose `weights` are merged from its sentence's and its paragraph's only when asked for:
 * a claim's paragraph is most of its words, and the same for every figure of its sentence.
 */
class FigureContext implements Context {
  declare writerVoice?: boolean;
  private merged: Map<string, number> | undefined;
  private others: Context['beside'] | undefined;
  /** The date's anchor once read (null: none). */
  private anchorRead: TimeAnchor | null | undefined;

  constructor(
    readonly sentence: Map<string, number>,
    private readonly around: ParagraphKeys,
    private readonly text: string,
    private readonly figure: Span & { kind?: MentionKind },
    private readonly passage: Passage,
    private readonly neighbours: readonly Passage[],
    writerVoice: boolean,
  ) {
    if (writerVoice) this.writerVoice = true;
  }

  /** Read when first asked for: of a claim, only when it disagrees with a fact (see `matchClaim`). */
  get anchor(): TimeAnchor | undefined {
    if (this.anchorRead === undefined) this.anchorRead = (this.figure.kind === 'date' ? timeAnchor(this.text, this.figure, this.passage.words) : undefined) ?? null;
    return this.anchorRead ?? undefined;
  }

  /** Made when first asked for: a source's facts are weighed without it. */
  get beside(): Context['beside'] {
    return (this.others ??= { sentence: this.passage.mentions.filter((m) => m.start !== this.figure.start), neighbours: this.neighbours });
  }

  /** Once the weights are merged (and a caller may change them), the paragraph no longer stands for them. */
  get paragraph(): ParagraphKeys | undefined {
    return this.merged ? undefined : this.around;
  }

  get weights(): Map<string, number> {
    return (this.merged ??= raiseByParagraph(new Map(this.sentence), this.around));
  }

  /** Made when asked for: of a claim, only when it restates an item of a list (see `swappedFigures`). */
  get ownWords(): OwnWords | undefined {
    const { mentions, words } = this.passage;
    // Of one kind and unit, as a source's list is (see `swappedFigures`).
    const unit = measureUnit(mentions.find((m) => m.start === this.figure.start)?.number?.unit);
    const list = mentions.filter((m) => m.kind === this.figure.kind && measureUnit(m.number?.unit) === unit);
    // A time after the figure ends no words of its item: "23 per cent for last year's favourite".
    const draft = { endsAt: mentions.filter((m) => !isTime(m)), comparisons: mentions.filter((m) => m.number?.unit === MULTIPLE) };
    return ownWordsOf(this.text, words, list, mentions, draft)[list.findIndex((m) => m.start === this.figure.start)];
  }

  /** Made when asked for, as `ownWords` is. */
  get counted(): readonly string[] {
    return frameOf(this.text, this.figure, this.passage.words, []).unit.map(normOf);
  }

  /** Made when asked for. */
  get toldBefore(): boolean {
    return DEMONSTRATIVE_BEFORE.test(this.text.slice(Math.max(0, this.figure.start - 8), this.figure.start));
  }

  /** Made when asked for, as `ownWords` is. */
  get changedTo(): Mention | undefined {
    // Most figures are no level a change is from, which its words before tell first (a check meets thousands).
    if (!levelWordBefore(this.text, this.figure.start)) return undefined;
    const { mentions, words } = this.passage;
    if (lastChanges?.mentions !== mentions) lastChanges = { mentions, changes: mentions.length < 2 ? [] : changesIn(this.text, mentions, words[0]?.start ?? mentions[0].start) };
    const at = mentions.findIndex((m) => m.start === this.figure.start);
    const change = lastChanges.changes.find((c) => c.base === at);
    return change && mentions[change.other];
  }

  /** Made when asked for, as `ownWords` is. */
  get tally(): 0 | 1 | undefined {
    const { mentions } = this.passage;
    return tallyEnd(this.text, mentions, mentions.findIndex((m) => m.start === this.figure.start));
  }

  /** Made when asked for, as `ownWords` is. */
  get range(): 0 | 1 | undefined {
    const { mentions } = this.passage;
    return rangeEnd(this.text, mentions, mentions.findIndex((m) => m.start === this.figure.start));
  }

  /** Made when asked for, as `ownWords` is. */
  get dated(): ClauseTime<Mention> | undefined {
    const { mentions, words } = this.passage;
    const times: Array<ClauseTime<Mention>> = mentions.filter(isTime).map((m) => ({ start: m.start, end: m.end, figure: m }));
    if (words.length) times.push(...relativeYears(this.text, words[0].start, words[words.length - 1].end));
    return clauseTime(this.text, this.figure, mentions.filter((m) => m.kind === this.figure.kind), times);
  }
}

const normOf = (w: Word) => w.norm;

/**
 * What stands a few words before a level a change is from (see `changesIn`): "from", "against",
 * "compared with", "than", "on" ("up from the €3.1bn", "more than the €3.1bn", "up 8% on last
 * year's 1,061"), or a plan's "at", "of", "for" ("budgeted at €126 million").
 */
const LEVEL_WORDS = new Set(['from', 'against', 'compared', 'versus', 'vs', 'than', 'on', 'at', 'of', 'for']);
/** How many words back `levelWordBefore` looks: a level is told within a few words of its "from". */
const LEVEL_WORDS_BACK = 6;

/**
 * Whether one of the few words right before `at` (words and spaces only, no other mark between) is
 * one of `LEVEL_WORDS`: asked of every figure no fact frames, by a scan back rather than a pattern.
 */
function levelWordBefore(text: string, at: number): boolean {
  let end = at;
  for (let n = 0; n < LEVEL_WORDS_BACK; n++) {
    while (end > 0 && (text.charCodeAt(end - 1) === 0x20 || text.charCodeAt(end - 1) === 0xa0)) end--;
    let start = end;
    while (start > 0 && isWordChar(text.charCodeAt(start - 1))) start--;
    if (start === end) return false;
    if (end - start <= 8 && LEVEL_WORDS.has(text.slice(start, end).toLowerCase())) return true;
    end = start;
  }
  return false;
}

/** A letter (any beyond ASCII is taken for one), an apostrophe or a hyphen: part of a word for `levelWordBefore`. */
function isWordChar(c: number): boolean {
  return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || c === 0x27 || c === 0x2d || c >= 0xc0;
}

// The changes of the last sentence asked about: its figures are asked one after another.
let lastChanges: { mentions: readonly Mention[]; changes: ReadonlyArray<{ base: number; other: number }> } | undefined;

/**
 * Raises each key of `paragraph`'s groups in `weights` to the highest weight its groups give it, the
 * keys new to `weights` added in the order they first appear; returns `weights`.
 */
export function raiseByParagraph(weights: Map<string, number>, paragraph: ParagraphKeys): Map<string, number> {
  for (const { keys, weight } of paragraph) for (const key of keys) raise(weights, key, weight);
  return weights;
}

/** Whether a word of the figure's sentence is one of its frame's (a frame has a few words at most). */
function inFrame(frame: Frame, word: Word): boolean {
  for (const w of frame.modifiers) if (w.start === word.start) return true;
  for (const w of frame.unit) if (w.start === word.start) return true;
  return false;
}

// Every figure of a sentence needs its clause breaks: they are found once per sentence, over a stretch
// that covers them all. Breaks beyond a figure's own stretch are harmless: only those between it
// and a word or figure of its sentence are asked about. Only the last sentence's are kept: its
// figures come one after another, and a WeakMap entry per sentence cost more than finding them.
let lastBreaks: { sentence: Passage; from: number; to: number; breaks: number[] } | undefined;

/** Offsets of the clause breaks (at least) anywhere between the mention and the words and figures of its sentence. */
function clauseBreaks(text: string, mention: Span, sentence: Passage): number[] {
  const { words, mentions } = sentence;
  let from = mention.start;
  let to = mention.end;
  if (words.length) {
    from = Math.min(from, words[0].start);
    to = Math.max(to, words[words.length - 1].end);
  }
  for (const m of mentions) {
    from = Math.min(from, m.start);
    to = Math.max(to, m.end);
  }
  const cached = lastBreaks;
  if (cached?.sentence === sentence && cached.from <= from && to <= cached.to) return cached.breaks;
  const breaks: number[] = [];
  const stretch = text.slice(from, to);
  CLAUSE_BREAK.lastIndex = 0;
  for (let m = CLAUSE_BREAK.exec(stretch); m; m = CLAUSE_BREAK.exec(stretch)) breaks.push(from + m.index);
  lastBreaks = { sentence, from, to, breaks };
  return breaks;
}

/**
 * A neighbour's words (each once: it adds the same weight wherever it stands) and its figures' values.
 * A caller with a paragraph's passages at hand reads each once for all the sentences of the paragraph
 * (see `contextOf`'s `paragraph`). Kept in a WeakMap by passage, they outlived their paragraph until
 * a full collection, 15 MB of a 3 MB check's memory.
 */
export function neighbourKeys(passage: Passage): ParagraphKeys {
  const values: string[] = [];
  for (const m of passage.mentions) {
    const key = valueKey(m);
    if (key) values.push(key);
  }
  const words: string[] = [];
  for (const w of passage.words) if (!w.stop && !words.includes(w.norm)) words.push(w.norm);
  return [
    { keys: words, weight: NEIGHBOUR_WEIGHT },
    { keys: values, weight: NEIGHBOUR_WEIGHT * VALUE_WEIGHT },
  ];
}

const TIMESTAMP_OPENERS = new Set(['published', 'updated', 'posted', 'modified']);
/** The most words a timestamp line has ("Last updated on Tuesday, 7 October 2025 at 09:30 BST"). */
const TIMESTAMP_WORDS = 12;

const FIRST_PERSON = new Set(['I', 'my', 'My', 'me', 'I’m', "I'm", 'I’ve', "I've"]);

// Where the writer first speaks in the last sentence asked about: its figures come one after another.
let lastVoice: { words: Word[]; from: number | undefined } | undefined;

/**
 * "I first covered the company in 2016": a writer's aside about themselves restates no source, so
 * its figures are neither checked nor flagged, nor are those of its own timestamp line. A figure
 * in a clause of its own that tells when before the writer first speaks is a source's, though:
 * "back when the scheme launched in 2015 with 600 bikes and 50 stations, I gave it two years". Not
 * one that times or sets the writer's story: "In 2009, I moved to the coast", "The ground held
 * about 40,000 people, and at 17 I thought that was the whole world".
 */
function inWriterVoiceAt(text: string, words: Word[], mention: Span): boolean {
  if (lastVoice?.words !== words) lastVoice = { words, from: writerSpeaksFrom(text, words) };
  const from = lastVoice.from;
  if (from === undefined || from < mention.start) return from !== undefined;
  if (text.slice(mention.end, from).search(WRITER_CLAUSE_BREAK) < 0) return true;
  let clauseStart = words[0].start;
  for (const m of text.slice(words[0].start, mention.start).matchAll(WRITER_CLAUSE_BREAKS)) clauseStart = words[0].start + m.index + 1;
  return !WHEN_CLAUSE.test(text.slice(clauseStart, mention.start));
}

/** Where a clause ends before the writer speaks: a comma (not one in a number), a semicolon, a colon, a dash. */
const WRITER_CLAUSE_BREAK = /[;:—–]|,(?!\d)/;
const WRITER_CLAUSE_BREAKS = new RegExp(WRITER_CLAUSE_BREAK.source, 'g');
/** A clause that tells when something happened: "back when the scheme launched", "after the council voted". */
const WHEN_CLAUSE = /^[\s"“'‘]*(?:(?:back|just|even|long)\s+)?(?:when|after|before|since|until|once)\s/i;

/**
 * Where the writer speaks first in a sentence, in the first person outside quotation marks; its
 * start for the draft's own timestamp line. Undefined when the writer does not.
 */
function writerSpeaksFrom(text: string, words: Word[]): number | undefined {
  if (!words.length) return undefined;
  // "Published Oct. 4, 2025, 7:30 a.m.": the draft's own timestamp, a line of its own.
  const opener = words[0].lower === 'last' || words[0].lower === 'first' ? words[1]?.lower : words[0].lower;
  if (words.length <= TIMESTAMP_WORDS && opener !== undefined && TIMESTAMP_OPENERS.has(opener)) return words[0].start;
  // The sentence may open with the quotation mark itself.
  let from = words[0].start;
  while (from > 0 && OPENING.test(text[from - 1])) from--;
  return words.find((w) => FIRST_PERSON.has(w.text) && !NUMBERED_AFTER.test(text.slice(w.end, w.end + 2)) && (text.slice(from, w.start).match(QUOTATION_MARKS)?.length ?? 0) % 2 === 0)?.start;
}

/** After a letter that names a road or a line by its number, not the writer: "I-47", "M-25". */
const NUMBERED_AFTER = /^[-‐‑–]\d/;

const SKIPPED_BEFORE_LINK = new Set(['the', 'a', 'an', 'some', 'about', 'around', 'nearly', 'almost', 'roughly']);

/** The relations after a figure, each with its key, made once. */
const RIGHT_LINKS = new Map(['more', 'fewer', 'less', 'short', 'of', 'than', 'ahead', 'behind', 'up', 'down', 'out'].map((w) => [w, `@>${w}`]));

/**
 * The function words a figure hangs on, as context features: the preposition before it ("@since"
 * Sunday, up "@from" 79, "@'s" for "Sunday's election") and the relation after it ("six @>more than
 * a majority", "23 seats @>short of"). They tell apart figures that a sentence's words cannot.
 */
export function linkKeys(text: string, mention: Span, words: Word[], frame?: Frame): readonly string[] {
  // Most figures have one link or none: a list is made only for a link found, asked for every figure.
  let keys: string[] | undefined;
  if (POSSESSIVE_AFTER.test(text.slice(mention.end, mention.end + 3))) keys = ["@'s"];
  let i = words.length - 1;
  while (i >= 0 && words[i].end > mention.start) i--;
  for (const stop = i - 3; i >= 0 && i > stop; i--) {
    const lower = words[i].lower;
    const link = LINKS.get(lower);
    if (link) {
      if (keys) keys.push(link);
      else keys = [link];
      break;
    }
    if (!SKIPPED_BEFORE_LINK.has(lower)) break;
  }
  const unitEnd = frame?.unit.length ? frame.unit[frame.unit.length - 1].end : mention.end;
  let after = 0;
  while (after < words.length && words[after].start < unitEnd) after++;
  const right = after < words.length ? RIGHT_LINKS.get(words[after].lower) : undefined;
  if (right && RIGHT_LINK_GAP.test(text.slice(unitEnd, words[after].start))) {
    if (keys) keys.push(right);
    else keys = [right];
  }
  return keys ?? NO_KEYS;
}

const NO_KEYS: readonly string[] = Object.freeze([]);

/** The value and link features of a passage's figures, as the vocabulary counts them. */
export function figureKeys(text: string, passage: Passage): string[] {
  const keys: string[] = [];
  const frames: Array<{ mention: Mention; frame: Frame }> = [];
  for (const m of passage.mentions) {
    const frame = frameOf(text, m, passage.words, frames);
    frames.push({ mention: m, frame });
    const value = valueKey(m);
    if (value) keys.push(value);
    for (const link of linkKeys(text, m, passage.words, frame)) keys.push(link);
  }
  return keys;
}

/**
 * A number to six significant digits, as a key. Most figures are whole numbers of at most six
 * digits, which that leaves as they are: they skip the round trip through `toPrecision`'s string.
 */
function sixDigits(n: number): number {
  return Number.isInteger(n) && n > -1e6 && n < 1e6 ? n : +n.toPrecision(6);
}

/** Whether a context term is a figure's or link's key ("#c120000", "@since", "@>of"), not a word. */
export function isKey(term: string): boolean {
  return term[0] === '#' || term[0] === '@';
}

/**
 * The key of a figure that tells one story from another alike ("2,893 households", "€767m",
 * "73.9%"): a number of three significant digits or more, which two stories rarely share by
 * chance; not a year, a time of day, or a round or small figure ("120,000", "22%", "7 days").
 * Undefined for any other figure.
 */
export function tellingKey(kind: MentionKind, number: { values: readonly number[]; vague?: unknown } | undefined): string | undefined {
  if (!number || number.vague || kind === 'year' || kind === 'time') return undefined;
  const value = sixDigits(number.values[0]);
  return significantDigits(value).length >= TELLING_DIGITS ? `#${kind[0]}${value}` : undefined;
}

const TELLING_DIGITS = 3;

/** A figure as a context feature: its value, not its wording ("#c120000", "#d9-19"). */
export function valueKey(m: Mention): string | undefined {
  if (m.number && !m.number.vague) return `#${m.kind[0]}${sixDigits(m.number.values[0])}`;
  if (m.date) {
    const d = m.date;
    if (d.month && d.day) return `#d${d.month.value}-${d.day.value}`;
    if (d.weekday) return `#w${d.weekday.value}`;
    if (d.month && d.year) return `#d${d.year.value}-${d.month.value}`;
  }
  if (m.duration) return `#t${m.duration.amount}${m.duration.unit}`;
  return undefined;
}
