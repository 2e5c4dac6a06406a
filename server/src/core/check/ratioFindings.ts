import { findRatios, mayBeChangeOf, measureOf, StatedRatio } from '../extract/findRatios';
import type { Mention, Qualifier } from '../extract/mention';
import { type LocatedMention, sentenceRunEnd } from '../extract/readDocument';
import { PERCENTAGE_POINTS } from '../extract/units';
import { formatDuration } from '../format/formatDuration';
import { formatFix } from '../format/formatFix';
import { formatMultiple, formatMultipleFigure } from '../format/formatMultiple';
import { formatNumber } from '../format/formatNumber';
import { formatShare, sideOf } from '../format/formatShare';
import type { Fact } from '../facts/fact';
import { boundSide } from '../match/compareValues';
import type { FactIndex } from '../match/factIndex';
import { judgeRatio } from '../match/judgeRatio';
import { significantDigits } from '../match/numberAffinity';
import { matchCase } from '../text/words';
import { FindingCode } from './codes';
import type { Finding } from './finding';

/** A ratio of a run of mentions (see `findRatios`), its indices into them, with the bounds of its block's mentions. */
export interface PlacedRatio extends StatedRatio {
  from: number;
  to: number;
}

/**
 * The ratios of `relation` whose claim no source decided (or decided as `claimVerdict`) and whose `base` (the whole of a `partOf`,
 * the level of a `changeOf`) a source rightly restates by a fact it states: their claims are that
 * source's to hold, by the figures it gives beside that fact. Each with the base's fact and its
 * source's facts; `findings` run beside the ratios' mentions.
 */
export function* sourcedRatios(ratios: readonly PlacedRatio[] | undefined, relation: 'partOf' | 'changeOf', findings: ReadonlyArray<Finding | undefined>, index: FactIndex, claimVerdict: Finding['verdict'] = 'unverified'): Generator<{ ratio: PlacedRatio; fact: Fact; sourceFacts: readonly Fact[] }> {
  for (const ratio of ratios ?? []) {
    if (ratio.relation !== relation) continue;
    const [claim, base] = [findings[ratio.claim], findings[ratio.base]];
    if (claim?.verdict !== claimVerdict || base?.verdict !== 'verified' || !base.fact || base.fact.derived) continue;
    const sourceFacts = index.get(base.fact.id)?.sourceFacts;
    if (sourceFacts) yield { ratio, fact: base.fact, sourceFacts };
  }
}

/**
 * The ratios the sentences of `mentions` state of their own figures, each sentence's start and block
 * given by `sentenceAt`. They depend on the text alone: an incremental check keeps them with a
 * block's findings, to judge again when its claims are matched anew.
 */
export function ratiosOf(text: string, mentions: readonly LocatedMention[], sentenceAt: (sentence: number) => { start: number; block: number }): PlacedRatio[] | undefined {
  let out: PlacedRatio[] | undefined;
  let blockFrom = 0;
  let previous = 0;
  for (let i = 0; i < mentions.length; ) {
    const sentence = sentenceAt(mentions[i].sentence);
    if (i > 0 && sentenceAt(mentions[i - 1].sentence).block !== sentence.block) blockFrom = i;
    const j = sentenceRunEnd(mentions, i);
    // The sentence before in its block, whose figures "That is …" or "of the total" may point back to.
    const follows = previous >= blockFrom && previous < i;
    // A ratio and its two figures are three mentions, a difference and the level it is from two; most sentences hold fewer.
    if (j - i >= 3 || (j - i === 2 && (follows || mayBeChangeOf(text, mentions[i + 1])))) {
      for (const r of findRatios(text, mentions.slice(i, j), sentence.start, follows ? mentions.slice(previous, i) : [])) {
        let blockTo = j;
        while (blockTo < mentions.length && sentenceAt(mentions[blockTo].sentence).block === sentence.block) blockTo++;
        (out ??= []).push({ ...r, claim: i + r.claim, base: i + r.base, other: i + r.other, from: blockFrom, to: blockTo });
      }
    }
    previous = i;
    i = j;
  }
  return out;
}

/**
 * Holds each share, change, multiple or difference no source decides to the figures of its own
 * sentence it is of: "from 1.45 pounds to 1.85 pounds, a 40 percent increase" is wrong whatever the
 * sources say, as a weekday beside a date is. `findings` run beside `mentions` (undefined where a
 * mention is not checked); each one the figures contradict is replaced, and so is one a source
 * verifies by a bound alone where the sources give both its figures (see `isBound`). A ratio of a
 * figure that is itself a mismatch is left alone: the figure is the likelier slip. Where the
 * sources give a difference and one of its figures, the other figure is the slip (see
 * `termFinding`).
 */
export function checkRatios(ratios: readonly PlacedRatio[] | undefined, mentions: readonly Mention[], findings: Array<Finding | undefined>): void {
  for (const ratio of ratios ?? []) {
    // Its part, or the level it is from, is the sources' to give (see `contradictedPartShares`, `contradictedChanges`).
    if (ratio.relation === 'partOf' || ratio.relation === 'changeOf') continue;
    const [claim, base, other] = [findings[ratio.claim], findings[ratio.base], findings[ratio.other]];
    if (!claim || !base || !other || base.verdict === 'mismatch' || other.verdict === 'mismatch') continue;
    if (claim.verdict === 'unverified' || (claim.verdict === 'verified' && (isBound(claim) || boundsOnly(claim)) && base.verdict === 'verified' && other.verdict === 'verified')) {
      const judged = judgeRatio(ratio, mentions);
      if (judged.contradicts) findings[ratio.claim] = ratioFinding(mentions, ratio, judged.value);
      else if (judged.inPoints && claim.verdict === 'unverified') findings[ratio.claim] = pointsFinding(mentions, ratio, judged.value) ?? claim;
    } else if (claim.verdict === 'mismatch' && ofGivenFigures(ratio, base, other) && judgeRatio(ratio, mentions).holds) {
      // Worked out rightly from two figures the sources give, it is no slip of another ratio of
      // theirs: "€47.5 million, nearly five times the €9.8 million" beside the source's "three times";
      // "58.4 per cent …, almost 20 points below the 78 per cent target" beside its "6.2 percentage points".
      findings[ratio.claim] = { claim: claim.claim, verdict: 'unverified' };
    } else if (claim.verdict === 'verified' && ratio.relation === 'difference' && (base.verdict === 'unverified') !== (other.verdict === 'unverified') && judgeRatio(ratio, mentions).contradicts) {
      const term = base.verdict === 'unverified' ? ratio.base : ratio.other;
      const finding = termFinding(mentions, ratio, term);
      if (finding) findings[term] = finding;
    }
  }
}

/**
 * Whether a ratio's figures are what a claim of it was worked out from: two figures the sources give,
 * or a level they give and the change to it, which they may not ("£1,238, up £189, or 18 per cent"
 * beside the source's £1,238 against £1,049).
 */
function ofGivenFigures(ratio: PlacedRatio, base: Finding, other: Finding): boolean {
  if (ratio.relation === 'multiple' || ratio.relation === 'difference' || ratio.relation === 'quotient') return base.verdict === 'verified' && other.verdict === 'verified';
  return ratio.relation === 'changeBy' && other.verdict === 'verified';
}

/**
 * Whether a claim is verified by a bound alone ("almost tripling" by the source's "more than
 * double"): the two figures the source gives exactly, which the ratio is of, say more.
 */
function isBound(finding: Finding): boolean {
  return boundSide(finding.fact?.value.qualifier) !== undefined;
}

/**
 * Whether a claim that is a bound is verified by a figure other than its own ("a jump of more than
 * 30 percent" by another sentence's 38 percent): any figure past it agrees, and the two figures of
 * its own sentence the ratio is of say more.
 */
function boundsOnly(finding: Finding): boolean {
  const claim = finding.claim.number;
  const fact = finding.fact?.value.number;
  return boundSide(finding.claim.qualifier?.kind) !== undefined && !!claim && !!fact && !claim.values.includes(fact.values[0]);
}

/**
 * The finding against the figure `term` of a difference whose other figure and amount the sources
 * give: "38 tonnes, four tonnes less than the 44-tonne carriages" is 42 tonnes, whichever way the
 * writer reckoned.
 */
function termFinding(mentions: readonly Mention[], ratio: PlacedRatio, term: number): Finding | undefined {
  const claim = mentions[ratio.claim];
  const given = mentions[term === ratio.base ? ratio.other : ratio.base];
  const wrong = mentions[term] as LocatedMention;
  // Lengths of time are fixed as the ratio's claim is, not as its terms.
  if (!claim.number || !given.number || !wrong.number) return undefined;
  const difference = claim.number.values[0];
  // Which of the two is the larger, the sentence tells as written.
  const larger = wrong.number.values[0] > given.number.values[0];
  const value = given.number.values[0] + (larger ? difference : -difference);
  const fix = value > 0 && wrong.numberStyle ? formatNumber(value, wrong.number.precision, wrong.numberStyle) : undefined;
  if (!fix || fix === wrong.text) return undefined;
  return { claim: wrong, verdict: 'mismatch', code: FindingCode.RatioMismatch, fix, sourceSays: `${given.text} and a difference of ${claim.text}` };
}

/**
 * The finding against a change in per cent between two shares that is their difference in points:
 * "up 13.7 percent from 2024, when 0.4 percent" after 14.1 percent is fixed to "13.7 percentage
 * points", the writer's figure in the unit it holds in (see `RatioJudgement.inPoints`).
 */
function pointsFinding(mentions: readonly Mention[], ratio: PlacedRatio, change: number): Finding | undefined {
  const claim = mentions[ratio.claim] as LocatedMention;
  const number = claim.number!;
  const points = { kind: 'percent' as const, text: '', value: { number: { values: [number.values[0]], precision: number.precision, unit: PERCENTAGE_POINTS } } };
  const fix = formatFix(claim, points);
  return fix ? { claim, verdict: 'mismatch', code: FindingCode.RatioMismatch, fix, sourceSays: `${workedOut(mentions, ratio, change)}, or ${formatFix(claim, points, true)}` } : undefined;
}

function ratioFinding(mentions: readonly Mention[], ratio: PlacedRatio, value: number): Finding {
  const claim = mentions[ratio.claim] as LocatedMention;
  const hedge = claim.qualifier && claim.qualifier.start < claim.start ? claim.qualifier : undefined;
  const fixed = ratioFix(claim, value, hedge, mentions.slice(ratio.from, ratio.to), ratio.relation);
  const span = { start: ratio.hedgeFrom ?? hedge?.start ?? claim.start, end: claim.end };
  const fix = matchCase(fixed, hedge?.text ?? claim.text);
  const finding: Finding = { claim, verdict: 'mismatch', code: FindingCode.RatioMismatch, fix, sourceSays: workedOut(mentions, ratio, value) };
  if (span.start !== claim.start || span.end !== claim.end) finding.span = span;
  return finding;
}

/**
 * What the figures give, written as the claim writes a ratio (from its hedge on, when it has one):
 * digits in its style, or a simple fraction or multiple in words, "about" it when that near, else
 * "more than" or "nearly" it (the claim's own words for that side, when they are: "over" of "well
 * over half"). A multiple's span holds its " times", which "twice" stands for.
 */
function ratioFix(claim: Mention, value: number, hedge: Qualifier | undefined, paragraph: readonly Mention[], relation: StatedRatio['relation']): string {
  if (claim.duration) {
    // To the claim's step: "about 47 hours" for 46.6, not every decimal of the quotient.
    const amount = Number.isInteger(claim.duration.amount) ? Math.round(value) : Number(value.toFixed(1));
    return (hedge ? hedgeStill(hedge, value, amount) : '') + (formatDuration(claim, { amount, unit: claim.duration.unit }, '') ?? `${amount} ${claim.duration.unit}s`);
  }
  const amount = relation === 'difference' || relation === 'quotient';
  if (amount || (claim.kind !== 'count' && claim.numberStyle)) {
    // "roughly €50 million" for €58 million is "roughly €60 million": a hedged difference or amount each keeps the writer's rounding.
    const loose = amount && (hedge?.kind === 'approx' || hedge?.kind === 'nearly');
    const precision = loose ? Math.max(claim.number!.precision, roundingOf(claim.number!.values[0])) : claim.number!.precision;
    const rounded = Math.round(value / precision) * precision;
    const written = formatNumber(loose ? rounded : value, precision, claim.numberStyle!) ?? (amount ? String(value) : `${value}%`);
    return (hedge ? hedgeStill(hedge, value, rounded) : '') + written;
  }
  if (claim.kind === 'count') {
    const times = Math.max(1, Math.round(value));
    const side = sideOf(value, times, TIMES_REACH * times, hedge);
    // A multiple in a word ("almost tripling it") is fixed in its own form ("more than doubling").
    const written = claim.numberStyle ? formatMultipleFigure(times, 1, claim.numberStyle) : formatMultiple(claim.text, times);
    return side + (written ?? String(times));
  }
  return formatShare(claim, value, hedge, percentSuffix(claim, paragraph));
}

/**
 * The claim's own hedge before a figure worked out to `rounded`, where it still holds ("nearly 60
 * percent" fixed to "nearly 41 percent" for 40.7%); "about " where it does not. Not "more than":
 * "more than 36 per cent" for 36.2% is true but says more than the writer can know.
 */
function hedgeStill(hedge: Qualifier, value: number, rounded: number): string {
  const holds = hedge.kind === 'approx' || ((hedge.kind === 'nearly' || hedge.kind === 'below') && value < rounded);
  return holds ? `${hedge.text} ` : 'about ';
}

/** The power of ten a figure is rounded to, by its significant digits: 1e7 for 50 million, 1 for 58. */
function roundingOf(value: number): number {
  return 10 ** (Math.floor(Math.log10(Math.abs(value))) + 1 - significantDigits(value).length);
}

/** How near a multiple must be to a whole number to be "about" it, as a share of it. */
const TIMES_REACH = 0.04;

/** How the draft writes per cent, from the percentage in digits of its paragraph nearest the claim: "%", " percent", " per cent". */
function percentSuffix(claim: Mention, all: readonly Mention[]): string {
  let best: Mention | undefined;
  for (const m of all) if (m.kind === 'percent' && m.numberStyle && !m.number?.unit && (!best || Math.abs(m.start - claim.start) < Math.abs(best.start - claim.start))) best = m;
  return best?.numberStyle?.suffix || ' per cent';
}

/** An amount of a ratio, in the claim's measure and style: "£12,870", "46.6 hours". */
function amountOf(claim: Mention, value: number): string | undefined {
  return claim.duration ? formatDuration(claim, { amount: value, unit: claim.duration.unit }, '') : formatNumber(value, claim.number!.precision, claim.numberStyle!);
}

/** "1.45 pounds to 1.85 pounds is a rise of 27.6%", for the message and hover. */
function workedOut(sentence: readonly Mention[], ratio: StatedRatio, value: number): string {
  const base = sentence[ratio.base].text;
  const other = sentence[ratio.other].text;
  const shown = `${Number(value.toFixed(value < 10 ? 2 : 1))}`;
  switch (ratio.relation) {
    case 'share':
      return `${other} of ${base} is ${shown}%`;
    case 'multiple':
      return `${other} is ${shown} times ${base}`;
    case 'changeBy':
      return `${other} after a ${ratio.falls ? 'fall' : 'rise'} of ${base} is a ${ratio.falls ? 'fall' : 'rise'} of ${shown}%`;
    case 'difference':
      return `${other} against ${base} is a difference of ${amountOf(sentence[ratio.claim], value) ?? shown}`;
    case 'quotient':
      return `${other} for ${base} is ${amountOf(sentence[ratio.claim], value) ?? shown} each`;
    default:
      // A change may be of lengths ("from 110 minutes to 95 minutes"), which have no number.
      return `${base} to ${other} is a ${measureOf(sentence[ratio.other])!.values[0] >= measureOf(sentence[ratio.base])!.values[0] ? 'rise' : 'fall'} of ${shown}%`;
  }
}
