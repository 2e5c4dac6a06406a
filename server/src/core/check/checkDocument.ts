import { annotatedSentence, citeClaims, UnknownFactId } from '../annotations/citeClaims';
import { CalendarDate, comingYear, isoDate, isValidDate, nearestYear, toDayNumber, weekdayOf } from '../calendar';
import { formatClockTime } from '../extract/clockTime';
import { Frame, frameOf } from '../extract/frame';
import { type DateValue, isYearByDistance, type Mention } from '../extract/mention';
import { type WrittenPeriod, writePeriod } from '../extract/ratePeriod';
import { DocumentReading, LocatedMention, ReadOptions, readSentences, SentenceReading, sentenceRunEnd } from '../extract/readDocument';
import { type Failure, guarded } from '../failure';
import { Fact, fullDate } from '../facts/fact';
import { formatDate } from '../format/formatDate';
import { formatFix } from '../format/formatFix';
import { withFactHedge } from '../format/formatHedge';
import { partsOf } from '../match/compareValues';
import { Context, contextOf, isKey, NEIGHBOUR_REACH, neighbourKeys, ParagraphKeys, Passage, tellingKey } from '../match/context';
import type { FactIndex } from '../match/factIndex';
import type { ToldSources } from '../match/relevantSources';
import { alignedMatches } from '../match/alignClaims';
import { changedBases } from '../match/changedBases';
import { matchedConversions } from '../match/conversions';
import { datesOfIntervals } from '../match/intervalDates';
import type { ClaimMatch } from '../match/matchClaim';
import { matchBlock } from '../match/matchBlock';
import { mergedSentences } from '../match/mergedSentences';
import { numberAffinity } from '../match/numberAffinity';
import { matchScaleSlips } from '../match/scaleSlips';
import { sharesOfRestatedParts } from '../match/shareOfPart';
import { matchedSums } from '../match/sumOfParts';
import { slippedPeriod } from '../match/ratePeriods';
import { slippedTime } from '../match/timeOfDate';
import { weekdayOfSentence, weekdayOfTime } from '../match/weekdayFacts';
import { firstAtOrAfter } from '../text/lineIndex';
import { blockHolding, type DocumentFormat, type Prose, readProse } from '../text/prose';
import { FindingCode, mismatchCode } from './codes';
import type { Finding } from './finding';
import { personFindings } from './personFindings';
import { checkConversions, checkPriceConversions } from './conversionFindings';
import { checkElapsed } from './elapsedFindings';
import { checkSpans } from './spanFindings';
import { contradictedPartShares } from './partShareFindings';
import { agreedChanges, contradictedChanges } from './changeFindings';
import { checkRatios, PlacedRatio, ratiosOf } from './ratioFindings';
import { heldFinding, restatedSources, verifiedSources } from './restatedSources';
import { findSuppressions } from './suppressions';

export interface CheckResult {
  reading: DocumentReading;
  findings: Finding[];
  /** Ids in `[@fact:…]` annotations that name no loaded fact (the annotations are `reading.prose.annotations`). */
  unknownIds?: UnknownFactId[];
  /** What was left out of the check because reading or matching it threw, in order (see `Failure`). */
  failures?: Failure[];
}

/**
 * Checks every figure and date of a draft against the facts. A claim's context is made, used and
 * dropped block by block, while the reading has the block's words: together the contexts would
 * outweigh the draft many times over, and so would the words, which the reading does not keep.
 * The claims of blocks holding an annotation wait for all annotations to be read: a fact named
 * twice goes to one claim of the whole draft.
 */
export function checkDocument(text: string, format: DocumentFormat, index: FactIndex): CheckResult {
  const prose = readProse(text, format);
  const suppressions = findSuppressions(text, prose.lines);
  const annotated = annotatedBlocks(prose);
  // By claim number: the match of each claim checked, and the context of each claim of an annotated block.
  const matches: Array<ClaimMatch | undefined> = [];
  const contexts: Context[] = [];
  // Among several sources, what each block's words say it restates; a block whose words do not say
  // surely, or say several, waits, and is matched against what the others are about (see `sourcesInDraft`).
  const choosing = index.relevance.count > 1;
  const counts = toldCounts();
  // By the number of its first claim, for a block whose claims wait: what it tells of its sources.
  const waiting = new Map<number, BlockTold>();
  // The names that misspell a source's, and those of blocks that wait, to be held to the sources of the draft.
  const misspelt: Finding[] = [];
  const waitingNames: Array<{ names: LocatedMention[]; told: BlockTold; block: number }> = [];
  // What threw (see `Failure`), and the blocks whose first matching did, by the number of their first claim.
  const failures: Failure[] = [];
  const failed = new Set<number>();
  const onBlock: ReadOptions['onBlock'] = ({ sentences, mentions, names }, s, m) => {
    if (!sentences.length) return;
    guarded(prose.blocks[sentences[0].block], BLOCK_LEFT, failures, () => {
      // A block without figures tells what the draft is about too.
      const told = choosing ? blockTold(sourcesOfBlock(index, sentences, mentions)) : {};
      countTold(counts, told, 1);
      const waits = choosing && waitsForDraft(told);
      if (waits) waitingNames.push({ names, told, block: sentences[0].block });
      else misspelt.push(...personFindings(names, index, told.about));
      if (!mentions.length) return;
      const made = blockContexts(prose.prose, sentences, mentions, s);
      if (waits || annotated.has(sentences[0].block)) {
        made.forEach((context, i) => (contexts[m + i] = context));
        waiting.set(m, told);
      } else matchBlock(mentions, made, index, told.about).forEach((match, i) => (matches[m + i] = match));
    }, () => void failed.add(m));
  };
  const reading = readSentences(prose, undefined, { forgetWords: true, onBlock });
  const draft = choosing ? draftSources(counts) : undefined;
  const sourcesOfWaiting = (block: BlockTold) => (choosing ? sourcesInDraft(block, draft, (k) => counts.surely.get(k) ?? 0, index.relevance.always) : undefined);
  const cited = citeClaims(reading, contexts, index, (a) => annotatedSentence(reading, a));
  // Made for suppressed and cited claims too, as an incremental check makes them: a ratio's figures
  // are read whether or not a claim of them is, and as context matching made them.
  const matched: Array<Finding | undefined> = [];
  for (let i = 0; i < reading.mentions.length; ) {
    const block = reading.sentences[reading.mentions[i].sentence].block;
    let j = i + 1;
    while (j < reading.mentions.length && reading.sentences[reading.mentions[j].sentence].block === block) j++;
    const claims = reading.mentions.slice(i, j);
    const unchecked = () => claims.map(() => undefined);
    const found = failed.has(i)
      ? unchecked()
      : guarded(prose.blocks[block], BLOCK_LEFT, failures, () => {
          const waited = waiting.get(i);
          const byWords = waited ? matchBlock(claims, contexts.slice(i, j), index, sourcesOfWaiting(waited)) : matches.slice(i, j);
          const findings = blockFindings(claims, byWords, reading.date, index);
          checkOwnFigures(ratiosOf(prose.prose, claims, (s) => reading.sentences[s]), claims, findings, index);
          return findings;
        }, unchecked);
    for (const finding of found) matched.push(finding);
    i = j;
  }
  const figures: Finding[] = [];
  // Which of `figures` an annotation holds to the fact it names, whatever the draft restates.
  const citations: boolean[] = [];
  matched.forEach((finding, i) => {
    if (!finding || suppressions.covers(finding.claim.start, finding.claim.end)) return;
    const citation = cited.matches.get(i);
    figures.push(citation ? findingOf(finding.claim, citation, reading.date) : finding);
    citations.push(!!citation);
  });
  if (choosing) {
    const restated = restatedSources(verifiedSources(figures), index);
    // The mentions are in order of their sentences: a mismatch's are found by halving, not by a pass over a megabyte's.
    const ofSentence = (s: number) => {
      const from = firstAtOrAfter(reading.mentions, s, sentenceOf);
      return reading.mentions.slice(from, sentenceRunEnd(reading.mentions, from));
    };
    const told = ({ claim }: Finding) => () => blockTold(sourcesOfBlock(index, [reading.sentences[claim.sentence]], ofSentence(claim.sentence)));
    figures.forEach((f, i) => (figures[i] = citations[i] ? f : heldFinding(f, restated, told(f), index)));
  }
  // Unlike a figure, a name is held to no source when the draft says of none what it restates.
  if (draft) for (const w of waitingNames) misspelt.push(...guarded(prose.blocks[w.block], BLOCK_LEFT, failures, () => personFindings(w.names, index, sourcesOfWaiting(w.told)), () => []));
  const names = choosing || restatesItsSource(figures) ? misspelt.filter((f) => !suppressions.covers(f.claim.start, f.claim.end)).sort(byStart) : [];
  return { reading, findings: inOrder(figures, names), unknownIds: cited.unknownIds, failures: [...(reading.failures ?? []), ...failures].sort(byFailureStart) };
}

/** What a block whose matching threw leaves out (see `Failure`). */
export const BLOCK_LEFT = 'the claims of this paragraph were';

const byFailureStart = (a: Failure, b: Failure) => a.start - b.start;

/**
 * Holds the shares, changes and multiples (`ratios`), the conversions and the times between dates
 * of each sentence of `mentions` to the figures of that sentence, whatever the sources say (see
 * `checkRatios`, `checkConversions`, `checkSpans`), a share of a whole to the part its source
 * gives for what the sentence names (see `contradictedPartShares`), and a difference told beside
 * a level to the level its source gives that one from (see `contradictedChanges`), replacing the
 * `findings` (beside `mentions`) they contradict.
 */
export function checkOwnFigures(ratios: readonly PlacedRatio[] | undefined, mentions: readonly LocatedMention[], findings: Array<Finding | undefined>, index: FactIndex): void {
  checkRatios(ratios, mentions, findings);
  for (const [i, fact] of [...contradictedPartShares(ratios, mentions, findings, index), ...contradictedChanges(ratios, mentions, findings, index)]) findings[i] = findingOf(mentions[i], { verdict: 'mismatch', fact, score: 0 }, undefined);
  for (const [i, fact] of agreedChanges(ratios, mentions, findings, index)) findings[i] = findingOf(mentions[i], { verdict: 'verified', fact, score: 0 }, undefined);
  checkConversions(mentions, findings);
  checkPriceConversions(mentions, findings);
  checkSpans(mentions, findings, index);
}

/**
 * Whether a draft checked against one source restates it, as a figure it gives rightly says: only
 * then are its names held to the source's. Among several, each paragraph's words tell which it
 * restates; one source is all there is, and a draft on another matter would have its "Samuel"
 * taken for the source's "Samvel".
 */
export function restatesItsSource(figures: readonly Finding[]): boolean {
  return figures.some((f) => f.verdict === 'verified');
}

/** Two lists of findings, each in the order of their claims, as one in that order. */
export function inOrder(a: Finding[], b: readonly Finding[]): Finding[] {
  if (!b.length) return a;
  const out: Finding[] = [];
  let j = 0;
  for (const finding of a) {
    while (j < b.length && b[j].claim.start < finding.claim.start) out.push(b[j++]);
    out.push(finding);
  }
  while (j < b.length) out.push(b[j++]);
  return out;
}

const byStart = (a: Finding, b: Finding) => a.claim.start - b.claim.start;
const sentenceOf = (m: LocatedMention) => m.sentence;

/**
 * The findings of one block's claims from their matches (none for a claim not checked). `date` is
 * the draft's own. Without one, a weekday beside a yearless date is held to the calendar near the
 * date of the article a figure of the block rightly restates ("Thursday, April 11" beside a source
 * of March 2025), and a time ago beside a date to the years up to it (see `checkElapsed`): a block
 * that restates nothing may be of any year, and of another matter than the built-in article's. Not
 * where that article gives a date of the same weekday and day or month ("Saturday 29 April" for its
 * "Saturday 29 March"): the day or month is what the writer got wrong, if anything, and the one date
 * the article writes a slip away (see `datesOfWeekdayNear`) is the one the claim restates.
 */
export function blockFindings(claims: readonly LocatedMention[], byWords: ReadonlyArray<ClaimMatch | undefined>, date: CalendarDate | undefined, index: FactIndex): Array<Finding | undefined> {
  const matches = datesOfIntervals(claims, matchedSums(claims, matchedConversions(claims, sharesOfRestatedParts(claims, matchScaleSlips(claims, mergedSentences(claims, changedBases(claims, alignedMatches(claims, changedBases(claims, byWords, index), index), index), index), index), index), index), index), index);
  const restated = matches.find((m) => m?.verdict === 'verified' && m.source !== undefined)?.source;
  const source = date ? undefined : restated;
  const articleDate = source === undefined ? undefined : index.articleDate(source);
  return claims.map((claim, i) => {
    const match = matches[i];
    // "freed at 11.40am on Thursday" beside the source's "11:40 a.m. on Wednesday", in the source
    // the claim matched or, unmatched, the one its block restates.
    const timedIn = match?.source ?? restated;
    const clock = match?.verdict === 'verified' && match.fact && match.source !== undefined && claim.date ? slippedTime(claim, match.fact, index.factsOf(match.source)) : undefined;
    const slipped = clock && clockFinding(claim, match!.fact!, clock);
    if (slipped) return slipped;
    const period = match?.verdict === 'verified' && match.fact && claim.ratePeriod ? slippedPeriod(claim, match.fact) : undefined;
    if (period) return periodFinding(claim, match!.fact!, period);
    const timed = match && timedIn !== undefined && claim.date?.weekday ? weekdayOfTime(claim, index.factsOf(timedIn)) : undefined;
    if (timed) return findingOf(claim, { verdict: 'mismatch', fact: timed, score: match!.score, source: timedIn }, undefined);
    // "late into Wednesday night" verified by the dateline of a source sentence that says "late on Tuesday".
    const told = match?.verdict === 'verified' && match.fact && match.source !== undefined && claim.date?.weekday ? weekdayOfSentence(claim, match.fact, index.factsOf(match.source)) : undefined;
    if (told) return findingOf(claim, { verdict: 'mismatch', fact: told, score: match!.score, source: match!.source }, undefined);
    if (match?.verdict === 'mismatch' && match.fact && match.source !== undefined && onlyWeekdaySlipped(claim, match.fact, date, index.factsOf(match.source))) {
      const finding: Finding = { claim, verdict: 'unverified' };
      checkCalendar(finding, date, match.fact, date ?? articleDate);
      narrowToWeekday(finding);
      return finding;
    }
    const calendar = date ?? (articleDate && claim.date?.weekday && !statesWeekdayNear(index.factsOf(source!), claim.date) ? articleDate : undefined);
    // "Tuesday 19 November", a Wednesday, beside the source's "Tuesday, 18 November" and no other
    // Tuesday a slip away: the day slipped, whatever the words around it matched, or however the
    // draft is dated. So too where the claim matched a date the source gives without its weekday
    // and the sentence of that date gives the weekday ("the agency announced Tuesday, Feb. 26"
    // against the dateline of "26 February 2025 — … announced on Tuesday", a Wednesday), as
    // `weekdayOfSentence` reads a weekday alone; not a Tuesday the source tells of elsewhere ("On
    // Tuesday, March 19, Pell lowered his record" against "A day earlier [than Thursday 20 March],
    // Pell lowered …", after "opened the meet on Tuesday"): the claim's date is the one restated.
    const today = date ?? articleDate;
    const byDayAlone = !!match?.fact?.value.date && match.fact.value.date.weekday === undefined && (match.verdict === 'verified' || isWeekdayOnly(claim, match.fact));
    const undecided = match?.verdict === 'unverified' || byDayAlone;
    const near = undecided && today && restated !== undefined && claim.date?.weekday && !onCalendar(claim.date, today) ? datesOfWeekdayNear(index.factsOf(restated), claim.date).filter((fact) => !byDayAlone || fact.quote === match!.fact!.quote) : undefined;
    if (match && near?.length && near.every((fact) => sameDay(fact, near[0]))) return findingOf(claim, { verdict: 'mismatch', fact: near[0], score: match.score, source: restated }, undefined);
    // "this year" restates a year, not the month of one: against "September 2026" it restates
    // another clause's time ("30 openings this year and … a centre that opens in September 2026").
    if (match?.verdict === 'mismatch' && isYearByDistance(claim) && match.fact?.value.date?.month !== undefined) return { claim, verdict: 'unverified' };
    const finding = match && findingOf(claim, match, calendar, today);
    if (!finding || !today || !claim.duration?.countedFrom) return finding;
    // A time ago beside the date it is of is held to that date, not to a time its source works out
    // from another, nor to one ago of another year or of none: "14 years ago, in 2011" is no slip of
    // "38 years, since 1987", nor of "in 2016, nine years ago", nor of "a decade ago", and "14 years
    // ago, in June 2015" is not right by "founded in 2011".
    if (finding.fact?.derived || agoOfAnotherYear(finding.fact, claim.duration.countedFrom.year)) return checkElapsed(claim, today) ?? { claim, verdict: 'unverified' };
    return finding.verdict === 'unverified' ? (checkElapsed(claim, today) ?? finding) : finding;
  });
}


/**
 * Whether `fact` is a time ago its sentence writes beside no year, or beside one other than `year`
 * ("in 2016, nine years ago"; "from 64 per cent a decade ago" for "in 1995, just over 30 years ago").
 */
function agoOfAnotherYear(fact: Fact | undefined, year: number): boolean {
  if (fact?.value.duration?.relation !== 'ago') return false;
  const beside = YEAR_BESIDE.exec(fact.quote.slice(Math.max(0, fact.quoteOffset - BESIDE_CHARACTERS), fact.quoteOffset + fact.text.length + BESIDE_CHARACTERS));
  return Number(beside?.[1]) !== year;
}

const YEAR_BESIDE = /(?<![\p{L}\p{N}])(1[89]\d\d|20\d\d)(?![\p{L}\p{N}])/u;
/** How far from a time ago its year is written: "In November 2019 — more than five years ago —". */
const BESIDE_CHARACTERS = 24;

/** The finding for the time of day a date claim opens with, where it is not the time of the date fact it restates (see `slippedTime`): the time alone is marked and replaced. */
function clockFinding(claim: LocatedMention, fact: Fact, { written, minutes }: { written: string; minutes: number }): Finding | undefined {
  const fix = formatClockTime(minutes, written);
  return fix === undefined ? undefined : { claim, verdict: 'mismatch', fact, code: FindingCode.TimeMismatch, span: { start: claim.start, end: claim.start + written.length }, fix, sourceSays: fact.text };
}

/** The finding for a rate whose amount is the fact's and whose period is not (see `slippedPeriod`): the amount and its period are marked, the period replaced. */
function periodFinding(claim: LocatedMention, fact: Fact, theirs: WrittenPeriod): Finding {
  const own = claim.ratePeriod!;
  const fix = `${claim.text} ${writePeriod(theirs.period, own.word)}`;
  const sourceSays = `${fact.text} ${writePeriod(theirs.period, theirs.word)}`;
  return { claim, verdict: 'mismatch', fact, code: mismatchCode(claim.kind, false), span: { start: claim.start, end: claim.end + own.length }, fix, sourceSays };
}

/**
 * The facts of `facts` writing a date of the weekday of `date` with its day or its month, and the
 * other a slip away: weekday, day and month written ("Saturday, 29 March"), none of them given by
 * the calendar or the article's date. A day is a slip of another a digit away ("19" for 18), not
 * any other ("Monday 18 March" beside "Monday, 3 March" is of another day, its weekday the slip).
 */
function datesOfWeekdayNear(facts: readonly Fact[], date: DateValue): Fact[] {
  const day = date.day?.value;
  return facts.filter(({ value }) => {
    const stated = value.date;
    if (!stated || stated.weekday !== date.weekday?.value || day === undefined) return false;
    if (stated.day === undefined || stated.month === undefined) return nextDayOfWeekday(stated, date);
    if (stated.month !== date.month?.value) return stated.day === day;
    return stated.day !== day && numberAffinity(stated.day, day) >= DAY_SLIP;
  });
}

/**
 * Whether a weekday the article names alone ("on Monday"), dated by the article's date, is a day
 * from the date of that weekday the draft gives: "Monday, March 23" for the Monday that was the
 * 24th, counted a day off.
 */
function nextDayOfWeekday(stated: NonNullable<Fact['value']['date']>, date: DateValue): boolean {
  const implied = stated.implied;
  return implied?.day !== undefined && implied.month === date.month?.value && Math.abs(implied.day - date.day!.value) === 1;
}

/** Whether two facts' dates are one day, stated or implied: an article names its Monday again and again. */
function sameDay(a: Fact, b: Fact): boolean {
  const [x, y] = [fullDate(a.value.date!), fullDate(b.value.date!)];
  return x.year === y.year && x.month === y.month && x.day === y.day;
}

/** The least affinity (see `numberAffinity`) of a day a writer miscopied to the day copied: a digit changed. */
const DAY_SLIP = 0.5;

/**
 * Whether `facts` give a date of the weekday of `date` with its day, or with its month and a day it
 * may be a slip of: "Monday, 3 March" is no copy that "Monday 18 March" got wrong.
 */
function statesWeekdayNear(facts: readonly Fact[], date: DateValue): boolean {
  return facts.some((fact) => {
    if (!fact.value.date) return false;
    const parts = fullDate(fact.value.date);
    if (parts.weekday !== date.weekday?.value) return false;
    if (parts.day === date.day?.value) return true;
    return parts.month === date.month?.value && (parts.day === undefined || date.day === undefined || numberAffinity(parts.day, date.day.value) >= DAY_SLIP);
  });
}

/** Whether a date's weekday is the calendar's, in its own year or the one nearest `today`; true when that cannot be told. */
function onCalendar(d: DateValue, today: CalendarDate): boolean {
  if (!d.weekday) return true;
  const date = dateInYear(d, undefined, today);
  return !date || weekdayOf(date) === d.weekday.value || rightInSentenceYear(d, date) || rightToCome(d, today);
}

/**
 * Whether a yearless date a third of a year or more from `near` (`date` is the day in the year
 * nearest it) has its weekday right in the year on the other side: "Monday 7 September" in a draft
 * of 21 February 2026 is as likely the coming September's as the last. It only ever spares a weekday.
 */
function rightInOtherNearYear(d: DateValue, date: CalendarDate, near: CalendarDate | undefined): boolean {
  if (!near || d.year) return false;
  const gap = toDayNumber(date) - toDayNumber(near);
  if (Math.abs(gap) < FAR_DAYS) return false;
  const other = { ...date, year: date.year + (gap < 0 ? 1 : -1) };
  return rightWeekdayIn(d, other);
}

/** How far from a draft's date a yearless date may be of either year around it. */
const FAR_DAYS = 120;

/**
 * Whether a yearless date told in the future (see `DateValue.toCome`) has its weekday right in the
 * first year it comes on or after `near`: "Staff will hold a party on Saturday 14 March" beside an
 * article of 24 March 2025 is of 2026. As `rightInSentenceYear`, it only ever spares a weekday.
 */
function rightToCome(d: DateValue, near: CalendarDate | undefined): boolean {
  if (!d.toCome || !near || !d.day || !d.month || d.year) return false;
  const date = { year: comingYear(d.month.value, d.day.value, near), month: d.month.value, day: d.day.value };
  return rightWeekdayIn(d, date);
}

/**
 * Whether a yearless date's weekday is right in the year its sentence states before it (`date` is
 * the day in another year): "in 2026, when the fair returns … to Sunday, 18 October". It only ever
 * spares a weekday: taken as the date's year, a year told for another reason ("the worst since
 * 1931, on Monday 24 March") flagged right ones.
 */
function rightInSentenceYear(d: DateValue, date: CalendarDate): boolean {
  const inSentenceYear = d.sentenceYear === undefined ? undefined : { ...date, year: d.sentenceYear };
  return !!inSentenceYear && rightWeekdayIn(d, inSentenceYear);
}

/** Whether `date` is a day of the calendar whose weekday is the one `d` gives. */
function rightWeekdayIn(d: DateValue, date: CalendarDate): boolean {
  return isValidDate(date) && weekdayOf(date) === d.weekday?.value;
}

/**
 * The day a date giving its day and month is, in its own year, else `year`, else the year nearest
 * `near`; undefined when no year is known, or the calendar has no such day.
 */
function dateInYear(d: DateValue, year: number | undefined, near: CalendarDate | undefined): CalendarDate | undefined {
  if (!d.day || !d.month) return undefined;
  const inYear = d.year?.value ?? year ?? (near ? nearestYear(d.month.value, d.day.value, near) : undefined);
  const date = inYear === undefined ? undefined : { year: inYear, month: d.month.value, day: d.day.value };
  return date && isValidDate(date) ? date : undefined;
}

/**
 * The finding for a claim and the fact it was matched to; `date` is what a yearless date's year is
 * nearest, `today` the draft's date or its article's, when known (see `anotherYearsWeekday`).
 */
export function findingOf(claim: LocatedMention, match: ClaimMatch, date: CalendarDate | undefined, today = date): Finding {
  // Written out rather than spread from a literal: made for every claim, and a spread copies by the runtime.
  // A date whose year cannot be read ("1 January 20244") may be of any year: a fact it contradicts
  // in day or month it contradicts in all of them, but one it agrees with it is not known to restate.
  const verdict = match.verdict === 'verified' && claim.date?.yearUnreadable ? 'unverified' : match.verdict;
  const finding: Finding = match.fact && verdict !== 'unverified' ? { claim, verdict, fact: match.fact } : { claim, verdict };
  if (match.verdict === 'mismatch' && match.fact) {
    const fix = formatFix(claim, match.fact);
    const hedged = fix === undefined ? undefined : withFactHedge(claim, match.fact, fix);
    // A fix that writes the claim as it stands, its hedge kept, corrects nothing: the fact is the claim's, read otherwise.
    if (fix === undefined || (!hedged && fix === claim.text)) {
      finding.verdict = 'unverified';
      delete finding.fact;
    } else {
      finding.fix = fix;
      finding.code = mismatchCode(claim.kind, isWeekdayOnly(claim, match.fact));
      finding.sourceSays = match.fact.derived ? `${formatFix(claim, match.fact, true)} (${match.fact.derived})` : match.fact.text;
      if (hedged) {
        finding.span = hedged.span;
        finding.fix = hedged.fix;
      }
    }
  }
  if (finding.verdict !== 'mismatch') checkCalendar(finding, date, match.fact ?? match.sameDay, today);
  if (finding.code === FindingCode.WeekdayMismatch) narrowToWeekday(finding);
  return finding;
}

/**
 * Whether a weekday and date the calendar says disagree ("Monday 4 March" of 2025, a Tuesday) are
 * better fixed in the weekday alone than to a fact of another day and weekday ("Tuesday 25 March"):
 * the one slip against the two. Not where the fact's weekday is the draft's ("Tuesday 24 March" for
 * its "Tuesday 25 March"), or its paragraph of the source (of `facts`) gives the draft's weekday
 * with its day or month ("arrested on Monday … to appear in court on Thursday" for "in court on
 * Thursday, Nov. 22"), when the day is what slipped; nor where the calendar agrees with the draft
 * ("Saturday 22 March" for "Friday 21 March"), when both did. The year is the draft's date's, the
 * fact's, or the one nearest the draft's own date.
 */
function onlyWeekdaySlipped(claim: Mention, fact: Fact, draftDate: CalendarDate | undefined, facts: readonly Fact[]): boolean {
  const d = claim.date;
  if (!d?.weekday || !d.day || !d.month || !fact.value.date) return false;
  const stated = fullDate(fact.value.date);
  if (stated.day === d.day.value && stated.month === d.month.value) return false;
  const own = dateInYear(d, stated.year, draftDate);
  if (!own || weekdayOf(own) === d.weekday.value) return false;
  const factDay = stated.year !== undefined && stated.month !== undefined && stated.day !== undefined ? { year: stated.year, month: stated.month, day: stated.day } : undefined;
  const factWeekday = stated.weekday ?? (factDay && isValidDate(factDay) ? weekdayOf(factDay) : undefined);
  return factWeekday !== d.weekday.value && !statesWeekdayNear(facts.filter((other) => other.source.paragraph === fact.source.paragraph), d);
}

/** The blocks holding a closed annotation: only their claims' contexts are needed to hold them to facts. */
export function annotatedBlocks(prose: Prose): Set<number> {
  const blocks = new Set<number>();
  for (const a of prose.annotations) if (a.closed) blocks.add(blockHolding(prose.blocks, a.start));
  return blocks;
}

/**
 * The sources a block's claims are compared with, when the index has several: those its words and
 * its telling figures (see `tellingKey`) say it restates (see `RelevantSources`), and whether they
 * say so surely; undefined when they say too little to choose by.
 */
export function sourcesOfBlock(index: FactIndex, sentences: readonly Pick<SentenceReading, 'words'>[], mentions: readonly Mention[]): ToldSources | undefined {
  const words = new Set<string>();
  for (const { words: sentenceWords } of sentences) for (const w of sentenceWords) if (!w.stop) words.add(w.norm);
  for (const m of mentions) {
    const key = tellingKey(m.kind, m.number);
    if (key) words.add(key);
  }
  // A figure is as telling as a word in as many sentences: once in each source stating it, at least.
  return index.relevance.told(words, (word, holders) => (isKey(word) ? index.vocabulary.idfOf(holders) : index.vocabulary.idf(word)));
}

/** `ToldSources` as `BlockTold`. */
export function blockTold(told: ToldSources | undefined): BlockTold {
  return !told ? {} : told.sure ? { about: told.sources } : { weakly: told.sources, touching: told.touching };
}

/** How many of a draft's blocks tell each source, surely and weakly (see `BlockTold`). */
export interface ToldCounts {
  surely: Map<number, number>;
  weakly: Map<number, number>;
}

export function toldCounts(): ToldCounts {
  return { surely: new Map(), weakly: new Map() };
}

/** Counts a block's sources in (`by` 1) or out (-1) of `counts`. */
export function countTold(counts: ToldCounts, { about, weakly }: BlockTold, by: 1 | -1): void {
  const [sources, count] = about ? [about, counts.surely] : [weakly, counts.weakly];
  if (!sources) return;
  for (const source of sources) {
    const n = (count.get(source) ?? 0) + by;
    if (n) count.set(source, n);
    else count.delete(source);
  }
}

/** What a block's words tell of its sources, among several (see `sourcesOfBlock`): surely (`about`), weakly, or nothing. */
export interface BlockTold {
  about?: ReadonlySet<number>;
  weakly?: ReadonlySet<number>;
  /** Of a block that tells some weakly, every source it shares a fairly rare word with (see `ToldSources`). */
  touching?: Uint32Array;
}

/** Whether a block's claims wait for the draft's other blocks to be read, to be compared with the sources of `sourcesInDraft`. */
export function waitsForDraft({ about }: BlockTold): boolean {
  return !about || about.size > 1;
}

/**
 * The sources a block's claims and names are compared with, once the draft's other blocks are read
 * (see `waitsForDraft`): a draft restates an article in paragraph after paragraph, and a block
 * that tells another alone, or only weakly, has met that article's words by chance. Of a block that
 * tells several surely, those another block tells surely too (`told` counts the blocks telling
 * each), where any: "Work began in June 2020 … left 1,900 workers" in a report on a motorway also
 * told a metro line's, whose 1,500 it was held to. Of a block that tells some weakly (see
 * `ToldSources`), those of them that the draft's (`draft`) hold, where any; else the draft's, where
 * it shares a word with one of them, and its own where it shares none ("The repairs to the bridge
 * cost £48.2m" after paragraphs on another matter is the bridge's). Of one that tells none, the
 * draft's. The writer's fact files (`curated`), which every block is compared with, tell nothing of this.
 */
export function sourcesInDraft({ about, weakly, touching }: BlockTold, draft: ReadonlySet<number> | undefined, told: (source: number) => number, curated: readonly number[]): ReadonlySet<number> | undefined {
  const withCurated = (kept: number[]) => (kept.length ? sourceSet([...kept, ...curated]) : undefined);
  const articles = (sources: Iterable<number>) => [...sources].filter((k) => !curated.includes(k));
  if (about) return about.size > 1 ? (withCurated(articles(about).filter((k) => told(k) > 1)) ?? about) : about;
  if (!weakly || !draft) return weakly ?? draft;
  return withCurated(articles(weakly).filter((k) => draft.has(k))) ?? (touching?.some((k) => draft.has(k) && !curated.includes(k)) ? draft : weakly);
}

/** The sources the draft's blocks tell (counted in `counts`): those they tell surely, or, when none does, weakly; undefined, meaning every source, when none tells any. */
export function draftSources({ surely, weakly }: ToldCounts): ReadonlySet<number> | undefined {
  return sourceSet(surely.keys()) ?? sourceSet(weakly.keys());
}

/**
 * Source numbers as a set in their order, undefined for none: the order the draft's sources are
 * read in (their names, their roles) does not hang on which of its blocks told of each first, which
 * a check kept from keystroke to keystroke does not know.
 */
export function sourceSet(sources: Iterable<number>): ReadonlySet<number> | undefined {
  const sorted = [...sources].sort((a, b) => a - b);
  return sorted.length ? new Set(sorted) : undefined;
}

/** `draftSources` as a key, to tell whether the sources a block was matched against are still the draft's. */
export function sourcesKey(sources: ReadonlySet<number> | undefined): string {
  return sources ? [...sources].join(',') : '*';
}

/**
 * The contexts of one block's mentions: a claim's context reaches no further than its paragraph,
 * so a block's contexts hold while its text does. `firstSentence` numbers the block's first sentence.
 */
export function blockContexts(prose: string, sentences: readonly SentenceReading[], mentions: readonly LocatedMention[], firstSentence: number): Context[] {
  const passages: Passage[] = sentences.map((s) => ({ words: s.words, mentions: [] }));
  for (const m of mentions) passages[m.sentence - firstSentence].mentions.push(m);
  const contexts: Context[] = [];
  let frames: Array<{ mention: Mention; frame: Frame }> = [];
  // The figures of a sentence share one list of neighbours, which lets them share what it adds; each
  // sentence's keys are read once for all the others.
  let neighbours: Passage[] = [];
  let paragraph: ParagraphKeys = [];
  const keys: ParagraphKeys[] = [];
  mentions.forEach((claim, i) => {
    const own = claim.sentence - firstSentence;
    if (i === 0 || mentions[i - 1].sentence !== claim.sentence) {
      frames = [];
      neighbours = [];
      const groups: Array<ParagraphKeys[number]> = [];
      for (const n of neighboursOf(passages.length, own)) {
        neighbours.push(passages[n]);
        for (const group of (keys[n] ??= neighbourKeys(passages[n]))) groups.push(group);
      }
      paragraph = groups;
    }
    const frame = frameOf(prose, claim, passages[own].words, frames);
    frames.push({ mention: claim, frame });
    contexts.push(contextOf(prose, claim, frame, passages[own], neighbours, paragraph));
  });
  return contexts;
}

/** The sentences of a paragraph of `count` within reach of sentence `own`, nearest first before it, then those after it. */
function neighboursOf(count: number, own: number): number[] {
  const out: number[] = [];
  for (let i = own - 1; i >= Math.max(0, own - NEIGHBOUR_REACH); i--) out.push(i);
  for (let i = own + 1; i < Math.min(count, own + 1 + NEIGHBOUR_REACH); i++) out.push(i);
  return out;
}

/** Whether the only part in dispute is the weekday ("October 14, a Tuesday" for a Monday). */
function isWeekdayOnly(claim: Mention, fact: Fact): boolean {
  if (!claim.date || !fact.value.date) return false;
  const stated = partsOf(claim);
  const source = fullDate(fact.value.date);
  const differing = (['year', 'month', 'day', 'weekday'] as const).filter((k) => stated[k] !== undefined && source[k] !== undefined && stated[k] !== source[k]);
  return differing.length === 1 && differing[0] === 'weekday';
}

/** "October 14, a Tuesday": only the weekday is wrong, so only the weekday is marked and replaced. */
function narrowToWeekday(finding: Finding): void {
  const { claim, fix } = finding;
  const weekday = claim.date?.weekday;
  if (!weekday || !fix || (weekday.start === claim.start && weekday.end === claim.end)) return;
  const before = weekday.start - claim.start;
  const after = claim.end - weekday.end;
  finding.span = { start: weekday.start, end: weekday.end };
  finding.fix = fix.slice(before, fix.length - after);
}

/**
 * A weekday written beside a date must be that date's weekday, whatever the sources say. The year
 * comes from the date itself, the fact it restates, or the draft's own date; one right in the year of
 * `today` (the draft's date, or its article's) may be of another event (see `anotherYearsWeekday`).
 */
function checkCalendar(finding: Finding, draftDate: CalendarDate | undefined, fact: Fact | undefined, today = draftDate): void {
  const d = finding.claim.date;
  if (!d?.weekday) return;
  const date = dateInYear(d, fact?.value.date ? fullDate(fact.value.date).year : undefined, draftDate);
  if (!date) return;
  const weekday = weekdayOf(date);
  if (weekday === d.weekday.value) return;
  if (anotherYearsWeekday(d, fact, today)) return;
  if (rightInSentenceYear(d, date) || (!fact?.value.date && (rightToCome(d, draftDate) || rightInOtherNearYear(d, date, draftDate)))) return;
  finding.verdict = 'mismatch';
  finding.code = FindingCode.WeekdayMismatch;
  finding.fix = formatDate(finding.claim.text, finding.claim.start, d, { weekday });
  finding.sourceSays = `${finding.fix} (the calendar's weekday for ${isoDate(date)})`;
}

/**
 * Whether a yearless date's weekday, wrong in the year its fact gives it, is right in the year
 * `today` (the draft's date, or its article's) puts it in, when the fact's is another, which its
 * source stated or told in its sentence: the writer dated another event than the fact's ("ran from
 * Wednesday, 15 October" in 2025, beside "in 2026, when the fair runs from 14 to 18 October"). A
 * year the source leaves to its article's date is the draft's year; a weekday right a year either
 * side of it was as often the slip (eight of nine such weekdays the held-out drafts got wrong).
 */
function anotherYearsWeekday(d: DateValue, fact: Fact | undefined, today: CalendarDate | undefined): boolean {
  const year = fact?.value.date && fullDate(fact.value.date).year;
  if (d.year || year === undefined || !today) return false;
  const near = dateInYear(d, undefined, today);
  return !!near && near.year !== year && weekdayOf(near) === d.weekday!.value;
}
