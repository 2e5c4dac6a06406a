import type { LocatedMention } from '../extract/readDocument';
import type { Fact } from '../facts/fact';
import { boundSide, compareValues } from './compareValues';
import type { FactIndex } from './factIndex';
import type { ClaimMatch } from './matchClaim';

/**
 * `matches` (of one block's `claims`) with each figure told as the sum of several (see
 * `Mention.total`) that its words took for a slip of one figure verified by two figures side by
 * side in one sentence of that source which add up to it: "Between them the sides scored 51 points
 * and seven tries" beside "Brevania 27-24 Ostmark" and "Ostmark outscored their hosts four tries
 * to three". The writer added them up; no one of them is the figure restated.
 */
export function matchedSums(claims: readonly LocatedMention[], matches: ReadonlyArray<ClaimMatch | undefined>, index: FactIndex): ReadonlyArray<ClaimMatch | undefined> {
  let out: Array<ClaimMatch | undefined> | undefined;
  claims.forEach((claim, i) => {
    const match = matches[i];
    if (!claim.total || match?.verdict !== 'mismatch' || match.source === undefined || !match.fact) return;
    const sum = sumOf(claim, index.factsOf(match.source));
    if (sum) (out ??= matches.slice())[i] = { verdict: 'verified', fact: sum, score: match.score, source: match.source };
  });
  return out ?? matches;
}

/** The sum, as a derived fact, of two figures side by side in one sentence of `facts` (of the claim's kind, unit and currency) that add up to the claim. */
function sumOf(claim: LocatedMention, facts: readonly Fact[]): Fact | undefined {
  const add = adding(claim);
  if (!add) return undefined;
  // A bound ("more than 40,000") holds too many sums to tell one, but for those just past it ("just over 18,000 hours" for 18,280).
  const bounded = boundSide(claim.qualifier?.kind) !== undefined;
  const alike = facts.filter((f) => !f.derived && f.kind === claim.kind && add.alike(f));
  for (let k = 1; k < alike.length; k++) {
    const [a, b] = [alike[k - 1], alike[k]];
    if (a.quote !== b.quote) continue;
    const both: Fact = { ...b, value: add.sum(a, b), derived: `${a.text} and ${b.text} together` };
    if (compareValues(claim, both) === 'agree' && (!bounded || Math.abs(add.of(both.value) - add.claimed) <= BOUND_REACH * add.claimed)) return both;
  }
  return undefined;
}

/** How far past a bound a sum may be and be the one it bounds. */
const BOUND_REACH = 0.05;

/** For a claim of one value, that value, which facts add up alike (of its unit and currency, or lengths in its unit), and their sum. */
function adding(claim: LocatedMention): { claimed: number; alike: (f: Fact) => boolean; sum: (a: Fact, b: Fact) => Fact['value']; of: (value: Fact['value']) => number } | undefined {
  const { number, duration } = claim;
  if (duration) {
    return {
      claimed: duration.amount,
      alike: (f) => f.value.duration?.unit === duration.unit && !f.value.duration.relation && !f.value.duration.difference,
      sum: (a, b) => ({ duration: { ...b.value.duration!, amount: a.value.duration!.amount + b.value.duration!.amount } }),
      of: (value) => value.duration!.amount,
    };
  }
  if (!number || number.values.length !== 1) return undefined;
  return {
    claimed: number.values[0],
    alike: (f) => f.value.number?.values.length === 1 && f.value.number.unit === number.unit && f.value.number.currency === number.currency,
    sum: (a, b) => ({ number: { ...b.value.number!, values: [a.value.number!.values[0] + b.value.number!.values[0]] } }),
    of: (value) => value.number!.values[0],
  };
}
