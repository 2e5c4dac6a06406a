import type { Mention } from '../extract/mention';
import type { Context } from './context';
import type { ClaimMatch } from './matchClaim';

/**
 * `matches` (of one block's `claims`, in their `contexts`) with each year held to a source's date
 * that a date of its own sentence restates left unchecked: that date is restated, and the year tells
 * another time ("begins on Thursday, March 28, … as Veloria reported 4.36 million visitors for 2024"
 * beside the source's "Friday 28 March 2025"). A year contradicting a date it is the only restatement
 * of is still a slip.
 */
export function yearsBesideDates(claims: readonly Mention[], contexts: readonly Context[], matches: Array<ClaimMatch | undefined>): Array<ClaimMatch | undefined> {
  return matches.map((match, k) => {
    if (claims[k].kind !== 'year' || match?.verdict !== 'mismatch' || match.fact?.kind !== 'date') return match;
    const restated = contexts[k].beside.sentence.some((m) => m.kind === 'date' && matches[claims.indexOf(m)]?.fact === match.fact);
    return restated ? { verdict: 'unverified', score: match.score } : match;
  });
}
