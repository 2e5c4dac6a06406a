import { ADDED_BEFORE, CHANGE_NOUN, CHANGE_NOUNS, reachesLevel } from './changeLevels';
import { CURRENCY_PREFIX, CURRENCY_WORD_AFTER, currencyCode } from './currencies';
import { type DurationUnit, type DurationValue, hedgedStart, type Mention, type MentionKind, type NumberStyle, type Qualifier } from './mention';
import { compoundOrdinal, mayStartNumber, NUMBER_WORDS, ORDINAL_WORDS, VAGUE_AMOUNTS, parseNumberWords, scaleOfWord } from './numberWords';
import { qualifierAfter, qualifierBefore } from './qualifiers';
import { unsliceAll } from '../text/unsliced';
import { clockMinutes } from './clockTime';
import { belowZero, degreesRunOn, isTemperature, PERCENTAGE_POINTS, speaksOfTemperature, temperatureSign, unitAfter, unitOf, type WrittenUnit } from './units';
import { FINEST_PRECISION, isWritableFigure } from './writableFigure';
import { allOf, isAsciiDigit, isAsciiLetter, isLetterCode, isStopword, isWhiteSpace, startsUpperCase, type Word } from '../text/words';

// Digits with thousands grouping by comma, dot or (thin/no-break) space, or plain digits with decimals.
// Never the front of longer digits ("12.345.6789", "192.168.1.1"): a fix of it would cut them.
const NUMERAL =
  /(?<![\p{L}\p{N}.,])(?:\d{1,3}(?:,\d{3})+(?:\.\d+)?(?!\d)|\d{1,3}(?:\.\d{3})+(?:,\d+)?(?![\d.])|\d{1,3}(?:[ \u00a0\u2009\u202f]\d{3})+(?:[.,]\d+)?(?!\d)|\d+(?:[.,]\d+)?(?!\d))(?![.,]\d)/gu;

const SCALE_SUFFIX = /^(k|K|m|M|mn|mln|bn|b|B|bln|tn|trn)(?![\p{L}\p{N}])/u;
const SCALE_WORD = /^[ \u00a0](thousand|million|billion|trillion)(?![\p{L}])/u;
const PERCENT = /^[ \u00a0]?(%[ \u00a0]points?(?![\p{L}])|percentage[ \u00a0-]points?(?![\p{L}])|basis[ \u00a0-]points?(?![\p{L}])|bps?(?![\p{L}])|%|per ?cent(?![\p{L}])|percent(?![\p{L}])|pct(?![\p{L}]))/u;
/** "25 basis points", "a 50bp cut": hundredths of a percentage point, read as points in that scale. */
const BASIS_POINTS = /^[ \u00a0]?(?:basis|bp)/u;
const BASIS_POINT = 0.01;
const ORDINAL = /^(st|nd|rd|th)(?![\p{L}])/u;
const TIME = /^(?::\d\d(?!\d)(?:[ \u00a0]?(?:a\.m\.|p\.m\.|am(?![\p{L}])|pm(?![\p{L}])))?|[ \u00a0]?(?:a\.m\.|p\.m\.|am(?![\p{L}])|pm(?![\p{L}])|o['’]clock))/iu;
/**
 * A length's unit after its figure, and an adjective of its run between them ("11 consecutive
 * days"), or of a length added ("25 more years", as "another 25 years"; not "25 more years than").
 */
const DURATION_UNIT = /^([ \u00a0]|-)(?<run>(?:consecutive|straight|successive|(?<added>more|further|extra|additional))[ \u00a0]+)?(?<unit>second|minute|hour|day|week|fortnight|month|year|decade|sec|min|hr|h)(s?)(?![\p{L}])(?![ \u00a0]+than(?![\p{L}]))/iu;
// "59.8sec", "90mins", "24hrs": the short forms run on, as sports and briefing copy writes them (the empty first group is the joiner).
const DURATION_RUN_ON = /^()(?<unit>sec|min|hr)(s?)(?![\p{L}])/u;
/** "2.4 percentage points", "2.4% points": a difference of two percentages, not a share. */
const POINTS = /points?$/;
/** A word of a sequence before its number: "day three", "round 2", "lap 12". */
const SEQUENCE_BEFORE = /(?<![\p{L}])(?:day|round|stage|lap|leg|heat|game|phase|episode|chapter|hole)[ \u00a0]+$/iu;
const RANK_BEFORE = /(?<![\p{L}])No\.?[ \u00a0]$/u;
/**
 * "2024-25", "the 1979/80 season": a financial, school or sporting year that spans two calendar
 * years, written as the first and the last two digits of the next. Read as a year and a count,
 * its "25" had been checked against any 25 of the source.
 */
const SPLIT_YEAR = /^[-\u2013\/](\d\d)(?![\d\p{L}]|[-\u2013\/.,]\d)/u;
const AGE = /^(?:[ \u00a0]years?[ \u00a0]old|-years?-olds?)(?![\p{L}])/iu;
const RELATION = /^[ \u00a0]+(later|earlier|after|before|ahead|ago|on|from[ \u00a0]+(?:now|today))(?![\p{L}])/iu;
/**
 * "aged", "in age", "ages", then only the words of an age or a range of ages ("aged between nine
 * months and ", "range in age from eight months to "): what follows is an age.
 */
const AGED_BEFORE = /(?<![\p{L}])(?:aged|in[ \u00a0]+age|ages)(?:[ \u00a0,-]+(?:between|from|under|over|up to|and|to|or|\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|months?|years?|weeks?))*[ \u00a0,-]+$/iu;
/** Words before a duration that make it a length ("for", "lasted"), however it is hedged. */
const LENGTH_BEFORE = /(?<![\p{L}])(?:for|over|during|within|lasting|lasted|lasts|took|takes|taking|needed|needs|spent|waited|waits|waiting|stayed|remained)[ \u00a0]+(?:(?:about|around|roughly|nearly|almost|some|just|only|another|a further|more than|less than|at least|up to|an average of|on average|a total of)[ \u00a0]+)*$/iu;
/** After "300m": metres, not millions; a race's distance as sport copy writes it ("his fourth straight 1,500m title"). */
const METRE_CONTEXT = /^[ \u00a0]?(?:long|high|tall|wide|deep|away|above|below|sprint|race|metres|meters|title|final|heats?|freestyle|breaststroke|backstroke|butterfly|medley|relay|hurdles|steeplechase|dash|swim)(?![\p{L}])/iu;

// Module constants, not literals in the functions: a literal is a new object each time it is evaluated.
// Groups of three that end there: "1,2345" and "0.000001" hold no group, but decimals.
const GROUPED = /^\d{1,3}([,. \u00a0\u2009\u202f])\d{3}(?:\1\d{3})*(?!\d)/;
const DECIMAL_SEPARATOR = /[.,]/;
const TRAILING_ZEROS = /0*$/;
const LEADING_ZEROS = /^0+(?=\d)/;
const NAME_HYPHEN = /(?:\p{Lu}{2,}|\b\p{L})-$/u;
const LETTER_LAST = /\p{L}$/u;
const LETTER_FIRST = /^[\p{L}]/u;
const FIGURE_SUFFIX = /^(?:k|K|m|M|mn|mln|bn|b|B|bln|tn|trn|st|nd|rd|th|am|pm|p|bps?|secs?|mins?|hrs?)(?![\p{L}])/u;
const NUMBER_WORD_JOINER = /^[ \u00a0-]+$/;

const SCALES: Record<string, number> = {
  k: 1e3, thousand: 1e3, m: 1e6, mn: 1e6, mln: 1e6, million: 1e6, b: 1e9, bn: 1e9, bln: 1e9, billion: 1e9, tn: 1e12, trn: 1e12, trillion: 1e12,
};

const UNIT_OF: Record<string, DurationUnit> = {
  second: 'second',
  minute: 'minute', hour: 'hour', day: 'day', week: 'week', fortnight: 'week', month: 'month', year: 'year', decade: 'decade',
  // Short forms, as briefings write them: "~30 h", "90 mins".
  sec: 'second', min: 'minute', hr: 'hour', h: 'hour',
};

/**
 * The sentence a figure is read in: where it starts, and its words, which alone tell whether it
 * speaks of temperature (see `degreesRunOn`), so that a sentence reads the same within its document
 * as alone (a source is read both ways, for its facts and for the index).
 */
interface SentenceAt {
  start: number;
  words: readonly Word[];
  /** Whether a word of it speaks of temperature, or another figure of it is in degrees with decimals ("31.4C"): read when first asked. */
  temperature?: boolean;
}

/** A reading in degrees written with decimals, which no name is: "31.4C", "88.5 F" (three digits after the point are a thousands' group). */
const DECIMAL_DEGREES = /\d\.\d\d?[ \u00a0]?[CF](?![\p{L}\p{N}])/u;

function speaksOfDegrees(text: string, within: SentenceAt): boolean {
  const last = within.words[within.words.length - 1];
  return speaksOfTemperature(within.words) || DECIMAL_DEGREES.test(text.slice(within.start, last ? last.end + 8 : within.start));
}

/**
 * Degrees after the figure ending at `to`, when its sentence speaks of temperature, or the figure
 * has decimals: "Fenwick Moor reached 38.3C" needs no word of heat, as "Group 1C" needs one.
 */
function degreesIn(text: string, from: number, to: number, within: SentenceAt, decimals: boolean): WrittenUnit | undefined {
  // The sentence's words are read only for a figure a "C" or "F" follows: most have none.
  const degrees = degreesRunOn(text, to);
  return degrees && (decimals || (within.temperature ??= speaksOfDegrees(text, within)) || besideOtherScale(text, from, to + degrees.written.length, degrees.unit.key)) ? degrees : undefined;
}

/** A figure in degrees of the other scale, after a figure in degrees (ending where this starts) or before one. */
const OTHER_SCALE_AFTER = /^[^\d\n]{0,24}?\d+(?:\.\d+)?[ \u00a0]?([CF])(?![\p{L}\p{N}])/u;
const OTHER_SCALE_BEFORE = /\d[ \u00a0]?([CF])(?![\p{L}\p{N}])[^\d\n]{0,24}$/u;

/**
 * Whether the figure in degrees of scale `key` at [from, to) stands beside one in the other scale:
 * "27C (about 81F)", "41F, or 5C" are temperatures, whatever words their sentence has.
 */
function besideOtherScale(text: string, from: number, to: number, key: string): boolean {
  const after = OTHER_SCALE_AFTER.exec(text.slice(to, to + 48));
  if (after && after[1] !== key) return true;
  const before = OTHER_SCALE_BEFORE.exec(text.slice(Math.max(0, from - 32), from));
  return !!before && before[1] !== key;
}

/** A numeral's decimals, one or two (three are a thousands' group): what makes a "C" after it Celsius. */
const DECIMALS_END = /\.\d{1,2}$/;

interface Digits {
  values: number[];
  grouping: string;
  decimal: '.' | ',';
  decimals: number;
  integerDigits: number;
  trailingZeros: number;
}

/** Reads a numeral matched by NUMERAL: separators, decimals and the readings it allows. */
export function readDigits(raw: string): Digits {
  if (allOf(raw, 0, raw.length, isAsciiDigit)) return plainDigits(raw);
  // "0.037" is no 37 grouped in thousands: no grouped figure starts with a group of zero.
  const grouped = raw.charCodeAt(0) === 0x30 && !isAsciiDigit(raw.charCodeAt(1)) ? null : GROUPED.exec(raw);
  let grouping = '';
  let intPart = raw;
  let fracPart = '';
  let decimal: '.' | ',' = '.';
  const alternatives: number[] = [];
  if (grouped) {
    grouping = grouped[1];
    intPart = grouped[0].split(grouping).join('');
    fracPart = raw.slice(grouped[0].length + 1);
    decimal = fracPart ? (raw[grouped[0].length] as '.' | ',') : grouping === ',' ? '.' : ',';
    // "120.000" is 120,000 in European style but 120 to three decimals in English: keep both readings.
    if (grouping === '.' && grouped[0].length === raw.length && raw.indexOf('.') === raw.lastIndexOf('.')) alternatives.push(parseFloat(raw));
  } else {
    const sep = DECIMAL_SEPARATOR.exec(raw);
    if (sep) {
      decimal = sep[0] as '.' | ',';
      intPart = raw.slice(0, sep.index);
      fracPart = raw.slice(sep.index + 1);
    }
  }
  const trailingZeros = fracPart ? 0 : (TRAILING_ZEROS.exec(intPart)?.[0].length ?? 0);
  return {
    values: [parseFloat(`${intPart}.${fracPart || '0'}`), ...alternatives],
    grouping,
    decimal,
    decimals: fracPart.length,
    integerDigits: intPart.replace(LEADING_ZEROS, '').length,
    trailingZeros: Math.min(trailingZeros, intPart.length - 1),
  };
}

/**
 * `readDigits` of digits alone ("2024", "637"), as most figures are, read without its patterns:
 * `+raw` is the double `parseFloat` gives of the same digits and ".0".
 */
function plainDigits(raw: string): Digits {
  let leadingZeros = 0;
  while (leadingZeros < raw.length - 1 && raw.charCodeAt(leadingZeros) === 0x30) leadingZeros++;
  let trailingZeros = 0;
  while (trailingZeros < raw.length && raw.charCodeAt(raw.length - 1 - trailingZeros) === 0x30) trailingZeros++;
  return { values: [+raw], grouping: '', decimal: '.', decimals: 0, integerDigits: raw.length - leadingZeros, trailingZeros: Math.min(trailingZeros, raw.length - 1) };
}

/**
 * The step a figure is given to. Trailing zeros may be rounding, but only to two significant
 * figures: "120,000" covers 118,500, while "100,000" does not cover 120,000.
 */
export function precisionOf(d: Pick<Digits, 'decimals' | 'integerDigits' | 'trailingZeros'>, scale: number): number {
  if (d.decimals) return Math.pow(10, -d.decimals) * scale;
  return Math.pow(10, Math.min(d.trailingZeros, Math.max(0, d.integerDigits - 2))) * scale;
}

function emptyStyle(): NumberStyle {
  return { grouping: '', integerDigits: 0, decimal: '.', decimals: 0, scaleText: '', scale: 1, prefix: '', suffix: '' };
}

/** Figures written in digits or words in one sentence of `text` (offsets are document offsets). */
export function findNumbers(text: string, start: number, end: number, words: Word[]): Mention[] {
  const mentions: Mention[] = [];
  const sentence = text.slice(start, end);
  const within: SentenceAt = { start, words };
  NUMERAL.lastIndex = 0;
  for (let m = NUMERAL.exec(sentence); m; m = NUMERAL.exec(sentence)) {
    const at = start + m.index;
    const clock = sentence.charCodeAt(m.index + m[0].length) === 0x3a ? clockDuration(text, sentence, m.index, start) : undefined;
    if (clock) {
      mentions.push(clock);
      NUMERAL.lastIndex = clock.end - start;
      continue;
    }
    const fraction = fractionAfter(text, at + m[0].length);
    if (!fraction && isIdentifier(text, at, at + m[0].length, within)) continue;
    const digits = readDigits(m[0]);
    const mention = fraction && !digits.decimals && digits.values.length === 1 ? withFraction(text, at, at + m[0].length, digits, fraction, within) : completeNumber(text, at, at + m[0].length, digits.values, digits, within);
    if (!mention || (mention.kind !== 'time' && isRatioTerm(text, at, at + m[0].length))) continue;
    mentions.push(mention);
    // "02:05": the minutes are the time's, not a figure after it; "5 1/2": the half is the figure's; "2024-25": the 25 is the year's.
    if (mention.kind === 'time' || mention.kind === 'year' || fraction) NUMERAL.lastIndex = Math.max(NUMERAL.lastIndex, mention.end - start);
  }
  mentions.push(...findNumberWords(text, within, words, mentions));
  return withPoundsOfWeight(text, start, withFeetAndInches(text, withPointsBesidePercent(text, withCompoundDurations(text, withRangeEnds(text, start, withRangeStarts(text, start, withRatios(text, start, mentions)))))));
}

/**
 * Whether the digits at [from, to) are a term of a ratio or score written with a colon ("from 1:6
 * to 1:5", "won 3:1") that is no time of day: neither term is a count of anything.
 */
function isRatioTerm(text: string, from: number, to: number): boolean {
  return (text.charCodeAt(to) === 0x3a && isAsciiDigit(text.charCodeAt(to + 1))) || (text.charCodeAt(from - 1) === 0x3a && isAsciiDigit(text.charCodeAt(from - 2)));
}

const POUNDS_WRITTEN = /^[ \u00a0]pounds?$/;
/** Something weighed: the first pounds after it, or after its weight in another unit, are the avoirdupois pound. */
const WEIGHING = /(?<![\p{L}])(?:weigh(?:s|ed|ing|t|ts)?|heav(?:y|ier|iest))(?![\p{L}])/giu;

/**
 * `mentions` (one sentence's, from `start`) with a sum written in "pounds" read as a weight when it
 * is the first figure after a word of weighing, or follows only a weight in another unit ("weighs
 * 2.4 kilograms, or about 5.3 pounds", "boxes weighing roughly 3,750 pounds"): read as money, a
 * wrong conversion could never be told.
 */
function withPoundsOfWeight(text: string, start: number, mentions: Mention[]): Mention[] {
  // Asked of every sentence; few hold a sum at all.
  if (!mentions.some((m) => m.kind === 'money')) return mentions;
  return mentions.map((m) => {
    const n = m.number;
    if (m.kind !== 'money' || n?.currency !== 'GBP' || m.numberStyle?.prefix || !POUNDS_WRITTEN.test(m.numberStyle?.suffix ?? '')) return m;
    let weighed = -1;
    for (const w of text.slice(start, m.start).matchAll(WEIGHING)) weighed = start + w.index + w[0].length;
    if (weighed < 0 || !mentions.every((o) => o.start < weighed || o.start >= m.start || unitOf(o.number?.unit ?? '')?.dimension === 'mass')) return m;
    return { ...m, kind: 'count', number: { values: n.values, precision: n.precision, unit: 'lb' } };
  });
}

/** "5 1/2", "2½", "nine and a half": a fraction after a whole number, and its value. */
const FRACTION_AFTER = /(?:[ \u00a0]?([½¼¾⅓⅔])|[ \u00a0-](1\/2|1\/4|3\/4|1\/3|2\/3)(?![\d/])|[ \u00a0]+and[ \u00a0]+(a[ \u00a0]+half|a[ \u00a0]+quarter|three[ \u00a0-]quarters)(?![\p{L}]))/iuy;
const FRACTIONS: Record<string, number> = { '½': 1 / 2, '¼': 1 / 4, '¾': 3 / 4, '⅓': 1 / 3, '⅔': 2 / 3, '1/2': 1 / 2, '1/4': 1 / 4, '3/4': 3 / 4, '1/3': 1 / 3, '2/3': 2 / 3, 'a half': 1 / 2, 'a quarter': 1 / 4, 'three quarters': 3 / 4 };

/** The fraction written right after a whole number ending at `to`, if any. */
function fractionAfter(text: string, to: number): { value: number; length: number } | undefined {
  const c = text.charCodeAt(to);
  // Most figures are followed by punctuation or a letter: only a space, a hyphen or a fraction sign may start one.
  if (c !== 0x20 && c !== 0xa0 && c !== 0x2d && c < 0x80) return undefined;
  // Sticky, read in place: most figures are followed by a space, and a slice each was garbage.
  FRACTION_AFTER.lastIndex = to;
  const m = FRACTION_AFTER.exec(text);
  if (!m) return undefined;
  const written = (m[1] ?? m[2] ?? m[3]).toLowerCase().replace(/[ \u00a0-]+/g, ' ');
  return { value: FRACTIONS[written], length: m[0].length };
}

/**
 * A whole number and the fraction after it as one figure ("5 1/2 seasons", "a 2½-hour show", "nine
 * and a half days"): read apart, "1" of "1/2" was a figure of its own, and flagged. Compared to the
 * hundredth; no fix is written in its form but a duration's, which is written in words of its own.
 */
function withFraction(text: string, from: number, to: number, digits: Omit<Digits, 'values'> & { values: number[] }, fraction: { value: number; length: number }, within: SentenceAt): Mention | undefined {
  const value = digits.values[0] + fraction.value;
  const mention = completeNumber(text, from, to + fraction.length, [value], { ...digits, decimals: 2 }, within);
  if (mention && mention.kind !== 'duration') mention.numberStyle = undefined;
  return mention;
}

const SHORT_TONS = /^[ \u00a0-]tons?$/i;
/** A US short ton in tonnes. */
const SHORT_TON = 0.90718474;

const INCHES_AFTER = /^,?[ \u00a0]+(?:and[ \u00a0]+)?(\d{1,2})[ \u00a0]*(?:inches|inch|in\.)(?![\p{L}])/u;

/**
 * `mentions` with a length told in feet and inches ("20 feet, 7 inches") as one length in feet: read
 * apart, "20 feet" contradicted the 6.27 metres it converts. It has no style a fix could be written
 * in, so it is verified or left alone, never fixed.
 */
function withFeetAndInches(text: string, mentions: Mention[]): Mention[] {
  let out: Mention[] | undefined;
  for (let i = 0; i < mentions.length; i++) {
    const m = mentions[i];
    const feet = m.number?.unit === 'ft' && m.number.values.length === 1 && Number.isInteger(m.number.values[0]) ? INCHES_AFTER.exec(text.slice(m.end, m.end + 16)) : null;
    const inches = feet ? +feet[1] : 12;
    if (inches >= 12) {
      out?.push(m);
      continue;
    }
    out ??= mentions.slice(0, i);
    const end = m.end + feet![0].length;
    out.push({ ...m, end, text: text.slice(m.start, end), number: { ...m.number!, values: [m.number!.values[0] + inches / 12], precision: 1 / 12 }, numberStyle: undefined });
    // The inches' own figure, when read as one, is the length's.
    while (i + 1 < mentions.length && mentions[i + 1].start < end) i++;
  }
  return out ?? mentions;
}

const POINTS_AFTER = /^[ \u00a0-]points?(?![\p{L}])/u;

/**
 * `mentions` (one sentence's) with a figure in "points" read as percentage points where the sentence
 * gives a percentage: "Pass rate: 97.1%, down 0.3 points", "top grades fell 0.9 points to 23.1 per
 * cent", "from 34 percent to 47 percent, a 13-point jump". Elsewhere, or above 100, points are points ("1,140 points ahead").
 */
function withPointsBesidePercent(text: string, mentions: Mention[]): Mention[] {
  if (!mentions.some((m) => m.kind === 'percent')) return mentions;
  return mentions.map((m) => {
    // No difference of two shares is above 100 points.
    const points = m.kind === 'count' && m.number && !m.number.unit && m.number.values[0] <= 100 && m.numberStyle ? POINTS_AFTER.exec(text.slice(m.end, m.end + 8)) : null;
    if (!points) return m;
    const end = m.end + points[0].length;
    return { ...m, kind: 'percent', end, text: text.slice(m.start, end), number: { ...m.number!, unit: PERCENTAGE_POINTS }, numberStyle: sharedStyle({ ...m.numberStyle!, suffix: points[0] }) };
  });
}

/** How many of each unit the next larger one holds, for the units a length is told in two of. */
const SMALLER_UNIT: Partial<Record<DurationUnit, [DurationUnit, number]>> = { hour: ['minute', 60], minute: ['second', 60], day: ['hour', 24], week: ['day', 7], year: ['month', 12] };
const COMPOUND_JOINER = /^(?:,?[ \u00a0]+and[ \u00a0]+|,[ \u00a0]*|[ \u00a0]+)$/;

/**
 * `mentions` (in order) with each length told in two units ("three hours and 48 minutes", "1 minute
 * 16 seconds") as one duration in the smaller unit: read apart, "nearly four hours" met "three
 * hours" and "48 minutes", and contradicted the second.
 */
function withCompoundDurations(text: string, mentions: Mention[]): Mention[] {
  let out: Mention[] | undefined;
  for (let i = 0; i < mentions.length; i++) {
    let mention = mentions[i];
    // "2 hours, 4 minutes and 37 seconds": a compound may take a third unit.
    for (let compound; i + 1 < mentions.length && (compound = compoundOf(text, mention, mentions[i + 1])); i++) {
      out ??= mentions.slice(0, i);
      mention = compound;
    }
    out?.push(mention);
  }
  return out ?? mentions;
}

/** `first` and `last` as one length, when they tell it in a unit and the next smaller one. */
function compoundOf(text: string, first: Mention, last: Mention): Mention | undefined {
  const big = first.duration;
  if (!big) return undefined;
  const smaller = SMALLER_UNIT[big.unit];
  const joiner = text.slice(first.end, last.start);
  const small = last.duration ?? (smaller && elidedSmallUnit(text, big.unit, smaller, joiner, last));
  if (!small || big.clock || small.clock || big.relation || big.unitAfterRange || big.adjectival || small.adjectival || last.qualifier) return undefined;
  if (!smaller || smaller[0] !== small.unit || small.amount >= smaller[1] || !COMPOUND_JOINER.test(joiner)) return undefined;
  const parts = big.compound ?? { units: [big.unit], joiners: [], spelled: [!!first.numberStyle?.words] };
  return {
    ...first,
    end: last.end,
    text: text.slice(first.start, last.end),
    duration: {
      amount: big.amount * smaller[1] + small.amount,
      unit: small.unit,
      // "lasted 5 hours and 24 minutes after opening": a length, as a length of one unit is.
      relation: small.relation && !isLengthBefore(text, first.start, RELATION.exec(text.slice(last.end, last.end + 12))?.[1], 0) ? small.relation : undefined,
      adjectival: false,
      compound: { units: [...parts.units, small.unit], joiners: [...parts.joiners, joiner], spelled: [...parts.spelled, !!last.numberStyle?.words] },
    },
  };
}

/**
 * The bare figure right after a length in hours or minutes, its clause ending there, as the minutes
 * or seconds it leaves unwritten: "falls from 1 hour 50 minutes to 1 hour 35, saving 15 minutes".
 */
function elidedSmallUnit(text: string, unit: DurationUnit, [small, holds]: [DurationUnit, number], joiner: string, last: Mention): DurationValue | undefined {
  const value = last.number?.values;
  if ((unit !== 'hour' && unit !== 'minute') || last.kind !== 'count' || !value || value.length !== 1 || !Number.isInteger(value[0]) || value[0] >= holds || last.number!.unit || last.numberStyle?.words || !SPACES_ONLY.test(joiner)) return undefined;
  return ELIDED_UNIT_END.test(text.slice(last.end, last.end + 2)) ? { amount: value[0], unit: small, adjectival: false } : undefined;
}

/** After the figure of an elided unit: its clause's end. */
const ELIDED_UNIT_END = /^(?:[.,;:!?)—–]|$)/u;

const RANGE_JOINER = /^[ \u00a0]*(?:[-–—]|to|and|or)[ \u00a0]*$/i;
const BETWEEN = /between[ \u00a0]+$/i;
/** A hyphen left hanging after a figure, then the word joining it to the next ("three- to five-day", "3- and 4-year-olds"). */
const SUSPENDED_JOINER = /^[-\u2013][ \u00a0]+(to|and|or)[ \u00a0]+$/i;

/** Between a level and the bare figure it was at before: "45%, up from 38", or after "to", "to 6.5 days from 11". */
const FROM_JOINER = /^,?(?:[ \u00a0]+(?:up|down))?[ \u00a0]+from[ \u00a0]+$/i;
const UP_OR_DOWN = /(?:up|down)/i;
const TO_BEFORE = /(?<![\p{L}])to[ \u00a0]+(?:(?:about|around|roughly|nearly|almost|some|just|an average of)[ \u00a0]+)*$/iu;
/** The most a level and the figure it was at before differ by, as a ratio: further apart, the one is no level of the other's kind. */
const LEVEL_RATIO = 20;
/** What may follow a figure that leaves its unit to the level before it: an end, or a word of time. */
const AFTER_ELIDED = /^(?:[ \u00a0]*(?:[.,;:!?)—–]|$)|[ \u00a0]+(?:a|an|the|in|on|at|last|this|during|before|when|and|since|by|earlier|previously|ago)(?![\p{L}\d]))/iu;

/**
 * `mentions` with the first figure of each range taking what is written once after the last: "four
 * to six weeks" is four weeks, "between 40 and 60 per cent" 40%, "10-12 km" 10 km, "$45 to $65m"
 * $45m. Read alone, the first was a bare count, which a count of the source could contradict
 * ("two eruptions" against "four"), and was never checked as what it is. So, too, a figure after
 * "from" that leaves its unit to the level before it: "fell to 6.5 days from eleven", "rose to 4.5
 * per cent, from 3.9 a year earlier".
 */
function withRangeStarts(text: string, start: number, mentions: Mention[]): Mention[] {
  if (mentions.length < 2) return mentions;
  // Figures in digits come before those in words: in order already unless the sentence has both.
  let ordered = mentions;
  let unread: Set<Mention> | undefined;
  for (let i = 1; i < mentions.length && ordered === mentions; i++) if (mentions[i].start < mentions[i - 1].start) ordered = mentions.slice().sort((a, b) => a.start - b.start);
  for (let i = 0; i + 1 < ordered.length; i++) {
    const first = ordered[i];
    const last = ordered[i + 1];
    const earlier = (last.kind === 'count' && isBare(last) ? (earlierLevel(text, start, first, last) ?? levelAfterChange(text, start, first, last) ?? gappedLength(text, first, last)) : scaledEarlierLevel(text, first, last)) ?? levelReachedFrom(text, start, first, last);
    if (earlier) {
      ordered[i + 1] = earlier;
      continue;
    }
    if (!isBare(first) || first.qualifier?.kind === 'atMost') continue;
    if (last.start - first.end > 9) continue;
    const between = text.slice(first.end, last.start);
    // "10- to 15-minute delays", "3- and 4-year-olds": the first leaves what follows it to the last.
    const suspended = SUSPENDED_JOINER.exec(between);
    const joiner = suspended ?? RANGE_JOINER.exec(between);
    if (!joiner || (!suspended && /and/i.test(joiner[0]) && !afterBetween(text, start, first))) continue;
    const range = rangeOf(first, last);
    if (range) [ordered[i], ordered[i + 1]] = range;
    // Two of a kind that share one unit ("1- and 2-year-olds") are two values of one frame, which
    // no fact of the pair's can be told from the other's by: the first is left unread.
    else if (suspended && suspended[1].toLowerCase() !== 'to') (unread ??= new Set()).add(first);
  }
  return unread ? ordered.filter((m) => !unread!.has(m)) : ordered;
}

const BETWEEN_JOINER = /^[ \u00a0]+and[ \u00a0]+$/i;

/**
 * `mentions` (in order) with the ends of each range "between" two figures of a kind marked: "between
 * 150 and 200 late entries", "between 5% and 10% higher". A writer's "more than 200" restates
 * neither end. Ranges of other forms ("150 to 200", "from 150 to 200") may be changes, and are not.
 */
function withRangeEnds(text: string, start: number, mentions: Mention[]): Mention[] {
  for (let i = 0; i + 1 < mentions.length; i++) {
    const first = mentions[i];
    const last = mentions[i + 1];
    const low = first.number;
    const high = last.number;
    if (!low || !high || first.kind !== last.kind || first.qualifier || last.qualifier || !(low.values[0] < high.values[0])) continue;
    if (!BETWEEN_JOINER.test(text.slice(first.end, last.start)) || !afterBetween(text, start, first)) continue;
    low.range = high.range = [low.values[0], high.values[0]];
  }
  return mentions;
}

/** Whether "between" stands right before `m` (in its sentence, which starts at `start`). */
function afterBetween(text: string, start: number, m: Mention): boolean {
  return BETWEEN.test(text.slice(Math.max(start, m.start - 9), m.start));
}

/**
 * `bare` read as a length in the unit of the change before it, when it is the level that change
 * reached: "lowered his record by 0.03 seconds to 59.84" is 59.84 seconds. Read alone it was a
 * count, which the source's other count of the sentence (the 59.87 before) contradicted.
 */
function levelAfterChange(text: string, start: number, change: Mention, bare: Mention): Mention | undefined {
  const d = change.duration;
  if (!d || d.relation || d.compound || d.clock || !BY_BEFORE.test(text.slice(Math.max(start, hedgedStart(change) - 4), hedgedStart(change)))) return undefined;
  if (!BY_TO_BETWEEN.test(text.slice(change.end, bare.start)) || !AFTER_ELIDED.test(text.slice(bare.end, bare.end + 16))) return undefined;
  return { ...bare, kind: 'duration', number: undefined, duration: { amount: bare.number!.values[0], unit: d.unit, adjectival: false } };
}

/**
 * `bare` read as a length in the unit of the one before it, when a clause that leaves out its verb
 * tells it of another thing: "Red cells keep for 35 days, platelets for only five." Read alone it
 * was a count, which no length could be held to.
 */
function gappedLength(text: string, length: Mention, bare: Mention): Mention | undefined {
  const d = length.duration;
  if (!d || d.relation || d.compound || d.clock || bare.start - length.end > GAPPED_REACH || !GAPPED_BETWEEN.test(text.slice(length.end, hedgedStart(bare))) || !ELIDED_UNIT_END.test(text.slice(bare.end, bare.end + 2))) return undefined;
  return { ...bare, kind: 'duration', number: undefined, duration: { amount: bare.number!.values[0], unit: d.unit, adjectival: false, unitAfterRange: true } };
}

/** Between a length and a bare figure whose clause leaves out the verb and unit: ", platelets for only", ", and the rest for". */
const GAPPED_BETWEEN = /^,[ \u00a0]+(?:(?:and|but|while)[ \u00a0]+)?(?:[\p{L}'’-]+[ \u00a0]+){1,6}for[ \u00a0]+(?:(?:only|just)[ \u00a0]+)?$/iu;
const GAPPED_REACH = 60;

/** Between a change and the level it reached: "by 0.03 seconds to 59.84". */
const BY_TO_BETWEEN = /^,?[ \u00a0]+to[ \u00a0]+$/;

/**
 * `scaled` read in the currency of the sum before it, when it is the sum that one was before and
 * writes the same scale but no currency: "grown to 318 million euros from 245 million". Read alone it
 * was a count, which left the change between the two unread.
 */
function scaledEarlierLevel(text: string, level: Mention, scaled: Mention): Mention | undefined {
  const [number, style] = [scaled.number, scaled.numberStyle];
  if (level.kind !== 'money' || scaled.kind !== 'count' || !number || !style || number.unit || number.vague || style.scale === 1 || style.suffix || style.scale !== level.numberStyle?.scale) return undefined;
  if (!elidedAfterFrom(text, level, scaled)) return undefined;
  return { ...scaled, kind: 'money', number: { ...number, currency: level.number!.currency } };
}

/** Whether `figure` stands right after "from" beside `level`, and what follows it leaves its unit to that level ("45%, up from 38."). */
function elidedAfterFrom(text: string, level: Mention, figure: Mention): boolean {
  return figure.start - level.end <= 12 && FROM_JOINER.test(text.slice(level.end, figure.start)) && AFTER_ELIDED.test(text.slice(figure.end, figure.end + 16));
}

/**
 * `bare` read in the unit of the level before it, when it is the figure the level was at before:
 * "to 6.5 days from eleven", "4.5 per cent, up from 3.9 a year earlier". Not "rose 9.4 percent from
 * 1,648,300", where the percent is a change and the bare figure the level it changed from.
 */
function earlierLevel(text: string, start: number, level: Mention, bare: Mention): Mention | undefined {
  if (!elidedAfterFrom(text, level, bare)) return undefined;
  if (!UP_OR_DOWN.test(text.slice(level.end, bare.start)) && !TO_BEFORE.test(text.slice(Math.max(start, level.start - 24), level.qualifier?.start ?? level.start))) return undefined;
  const read = rangeOf(bare, level)?.[0];
  const a = Math.abs(read?.number?.values[0] ?? read?.duration?.amount ?? 0);
  const b = Math.abs(level.number?.values[0] ?? level.duration?.amount ?? 0);
  return read && a > 0 && b > 0 && Math.max(a / b, b / a) <= LEVEL_RATIO ? read : undefined;
}

/**
 * `reached` read in the unit or currency of the level before it, when it is the level that one
 * went to and writes neither: "fell from 1.12 billion litres to 957 million", "from £4.2m to 3.9m".
 * Read alone it was a count, which neither a source's level nor the change between the two could be
 * held to.
 */
function levelReachedFrom(text: string, start: number, from: Mention, reached: Mention): Mention | undefined {
  const [level, number] = [from.number, reached.number];
  if (reached.kind !== 'count' || !level || !number || number.vague || number.unit || reached.numberStyle?.suffix || (!level.unit && from.kind !== 'money')) return undefined;
  if (!FROM_RIGHT_BEFORE.test(text.slice(Math.max(start, hedgedStart(from) - 6), hedgedStart(from))) || !FROM_TO_BETWEEN.test(text.slice(from.end, hedgedStart(reached)))) return undefined;
  if (!AFTER_ELIDED.test(text.slice(reached.end, reached.end + 16))) return undefined;
  const [a, b] = [Math.abs(level.values[0]), Math.abs(number.values[0])];
  if (!(a > 0 && b > 0 && Math.max(a / b, b / a) <= LEVEL_RATIO)) return undefined;
  return { ...reached, kind: from.kind, number: { ...number, unit: level.unit, currency: level.currency } };
}

const FROM_RIGHT_BEFORE = /(?<![\p{L}])from[ \u00a0]+$/iu;
const FROM_TO_BETWEEN = /^[ \u00a0]+to[ \u00a0]+$/u;

/** A figure that writes no unit, scale or sign of its own: one that a range or a level may give it. */
function isBare(m: Mention): boolean {
  return !!m.number && !m.number.vague && !m.number.unit && !!m.numberStyle && m.numberStyle.scale === 1;
}

/**
 * `first` and `last` as the ends of one range, when `last` writes what `first` leaves out (its unit,
 * scale, percent sign), or `first` the currency `last` leaves out ("$18–26bn").
 */
function rangeOf(first: Mention, given: Mention): [Mention, Mention] | undefined {
  const number = first.number!;
  if (first.kind === 'count' && given.duration && !given.duration.clock) {
    return [{ kind: 'duration', start: first.start, end: first.end, text: first.text, numberStyle: first.numberStyle, duration: { ...given.duration, amount: number.values[0], unitAfterRange: true } }, given];
  }
  if (!given.number || given.number.vague) return undefined;
  const scale = given.numberStyle?.scale ?? 1;
  // A figure grouped in thousands or with its own currency word says its size: "cut by €300,000 to
  // €1.2 million", "by 300,000 euros to 1.2 million euros" are no range, and no €300 billion.
  if (scale > 1 && (first.numberStyle?.grouping || first.numberStyle?.suffix)) return undefined;
  // "$18–26bn": the last is a sum in the first's currency.
  const last = first.kind === 'money' && given.kind === 'count' && !given.number.unit && scale > 1 ? { ...given, kind: 'money' as const, number: { ...given.number, currency: number.currency } } : given;
  const to = last.number!;
  const sameMoney = first.kind === 'money' && last.kind === 'money' && number.currency === to.currency && scale > 1;
  if (first.kind !== 'count' && !sameMoney) return undefined;
  if (first.kind === 'count' && last.kind === 'count' && !to.unit && scale === 1) return undefined;
  if (first.kind === 'count' && last.kind !== 'count' && last.kind !== 'percent' && last.kind !== 'money') return undefined;
  const carried = withScale(number, scale);
  if (to.unit) carried.unit = to.unit;
  if (to.currency) carried.currency = to.currency;
  return [{ ...first, kind: last.kind, number: carried, numberStyle: { ...first.numberStyle!, scale } }, last];
}

/** A figure written without the scale its range gives it ("200" of "200 to 300 million"). */
function withScale(number: NonNullable<Mention['number']>, scale: number): NonNullable<Mention['number']> {
  return { ...number, values: number.values.map((v) => v * scale), precision: number.precision * scale };
}

// "two in five", "1 out of 10", "one boat in ten", "two in every five": a share of a whole, not two counts. The part is a
// single digit or word ("won 12 in 20 matches" counts matches), and only "one" in words names what
// it counts ("two goals in 20 matches", "€1 million in 12 towns" are two figures); the whole is
// read as a figure first.
const SMALL = 'one|two|three|four|five|six|seven|eight|nine';
/** The last letters of "in", "out of", "in a" and "in every". */
const CONNECTOR_ENDS = new Set([...'nfay'].map((c) => c.charCodeAt(0)));
const PART_CONNECTOR = new RegExp(`(?<![\\p{L}\\p{N}.,])(?:(\\d|${SMALL})|(one)[ \\u00a0]+(?!(?:hundred|thousand|million|billion|trillion|percent|per)(?![\\p{L}]))\\p{L}+)[ \\u00a0]+(?:in|out of)[ \\u00a0]+(?:a[ \\u00a0]+|every[ \\u00a0]+)?$`, 'iu');

/**
 * `mentions` with each ratio ("almost two in five households") read as the share it is, a percentage
 * given only roughly (two in five is 30-50%): it agrees with the source's "38.7%" and is never precise
 * enough to contradict one. Its numbers are no counts ("five" is not the source's "four").
 */
function withRatios(text: string, start: number, mentions: Mention[]): Mention[] {
  for (const whole of mentions) {
    if (whole.kind !== 'count' || !whole.number || whole.number.vague || whole.qualifier || whole.start - start < 6) continue;
    // Most figures follow no "in": a look at the letter before the space before them lets them go.
    if (!CONNECTOR_ENDS.has(text.charCodeAt(whole.start - 2))) continue;
    const before = PART_CONNECTOR.exec(text.slice(Math.max(start, whole.start - 32), whole.start));
    const part = before ? ratioNumber(before[1] ?? before[2]) : undefined;
    const of = whole.number.values[0];
    if (part === undefined || part <= 0 || part >= of || of > 1000 || !Number.isInteger(of)) continue;
    const from = whole.start - before![0].length;
    const ratio: Mention = {
      kind: 'percent',
      start: from,
      end: whole.end,
      text: text.slice(from, whole.end),
      number: { values: [(100 * part) / of], precision: 100 / of, vague: ratioSpan(part, of) },
    };
    const qualifier = qualifierBefore(text, from, start);
    if (qualifier) ratio.qualifier = qualifier;
    return withRatios(text, start, [...mentions.filter((other) => other.end <= from || other.start >= whole.end), ratio]);
  }
  return mentions;
}

/**
 * The shares (per cent) a ratio stands for. "One in four" is chosen over one in three and one in
 * five: it covers the shares nearer a quarter than those (22-29%), not all from an eighth to three
 * eighths, in which "one in five" lies. A part of two or more out of a larger whole is rounded in
 * its part ("three in 10" for 27%).
 */
function ratioSpan(part: number, of: number): [number, number] {
  return part === 1 && of <= FEW ? [100 / (of + 0.5), 100 / (of - 0.5)] : [(100 * (part - 0.5)) / of, (100 * (part + 0.5)) / of];
}

/** The wholes of "one in …" that are chosen among their neighbours ("one in three", not "one in 20"). */
const FEW = 6;

function ratioNumber(written: string): number | undefined {
  if (isAsciiDigit(written.charCodeAt(0))) return +written;
  const parsed = parseNumberWords(written.split(' '));
  return parsed?.value;
}

// "2:05:18", "1:58:07.4": hours, minutes and seconds, as a race is timed; or minutes and seconds
// with their hundredths, "1:55.83", which no time of day has.
const CLOCK = /(?:(\d{1,2}):([0-5]\d):([0-5]\d)(\.\d{1,3})?|(\d{1,2}):([0-5]\d)(\.\d{1,3}))(?![\d:])/y;

/** How many decimals of a second a race time (as written, "1:55.83") gives. */
export function clockDecimals(written: string): number {
  const dot = written.lastIndexOf('.');
  return dot < 0 ? 0 : written.length - dot - 1;
}

/** The race time starting at `at` in `sentence` (document offsets from `start`), as a duration in seconds. */
function clockDuration(text: string, sentence: string, at: number, start: number): Mention | undefined {
  CLOCK.lastIndex = at;
  const m = CLOCK.exec(sentence);
  if (!m) return undefined;
  const from = start + at;
  const end = from + m[0].length;
  const [hours, minutes, seconds, fraction] = m[1] === undefined ? ['0', m[5], m[6], m[7]] : [m[1], m[2], m[3], m[4]];
  const amount = +hours * 3600 + +minutes * 60 + +seconds + (fraction ? +fraction : 0);
  const mention: Mention = { kind: 'duration', start: from, end, text: text.slice(from, end), duration: { amount, unit: 'second', adjectival: false, clock: true } };
  const qualifier = qualifierBefore(text, from, start);
  if (qualifier) mention.qualifier = qualifier;
  return mention;
}

/**
 * A time of day ("9:30 p.m.", "15:12", "5.37pm"): a figure in minutes after midnight, each reading
 * of it (see `clockMinutes`). Only a hedge ("about 9 a.m.") qualifies it; "after 9 a.m." is no bound.
 */
function clockTime(text: string, start: number, end: number, within: SentenceAt): Mention {
  const written = text.slice(start, end);
  const mention: Mention = { kind: 'time', start, end, text: written };
  const minutes = clockMinutes(written);
  if (!minutes) return mention;
  mention.number = { values: minutes, precision: 1 };
  const qualifier = qualifierBefore(text, start, within.start);
  if (qualifier && (qualifier.kind === 'approx' || qualifier.kind === 'nearly')) mention.qualifier = qualifier;
  return mention;
}

/** "COVID-19", "F-16", "A4", "3D": digits that are part of a name, not a figure ("42km" is one). */
function isIdentifier(text: string, from: number, to: number, within: SentenceAt): boolean {
  // Most figures stand between spaces and punctuation: an ASCII character other than a letter (or the
  // hyphen NAME_HYPHEN ends in) answers without a pattern.
  const last = from > 0 ? text.charCodeAt(from - 1) : 0x20;
  if (last >= 0x80 || last === 0x2d || isAsciiLetter(last)) {
    const before = text.slice(Math.max(0, from - 3), from);
    if (NAME_HYPHEN.test(before) || LETTER_LAST.test(before)) return true;
  }
  const next = to < text.length ? text.charCodeAt(to) : 0x20;
  if (next < 0x80 && !isAsciiLetter(next)) return false;
  return LETTER_FIRST.test(text.slice(to, to + 1)) && !FIGURE_SUFFIX.test(text.slice(to, to + 4)) && !unitAfter(text.slice(to, to + 24)) && !degreesIn(text, from, to, within, DECIMALS_END.test(text.slice(from, to)));
}

/**
 * Whether text [start, from) may end in a currency prefix: a symbol, the last capital of a code, or
 * a space after one. Most figures follow a space after a lower-case word, or punctuation.
 */
function mayFollowCurrency(text: string, from: number, start: number): boolean {
  if (from <= start) return false;
  const c = text.charCodeAt(from - 1);
  if (c >= 0x80 || c === 0x24 || (c >= 0x41 && c <= 0x5a)) return true;
  if (c !== 0x20 && (c < 0x09 || c > 0x0d)) return false;
  const before = from - 1 > start ? text.charCodeAt(from - 2) : 0x20;
  return before >= 0x80 || (before >= 0x41 && before <= 0x5a);
}

/** A capitalised word: a capital and small letters ("Line", "Lyra", not "NATO"). */
const CAPITALISED = /^\p{Lu}\p{Ll}+$/u;
const LETTER_OR_DIGIT_OR_DOT = /[\p{L}\p{N}.]/u;

/**
 * Whether the whole number at `start` (ending at `end`) follows a capitalised word that names
 * something: not a word that opens a sentence with its figure ("Some 120", "Nearly 40", "Another
 * 30"), a month or weekday, or a degree ("Category 4"); and is not a score ("Redmoor Athletic 3-1"). Asked of most counts,
 * it reads characters, and a pattern only for the word it finds.
 */
function isNamePart(text: string, start: number, end: number, sentenceStart: number): boolean {
  const c = text.charCodeAt(start - 1);
  if (c !== 0x20 && c !== 0xa0) return false;
  let from = start - 1;
  while (from > sentenceStart && from > start - 24 && isLetterCode(text.charCodeAt(from - 1))) from--;
  if (from === start - 1 || (from > sentenceStart && LETTER_OR_DIGIT_OR_DOT.test(text[from - 1]))) return false;
  const word = text.slice(from, start - 1);
  if (!CAPITALISED.test(word)) return false;
  const after = text.charCodeAt(end);
  if ((after === 0x2d || after === 0x2013) && isAsciiDigit(text.charCodeAt(end + 1))) return false;
  // A score written out: "Vallholm outshot Norrbrink 41 to 29".
  if (SCORE_TO_AFTER.test(text.slice(end, end + 6))) return false;
  const lower = word.toLowerCase();
  if (isStopword(lower) || NOT_NAMES.has(lower) || qualifierBefore(text, start, sentenceStart)) return false;
  // "sent 884 cattle, Swinside 531 and Garrowdale 731": the items of a list whose verb and noun the
  // first gives, each a count of its own.
  return !ELIDED_LIST_BEFORE.test(text.slice(Math.max(sentenceStart, from - 120), from));
}

/** Before a name and figure: a figure and its noun, then items of a name and a figure, set off as a list's. */
const ELIDED_LIST_BEFORE = /\d[ \u00a0]+\p{Ll}[\p{L}-]*,[ \u00a0]+(?:\p{Lu}[\p{L}'’-]*(?:[ \u00a0]+\p{Lu}[\p{L}'’-]*)?[ \u00a0]+[\d,.]*\d(?:,[ \u00a0]+|[ \u00a0]+(?:and|or)[ \u00a0]+))*$/u;

const SCORE_TO_AFTER = /^[ \u00a0]to[ \u00a0]\d/;

const NOT_NAMES = new Set(
  [
    'january february march april may june july august september october november december jan feb mar apr jun jul aug sep sept oct nov dec',
    'monday tuesday wednesday thursday friday saturday sunday mon tue tues wed thu thur thurs fri sat sun',
    'another perhaps maybe possibly fully barely altogether overall plus',
    // Words that open a sentence before its figure ("Across 152 shows", "Within 48 hours", "Despite 300 complaints").
    'across behind despite except inside near outside past throughout toward towards within like unlike including excluding',
    'although though unless whereas still even already now today yesterday tomorrow last next fewer less least many much several',
    // A degree or a place in a sequence, which a writer may miscopy: "a Category 4 hurricane", "Stage 12".
    'category cat level stage phase round grade tier force class day week game leg race match heat lap season',
  ]
    .join(' ')
    .split(' '),
);

/** After a temperature, what puts it below zero: "6C below zero", "4 degrees below freezing". */
const BELOW_ZERO_AFTER = /^[ \u00a0]+below[ \u00a0]+(?:zero|freezing)(?![\p{L}])/iu;

/**
 * Given the digits (or number words) at [from, to), reads what stands around them (currency, scale,
 * percent, unit of time or measure, qualifier) and decides what kind of figure this is.
 */
function completeNumber(text: string, from: number, to: number, values: number[], digits: Omit<Digits, 'values'>, within: SentenceAt, wordsStyle?: NumberStyle['words']): Mention | undefined {
  const sentenceStart = within.start;
  const style = emptyStyle();
  style.grouping = digits.grouping;
  style.integerDigits = digits.integerDigits;
  style.decimal = digits.decimal;
  style.decimals = digits.decimals;
  style.words = wordsStyle;
  // "minus 10 F" with no word of temperature near: a figure below zero whose sign is not read (only
  // a temperature's is) is no figure at all rather than ten.
  const minus = belowZero(text, from, sentenceStart);
  let start = from;
  let end = to;
  let kind: MentionKind = 'count';
  let currency: string | undefined;

  const prefix = mayFollowCurrency(text, from, Math.max(sentenceStart, from - 4)) ? CURRENCY_PREFIX.exec(text.slice(Math.max(sentenceStart, from - 4), from)) : null;
  if (prefix) {
    style.prefix = prefix[1];
    start = from - prefix[1].length;
    currency = currencyCode(prefix[1]);
    kind = 'money';
  }
  let rest = text.slice(end, end + 40);
  // Most figures are followed by a space or punctuation: after punctuation, none of the looks after a
  // figure below can match, and they are not tried.
  const bare = !mayStartSuffix(rest.charCodeAt(0));
  const time = !bare && !currency ? TIME.exec(rest) : null;
  if (time) return clockTime(text, start, end + time[0].length, within);

  const suffix = bare ? null : SCALE_SUFFIX.exec(rest);
  const scaleWord = bare ? null : SCALE_WORD.exec(rest);
  if (suffix && !wordsStyle) {
    const s = suffix[1];
    const lower = s.toLowerCase();
    // "300m" is metres unless money or a count context makes it millions.
    const metres = (lower === 'm' && !currency && METRE_CONTEXT.test(rest.slice(s.length)));
    const billionNeedsMoney = lower === 'b' && !currency;
    if (!metres && !billionNeedsMoney) {
      style.scaleText = s;
      style.scale = SCALES[lower];
      end += s.length;
    }
  } else if (scaleWord) {
    style.scaleText = scaleWord[0];
    style.scale = SCALES[scaleWord[1].toLowerCase()];
    end += scaleWord[0].length;
  }
  rest = text.slice(end, end + 40);

  const currencyAfter = !bare && !currency ? CURRENCY_WORD_AFTER.exec(rest) : null;
  const percent = bare ? null : PERCENT.exec(rest);
  const ordinal = !bare && !wordsStyle && style.scale === 1 ? ORDINAL.exec(rest) : null;
  const duration = !bare && style.scale === 1 ? (DURATION_UNIT.exec(rest) ?? DURATION_RUN_ON.exec(rest)) : null;
  const durationUnit = duration?.groups!.unit.toLowerCase();
  // Ages in months are left durations, as "a seven-month-old" is.
  const age = bare ? null : AGE.exec(rest) ?? (duration && UNIT_OF[durationUnit!] === 'year' && AGED_BEFORE.test(text.slice(Math.max(sentenceStart, start - 48), start)) ? duration : null);
  let durationValue: Mention['duration'];
  let measure: WrittenUnit | undefined;
  if (currencyAfter) {
    kind = 'money';
    currency = currencyCode(currencyAfter[1] ?? currencyAfter[2] ?? currencyAfter[3]);
    style.suffix = currencyAfter[0];
    end += currencyAfter[0].length;
  } else if (percent) {
    kind = 'percent';
    style.suffix = percent[0];
    end += percent[0].length;
    if (BASIS_POINTS.test(percent[0])) style.scale = BASIS_POINT;
    if (isAttributive(text, start, end, sentenceStart)) style.attributive = true;
  } else if (ordinal) {
    kind = 'ordinal';
    style.ordinalSuffix = ordinal[1];
    end += ordinal[1].length;
  } else if (age) {
    // "23 years old", "aged between nine months and 14 years": a count of years of age; the unit
    // words stay outside the span.
  } else if (duration && !currency) {
    kind = 'duration';
    const unit = UNIT_OF[durationUnit!];
    const amount = durationUnit === 'fortnight' ? values[0] * 2 : values[0];
    end += duration[0].length;
    durationValue = { amount, unit, adjectival: duration[1] === '-', ...relationAfter(text, start, end, sentenceStart) };
    if (duration.groups?.run) durationValue.run = duration.groups.run;
    // "wants three more months on top of that" adds to a length, as "sat for 25 more years" does not.
    if (duration.groups?.added && !LENGTH_BEFORE.test(text.slice(Math.max(sentenceStart, start - 40), start))) durationValue.difference = true;
  } else if (!currency && (measure = bare ? undefined : (unitAfter(rest) ?? degreesIn(text, start, end, within, digits.decimals > 0)))) {
    const sign = isTemperature(measure.unit) ? temperatureSign(text, start, sentenceStart) : undefined;
    if (sign) {
      // "minus 21C": read with its sign, which the span holds, so that a fix writes it as the draft did.
      style.sign = sign;
      start -= sign.length;
      values = values.map((v) => -v);
    } else if (isTemperature(measure.unit) && belowZero(text, start, sentenceStart, true)) return undefined;
    style.suffix = measure.written;
    end += measure.written.length;
    // "6C below zero": the sign after the unit, which the span and suffix hold.
    const below = isTemperature(measure.unit) && !sign ? BELOW_ZERO_AFTER.exec(text.slice(end, end + 16)) : null;
    if (below) {
      style.sign = '';
      style.suffix += below[0];
      end += below[0].length;
      values = values.map((v) => -v);
    }
  } else if (!currency && !style.scaleText && !digits.decimals && !digits.grouping && !wordsStyle && values[0] >= 1800 && values[0] <= 2100 && Number.isInteger(values[0])) {
    kind = 'year';
    const split = SPLIT_YEAR.exec(rest);
    if (split && Number(split[1]) === (values[0] + 1) % 100) {
      end += split[0].length;
      values = [values[0], values[0] + 1];
    }
  }

  if (minus && !style.sign) return undefined;
  // "the world No. 1": a rank, which a count ("the top 10") never contradicts.
  if (kind === 'count' && !wordsStyle && start >= 3 && RANK_BEFORE.test(text.slice(Math.max(sentenceStart, start - 5), start))) kind = 'ordinal';
  // "on day three", "in round 2": a place in a sequence, which no count of days or rounds restates.
  if (kind === 'count' && !style.scaleText && !digits.grouping && !digits.decimals && start >= 4 && SEQUENCE_BEFORE.test(text.slice(Math.max(sentenceStart, start - 10), start))) kind = 'ordinal';
  // "Line 2", "the Lyra 7", "Terminal 5": a whole number after a capitalised word within a sentence
  // names a thing; a score is a figure ("beating Redmoor Athletic 3-1").
  if (kind === 'count' && !wordsStyle && !style.scaleText && !digits.grouping && !digits.decimals && !measure && end === to && isNamePart(text, start, end, sentenceStart)) return undefined;
  const scaled = values.map((v) => v * style.scale);
  const precision = precisionOf(digits, style.scale);
  if (!scaled.every(isWritableFigure) || precision < FINEST_PRECISION) return undefined;
  const mention: Mention = { kind, start, end, text: text.slice(start, end) };
  if (kind === 'duration') {
    mention.duration = durationValue;
    mention.numberStyle = sharedStyle(style);
  } else if (kind !== 'year') {
    mention.number = { values: scaled, precision, currency };
    if (measure) {
      mention.number.unit = measure.unit.key;
      // "4.6 tons" may be tonnes or US short tons (4.2 tonnes): both readings are kept, as for "120.000".
      if (SHORT_TONS.test(measure.written)) mention.number.values = [...scaled, ...scaled.map((v) => v * SHORT_TON)];
    } else if (kind === 'percent' && (POINTS.test(style.suffix) || style.scale === BASIS_POINT)) mention.number.unit = PERCENTAGE_POINTS;
    mention.numberStyle = sharedStyle(style);
  } else {
    mention.number = { values: scaled, precision: 1 };
  }
  const before = qualifierBefore(text, start, sentenceStart);
  const qualifier = (before && !(mention.duration && isSpanOver(text, before, mention.duration, end, sentenceStart)) ? before : undefined) ?? qualifierAfter(text, end);
  if (qualifier && kind !== 'year' && kind !== 'ordinal') mention.qualifier = qualifier;
  // "fell by 85 seconds, to 11 minutes 40 seconds" is a difference as "fell by 85, to 1,130" is.
  const differs = () => isDifference(text, end, text.slice(Math.max(sentenceStart, start - 24), start)) || isChangeTo(text, qualifier?.start ?? start, end, sentenceStart) || EXTRA_OF_FIGURE.test(text.slice(Math.max(sentenceStart, start - 60), start)) || isExtraOn(text, start, end, sentenceStart);
  // Not a length "pushed back by a year", nor a measure "fell by 5.2 feet", which sources tell as lengths and levels.
  const changedBy = () => !measure && CHANGED_BY_BEFORE.test(text.slice(Math.max(sentenceStart, (qualifier?.start ?? start) - 24), qualifier?.start ?? start));
  if ((kind === 'count' || kind === 'money') && mention.number && (differs() || changedBy())) mention.number.difference = true;
  else if (kind === 'percent' && mention.number && !mention.number.unit && isPercentChange(text, qualifier?.start ?? start, end, sentenceStart)) mention.number.change = true;
  else if (mention.duration && !mention.duration.relation && (differs() || SAVED_BEFORE.test(text.slice(Math.max(sentenceStart, (qualifier?.start ?? start) - 16), qualifier?.start ?? start)))) mention.duration.difference = true;
  if (mention.number && !mention.number.difference && reachesLevel(text, qualifier && qualifier.start < start ? qualifier.start : start, sentenceStart)) mention.number.reached = true;
  return mention;
}

/** Words after which "over" a length is more than it: "for over three years", "took over an hour", "a wait of over six months". */
const OVER_AS_MORE_BEFORE = /(?<![\p{L}])(?:for|in|of|after|by|than|within|took|take|takes|taking|lasted|lasting|lasts|spent|spend|spending|waited|wait|waits|waiting|stayed|remained|needed|needs|been|is|was|were|are|be|well|just|little|slightly)[ \u00a0]+$/iu;

/** After a length, words that make it a time from now: "over two weeks away". */
const AWAY_AFTER = /[ \u00a0]+(?:away|from[ \u00a0]+now)(?![\p{L}])/iuy;

/**
 * Whether "over" before a length (ending at `end`) tells the span something happened across
 * ("£1.5 million over three years", "fell from 190 to 48 over five years", "repayment over seven
 * years"), not more than it: read as a bound, "over three years" agreed with the source's "over five
 * years". Only a word of length before it, or a time before, after or from another ("over three
 * years ago", "over two weeks away"), makes it a bound.
 */
function isSpanOver(text: string, qualifier: Qualifier, duration: DurationValue, end: number, sentenceStart: number): boolean {
  if (qualifier.text.toLowerCase() !== 'over' || duration.relation || OVER_AS_MORE_BEFORE.test(text.slice(Math.max(sentenceStart, qualifier.start - 12), qualifier.start))) return false;
  AWAY_AFTER.lastIndex = end;
  return !AWAY_AFTER.test(text);
}

/** Words before a percentage, besides a verb of change (`CHANGE_BEFORE`), that tell it as one: "a rise of 1.3", "by 8". */
const PERCENT_CHANGE_BEFORE = new RegExp(`(?<![\\p{L}])(?:${CHANGE_NOUN}[ \\u00a0]+of|by)[ \\u00a0]+$`, 'iu');
/** A noun of change after one: "a 5 percent jump". */
const PERCENT_CHANGE_AFTER = new RegExp(`[ \\u00a0-]+${CHANGE_NOUN}(?![\\p{L}])`, 'iuy');

/** Whether the percentage at [start, end) of its sentence is told as a change: "up 7 percent", "a 5 percent jump", "7 percent higher", "7 percent below". */
function isPercentChange(text: string, start: number, end: number, sentenceStart: number): boolean {
  const before = text.slice(Math.max(sentenceStart, start - 16), start);
  if (CHANGE_BEFORE.test(before) || PERCENT_CHANGE_BEFORE.test(before) || isDifference(text, end, before)) return true;
  PERCENT_CHANGE_AFTER.lastIndex = end;
  if (PERCENT_CHANGE_AFTER.test(text)) return true;
  PERCENT_APART_AFTER.lastIndex = end;
  return PERCENT_APART_AFTER.test(text);
}

/** A comparison after one: "2.4 per cent below the 10 per cent minimum", "5% above last year's". */
const PERCENT_APART_AFTER = /[ \u00a0]+(?:below|above)(?![\p{L}])/iuy;

const ARTICLE_BEFORE = /(?<![\p{L}])an?[ \u00a0]+$/iu;
const WORD_AFTER = /^[ \u00a0-]\p{L}/u;

/**
 * Whether the percentage at [start, end) of its sentence describes the noun after it: a change ("the
 * 5 percent rise"), or any noun after "a" ("a 5 percent stake"), which takes no plural figure.
 */
function isAttributive(text: string, start: number, end: number, sentenceStart: number): boolean {
  PERCENT_CHANGE_AFTER.lastIndex = end;
  if (PERCENT_CHANGE_AFTER.test(text)) return true;
  return ARTICLE_BEFORE.test(text.slice(Math.max(sentenceStart, start - 4), start)) && WORD_AFTER.test(text.slice(end, end + 2));
}

/**
 * A comparative right after a figure makes it a difference ("four euros more than before", "21 more
 * seats", "6,000 up on a year earlier", "38 centimetres above the 2015 level"), which the amounts it
 * lies between do not restate. A percentage is left a percentage: "5% higher than" is how a rise of
 * 5% is told. A change told before the figure ("dropped by 3.1 metres") is not marked, unless the
 * level it reached follows (see `isChangeTo`): "dropped an average of 3.1 metres" tells the same amount.
 */
const DIFFERENCE_AFTER = /[ \u00a0]+(?:more|fewer|less|higher|lower|cheaper|dearer|shorter|longer|larger|smaller|bigger|greater|faster|quicker|slower|lighter|heavier|warmer|colder|hotter|cooler|deeper|taller|wider|older|younger|(?:up|down)(?=[ \u00a0]+on(?![\p{L}]))|(?:above|below)(?=[ \u00a0]+[\p{L}\d])|short(?=[ \u00a0]+of(?![\p{L}])))(?![\p{L}])/iuy;

/**
 * A change told before a figure and the level it reached after it ("went up 10 euros to 99 euros",
 * "rose by 3,000, to 45,000"): the figure is the difference, which no level restates. A share
 * something makes or takes up is no change ("lorries now make up 17.4 per cent of traffic").
 */
const CHANGE_BEFORE = /(?<![\p{L}])(?:(?<!(?<![\p{L}])(?:make|makes|made|making|take|takes|took|taking|taken)[ \u00a0]+)up|down|rose|risen|rise|rises|fell|fallen|fall|falls|climbed|jumped|dropped|increased|decreased|grew|raised|lowered|cut)(?:[ \u00a0]+by)?[ \u00a0]+$/iu;
const LEVEL_AFTER = /^,?[ \u00a0]+to[ \u00a0]+(?:[$€£¥]|\d)/u;
/** A verb of change, what it changes, then "by": "will raise its handling fee by", "cut the levy by". */
const CHANGE_OBJECT_BY = /(?<![\p{L}])(?:rais(?:e|es|ed|ing)|cut(?:s|ting)?|increas(?:e|es|ed|ing)|reduc(?:e|es|ed|ing)|lower(?:s|ed|ing)?|hik(?:e|es|ed|ing)|lift(?:s|ed|ing)?)(?:[ \u00a0]+[\p{L}'’-]+){1,4}[ \u00a0]+by[ \u00a0]+$/iu;

/** Whether the figure at [start, end) is a change told before it, to a level told after it. */
function isChangeTo(text: string, start: number, end: number, sentenceStart: number): boolean {
  if (!LEVEL_AFTER.test(text.slice(end, end + 8))) return false;
  return CHANGE_BEFORE.test(text.slice(Math.max(sentenceStart, start - 16), start)) || CHANGE_OBJECT_BY.test(text.slice(Math.max(sentenceStart, start - 60), start));
}

/** Before a length: the time a change saves, adds or loses, a difference of two lengths ("saving 15 minutes", "shaving 20 minutes off", "lost eight hours a week of café work"). */
const SAVED_BEFORE = /(?<![\p{L}])(?:sav(?:e|es|ed|ing)|shav(?:e|es|ed|ing)|knock(?:s|ed|ing)?|add(?:s|ed|ing)?|los(?:e|es|t|ing)|gain(?:s|ed|ing)?)[ \u00a0]+(?:(?:a|an|another|an[ \u00a0]+extra)[ \u00a0]+)?$/iu;

/**
 * Whether a comparative follows the figure ending at `end`, read in place (asked of every figure),
 * `before` being the words before the figure.
 */
function isDifference(text: string, end: number, before: string): boolean {
  const c = text.charCodeAt(end);
  if (c !== 0x20 && c !== 0xa0) return false;
  DIFFERENCE_AFTER.lastIndex = end;
  if (!DIFFERENCE_AFTER.test(text)) return false;
  // "destroyed 2,318 homes and damaged 5,940 more.": more of the same, not more than anything; but
  // "may become 248: 62 more, or a third more" tells how far the figure before it is from another.
  ADDITIONAL_AFTER.lastIndex = end;
  return !ADDITIONAL_AFTER.test(text) || APPOSED_TO_FIGURE.test(before);
}

/**
 * An amount told as added to the figure just before it, set off from it with its words: "expects
 * to employ 31, an extra 17 posts", "3,940 a year earlier: an extra 922 runners". Not one added to
 * nothing told ("will raise an extra £21,300 a year"), which is itself the amount a source gives.
 */
const EXTRA_OF_FIGURE = new RegExp(String.raw`\d[\p{L}%]*(?:[ \u00a0]+[\p{L}'’-]+){0,4}[ \u00a0]*[:,—–][ \u00a0]*${ADDED_BEFORE}`, 'u');
/**
 * Whether the amount at [start, end) is told as added and on what it is compared with: "an extra
 * 3,270 hours on 2024", "an additional 40 staff compared with last year" is a difference.
 */
function isExtraOn(text: string, start: number, end: number, sentenceStart: number): boolean {
  return EXTRA_BEFORE.test(text.slice(Math.max(sentenceStart, start - 16), start)) && COMPARED_ON_AFTER.test(text.slice(end, end + 16));
}

/** Right before an amount, a verb of change and "by": "entries rose by 138 on last year's 1,046" tells a difference. */
const CHANGED_BY_BEFORE = /(?<![\p{L}])(?:rose|risen|rises|rising|fell|fallen|falls|falling|grew|grown|grows|growing|increased|decreased|dropped|climbed|jumped|slipped|declined|went[ \u00a0]+(?:up|down)|(?:is|are|was|were)[ \u00a0]+(?:up|down))[ \u00a0]+by[ \u00a0]+$/iu;

const EXTRA_BEFORE = new RegExp(`(?<![\\p{L}])${ADDED_BEFORE}`, 'iu');
const COMPARED_ON_AFTER = /^[ \u00a0]+(?:on|over|than|compared[ \u00a0]+(?:with|to))[ \u00a0]/iu;

/** Right after a figure and a colon, comma or dash: a figure told of it. */
const APPOSED_TO_FIGURE = /\d[\p{L}%]*[ \u00a0]*(?:[:,—–]|[ \u00a0]-)[ \u00a0]*$/u;

/** "more" ending its clause after a figure: as many again of what was just counted. */
const ADDITIONAL_AFTER = /[ \u00a0]+more(?=[ \u00a0]*(?:[.;!?]|,[ \u00a0]+(?!than)|$))/iuy;

/**
 * Whether a figure's time, scale, currency, percent, ordinal, duration or age may start with the
 * character after it (none for an empty rest): white space, a letter or one of ":%-". Any character
 * beyond ASCII may, as far as this tells.
 */
function mayStartSuffix(c: number): boolean {
  return c >= 0x80 || isAsciiLetter(c) || isWhiteSpace(c) || c === 0x3a || c === 0x25 || c === 0x2d;
}

// A draft writes its figures in a few styles ("120,000", "$3.2m", "45%"): 10 MB has 46,000 figures
// in 8 styles. A mention lives as long as its reading, so each kept its own style for a draft's
// lifetime; one object per style is kept instead. Styles are never changed once made.
const styles = new Map<string, NumberStyle>();

/**
 * The styles last given out, most recent first: a draft's figures take turns among a few styles,
 * which are told apart field by field here without making their key (a string of ten parts per figure).
 */
const recentStyles: NumberStyle[] = [];
const RECENT_STYLES = 8;

/** The style object already made like `style`, or `style` itself when it is the first of its kind. */
export function sharedStyle(style: NumberStyle): NumberStyle {
  for (let i = 0; i < recentStyles.length; i++) {
    const recent = recentStyles[i];
    if (!sameStyle(recent, style)) continue;
    if (i > 0) {
      recentStyles.copyWithin(1, 0, i);
      recentStyles[0] = recent;
    }
    return recent;
  }
  const shared = styleKeyed(style);
  if (recentStyles.length < RECENT_STYLES) recentStyles.push(shared);
  recentStyles.copyWithin(1, 0, recentStyles.length - 1);
  recentStyles[0] = shared;
  return shared;
}

/**
 * What makes two styles one: `sameStyle` compares these, and a style's key in `styles` is made of
 * them, so the two cannot disagree.
 */
const STYLE_PARTS: ReadonlyArray<(style: NumberStyle) => string | number> = [
  (s) => s.sign ?? '',
  (s) => s.grouping,
  (s) => s.integerDigits,
  (s) => s.decimal,
  (s) => s.decimals,
  (s) => s.scaleText,
  (s) => s.scale,
  (s) => s.prefix,
  (s) => s.suffix,
  (s) => (s.words ? (s.words.capitalized ? 'W' : 'w') : ''),
  // An ordinal in words has the suffix '' ("ninth"), which is not none.
  (s) => (s.ordinalSuffix === undefined ? '' : `:${s.ordinalSuffix}`),
  (s) => (s.attributive ? 'a' : ''),
];

/** Whether two styles have the same key in `styles`. */
function sameStyle(a: NumberStyle, b: NumberStyle): boolean {
  for (let i = 0; i < STYLE_PARTS.length; i++) if (STYLE_PARTS[i](a) !== STYLE_PARTS[i](b)) return false;
  return true;
}

/** `sharedStyle` by the style's key. */
function styleKeyed(style: NumberStyle): NumberStyle {
  const key = STYLE_PARTS.map((part) => part(style)).join('|');
  const shared = styles.get(key);
  if (shared) return shared;
  if (styles.size >= 10_000) styles.clear();
  // Kept past its draft: its strings are copied out, so that a long suffix keeps no text alive.
  styles.set(key, unsliceAll(style));
  return style;
}

/**
 * How a length at [start, end) stands to another time, read in the words after it ("a day later",
 * "two years ago"; none for "deliberated for five hours before the verdict"), and whether it stands
 * alone, later or earlier than the time told before it ("six months later", not "six months after the vote").
 */
function relationAfter(text: string, start: number, end: number, sentenceStart: number): Pick<DurationValue, 'relation' | 'standalone'> {
  const relation = RELATION.exec(text.slice(end, end + 12));
  const read: Pick<DurationValue, 'relation' | 'standalone'> = { relation: isLengthBefore(text, start, relation?.[1], sentenceStart) ? undefined : relationOf(relation?.[1]) };
  if (relation && /^(?:later|earlier)$/i.test(relation[1])) read.standalone = true;
  return read;
}

/**
 * Whether a length starting at `start` is one whatever the `word` of relation after it: "deliberated
 * for five days before convicting him", "lasted 5 hours and 24 minutes after opening".
 */
function isLengthBefore(text: string, start: number, word: string | undefined, sentenceStart: number): boolean {
  if (!word || !/^(?:after|before)$/i.test(word)) return false;
  const before = text.slice(Math.max(sentenceStart, start - 32), start);
  return LENGTH_BEFORE.test(before) || IN_BEFORE.test(before);
}

/**
 * "for the first time in eight years after a six-hour meeting": a length "in" opens is no time on
 * from the "after" that follows it, which opens the clause's own time.
 */
const IN_BEFORE = /(?<![\p{L}])in[ \u00a0]+(?:(?:about|around|roughly|nearly|almost|some|just|only|more than|less than|at least|over|under)[ \u00a0]+)*$/iu;

function relationOf(word: string | undefined): NonNullable<Mention['duration']>['relation'] {
  switch (word?.toLowerCase().replace(/[ \u00a0]+/g, ' ')) {
    case 'later':
    case 'after':
      return 'later';
    // A time to come, told from the day it is written ("until Thursday 6 June, nearly a fortnight
    // from now"), which another day's words give otherwise. Not "away", a distance's word as often.
    case 'from now':
    case 'from today':
      return 'later';
    case 'earlier':
    case 'before':
    case 'ahead':
      return 'earlier';
    case 'ago':
      return 'ago';
    default:
      return undefined;
  }
}

/** Words that may start a spelled number or are a vague amount: most words are neither, let go with one look-up. */
const NUMBERISH = new Set([...NUMBER_WORDS, ...VAGUE_AMOUNTS.keys(), ...ORDINAL_WORDS.keys(), 'half']);

/** The parts a share is cut into, singular after "a" or "one" and plural after two to nine: "a third", "two-thirds", "three quarters". */
const DENOMINATORS = new Map<string, number>(
  ['third', 'quarter', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth'].flatMap((word, k): Array<[string, number]> => [
    [word, k + 3],
    [`${word}s`, k + 3],
  ]),
);
const NUMERATORS = ['two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];
/** After a fraction, a comparison: "a fifth more than", "a third higher". */
const COMPARED_AFTER = new Set(['more', 'less', 'fewer', 'higher', 'lower', 'larger', 'smaller', 'bigger', 'greater', 'cheaper', 'dearer']);
/** Words between "by" (or a change's "of") and a fraction that bound or hedge it: "fall short by more than a fifth". */
const BY_HEDGES = new Set(['more', 'less', 'fewer', 'than', 'about', 'around', 'almost', 'nearly', 'roughly', 'some', 'over', 'under', 'just', 'up', 'to', 'at', 'least', 'close', 'well']);
/** What may follow a fraction after "by" for it to be one: "cut by a third in 2024", not "by a third party". */
const AFTER_FRACTION = new Set(['in', 'on', 'from', 'to', 'over', 'since', 'after', 'this', 'last', 'compared', 'than', 'and', 'or', 'but', 'while', 'as', 'between', 'within', 'year', 'on-year']);

/**
 * The fraction that word `i` (its numerator) opens: "a third of homes", "two-thirds", "cut its profit by
 * about a quarter". After "by", or "of" after a noun of change ("a rise of more than a quarter"), a
 * fraction is a change of that share, when its clause ends there or goes on to say when or from
 * what, as it is before "off" ("took a third off"); "a third party" is none, nor "a quarter of an
 * hour", which its caller leaves (see `isPartOfOne`).
 */
function fractionAt(text: string, words: Word[], i: number): { numerator: number; of: number; change?: true } | undefined {
  const next = words[i + 1];
  const of = next && DENOMINATORS.get(next.lower);
  if (!of) return undefined;
  const lower = words[i].lower;
  const plural = next.lower.endsWith('s');
  const numerator = plural ? NUMERATORS.indexOf(lower) + 2 : lower === 'a' || lower === 'an' || lower === 'one' ? 1 : 0;
  if (numerator < 1) return undefined;
  // "a loss of nearly two-thirds of her crop" is a change, of that share.
  const change = isChangeBefore(words, i);
  const share = change ? { numerator, of, change: true as const } : { numerator, of };
  const joiner = text.slice(words[i].end, next.start);
  const after = words[i + 2];
  // "a quarter more than last year's 118", "two-thirds higher": a change of that share, as "25 per cent more" is.
  if (after && COMPARED_AFTER.has(after.lower) && SPACES_ONLY.test(text.slice(next.end, after.start)) && (joiner === '-' || SPACES_ONLY.test(joiner))) return { numerator, of, change: true };
  if (joiner === '-') return share;
  if (!SPACES_ONLY.test(joiner)) return undefined;
  if (after?.lower === 'of') return share;
  // "took a third off for the guilty plea", "a quarter off the price": a cut of that share.
  if (after?.lower === 'off') return { numerator, of, change: true };
  const clauseEnds = !after || /[,.;:!?)\]—–]/.test(text.slice(next.end, after.start));
  // "…, an overrun of €148m, or almost a third.": a share set off after another figure, its clause ending there.
  if (!change) return (clauseEnds && isSetOffByOr(text, words, i)) || isHedgedShare(words, i, i + 2) ? share : undefined;
  return clauseEnds || AFTER_FRACTION.has(after.lower) ? share : undefined;
}

/** The index of the word before the hedge (up to four words of `BY_HEDGES`) right before word `i`; -1 at the sentence's start. */
function beforeHedge(words: Word[], i: number): number {
  let k = i - 1;
  while (k >= 0 && i - k <= 4 && BY_HEDGES.has(words[k].lower)) k--;
  return k;
}

/** Whether word `i` follows ", or" and any hedge: "…, or almost a third". */
function isSetOffByOr(text: string, words: Word[], i: number): boolean {
  const k = beforeHedge(words, i);
  return k > 0 && words[k].lower === 'or' && /,[ \u00a0]*$/.test(text.slice(words[k - 1].end, words[k].start));
}

/** Hedges that make a fraction an amount: "more than half feared", "almost a quarter goes to rail". */
const AMOUNT_HEDGES = new Set(['more', 'less', 'fewer', 'nearly', 'almost', 'about', 'around', 'roughly', 'over', 'under', 'least']);
/**
 * After a fraction, what makes it a length, a size or part of a number ("nearly half an hour", "over
 * a quarter century", "almost half a million"), a fraction of an amount told before ("less than half
 * that", "half as much") or a change ("more than a quarter above the level") rather than a share.
 */
const NOT_A_SHARE_AFTER = new Set([
  ...['a', 'an', 'hour', 'hours', 'day', 'days', 'week', 'weeks', 'month', 'months', 'year', 'years', 'century', 'centuries', 'decade', 'decades', 'mile', 'miles', 'point', 'points'],
  ...['dozen', 'hundred', 'thousand', 'million', 'billion', 'trillion', 'time', 'way', 'final', 'finals', 'share', 'stake'],
  ...['that', 'this', 'these', 'those', 'what', 'as', 'than', 'above', 'below', 'higher', 'lower', 'more', 'less', 'up', 'down', 'over', 'under', 'larger', 'smaller', 'bigger', 'greater'],
]);

/**
 * Whether the fraction whose words are `i` to before `after` is a share told as an amount by the
 * hedge before it, of a whole its words leave to the sentence: "more than half feared losing
 * customers", "More than a quarter goes to freight rail". Unhedged ("a quarter goes"), or before a
 * length or a number ("nearly half an hour", "almost half a million"), it is none.
 */
function isHedgedShare(words: Word[], i: number, after: number): boolean {
  const k = beforeHedge(words, i);
  const hedged = words.slice(k + 1, i).some((w) => AMOUNT_HEDGES.has(w.lower));
  if ((k >= 0 && (words[k].lower === 'by' || words[k].lower === 'of')) || !hedged) return false;
  return !NOT_A_SHARE_AFTER.has(words[after]?.lower ?? '');
}

/** Nouns of change a share follows as its size: "a rise of more than a quarter", "a cut of half". */
const CHANGE_NOUN_SET = new Set(CHANGE_NOUNS);

/** Whether word `i` opens a share told as a change: after "by" or a noun of change's "of", and any hedge ("fell by about a third"). */
function isChangeBefore(words: Word[], i: number): boolean {
  const k = beforeHedge(words, i);
  if (k < 0) return false;
  return words[k].lower === 'by' || (words[k].lower === 'of' && k > 0 && CHANGE_NOUN_SET.has(words[k - 1].lower));
}

/**
 * Spelled-out numbers ("three states", "one hundred and twenty thousand") and vague amounts
 * ("thousands"), outside the spans of the figures in digits (`inDigits`).
 */
function findNumberWords(text: string, within: SentenceAt, words: Word[], inDigits: readonly Mention[]): Mention[] {
  const mentions: Mention[] = [];
  for (let i = 0; i < words.length; i++) {
    const lower = words[i].lower;
    // One look-up for most words, which are none of these; and none in a figure's span ("6C below zero").
    if (!NUMBERISH.has(lower) || inDigits.some((m) => m.start < words[i].end && words[i].start < m.end)) continue;
    // "a quarter of an hour", "three-quarters of a mile": a part of one unit, no share and no count;
    // a length or measure where the unit is one ("three tenths of a second"). A part of a whole
    // whose size follows is read as a share below.
    if (isPartOfOne(words, i)) {
      const part = partOfUnit(text, within, words, i);
      if (part) {
        mentions.push(part);
        i += 3;
        continue;
      }
      if (!isShareOfSizedWhole(words, i)) {
        i++;
        continue;
      }
    }
    const share = fractionAt(text, words, i);
    if (share) {
      const fraction = fractionOf(text, within, words[i], words[i + 1], share.of, share.numerator);
      if (share.change) fraction.number!.change = true;
      mentions.push(fraction);
      i++;
      continue;
    }
    if (lower === 'half') {
      const ofUnit = halfOfUnit(text, within, words, i);
      if (ofUnit) {
        mentions.push(ofUnit);
        i++;
      } else if (isHalfOf(words, i) || isHedgedShare(words, i, i + 1)) mentions.push(fractionOf(text, within, words[i], words[i], 2, 1, HALF_WIDTH));
      else if (isChangeBefore(words, i) && halfEndsClause(text, words, i)) {
        const half = fractionOf(text, within, words[i], words[i], 2, 1, HALF_WIDTH);
        half.number!.change = true;
        mentions.push(half);
      }
      continue;
    }
    const ordinal = ORDINAL_WORDS.get(lower);
    if (ordinal !== undefined) {
      // "a twentieth of": a fraction too finely cut to be a writer's share, and no rank.
      if (!isFraction(text, words, i) && !(ordinal === 2 && TIME_SECOND_BEFORE.has(words[i - 1]?.lower ?? ''))) mentions.push(ordinalWord(text, words[i], words[i], ordinal));
      continue;
    }
    // "twenty-seventh": the tens' word is no count of twenty, and the unit's no "seventh".
    const compound = i + 1 < words.length ? compoundOrdinal(lower, words[i + 1].lower) : undefined;
    if (compound !== undefined && NUMBER_WORD_JOINER.test(text.slice(words[i].end, words[i + 1].start))) {
      mentions.push(ordinalWord(text, words[i], words[i + 1], compound));
      i++;
      continue;
    }
    const vague = VAGUE_AMOUNTS.get(lower);
    // "scores of people", not "match scores" nor "it scores": a vague amount only before "of".
    if (vague && (lower !== 'scores' || words[i + 1]?.lower === 'of')) {
      mentions.push(vagueAmount(text, words, i, vague));
      continue;
    }
    if (!mayStartNumber(lower, words[i + 1]?.lower)) continue;
    // Words joined only by spaces or hyphens form one number.
    let j = i + 1;
    while (j < words.length && j - i < 12 && NUMBER_WORD_JOINER.test(text.slice(words[j - 1].end, words[j].start))) j++;
    const parsed = parseNumberWords(words.slice(i, j).map((w) => w.text));
    if (!parsed) continue;
    const last = words[i + parsed.used - 1];
    // "half a million", "half a dozen": the article's number halved, from "half" on; "a quarter of a
    // million" likewise a part of it, from the part's first word on.
    const partOf = isArticleOfPart(words, i) && parsed.value > 1 ? fractionAt(text, words, i - 3) : undefined;
    const halved = isArticleAfterHalf(text, words, i) || !!partOf;
    if (partOf) parsed.value = (parsed.value * partOf.numerator) / partOf.of;
    else if (halved) parsed.value /= 2;
    const from = words[partOf ? i - 3 : halved ? i - 1 : i].start;
    // "six million" is read as "6 million" is: the figure before the scale word, which is then read
    // as its scale, so that the figure has the scale's step and is fixed in it. Not "a million", nor
    // a figure the scale word stands within ("two million three hundred thousand").
    const scale = !halved && parsed.used > 1 && lower !== 'a' && lower !== 'an' ? scaleOfWord(last.lower) : undefined;
    const scaled = scale !== undefined && scale >= MILLION && Number.isInteger(parsed.value / scale) ? scale : 1;
    const to = scaled > 1 ? words[i + parsed.used - 2].end : last.end;
    const single = parsed.value === 1;
    const fraction = fractionAfter(text, to);
    // Most of these are the article "a": a duration unit must follow for it to be read at all, after
    // its fraction if it has one ("one and a half hours").
    const unitAt = to + (fraction?.length ?? 0);
    if (single && !DURATION_UNIT.test(text.slice(unitAt, unitAt + 16))) {
      i += parsed.used - 1;
      continue;
    }
    // A half's fix is written in digits: "half a million" for 600,000 is "600,000", not "six hundred thousand".
    const value = parsed.value / scaled;
    // As round as the same figure in digits: "three hundred thousand" is given to 10,000, as "300,000" is.
    const digits = { ...plainDigits(String(value)), grouping: halved ? ',' : '' };
    const spelled = halved ? undefined : { capitalized: startsUpperCase(words[i].text) };
    const mention = fraction ? withFraction(text, from, to, digits, fraction, within) : completeNumber(text, from, to, [value], digits, within, spelled);
    const first = i;
    i += parsed.used - 1;
    // The fraction's words ("and a half") are the figure's.
    if (fraction) while (i + 1 < words.length && words[i + 1].start < to + fraction.length) i++;
    // "one" and "a" are figures only as a duration ("a day later"); elsewhere they are words.
    if (!mention || (single && mention.kind !== 'duration') || mention.kind === 'year' || mention.kind === 'time') continue;
    if (mention.kind === 'count' && !mention.number?.unit && parsed.used === 1 && isNumberNamed(text, words, first)) continue;
    mentions.push(mention);
  }
  // "a day later", "an hour earlier": the article as the number one.
  for (let i = 0; i + 1 < words.length; i++) {
    const lower = words[i].lower;
    // "a further fortnight": one unit more, a length wherever it stands; "another week" one where a
    // length is told ("stay shut for another week"), not "met another day".
    const further = lower === 'a' && words[i + 1].lower === 'further';
    if (!further && lower !== 'another' && ((lower !== 'a' && lower !== 'an') || isArticleAfterHalf(text, words, i) || isArticleOfPart(words, i))) continue;
    const last = words[further ? i + 1 : i];
    const ofTime = DURATION_UNIT.test(text.slice(last.end, last.end + 16));
    // Not of time, one unit of a measure only after a hedge: most of a draft's articles are neither.
    if (!ofTime && (further || lower === 'another' || !HEDGE_WORDS.has(words[i - 1]?.lower ?? ''))) continue;
    const read = completeNumber(text, words[i].start, last.end, [1], { grouping: '', decimal: '.', decimals: 0, integerDigits: 1, trailingZeros: 0 }, within, { capitalized: startsUpperCase(words[i].text) });
    if (!ofTime) {
      if (read?.kind === 'count' && read.number?.unit && read.qualifier && read.qualifier.start < read.start) mentions.push(read);
      continue;
    }
    const mention = read?.kind === 'duration' ? withPartAfter(text, read, within.start) : read;
    // "an hour and 27 minutes": the first of a compound length, which the length after it completes.
    // "started an hour late": the length of a delay.
    if (mention?.kind === 'duration' && (further || mention.duration?.relation || smallerPartAfter(text, mention.end, mention.duration!.unit) || isArticleLength(text, mention, within.start) || DELAY_AFTER.test(text.slice(mention.end, mention.end + 24)))) mentions.push(mention);
  }
  return mentions;
}

/** Words after a number named with an article ("with a six off the seamer", "rolled a six and a four"). */
const AFTER_NAMED_NUMBER = new Set(['off', 'and', 'or', 'but', 'then', 'to', 'from', 'in', 'on', 'at', 'for', 'with', 'into', 'over', 'by', 'before', 'after', 'when', 'while', 'as']);

/**
 * Whether the number word `words[i]` is a thing named by its number, after "a" and before no noun
 * ("hit a six off Breslin", "rolled a four."): no count. Not a scale word ("a hundred"), nor one a
 * noun or unit follows ("a three-person panel", "a five per cent rise").
 */
function isNumberNamed(text: string, words: Word[], i: number): boolean {
  const article = words[i - 1]?.lower;
  if ((article !== 'a' && article !== 'an') || scaleOfWord(words[i].lower) !== undefined) return false;
  const next = words[i + 1];
  return !next || /[,.;:!?)]/.test(text.slice(words[i].end, next.start)) || AFTER_NAMED_NUMBER.has(next.lower);
}

/**
 * A length of one unit with the part of one after it as one length: "a day and a half" is 1.5 days,
 * "an hour and a quarter" 1.25 hours, and "a year and a half later" a time 1.5 years on. Read
 * without its part, it was another length.
 */
function withPartAfter(text: string, mention: Mention, sentenceStart: number): Mention {
  const part = PART_AFTER.exec(text.slice(mention.end, mention.end + 24));
  const d = mention.duration!;
  if (!part || d.relation || d.adjectival) return mention;
  const end = mention.end + part[0].length;
  // Of the one unit it is ("a fortnight and a half" is three weeks).
  const amount = d.amount * (1 + PARTS_OF_ONE[part[1].toLowerCase().replace(/[ \u00a0]+/gu, ' ')]);
  return { ...mention, end, text: text.slice(mention.start, end), duration: { ...d, amount, ...relationAfter(text, mention.start, end, sentenceStart) } };
}

const PART_AFTER = /^[ \u00a0]+and[ \u00a0]+(a[ \u00a0]+half|a[ \u00a0]+quarter)(?![\p{L}])/iu;
const PARTS_OF_ONE: Readonly<Record<string, number>> = { 'a half': 0.5, 'a quarter': 0.25 };

const MILLION = 1e6;

/** The last word of a hedge before an article that makes one unit of a measure a figure: "nearly a mile", "more than a kilometre". */
const HEDGE_WORDS: ReadonlySet<string> = new Set(['about', 'around', 'roughly', 'approximately', 'nearly', 'almost', 'some', 'over', 'under', 'than', 'just']);

/**
 * Whether "a week", "an hour" is a length a writer states ("within a fortnight", "took more than an
 * hour", "slipped by a year"), told by a hedge or a word of length before it: not a rate ("twice a
 * week", "€14 a year") or a phrase ("in a week when").
 */
function isArticleLength(text: string, mention: Mention, sentenceStart: number): boolean {
  if (mention.qualifier && mention.qualifier.start < mention.start) return true;
  const before = text.slice(Math.max(sentenceStart, mention.start - 32), mention.start);
  return LENGTH_BEFORE.test(before) || BY_BEFORE.test(before);
}

/**
 * After a length, what makes it a delay's: "an hour late", "a week overdue". Not "a day early",
 * which drew a voyage's "four days into the trip", nor "a day behind schedule", which a source's
 * "a day later than planned", a time after another, does not restate.
 */
const DELAY_AFTER = /^[ \u00a0]+(?:late|overdue)(?![\p{L}])/iu;
/** "slipped by a year", "missed by a day": a length of a delay or a margin. */
const BY_BEFORE = /(?<![\p{L}])by[ \u00a0]+$/iu;

/** "and 27 minutes" after a length in hours: a part in its next smaller unit. */
const AND_PART_AFTER = /[ \u00a0]+and[ \u00a0]+(?:\d+|[a-z]+)[ \u00a0-]+([a-z]+?)s?(?![\p{L}])/iuy;

function smallerPartAfter(text: string, end: number, unit: DurationUnit): boolean {
  AND_PART_AFTER.lastIndex = end;
  const part = AND_PART_AFTER.exec(text);
  return !!part && UNIT_OF[part[1].toLowerCase()] === SMALLER_UNIT[unit]?.[0];
}

/** Whether word `i` opens a fraction of one thing: "a quarter of an hour", "three-quarters of a mile". */
function isPartOfOne(words: Word[], i: number): boolean {
  const article = words[i + 3]?.lower;
  return DENOMINATORS.has(words[i + 1]?.lower ?? '') && words[i + 2]?.lower === 'of' && (article === 'a' || article === 'an');
}

/**
 * Whether the part of one that word `i` opens is of a whole whose size follows: "more than a fifth
 * of a workforce of around 6,700" is a share of the workforce, as "a fifth of the workforce" is.
 */
function isShareOfSizedWhole(words: Word[], i: number): boolean {
  return words[i + 5]?.lower === 'of';
}

/**
 * The part of one unit that word `i` opens (see `isPartOfOne`), where the unit after its article is
 * one a length or measure is told in: "a quarter of an hour" is 0.25 hours, as "half an hour" is 0.5.
 */
function partOfUnit(text: string, within: SentenceAt, words: Word[], i: number): Mention | undefined {
  // "won by three tenths of a second": a margin, which a change's "by" may stand before too.
  const share = fractionAt(text, words, i);
  if (!share) return undefined;
  const value = share.numerator / share.of;
  const decimals = String(value).split('.')[1]?.length ?? 0;
  const part = completeNumber(text, words[i].start, words[i + 3].end, [value], { ...HALF_DIGITS, decimals: Math.min(decimals, 2) }, within);
  return part && (part.kind !== 'count' || part.number?.unit !== undefined) ? part : undefined;
}

/** Whether word `i` is the article of "a quarter of an hour", "most of a day": a part of the unit, which is no length of one. */
function isArticleOfPart(words: Word[], i: number): boolean {
  return words[i - 1]?.lower === 'of' && PART_WORDS.has(words[i - 2]?.lower ?? '');
}

const PART_WORDS: ReadonlySet<string> = new Set(['quarter', 'quarters', 'third', 'thirds', 'fifth', 'fifths', 'tenth', 'tenths', 'fraction', 'part', 'most', 'much', 'rest']);

/** "a second later", "one second", "per second": the unit of time, not the ordinal. */
const TIME_SECOND_BEFORE = new Set(['a', 'one', 'per', 'each', 'every', 'split']);

/**
 * "about a fifth of the town", "one-third", "nearly a fifth more than": a fraction, which is no rank
 * ("for a third time" is one). A fraction more than a figure is not read as a share: its whole may
 * be a sentence away ("That is around a quarter more than the 9,200 hectares").
 */
function isFraction(text: string, words: Word[], i: number): boolean {
  const before = words[i - 1]?.lower;
  if (before !== 'a' && before !== 'an' && before !== 'one') return false;
  const after = words[i + 1]?.lower;
  return after === 'of' || (after !== undefined && COMPARED_AFTER.has(after)) || text.slice(words[i - 1].end, words[i].start) === '-';
}

/** Whether word `i` is the article of "half a", "half an". */
function isArticleAfterHalf(text: string, words: Word[], i: number): boolean {
  const lower = words[i].lower;
  return (lower === 'a' || lower === 'an') && i > 0 && words[i - 1].lower === 'half' && SPACES_ONLY.test(text.slice(words[i - 1].end, words[i].start));
}

const SPACES_ONLY = /^[ \u00a0]+$/;
/** How a half is written in digits, for the style of its fix ("0.6 percentage points"). */
const HALF_DIGITS = { grouping: '', decimal: '.' as const, decimals: 1, integerDigits: 1, trailingZeros: 0 };

/**
 * "half a percentage point", "half an hour": a half of the unit after the article, where one is
 * read there (a length, a share's points, a measure). "Half a million" and "half a dozen" are read
 * as numbers (the article's, halved); "half a loaf" is no figure.
 */
function halfOfUnit(text: string, within: SentenceAt, words: Word[], i: number): Mention | undefined {
  if (!words[i + 1] || !isArticleAfterHalf(text, words, i + 1)) return undefined;
  const half = completeNumber(text, words[i].start, words[i + 1].end, [0.5], HALF_DIGITS, within);
  return half && (half.kind !== 'count' || half.number?.unit !== undefined) ? half : undefined;
}

/** "nearly half of all houses", "more than half of them": a share; not "the first half of the year". */
function isHalfOf(words: Word[], i: number): boolean {
  return words[i + 1]?.lower === 'of' && !NOT_A_SHARE_BEFORE.has(words[i - 1]?.lower ?? '');
}

/** "a cut of more than half.", "fell by half in 2024": a change of half, its clause ending there or saying when. */
function halfEndsClause(text: string, words: Word[], i: number): boolean {
  const after = words[i + 1];
  return !after || /[,.;:!?)\]—–]/.test(text.slice(words[i].end, after.start)) || AFTER_FRACTION.has(after.lower);
}

const NOT_A_SHARE_BEFORE = new Set(['the', 'first', 'second', 'last', 'other', 'this', 'that', 'each', 'its', 'their', 'his', 'her']);

/**
 * How wide a half is, in percentage points: a writer's "half" is 45-55%, where the fractions either
 * side by half a step would take it from 40% to 67%.
 */
const HALF_WIDTH = 10;

/**
 * "about a fifth of the town": a share, between the fractions either side by half a step (a fifth is
 * 18-22%), so that it restates "21 per cent" and contradicts "38%" or "nearly a third".
 */
function fractionOf(text: string, within: SentenceAt, first: Word, last: Word, of: number, numerator = 1, width = 100 / (of - 0.5) - 100 / (of + 0.5)): Mention {
  const mention: Mention = {
    kind: 'percent',
    start: first.start,
    end: last.end,
    text: text.slice(first.start, last.end),
    // Given to the step that spans it (not `vague`, which would never contradict a figure).
    number: { values: [(100 * numerator) / of], precision: width },
  };
  const qualifier = qualifierBefore(text, first.start, within.start);
  if (qualifier) mention.qualifier = qualifier;
  return mention;
}

/** "the ninth consecutive rise": an ordinal in words, from `first` to `last`, fixed in words ("eighth" → "ninth"). */
function ordinalWord(text: string, first: Word, last: Word, value: number): Mention {
  const style = emptyStyle();
  style.integerDigits = String(value).length;
  style.words = { capitalized: startsUpperCase(first.text) };
  style.ordinalSuffix = '';
  return { kind: 'ordinal', start: first.start, end: last.end, text: text.slice(first.start, last.end), number: { values: [value], precision: 1 }, numberStyle: sharedStyle(style) };
}

function vagueAmount(text: string, words: Word[], i: number, range: [number, number]): Mention {
  let [low, high] = range;
  let end = words[i].end;
  // "tens of thousands", "hundreds of thousands"
  const next = words[i + 1]?.lower === 'of' ? VAGUE_AMOUNTS.get(words[i + 2]?.lower ?? '') : undefined;
  if (next) {
    low *= next[0] / 2;
    high *= next[1];
    end = words[i + 2].end;
  }
  return { kind: 'count', start: words[i].start, end, text: text.slice(words[i].start, end), number: { values: [low], precision: 1, vague: [low, high] } };
}
