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
  const number = claim.number;
  // A bound ("more than 40,000") holds too many sums to tell one.
  if (!number || number.values.length !== 1 || boundSide(claim.qualifier?.kind)) return undefined;
  const alike = facts.filter((f) => !f.derived && f.kind === claim.kind && f.value.number?.values.length === 1 && f.value.number.unit === number.unit && f.value.number.currency === number.currency);
  for (let k = 1; k < alike.length; k++) {
    const [a, b] = [alike[k - 1], alike[k]];
    if (a.quote !== b.quote) continue;
    const values = [a.value.number!.values[0] + b.value.number!.values[0]];
    const both: Fact = { ...b, value: { number: { ...b.value.number!, values } }, derived: `${a.text} and ${b.text} together` };
    if (compareValues(claim, both) === 'agree') return both;
  }
  return undefined;
}
