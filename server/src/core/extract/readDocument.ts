import type { CalendarDate } from '../calendar';
import { type Failure, guarded } from '../failure';
import { runSteps } from '../steps';
import { frontMatterDate } from '../text/frontMatter';
import { readMarkdownInSteps } from '../text/incrementalProse';
import { LineIndex } from '../text/lineIndex';
import { DocumentFormat, Prose, readProse } from '../text/prose';
import { Sentence, splitSentences } from '../text/sentences';
import { tokenizeWords, Word } from '../text/words';
import { datesBaseFigure, isComparisonBase } from './comparisonBase';
import { findDates } from './findDates';
import { asMultiples, findMultiples } from './findMultiples';
import { findNames } from './findNames';
import { findPlaces } from './findPlaces';
import { findRoles } from './findRoles';
import { findNumbers } from './findNumbers';
import { hedgedStart, isDay, type Mention, type Span } from './mention';
import { apposedTo } from './personAge';
import { isPerItem } from './perItem';
import { rankHolder } from './rankHolder';
import { ratePeriodAfter } from './ratePeriod';
import { convertsPrice, unitPriceAfter } from './unitPrice';
import { tenseAround } from './tense';

export interface SentenceReading extends Sentence {
  /** Index into `blocks` of the paragraph, heading or table row holding the sentence. */
  block: number;
  words: Word[];
}

export interface LocatedMention extends Mention {
  /** Index into `sentences`. */
  sentence: number;
}

/** Where the run of `mentions` (in order) in the sentence of `mentions[from]` ends: the first index past it. */
export function sentenceRunEnd(mentions: ReadonlyArray<Pick<LocatedMention, 'sentence'>>, from: number): number {
  let to = from + 1;
  while (to < mentions.length && mentions[to].sentence === mentions[from].sentence) to++;
  return to;
}

/** A document read for checking: its prose, sentences, words and every figure and date in it. */
export interface DocumentReading {
  prose: Prose;
  sentences: SentenceReading[];
  mentions: LocatedMention[];
  /** The document's own date (front matter `date:`), against which relative dates resolve. */
  date?: CalendarDate;
  /** The sentences (or blocks) whose reading threw, left out (see `Failure`). */
  failures?: Failure[];
}

/** How a document is read: whether its sentences keep their words, and what sees each block's words first. */
export interface ReadOptions {
  /**
   * The sentences tokenize their words again whenever asked for them instead of keeping them: a
   * 10 MB draft has 1.5 million words, and held through a check they took most of its memory and,
   * living long, made the garbage collector most of its time.
   */
  forgetWords?: boolean;
  /** Called with each block read, its sentences still holding their words, numbered from `firstSentence` and `firstMention`. */
  onBlock?: (read: BlockReading, firstSentence: number, firstMention: number) => void;
}

export function readDocument(text: string, format: DocumentFormat, reference?: CalendarDate, options: ReadOptions = {}): DocumentReading {
  return readSentences(readProse(text, format), reference, options);
}

/** `readDocument` a step at a time (see `runSteps`): a source of megabytes is read while the server answers. */
export function* readingDocument(text: string, format: DocumentFormat): Generator<void, DocumentReading> {
  return yield* readingSentences(format === 'markdown' ? (yield* readMarkdownInSteps(text, new LineIndex(text))).prose : readProse(text, format));
}

/** `readDocument` of prose already read: a source whose date only its text gives is read again with it. */
export function readSentences(prose: Prose, reference?: CalendarDate, options: ReadOptions = {}): DocumentReading {
  return runSteps(readingSentences(prose, reference, options));
}

/** `readSentences` a block a step. */
export function* readingSentences(prose: Prose, reference?: CalendarDate, { forgetWords = false, onBlock }: ReadOptions = {}): Generator<void, DocumentReading> {
  const date = reference ?? frontMatterDate(prose.frontMatter?.data.date);
  const sentences: SentenceReading[] = [];
  const mentions: LocatedMention[] = [];
  const failures: Failure[] = [];
  for (let b = 0; b < prose.blocks.length; b++) {
    const read = readBlock(prose, b, sentences.length, date);
    onBlock?.(read, sentences.length, mentions.length);
    for (const s of read.sentences) sentences.push(forgetWords ? new WordsOnDemand(prose.prose, s) : s);
    for (const m of read.mentions) mentions.push(m);
    for (const f of read.failures) failures.push(f);
    yield;
  }
  return { prose, sentences, mentions, date, failures };
}

/** A sentence without its words: what is kept of it once its block's claims are matched. */
export type SentenceSpan = Pick<SentenceReading, 'start' | 'end' | 'block'>;

/**
 * A sentence whose words are tokenized from `prose` each time they are read: a class, since a
 * getter in an object literal is a closure per sentence, and a 10 MB draft has 100,000 sentences.
 */
export class WordsOnDemand implements SentenceReading {
  readonly start: number;
  readonly end: number;
  readonly block: number;

  constructor(
    private readonly prose: string,
    { start, end, block }: SentenceSpan,
  ) {
    this.start = start;
    this.end = end;
    this.block = block;
  }

  get words(): Word[] {
    return tokenizeWords(this.prose, this.start, this.end);
  }
}

/**
 * One block read: its sentences and figures, and the names it spells and roles it gives people
 * beside them, in order (no claims of figures, and kept apart).
 */
export interface BlockReading extends Pick<DocumentReading, 'sentences' | 'mentions'> {
  names: LocatedMention[];
  failures: Failure[];
}

/**
 * The sentences, mentions and names of one block, numbered from `firstSentence`: a block reads
 * alone, which is what lets an incremental check read again only the blocks an edit touched. A
 * heading's words are all capitalised, so its names are not told from its other words.
 */
export function readBlock(prose: Prose, b: number, firstSentence: number, date: CalendarDate | undefined): BlockReading {
  const block = prose.blocks[b];
  const sentences: SentenceReading[] = [];
  const mentions: LocatedMention[] = [];
  const names: LocatedMention[] = [];
  const failures: Failure[] = [];
  let year: number | undefined;
  // The last date of the block stated to the day with its year: a date a time later is of its year.
  let day: { year: number; month: number } | undefined;
  for (const s of splitSentences(prose.prose, block.start, block.end)) {
    const index = firstSentence + sentences.length;
    const words = tokenizeWords(prose.prose, s.start, s.end);
    sentences.push({ start: s.start, end: s.end, block: b, words });
    const first = mentions.length;
    const found = guarded(s, 'the figures and dates of this sentence were', failures, () => mentionsIn(prose.prose, s, words, date), () => []);
    for (const m of found) {
      (m as LocatedMention).sentence = index;
      mentions.push(m as LocatedMention);
      if (year !== undefined) giveThatYear(prose.prose, m, year);
      if (day) giveYearLater(prose.prose, s.start, m, day);
      const dated = datedYear(m);
      year = dated?.year ?? year;
      if (dated?.month !== undefined && m.date?.day) day = { year: dated.year, month: dated.month };
    }
    if (block.kind !== 'heading') {
      for (const name of guarded(s, 'the names and roles of this sentence were', failures, () => namesIn(prose.prose, s, words, mentions, first), () => [])) {
        (name as LocatedMention).sentence = index;
        names.push(name as LocatedMention);
      }
    }
  }
  return { sentences, mentions, names, failures };
}

/**
 * The names, roles and places of sentence `s`, in order, but for the words of its figures and dates
 * (those of `mentions` from `first`): a word of a figure or date ("Q3", "Labor Day") is that figure's.
 */
function namesIn(text: string, s: Sentence, words: Word[], mentions: readonly Span[], first: number): Mention[] {
  const names: Mention[] = [];
  for (const name of findNames(text, s, words)) if (!overlapsAny(name, mentions, first)) names.push(name);
  for (const role of findRoles(text, s, words)) insertTold(names, role);
  // A place is given between two names, one of them within the sentence: most sentences have none.
  if (names.length) for (const place of findPlaces(text, s, words)) insertTold(names, place);
  return names;
}

/** A role or place, put among the names of its sentence in order: it stands before or among them. */
function insertTold(names: Mention[], told: Mention): void {
  let at = names.length;
  while (at > 0 && names[at - 1].start > told.start) at--;
  names.splice(at, 0, told);
}

function overlapsAny(span: Span, mentions: readonly Span[], from: number): boolean {
  for (let i = from; i < mentions.length; i++) if (mentions[i].start < span.end && span.start < mentions[i].end) return true;
  return false;
}

/** The figures and dates of one sentence, `reference` resolving its relative dates. */
export function mentionsIn(text: string, s: Sentence, words: Word[], reference: CalendarDate | undefined): Mention[] {
  const numbers = asMultiples(text, findNumbers(text, s.start, s.end, words));
  for (const multiple of findMultiples(text, s.start, words)) numbers.push(multiple);
  return withPartsOfWholes(text, withApposed(text, withTotals(text, s, withWeekdaysToCome(text, s, withRatePeriods(text, withComparisonBases(text, withConversionsAcross(text, withClockSpans(text, withElapsedDates(text, s.start, withSentenceYears(text, withPartsOfLengths(text, withDates(findDates(text, s.start, s.end, reference), numbers))))))))))));
}

/** `mentions` (of one sentence, in order) with each count told as part of the next marked (see `Mention.partOfNext`). */
function withPartsOfWholes(text: string, mentions: Mention[]): Mention[] {
  mentions.forEach((m, i) => {
    const whole = mentions[i + 1];
    if (m.kind === 'count' && whole?.kind === 'count' && m.number && whole.number && m.number.values[0] < whole.number.values[0] && PART_OF.test(text.slice(m.end, whole.start))) m.partOfNext = true;
  });
  return mentions;
}

/** `mentions` with each plain count set off between commas after a word marked with it (see `Mention.apposedTo`), and each rank with the name before it (see `Mention.rankHolder`). */
function withApposed(text: string, mentions: Mention[]): Mention[] {
  for (const m of mentions) {
    if (m.kind === 'ordinal') {
      const holder = rankHolder(text, m.start);
      if (holder) m.rankHolder = holder;
      continue;
    }
    if (m.kind !== 'count' || m.number?.unit || m.qualifier) continue;
    const word = apposedTo(text, m.start, m.end);
    if (word) m.apposedTo = word;
  }
  return mentions;
}

/**
 * Words that tell a figure is the sum of several, before it in its clause with no other figure
 * between ("Between them the sides scored 51 points"), or right after it ("44 in all").
 */
const TOTAL_CUE = '(?<![\\p{L}])(?:between[ \\u00a0]+them|together|combined|altogether|in[ \\u00a0]+all|in[ \\u00a0]+total|all[ \\u00a0]+told)(?![\\p{L}])';
const TOTAL_BEFORE = new RegExp(`(?:${TOTAL_CUE}|(?<![\\p{L}])a[ \\u00a0]+total[ \\u00a0]+of(?![\\p{L}]))[^.;:!?\\d]*$`, 'iu');
/** After a figure, its total's words. */
const TOTAL_AFTER = new RegExp(`^[^.;:!?,]{0,24}?${TOTAL_CUE}`, 'iu');
/** Between a figure and total's words after it, a relative pronoun: the clause's total is another figure ("46 members who between them gave 18,000 hours"). */
const RELATIVE = /(?<![\p{L}])(?:who|which|that)(?![\p{L}])/iu;
/** How far before a figure its sentence's words of a total are read. */
const TOTAL_REACH = 60;

/** `mentions` (of sentence `s`) with each count or sum told as the sum of several marked (see `Mention.total`). */
function withTotals(text: string, s: Sentence, mentions: Mention[]): Mention[] {
  // Asked of every sentence: most tell no total.
  if (!mentions.length || !TOTAL_WORD.test(text.slice(s.start, s.end))) return mentions;
  mentions.forEach((m, i) => {
    // A length is summed too ("gave a total of 18,280 hours"); a time after another is not.
    if (m.kind !== 'count' && m.kind !== 'money' && !(m.kind === 'duration' && !m.duration?.relation)) return;
    const start = hedgedStart(m);
    const before = mentions[i - 1];
    // The next item of a total's list is one too: "scored 51 points and seven tries between them".
    const listed = before?.total && TOTAL_LIST_JOIN.test(text.slice(before.end, start));
    const reach = text.slice(Math.max(s.start, start - TOTAL_REACH), start);
    const cue = TOTAL_BEFORE.exec(reach);
    // Not a cue of the figure right before it: "44 in all, and 12 more".
    const ownCue = cue && !FIGURE_END.test(reach.slice(0, cue.index));
    if (listed || ownCue || (m.qualifier && TOTAL_HEDGE.test(m.qualifier.text)) || totalAfter(text.slice(m.end, Math.min(s.end, m.end + 40)))) m.total = true;
  });
  return mentions;
}

/** Whether the words after a figure tell it is a total (see `TOTAL_AFTER`). */
function totalAfter(after: string): boolean {
  const cue = TOTAL_AFTER.exec(after);
  return !!cue && !RELATIVE.test(cue[0]);
}

const FIGURE_END = /\d[\p{L}%]*[ \u00a0]*$/u;
/** A word every total's words hold: a sentence without one is not searched for totals. */
const TOTAL_WORD = /them|together|combined|all|total|told/i;
/** A figure's own hedge that tells a total: "a total of". */
const TOTAL_HEDGE = /total/iu;
/** Between two items of a list: the first's noun, and "and" or a comma. */
const TOTAL_LIST_JOIN = /^[ \u00a0]+\p{L}+(?:,[ \u00a0]*|[ \u00a0]+and[ \u00a0]+)$/u;

/** `mentions` (of sentence `s`) with each weekday and date that states no year marked when it is told in the future (see `DateValue.toCome`). */
function withWeekdaysToCome(text: string, s: Sentence, mentions: Mention[]): Mention[] {
  for (const m of mentions) {
    const d = m.date;
    if (d?.weekday && d.day && d.month && !d.year && tenseAround(text, s, m) === 'future') d.toCome = true;
  }
  return mentions;
}

/** Between a part and the length it is part of: "nine of the 14 months", "14 of the first 16 days". */
const OF_THE_BETWEEN = /^[ \u00a0]+of[ \u00a0]+(?:the|its|their|those)[ \u00a0]+(?:(?:first|last|past|next|previous)[ \u00a0]+)?$/iu;

/**
 * `mentions` (of one sentence, in order) with a plain count told as a part of the length after it
 * read as a length of that unit, written once: "nine of the 14 months" tells nine months, and a
 * draft's "nine months of the delay" restates it.
 */
function withPartsOfLengths(text: string, mentions: Mention[]): Mention[] {
  for (let i = 0; i + 1 < mentions.length; i++) {
    const m = mentions[i];
    const whole = mentions[i + 1].duration;
    const part = m.number;
    if (m.kind !== 'count' || !part || part.unit || part.vague || part.values.length !== 1 || !whole || whole.relation || whole.adjectival || whole.clock || whole.compound || part.values[0] >= whole.amount) continue;
    if (!OF_THE_BETWEEN.test(text.slice(m.end, mentions[i + 1].start))) continue;
    mentions[i] = { kind: 'duration', start: m.start, end: m.end, text: m.text, numberStyle: m.numberStyle, ...(m.qualifier && { qualifier: m.qualifier }), duration: { amount: part.values[0], unit: whole.unit, adjectival: false, unitAfterRange: true } };
  }
  return mentions;
}

/**
 * `mentions` (of one sentence) with the period each amount, count or length is a rate over, where
 * one follows it (see `ratePeriod`), and the unit each amount is a price per (see `unitPrice`), told
 * again per another unit where it is.
 */
function withRatePeriods(text: string, mentions: Mention[]): Mention[] {
  for (const [i, m] of mentions.entries()) {
    const amount = (m.kind === 'money' || m.kind === 'count') && !!m.number;
    if (!amount && m.kind !== 'duration') continue;
    const period = ratePeriodAfter(text, m.end);
    if (period) m.ratePeriod = period;
    // A length is a rate over its period only ("18 hours a week"); an amount is one per item too.
    if (!amount) continue;
    if (!period && isPerItem(text, m.end)) m.perItem = true;
    const unitPrice = !period && m.kind === 'money' ? unitPriceAfter(text, m.end) : undefined;
    if (!unitPrice) continue;
    m.unitPrice = unitPrice;
    if (i > 0 && convertsPrice(text, mentions[i - 1], m)) m.convertsPrice = true;
  }
  return mentions;
}

/** `mentions` with each figure that is a comparison's base, or a year that tells the time of one, marked (see `Mention.base`). */
function withComparisonBases(text: string, mentions: Mention[]): Mention[] {
  for (const m of mentions) {
    if (m.kind === 'year' && datesBaseFigure(text, m.start)) m.base = 'ofFigure';
    else if (isComparisonBase(text, m.start)) m.base = 'compared';
  }
  return mentions;
}

/** A figure written as an adjective with its unit: "23-mile", "30-kilometre". */
const ADJECTIVAL_MEASURE = /\d-\p{L}+$/u;
/** From such a figure to a conversion after its noun: " drive, or ", " mark (", " mark, " (then a hedge). */
const NOUN_THEN_CONVERSION = /^[ \u00a0]+\p{L}+(?:[ \u00a0]*\(|,[ \u00a0]+or)[ \u00a0]*$/u;
const NOUN_THEN_COMMA = /^[ \u00a0]+\p{L}+,[ \u00a0]+$/u;

/**
 * `mentions` (of one sentence, in order) with each figure that converts the measure before it across
 * the noun that measure qualifies marked (see `convertsAcross`), and each that a closing bracket or
 * a conjunction parts from the figure before it, which it converts not (see `apartFromBefore`).
 * After a comma alone, only a hedged figure converts across: "a 23-mile drive, 12 km of it on
 * gravel" is a part of the drive, "about 37 km" its conversion.
 */
function withConversionsAcross(text: string, mentions: Mention[]): Mention[] {
  for (let i = 1; i < mentions.length; i++) {
    const [before, m] = [mentions[i - 1], mentions[i]];
    if (!m.number) continue;
    const between = text.slice(before.end, hedgedStart(m));
    if (between.includes(')') || JOINS_ITEMS.test(between)) m.apartFromBefore = true;
    // "53.8 degrees (13.2 Celsius)": bare degrees converted into one scale are of the other.
    const degrees = !before.number?.unit && before.kind === 'count' && (m.number.unit === 'C' || m.number.unit === 'F') ? DEGREES_THEN_BRACKET.exec(between) : null;
    if (degrees) {
      before.number = { ...before.number!, unit: m.number.unit === 'C' ? 'F' : 'C' };
      before.end += degrees[1].length;
      before.text = text.slice(before.start, before.end);
    }
    if (!m.number.unit || !before.number?.unit || before.number.unit === m.number.unit || !ADJECTIVAL_MEASURE.test(before.text)) continue;
    if (NOUN_THEN_CONVERSION.test(between) || (m.qualifier?.kind === 'approx' && NOUN_THEN_COMMA.test(between))) m.convertsAcross = true;
  }
  return mentions;
}

/** Between two items, not a figure and its conversion: "£185,000 and €72,000 respectively". */
const JOINS_ITEMS = /(?<![\p{L}])(?:and|to|but|while|plus|against|versus|vs)(?![\p{L}])/iu;

/** Between bare degrees and their conversion into a scale: " degrees (". */
const DEGREES_THEN_BRACKET = /^([ \u00a0]+degrees)[ \u00a0]*\([ \u00a0]*$/iu;

/** Before the first of two clock times of a range: "from", "between", "for six hours — from". */
const RANGE_OPENS = /(?<![\p{L}])(?:from|between)[ \u00a0]+$/iu;
/** Before a range of times on weekdays, one mention whose hedge is no qualifier of its own: "from around". */
const RANGE_OPENS_HEDGED = /(?<![\p{L}])(?:from|between)[ \u00a0]+(?:(?:around|about|roughly|approximately)[ \u00a0]+)?$/iu;
/** Between the two clock times of a range: nothing else, no weekday or date ("10 p.m. Friday to 4 a.m."), which may be another day. */
const RANGE_JOINS = /^[ \u00a0]*(?:to|until|till|and|through|[-–—])[ \u00a0]*$/iu;
/** Between a length and the range right after it: "six hours, from", "for about 20 hours — from". */
const LENGTH_THEN_RANGE = /^[ \u00a0]*(?:[,—–(]|[ \u00a0]-)?[ \u00a0]*$/u;
/** Between a range and the length right after it, set off: ", a window of ", " – ", ", or ". */
const RANGE_THEN_LENGTH = /^[ \u00a0]*(?:[,—–(:]|[ \u00a0]-)[ \u00a0]*(?:[\p{L}']+[ \u00a0]+){0,3}$/u;
/** Words in that gap that start another clause or attach the length to something else: "with a 30-minute break". */
const OTHER_CLAUSE = /(?<![\p{L}])(?:and|but|while|when|with|including|plus|then|before|after|every|each|per|except)(?![\p{L}])/iu;
/** Before a length: how often, not how long ("every 20 minutes from 6am to 10pm"). */
const EVERY_BEFORE = /(?<![\p{L}])(?:every|each|per)[ \u00a0]+$/iu;
/** After a length: a rate ("eight hours a day"), not the length of the range. */
const RATE_AFTER = /^[ \u00a0]+(?:a|an|per|each|every)[ \u00a0]+(?:day|night|week|month|year|shift|session)(?![\p{L}])/iu;

/**
 * `mentions` (of one sentence, in order) with each length in hours or minutes set right beside a
 * range of two clock times given where those times stand (see `timesBeside`): the span between them
 * is the writer's own arithmetic, held to the clock as a weekday is to the calendar.
 */
function withClockSpans(text: string, mentions: Mention[]): Mention[] {
  for (let i = 0; i < mentions.length; i++) {
    const a = mentions[i];
    // "from 5 a.m. Monday until noon Wednesday" is one mention, its range's times on two days.
    const last = a.date?.spanned ? i : i + 1;
    const b = mentions[last];
    if (!b) continue;
    // Or a range of two days, beside a length in days or weeks: "for 17 days in a row, from 23 July to 8 August".
    const days = last > i && isDayRange(text, a, b);
    if (last > i && !days && !isClockRange(text, a, b)) continue;
    const spans = days ? isDaysLength : isSpanLength;
    const before = mentions[i - 1];
    if (spans(before) && !EVERY_BEFORE.test(text.slice(Math.max(0, hedgedStart(before) - 8), hedgedStart(before))) && (days ? DAYS_THEN_RANGE : LENGTH_THEN_RANGE).test(text.slice(before.end, hedgedStart(a)).replace(last === i ? RANGE_OPENS_HEDGED : RANGE_OPENS, ''))) before.duration!.timesBeside = 'after';
    const after = mentions[last + 1];
    if (spans(after) && !after.duration!.adjectival && !RATE_AFTER.test(text.slice(after.end, after.end + 16))) {
      const gap = text.slice(b.end, hedgedStart(after));
      if (RANGE_THEN_LENGTH.test(gap) && !OTHER_CLAUSE.test(gap)) after.duration!.timesBeside = 'before';
    }
  }
  return mentions;
}

/** Before the first of two clock times of a start and an end: "began at", "opened at". */
const STARTED_AT = /(?<![\p{L}])(?:began|begun|begins|started|starts|opened|opens|got[ \u00a0]+under[ \u00a0]+way)[ \u00a0]+at[ \u00a0]+$/iu;
/** Between them: "and ended at", "and finished at", "and closed just before". */
const AND_ENDED_AT = /^[ \u00a0]+and[ \u00a0]+(?:[\p{L}]+[ \u00a0]+){0,2}(?:ended|ends|finished|finishes|closed|closes|concluded|broke[ \u00a0]+up|wrapped[ \u00a0]+up)[ \u00a0]+(?:at[ \u00a0]+)?$/iu;

/**
 * Whether two clock times of a sentence, `a` then `b`, are the start and end of one stretch of time
 * ("from 10 p.m. to 4:30 a.m.", "between 4 p.m. and 7 p.m.", "began at 6:30 p.m. and ended at 11:40
 * p.m."), with nothing between them that may put them on two days.
 */
export function isClockRange(text: string, a: Mention, b: Mention): boolean {
  if (!isClockTime(a) || !isClockTime(b)) return false;
  const before = text.slice(Math.max(0, hedgedStart(a) - 24), hedgedStart(a));
  const between = text.slice(a.end, hedgedStart(b));
  return (RANGE_OPENS.test(before) && RANGE_JOINS.test(between)) || (STARTED_AT.test(before) && AND_ENDED_AT.test(between));
}

/** A time of day of one reading: "4:30 a.m.", "15:00". */
function isClockTime(m: Mention): boolean {
  return m.kind === 'time' && m.number?.values.length === 1;
}

/** A length in hours or minutes, of no relation to another time ("two hours later") and not a difference ("two hours longer"). */
function isSpanLength(m: Mention | undefined): m is Mention {
  const d = m?.duration;
  return !!d && (d.unit === 'hour' || d.unit === 'minute') && isPlainSpan(m!);
}

/** A length in days or weeks that a range of two days may be the span of. */
function isDaysLength(m: Mention | undefined): m is Mention {
  const d = m?.duration;
  return !!d && (d.unit === 'day' || d.unit === 'week') && !d.compound && isPlainSpan(m!);
}

function isPlainSpan(m: Mention): boolean {
  const d = m.duration!;
  return !d.relation && !d.difference && !d.clock && !d.unitAfterRange && !m.number?.vague;
}

/** Whether two dates of a sentence, `a` then `b`, are the first and last day of one stretch: "from 23 July to 8 August". */
function isDayRange(text: string, a: Mention, b: Mention): boolean {
  return a.kind === 'date' && b.kind === 'date' && isDay(a) && isDay(b) && RANGE_OPENS.test(text.slice(Math.max(0, hedgedStart(a) - 24), hedgedStart(a))) && RANGE_JOINS.test(text.slice(a.end, hedgedStart(b)));
}

/** Between a length in days and the range of days right after it: "17 days in a row, from", "a fortnight — from". */
const DAYS_THEN_RANGE = /^(?:[ \u00a0]+(?:in[ \u00a0]+a[ \u00a0]+row|running|straight|on[ \u00a0]+end))?[ \u00a0]*(?:[,—–(]|[ \u00a0]-)?[ \u00a0]*$/iu;

/** Between a date and a time ago of it after it: "in 1968, 57 years ago", "in 2019, just four years ago". */
const DATE_THEN_AGO = /^[ \u00a0]*,[ \u00a0]*(?:(?:just|only|barely|exactly|precisely|all|fully)[ \u00a0]+)?$/iu;
/** Between a time ago and a date of it after it: "14 years ago, in 2011". */
const AGO_THEN_DATE = /^[ \u00a0]+ago[ \u00a0]*,[ \u00a0]*(?:(?:back[ \u00a0]+)?in[ \u00a0]+|on[ \u00a0]+)?$/iu;

/** Between a time in years and the date it is counted from, after it: " since the first show in ", " after their first, in ", " since ". */
const SINCE_THEN_DATE = /^[ \u00a0]+(since|after)[ \u00a0]+(?:[^\s,.;:!?—–()"“”]+[ \u00a0]+){0,8}?(?:,[ \u00a0]*)?(?:(?:in|on|of)[ \u00a0]+)?$/iu;
/** Where a clause opens before a time "after" a date: only then is it the time of the clause before it, or of now ("in 2033, five years after"; "Thirteen years after"). */
const CLAUSE_OPENS = /(?:^|[,;:—–(])[\s"“'‘*_]*$/u;
/** A time since a date in a clause of the past: counted to a time the sentence may not tell ("It was 20 years since … when"). */
const PAST_BEFORE = /(?<![\p{L}])(?:was|were|had|would)(?![\p{L}])/iu;
/** Right before a time in years: a change by it ("climbed by almost three years since 1990"), not a time since. */
const BY_BEFORE = /(?<![\p{L}])by[ \u00a0]+$/iu;

/**
 * `mentions` (of one sentence, in order) with each time in years or decades told from a date set
 * right beside it given that date (see `countedFrom`): "in 1968, 57 years ago", "twelve years since
 * the first show in 2011", "Thirteen years after the first race in May 2013". A time ago is counted
 * to now; a time since or after, to the year the sentence states before it where it states one
 * ("reached in 2033, five years after the 2030 deadline", see `countedTo`), else to now. Each is
 * held to the calendar, as a weekday beside a date is.
 */
function withElapsedDates(text: string, sentenceStart: number, mentions: Mention[]): Mention[] {
  mentions.forEach((m, i) => {
    const d = m.duration;
    if ((d?.unit !== 'year' && d?.unit !== 'decade') || d.compound || d.difference) return;
    const start = hedgedStart(m);
    const before = mentions[i - 1];
    const after = mentions[i + 1];
    if (d.relation === 'ago') {
      const from = (before && DATE_THEN_AGO.test(text.slice(before.end, start)) && datedYear(before)) || (after && AGO_THEN_DATE.test(text.slice(m.end, after.start)) && datedYear(after));
      if (from) d.countedFrom = from;
      return;
    }
    const link = after && SINCE_THEN_DATE.exec(text.slice(m.end, after.start));
    const from = link && datedYear(after);
    if (!from) return;
    const earlier = mentions.slice(0, i).reverse().find((e) => e.kind === 'date' || e.kind === 'year');
    const to = earlier && datedYear(earlier);
    const opening = text.slice(earlier?.end ?? sentenceStart, start);
    if (link[1].toLowerCase() === 'after' ? !CLAUSE_OPENS.test(opening) : BY_BEFORE.test(opening) || (!to && PAST_BEFORE.test(opening))) return;
    if (to && to.year < from.year) return;
    d.countedFrom = from;
    if (to) d.countedTo = to;
  });
  return mentions;
}

/** After a month: "in January of that year", "in May the same year". */
const THAT_YEAR_AFTER = /^[ \u00a0]+(?:of[ \u00a0]+)?(?:that|the[ \u00a0]+same)[ \u00a0]+year(?![\p{L}])/iu;

/**
 * Gives a date of a month and no year followed by "of that year" `year`, the year last stated before
 * it in its block, as an implied part. Read as of the article's year, "lifted into place in January
 * of that year" after "completed in September 2023" contradicted a restatement's "January 2023".
 */
function giveThatYear(text: string, m: Mention, year: number): void {
  const d = m.date;
  if (d?.month && !d.year && d.implied?.year === undefined && THAT_YEAR_AFTER.test(text.slice(m.end, m.end + 24))) d.implied = { ...d.implied, year };
}

/** Before a date, at its sentence's start: a time later than the one told before ("Three days later, on", "The next day,"). */
const LATER_OPENING = /^[\s"“'‘*_]*(?:(?:[\p{L}\d-]+[ \u00a0]+)?(?:days?|weeks?|fortnight|months?)[ \u00a0]+(?:later|after(?:wards)?)|(?:the[ \u00a0]+)?(?:next|following)[ \u00a0]+(?:day|morning|evening|week|month))[ \u00a0]*,?[ \u00a0]*(?:on[ \u00a0]+|by[ \u00a0]+)?$/iu;

/**
 * Gives a date of a month and no year that a sentence opens with a time later than the block's last
 * date to the day (`day`) the year of that date, as an implied part, or the next where its month
 * comes earlier in the year: "… Saturday 31 March 2018. Three days later, on 3 April, …" is 3 April
 * 2018, which the article's year had made 3 April 2025, a Thursday.
 */
function giveYearLater(text: string, sentenceStart: number, m: Mention, day: { year: number; month: number }): void {
  const d = m.date;
  if (!d?.month || d.year || d.implied?.year !== undefined || !LATER_OPENING.test(text.slice(sentenceStart, hedgedStart(m)))) return;
  d.implied = { ...d.implied, year: d.month.value < day.month ? day.year + 1 : day.year };
}

/** The year (and month) a year or a date mention states, when it states one. */
function datedYear(m: Mention): { year: number; month?: number } | undefined {
  // A season or financial year ("the 2026-27 season") is of the year it opens in.
  const years = m.number?.values;
  if (m.kind === 'year') return years?.length === 1 || (years?.length === 2 && years[1] === years[0] + 1) ? { year: years[0] } : undefined;
  const date = m.date;
  if (!date?.year || date.yearUnreadable || date.through) return undefined;
  return date.month ? { year: date.year.value, month: date.month.value } : { year: date.year.value };
}

const IN_BEFORE = /(?<![\p{L}])in\s$/iu;
/** What parts a dateline from its story, or one clause from another that may be of another year. */
const CLAUSE_BREAK = /[—–;:\n]/;

/**
 * `mentions` (of one sentence, in order) with each date that states no year given the last year
 * stated before it in the same clause (see `sentenceYear`): not a dateline's ("VALMORA, 25 March
 * 2025 — … in March last year").
 */
function withSentenceYears(text: string, mentions: Mention[]): Mention[] {
  let year: { value: number; end: number } | undefined;
  mentions.forEach((m, i) => {
    // A year alone only as the time of what follows ("in 2026, when …"), not a name ("2030 WQ17").
    const stated = m.kind === 'year' ? (m.number?.values.length === 1 && IN_BEFORE.test(text.slice(Math.max(0, m.start - 3), m.start)) ? m.number.values[0] : undefined) : m.date?.year?.value;
    if (stated !== undefined) year = { value: stated, end: m.end };
    else if (year && m.date?.month && !m.date.yearUnreadable && !CLAUSE_BREAK.test(text.slice(year.end, m.start))) m.date.sentenceYear = year.value;
    else if (m.date?.month && !m.date.year && !m.date.yearUnreadable) {
      // The year a list of dates ends with is each one's: "Saturday, April 18, and Sunday, April 19, 2026".
      const next = mentions[i + 1]?.date;
      if (next?.year && next.month && next.month.value >= m.date.month.value && DATE_LIST_LINK.test(text.slice(m.end, mentions[i + 1].start))) m.date.sentenceYear = next.year.value;
    }
  });
  return mentions;
}

/** Between a part and its whole: " of ", " out of the ". */
const PART_OF = /^[ \u00a0]+(?:out[ \u00a0]+)?of[ \u00a0]+(?:the[ \u00a0]+|its[ \u00a0]+|their[ \u00a0]+)?$/u;

/** Between two dates of a list or a range: ", and", "–", " to ". */
const DATE_LIST_LINK = /^,?[ \u00a0]*(?:(?:and|or|to|through|until)[ \u00a0]+|[–-][ \u00a0]*)$/u;

/** A sentence's mentions from its dates and numbers: dates win over the numbers inside them ("19 September 2023" is one date, not 19 and 2023). */
export function withDates(dates: Mention[], numbers: Mention[]): Mention[] {
  // In order of start, a date before a number at the same start: as a stable sort of the dates then
  // the numbers would put them, merged instead, since a sort with a comparator copies what it sorts
  // and both lists are nearly always in order already.
  inOrder(numbers);
  if (!dates.length) return numbers;
  inOrder(dates);
  const out: Mention[] = [];
  let d = 0;
  for (const n of numbers) {
    while (d < dates.length && dates[d].start <= n.start) out.push(dates[d++]);
    if (!dates.some((date) => n.start < date.end && date.start < n.end)) out.push(n);
  }
  while (d < dates.length) out.push(dates[d++]);
  return out;
}

/** Sorts mentions by start (stably), unless they are in that order already. */
function inOrder(mentions: Mention[]): void {
  for (let i = 1; i < mentions.length; i++) {
    if (mentions[i].start < mentions[i - 1].start) {
      mentions.sort((a, b) => a.start - b.start);
      return;
    }
  }
}
