import { ADDED_BEFORE, CHANGE_NOUN, CHANGE_NOUNS, FALLING_NOUNS, RISING_NOUNS } from './changeLevels';
import { MULTIPLE_FORMS, TIMES_WRITTEN, TO_ONE_WRITTEN } from './findMultiples';
import { centsFactor } from './currencies';
import { MULTIPLE, PERCENTAGE_POINTS, unitAfter } from './units';
import { tokenizeWords } from '../text/words';
import { hedgedStart, type Mention, type MentionKind, type NumberValue } from './mention';

/**
 * A share, change, multiple or difference that a sentence states of two of its own figures: "23 of
 * the 142 players, roughly one in five", "from 1.45 pounds to 1.85 pounds, a 40 percent increase",
 * "€1.37 billion, more than three times the €638 million", "38 tonnes, four tonnes less than the
 * 44-tonne carriages". The claim's value follows from the two figures alone, whatever the sources
 * say. Each is an index into the sentence's mentions.
 */
export interface StatedRatio {
  claim: number;
  /**
   * `changeBy`: a change in per cent told beside the level reached and the difference alone ("£5.40,
   * an increase of 40p, or 8 per cent"). `partOf`: a share of a whole the sentence gives, of a part
   * it names in words alone ("15.2 million passengers last year, and Borealis accounted for more than
   * 40% of them"), which only a source can give: `other` is the claim, and `partWords` its clause's.
   * `changeOf`: a difference told beside the level reached alone ("£265,000, a rise of £47,000"),
   * whose level it is from only a source can give: `base` and `other` are both that level.
   * `quotient`: an amount for each item, of a total (`other`) over the items counted (`base`).
   */
  relation: 'share' | 'change' | 'multiple' | 'difference' | 'changeBy' | 'partOf' | 'changeOf' | 'quotient';
  /** The whole a share is of, the level a change is from, the figure a multiple is of; the difference of a `changeBy`. */
  base: number;
  /** The part, the level reached, the figure that is the multiple. */
  other: number;
  /** For a `changeBy`, that the difference is a fall ("a cut of 40p"). */
  falls?: true;
  /** For a `partOf`, the words (normal forms) of the claim's clause before it, which name the part: "borealis", "account". */
  partWords?: string[];
  /** Where the words of a hedged claim start, when before its hedge: "well" of "well over two-thirds". */
  hedgeFrom?: number;
}

/** Words that start another clause, whose figure may be of another quantity: "fell from 200 to 180 while prices rose 40 percent". */
const CLAUSE_WORD = /(?:^|[^\p{L}])(?:and|but|while|whereas|although|though|as|when|after|before|since|because|which|who|with|including)(?![\p{L}])|[;()[\]]/iu;
/** A time a figure is of, told back from another: "the year before", "a month earlier". */
const TIME_BEFORE = /(?<![\p{L}])(?:the|a)[ \u00a0]+(?:year|month|week|day|quarter|season)[ \u00a0]+before(?![\p{L}])/iu;
/** Right before a claim, a clause set off to tell the figure before it: ", which is", ", which was". */
const WHICH_IS_BEFORE = /,[ \u00a0]*(?:which|that)[ \u00a0]+(?:is|was|are|were|makes|made|comes[ \u00a0]+to|came[ \u00a0]+to)[ \u00a0]+$/iu;
/** The most words between two figures of a ratio, or between the ratio and its claim, that still read as one phrase. */
const MAX_GAP_WORDS = 6;

const FROM_BEFORE = /(?:^|[^\p{L}])from[ \u00a0]+(?:[\p{L}']+[ \u00a0]+){0,3}$/iu;
const TO_BETWEEN = /^,?[ \u00a0]+to[ \u00a0]+$/u;
/** An aside of words alone set off by commas ("…, not including Chinese platforms"), then "up from". */
const ASIDE = ",(?:[ \\u00a0]+[\\p{L}']+){1,5}";
const UP_FROM = "[ \\u00a0]*,[ \\u00a0]+(?:up|down)[ \\u00a0]+from";
/**
 * "€312 a tonne, up from €228", "€4.50, down from an average of €7.85", "$612m against $538m"
 * (an aside set off before the link too: "4.87 million viewers, not including Chinese platforms, up
 * from 3.91 million"), one put in another's place further on ("£42 a month for a permit instead of
 * £36"), and "318 million euros from 245 million" with "from" right after the figure: after other
 * words it may say where ("41,312 spills from its 1,186 overflows"). The words before the link may
 * hold the year of the level ("risen to 3,820 in 2024, up from 2,960"): no figure stands between two
 * levels read as a change but a time.
 */
const FROM_BETWEEN = new RegExp(
  `^(?:(?:[ \\u00a0]+[\\p{L}']+){0,6},?[ \\u00a0]+(?:instead[ \\u00a0]+of|rather[ \\u00a0]+than)|(?:[ \\u00a0]+[\\p{L}\\d']+){0,4}[ \\u00a0]*(?:${ASIDE}${UP_FROM}|,?[ \\u00a0]+(?:(?:up|down)[ \\u00a0]+from|against|compared[ \\u00a0]+(?:with|to)|versus|vs\\.?))|,?[ \\u00a0]+from)[ \\u00a0]+(?:[\\p{L}']+[ \\u00a0]+){0,3}$`,
  'iu',
);
/** The aside before "up from" (see `FROM_BETWEEN`), whose words open no other clause. */
const ASIDE_BEFORE_FROM = new RegExp(`${ASIDE}(?=${UP_FROM})`, 'iu');
/** "Compared with", whose "with" opens no other clause. */
const COMPARED_WITH = /compared[ \u00a0]+(?:with|to)/iu;
/** Before a level a change is from or is held against: "down from £5.80", "compared with the €464m". */
const COMPARED_BEFORE = /(?<![\p{L}])(?:from|against|compared[ \u00a0]+(?:with|to)|versus|vs\.?|than)[ \u00a0]+(?:[\p{L}']+[ \u00a0]+){0,3}$/iu;
/**
 * After a change in per cent, before the level it is from: "up 12.4% from $4.33 billion", "up 13.7
 * percent from 2024, when 0.4 percent", "up 12.7 per cent on last winter's rate of 18.9 per cent";
 * not "down 3% on the day to $45", a level reached.
 */
const FROM_AFTER = /^[ \u00a0]+(?:from[ \u00a0]+(?:\d{4},?[ \u00a0]+when[ \u00a0]+)?(?:[\p{L}']+[ \u00a0]+){0,3}|on[ \u00a0]+(?:(?!(?:to|at|by)[ \u00a0])[\p{L}'’]+[ \u00a0]+){0,4})$/iu;
/** Between a level reached ("grown to €212 million") and the one it is from: " this year from". */
const REACHED_FROM_BETWEEN = /^(?:[ \u00a0]+[\p{L}']+){0,4}[ \u00a0]*,?[ \u00a0]+from[ \u00a0]+(?:[\p{L}']+[ \u00a0]+){0,3}$/iu;
/** Before a scale, which is no level: "68.4 out of 100, from 63.9". */
const OUT_OF_BEFORE = /(?<![\p{L}])out[ \u00a0]+of[ \u00a0]+$/iu;
/** "about 25 percent more than last year's 180,000 euros", "more than 25 per cent above the €350,000", "more than the old one-day record of 5.9 inches". */
const THAN_AFTER = /^[ \u00a0]+(?:(?:more|higher|larger|bigger|greater|up|less|lower|fewer|smaller|down)[ \u00a0]+(?:than|on)|above|below)[ \u00a0]+(?:[\p{L}'’-]+[ \u00a0]+){0,5}$/iu;
/** Before an amount that is a change told as a noun: "a rise of $84m", "a saving of £3,000", "an increase of about 350". */
const CHANGE_OF_BEFORE = new RegExp(`(?<![\\p{L}])(?:a|an|the)[ \\u00a0]+(${CHANGE_NOUN}|saving|gap|difference)[ \\u00a0]+of[ \\u00a0]+$`, 'iu');
/** "Twenty-three of the 142 players", "22 of the 38 countries", "212 of the trust's 1,486 beds". */
const OF_BETWEEN = /^[ \u00a0]+of[ \u00a0]+(?:(?:the|its|their|all)[ \u00a0]+){0,2}(?:[\p{L}-]+['’]s?[ \u00a0]+)?$/iu;
/** Before a figure another is held against: "as the 140 of 2020", "up from 140", "than last year's 140". */
const COMPARED_AS_BEFORE = /(?<![\p{L}])(?:as|than|from|against|compared[ \u00a0]+(?:with|to)|versus|vs\.?)[ \u00a0]+(?:[\p{L}'’]+[ \u00a0]+){0,3}$/iu;
/** "€31 million of it", "1,402 of them": a part of the figure just before. */
const OF_IT_AFTER = /^[ \u00a0]+of[ \u00a0]+(?:it|them)(?![\p{L}])/iu;
/** Between a share's figures and it: a comma or dash ("Twenty-three of the 142 players were women, roughly one in five"). */
const SET_OFF = /[,—–:]|[ \u00a0]-[ \u00a0]/u;
/** After a share: its clause ends, or says what it is of in words ("more than half of the total"), not of a figure. */
const SHARE_ENDS = /^(?:[ \u00a0]*(?:[,.;:!?)\]—–]|[ \u00a0]-[ \u00a0]|$)|[ \u00a0]+of[ \u00a0]+(?![^,.;:!?]*\d)|[ \u00a0]+(?:in|from|by|and|but|to|were|are|was|is|have|has|had)(?![\p{L}]))/u;
/** Prepositions a figure may hang off: "from 212 clubs". */
const PREPOSITION_BEFORE = /(?<![\p{L}])(?:from|in|by|at|on|for|with|across|among)[ \u00a0]+$/iu;
/** Between a part and its whole: " of the ", " out of ". */
const PART_OF_GAP = /^[ \u00a0]+(?:out[ \u00a0]+)?of[ \u00a0]+(?:the[ \u00a0]+|its[ \u00a0]+|their[ \u00a0]+)?$/iu;
/** "Of the 64 active farms …, 27 …": the whole opens the sentence. */
const OF_THE_OPENING = /^[\s"“'‘]*of[ \u00a0]+the[ \u00a0]+$/iu;
/** From after "times" to the figure it multiplies: "more than three times the €638 million", "three times that of 2019", "three times as much as Norway's". */
const OF_AFTER_TIMES = /^[ \u00a0]+(?:(?:the|that|those|of|as|many|much|large|high|its|their|last|year's|a|an)[ \u00a0]+){0,4}(?:\p{Lu}[\p{L}-]*['’]s[ \u00a0]+)?$/iu;

/**
 * The ratios a sentence states of its own figures, `mentions` being its mentions in order and
 * `sentenceStart` where it starts in `text`. Only figures side by side count, with few words and no
 * other clause between them and the claim: further apart, a percentage is as likely of another thing.
 * A share "of them" whose part only words name is found for the sources to judge (relation
 * `partOf`). A sentence that opens with "That is" may take its level reached, and a share "of the
 * total" its whole, from `before`, the mentions of the sentence before it in its block, which an index below
 * zero tells (-1 for the last of them).
 */
export function findRatios(source: string, all: readonly Mention[], sentenceStart: number, before: readonly Mention[] = []): StatedRatio[] {
  return ratiosAmong(termsOf(source, all, readFrom(sentenceStart, before[0] ?? all[0])), all, sentenceStart, before);
}

/** Where a ratio of a sentence starting at `sentenceStart` may read from: there, or the hedge of `first`, its first figure (or the sentence before's). */
function readFrom(sentenceStart: number, first: Mention | undefined): number {
  return first ? Math.min(sentenceStart, hedgedStart(first)) : sentenceStart;
}

/** `findRatios` of a sentence's terms, read once (see `termsOf`). */
function ratiosAmong(terms: Terms, all: readonly Mention[], sentenceStart: number, before: readonly Mention[]): StatedRatio[] {
  const text = terms.text;
  const amounts = terms.amounts.slice();
  // "… 8.3 inches over the whole day. That is nearly 60 percent more than the old record of 5.9
  // inches": the level reached is the last of its kind in the sentence before, told as "that".
  const carried = amounts.length >= 2 && THAT_OPENS.test(text.slice(sentenceStart, hedgedStart(amounts[0]))) ? lastOfKind(text, before, amounts[1]) : undefined;
  const own = carried ? 1 : 0;
  if (carried) amounts.unshift(carried);
  // A figure of the sentence before is told by a negative index, back from this one's first.
  const indexOf = (m: Mention) => (all.includes(m) ? all.indexOf(m) : before.indexOf(m) - before.length);
  const at = (k: number) => indexOf(amounts[k]);
  const out: StatedRatio[] = [];
  for (let c = own; c < amounts.length; c++) {
    const claim = amounts[c];
    const measure = measureOf(claim);
    let ratio: StatedRatio | undefined;
    if (claim.kind === 'percent' && claim.number && !claim.number.unit && claim.number.values.length === 1) {
      ratio = (claim.number.change ? changeAround(text, amounts, c, own) : shareBefore(text, amounts, c, sentenceStart, own)) ?? changeAfterDifference(text, amounts, c, own);
    } else if (DIFFERENCE_KINDS.has(claim.kind) && measure?.values.length === 1 && (measure.difference || changeNounBefore(text, claim) !== undefined)) {
      ratio = differenceAround(text, amounts, c, own) ?? changeOfLevel(text, amounts, c, own);
    } else if (claim.kind === 'percent' && claim.number?.unit === PERCENTAGE_POINTS && claim.number.values.length === 1) {
      ratio = pointsBetween(text, amounts, c, own);
    } else if (claim.kind === 'count' && claim.number?.values.length === 1) ratio = multipleAround(text, amounts, c) ?? changeAsMultiple(text, amounts, c, own) ?? scoreToOne(text, amounts, c, own) ?? multipleOfPair(text, amounts, c, own);
    ratio ??= quotientOf(text, amounts, c, own);
    let placed = ratio && { ...ratio, claim: at(ratio.claim), base: at(ratio.base), other: at(ratio.other) };
    if (!placed && claim.kind === 'percent' && !claim.number?.change && claim.number?.values.length === 1 && c > own) {
      const whole = wholeBefore(text, amounts, c, before);
      const part = whole ? undefined : partOf(text, amounts, c, own);
      if (whole) placed = { claim: at(c), relation: 'share', base: indexOf(whole), other: at(c - 1) };
      else if (part) placed = { ...part, claim: at(c), base: at(part.base), other: at(c) };
    }
    if (!placed) continue;
    const intensifier = claim.qualifier && INTENSIFIER_BEFORE.exec(text.slice(Math.max(0, claim.qualifier.start - 16), claim.qualifier.start));
    if (intensifier) placed.hedgeFrom = claim.qualifier!.start - intensifier[0].length;
    out.push(placed);
  }
  return out;
}

interface Terms {
  text: SentenceText;
  amounts: readonly Mention[];
}

/** A text as a ratio reads it, at the offsets of the whole text: the text, or a window of it (see `TextWindow`). */
type SentenceText = Pick<string, 'slice'>;

/** How far before or after a sentence's figures a ratio reads, at most: 48 characters, before a level "reached". */
const READ_MARGIN = 64;

/**
 * A stretch of a long text, read at the long text's offsets. A sentence's text with its figures
 * told again blanked is copied alone: a copy of the whole text, made for each such sentence, cost
 * a megabyte's copy each time on a long draft, and most of its check.
 */
class TextWindow {
  constructor(
    private readonly text: string,
    private readonly from: number,
  ) {}

  slice(start = 0, end?: number): string {
    return this.text.slice(Math.max(0, start - this.from), end === undefined ? undefined : Math.max(0, end - this.from));
  }
}

/**
 * A sentence's text as a ratio reads it, a figure told again in other terms blanked ("£148m (€177m)
 * against a budget of £121m", "$612m, or $1.43 a share, against $538m"), and the figures that may be
 * a ratio's terms: what times a figure ("€228 a year ago", "in 2024"), names a thing ("the 14 bus")
 * or tells one again stands between them as words do.
 */
function termsOf(source: string, all: readonly Mention[], readFrom: number, blankDates = false): Terms {
  const spans: Array<[number, number]> = [];
  const again = all.filter((m, i) => {
    const span = i > 0 && (convertsBefore(source, m, all[i - 1]) ?? restatesBefore(source, m, all[i - 1]));
    if (span) spans.push(span);
    return !!span;
  });
  if (blankDates) {
    for (const m of all) if (m.kind === 'date' && !spans.some(([start, end]) => m.start < end && start < m.end)) spans.push([m.start, m.end]);
    spans.sort((a, b) => a[0] - b[0]);
  }
  const text = spans.length ? blanked(source, spans, Math.max(0, readFrom - READ_MARGIN), Math.min(source.length, all[all.length - 1].end + READ_MARGIN)) : source;
  return { text, amounts: all.filter((m) => !isTiming(m) && !namesAThing(text, m) && !again.includes(m)) };
}

/**
 * The changes a sentence (its mentions `all`, in order, starting at `sentenceStart`) tells between
 * two of its own amounts: by index into `all`, the level each is from and the level reached, side
 * by side ("rose to $612m from $538m", "from 62.4 to 130 kilometers", "budgeted at €126 million …
 * ended up at €184 million") or either side of a change in per cent ("€3.84bn, almost 24 per cent
 * more than the €3.1bn").
 */
export function changesIn(source: string, all: readonly Mention[], sentenceStart: number): Array<{ base: number; other: number }> {
  const terms = termsOf(source, all, readFrom(sentenceStart, all[0]));
  const { amounts } = terms;
  // Read with its dates blank, a change tells its levels' time between them, not another clause:
  // "412 complaints between 9 and 20 January, compared with 286 over the same dates last year".
  const text = all.some((m) => m.kind === 'date') ? termsOf(source, all, readFrom(sentenceStart, all[0]), true).text : terms.text;
  const out: Array<{ base: number; other: number }> = [];
  for (let k = 0; k + 1 < amounts.length; k++) {
    const change = levels(text, amounts, k, k + 1);
    if (change) out.push({ base: all.indexOf(amounts[change.base]), other: all.indexOf(amounts[change.other]) });
    else for (const pair of parallelChanges(text, amounts, k)) out.push({ base: all.indexOf(amounts[pair.base]), other: all.indexOf(amounts[pair.other]) });
  }
  for (const ratio of ratiosAmong(terms, all, sentenceStart, [])) {
    if (ratio.relation === 'change' && all[ratio.base].kind !== 'percent' && !out.some((c) => c.base === ratio.base && c.other === ratio.other)) out.push({ base: ratio.base, other: ratio.other });
  }
  return out;
}

/** Words that sharpen a hedge: "well over", "just under", "far more than". */
const INTENSIFIER_BEFORE = /(?<![\p{L}])(?:well|just|far|way|slightly|comfortably|only)[ \u00a0]+$/iu;

/** A sentence that opens by pointing back at the last figure before it: "That is", "This was", "It's", "That is up". */
const THAT_OPENS = /^[\s"“‘']*(?:that|this|it)(?:['’]s|[ \u00a0]+(?:is|was|would[ \u00a0]+be|will[ \u00a0]+be))[ \u00a0]+(?:(?:up|down)[ \u00a0]+)?$/iu;

/**
 * The last figure of `before` (the sentence before's, in order) that can be a term beside `term`,
 * but for the whole a share there is of: "About 11,400 hectares, or more than 40 per cent of the
 * roughly 30,000 hectares planted. That is around a quarter more than the 9,200 hectares hit in
 * 2012" is of the 11,400.
 */
function lastOfKind(text: SentenceText, before: readonly Mention[], term: Mention): Mention | undefined {
  for (let k = before.length - 1; k >= 0; k--) {
    if (isTiming(before[k]) || !operands(before[k], term)) continue;
    const share = before[k - 1];
    if (share?.kind === 'percent' && OF_WHOLE_BETWEEN.test(text.slice(share.end, hedgedStart(before[k])))) continue;
    return before[k];
  }
  return undefined;
}

/** Between a share and the whole it is of: "40 per cent of the roughly 30,000". */
const OF_WHOLE_BETWEEN = /^[ \u00a0]+of[ \u00a0]+(?:(?:the|its|their|all)[ \u00a0]+)?$/iu;

/** After a share: the whole it is of, named as one ("of the total", "of the bill"). */
const OF_THE_WHOLE_AFTER = /^[ \u00a0]+of[ \u00a0]+(?:the|its|their)[ \u00a0]+(?:total|bill|cost|budget|sum|whole)(?![\p{L}])/iu;

/** Right before a figure that is a whole: "The total is", "The project costs", "a budget of". */
const WHOLE_BEFORE = /(?<![\p{L}])(?:total|totals|totalled|totaled|cost|costs|costing|budget|bill)(?:[ \u00a0]+[\p{L}']+){0,2}[ \u00a0]+$/iu;

/**
 * The whole a share is of, told in the sentence before as the one figure of its kind there, called
 * a total or cost, when the share calls it the whole and is set off right after its part: "The total
 * is $21.4 million. The state covers $12.9 million, or about 70 percent of the bill." Not a figure
 * the whole was reckoned from ("first priced at £355 million, and the final bill came in about 16
 * percent higher").
 */
function wholeBefore(text: SentenceText, mentions: readonly Mention[], c: number, before: readonly Mention[]): Mention | undefined {
  const [part, claim] = [mentions[c - 1], mentions[c]];
  if (!OF_THE_WHOLE_AFTER.test(text.slice(claim.end, claim.end + 24)) || !SET_OFF.test(text.slice(part.end, hedgedStart(claim))) || !joins(text, part, claim)) return undefined;
  const wholes = before.filter((m) => !isTiming(m) && operands(m, part));
  const whole = wholes.length === 1 ? wholes[0] : undefined;
  return whole && measureOf(whole)!.values[0] > measureOf(part)!.values[0] && WHOLE_BEFORE.test(text.slice(Math.max(0, hedgedStart(whole) - 32), hedgedStart(whole))) ? whole : undefined;
}

/** After a share of the whole before it: "of them", "of it", "of the total", "of all". */
const OF_THEM_AFTER = /^[ \u00a0]+of[ \u00a0]+(?:them|it|those|all|the[ \u00a0]+total)(?![\p{L}])/iu;
/** Where the clause of a share's part starts: a clause break or a conjunction. */
const PART_CLAUSE_START = /(?:[,;:—–(]|[ \u00a0](?:and|but|while|whereas)[ \u00a0])(?![\s\S]*(?:[,;:—–(]|[ \u00a0](?:and|but|while|whereas)[ \u00a0]))/iu;

/**
 * A share "of them" whose whole is the amount right before it, in a sentence of no other share, the
 * part named by words of its own clause alone: "The two airlines carried 15.2 million passengers
 * last year, and Borealis accounted for more than 40% of them". Its part is for a source to give
 * (see `contradictedPartShares`).
 */
function partOf(text: SentenceText, mentions: readonly Mention[], c: number, own: number): StatedRatio | undefined {
  const claim = mentions[c];
  if (claim.number?.unit || !OF_THEM_AFTER.test(text.slice(claim.end, claim.end + 16))) return undefined;
  const whole = mentions[c - 1];
  if ((whole.kind !== 'count' && whole.kind !== 'money') || !measureOf(whole) || mentions.slice(own, c).some((m) => m.kind === 'percent')) return undefined;
  const between = text.slice(whole.end, hedgedStart(claim));
  const clause = PART_CLAUSE_START.exec(between);
  if (!clause) return undefined;
  const partText = between.slice(clause.index + clause[0].length);
  const words = tokenizeWords(partText, 0, partText.length).filter((w) => !w.stop);
  if (!words.length || words.length > MAX_GAP_WORDS) return undefined;
  return { claim: c, relation: 'partOf', base: mentions.indexOf(whole), other: c, partWords: words.map((w) => w.norm) };
}

/** A time, or a time from or before another, or a length told as an adjective ("the old one-day record"): never a term of a ratio here. */
function isTiming(m: Mention): boolean {
  return m.kind === 'date' || m.kind === 'year' || m.kind === 'time' || (m.kind === 'duration' && !measureOf(m));
}

/**
 * Where `m` converts the figure right before it, in brackets: "£148m (€177m) against a budget of
 * £121m", "€612m (roughly £515m)": the brackets and what they hold.
 */
function convertsBefore(text: SentenceText, m: Mention, before: Mention): [number, number] | undefined {
  const [a, b] = [measureOf(m), measureOf(before)];
  if (!a || !b || m.kind !== before.kind || (a.currency === b.currency && a.unit === b.unit)) return undefined;
  const opening = /\([ \u00a0]*$/u.exec(text.slice(before.end, hedgedStart(m)));
  const closing = /^[ \u00a0]*\)/u.exec(text.slice(m.end, m.end + 3));
  return opening && closing && /^[ \u00a0]*$/u.test(text.slice(before.end, before.end + opening.index)) ? [before.end + opening.index, m.end + closing[0].length] : undefined;
}

/**
 * Where `m` tells the amount right before it again, after ", or", as what it is per share or head:
 * "$612m, or $1.43 a share, against $538m", "against $538m, or $1.25, in the same quarter". In
 * another currency it may be the term a ratio's whole is in ("puts in €240 million, or $259 million,
 * more than half of the total" of $612 million), and a ratio ("a rise of $74m, or 13.8 per cent") or
 * a difference ("€60m, or €12m more than") after ", or" is a figure of its own.
 */
function restatesBefore(text: SentenceText, m: Mention, before: Mention): [number, number] | undefined {
  const [a, b] = [measureOf(m), measureOf(before)];
  if (!a || !b || m.kind !== 'money' || before.kind !== 'money' || a.currency !== b.currency || a.difference || b.difference) return undefined;
  return OR_BETWEEN.test(text.slice(before.end, hedgedStart(m))) && TOLD_AGAIN_AFTER.test(text.slice(m.end, m.end + 24)) ? [before.end, m.end] : undefined;
}

const OR_BETWEEN = /^,[ \u00a0]+or[ \u00a0]+$/u;
/** After an amount told again: its end, or what it is per ("a share", "per head"), then the end. */
const TOLD_AGAIN_AFTER = /^(?:[ \u00a0]+(?:a|an|per)[ \u00a0]+[\p{L}]+)?[ \u00a0]*(?:[,;:.)—–]|[ \u00a0]-[ \u00a0]|$)/u;

/** `text` from `from` to `to`, with each of `spans` (inside it) as spaces, at the offsets of `text`. */
function blanked(text: string, spans: ReadonlyArray<[number, number]>, from: number, to: number): TextWindow {
  let out = '';
  let at = from;
  for (const [start, end] of spans) {
    out += text.slice(at, start) + ' '.repeat(end - start);
    at = end;
  }
  return new TextWindow(out + text.slice(at, to), from);
}

/** Around a number that names a route, line or place rather than counting: "the 14 bus", "Line 4", "Gate 12". */
const THING_AFTER = /^[ \u00a0]+(?:bus|tram|route|line|platform|gate|terminal)(?![\p{L}])/iu;
const THING_BEFORE = /(?<![\p{L}])(?:bus|tram|route|line|platform|gate|terminal|no\.?)[ \u00a0]+$/iu;

function namesAThing(text: SentenceText, m: Mention): boolean {
  if (m.kind !== 'count' || m.number?.unit || m.qualifier) return false;
  return THING_AFTER.test(text.slice(m.end, m.end + 10)) || THING_BEFORE.test(text.slice(Math.max(0, m.start - 10), m.start));
}

/** The kinds of figure a ratio may be of, and those a difference may be. */
const TERM_KINDS: ReadonlySet<MentionKind> = new Set(['count', 'money', 'percent', 'duration']);
const DIFFERENCE_KINDS: ReadonlySet<MentionKind> = new Set(['count', 'money', 'duration']);

/**
 * A figure's amount as a ratio reads it: its number, or a length of time in its own unit ("38
 * minutes, against about 55 minutes"), to a unit or the tenth it is written to. Undefined for a
 * time from or before another, a length told as an adjective, a race clock, or one unit for two figures.
 */
export function measureOf(m: Mention): NumberValue | undefined {
  if (m.number) return m.number;
  const d = m.duration;
  if (!d || d.relation || d.adjectival || d.clock || d.unitAfterRange) return undefined;
  const value: NumberValue = { values: [d.amount], precision: Number.isInteger(d.amount) ? 1 : 0.1, unit: d.unit };
  if (d.difference) value.difference = true;
  return value;
}

function changeAround(text: SentenceText, mentions: readonly Mention[], c: number, own = 0): StatedRatio | undefined {
  // The claim after its two figures ("from 1.45 to 1.85, a 40 percent increase") or before them
  // ("rose 40 percent, from 1.45 to 1.85"; "up 8 per cent to 1,204 from 1,115").
  const after = c - own >= 2 && levels(text, mentions, c - 2, c - 1);
  if (after && joins(text, mentions[c - 1], mentions[c])) return { claim: c, relation: 'change', ...after };
  const before = c + 2 < mentions.length && levels(text, mentions, c + 1, c + 2);
  if (before && /^,?[ \u00a0]+(?:from|to)[ \u00a0]/iu.test(text.slice(mentions[c].end, mentions[c].end + 7))) return { claim: c, relation: 'change', ...before };
  // "240,000 euros …, about 25 percent more than last year's 180,000 euros".
  // The level reached is the sentence's own figure, not one a preposition hangs off it ("1,200 swimmers from 212 clubs").
  const [reached, from] = [mentions[c - 1], mentions[c + 1]];
  // "$4.87 billion on Wednesday, up 12.4% from $4.33 billion": a change told as one, "from" its level.
  const toBase = reached && from && text.slice(mentions[c].end, hedgedStart(from));
  const compared = toBase && (THAN_AFTER.test(toBase) || (!!mentions[c].number?.change && FROM_AFTER.test(toBase)));
  // A level carried from the sentence before ("That is …") is joined to the claim by the "That".
  const carried = c - 1 < own;
  if (!compared || !operands(reached, from) || PREPOSITION_BEFORE.test(text.slice(Math.max(0, hedgedStart(reached) - 12), hedgedStart(reached))) || !(carried || joins(text, reached, mentions[c]))) return undefined;
  // "holds 78 of the 141 seats, seven more than the 71 it needs": the whole of a part is no level compared.
  if (c >= 2 && PART_OF_GAP.test(text.slice(mentions[c - 2].end, hedgedStart(reached)))) return undefined;
  // "41,312 spills from its 1,186 storm overflows last year - up 17 per cent on the 35,390": a level
  // on the wrong side of the one it is from is some other figure the sentence names.
  const way = wayTold(text, mentions[c], toBase);
  return way && way !== (measureOf(reached)!.values[0] > measureOf(from)!.values[0] ? 'up' : 'down') ? undefined : { claim: c, relation: 'change', base: c + 1, other: c - 1 };
}

/** The way a change in per cent is told, by a word before it ("up 6.8%") or after it ("25 percent more than"). */
function wayTold(text: SentenceText, claim: Mention, after: string): 'up' | 'down' | undefined {
  const word = WAY_BEFORE.exec(text.slice(Math.max(0, hedgedStart(claim) - 12), hedgedStart(claim)))?.[1] ?? WAY_AFTER.exec(after)?.[1];
  return word === undefined ? undefined : UP_WORDS.has(word.toLowerCase()) ? 'up' : 'down';
}

const WAY_BEFORE = /(?<![\p{L}])(up|down)[ \u00a0]+$/iu;
const WAY_AFTER = /^[ \u00a0]+(more|higher|larger|bigger|greater|up|above|less|lower|fewer|smaller|down|below)(?![\p{L}])/iu;
const UP_WORDS: ReadonlySet<string> = new Set(['up', 'more', 'higher', 'larger', 'bigger', 'greater', 'above']);

/**
 * A difference between two figures of its own kind, told as a change is ("38 tonnes, four tonnes
 * less than the 44-tonne carriages"; "rose to $612m from $538m, a rise of $84m").
 */
function differenceAround(text: SentenceText, mentions: readonly Mention[], c: number, own: number): StatedRatio | undefined {
  const change = changeAround(text, mentions, c, own) ?? apartBetween(text, mentions, c, own);
  const claim = measureOf(mentions[c])!;
  const terms = change && [measureOf(mentions[change.base])!, measureOf(mentions[change.other])!];
  return terms?.every((x) => x.currency === claim.currency && x.unit === claim.unit) ? { ...change!, relation: 'difference' } : undefined;
}

/**
 * A difference set off after one figure and told as how far it is from the next: "58.4 per cent …,
 * almost 20 points below the 78 per cent target", "£1.2m, £300,000 short of the £1.5m it needs".
 */
function apartBetween(text: SentenceText, mentions: readonly Mention[], c: number, own: number): { claim: number; base: number; other: number } | undefined {
  if (c - own < 1 || c + 1 >= mentions.length) return undefined;
  const base = mentions[c + 1];
  const start = hedgedStart(mentions[c]);
  if (!APART_BETWEEN.test(text.slice(mentions[c].end, hedgedStart(base))) || !SET_OFF_BEFORE.test(text.slice(Math.max(0, start - 3), start))) return undefined;
  // The figure of its measure before it, whatever figures of others stand between ("58.4 per cent …
  // within four hours …"); not a whole of a part ("holds 78 of the 141 seats, seven more than the 71").
  let other = c - 1;
  while (other >= own && (!operands(mentions[other], base) || PART_OF_BEFORE.test(text.slice(Math.max(0, hedgedStart(mentions[other]) - 12), hedgedStart(mentions[other]))))) other--;
  return other >= own ? { claim: c, base: c + 1, other } : undefined;
}

/** Before the whole a part is of: "of the", "out of". */
const PART_OF_BEFORE = /(?<![\p{L}])(?:out[ \u00a0]+)?of[ \u00a0]+(?:(?:the|its|their)[ \u00a0]+)?$/iu;

/** Right before a figure (its hedge), a comma or dash that sets it off. */
const SET_OFF_BEFORE = /[,—–:][ \u00a0]*$/u;

/** Between a difference and the figure it is told from: "below the", "short of its", "more than the". */
const APART_BETWEEN = /^(?:[ \u00a0]+(?:percentage[ \u00a0]+)?points?)?[ \u00a0]+(?:below|above|under|over|behind|ahead[ \u00a0]+of|short[ \u00a0]+of|(?:more|less|fewer|higher|lower)[ \u00a0]+than)[ \u00a0]+(?:(?:the|its|their|a)[ \u00a0]+)?$/iu;

/**
 * After a difference, the level it is from as the same thing at an earlier time: "more than in
 * 2021", "less than last year", "more than a year earlier". Not "more than the rival's": a difference
 * from another thing is no change.
 */
const MORE_THAN_BEFORE = /^[ \u00a0]+(?:more|less|fewer|higher|lower)[ \u00a0]+than[ \u00a0]+(?:in[ \u00a0]+\d{4}(?![\d\p{L}])|last[ \u00a0]+(?:year|month|week|season|time)|a[ \u00a0]+(?:year|month|decade)[ \u00a0]+(?:ago|earlier|before)|the[ \u00a0]+(?:year|month|season)[ \u00a0]+before|(?:\w+[ \u00a0]+){1,2}(?:years|months)[ \u00a0]+(?:ago|earlier))/iu;

function moreThanBefore(text: SentenceText, m: Mention): boolean {
  return !!m.number?.difference && MORE_THAN_BEFORE.test(text.slice(m.end, m.end + 40));
}

/**
 * A change in percentage points between two shares of its sentence, before or after them: "climbed
 * to 19.4 percent from 16.8 percent, a jump of 2.4 percentage points" is a difference of 2.6.
 */
function pointsBetween(text: SentenceText, mentions: readonly Mention[], c: number, own: number): StatedRatio | undefined {
  const change = changeAround(text, mentions, c, own) ?? apartBetween(text, mentions, c, own);
  return change && [change.base, change.other].every((k) => mentions[k].kind === 'percent' && !mentions[k].number!.unit) ? { ...change, relation: 'difference' } : undefined;
}

/**
 * Whether `m`, the second of a sentence's two figures, may be a difference told beside the level
 * reached alone (see `changeOfLevel`): the one ratio two figures can state, which a sentence of two
 * is read for only where a noun of change stands before its second.
 */
export function mayBeChangeOf(text: SentenceText, m: Mention): boolean {
  return (m.kind === 'money' || m.kind === 'count') && (changeNounBefore(text, m) !== undefined || extraBefore(text, m));
}

/** Before a difference, that it is added: "3,820 last year, an extra 960 in twelve months". */
const EXTRA_BEFORE = new RegExp(String.raw`(?<![\p{L}])${ADDED_BEFORE}`, 'iu');

function extraBefore(text: SentenceText, m: Mention): boolean {
  const start = hedgedStart(m);
  return !!m.number?.difference && EXTRA_BEFORE.test(text.slice(Math.max(0, start - 20), start));
}

/**
 * An amount or count told by a noun of change ("a rise of", not "a difference of"), or as more or
 * less than the level at an earlier time, set off right after the level it was a change to, the
 * only figure of its kind before it: "£265,000, a rise of £47,000", "€212m, €34m more than in 2021",
 * "£2.65 a meal, a rise of 24p" (whose sources hold it, in either money).
 */
function changeOfLevel(text: SentenceText, mentions: readonly Mention[], c: number, own: number): StatedRatio | undefined {
  if (c - own < 1 || mentions[c].kind === 'duration' || !(CHANGE_NOUNS.includes(changeNounBefore(text, mentions[c]) ?? '') || moreThanBefore(text, mentions[c]) || extraBefore(text, mentions[c])) || !isDifferenceOf(text, mentions, c, c - 1, true) || !SET_OFF.test(text.slice(mentions[c - 1].end, hedgedStart(mentions[c])))) return undefined;
  const level = mentions[c - 1];
  // Not a level a change is from ("down from €5.80, a drop of €0.40"), nor one of several.
  if (COMPARED_BEFORE.test(text.slice(Math.max(0, hedgedStart(level) - 40), hedgedStart(level))) || mentions.slice(own, c - 1).some((m) => operands(m, level))) return undefined;
  return { claim: c, relation: 'changeOf', base: c - 1, other: c - 1 };
}

/**
 * A change in per cent set off after the difference a change makes: after its two levels too ("rose
 * to $612m from $538m, a rise of $74m, or 13.8 per cent"), or the level reached alone ("the fare
 * rises to £5.40, an increase of 40p, or 8 per cent"), when the difference's noun tells which way.
 */
function changeAfterDifference(text: SentenceText, mentions: readonly Mention[], c: number, own: number): StatedRatio | undefined {
  if (c - own < 2 || !isDifferenceOf(text, mentions, c - 1, c - 2) || !SET_OFF.test(text.slice(mentions[c - 1].end, hedgedStart(mentions[c]))) || !joins(text, mentions[c - 1], mentions[c])) return undefined;
  const change = c - own >= 3 && levels(text, mentions, c - 3, c - 2);
  if (change) return { claim: c, relation: 'change', ...change };
  const reached = mentions[c - 2];
  // A level a change is from or held against ("down from £5.80, a drop of 40p") is no level reached,
  // nor one after another figure of its kind, which may be the level the sentence means.
  if (COMPARED_BEFORE.test(text.slice(Math.max(0, hedgedStart(reached) - 48), hedgedStart(reached))) || mentions.slice(own, c - 2).some((m) => operands(m, reached))) return undefined;
  // "a rise of £189", or "up £189" set off after its level ("£1,238, up £189, or 18 per cent").
  const noun = changeNounBefore(text, mentions[c - 1]) ?? setOffWay(text, mentions[c - 1]);
  if (RISING.has(noun) || noun === 'up') return { claim: c, relation: 'changeBy', base: c - 1, other: c - 2 };
  return FALLING.has(noun) || noun === 'down' ? { claim: c, relation: 'changeBy', base: c - 1, other: c - 2, falls: true } : undefined;
}

const RISING: ReadonlySet<string | undefined> = new Set(RISING_NOUNS);
const FALLING: ReadonlySet<string | undefined> = new Set(FALLING_NOUNS);

/** The noun of change right before a figure, in lower case: "rise" of "a rise of $84m". */
function changeNounBefore(text: SentenceText, m: Mention): string | undefined {
  const start = hedgedStart(m);
  return CHANGE_OF_BEFORE.exec(text.slice(Math.max(0, start - 24), start))?.[1].toLowerCase();
}

/** Whether mention `d` is a difference told right after figure `level`, of its kind and unit: "$538m, a rise of $74m". */
function isDifferenceOf(text: SentenceText, mentions: readonly Mention[], d: number, level: number, inCents = false): boolean {
  const [difference, of] = [measureOf(mentions[d]), measureOf(mentions[level])];
  const currencies = difference?.currency === of?.currency || (inCents && !!difference?.currency && !!of?.currency && centsFactor(difference.currency, of.currency) !== undefined);
  if (!difference || !of || mentions[d].kind !== mentions[level].kind || !currencies || difference.unit !== of.unit) return false;
  return (difference.difference || changeNounBefore(text, mentions[d]) !== undefined || setOffWay(text, mentions[d]) !== undefined) && joins(text, mentions[level], mentions[d]);
}

/** "up" or "down", set off right before a figure: "£1,238, up £189". */
function setOffWay(text: SentenceText, m: Mention): string | undefined {
  const start = hedgedStart(m);
  return SET_OFF_WAY_BEFORE.exec(text.slice(Math.max(0, start - 12), start))?.[1].toLowerCase();
}

const SET_OFF_WAY_BEFORE = /[,—–:][ \u00a0]*(up|down)[ \u00a0]+$/iu;

/** Right after a level, the time it is of, which tells no other clause: "by the end of the financial year", "at the end of March". */
const TIME_OF_LEVEL = /^[ \u00a0]+(?:by|at)[ \u00a0]+the[ \u00a0]+end[ \u00a0]+of[ \u00a0]+(?:(?:the|this|last|next)[ \u00a0]+(?:(?:financial|fiscal|calendar|school)[ \u00a0]+)?(?:year|quarter|month|season|week)|[\p{Lu}][\p{L}]+)(?![\p{L}])/u;

/** The two levels a change is between, when mentions `a` and `b` are "from a to b" or "b … from a". */
function levels(text: SentenceText, mentions: readonly Mention[], a: number, b: number): { base: number; other: number } | undefined {
  if (!operands(mentions[a], mentions[b]) || [a, b].some((k) => OUT_OF_BEFORE.test(text.slice(Math.max(0, mentions[k].start - 8), mentions[k].start)))) return undefined;
  const between = text.slice(mentions[a].end, hedgedStart(mentions[b])).replace(TIME_OF_LEVEL, '');
  const opensWithFrom = FROM_BEFORE.test(text.slice(Math.max(0, hedgedStart(mentions[a]) - 40), hedgedStart(mentions[a])));
  if (opensWithFrom && TO_BETWEEN.test(between)) return { base: a, other: b };
  if (!opensWithFrom && FROM_BETWEEN.test(between) && !CLAUSE_WORD.test(between.replace(COMPARED_WITH, '').replace(ASIDE_BEFORE_FROM, ''))) return { base: b, other: a };
  // A level a change reached, then the one it is from: "has grown to €212 million this year from €168 million".
  if (!opensWithFrom && mentions[a].number?.reached && REACHED_FROM_BETWEEN.test(between) && !CLAUSE_WORD.test(between)) return { base: b, other: a };
  // A plan, then what it came to: "budgeted at €126 million in 2016 and ended up at €184 million".
  if (PLAN_BEFORE.test(text.slice(Math.max(0, hedgedStart(mentions[a]) - 40), hedgedStart(mentions[a]))) && OUTCOME_BETWEEN.test(between)) return { base: a, other: b };
  return undefined;
}

/**
 * Two changes told side by side, each pair of levels written alike: "612 judoka from 43 countries,
 * up from 548 entrants from 37 countries" is 548 to 612 and 37 to 43, where `amounts[k + 1]` and
 * `amounts[k + 2]` stand either side of the "up from". None where the two pairs are joined otherwise.
 */
function parallelChanges(text: SentenceText, amounts: readonly Mention[], k: number): Array<{ base: number; other: number }> {
  if (k < 1 || k + 2 >= amounts.length) return [];
  const [a, b, c, d] = [amounts[k - 1], amounts[k], amounts[k + 1], amounts[k + 2]];
  if (!operands(a, c) || !operands(b, d) || !FROM_BETWEEN.test(text.slice(b.end, hedgedStart(c))) || CLAUSE_WORD.test(text.slice(b.end, hedgedStart(c)))) return [];
  // The same word joins each pair's two figures: "from", "in", "across".
  const joinerOf = (x: Mention, y: Mention) => PAIR_JOINER.exec(text.slice(x.end, hedgedStart(y)))?.[1].toLowerCase();
  const joiner = joinerOf(a, b);
  return joiner && joiner === joinerOf(c, d) ? [{ base: k + 1, other: k - 1 }, { base: k + 2, other: k }] : [];
}

/** Between the two figures of a pair of levels: their noun, then the word joining them ("judoka from"). */
const PAIR_JOINER = /^(?:[ \u00a0]+[\p{L}'’-]+){0,2}[ \u00a0]+(from|in|across|at|on|for|over)[ \u00a0]+$/iu;

/** Before a figure a plan gave: "budgeted at", "first priced at", "sold to us in 2018 at", "expected to cost". */
const PLAN_BEFORE = /(?<![\p{L}])(?:budget(?:ed)?|estimated|expected|forecast|priced|costed|projected|planned|sold(?:[ \u00a0]+[\p{L}\d']+){0,5})[ \u00a0]+(?:at|of|for|to[ \u00a0]+cost)[ \u00a0]+$/iu;
/** Between a planned figure and what it came to: "in 2016 and ended up at", "but came in at", "ended up costing". */
const OUTCOME_BETWEEN = /^(?:[ \u00a0]+[\p{L}\d']+){0,4}[ \u00a0]*,?[ \u00a0]+(?:(?:and|but)[ \u00a0]+)?(?:ended[ \u00a0]+up|came[ \u00a0]+in|finished|turned[ \u00a0]+out)(?:[ \u00a0]+(?:at|costing|to[ \u00a0]+cost|to[ \u00a0]+be))?[ \u00a0]+$/iu;

function shareBefore(text: SentenceText, mentions: readonly Mention[], c: number, sentenceStart: number, own: number): StatedRatio | undefined {
  // A share set off by a comma or dash, and no attribute of a noun after it: "nine of 122 trusts hit
  // the 78 per cent target", "13 of 41 games, a 41.5 percent win rate" are of other things, as is
  // one "of" a whole of its own ("46 of the 970 crew — more than 10% of the nearly 3,200 on board").
  if (c - own < 2 || !SET_OFF.test(text.slice(mentions[c - 1].end, hedgedStart(mentions[c]))) || !SHARE_ENDS.test(text.slice(mentions[c].end, mentions[c].end + 40))) return undefined;
  if (!joins(text, mentions[c - 1], mentions[c])) return undefined;
  const [a, b] = [mentions[c - 2], mentions[c - 1]];
  if (!operands(a, b) || a.kind === 'percent') return undefined;
  // "won 17, drew 11 and lost 13 of 41 games": which part the share is of, the sentence does not say.
  const firstOfItsKind = mentions.slice(0, c - 2).every((m) => !operands(m, a));
  if (firstOfItsKind && OF_BETWEEN.test(text.slice(a.end, hedgedStart(b)))) return { claim: c, relation: 'share', base: c - 1, other: c - 2 };
  // Not of a figure another is held against ("212 staff, half as many again as the 140 of 2020, and
  // 46 of them"): "them" is what the sentence is about, not the figure compared with it.
  if (OF_IT_AFTER.test(text.slice(b.end, b.end + 12)) && !COMPARED_AS_BEFORE.test(text.slice(Math.max(0, hedgedStart(a) - 40), hedgedStart(a)))) return { claim: c, relation: 'share', base: c - 2, other: c - 1 };
  if (c - own === 2 && OF_THE_OPENING.test(text.slice(sentenceStart, hedgedStart(a)))) return { claim: c, relation: 'share', base: c - 2, other: c - 1 };
  return undefined;
}

function multipleAround(text: SentenceText, mentions: readonly Mention[], c: number): StatedRatio | undefined {
  const [other, base] = [mentions[c - 1], mentions[c + 1]];
  if (!other || !base || !operands(other, base) || !joins(text, other, mentions[c])) return undefined;
  const claim = mentions[c];
  return TIMES_WRITTEN.test(claim.text) && OF_AFTER_TIMES.test(text.slice(claim.end, hedgedStart(base))) ? { claim: c, relation: 'multiple', base: c + 1, other: c - 1 } : undefined;
}

/**
 * A multiple "to one" set off after a score of two figures: "by 1,628 votes to 218 — more than seven
 * to one", "won 40-13, a margin of three to one". The first figure is that many times the second.
 */
function scoreToOne(text: SentenceText, mentions: readonly Mention[], c: number, own: number): StatedRatio | undefined {
  if (c - own < 2 || !TO_ONE_WRITTEN.test(mentions[c].text)) return undefined;
  const [other, base] = [mentions[c - 2], mentions[c - 1]];
  if (!operands(other, base) || !SCORE_BETWEEN.test(text.slice(other.end, hedgedStart(base))) || !SET_OFF.test(text.slice(base.end, hedgedStart(mentions[c])))) return undefined;
  return { claim: c, relation: 'multiple', base: c - 1, other: c - 2 };
}

/**
 * A multiple set off after the two figures it compares, told against each other: "47 confirmed
 * sightings in the year to 30 September against 19 the year before — nearly three times as many".
 * The first is that many times the second.
 */
function multipleOfPair(text: SentenceText, mentions: readonly Mention[], c: number, own: number): StatedRatio | undefined {
  const claim = mentions[c];
  if (c - own < 2 || !TIMES_WRITTEN.test(claim.text) || !AS_MANY_AFTER.test(text.slice(claim.end, claim.end + 24))) return undefined;
  const [other, base] = [mentions[c - 2], mentions[c - 1]];
  const between = text.slice(other.end, hedgedStart(base));
  const after = text.slice(base.end, hedgedStart(claim));
  if (!operands(other, base) || !AGAINST_BETWEEN.test(between) || CLAUSE_WORD.test(between) || !SET_OFF.test(after) || CLAUSE_WORD.test(after.replace(TIME_BEFORE, ''))) return undefined;
  return (after.match(/[\p{L}']+/gu)?.length ?? 0) <= MAX_GAP_WORDS ? { claim: c, relation: 'multiple', base: c - 1, other: c - 2 } : undefined;
}

/** Between two figures held against each other: "47 confirmed sightings this year against". */
const AGAINST_BETWEEN = /(?<![\p{L}])(?:against|compared[ \u00a0]+(?:with|to)|versus|vs\.?)[ \u00a0]+(?:(?:the|a|an)[ \u00a0]+)?$/iu;
/** After a multiple, what leaves it the multiple of the figures before it: "times as many." ("as many as 19" is another's). */
const AS_MANY_AFTER = /^[ \u00a0]+as[ \u00a0]+(?:many|much|high|large|big)(?![ \u00a0]+as)(?![\p{L}])/iu;

/**
 * An amount for each of the items a figure before it counts, of a total of its own measure before it:
 * "£38,000 winter bill for 120 cows works out at £371 a cow", "120 volunteers counted 8,069 ballots,
 * roughly 76 each", "£148,000 for 11.5 km of fencing, roughly £11,000 per kilometre". The items are
 * those the claim's "a …", "per …" or "for every …" names; after "each", the one count there is
 * beside the total (the smaller, for a count of counts). None where the figures leave it unclear.
 */
function quotientOf(text: SentenceText, mentions: readonly Mention[], c: number, own: number): StatedRatio | undefined {
  const claim = mentions[c];
  const value = measureOf(claim);
  if (c - own < 2 || !value || value.values.length !== 1 || value.difference || value.change || !QUOTIENT_KINDS.has(claim.kind)) return undefined;
  const after = text.slice(claim.end, claim.end + PER_REACH);
  const each = EACH_AFTER.test(after) && !EACH_OF_MEASURE_BEFORE.test(text.slice(Math.max(0, hedgedStart(claim) - 24), hedgedStart(claim)));
  const noun = each ? undefined : PER_NOUN_AFTER.exec(after)?.[1].toLowerCase();
  if (!each && !noun) return undefined;
  const before = mentions.slice(own, c).map((m, k) => ({ m, k: own + k })).filter(({ m }) => !m.perItem && !isPerAmount(text, m));
  const totals = before.filter(({ m }) => operands(m, claim) && measureOf(m)!.values[0] > value.values[0]);
  const counts = before.filter(({ m }) => m.kind === 'count' && !m.number?.unit && m.number?.values.length === 1 && !m.number.difference && !m.number.change);
  let byItem: number | undefined;
  let whole: number | undefined;
  if (noun) {
    // The items, by the noun a count counts ("120 cows … a cow") or by a measure's unit ("11.5 km … per kilometre").
    const unit = unitAfter(` ${noun}`)?.unit.key;
    const items = [...counts.filter(({ m }) => countsItem(text, m, noun)), ...before.filter(({ m }) => unit !== undefined && m.kind === 'count' && m.number?.unit === unit && m.number.values.length === 1)];
    const wholes = totals.filter(({ m }) => items.every((i) => i.m !== m));
    if (items.length !== 1 || wholes.length !== 1) return undefined;
    [byItem, whole] = [items[0].k, wholes[0].k];
  } else if (claim.kind === 'count') {
    // "120 volunteers counted 8,069 ballots, roughly 76 each": the larger of two counts over the smaller.
    if (counts.length !== 2) return undefined;
    const [a, b] = counts;
    [byItem, whole] = measureOf(a.m)!.values[0] < measureOf(b.m)!.values[0] ? [a.k, b.k] : [b.k, a.k];
    if (!totals.some((t) => t.k === whole)) return undefined;
  } else {
    if (totals.length !== 1 || counts.length !== 1) return undefined;
    [byItem, whole] = [counts[0].k, totals[0].k];
  }
  // Told of the total, set off after it or worked out from it, in no other clause: not "£2.4 million on 18 buses and £90,000 each on repairs".
  const between = text.slice(mentions[whole].end, hedgedStart(claim));
  if (CLAUSE_WORD.test(between) || !(SET_OFF.test(between) || WORKED_OUT_BETWEEN.test(between))) return undefined;
  return { claim: c, relation: 'quotient', base: byItem, other: whole };
}

/** Between a total and the amount each it works out at: "works out at", "comes to", "an average of". */
const WORKED_OUT_BETWEEN = /(?<![\p{L}])(?:works?[ \u00a0]+out|worked[ \u00a0]+out|comes?[ \u00a0]+to|came[ \u00a0]+to|averag(?:e|es|ed|ing))(?![\p{L}])/iu;

/** The kinds an amount for each item may be of: a count, a sum, a length of time. */
const QUOTIENT_KINDS: ReadonlySet<MentionKind> = new Set(['count', 'money', 'duration']);
/** After an amount: "each", ending its clause ("roughly 76 each."). */
const EACH_AFTER = /^[ \u00a0]+each(?=[ \u00a0]*(?:[,.;:!?)—–]|$))/iu;
/** Before an amount, what makes "each" after it the size of each item, not a share of a total: "gates of", not "an average of". */
const EACH_OF_MEASURE_BEFORE = /(?<![\p{L}])(?<!average[ \u00a0]+)of[ \u00a0]+$/iu;
/** After an amount, the item it is for: "a cow", "per kilometre", "for every screen", "a farm". */
const PER_NOUN_AFTER = /^[ \u00a0]+(?:a|an|per|for[ \u00a0]+(?:every|each))[ \u00a0]+([\p{L}-]+)(?![\p{L}])/iu;
/** Nouns after "a" that tell a rate in time or a share, no item: "£6 a week", "twice a day". */
const NOT_ITEMS: ReadonlySet<string> = new Set(['year', 'month', 'week', 'day', 'night', 'hour', 'minute', 'second', 'time', 'lot', 'bit', 'little', 'few', 'head', 'person', 'capita', 'piece', 'fraction', 'quarter', 'third', 'half', 'fifth']);

/** Whether a figure is itself an amount for each of something ("£6,400 a farm"). */
function isPerAmount(text: SentenceText, m: Mention): boolean {
  const after = text.slice(m.end, m.end + PER_REACH);
  return EACH_AFTER.test(after) || PER_NOUN_AFTER.test(after);
}

/** How far after an amount its "each" or "a …", "per …", "for every …" is read. */
const PER_REACH = 32;

/** Whether count `m` counts the items `noun` names: "120 cows" for "a cow", "23 farms" for "a farm". */
function countsItem(text: SentenceText, m: Mention, noun: string): boolean {
  if (NOT_ITEMS.has(noun)) return false;
  const counted = COUNTED_AFTER.exec(text.slice(m.end, m.end + 40))?.[1].toLowerCase();
  return !!counted && singularOf(counted) === singularOf(noun);
}

/** The noun a count counts, right after it or after one or two words: "120 cows", "23 Dales farms", "41 paid claims". */
const COUNTED_AFTER = /^(?:[ \u00a0]+[\p{L}'’-]+){0,2}?[ \u00a0]+([\p{L}-]+?)(?=[ \u00a0]*(?:[,.;:!?)—–]|$|[ \u00a0]+(?:for|in|on|at|of|across|from|to|and|with|works|cost|costs|gave|paid|counted|came|come|make|made|were|was|is|are|had|have|has|received|got|get)(?![\p{L}])))/iu;

function singularOf(word: string): string {
  return word.endsWith('ies') ? `${word.slice(0, -3)}y` : word.endsWith('es') && /(?:ch|sh|s|x|z)es$/.test(word) ? word.slice(0, -2) : word.endsWith('s') && !word.endsWith('ss') ? word.slice(0, -1) : word;
}

/** Between the two figures of a score: "votes to", "to", a dash. */
const SCORE_BETWEEN = /^(?:(?:[ \u00a0]+[\p{L}]+)?[ \u00a0]+to[ \u00a0]+|[-–])$/u;

/** After a verb of a multiple, what leaves its object the figures' quantity: "almost tripling it", "doubled from 62 to 130", "more than doubling in size". */
const VERB_OBJECT_AFTER = /^(?:[ \u00a0]+(?:it|them|in[ \u00a0]+(?:size|number|value|length)))?(?:[ \u00a0]*(?:[,.;:!?)\]—–]|$)|[ \u00a0]+(?:from|to|by|since|over|between|and|but|while)(?![\p{L}]))/iu;

/**
 * A change told by a verb of a multiple, after or before its two levels: "from 62.4 kilometers to
 * 130 kilometers by 2029, almost tripling it", "more than doubled, from 2.1 million to 4.6 million".
 * Not where the verb has an object of its own ("doubling the fare revenue"), nor for "halving".
 */
function changeAsMultiple(text: SentenceText, mentions: readonly Mention[], c: number, own: number): StatedRatio | undefined {
  const claim = mentions[c];
  const form = claim.number?.unit === MULTIPLE ? MULTIPLE_FORMS.get(claim.text.toLowerCase()) : undefined;
  // "Halving" is fixed in no word a fall of 70 per cent would take.
  if (!form?.stem || form.value < 1 || !VERB_OBJECT_AFTER.test(text.slice(claim.end, claim.end + 24))) return undefined;
  const change = changeAround(text, mentions, c, own);
  return change && { ...change, relation: 'multiple' };
}

/** Whether two figures can be the terms of a ratio: amounts of one kind, currency and unit, each one plain value. */
function operands(a: Mention, b: Mention): boolean {
  const [x, y] = [measureOf(a), measureOf(b)];
  if (!x || !y || a.kind !== b.kind || !TERM_KINDS.has(a.kind)) return false;
  // Several values are readings in several units ("6.5 million tons" may be short tons), the same for both; otherwise the figure is ambiguous.
  const readings = x.unit ? x.values.length === y.values.length : x.values.length === 1 && y.values.length === 1;
  if (!readings || x.vague || y.vague || x.difference || y.difference || x.change || y.change) return false;
  return x.currency === y.currency && x.unit === y.unit && x.values[0] > 0 && y.values[0] > 0;
}

/** Whether the words from figure `a` to the claim after it read as one phrase: few, and none opening another clause. */
function joins(text: SentenceText, a: Mention, claim: Mention): boolean {
  // "… in 1973 – a shrinkage of more than a quarter": the noun that tells the change is the claim's
  // own; "the year before" times the figure, its "before" opening no clause.
  // "£86,400, which is £52,200 more than …": a clause that tells the figure before it, as a comma does.
  const between = text.slice(a.end, hedgedStart(claim)).replace(CHANGE_OF_BEFORE, '').replace(TIME_BEFORE, '').replace(WHICH_IS_BEFORE, ',');
  return !CLAUSE_WORD.test(between) && (between.match(/[\p{L}']+/gu)?.length ?? 0) <= MAX_GAP_WORDS;
}
