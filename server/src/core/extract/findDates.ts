import * as chrono from 'chrono-node';
import { type CalendarDate, MONTHS, WEEKDAYS } from '../calendar';
import { unsliced } from '../text/unsliced';
import { isAsciiDigit, isAsciiLetter } from '../text/words';
import type { DatePart, DateValue, Mention } from './mention';

export const MONTH_NAMES = 'January|February|March|April|May|June|July|August|September|October|November|December';
const MONTH_ABBR = 'Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec';
export const WEEKDAY_NAMES = 'Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday';
const WEEKDAY_ABBR = 'Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun';

/**
 * Words that start a date: chrono is run only on short windows around them (whole texts are slow).
 * They must not follow a letter either (see `matchesAfterNoLetter`).
 */
const ANCHOR = new RegExp(
  `${byFirstLetter([
    ...MONTH_NAMES.split('|'),
    ...WEEKDAY_NAMES.split('|'),
    ...MONTH_ABBR.split('|').map((abbr) => `${abbr}\\.?`),
    ...WEEKDAY_ABBR.split('|').map((abbr) => `${abbr}\\.`),
    ...'yesterday|today|tomorrow|tonight'.split('|'),
    ...'end|beginning|start|middle'.split('|').map((part) => `${part} of (?:the|this|next|last) (?:month|year|week)`),
  ])}(?![\\p{L}])`,
  'gu',
);

/**
 * Alternatives (patterns that each start with a letter) as one alternation grouped by that letter, in
 * their order within each group: it matches what their plain alternation matches (no two of another
 * first letter can match at one place), and the search tries one group at each place, not forty words.
 */
function byFirstLetter(alternatives: readonly string[]): string {
  const groups = new Map<string, string[]>();
  for (const a of alternatives) {
    const rest = groups.get(a[0]);
    if (rest) rest.push(a.slice(1));
    else groups.set(a[0], [a.slice(1)]);
  }
  return `(?:${[...groups].map(([first, rest]) => `${first}(?:${rest.join('|')})`).join('|')})`;
}

const NUMERIC_DATE = /(?<![\d.\/-])(?:(\d{4})-(\d{1,2})-(\d{1,2})|(\d{1,2})([\/.])(\d{1,2})\5(\d{4}|\d{2}))(?![\d\/-]|\.\d)/dg;
/** What every numeric date holds (a digit before its first separator): a sentence without it is not searched. */
const DIGIT_SEPARATOR = /\d[-\/.]/;
// Not after a letter either (see `matchesAfterNoLetter`).
const RELATIVE_DAY = /(?:the\s+)?(?:(next|following)\s+day|day\s+(after|before)|(previous|preceding)\s+day)(?![\p{L}])/giu;
const HALF_AN_BEFORE = /(?<![\p{L}])half\s+an?\s+$/iu;
/** What every relative day holds, in the same case folding: a sentence without it is not searched. */
const DAY = /day/iu;
const LEADING_WORDS = /^(?:(?:on|in|at|by|since|from|until|till|of|the|this|last|next|early|late|mid)\s+|mid-)+/i;

const MONTH_PART = new RegExp(`(?<![\\p{L}])(?:${MONTH_NAMES}|(?:${MONTH_ABBR})\\.?)(?![\\p{L}])`, 'u');
const WEEKDAY_PART = new RegExp(`(?<![\\p{L}])(?:${WEEKDAY_NAMES}|(?:${WEEKDAY_ABBR})\\.?)(?![\\p{L}])`, 'u');

// Patterns are module constants: a regular expression literal in a function is a new object each
// time it is evaluated, and these are asked for every date read.
const TRAILING_SEPARATORS = /[\s,]+$/;
const CURRENCY_SIGN = /\p{Sc}/u;
const ANY_DIGIT = /\d/;
/** The words of a date that nothing written states, after which chrono may have read a time ("7.58 today"). */
const RELATIVE_DATE_WORDS = /(?<![\p{L}])(?:yesterday|today|tomorrow|tonight|(?:end|beginning|start|middle) of (?:the|this|next|last) (?:month|year|week))(?![\p{L}])/iu;
const YEAR_PART = /(?<!\d)\d{4}(?!\d)|['’]\d{2}(?!\d)/;
const DAY_PART = /(?<![\d'’])(\d{1,2})(st|nd|rd|th)?(?!\d)/g;
/**
 * What stands between a date and its weekday after it: "October 14, a Tuesday", "14 October
 * (Tuesday)", "1 January 2026 – a Wednesday –", "14 August, which fell on a Friday". After a dash
 * only with the article: "until 5 March – Tuesday saw…" begins another clause.
 */
const WEEKDAY_AFTER_GAP = /^(?:,?\s*(?:an?\s+)?|,?\s*(?:which\s+)?(?:was|is|fell\s+on|falls\s+on|falling\s+on)\s+an?\s+|\s*[–—-]\s*an?\s+|\s*\(\s*(?:an?\s+)?)$/;
const WEEKDAY_BEFORE_GAP = /^,?\s*(?:the\s+)?$/;
const CLOSING_BRACKET = /^\s*\)/;

/**
 * What Factline reads of a date chrono found: where it stands in the window, and the parts it
 * states for certain. Kept in the cache instead of chrono's results, which hold their reference,
 * both ends' components and tags (~24 MB of the cache after reading a thousand articles).
 */
interface ChronoDate {
  index: number;
  text: string;
  year: number | undefined;
  month: number | undefined;
  day: number | undefined;
  weekday: number | undefined;
  /** The last day of a range within one month ("Feb. 6-7", "6 to 7 February"). */
  through: number | undefined;
  /** A range of any span ("July 28 to Aug. 10"): its text runs past its first date's parts. */
  ranged: boolean;
  /** For a range from a time on a weekday to one on another, the hours between and the start's time of day (see `DateValue.spanned`). */
  hours?: { between: number; from: number; weekday: number };
  /** What `fromChrono` reads of it wherever it stands, made when first asked for (null: no mention). */
  reading: DateReading | null | undefined;
}

/**
 * A date chrono found, as a mention reads it wherever it stands: where the written date starts in
 * the text chrono matched, its length, and the parts it states in the order a mention sets them
 * (offsets from the written date's start), or none for a date nothing written states ("yesterday").
 * A draft repeats its dates, and each was read again with six patterns.
 */
interface DateReading {
  lead: number;
  length: number;
  parts: Array<{ name: 'weekday' | 'month' | 'year' | 'day'; found: DatePart | undefined }> | undefined;
  /** For a date nothing written states, where its word starts when chrono read a time before it ("7.58 today"). */
  said?: number;
  /**
   * For a range whose end is written as a date of its own ("July 28 to Aug. 10", "from 9pm on
   * Tuesday 11 March until 11am"), where what follows its first date starts: read there again,
   * the end is a mention of its own (see `rangeEndApart`).
   */
  endFrom?: number;
}

/**
 * chrono's dates by window: whether the window holds a word whose reading depends on the reference
 * (see `RELATIVE_WORDS`), and its dates for every reference or by reference. A draft repeats its
 * windows, and each was tested for those words and joined to its reference for a key again.
 */
interface WindowDates {
  relative: boolean;
  dates: ChronoDate[] | undefined;
  byReference: Map<number, ChronoDate[]> | undefined;
}

/** chrono's dates by window, and how many dates it holds (by window or by reference). */
interface WindowCache {
  byWindow: Map<string, WindowDates>;
  dates: number;
}

/** How many dates a `WindowCache` holds before it starts again: the windows of ~3.5 MB of news (the evaluation's 785 KB of drafts have 4,281). */
const MAX_WINDOW_DATES = 20_000;
/** Where the windows met are kept: the cache the drafts share, or a source's own (see `inOwnWindows`). */
let windows: WindowCache = { byWindow: new Map(), dates: 0 };

/**
 * Runs `steps` (see `runSteps`) with the windows they meet kept for them alone, and let go after:
 * for a source, whose readings (with its date, without, for the index) meet its windows again, but
 * no text read later does. Kept with the drafts', a thousand articles' windows were held for the
 * session (10 MB for the bench's 11,500; real articles have about twice as many), and a draft's
 * were crowded out. Each step is run with them, and the drafts' are back between steps: a server
 * checks drafts between the steps of a long source.
 */
export function* inOwnWindows<T>(steps: Generator<void, T>): Generator<void, T> {
  const own: WindowCache = { byWindow: new Map(), dates: 0 };
  for (;;) {
    const shared = windows;
    windows = own;
    let step: IteratorResult<void, T>;
    try {
      step = steps.next();
    } finally {
      windows = shared;
    }
    if (step.done) return step.value;
    yield;
  }
}

/**
 * The words of the expressions whose certain parts chrono counts from the reference ("next year",
 * "a day later", "in 27 years", "end of the month", "yesterday", "last week"). A window without
 * any reads the same whatever the reference: it is parsed once for all, where a dated source is
 * read with its date and again without (see `undatedMentions`), each sentence with a date twice.
 * (Over the 11,700 windows of the seed, the evaluation set, the fixtures and the bench's 1,000
 * articles, no window without these words read differently under four references.)
 */
const RELATIVE_WORDS =
  /\b(?:ago|later|earlier|after|before|within|next|last|this|past|coming|previous|following|today|tonight|tomorrow|yesterday|now|noon|midnight|morning|afternoon|evening|night|weekend|fortnight|secs?|seconds?|mins?|minutes?|hours?|hrs?|days?|weeks?|wks?|months?|mos?|quarters?|years?|yrs?|decades?|end|beginning|start|middle|mid)\b/i;

/** The window's entry in the cache, made (with whether it holds a relative word) when first met. */
function windowDatesOf(window: string): WindowDates {
  let known = windows.byWindow.get(window);
  if (!known) {
    if (windows.dates >= MAX_WINDOW_DATES) {
      windows.byWindow.clear();
      windows.dates = 0;
    }
    known = { relative: RELATIVE_WORDS.test(window), dates: undefined, byReference: undefined };
    // Copied out: as a slice of the draft, the window kept the draft's text of that version alive.
    windows.byWindow.set(unsliced(window), known);
  }
  return known;
}

function parseWindow(window: string, reference: Date, known = windowDatesOf(window)): ChronoDate[] {
  if (!known.relative) return (known.dates ??= parsed(window, reference));
  known.byReference ??= new Map();
  let dates = known.byReference.get(reference.getTime());
  if (!dates) known.byReference.set(reference.getTime(), (dates = parsed(window, reference)));
  return dates;
}

/** chrono's dates in `window`, as `ChronoDate`s, counted in the cache they go to. */
function parsed(window: string, reference: Date): ChronoDate[] {
  windows.dates++;
  // chrono reads "lasts" as "last s[econd]": "the mandate lasts until 9 September" was yesterday's
  // date, whose month then stood for September. And it reads "from 1 July" as one o'clock in July,
  // losing the day ("from 14 June to 2 July": 2pm in June), where "from 3 March" and "since 1 July"
  // are days. And it reads "the night of 9 March" as tonight, losing the date. The same letters
  // hidden keep every offset. And it reads "on Thursday 6 August, 4.6 degrees" as the fourth of
  // August, from the first digit of a figure after a comma, losing the date written; such a comma
  // stands as a semicolon, which ends a date for chrono.
  const hidden = window.replace(LASTS, 'xxxxx').replace(FROM_DAY, 'xxxx').replace(PART_OF_DAY_OF, hide).replace(COMMA_BEFORE_FIGURE, ';');
  return chrono.casual.parse(hidden, { instant: reference, timezone: 0 }).map(chronoDate);
}

/**
 * "the night of", "the morning of" before the day they are part of, "the following morning," before
 * its date, and "a cold night (on) Saturday, April 27", which chrono read as one time with the date lost.
 */
const PART_OF_DAY_OF = new RegExp(`\\b(?:morning|afternoon|evening|night)(?:\\s+of(?=\\s)|(?=,\\s+(?:\\d|${MONTH_NAMES}|${WEEKDAY_NAMES}|${MONTH_ABBR}))|(?=\\s+(?:on\\s+)?(?:${WEEKDAY_NAMES})\\b))`, 'gi');

function hide(words: string): string {
  return 'x'.repeat(words.length);
}

const LASTS = /\blasts\b/gi;
/** A comma after a word, before a figure with a decimal or thousands separator: "August, 4.6", "Monday, 4,600". */
const COMMA_BEFORE_FIGURE = /(?<=\p{L}),(?=\s*\d{1,3}[.,]\d)/gu;
/** "from" before a day of the month written ahead of its month: "from 1 July", "from 21st June". */
const FROM_DAY = /\bfrom(?=\s+\d{1,2}(?:st|nd|rd|th)?\s+\p{L})/giu;

/**
 * Windows that run every one of chrono's parsers over a text of each kind V8 keeps apart (one
 * byte per character, and two: a draft with a curly quote), for `prepareDateParsing`.
 */
const SAMPLE_WINDOWS = ['in the 3 days after 12 March 2024', 'in the 3 days after 12 March 2024\u2019'];

/**
 * Runs chrono once over each kind of text, so that its patterns are compiled: V8 compiles a
 * pattern when first run over a text of a kind. Their results are not kept; what `findDates`
 * reads afterwards is the same.
 */
export function prepareDateParsing(): void {
  for (const window of SAMPLE_WINDOWS) chrono.casual.parse(window, { instant: new Date(0), timezone: 0 });
}

/** "the week to 2 February", "the year to March": a period named by its end, which chrono reads as a range from today. */
const PERIOD_TO = /^(?:(?:in|over|during)\s+)?(?:the\s+)?(?:\w+\s+)?(?:week|fortnight|month|quarter|year|period|days?|weeks|months)\s+(?:to|until|ending)\s/i;

function chronoDate(r: chrono.ParsedResult): ChronoDate {
  // Read from its end when chrono gives the end a month: for "the year to March 2024" it gives the start.
  if (r.end?.isCertain('month') && PERIOD_TO.test(r.text)) {
    const end = (c: chrono.Component) => (r.end!.isCertain(c) ? r.end!.get(c) ?? undefined : undefined);
    return { index: r.index, text: unsliced(r.text), year: end('year'), month: end('month'), day: end('day'), weekday: end('weekday'), through: undefined, ranged: false, reading: undefined };
  }
  const known = (c: chrono.Component) => (r.start.isCertain(c) ? r.start.get(c) ?? undefined : undefined);
  const day = known('day');
  const last = r.end?.isCertain('day') ? r.end.get('day') ?? undefined : undefined;
  const through = day !== undefined && last !== undefined && last > day && r.end!.get('month') === r.start.get('month') ? last : undefined;
  // "from Friday 5 February to Sunday 21 February 2038": the year written once, at the end, is the start's too.
  const year = known('year') ?? (r.end?.isCertain('year') && r.end.get('month') === r.start.get('month') ? r.end.get('year') ?? undefined : undefined);
  return { index: r.index, text: unsliced(r.text), year, month: known('month'), day, weekday: known('weekday'), through, ranged: !!r.end, reading: undefined, hours: hoursBetween(r) };
}

/** "from 5 a.m. Monday until noon Wednesday": 55 hours, from 5 in the morning, to a Wednesday. Each end states its weekday and hour. */
function hoursBetween(r: chrono.ParsedResult): ChronoDate['hours'] {
  const { start, end } = r;
  if (!end || !(['weekday', 'hour'] as const).every((c) => start.isCertain(c) && end.isCertain(c))) return undefined;
  const from = start.get('hour')! + (start.get('minute') ?? 0) / 60;
  const to = end.get('hour')! + (end.get('minute') ?? 0) / 60;
  const between = ((end.get('weekday')! - start.get('weekday')! + 7) % 7) * 24 + to - from;
  return between > 0 ? { between, from, weekday: end.get('weekday')! } : undefined;
}

/**
 * Dates, partial dates, weekdays and relative days ("yesterday", "the next day") in one sentence.
 * `reference` is the date that relative expressions count from, when it is known.
 */
export function findDates(text: string, start: number, end: number, reference?: CalendarDate): Mention[] {
  const sentence = text.slice(start, end);
  const mentions: Mention[] = [];

  for (const w of anchorWindows(sentence)) {
    for (const r of parseWindow(sentence.slice(w.from, w.to), instantOf(reference))) {
      if (!overlapsAnchor(w, r)) continue;
      const reading = readingOf(r);
      const found = [fromChrono(text, start + w.from + r.index, r, reference)];
      if (reading?.endFrom !== undefined) {
        // The range's end, read from where its first date stops, to where chrono's range does.
        const from = r.index + reading.lead + reading.endFrom;
        for (const e of parseWindow(sentence.slice(w.from + from, w.from + r.index + r.text.length), instantOf(reference))) found.push(fromChrono(text, start + w.from + from + e.index, e, reference));
      }
      for (const mention of found) if (mention && !mentions.some((m) => m.start === mention.start && m.end === mention.end)) mentions.push(mention);
    }
  }

  NUMERIC_DATE.lastIndex = 0;
  for (let m = DIGIT_SEPARATOR.test(sentence) ? NUMERIC_DATE.exec(sentence) : null; m; m = NUMERIC_DATE.exec(sentence)) {
    const mention = numericDate(start, m);
    if (mention) mentions.push(withWeekdayBefore(sentence, start, mention));
  }

  for (const m of DAY.test(sentence) ? matchesAfterNoLetter(RELATIVE_DAY, sentence) : []) {
    // "half a day after" is half a day, which the figures' reading reads.
    if (HALF_AN_BEFORE.test(sentence.slice(Math.max(0, m.index - 8), m.index))) continue;
    const later = Boolean(m[1]) || m[2]?.toLowerCase() === 'after';
    mentions.push({
      kind: 'duration',
      start: start + m.index,
      end: start + m.index + m[0].length,
      text: m[0],
      duration: { amount: 1, unit: 'day', relation: later ? 'later' : 'earlier', adjectival: false },
    });
  }
  // "last year", "this year": a year only a reference date tells.
  if (reference) for (const m of relativeYears(sentence)) withRelativeYear(text, mentions, relativeYear(text, start + m.index, m, reference));
  return mergeAppositions(text, withDaysGivenTogether(text, start, end, mentions));
}

/**
 * Adds a relative year to a sentence's mentions, or joins it to the yearless date it follows: "in
 * March last year" is March of the year before the reference, which the nearest March is not.
 */
function withRelativeYear(text: string, mentions: Mention[], year: Mention): void {
  const value = year.number!.values[0];
  // A date chrono read with the relative year in it ("by the end of last year") tells that year.
  const within = mentions.findIndex((m) => m.kind === 'date' && m.start <= year.start && year.end <= m.end && !m.date?.year && m.date?.implied?.year === value);
  if (within >= 0) {
    mentions[within] = { ...mentions[within], date: { ...mentions[within].date, yearInWords: true } };
    return;
  }
  const i = mentions.findIndex((m) => m.kind === 'date' && m.end <= year.start && !m.date?.year && m.date?.month && !m.date.implied?.year && /^\s+$/.test(text.slice(m.end, year.start)));
  if (i < 0) {
    mentions.push(sameMonthOf(text, mentions, year) ?? year);
    return;
  }
  const date = mentions[i];
  mentions[i] = { ...date, end: year.end, text: text.slice(date.start, year.end), date: { ...date.date, implied: { ...date.date!.implied, year: value }, yearInWords: true } };
}

/** "the same month " right before a relative year: "down from the same month last year". */
const SAME_MONTH_BEFORE = /(?<![\p{L}])the\s+same\s+month\s+$/iu;

/**
 * "in February, down 3.1 points from the same month last year": the month of the last month named
 * before it in the sentence, in that year (February 2024), which a draft writes as a month and year.
 */
function sameMonthOf(text: string, mentions: readonly Mention[], year: Mention): Mention | undefined {
  const phrase = SAME_MONTH_BEFORE.exec(text.slice(Math.max(0, year.start - 20), year.start));
  if (!phrase) return undefined;
  let month: number | undefined;
  for (const m of mentions) if (m.kind === 'date' && m.end <= year.start && m.date?.month && !m.date.day) month = m.date.month.value;
  if (month === undefined) return undefined;
  const start = year.start - phrase[0].length;
  const part = { value: year.number!.values[0], text: year.text, start: year.start, end: year.end };
  return { kind: 'date', start, end: year.end, text: text.slice(start, year.end), date: { year: part, implied: { month } } };
}

const YEAR = /year/iu;
const RELATIVE_YEAR = /(last|this|next)\s+year(?![\p{L}])/giu;
const YEAR_OFFSETS: Record<string, number> = { last: -1, this: 0, next: 1 };

/** The "last year", "this year" and "next year" of a sentence (most hold no "year", and are let go with one test). */
function relativeYears(sentence: string): RegExpExecArray[] {
  return YEAR.test(sentence) ? matchesAfterNoLetter(RELATIVE_YEAR, sentence) : [];
}

/** "last year" in an article of 2025 as the year 2024. */
function relativeYear(text: string, at: number, m: RegExpExecArray, reference: CalendarDate): Mention {
  const year = reference.year + YEAR_OFFSETS[m[1].toLowerCase()];
  return { kind: 'year', start: at, end: at + m[0].length, text: text.slice(at, at + m[0].length), number: { values: [year], precision: 1 } };
}

/** A window chrono reads around the words that start a date (see `ANCHOR`), from the first of them to the last: offsets in the sentence. */
interface AnchorWindow {
  from: number;
  to: number;
  anchorStart: number;
  anchorEnd: number;
}

/** The most characters between two words that start a date for their windows to be read as one. */
const ANCHOR_GAP = 12;

function anchorWindows(sentence: string): AnchorWindow[] {
  const windows: AnchorWindow[] = [];
  for (const a of matchesAfterNoLetter(ANCHOR, sentence)) {
    const from = Math.max(0, a.index - 18);
    const to = Math.min(sentence.length, a.index + a[0].length + 14);
    const last = windows[windows.length - 1];
    // The windows of words a few characters apart are read as one: "from Friday 5 February to Sunday
    // 21 February 2038", cut into windows of its own, was read "Friday 5 February to Sunday 21" and
    // lost its year. Not further apart: "April 17, two days before the Good Friday" would read as
    // one date what is a date and a length.
    if (last && a.index - last.anchorEnd <= ANCHOR_GAP) {
      last.to = to;
      last.anchorEnd = a.index + a[0].length;
    } else windows.push({ from, to, anchorStart: a.index, anchorEnd: a.index + a[0].length });
  }
  return windows;
}

/** Whether a date chrono found in a window covers some of the window's word that starts a date: those it does not are not kept. */
function overlapsAnchor(w: AnchorWindow, r: ChronoDate): boolean {
  const start = w.from + r.index;
  return start + r.text.length > w.anchorStart && start < w.anchorEnd;
}

/**
 * Whether `findDates` of a sentence may read differently with a reference date than without: only
 * when chrono reads a window of it by reference (it holds a relative word, see `parseWindow`), or
 * finds there a date that nothing written states ("yesterday"), which only a reference makes a
 * mention (see `fromChrono`). Asked of a sentence just read, it is answered from the windows' cache.
 */
export function datesDependOnReference(text: string, start: number, end: number): boolean {
  const sentence = text.slice(start, end);
  if (relativeYears(sentence).length) return true;
  for (const w of anchorWindows(sentence)) {
    const window = sentence.slice(w.from, w.to);
    const known = windowDatesOf(window);
    if (known.relative) return true;
    for (const r of parseWindow(window, instantOf(undefined), known)) {
      if (!overlapsAnchor(w, r)) continue;
      const reading = readingOf(r);
      if (reading && reading.parts === undefined) return true;
    }
  }
  return false;
}

let lastInstant: { reference: CalendarDate | undefined; instant: Date } | undefined;

/** Noon of `reference` (or of 1 January 2000), which chrono counts relative dates from; kept for the next sentence. */
function instantOf(reference: CalendarDate | undefined): Date {
  if (!lastInstant || lastInstant.reference !== reference) {
    const instant = reference ? new Date(Date.UTC(reference.year, reference.month - 1, reference.day, 12)) : new Date(Date.UTC(2000, 0, 1, 12));
    lastInstant = { reference, instant };
  }
  return lastInstant.instant;
}

const LETTER_BEFORE = /\p{L}$/u;

/**
 * The matches of `re` (global) in a sentence that no letter stands before (`ANCHOR`'s, `RELATIVE_DAY`'s).
 * Whether a letter stands before one is asked of each match, not as a look-behind opening the
 * pattern: that would be tried at every offset and cost twice the search.
 */
function matchesAfterNoLetter(re: RegExp, sentence: string): RegExpExecArray[] {
  const found: RegExpExecArray[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(sentence); m; m = re.exec(sentence)) {
    if (m.index > 0 && letterBefore(sentence, m.index)) re.lastIndex = m.index + 1;
    else found.push(m);
  }
  return found;
}

/** Whether a letter ends `text` before `at`; an ASCII character is read without a pattern. */
function letterBefore(text: string, at: number): boolean {
  const c = text.charCodeAt(at - 1);
  if (c < 0x80) return isAsciiLetter(c);
  return LETTER_BEFORE.test(text.slice(Math.max(0, at - 2), at));
}

function fromChrono(text: string, at: number, r: ChronoDate, reference: CalendarDate | undefined): Mention | undefined {
  const reading = readingOf(r);
  if (!reading) return undefined;
  // "an average of €7.58 today": what chrono read as a time before the word is a sum, a figure of
  // its own, and the date is the word alone.
  const base = at + reading.lead;
  const afterSign = CURRENCY_SIGN.test(text[base - 1] ?? '');
  // Likewise "closed at £4.12 on Tuesday": the time chrono read is the sum, and the date starts at its first written part.
  const start = base + (afterSign ? (reading.said ?? firstPartAt(reading)) : 0);
  let end = base + reading.length;
  const date: DateValue = {};
  if (reading.parts) {
    // A part chrono is sure of but not found written is set all the same, as undefined.
    for (const { name, found } of reading.parts) date[name] = found && { value: found.value, text: found.text, start: base + found.start, end: base + found.end };
    if (r.through !== undefined && date.day && reading.endFrom === undefined) date.through = r.through;
    // "from Friday 5 February to Sunday 21 February 2038": the year written once, with the range's
    // end, is its first date's too.
    if (reading.endFrom !== undefined && !date.year && r.year !== undefined) date.implied = { year: r.year };
    // "in March, 12 people died", "a Saturday in August, 21,340 people": a figure after the month's comma, or
    // the front of one, is no day; the figure keeps it. Nor is the front of longer digits a year
    // ("1 January 20244", "19 September 275760", which chrono reads as 2024 and 2757): a fix of it
    // would cut them, and the figure keeps them whole.
    const cut = date.day?.end === end && (figureGoesOn(text, end) || (date.month && date.month.end < date.day.start && text.slice(date.month.end, date.day.start).includes(','))) ? 'day' : date.year?.end === end && figureGoesOn(text, end) ? 'year' : undefined;
    if (cut) {
      date[cut] = undefined;
      end = Math.max(date.weekday?.end ?? start, date.month?.end ?? start, date.year?.end ?? start, date.day?.end ?? start);
      if (end <= start) return undefined;
    }
    if (!date.year && yearSlotHoldsNoYear(text, end, date)) date.yearUnreadable = true;
    const until = r.hours && date.weekday && lastWeekday(text, date.weekday.end, end, r.hours.weekday);
    if (until) date.spanned = { hours: r.hours!.between, fromHour: r.hours!.from, until, ...(HEDGED_TIME.test(text.slice(Math.max(0, start - HEDGE_BEFORE), end)) && { hedged: true }) };
  } else {
    // "yesterday", "end of the month": nothing written is a date part; all of it is implied.
    const { year, month, day } = r;
    if (!reference || year === undefined || month === undefined || day === undefined) return undefined;
    date.implied = { year, month, day };
  }
  return { kind: 'date', start, end, text: text.slice(start, end), date };
}

/** The last weekday written in [from, to) of `text`, as a date part of `value`: a range's end. */
function lastWeekday(text: string, from: number, to: number, value: number): DatePart | undefined {
  let found: DatePart | undefined;
  const within = text.slice(from, to);
  for (const m of matchesAfterNoLetter(WEEKDAYS_WRITTEN, within)) found = { value, text: partText(m[0]), start: from + m.index, end: from + m.index + m[0].length };
  return found;
}

const WEEKDAYS_WRITTEN = new RegExp(WEEKDAY_PART.source, 'gu');
/** A word that hedges a time of a range, before it or within: "from around 10 a.m. Thursday", "until about noon". */
const HEDGED_TIME = /(?<![\p{L}])(?:around|about|roughly|approximately|nearly|almost|just[ \u00a0]+(?:before|after))(?![\p{L}])/iu;
/** How far before a range a hedge of its start may stand: "around " of "from around 10 a.m.". */
const HEDGE_BEFORE = 16;

/** Where the first part a reading found is written, from where it starts. */
function firstPartAt(reading: DateReading): number {
  let first = reading.length;
  for (const p of reading.parts ?? []) if (p.found) first = Math.min(first, p.found.start);
  return first;
}

/** `readChronoDate` of a date chrono found, read once: null when it makes no mention. */
function readingOf(r: ChronoDate): DateReading | null {
  if (r.reading === undefined) r.reading = readChronoDate(r) ?? null;
  return r.reading;
}

/** What `fromChrono` reads of a date chrono found, its offsets from the written date's start; undefined when it makes no mention. */
function readChronoDate(r: ChronoDate): DateReading | undefined {
  const lead = LEADING_WORDS.exec(r.text)?.[0].length ?? 0;
  const written = r.text.slice(lead).replace(TRAILING_SEPARATORS, '');
  if (!written) return undefined;
  // "351 days after Saturday", "10 days after 12 March": chrono's date is the one the time leads to,
  // not the one written. The time is a figure of its own, and the date is what is written after it.
  const offset = OFFSET_LEAD.exec(written);
  if (offset) return writtenAfterOffset(lead + offset[0].length, written.slice(offset[0].length));
  if (!MONTH_PART.test(written) && !WEEKDAY_PART.test(written)) {
    const said = RELATIVE_DATE_WORDS.exec(written);
    return { lead, length: written.length, parts: undefined, said: said && said.index > 0 && ANY_DIGIT.test(written.slice(0, said.index)) ? said.index : undefined };
  }
  const { year, month, day, weekday } = r;
  const parts: NonNullable<DateReading['parts']>[number][] = [];
  if (weekday !== undefined) parts.push({ name: 'weekday', found: part(written, WEEKDAY_PART, weekday) });
  if (month !== undefined) parts.push({ name: 'month', found: part(written, MONTH_PART, month) });
  if (year !== undefined) parts.push({ name: 'year', found: part(written, YEAR_PART, year) });
  if (day !== undefined) parts.push({ name: 'day', found: dayPart(written, day) });
  if (!parts.some((p) => p.found && (p.name === 'month' || p.name === 'weekday'))) return undefined;
  // The date ends with its last written part: in "On 6 September, 42 people died" chrono reads 42 as
  // the year, which is no year written, and the 42 people are a figure of their own.
  // A range of days ("6-7 September") keeps its text to its end, which is no figure either, but not
  // a figure chrono took for its year ("6-7 September, 42 km away"); one whose end is a date of its
  // own ("July 28 to Aug. 10") is read as two.
  if (r.ranged) return rangeEndApart(lead, written, parts, r.through !== undefined) ?? { lead, length: written.replace(NO_YEAR_AFTER, '').length, parts };
  let end = 0;
  for (const p of parts) if (p.found) end = Math.max(end, p.found.end);
  return { lead, length: end, parts };
}

/** A time in figures that a date is told on from or back from: "351 days after ", "3 weeks before ". */
const OFFSET_LEAD = /^\d+\s+(?:days?|weeks?|months?|years?)\s+(?:after|before|from)\s+/i;

/**
 * The reading of the date written after a time on from it (`rest`, from `lead`), each part's value
 * its text's: a weekday, a month, a day and a year, as written; undefined without a weekday or month.
 */
function writtenAfterOffset(lead: number, rest: string): DateReading | undefined {
  const parts: NonNullable<DateReading['parts']> = [];
  // By the first three letters of the calendar's names, numbered as chrono numbers them (Sunday 0, January 1).
  const named = (re: RegExp, names: readonly string[], first: number, name: 'weekday' | 'month') => {
    const m = re.exec(rest);
    const stem = m?.[0].slice(0, 3).toLowerCase();
    if (m) parts.push({ name, found: { value: first + names.findIndex((n) => n.slice(0, 3).toLowerCase() === stem), text: partText(m[0]), start: m.index, end: m.index + m[0].length } });
  };
  named(WEEKDAY_PART, WEEKDAYS, 0, 'weekday');
  named(MONTH_PART, MONTHS, 1, 'month');
  if (!parts.length) return undefined;
  const year = YEAR_PART.exec(rest);
  if (year && /^\d/.test(year[0])) parts.push({ name: 'year', found: { value: Number(year[0]), text: partText(year[0]), start: year.index, end: year.index + year[0].length } });
  DAY_PART.lastIndex = 0;
  for (let m = DAY_PART.exec(rest); m; m = DAY_PART.exec(rest)) {
    if (year && m.index === year.index) continue;
    if (+m[1] >= 1 && +m[1] <= 31) parts.push({ name: 'day', found: { value: +m[1], text: partText(m[0]), start: m.index, end: m.index + m[0].length } });
    break;
  }
  let end = 0;
  for (const p of parts) end = Math.max(end, p.found!.end);
  return { lead, length: end, parts };
}

/** A word or dash that joins a range's first date to its last: "to", "until", "–". */
const RANGE_JOIN = /\s*(?:[-–—]|(?<![\p{L}])(?:to|until|till|through|thru)(?![\p{L}]))\s*/gu;

/**
 * The reading of a range's first date alone, when the range's end is written as a date of its own
 * or is a time ("Monday 7 April to 11 April", "July 28 to Aug. 10", "from 9pm on Tuesday 11 March
 * until 11am"): read as one, the end's date was never checked, and a time's end hid the date read
 * after it. Undefined for a range of days of one month written once ("6-7 February", "April 12-22",
 * "12 to 22 March"), whose end is no date of its own.
 */
function rangeEndApart(lead: number, written: string, parts: NonNullable<DateReading['parts']>, throughDay: boolean): DateReading | undefined {
  let first = written.length;
  for (const p of parts) if (p.found) first = Math.min(first, p.found.end);
  RANGE_JOIN.lastIndex = first;
  const join = RANGE_JOIN.exec(written);
  if (!join) return undefined;
  const own = parts.map((p) => (p.found && p.found.end <= join.index ? p : { name: p.name, found: undefined }));
  if (!own.some((p) => p.found && (p.name === 'month' || p.name === 'weekday'))) return undefined;
  // "April 12-22": a last day alone is the first date's month's. "From Wednesday to Friday": a
  // weekday alone at the end is read with the first, as before.
  const rest = written.slice(join.index);
  if (!MONTH_PART.test(rest) && (throughDay || WEEKDAY_PART.test(rest))) return undefined;
  return { lead, length: join.index, parts: own, endFrom: join.index };
}

/** Whether a figure goes on at `at`: a digit, or a group of three after a comma or point ("21,340"). */
function figureGoesOn(text: string, at: number): boolean {
  const c = text.charCodeAt(at);
  if (isAsciiDigit(c)) return true;
  return (c === 0x2c || c === 0x2e) && isAsciiDigit(text.charCodeAt(at + 1)) && isAsciiDigit(text.charCodeAt(at + 2)) && isAsciiDigit(text.charCodeAt(at + 3));
}

/** More digits than a year has, after a space or a comma ("1 January 20244", "January 1, 20244"). */
const LONGER_THAN_A_YEAR = /(,?)[ \u00a0]+\d{5}/y;

/**
 * Whether digits stand where the date ending at `end` would write its year, more than a year's
 * four and run on without a separator: the front of them is no year, whether chrono took it for one
 * ("1 January 20244") or not ("Monday, 1 January 20244", "January 1, 20244"). A comma comes before
 * the year only after a day written after its month: after "6 September," a figure is a figure.
 */
function yearSlotHoldsNoYear(text: string, end: number, date: DateValue): boolean {
  LONGER_THAN_A_YEAR.lastIndex = end;
  const digits = LONGER_THAN_A_YEAR.exec(text);
  if (!digits) return false;
  return !digits[1] || (!!date.day && !!date.month && date.month.end < date.day.start && date.day.end === end);
}

// Nor a bare hour ("the week to 2 February at 1,874", of admissions): a time of a range has its minutes or "pm".
const NO_YEAR_AFTER = /(?:,\s*\d{1,3}|\s+at\s+\d{1,2})$/;

/** The part of a written date `re` finds, at its offsets in `written`. */
function part(written: string, re: RegExp, value: number): DatePart | undefined {
  const m = re.exec(written);
  return m ? { value, text: partText(m[0]), start: m.index, end: m.index + m[0].length } : undefined;
}

/** The day number in a written date: digits that are not the year, with any ordinal suffix, at its offsets in `written`. */
function dayPart(written: string, value: number): DatePart | undefined {
  const re = DAY_PART;
  re.lastIndex = 0;
  for (let m = re.exec(written); m; m = re.exec(written)) {
    if (+m[1] === value) return { value, text: partText(m[0]), start: m.index, end: m.index + m[0].length };
  }
  return undefined;
}

// Date parts are written in a few dozen ways ("September", "2023", "19th"): the 10 MB benchmark draft
// has 88,000 parts in 34 texts. A part lives as long as its reading, and each kept a string of its own.
const partTexts = new Map<string, string>();

/** The one string kept for a part's text (copied out, so that it keeps no longer text alive). */
function partText(text: string): string {
  const shared = partTexts.get(text);
  if (shared !== undefined) return shared;
  if (partTexts.size >= 10_000) partTexts.clear();
  const own = unsliced(text);
  partTexts.set(own, own);
  return own;
}

function numericDate(base: number, m: RegExpExecArray): Mention | undefined {
  const sub = (group: number, value: number): DatePart => {
    const [from, to] = m.indices![group]!;
    return { value, text: partText(m[group]), start: base + from, end: base + to };
  };
  const date: DateValue = {};
  if (m[1]) {
    const [y, mo, d] = [+m[1], +m[2], +m[3]];
    if (mo < 1 || mo > 12 || d < 1 || d > 31) return undefined;
    date.year = sub(1, y);
    date.month = sub(2, mo);
    date.day = sub(3, d);
  } else {
    const [a, b] = [+m[4], +m[6]];
    const y = m[7].length === 2 ? +m[7] + (+m[7] < 70 ? 2000 : 1900) : +m[7];
    // Day first unless that is impossible; when both readings are possible, keep the other one too.
    const dayFirst = a > 12 || b <= 12;
    const [d, mo] = dayFirst ? [a, b] : [b, a];
    if (mo < 1 || mo > 12 || d < 1 || d > 31) return undefined;
    date.year = sub(7, y);
    date.day = sub(dayFirst ? 4 : 6, d);
    date.month = sub(dayFirst ? 6 : 4, mo);
    if (a <= 12 && b <= 12 && a !== b) date.swapped = { month: d, day: mo };
  }
  return { kind: 'date', start: base + m.index, end: base + m.index + m[0].length, text: m[0], date };
}

// "6 and 7 February", "the 6th and 7th of February", "3, 4 and 5 March", "between 20 and 24 March":
// the days before a date (its day first), ending where the date starts.
const DAYS_BEFORE = /(?<![\p{L}\p{N}.,'’$€£%+-])(between\s+|the\s+)?(\d{1,2}(?:st|nd|rd|th)?(?:,\s*(?:the\s+)?\d{1,2}(?:st|nd|rd|th)?)*),?\s+(?:and|or|&)\s+(?:the\s+)?$/iu;
// "February 12 and 13", "Feb. 3, 4 and 5": the days after a date (its month first) that ends with its day.
const DAYS_AFTER = /^((?:,\s*\d{1,2}(?:st|nd|rd|th)?)*),?\s+(?:and|or|&)\s+(\d{1,2}(?:st|nd|rd|th)?)(?![\p{L}\p{N}])/u;
/** What may follow a second day given after a date for it to be a day ("February 12 and 13 people" are people). */
const AFTER_DAYS = /^(?:\s*$|[,.;:)!?\]—–]|\s+(?:\d{4}(?!\d)|(?:in|at|on|when|as|and|but|or|to|for|the|this|last|next|before|after|respectively|while|with|from|were|was|will|are|is)(?![\p{L}])))/u;
const BETWEEN_BEFORE = /between\s+$/i;
// What must stand right beside a date for days to be given with it: most dates have neither, and
// are let go without the searches above (a megabyte's draft has thousands of dates).
const JOINED_BEFORE = /(?:and|or|&)\s+(?:the\s+)?$/i;
const JOINED_AFTER = /^(?:,\s*\d|,?\s+(?:and|or|&)\s)/;
const DAY_NUMBER = /\d{1,2}(?:st|nd|rd|th)?/g;
/** How far before or after a date its days given together are looked for. */
const DAYS_REACH = 40;

/**
 * Days given together share the month, and the year, written once: "6 and 7 February", "Feb. 3, 4
 * and 5", "6 or 7 March". chrono reads only the day written beside the month, and the others were
 * read as counts ("6" against a source's 6 deaths). Each of them is a date whose month (and year)
 * the text implies; "between 20 and 24 March" is one range, as "20-24 March" is.
 */
function withDaysGivenTogether(text: string, start: number, end: number, dates: Mention[]): Mention[] {
  let found: Mention[] | undefined;
  for (let i = 0; i < dates.length; i++) {
    const m = dates[i];
    const d = m.date;
    if (m.kind !== 'date' || !d?.day || !d.month || d.through !== undefined) continue;
    const days: Array<{ at: number; written: string }> = [];
    let between = false;
    if (d.day.start < d.month.start) {
      if (!JOINED_BEFORE.test(text.slice(Math.max(start, m.start - 9), m.start))) continue;
      const from = Math.max(start, m.start - DAYS_REACH);
      const before = DAYS_BEFORE.exec(text.slice(from, m.start));
      if (!before) continue;
      between = !!before[1] && before[1].toLowerCase().startsWith('between');
      const listAt = from + before.index + (before[1]?.length ?? 0);
      for (const day of before[2].matchAll(DAY_NUMBER)) days.push({ at: listAt + day.index!, written: day[0] });
    } else if (d.day.end === m.end) {
      const rest = text.slice(m.end, Math.min(end, m.end + DAYS_REACH));
      if (!JOINED_AFTER.test(rest)) continue;
      const after = DAYS_AFTER.exec(rest);
      // A list of three days or more is days whatever follows it ("March 3, 4 and 6 failed").
      if (!after || (!after[1] && !AFTER_DAYS.test(text.slice(m.end + after[0].length, end)))) continue;
      between = BETWEEN_BEFORE.test(text.slice(Math.max(start, m.start - 8), m.start));
      for (const day of after[1].matchAll(DAY_NUMBER)) days.push({ at: m.end + day.index!, written: day[0] });
      days.push({ at: m.end + after[0].length - after[2].length, written: after[2] });
    } else continue;
    const parts = days.map(({ at, written }): DatePart => ({ value: parseInt(written, 10), text: partText(written), start: at, end: at + written.length }));
    if (parts.some((p) => p.value < 1 || p.value > 31 || dates.some((o) => o !== m && o.start < p.end && p.start < o.end))) continue;
    found ??= dates.slice();
    if (between && parts.length === 1) {
      // One range from the first day to the last: the date's own day is one of its ends.
      const [first, last] = parts[0].start < d.day.start ? [parts[0], d.day] : [d.day, parts[0]];
      if (first.value >= last.value) continue;
      const from = Math.min(m.start, first.start);
      const to = Math.max(m.end, last.end);
      found[found.indexOf(m)] = { ...m, start: from, end: to, text: text.slice(from, to), date: { ...d, day: first, through: last.value } };
      continue;
    }
    const implied = { month: d.month.value, ...(d.year ? { year: d.year.value } : {}) };
    for (const day of parts) found.push({ kind: 'date', start: day.start, end: day.end, text: day.text, date: { day, implied: { ...implied } } });
  }
  return found ?? dates;
}

const JOINED = /^,?\s+(?:and|or|&)\s+(?:an?\s+)?$/;

/**
 * "2025-02-06 and 2025-02-07, a Thursday and a Friday": weekdays given together after as many dates
 * name them in turn. Each is given its date's day, as implied parts; none joins the last date.
 */
function pairWeekdays(text: string, mentions: Mention[]): void {
  for (let i = 0; i + 3 < mentions.length; i++) {
    const [first, second, w1, w2] = [mentions[i], mentions[i + 1], mentions[i + 2], mentions[i + 3]];
    if (![first, second, w1, w2].every((m) => m.kind === 'date' && m.date)) continue;
    if (!isWeekdayAlone(w1) || !isWeekdayAlone(w2) || !first.date!.day || !second.date!.day) continue;
    if (!JOINED.test(text.slice(first.end, second.start)) || !WEEKDAY_AFTER_GAP.test(text.slice(second.end, w1.start)) || !JOINED.test(text.slice(w1.end, w2.start))) continue;
    w1.date = { ...w1.date, implied: { ...dayParts(first.date!), ...w1.date!.implied } };
    w2.date = { ...w2.date, implied: { ...dayParts(second.date!), ...w2.date!.implied } };
  }
}

/** A weekday standing alone ("on Friday"), not yet given a date. */
function isWeekdayAlone(m: Mention): boolean {
  return !!m.date?.weekday && !m.date.month && !m.date.day && !m.date.implied;
}

/** The year, month and day a date states or implies. */
function dayParts(date: DateValue): { year?: number; month?: number; day?: number } {
  const parts: { year?: number; month?: number; day?: number } = {};
  for (const key of ['year', 'month', 'day'] as const) {
    const value = date[key]?.value ?? date.implied?.[key];
    if (value !== undefined) parts[key] = value;
  }
  return parts;
}

// "Thu 2025-09-03", "Mon, 2025-08-12": a briefing's weekday, short and without its dot, before a
// numeric date. Alone, "Sun" or "Wed" is too often a word to be read as a weekday.
const WEEKDAY_BEFORE_NUMERIC = /(?<![\p{L}])(Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)\.?,?[ \u00a0]+$/u;
const SHORT_WEEKDAYS: Record<string, number> = { Sun: 0, Mon: 1, Tue: 2, Tues: 2, Wed: 3, Thu: 4, Thur: 4, Thurs: 4, Fri: 5, Sat: 6 };

/** A numeric date with the short weekday written right before it, if one is. */
function withWeekdayBefore(sentence: string, start: number, date: Mention): Mention {
  const at = date.start - start;
  const before = WEEKDAY_BEFORE_NUMERIC.exec(sentence.slice(Math.max(0, at - 8), at));
  if (!before) return date;
  const from = date.start - before[0].length;
  const weekday: DatePart = { value: SHORT_WEEKDAYS[before[1]], text: partText(before[1]), start: from, end: from + before[1].length };
  return { ...date, start: from, text: sentence.slice(from - start, date.end - start), date: { ...date.date, weekday } };
}

/** "October 14, a Tuesday" is one date: the weekday joins the date it stands beside. */
function mergeAppositions(text: string, mentions: Mention[]): Mention[] {
  mentions.sort((x, y) => x.start - y.start || y.end - x.end);
  pairWeekdays(text, mentions);
  const out: Mention[] = [];
  for (const m of mentions) {
    const prev = out[out.length - 1];
    if (prev?.kind === 'date' && m.kind === 'date' && prev.date && m.date && !m.date.implied) {
      const between = text.slice(prev.end, m.start);
      const weekdayAfter = m.date.weekday && !m.date.month && !prev.date.weekday && WEEKDAY_AFTER_GAP.test(between);
      const weekdayBefore = prev.date.weekday && !prev.date.month && !m.date.weekday && WEEKDAY_BEFORE_GAP.test(between);
      if (weekdayAfter || weekdayBefore) {
        prev.date = { ...prev.date, ...m.date, ...(weekdayAfter ? { weekday: m.date.weekday } : { weekday: prev.date.weekday }) };
        prev.end = m.end;
        prev.text = text.slice(prev.start, prev.end);
        continue;
      }
    }
    if (prev && m.start < prev.end) continue;
    out.push(m);
  }
  for (const m of out) if (m.kind === 'date') closeBracket(text, m);
  return out;
}

/** "2024-11-20 (Wednesday)": a bracket opened in a date closes in it, where it closes right after. */
function closeBracket(text: string, date: Mention): void {
  if (!date.text.includes('(') || date.text.includes(')')) return;
  const closing = CLOSING_BRACKET.exec(text.slice(date.end, date.end + 4));
  if (!closing) return;
  date.end += closing[0].length;
  date.text = text.slice(date.start, date.end);
}
