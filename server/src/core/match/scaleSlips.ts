import type { LocatedMention } from '../extract/readDocument';
import type { Fact } from '../facts/fact';
import { boundSide, compareValues } from './compareValues';
import { convertedFigure } from './conversions';
import type { FactIndex } from './factIndex';
import { type ClaimMatch, statesExactly } from './matchClaim';
import { magnitude, significantDigits } from './numberAffinity';
import { swapsNeighbours } from '../text/neighbourSwap';

/**
 * `matches` (of one block's `claims`, in order) with a figure no fact frames by its words taken for
 * the figure of the source paragraph its sentence, or the one before it, restates, written a power
 * of ten off: "Telvia's answer is €12 a head, a €3.84 million gesture" for "will receive €12 …, a
 * payout the company put at €38.4 million"; "It would bring in £68 million." after a sentence
 * restating the first half of "… would raise £6.8 million". A writer who splits or rewords a
 * source's sentence keeps its figures, and a figure's digits kept with its point moved are its slip
 * rather than any other figure's: so only where its digits are two or more, the source paragraph
 * has no other figure so written, and the source states the claim's own figure nowhere. A figure
 * of three digits or more a scale word off ("14 bridges for €1.14m" for "built at a cost of €1.14
 * billion", three paragraphs away) is held to the one figure so written in the sources its
 * sentence restates, wherever it stands there.
 */
export function matchScaleSlips(claims: readonly LocatedMention[], matches: ReadonlyArray<ClaimMatch | undefined>, index: FactIndex): ReadonlyArray<ClaimMatch | undefined> {
  let out: Array<ClaimMatch | undefined> | undefined;
  // By sentence number, what its figures restate; made only for a block with a figure to hold to them.
  let anchors: SentenceAnchors | undefined;
  for (let i = 0; i < claims.length; i++) {
    if (matches[i]?.verdict !== 'unverified') continue;
    const [scaled, swapped] = [mayBeScaled(claims[i]), maySwapInUnit(claims[i])];
    if (!scaled && !swapped) continue;
    anchors ??= new SentenceAnchors(claims, matches, index);
    const slip = (scaled ? scaleSlipOf(claims, matches, i, index, anchors) : undefined) ?? (swapped ? unitSwapOf(claims[i], index, anchors) : undefined);
    if (slip) (out ??= matches.slice())[i] = slip;
  }
  return out ?? matches;
}

/** Whether a claim is a plain figure whose digits may have kept through a slip of scale: two of them at least ("£3.8m", not "£4m"). */
function mayBeScaled(claim: LocatedMention): boolean {
  const n = claim.number;
  // Two digits or more as written: its value ten times the step of its last digit at least.
  return !!n && (claim.kind === 'money' || claim.kind === 'count') && !n.vague && !n.range && n.values.length === 1 && Math.abs(n.values[0]) >= 10 * n.precision;
}

/** The mismatch of claim `i` with the one figure of an anchored source paragraph it is a slip of scale of (see `matchScaleSlips`). */
function scaleSlipOf(claims: readonly LocatedMention[], matches: ReadonlyArray<ClaimMatch | undefined>, i: number, index: FactIndex, anchored: SentenceAnchors): ClaimMatch | undefined {
  const claim = claims[i];
  // Most figures have no figure of a source written with their digits: nothing more is asked of them.
  const digits = significantDigits(claim.number!.values[0]);
  let slipsOf: Array<{ fact: Fact; source: number }> | undefined;
  for (const source of anchored.sources()) {
    for (const fact of byDigits(index.factsOf(source)).get(digits) ?? []) if (isScaleSlip(claim, fact)) (slipsOf ??= []).push({ fact, source });
  }
  if (!slipsOf || convertedFigure(claim, claims.filter((c) => c.sentence === claim.sentence))) return undefined;
  const anchors = [...anchored.of(claim.sentence), ...anchored.of(claim.sentence - 1)];
  // A figure the block gives itself is no slip: "Their £14m over ten years works out at £1.4m a year".
  const given = (fact: Fact) => claims.some((other, k) => k !== i && (matches[k]?.fact === fact || other.number?.values[0] === fact.value.number?.values[0]));
  let slips = slipsOf.filter(({ fact, source }) => anchors.some((a) => a.source === source && a.paragraph === fact.source.paragraph) && !given(fact));
  // A scale word swapped for the next ("€1.14m" for €1.14bn) keeps three digits or more: rarer than a
  // point moved, it may be of a figure anywhere in a source the sentence restates.
  if (!slips.length && digits.length >= WORD_SLIP_DIGITS) slips = slipsOf.filter(({ fact, source }) => anchors.some((a) => a.source === source) && scaleStep(claim, fact) === WORD_STEP && !given(fact));
  // Two figures so written: which one the claim slipped from is unknown.
  if (slips.length !== 1) return undefined;
  const [{ fact, source }] = slips;
  // A bound the claim's figure lies within ("up to €4.2 million") states no figure.
  if (index.factsOf(source).some((other) => boundSide(other.value.qualifier) === undefined && compareValues(claim, other) === 'agree')) return undefined;
  return { verdict: 'mismatch', fact, score: 0, source };
}

/** A measure in a unit, of three significant digits or more: "1.68 metres", whose two digits swapped are no other figure by chance. */
function maySwapInUnit(claim: LocatedMention): boolean {
  const n = claim.number;
  return !!n && !!n.unit && !n.currency && !n.vague && !n.range && n.values.length === 1 && significantDigits(n.values[0]).length >= SWAP_DIGITS;
}

const SWAP_DIGITS = 3;

/**
 * The mismatch of a measure no fact frames with the one fact of its unit, in the sources the block
 * restates, whose digits it writes with two neighbours swapped at the same size ("stands 1.68
 * metres tall" for "He is 1.86 metres of pure speed"), where they state the claim's figure nowhere.
 */
function unitSwapOf(claim: LocatedMention, index: FactIndex, anchored: SentenceAnchors): ClaimMatch | undefined {
  const stated = claim.number!;
  let found: ClaimMatch | undefined;
  for (const source of anchored.sources()) {
    for (const fact of index.factsOf(source)) {
      const value = fact.value.number;
      if (!value || fact.derived || fact.kind !== claim.kind || value.unit !== stated.unit || value.values.length !== 1) continue;
      if (value.values[0] === stated.values[0]) return undefined;
      if (magnitude(value.values[0]) !== magnitude(stated.values[0]) || !swapsNeighbours(significantDigits(value.values[0]), significantDigits(stated.values[0]))) continue;
      if (found) return undefined;
      found = { verdict: 'mismatch', fact, score: 0, source };
    }
  }
  return found;
}

/** Whether a claim writes a fact's digits with the point moved, of the claim's kind and in its currency or unit. */
function isScaleSlip(claim: LocatedMention, fact: Fact): boolean {
  const stated = claim.number!;
  const value = fact.value.number;
  // Digits are what slip: "90 staff" is no slip of the source's "nine".
  if (fact.derived || fact.kind !== claim.kind || !value || value.vague || value.range || value.currency !== stated.currency || value.unit !== stated.unit || !DIGIT.test(fact.text)) return false;
  const [a, b] = [stated.values[0], value.values[0]];
  return a * b > 0 && SCALE_STEPS.has(scaleStep(claim, fact)) && compareValues(claim, fact) === 'disagree';
}

/** How many powers of ten apart a claim's figure and a fact's are. */
function scaleStep(claim: LocatedMention, fact: Fact): number {
  return Math.abs(magnitude(claim.number!.values[0]) - magnitude(fact.value.number!.values[0]));
}

const DIGIT = /\d/;

/** The powers of ten between one scale word and the next: thousand, million, billion. */
const WORD_STEP = 3;
/** How many significant digits a figure slipped by a scale word must keep to be held to a fact outside the paragraphs its sentence restates. */
const WORD_SLIP_DIGITS = 3;

/** The powers of ten a slip of scale moves a figure by: its point one place, or one scale word for the next ("€1.14m" for €1.14bn). */
const SCALE_STEPS: ReadonlySet<number> = new Set([1, WORD_STEP]);

/** A source's facts by the significant digits of their first value (see `significantDigits`), made once per source's facts. */
function byDigits(facts: readonly Fact[]): ReadonlyMap<string, readonly Fact[]> {
  let found = FACTS_BY_DIGITS.get(facts);
  if (!found) {
    const made = new Map<string, Fact[]>();
    for (const fact of facts) {
      const value = fact.value.number?.values[0];
      if (value === undefined) continue;
      const digits = significantDigits(value);
      const list = made.get(digits);
      if (list) list.push(fact);
      else made.set(digits, [fact]);
    }
    FACTS_BY_DIGITS.set(facts, (found = made));
  }
  return found;
}

const FACTS_BY_DIGITS = new WeakMap<readonly Fact[], ReadonlyMap<string, readonly Fact[]>>();

/**
 * The source paragraphs the figures of each sentence of a block restate: rightly, by the words
 * around them, or by a value the source writes once only (the sources searched being those the
 * block's rightly restated figures are of, or the one source there is).
 */
class SentenceAnchors {
  private readonly bySentence = new Map<number, ReadonlyArray<{ source: number; paragraph: number }>>();
  private restated: Set<number> | undefined;

  constructor(
    private readonly claims: readonly LocatedMention[],
    private readonly matches: ReadonlyArray<ClaimMatch | undefined>,
    private readonly index: FactIndex,
  ) {}

  of(sentence: number): ReadonlyArray<{ source: number; paragraph: number }> {
    let found = this.bySentence.get(sentence);
    if (!found) this.bySentence.set(sentence, (found = this.read(sentence)));
    return found;
  }

  /** The sources the block's rightly restated figures are of, or the one source there is. */
  sources(): ReadonlySet<number> {
    if (this.restated) return this.restated;
    this.restated = new Set();
    for (const match of this.matches) if (match?.verdict === 'verified' && match.source !== undefined) this.restated.add(match.source);
    if (!this.restated.size && this.index.relevance.count === 1) this.restated.add(0);
    return this.restated;
  }

  private read(sentence: number): Array<{ source: number; paragraph: number }> {
    const anchors: Array<{ source: number; paragraph: number }> = [];
    this.claims.forEach((claim, k) => {
      const match = this.matches[k];
      // A figure of one digit ("within 3km") is written in many a paragraph of many a source, and ties nothing.
      if (claim.sentence !== sentence || (claim.number && Math.abs(claim.number.values[0]) < 10 * claim.number.precision)) return;
      // A figure rounded or hedged ("about 4,300" for 4,380) may be another article's as well.
      if (match?.verdict === 'verified' && match.fact && match.source !== undefined) {
        if (statesExactly(claim, match.fact)) anchors.push({ source: match.source, paragraph: match.fact.source.paragraph });
      }
      else if (match?.verdict === 'unverified' && claim.number && !claim.qualifier) {
        const value = claim.number.values[0];
        for (const source of this.sources()) {
          const stating = (byDigits(this.index.factsOf(source)).get(significantDigits(value)) ?? []).filter((fact) => !fact.derived && fact.value.number!.values[0] === value && compareValues(claim, fact) === 'agree');
          if (stating.length === 1) anchors.push({ source, paragraph: stating[0].source.paragraph });
        }
      }
    });
    return anchors;
  }
}
