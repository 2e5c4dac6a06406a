import type { Mention } from '../extract/mention';
import { differenceOf } from '../facts/differenceOf';
import { type Fact, sentenceKey, statedInSentenceOf } from '../facts/fact';
import { compareValues } from './compareValues';
import type { Context } from './context';
import type { FactIndex } from './factIndex';
import { type ClaimMatch, contradicting } from './matchClaim';

/**
 * `matches` (of one block's `claims`, in their `contexts`) with each unverified level a change is
 * from told the level reached (`ClaimMatch.changedTo`), for `changedBases` once the level reached
 * is matched by its sentence too.
 */
export function withChangedTo(claims: readonly Mention[], contexts: readonly Context[], matches: Array<ClaimMatch | undefined>): Array<ClaimMatch | undefined> {
  matches.forEach((match, k) => {
    if (match?.verdict !== 'unverified' || !isLevel(claims[k])) return;
    const reached = contexts[k].changedTo;
    const to = reached ? claims.findIndex((m) => m.start === reached.start) : -1;
    if (to >= 0) matches[k] = { ...match, changedTo: to };
  });
  return matches;
}

/**
 * `matches` (of one block's `claims`) with the level a change is from, where no fact frames it,
 * held to the level the source's change to the same level is from: "rose to 40,000 pounds from
 * 25,000 pounds" beside "raised from 30,000 pounds to 40,000 pounds" gives the old level as 30,000,
 * whatever digits the writer changed. The level reached, rightly restated, says which change the
 * sentence restates.
 */
export function changedBases(claims: readonly Mention[], matches: ReadonlyArray<ClaimMatch | undefined>, index: FactIndex): ReadonlyArray<ClaimMatch | undefined> {
  let out: Array<ClaimMatch | undefined> | undefined;
  matches.forEach((match, k) => {
    if (match?.verdict !== 'unverified' || match.changedTo === undefined) return;
    const reached = matches[match.changedTo];
    if (reached?.verdict !== 'verified' || !reached.fact || reached.fact.derived || reached.source === undefined) return;
    const sourceFacts = index.factsOf(reached.source);
    const base = baseOf(reached.fact, sourceFacts);
    if (!base || base.kind !== claims[k].kind) return;
    const agreement = compareValues(claims[k], base);
    if (agreement === 'agree') (out ??= matches.slice())[k] = { verdict: 'verified', fact: base, score: reached.score, source: reached.source };
    else if (agreement === 'disagree') (out ??= matches.slice())[k] = contradicting(claims[k], { fact: base, sourceFacts, sourceNumber: reached.source }, reached.score);
  });
  return out ?? matches;
}

/** A plain sum or count, which a change in a sentence may be from. */
function isLevel(claim: Mention): boolean {
  return !!claim.number && !claim.qualifier && (claim.kind === 'count' || claim.kind === 'money');
}

/**
 * The level the source's change to `reached` is from: the one stated figure of its sentence that
 * the difference the change implies (derived when its facts were built) lies between.
 */
function baseOf(reached: Fact, sourceFacts: readonly Fact[]): Fact | undefined {
  const level = reached.value.number?.values[0];
  const difference = changeTo(reached, sourceFacts)?.value.number;
  if (level === undefined || !difference) return undefined;
  const near = (a: number, b: number) => Math.abs(a - b) < difference.precision / 2;
  const bases = othersOfMeasure(reached, sourceFacts).filter((f) => f.value.number!.values.some((v) => near(Math.abs(level - v), difference.values[0])));
  return bases.length === 1 ? bases[0] : undefined;
}

/** The other figures `reached`'s source sentence states of its kind, currency and unit. */
function othersOfMeasure(reached: Fact, sourceFacts: readonly Fact[]): Fact[] {
  const number = reached.value.number;
  return statedInSentenceOf(reached, sourceFacts).filter((f) => f !== reached && f.kind === reached.kind && f.value.number?.currency === number?.currency && f.value.number?.unit === number?.unit);
}

/** The difference the source derives from the change its sentence tells to `reached`: "£265,000, up from £228,000". */
export function changeTo(reached: Fact, sourceFacts: readonly Fact[]): Fact | undefined {
  const key = sentenceKey(reached);
  return sourceFacts.find((f) => f.derived && f.value.number?.difference && f.quoteOffset === reached.quoteOffset && sentenceKey(f) === key);
}

/**
 * The difference between `reached` and the one other figure its source sentence states of the same
 * kind and measure, for a draft that tells a change to `reached` the source leaves to its reader:
 * "412 homes were flooded … in 2020, 587 homes" restated as "587 homes, 225 more than the first
 * time". With two such figures or more, which one the change is from is not the sentence's to say.
 */
export function differenceBeside(reached: Fact, sourceFacts: readonly Fact[]): Fact | undefined {
  const level = reached.value.number;
  if (!level || level.difference || level.range || !roughOrExact(reached) || (reached.kind !== 'count' && reached.kind !== 'money')) return undefined;
  const others = othersOfMeasure(reached, sourceFacts);
  if (others.length !== 1) return undefined;
  const [other] = others;
  const from = other.value.number!;
  if (from.range || !roughOrExact(other)) return undefined;
  // "Some 3,470 patients …, up from 2,180": a difference of a rough figure is as rough.
  const rough = reached.value.qualifier === 'approx' || other.value.qualifier === 'approx';
  return { ...reached, value: { number: differenceOf(level, from), ...(rough && { qualifier: 'approx' as const }) }, derived: `${reached.text} against ${other.text}` };
}

/** Whether a figure is told as it is or about so: one told as a bound ("more than 300") gives no difference. */
function roughOrExact(fact: Fact): boolean {
  return !fact.value.qualifier || fact.value.qualifier === 'approx' || fact.value.qualifier === 'exact';
}
