import { citeClaims, UnknownFactId } from '../annotations/citeClaims';
import { CalendarDate, isValidDate, nearestYear, weekdayOf } from '../calendar';
import { Frame, frameOf } from '../extract/frame';
import type { Mention } from '../extract/mention';
import { DocumentReading, LocatedMention, readDocument, SentenceReading } from '../extract/readDocument';
import { Fact, fullDate } from '../facts/fact';
import { formatDate } from '../format/formatDate';
import { formatFix } from '../format/formatFix';
import { partsOf } from '../match/compareValues';
import { Context, contextOf, Passage } from '../match/context';
import type { FactIndex } from '../match/factIndex';
import { ClaimMatch, matchClaim } from '../match/matchClaim';
import type { DocumentFormat } from '../text/prose';
import { FindingCode, mismatchCode } from './codes';
import type { Finding } from './finding';
import { findSuppressions } from './suppressions';

export interface CheckResult {
  reading: DocumentReading;
  findings: Finding[];
  /** Ids in `[@fact:…]` annotations that name no loaded fact (the annotations are `reading.prose.annotations`). */
  unknownIds?: UnknownFactId[];
}

/** Checks every figure and date of a draft against the facts. */
export function checkDocument(text: string, format: DocumentFormat, index: FactIndex): CheckResult {
  const reading = readDocument(text, format);
  const contexts = claimContexts(reading);
  const findings: Finding[] = [];
  const suppressions = findSuppressions(text, reading.prose.lines);
  const cited = citeClaims(reading, contexts, index);
  reading.mentions.forEach((claim, i) => {
    if (claim.kind === 'time' || suppressions.covers(claim.start, claim.end)) return;
    findings.push(findingOf(claim, cited.matches.get(i) ?? matchClaim(claim, contexts[i], index), reading.date));
  });
  return { reading, findings, unknownIds: cited.unknownIds };
}

/** The finding for a claim and the fact it was matched to; `date` is the draft's own date. */
export function findingOf(claim: LocatedMention, match: ClaimMatch, date: CalendarDate | undefined): Finding {
  const finding: Finding = { claim, verdict: match.verdict, ...(match.fact && match.verdict !== 'unverified' ? { fact: match.fact } : {}) };
  if (match.verdict === 'mismatch' && match.fact) {
    const fix = formatFix(claim, match.fact);
    if (fix === undefined) {
      finding.verdict = 'unverified';
      delete finding.fact;
    } else {
      finding.fix = fix;
      finding.code = mismatchCode(claim.kind, isWeekdayOnly(claim, match.fact));
      finding.sourceSays = match.fact.derived ? `${fix} (${match.fact.derived})` : match.fact.text;
    }
  }
  if (finding.verdict !== 'mismatch') checkCalendar(finding, date, match.fact);
  if (finding.code === FindingCode.WeekdayMismatch) narrowToWeekday(finding);
  return finding;
}

/** The context of each mention of a reading, in the same order. */
export function claimContexts(reading: DocumentReading): Context[] {
  const { sentences, mentions } = reading;
  const contexts: Context[] = [];
  let m = 0;
  for (let s = 0; s < sentences.length; ) {
    let e = s + 1;
    while (e < sentences.length && sentences[e].block === sentences[s].block) e++;
    let n = m;
    while (n < mentions.length && mentions[n].sentence < e) n++;
    for (const c of blockContexts(reading.prose.prose, sentences.slice(s, e), mentions.slice(m, n), s)) contexts.push(c);
    s = e;
    m = n;
  }
  return contexts;
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
  mentions.forEach((claim, i) => {
    if (i === 0 || mentions[i - 1].sentence !== claim.sentence) frames = [];
    const own = claim.sentence - firstSentence;
    const frame = frameOf(prose, claim, sentences[own].words, frames);
    frames.push({ mention: claim, frame });
    contexts.push(contextOf(prose, claim, frame, passages[own], neighboursOf(passages, own)));
  });
  return contexts;
}

/** The other sentences of a paragraph, nearest first before the sentence, then those after it. */
function neighboursOf(passages: Passage[], own: number): Passage[] {
  const out: Passage[] = [];
  for (let i = own - 1; i >= 0; i--) out.push(passages[i]);
  for (let i = own + 1; i < passages.length; i++) out.push(passages[i]);
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
 * comes from the date itself, the fact it restates, or the draft's own date.
 */
function checkCalendar(finding: Finding, draftDate: CalendarDate | undefined, fact: Fact | undefined): void {
  const d = finding.claim.date;
  if (!d?.weekday || !d.day || !d.month) return;
  const factYear = fact?.value.date ? fullDate(fact.value.date).year : undefined;
  const year = d.year?.value ?? factYear ?? (draftDate ? nearestYear(d.month.value, d.day.value, draftDate) : undefined);
  if (year === undefined) return;
  const date = { year, month: d.month.value, day: d.day.value };
  if (!isValidDate(date)) return;
  const weekday = weekdayOf(date);
  if (weekday === d.weekday.value) return;
  finding.verdict = 'mismatch';
  finding.code = FindingCode.WeekdayMismatch;
  finding.fix = formatDate(finding.claim.text, finding.claim.start, d, { weekday });
  finding.sourceSays = `${finding.fix} (the calendar's weekday for ${year}-${String(date.month).padStart(2, '0')}-${String(date.day).padStart(2, '0')})`;
}
