import { citeClaims, UnknownFactId } from '../annotations/citeClaims';
import { isValidDate, nearestYear, weekdayOf } from '../calendar';
import { Frame, frameOf } from '../extract/frame';
import type { Mention } from '../extract/mention';
import { DocumentReading, readDocument } from '../extract/readDocument';
import { Fact, fullDate } from '../facts/fact';
import { formatDate } from '../format/formatDate';
import { formatFix } from '../format/formatFix';
import { partsOf } from '../match/compareValues';
import { Context, contextOf, Passage } from '../match/context';
import type { FactIndex } from '../match/factIndex';
import { matchClaim } from '../match/matchClaim';
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
    const match = cited.matches.get(i) ?? matchClaim(claim, contexts[i], index);
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
    if (finding.verdict !== 'mismatch') checkCalendar(finding, reading, match.fact);
    if (finding.code === FindingCode.WeekdayMismatch) narrowToWeekday(finding);
    findings.push(finding);
  });
  return { reading, findings, unknownIds: cited.unknownIds };
}

/** The context of each mention of a reading, in the same order. */
export function claimContexts(reading: DocumentReading): Context[] {
  const passages = passagesOf(reading);
  const contexts: Context[] = [];
  let frames: Array<{ mention: Mention; frame: Frame }> = [];
  reading.mentions.forEach((claim, i) => {
    if (i === 0 || reading.mentions[i - 1].sentence !== claim.sentence) frames = [];
    const frame = frameOf(reading.prose.prose, claim, reading.sentences[claim.sentence].words, frames);
    frames.push({ mention: claim, frame });
    contexts.push(contextOf(reading.prose.prose, claim, frame, passages[claim.sentence], neighboursOf(reading, passages, claim.sentence)));
  });
  return contexts;
}

function passagesOf(reading: DocumentReading): Passage[] {
  const passages: Passage[] = reading.sentences.map((s) => ({ words: s.words, mentions: [] }));
  for (const m of reading.mentions) passages[m.sentence].mentions.push(m);
  return passages;
}

/** The other sentences of a sentence's paragraph. */
function neighboursOf(reading: DocumentReading, passages: Passage[], sentence: number): Passage[] {
  const block = reading.sentences[sentence].block;
  const out: Passage[] = [];
  for (let i = sentence - 1; i >= 0 && reading.sentences[i].block === block; i--) out.push(passages[i]);
  for (let i = sentence + 1; i < reading.sentences.length && reading.sentences[i].block === block; i++) out.push(passages[i]);
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
function checkCalendar(finding: Finding, reading: DocumentReading, fact: Fact | undefined): void {
  const d = finding.claim.date;
  if (!d?.weekday || !d.day || !d.month) return;
  const factYear = fact?.value.date ? fullDate(fact.value.date).year : undefined;
  const year = d.year?.value ?? factYear ?? (reading.date ? nearestYear(d.month.value, d.day.value, reading.date) : undefined);
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
