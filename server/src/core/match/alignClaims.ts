import { type DurationValue, hedgedStart } from '../extract/mention';
import { type LocatedMention, sentenceRunEnd } from '../extract/readDocument';
import { type Fact, quotedSpan } from '../facts/fact';
import { boundRoundedPast, compareValues, factDate, partsOf, UNIT_DAYS } from './compareValues';
import { convertedFigure, inClaimTerms } from './conversions';
import type { FactIndex } from './factIndex';
import { type ClaimMatch, isSpecific, yearOfOtherLevel } from './matchClaim';
import { DIGIT_CHANGED, magnitude } from './numberAffinity';
import { valueAffinity } from './valueAffinity';

/**
 * The least `valueAffinity` of a figure taken for a slip of the one left in a sentence whose other
 * figures, two at least, restate it: two digits swapped, the power of ten, the rounding. One digit
 * changed (`DIGIT_CHANGED`) is enough only in a figure of as many digits (see `isValueSlip`):
 * "£410" beside a source's £40, "14 lives" beside four, were other figures.
 */
const LEAST_SLIP = 0.85;
/** How many figures of a sentence restating one source sentence make it firm: enough for a slip of value, and to keep its figures (see `swappedFigures`). */
export const FIRMLY_RESTATED = 2;

/**
 * `matches` (of one block's `claims`, in order) with the claims no fact frames by their words
 * matched by their sentence: where its other figures rightly restate figures of one source
 * sentence (of several, the one its nearest restated figure is from, see `nearestFirm`), a figure
 * of the draft's sentence restates the one figure of its kind left in that source sentence ("…rise
 * to 43 percent, a 5 percent jump" beside "…reach 43%, five percentage points higher"): a sentence
 * restated keeps its figures, whatever words it changes around them.
 * It contradicts that figure by giving it in another unit (see `isUnitSlip`), or, where two of
 * the sentence's figures or more restate it, as a plain slip would (see `LEAST_SLIP`).
 */
export function alignedMatches(claims: readonly LocatedMention[], matches: ReadonlyArray<ClaimMatch | undefined>, index: FactIndex): ReadonlyArray<ClaimMatch | undefined> {
  let out: Array<ClaimMatch | undefined> | undefined;
  for (let from = 0; from < claims.length; ) {
    const to = sentenceRunEnd(claims, from);
    // Most sentences have no figure left unframed.
    let unframed = false;
    for (let i = from; i < to && !unframed; i++) unframed = matches[i]?.verdict === 'unverified';
    const sentences = unframed ? restatedSentences(matches, from, to) : [];
    if (sentences.length) {
      const taken = new Set<Fact>();
      for (let i = from; i < to; i++) if (matches[i]?.fact) taken.add(matches[i]!.fact!);
      // Nor a fact of the words of one taken: "12.05am" is restated with "12.05am on Sunday".
      const leftOf = new Map(sentences.map((s) => [s, index.factsOf(s.source).filter((f) => f.quote === s.quote && !f.derived && !taken.has(f) && !overlapsTaken(f, taken))]));
      const figures = claims.slice(from, to);
      for (let i = from; i < to; i++) {
        // A conversion is held to the figure it converts (see `checkConversions`).
        if (matches[i]?.verdict !== 'unverified' || convertedFigure(claims[i], figures) || acrossInterval(claims, matches, from, to, i)) continue;
        const sentence = sentences.length === 1 ? sentences[0] : nearestFirm(sentences, matches, from, to, i);
        if (!sentence) continue;
        const left = leftOf.get(sentence)!;
        // The source sentence's figures in the order of the draft's: those on the claim's side of each
        // one restated. A weekday alone in a sentence tied to its source's (see `alignedMatch`) moves
        // as the sentence is reworded ("On Monday, … announced" for "announced … on Monday").
        const firm = sentence.count >= FIRMLY_RESTATED;
        const daysKept = isWeekdayAlone(claims[i].date) && oneDayTold(claims, matches, from, to) && (firm || restatesSpecific(claims, matches, from, to));
        const ordered = daysKept ? left : left.filter((fact) => keepsOrder(claims, matches, from, to, i, fact, sentence.quote));
        // A year is no slip of the source's time of the other end of a comparison (see `yearOfOtherLevel`).
        const inOrder = claims[i].kind === 'year' ? ordered.filter((fact) => !yearOfOtherLevel(claims[i], figures, fact, index.factsOf(sentence.source))) : ordered;
        // A date the source tells of a statement (a dateline, "said on Tuesday") is no day an event's date slipped from.
        const dayKept = firm && claims[i].kind === 'date' && oneDayTold(claims, matches, from, to) ? (fact: Fact) => index.anchorOf(sentence.source, fact) !== 'statement' : undefined;
        // A sentence tied to its source's by the day the source's news was told ("on Tuesday reported")
        // alone may tell of another time; one telling two intervals, which of them restates the source's.
        const intervalsKept = claims[i].duration?.relation !== undefined && oneIntervalTold(claims, from, to) && someRestated(matches, from, to, (_, fact) => index.anchorOf(sentence.source, fact) !== 'statement');
        const aligned = alignedMatch(claims[i], inOrder, sentence.source, firm, daysKept, dayKept, intervalsKept);
        if (aligned) (out ??= matches.slice())[i] = aligned;
      }
    }
    from = to;
  }
  return out ?? matches;
}

/**
 * Whether a time between two events stands right beside claim `i`, between it and every rightly
 * restated figure of its sentence (`claims[from, to)`): the claim is of the other event. "Kelbrook's
 * members met on 11 March, a fortnight after Ashmoor's members had backed the deal by 1,628 votes
 * to 218" restates the sentence of Ashmoor's vote, whose 4 March the 11 March is no slip of. Not a
 * time further off, which may be the time of a level ("47 ships …, up from 28 a week earlier, in the
 * longest line since the fall of 2020").
 */
function acrossInterval(claims: readonly LocatedMention[], matches: ReadonlyArray<ClaimMatch | undefined>, from: number, to: number, i: number): boolean {
  const interval = (k: number) => k >= from && k < to && (claims[k].duration?.relation === 'later' || claims[k].duration?.relation === 'earlier');
  // Set off right beside it: ", a fortnight after", "a week later, on".
  const beside = (a: LocatedMention, b: LocatedMention) => hedgedStart(b) - a.end <= BESIDE_GAP;
  const side = interval(i + 1) && beside(claims[i], claims[i + 1]) ? 1 : interval(i - 1) && beside(claims[i - 1], claims[i]) ? -1 : 0;
  if (!side) return false;
  let restated = false;
  for (let j = from; j < to; j++) {
    if (matches[j]?.verdict !== 'verified') continue;
    if ((j - (i + side)) * side <= 0) return false;
    restated = true;
  }
  return restated;
}

/** The most characters between a claim and the time beside it that tells it of another event. */
const BESIDE_GAP = 5;

/** Whether a fact's words are among those of a fact `taken` (of the same sentence). */
function overlapsTaken(fact: Fact, taken: ReadonlySet<Fact>): boolean {
  const span = quotedSpan(fact);
  for (const t of taken) {
    if (t.quote !== fact.quote) continue;
    const other = quotedSpan(t);
    if (other.start < span.end && span.start < other.end) return true;
  }
  return false;
}

interface RestatedSentence {
  quote: string;
  source: number;
  /** How many figures of the draft's sentence rightly restate it. */
  count: number;
}

/** The source sentences (by quote and source number) the rightly restated figures of `matches[from, to)` are from, and how many of them each. */
function restatedSentences(matches: ReadonlyArray<ClaimMatch | undefined>, from: number, to: number): RestatedSentence[] {
  const found: RestatedSentence[] = [];
  for (let i = from; i < to; i++) {
    const match = matches[i];
    if (match?.verdict !== 'verified' || !match.fact || match.source === undefined) continue;
    let sentence = found.find((s) => s.quote === match.fact!.quote && s.source === match.source);
    if (!sentence) found.push((sentence = { quote: match.fact.quote, source: match.source, count: 0 }));
    sentence.count++;
  }
  return found;
}

/**
 * Of a draft's sentence that restates several source sentences ("…peaked at 7:42 a.m., when the gauge
 * read 21.4 feet (6.52 meters), breaking a record of 20.7 feet (6.31 meters) that had stood since
 * Feb. 6, 1990"), the one claim `i` stands among: that of the restated figure nearest before it
 * (after it, when none is), if two figures restate it at least.
 */
function nearestFirm(sentences: readonly RestatedSentence[], matches: ReadonlyArray<ClaimMatch | undefined>, from: number, to: number, i: number): RestatedSentence | undefined {
  const restated = (k: number) => (matches[k]?.verdict === 'verified' ? matches[k]!.fact : undefined);
  let k = i - 1;
  while (k >= from && !restated(k)) k--;
  if (k < from) for (k = i + 1; k < to && !restated(k); k++);
  const fact = k >= from && k < to ? restated(k) : undefined;
  const sentence = fact && sentences.find((s) => s.quote === fact.quote && s.source === matches[k]!.source);
  return sentence && sentence.count >= FIRMLY_RESTATED ? sentence : undefined;
}

/** Whether `fact` stands on the same side of each fact of `quote` restated in `matches[from, to)` as claim `i` stands of its restatement. */
function keepsOrder(claims: readonly LocatedMention[], matches: ReadonlyArray<ClaimMatch | undefined>, from: number, to: number, i: number, fact: Fact, quote: string): boolean {
  for (let k = from; k < to; k++) {
    const restated = matches[k]?.verdict === 'verified' ? matches[k]!.fact : undefined;
    if (restated && restated.quote === quote && claims[k].start < claims[i].start !== restated.quoteOffset < fact.quoteOffset) return false;
  }
  return true;
}

/**
 * Whether a figure of `claims[from, to)` rightly restates a specific one (three significant figures:
 * "€18.5 million"), which ties the sentence to its source sentence as two figures do.
 */
function restatesSpecific(claims: readonly LocatedMention[], matches: ReadonlyArray<ClaimMatch | undefined>, from: number, to: number): boolean {
  return someRestated(matches, from, to, (i) => isSpecific(claims[i]));
}

/** Whether `claims[from, to)` tell one time from one event to another: "fallen in the three days before the slide, … a week earlier" tell two. */
function oneIntervalTold(claims: readonly LocatedMention[], from: number, to: number): boolean {
  let intervals = 0;
  for (let i = from; i < to; i++) if (isInterval(claims[i].duration)) intervals++;
  return intervals === 1;
}

/** Whether a claim `i` of `matches[from, to)` rightly restates a fact, as `holds` allows. */
function someRestated(matches: ReadonlyArray<ClaimMatch | undefined>, from: number, to: number, holds: (i: number, fact: Fact) => boolean): boolean {
  for (let i = from; i < to; i++) {
    const match = matches[i];
    if (match?.verdict === 'verified' && match.fact && holds(i, match.fact)) return true;
  }
  return false;
}

/**
 * Whether `claims[from, to)` tell one date, and it is no restatement: a sentence telling two days
 * ("on Monday night pulled the last of eight cavers …, officials said Tuesday", "… by 11:40 a.m.
 * Tuesday, after a 2.1% fall on Monday") may tell one the source does not.
 */
function oneDayTold(claims: readonly LocatedMention[], matches: ReadonlyArray<ClaimMatch | undefined>, from: number, to: number): boolean {
  let dates = 0;
  for (let i = from; i < to; i++) if (claims[i].kind === 'date' && (++dates > 1 || matches[i]?.verdict === 'verified')) return false;
  return dates === 1;
}

/**
 * The match of a claim with the figure of `left` it restates: the only one it agrees with, or when
 * it agrees with none, the only one it is a slip of (of value too, in a sentence restated `firm`ly;
 * a weekday for another where the sentence is tied to its source's, `daysKept`: "announced the
 * €18.5 million package on Tuesday" for "at 10.30am on Monday, … announced an €18.5 million … package";
 * a day of the month with a part changed, of a fact `dayKept` allows, where the firm sentence tells that one day;
 * the time from one event to another told the same way, where `intervalsKept`: see `isOtherInterval`).
 */
function alignedMatch(claim: LocatedMention, left: readonly Fact[], source: number, firm: boolean, daysKept: boolean, dayKept: ((fact: Fact) => boolean) | undefined, intervalsKept: boolean): ClaimMatch | undefined {
  let agreeing: Fact | undefined;
  let slipOf: Fact | undefined;
  let agreeingCount = 0;
  let slips = 0;
  for (const fact of left) {
    const agreement = compareValues(claim, fact);
    if (agreement === 'agree') {
      agreeing = fact;
      agreeingCount++;
    } else if (agreement === 'disagree' && (isUnitSlip(claim, fact) || isBoundPast(claim, fact) || (intervalsKept && isOtherInterval(claim, fact)) || (firm && isValueSlip(claim, fact)) || (daysKept && weekdaysAlone(claim, fact)) || (dayKept && isDaySlip(claim, fact) && dayKept(fact)))) {
      slipOf = fact;
      slips++;
    }
  }
  if (agreeingCount) return agreeingCount === 1 ? { verdict: 'verified', fact: agreeing, score: 0, source } : undefined;
  return slips === 1 ? { verdict: 'mismatch', fact: inClaimTerms(claim, slipOf!, left), score: 0, source } : undefined;
}

/**
 * Whether a bound the fact contradicts stands within a tenth of its figure: "over 300,000 people"
 * for 284,305, "more than 1,700 sailors" for 1,648. A writer bounding a figure of a sentence they
 * restate bounds that figure, rounding it the wrong way; not by a step of its last digit alone
 * ("more than 10%" beside a source's 5.9% and 7.3% was neither).
 */
function isBoundPast(claim: LocatedMention, fact: Fact): boolean {
  const source = fact.value.number?.values[0];
  return source !== undefined && claim.number?.unit === fact.value.number!.unit && boundRoundedPast(claim, source, false);
}

/**
 * Whether a claim's figure is a slip of the fact's (see `LEAST_SLIP`), or one digit changed in a
 * figure of as many digits: "18 months" for 14 months; or a weekday for another. A digit changed
 * and the figure grown or shrunk by a power of ten ("14 lives" beside four) was another figure.
 */
function isValueSlip(claim: LocatedMention, fact: Fact): boolean {
  // A weekday has no digits to slip, and a sentence restated keeps its days: "on Sunday afternoon"
  // for "on Monday afternoon"; so too its times of day ("free from 10am until 6pm" for "until 8pm").
  if (weekdaysAlone(claim, fact) || (claim.kind === 'time' && fact.kind === 'time')) return true;
  const affinity = valueAffinity(claim, fact);
  if (affinity >= LEAST_SLIP) return true;
  const [stated, source] = claim.duration && fact.value.duration?.unit === claim.duration.unit ? [claim.duration.amount, fact.value.duration.amount] : [claim.number?.values[0], fact.value.number?.values[0]];
  // A bound rounded past its figure: "more than 60,000 fans" for a crowd of about 58,000.
  if (claim.number && source !== undefined && boundRoundedPast(claim, source)) return true;
  // Not a hedged figure ("almost 4,000" for 3,800 rounds it), nor one of the other sign ("11C" for minus 17C).
  return affinity >= DIGIT_CHANGED && !claim.qualifier && stated !== undefined && source !== undefined && stated * source > 0 && magnitude(stated) === magnitude(source);
}

/**
 * Whether a claim and a fact are each the time from one event to another, told the same way: "published a
 * week later" for "released four days later", in a sentence restating its source's. How long after
 * the event before it an event came is the figure of such a sentence a writer gets wrong, whatever it is.
 */
function isOtherInterval(claim: LocatedMention, fact: Fact): boolean {
  const [stated, source] = [claim.duration, fact.value.duration];
  if (!stated || !source || !isInterval(stated) || stated.relation !== source.relation) return false;
  const ratio = (stated.amount * UNIT_DAYS[stated.unit]) / (source.amount * UNIT_DAYS[source.unit]);
  return ratio <= MOST_INTERVAL_RATIO && ratio >= 1 / MOST_INTERVAL_RATIO;
}

/** Whether a length is the time from one event to another: "a week later", "four days earlier". */
function isInterval(d: { relation?: DurationValue['relation'] } | undefined): boolean {
  return d?.relation === 'later' || d?.relation === 'earlier';
}

/**
 * How far apart two intervals may be and one still be the other got wrong: "a week" for four days,
 * "two days" for one; "more than 228 hours after going in" beside "about 12 hours after" was the
 * time since another event.
 */
const MOST_INTERVAL_RATIO = 4;

/**
 * Whether a claim's day of the month is the fact's with one part changed: "March 5" for Thursday, 6
 * March, "15 February" for 15 January. A day and a month both told are what a writer copies; a
 * weekday told with them that is not the fact's tells another day ("struck on Thursday, 16
 * October" beside a dateline's "said on Tuesday").
 */
function isDaySlip(claim: LocatedMention, fact: Fact): boolean {
  if (!claim.date || !fact.value.date) return false;
  const [stated, source] = [partsOf(claim), factDate(fact.value.date)];
  if (stated.day === undefined || stated.month === undefined || source.day === undefined || source.month === undefined) return false;
  if (stated.weekday !== undefined && source.weekday !== undefined && stated.weekday !== source.weekday) return false;
  // A year the claim implies may be the draft's own, not the one the writer meant.
  const parts = claim.date.year ? (['year', 'month', 'day'] as const) : (['month', 'day'] as const);
  return parts.filter((k) => source[k] !== undefined && stated[k] !== source[k]).length === 1;
}

/** Whether a claim and a fact are each a weekday and no more (see `isWeekdayAlone`). */
function weekdaysAlone(claim: LocatedMention, fact: Fact): boolean {
  return isWeekdayAlone(claim.date) && isWeekdayAlone(fact.value.date);
}

/** Whether a date is a weekday and no more ("on Monday"), its other parts, if any, implied. */
function isWeekdayAlone(date: { weekday?: unknown; day?: unknown; month?: unknown; year?: unknown } | undefined): boolean {
  return date?.weekday !== undefined && date.day === undefined && date.month === undefined && date.year === undefined;
}

/**
 * Whether a claim gives a fact's very figure in another unit: the percentage for its points ("a 5
 * percent jump" for five percentage points). Beside one figure restated and words that changed, a
 * figure of another value may be any other figure: "nine banks", "four of them", "£410" were taken
 * for slips of the figure left in a sentence as often as they were slips.
 */
function isUnitSlip(claim: LocatedMention, fact: Fact): boolean {
  const value = fact.value.number;
  return !!claim.number && !!value && claim.number.unit !== value.unit && claim.number.values.includes(value.values[0]);
}
