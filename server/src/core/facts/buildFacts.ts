import path = require('path');
import { addDuration, addMonths, CalendarDate, comingYear, isValidDate, nearestYear, pastYear, resolveWeekday, toDayNumber, weekdayOf } from '../calendar';
import type { Failure } from '../failure';
import { minutesBetween, openingTime } from '../extract/clockTime';
import { inOwnWindows } from '../extract/findDates';
import { changesIn } from '../extract/findRatios';
import { Frame, frameOf, frameText } from '../extract/frame';
import { type DurationValue, isCheckable, type Mention, type Span } from '../extract/mention';
import { DocumentReading, isClockRange, LocatedMention, readingDocument, readingSentences } from '../extract/readDocument';
import { passagesFrom, readingSource, SourceReading } from '../match/sourceReading';
import { endsStep, runSteps } from '../steps';
import type { DocumentFormat } from '../text/prose';
import { wordsBefore, type Word } from '../text/words';
import { articleDate } from './articleDate';
import { ArticlePlace } from './articlePlace';
import { DateParts, Fact, FactValue, fullDate } from './fact';
import { differenceOf } from './differenceOf';
import { assigningIds, IdParts } from './factId';
import { paragraphLines, paragraphTexts } from './paragraphs';
import { pointsBetween } from './percentagePoints';
import { CLAUSE_END, type Tense, tenseAround } from '../extract/tense';

export interface Source {
  /** As the fact's `source.file` should name it. */
  file: string;
  text: string;
  /** What its facts' ids begin with: unique among the articles loaded with it (see `articlePrefixes`). */
  prefix: string;
}

/** A source's facts, with the text of its paragraphs (by paragraph number - 1) for matching context. */
export interface SourceFacts {
  file: string;
  title: string;
  date?: CalendarDate;
  facts: Fact[];
  paragraphs?: string[];
  /**
   * The line (from 0) each paragraph starts on, by paragraph number - 1: where a name or role read
   * in a paragraph without a figure is cited (see `citingFact`).
   */
  paragraphLines?: number[];
  /** What the fact index read of these very facts, when kept from an earlier session (see `SourceReading`). */
  reading?: SourceReading;
  /** The sentences whose reading threw, whose facts are left out (see `Failure`); none when all were read. */
  failures?: Failure[];
  /**
   * Listed in one of the writer's fact files (not the built-in base): facts the writer chose, compared
   * with every passage of a draft whatever its words say it restates (see `RelevantSources`).
   */
  curated?: true;
}

export function formatOf(file: string): DocumentFormat {
  return /\.txt$/i.test(file) ? 'plaintext' : 'markdown';
}

/** Every figure and date a source states, and the dates it implies ("just a day later"). */
export function buildFacts(source: Source): SourceFacts {
  return runSteps(buildingFacts(source));
}

/** `buildFacts` a step at a time (see `buildingFactsAndReading`). */
export function* buildingFacts(source: Source): Generator<void, SourceFacts> {
  return (yield* inOwnWindows(extractingFacts(source))).facts;
}

/**
 * `buildFacts` with what the fact index reads of the source (`readSource`): its paragraphs'
 * sentences and figures are taken from the reading its facts were extracted from, the one made
 * without a reference date when there is one (the front matter gives none), rather than found again
 * (see `passagesFrom`).
 */
export function buildFactsAndReading(source: Source): SourceFacts & { reading: SourceReading } {
  return runSteps(buildingFactsAndReading(source));
}

/** `buildFactsAndReading` a step at a time (see `runSteps`): a source of megabytes took seconds, while a server answered nothing. */
export function buildingFactsAndReading(source: Source): Generator<void, SourceFacts & { reading: SourceReading }> {
  return inOwnWindows(extractingWithReading(source));
}

function* extractingWithReading(source: Source): Generator<void, SourceFacts & { reading: SourceReading }> {
  const { facts, undated, reading } = yield* extractingFacts(source);
  return Object.assign(facts, { reading: yield* readingSource(facts, passagesFrom(undated ?? reading)) });
}

function* extractingFacts(source: Source): Generator<void, { facts: SourceFacts; undated?: DocumentReading; reading: DocumentReading }> {
  const format = formatOf(source.file);
  let reading = yield* readingDocument(source.text, format);
  const undated = reading.date ? undefined : reading;
  const date = articleDate(reading);
  // Relative expressions ("by the end of the month") need the article's date: read again with it.
  if (date && !reading.date) reading = yield* readingSentences(reading.prose, date);
  const title = titleOf(reading, source.file);
  const drafts = yield* draftingFacts(reading, date);
  const ids = yield* assigningIds(source.prefix, drafts.map((d): IdParts => ({ subject: d.subject, kind: d.kind, text: d.mention.text, value: d.value, derived: d.derived })));
  const paragraphs = paragraphNumbers(reading);
  // By sentence number: the facts of a sentence share one string of it, not a slice each.
  const quotes = new Map<number, string>();
  const facts: Fact[] = [];
  for (let i = 0; i < drafts.length; i++) {
    const d = drafts[i];
    const sentence = reading.sentences[d.mention.sentence];
    let quote = quotes.get(d.mention.sentence);
    if (quote === undefined) quotes.set(d.mention.sentence, (quote = source.text.slice(sentence.start, sentence.end)));
    const fact: Fact = {
      id: ids[i],
      kind: d.kind,
      text: source.text.slice(d.mention.start, d.mention.end),
      value: d.value,
      subject: d.subject,
      quote,
      quoteOffset: d.mention.start - sentence.start,
      source: new ArticlePlace(source.file, title, paragraphs[sentence.block], reading.prose.lines.rangeOf(d.mention.start, d.mention.end)),
    };
    if (d.derived) fact.derived = d.derived;
    facts.push(fact);
    if (endsStep(i)) yield;
  }
  const built: SourceFacts = { file: source.file, title, date, facts, paragraphs: paragraphTexts(reading.prose), paragraphLines: paragraphLines(reading.prose) };
  if (reading.failures?.length) built.failures = reading.failures;
  return { facts: built, undated, reading };
}

interface DraftFact {
  mention: Pick<LocatedMention, 'start' | 'end' | 'sentence' | 'text'>;
  kind: Fact['kind'];
  value: FactValue;
  subject: string;
  derived?: string;
}

/**
 * The year (and how it is written) the last of a sentence's `mentions` before the one counted from
 * dates, when it is the time of what the sentence tells ("peaked … in October 2022"), after `since`
 * and before the article's `year`: the time a "since" tells of. Not a time compared with ("Compared
 * with February 2024, sales were 2.3 per cent higher, the strongest growth since August 2022").
 */
function datedBefore(text: string, mentions: readonly LocatedMention[], since: number, year: number): { year: number; text: string } | undefined {
  for (let k = mentions.length - 2; k >= 0; k--) {
    const m = mentions[k];
    const dated = m.kind === 'year' && m.number?.values.length === 1 ? m.number.values[0] : m.kind === 'date' ? m.date?.year?.value : undefined;
    if (dated === undefined) continue;
    return dated > since && dated < year && TIME_OF_BEFORE.test(text.slice(Math.max(0, m.start - 4), m.start)) ? { year: dated, text: m.text } : undefined;
  }
  return undefined;
}

/** Before the time of what a sentence tells: "in October 2022", "on 3 May 2021". */
const TIME_OF_BEFORE = /(?:^|[^\p{L}])(?:in|on)[ \u00a0]$/iu;

/**
 * What a year a time so long is counted from stands after: "since", or the founding of what still
 * is ("founded in 1938", "opened in 1908", "was introduced in 2016").
 */
const SINCE = /(?:since|(?:founded|opened|established|introduced|launched|created|formed|set[ \u00a0]up)[ \u00a0]+in)[ \u00a0]+$/i;

/**
 * Before a time that lasts to now: a present perfect and "for", in one clause ("who has lived on
 * Cliff Terrace for", "have run the mill for"); not "worked there for", which may have ended.
 */
const PERFECT_FOR = /(?<![\p{L}])(?:has|have)(?:[ \u00a0]+[\p{L}'’-]+){1,6}[ \u00a0]+for[ \u00a0]+$/iu;

/** Whether duration `m` (in a sentence starting at `sentenceStart`) lasts to now, as a present perfect tells it. */
function lastsToNow(text: string, m: Mention, sentenceStart: number): boolean {
  return PERFECT_FOR.test(text.slice(Math.max(sentenceStart, m.start - 80), m.start));
}

function* draftingFacts(reading: DocumentReading, date: CalendarDate | undefined): Generator<void, DraftFact[]> {
  const out: DraftFact[] = [];
  const frames: Array<{ mention: Mention; frame: Frame }> = [];
  // Every full date so far: "five weeks after the outbreak was declared" counts from the one the outbreak's declaration has.
  const dates: PreviousDate[] = [];
  // The last month given without its day ("in July"): what "a year earlier" beside it counts from.
  let month: { year: number; month: number; text: string; sentence: number; end: number } | undefined;
  // The last year given alone ("in 2024"): what "a year earlier" after it in its sentence counts from.
  let year: { year: number; text: string; sentence: number; end: number } | undefined;
  let sentenceIndex = -1;
  // The last share of the sentence so far: a share compared with it implies their difference in points.
  let share: LocatedMention | undefined;
  const text = reading.prose.prose;
  // What "a day earlier" counts from when its paragraph has no date before it: the article's own.
  const articleDay: PreviousDate | undefined = date && { parts: date, text: "the article's date", end: -1, sentence: -1, block: -1, near: new Set() };
  // The mentions of the sentence so far, and their subjects: the changes it tells imply differences.
  let sentenceMentions: LocatedMention[] = [];
  let subjects: string[] = [];
  for (let k = 0; k < reading.mentions.length; k++) {
    if (endsStep(k)) yield;
    const m = reading.mentions[k];
    if (m.sentence !== sentenceIndex) {
      out.push(...differencesOfChanges(text, sentenceMentions, subjects, reading));
      sentenceMentions = [];
      subjects = [];
      frames.length = 0;
      sentenceIndex = m.sentence;
      share = undefined;
    }
    const sentence = reading.sentences[m.sentence];
    const frame = frameOf(text, m, sentence.words, frames);
    frames.push({ mention: m, frame });
    const subject = frameText(frame) || m.kind;
    sentenceMentions.push(m);
    subjects.push(subject);
    const value = factValueOf(m);
    if (value.date && date) value.date.implied = impliedParts(value.date, date, tenseAround(text, sentence, m));
    if (isCheckable(m)) out.push({ mention: m, kind: m.kind, value, subject });
    // "began at 10.30am on 12 March": the time of day a date opens with is a fact of its own, which a
    // draft telling the two apart restates ("At 10.30am on that Wednesday").
    const opening = m.kind === 'date' ? openingTime(m.text) : undefined;
    if (opening) {
      const number = { values: opening.minutes, precision: 1 };
      out.push({ mention: { start: m.start, end: m.start + opening.written.length, sentence: m.sentence, text: opening.written }, kind: 'time', value: { number }, subject });
    }
    // "began at 6:30 p.m. and ended at 11:40 p.m.": a meeting of five hours and ten minutes.
    const start = reading.mentions[k - 1];
    if (start?.sentence === m.sentence && isClockRange(text, start, m)) out.push({ mention: m, kind: 'duration', value: { duration: clockLength(start.number!.values[0], m.number!.values[0]) }, subject, derived: `from ${start.text} to ${m.text}` });
    if (m.kind === 'percent') {
      const points = share && pointsBetween(text, share, m);
      if (points) out.push({ mention: m, kind: 'percent', value: points.value, subject, derived: points.how });
      share = m;
    }

    if (m.kind === 'date' && value.date) {
      const full = fullDate(value.date);
      if (full.year && full.month && full.day) {
        dates.push({ parts: { year: full.year, month: full.month, day: full.day }, text: m.text, end: m.end, sentence: m.sentence, block: sentence.block, near: wordsNear(sentence.words, m) });
      } else if (full.year && full.month) month = { year: full.year, month: full.month, text: m.text, sentence: m.sentence, end: m.end };
    }
    if (m.kind === 'year' && m.number?.values.length === 1) {
      year = { year: m.number.values[0], text: m.text, sentence: m.sentence, end: m.end };
      const before = yearBeforeAfter(text, m, reading.mentions, k, sentence.end);
      if (before) out.push({ mention: before, kind: 'year', value: { number: { values: [year.year - 1], precision: 1 } }, subject, derived: `1 year before ${m.text}` });
    }
    // The month must be the last date before the duration: "began in October 2022 and opens on 15 March 2027, 18 months later".
    const lastDate = dates[dates.length - 1];
    const monthBefore = m.duration && month?.sentence === m.sentence && !(lastDate && lastDate.end > month.end) ? earlierOrLater(text, m, month) : undefined;
    // Likewise a year alone: "in 2024, 7 per cent more than a year earlier" compares with 2023, not
    // with the year before the article's.
    const yearBefore = m.duration && !monthBefore && year?.sentence === m.sentence && !(lastDate?.sentence === m.sentence && lastDate.end > year.end) && !(month?.sentence === m.sentence && month.end > year.end) ? earlierOrLater(text, m, year) : undefined;
    if (monthBefore) {
      out.push({ mention: m, kind: 'date', value: monthBefore.value, subject, derived: monthBefore.how });
      // "a year earlier" is a year too, as "a year ago" is.
      if (m.duration!.unit === 'year') out.push({ mention: m, kind: 'year', value: { number: { values: [monthBefore.value.date!.year!], precision: 1 } }, subject, derived: monthBefore.how });
    } else if (yearBefore) {
      out.push({ mention: m, kind: 'year', value: yearBefore.value, subject, derived: yearBefore.how });
    } else if (m.duration && !datedBeside(text, m, reading.mentions[k + 1])) {
      const apposition = isAppositionToDate(text, m, lastDate) && !inAnotherYear(text, m);
      const base = apposition ? lastDate : countedFrom(text, m, sentence, dates, articleDay);
      const derived = deriveFromDuration(m.duration, base, date, apposition, !m.qualifier && lastsToNow(text, m, sentence.start));
      if (derived) out.push({ mention: m, kind: derived.kind, value: derived.value, subject, derived: derived.how });
    }
    // "since 2011", "since May 14, 2011", "founded in 1938": as many years as the calendar years
    // between, for a time so long ("has traded for 87 years") and one ago ("introduced nine years ago"),
    // up to the year of what the sentence dates before it ("peaked in October 2022, the highest since
    // 1996" is 26 years), or the article's.
    const sinceYear = m.kind === 'year' ? m.number!.values[0] : m.kind === 'date' ? m.date?.year?.value : undefined;
    if (sinceYear !== undefined && date && SINCE.test(text.slice(Math.max(0, m.start - 32), m.start))) {
      const until = datedBefore(text, sentenceMentions, sinceYear, date.year);
      const years = (until?.year ?? date.year) - sinceYear;
      const how = until ? `${years} years, from ${m.text} to ${until.text}` : `${years} years, since ${m.text}`;
      if (years > 0) out.push({ mention: m, kind: 'duration', value: { duration: { amount: years, unit: 'year' } }, subject, derived: how }, { mention: m, kind: 'duration', value: { duration: { amount: years, unit: 'year', relation: 'ago' } }, subject, derived: how });
    }
  }
  out.push(...differencesOfChanges(text, sentenceMentions, subjects, reading));
  return out;
}

/**
 * The differences the changes of one sentence (`mentions`, each with its subject) between two sums,
 * counts or lengths imply: "$4.87 billion, up from $4.33 billion" is $540 million more. Only a draft's
 * difference ("$540 million more") is held to it (see `compareValues`): as a plain amount, it drew
 * counts of other things ("37 people" for the 27 between 214 and 241).
 */
function differencesOfChanges(text: string, mentions: readonly LocatedMention[], subjects: readonly string[], reading: DocumentReading): DraftFact[] {
  if (mentions.length < 2) return [];
  const out: DraftFact[] = [];
  for (const { base, other } of changesIn(text, mentions, reading.sentences[mentions[0].sentence].start)) {
    const [from, to] = [mentions[base], mentions[other]];
    if (from.qualifier || to.qualifier) continue;
    const derived = `${to.text} against ${from.text}`;
    // "18,640 hours, up from 14,920 hours": 3,720 hours more, in the unit of both.
    const [a, b] = [to.duration, from.duration];
    if (a && b && a.unit === b.unit && !a.relation && !b.relation) out.push({ mention: to, kind: 'duration', value: { duration: { amount: Math.abs(a.amount - b.amount), unit: a.unit, difference: true } }, subject: subjects[other], derived });
    if ((to.kind !== 'count' && to.kind !== 'money') || !from.number || !to.number) continue;
    out.push({ mention: to, kind: to.kind, value: { number: differenceOf(to.number, from.number) }, subject: subjects[other], derived });
  }
  return out;
}

/** A mention's value as a fact keeps it. */
export function factValueOf(m: Mention): FactValue {
  const value: FactValue = {};
  if (m.number) {
    const number: NonNullable<FactValue['number']> = { values: m.number.values, precision: m.number.precision };
    if (m.number.currency) number.currency = m.number.currency;
    if (m.number.unit) number.unit = m.number.unit;
    if (m.number.vague) number.vague = m.number.vague;
    if (m.number.difference) number.difference = true;
    if (m.number.range) number.range = m.number.range;
    value.number = number;
  }
  if (m.qualifier) value.qualifier = m.qualifier.kind;
  if (m.date) {
    const parts: NonNullable<FactValue['date']> = {};
    if (m.date.year) parts.year = m.date.year.value;
    if (m.date.month) parts.month = m.date.month.value;
    if (m.date.day) parts.day = m.date.day.value;
    if (m.date.weekday) parts.weekday = m.date.weekday.value;
    if (m.date.through !== undefined) parts.through = m.date.through;
    if (m.date.implied) parts.implied = { ...m.date.implied };
    // "by the end of last year" states its year to a reader of the article, which `asYear` reads.
    if (m.date.yearInWords && parts.implied?.year !== undefined) {
      parts.year = parts.implied.year;
      delete parts.implied.year;
    }
    value.date = parts;
  }
  if (m.duration) {
    value.duration = { amount: m.duration.amount, unit: m.duration.unit };
    if (m.duration.relation) value.duration.relation = m.duration.relation;
    if (m.duration.difference) value.duration.difference = true;
  }
  return value;
}

/**
 * Fills in what the article's date implies: the year of "19 September", the date of "on Monday".
 * An undated day told in the past tense ("the trial opened on 3 March", in an article of November)
 * is the last one before the article; otherwise the nearest. A weekday is the last one unless told
 * in the future or present ("talks will resume on Monday", "the final is on Sunday").
 */
export function impliedParts(d: DateParts & { implied?: DateParts }, reference: CalendarDate, tense: Tense | undefined): DateParts {
  const implied: DateParts = { ...d.implied };
  if (d.weekday !== undefined && d.month === undefined && d.day === undefined && !implied.day) {
    const resolved = resolveWeekday(d.weekday, reference, tense === 'future' || tense === 'present');
    Object.assign(implied, resolved);
  }
  const month = d.month ?? implied.month;
  const day = d.day ?? implied.day;
  if (d.year === undefined && implied.year === undefined && month !== undefined) {
    // A month alone told in the past ("fell in March", in an article of 12 March) has begun by then;
    // a day told in the future ("will have until 29 September", in an article of March) is to come,
    // though the September before is nearer, and a month alone so told may be the article's own
    // ("will open in March", read to its last days).
    implied.year = tense === 'past' ? pastYear(month, day ?? 1, reference) : tense === 'future' || (tense === 'present' && day !== undefined) ? comingYear(month, day ?? 28, reference) : nearestYear(month, day ?? 15, reference);
  }
  // "on Saturday, 5 April": a stated weekday tells the year the tense may have got wrong ("followed
  // by strikes on Saturday, 5 April" read as past gave the 5 April before the article, a Friday).
  if (d.year === undefined && d.weekday !== undefined && implied.year !== undefined && month !== undefined && day !== undefined) {
    implied.year = yearOfWeekday(d.weekday, month, day, implied.year, reference) ?? implied.year;
  }
  const year = d.year ?? implied.year;
  if (d.weekday === undefined && year !== undefined && month !== undefined && day !== undefined) {
    const full = { year, month, day };
    if (isValidDate(full)) implied.weekday = weekdayOf(full);
  }
  return implied;
}

/** Of `guess` and the years either side, the one nearest the reference in which `month`/`day` falls on `weekday`. */
function yearOfWeekday(weekday: number, month: number, day: number, guess: number, reference: CalendarDate): number | undefined {
  const on = (year: number) => isValidDate({ year, month, day }) && weekdayOf({ year, month, day }) === weekday;
  if (on(guess)) return guess;
  const distance = (year: number) => Math.abs(toDayNumber({ year, month, day }) - toDayNumber(reference));
  const years = [guess - 1, guess + 1].filter(on).sort((a, b) => distance(a) - distance(b));
  return years[0];
}

interface PreviousDate {
  parts: CalendarDate;
  text: string;
  end: number;
  sentence: number;
  block: number;
  /** The content words standing near it in its sentence, by normal form: what "after the vote" is told by. */
  near: ReadonlySet<string>;
}

/** Words before and after a date that say what happened on it ("the outbreak was declared on 9 December"). */
const NEAR_BEFORE = 12;
const NEAR_AFTER = 4;

function wordsNear(words: readonly Word[], m: Span): Set<string> {
  const near = new Set<string>();
  const first = wordsBefore(words, m.start);
  let after = first;
  while (after < words.length && words[after].start < m.end) after++;
  for (let i = Math.max(0, first - NEAR_BEFORE); i < Math.min(words.length, after + NEAR_AFTER); i++) {
    if ((i < first || i >= after) && !words[i].stop) near.add(words[i].norm);
  }
  return near;
}

// "two weeks earlier than last winter's peak" names its event as "two weeks before" does.
/** Enough of the text after a duration for `AFTER_OR_BEFORE`. */
const RELATION_CHARACTERS = 16;
const AFTER_OR_BEFORE = /^\s+(?:after|before|(?:earlier|later)\s+than)\s/i;
/** How far from the article's date the days of its story lie, for "A day earlier" opening a sentence. */
const STORY_DAYS = 31;
/** The words of "after the second phase begins" read to find its date. */
const EVENT_WORDS = 8;

/**
 * The date a duration with a relation counts from. "Later" and "earlier" name none: the last date
 * before in its paragraph, else the article's for "earlier" ("published a day earlier", of a
 * report), or the last of the story's days when it opens its sentence. "After" or
 * "before" names an event ("two days after the second phase begins"): the date whose neighbouring
 * words tell that event (the "second phase" that "would begin on Monday, 17 March"), the latest of
 * those telling it best; none when no date does, since the last date before may be of anything
 * ("arrived on Friday").
 */
function countedFrom(text: string, m: LocatedMention, sentence: { block: number; words: readonly Word[] }, dates: readonly PreviousDate[], article: PreviousDate | undefined): PreviousDate | undefined {
  // "a day after the board was notified": the mention may end in its "after" ("the day after"), or it follows.
  const relation = RELATION_ENDS.test(m.text) ? '' : AFTER_OR_BEFORE.exec(text.slice(m.end, m.end + RELATION_CHARACTERS))?.[0];
  if (relation === undefined) {
    const last = dates[dates.length - 1];
    if (last?.block === sentence.block) return last;
    if (!article) return undefined;
    // "jumped to 64 percent a day later": later than an event the story told, never than the day it
    // is told on, which the story's events come before.
    const orArticle = m.duration?.relation === 'later' ? undefined : article;
    // "A day earlier, Pell lowered his record": a sentence that opens with it goes on with the story,
    // from the last date of the story's days that an earlier paragraph told, not from one of its
    // background ("banned from 1 January 2010", told after the race's Thursday).
    const opensSentence = !sentence.words.length || sentence.words[0].start >= m.start;
    if (!opensSentence) return orArticle;
    const today = toDayNumber(article.parts);
    for (let i = dates.length - 1; i >= 0; i--) if (Math.abs(toDayNumber(dates[i].parts) - today) <= STORY_DAYS) return dates[i];
    return orArticle;
  }
  const { words } = sentence;
  const event: string[] = [];
  let i = 0;
  while (i < words.length && words[i].start < m.end + relation.length) i++;
  for (let end = m.end + relation.length; i < words.length && event.length < EVENT_WORDS; i++) {
    if (CLAUSE_END.test(text.slice(end, words[i].start))) break;
    if (!words[i].stop) event.push(words[i].norm);
    end = words[i].end;
  }
  if (!event.length) return undefined;
  const needed = Math.min(2, event.length);
  let best: PreviousDate | undefined;
  let bestShared = 0;
  for (const d of dates) {
    let shared = 0;
    for (const norm of event) if (d.near.has(norm)) shared++;
    if (shared >= needed && shared >= bestShared) {
      best = d;
      bestShared = shared;
    }
  }
  return best;
}

/**
 * "163 litres a day in July, up from 141 litres a year earlier": a whole number of years or months
 * told from a month of the same sentence, with no event named after it ("a year after the vote"),
 * dates that month in another year; told in years from a year alone ("in 2024, 7 per cent more than
 * a year earlier"), it gives that other year. Counted from the article's day instead, it gave only
 * the year before the article's.
 */
function earlierOrLater(text: string, m: LocatedMention, from: { year: number; month?: number; text: string }): { value: FactValue; how: string } | undefined {
  const d = m.duration!;
  if ((d.relation !== 'earlier' && d.relation !== 'later') || (d.unit !== 'year' && (d.unit !== 'month' || from.month === undefined)) || AFTER_OR_BEFORE.test(text.slice(m.end, m.end + RELATION_CHARACTERS))) return undefined;
  const sign = d.relation === 'later' ? 1 : -1;
  const how = `${durationWords(d)} ${sign > 0 ? 'after' : 'before'} ${from.text}`;
  if (from.month === undefined) return { value: { number: { values: [from.year + sign * d.amount], precision: 1 } }, how };
  const { year, month } = addMonths({ year: from.year, month: from.month, day: 1 }, (d.unit === 'year' ? 12 : 1) * d.amount * sign);
  return { value: { date: { year, month } }, how };
}

/**
 * Where "the previous year" or "the year before" stands after `m`, a year given alone (`mentions[k]`),
 * before its sentence (ending at `end`) gives another year or date: "visitors in 2024, 9.4% more than
 * the 1,684,300 who came the year before" compares with 2023. No figure of its own, so a draft's
 * "2023" is held to it as to a year written out.
 */
function yearBeforeAfter(text: string, m: LocatedMention, mentions: readonly LocatedMention[], k: number, end: number): DraftFact['mention'] | undefined {
  for (let j = k + 1; j < mentions.length && mentions[j].sentence === m.sentence; j++) {
    if (mentions[j].kind === 'year' || mentions[j].kind === 'date') {
      end = mentions[j].start;
      break;
    }
  }
  // Looked for in the sentence's rest alone, with the characters either side its lookarounds read:
  // in the whole text, a search for a phrase no sentence after holds went on to the source's end.
  const from = Math.max(0, m.end - 1);
  YEAR_BEFORE.lastIndex = m.end - from;
  const found = YEAR_BEFORE.exec(text.slice(from, end + YEAR_BEFORE_LOOKS_AHEAD));
  if (!found) return undefined;
  const start = from + found.index;
  if (start + found[0].length > end) return undefined;
  return { start, end: start + found[0].length, sentence: m.sentence, text: found[0] };
}

/** How far past its end `YEAR_BEFORE` reads: " the" of "the year before the last", a letter. */
const YEAR_BEFORE_LOOKS_AHEAD = 24;

const YEAR_BEFORE = /(?<![\p{L}])(?:the[ \u00a0]+(?:previous|prior|preceding)[ \u00a0]+year|the[ \u00a0]+year[ \u00a0]+(?:before|earlier)(?![ \u00a0]+(?:last|that|the|it|its|a|an)\b))(?![\p{L}])/giu;

/** A duration as a derived fact's note tells it: "2 weeks", "1 year". */
function durationWords(d: DurationValue): string {
  return `${d.amount} ${d.unit}${d.amount === 1 ? '' : 's'}`;
}

/** "Two days later, on Thursday, …": the date is written beside the duration, and nothing is left to derive. */
function datedBeside(text: string, m: LocatedMention, next: LocatedMention | undefined): boolean {
  return next?.kind === 'date' && next.sentence === m.sentence && /^\s*(?:later|earlier)?\s*,?\s*(?:on|in)?\s*$/i.test(text.slice(m.end, next.start));
}

/**
 * "on 8 May, two days after it publishes its update", "on Monday, a day after the race": the
 * duration stands beside the date and dates what follows "after", so it counts back from that
 * date rather than forward. "The day after" is one mention with its "after".
 */
function isAppositionToDate(text: string, m: LocatedMention, previous: PreviousDate | undefined): boolean {
  return previous?.sentence === m.sentence && APPOSITION_GAP.test(text.slice(previous.end, m.start)) && (RELATION_ENDS.test(m.text) || AFTER_OR_BEFORE.test(text.slice(m.end, m.end + RELATION_CHARACTERS)));
}

const APPOSITION_GAP = /^\s*,\s*(?:an?\s+|just\s+|only\s+)?$/i;
const RELATION_ENDS = /\s(?:after|before)$/i;

/**
 * "two weeks earlier than last winter's peak", "a week earlier than in 2023", "six days earlier than
 * this season's": an event of another year, a comparison of seasons rather than a date.
 */
const OTHER_YEAR = /^[^,;:.!?]{0,40}\b(?:last|previous|a year|years?|seasons?|(?:1[89]|20)\d\d)\b/i;

function inAnotherYear(text: string, m: LocatedMention): boolean {
  return OTHER_YEAR.test(text.slice(m.end, m.end + 48));
}

/** The time from one time of day to the next at another, past midnight once: in hours where they are whole, else in minutes. */
function clockLength(from: number, to: number): { amount: number; unit: 'hour' | 'minute' } {
  const minutes = minutesBetween(from, to);
  return minutes % 60 === 0 ? { amount: minutes / 60, unit: 'hour' } : { amount: minutes, unit: 'minute' };
}

/**
 * "Just a day later" after "19 September" is 20 September; "four years ago" is the article's year
 * minus four, and so is the year a time in years `toNow` began ("has lived there for 52 years").
 */
function deriveFromDuration(
  d: DurationValue,
  previous: PreviousDate | undefined,
  reference: CalendarDate | undefined,
  apposition: boolean,
  toNow = false,
): { kind: Fact['kind']; value: FactValue; how: string } | undefined {
  const sign = (d.relation === 'later' ? 1 : -1) * (apposition ? -1 : 1);
  const fromNow = d.relation === 'ago' || (toNow && !d.relation && (d.unit === 'year' || d.unit === 'decade') && !d.compound && !d.difference);
  const base = fromNow ? reference : d.relation ? previous?.parts : undefined;
  if (!base) return undefined;
  const what = durationWords(d);
  const how = fromNow ? `${what} before the article's date` : `${what} ${sign > 0 ? 'after' : 'before'} ${previous!.text}`;
  if (d.unit === 'year' || d.unit === 'decade') {
    const years = d.amount * (d.unit === 'decade' ? 10 : 1) * sign;
    return { kind: 'year', value: { number: { values: [base.year + years], precision: 1 } }, how };
  }
  const day = addDuration(base, d.amount * sign, d.unit);
  if (!day) return undefined;
  return { kind: 'date', value: { date: { implied: { ...day, weekday: weekdayOf(day) } } }, how };
}

function titleOf(reading: DocumentReading, file: string): string {
  const fromFrontMatter = reading.prose.frontMatter?.data.title;
  if (typeof fromFrontMatter === 'string' && fromFrontMatter.trim()) return fromFrontMatter.trim();
  const heading = reading.prose.blocks.find((b) => b.kind === 'heading');
  if (heading) return reading.prose.text.slice(heading.start, heading.end).replace(/^#+\s*|\s*#+\s*$/g, '').trim();
  return path.basename(file);
}

/** 1-based numbers of paragraph blocks; headings and table rows count as 0. */
function paragraphNumbers(reading: DocumentReading): number[] {
  let n = 0;
  return reading.prose.blocks.map((b) => (b.kind === 'paragraph' ? ++n : 0));
}
