import type { Mention } from '../extract/mention';
import type { Context } from './context';
import type { ClaimMatch } from './matchClaim';

/**
 * `matches` (of one block's `claims`, in their `contexts`) with each year held to a source's date
 * that a date of its own sentence restates left unchecked: that date is restated, and the year tells
 * another time ("begins on Thursday, March 28, … as Veloria reported 4.36 million visitors for 2024"
 * beside the source's "Friday 28 March 2025"). So too each year held to another year where a date of
 * its sentence in that year rightly restates the source's ("Next year's count falls on 19 and 20
 * September 2026" beside the source's "this year's count"): the date tells what the year is of. A
 * year contradicting a date it is the only restatement of is still a slip.
 */
export function yearsBesideDates(claims: readonly Mention[], contexts: readonly Context[], matches: Array<ClaimMatch | undefined>): Array<ClaimMatch | undefined> {
  return matches.map((match, k) => {
    if (claims[k].kind !== 'year' || match?.verdict !== 'mismatch' || (match.fact?.kind !== 'date' && match.fact?.kind !== 'year')) return match;
    const year = claims[k].number?.values[0];
    const restated = contexts[k].beside.sentence.some((m) => {
      if (m.kind !== 'date') return false;
      const dateMatch = matches[claims.indexOf(m)];
      return match.fact!.kind === 'date' ? dateMatch?.fact === match.fact : dateMatch?.verdict === 'verified' && (m.date?.year?.value ?? m.date?.implied?.year) === year;
    });
    return restated ? { verdict: 'unverified', score: match.score } : match;
  });
}
