import type { Mention } from '../extract/mention';
import type { Fact } from '../facts/fact';
import { type ClauseTime, timeOfFact } from './clauseTime';
import { compareValues } from './compareValues';
import type { Context } from './context';
import type { FactIndex } from './factIndex';
import { type ClaimMatch, contradicting } from './matchClaim';

/** A year in digits: "last year" is told by its distance, which a writer does not copy. */
const WRITTEN_YEAR = /^\d{4}$/;
/** The most characters from a figure to the year after it that dates it ("a 20-cent levy in 2019"), on either side. */
const NEAR = 48;

/**
 * `matches` (of one block's `claims`, in their `contexts`) with each year written in digits right
 * after figures it dates held to the year their source gives them right after them, where every
 * figure it dates rightly restates a fact of one year: "brought in a 20-cent levy in 2022" beside
 * "introduced a 20-cent levy in 2019 and raised it to 25 cents in 2022" is 2019. A writer copies a
 * figure and its year together; a year equal to another of the sentence's is the likelier slip of
 * the two. A source's date is left alone: held by its year, it flagged a right year on the
 * held-out drafts and found none.
 */
export function heldToFigureYears(claims: readonly Mention[], contexts: readonly Context[], matches: Array<ClaimMatch | undefined>, index: FactIndex): Array<ClaimMatch | undefined> {
  // Most blocks hold no year; the times of their figures are read only for those that do.
  if (!claims.some((c) => c.kind === 'year')) return matches;
  const dated: Array<ClauseTime<Mention> | undefined | null> = [];
  const datedBy = (j: number) => (dated[j] === undefined ? (dated[j] = contexts[j].dated ?? null) : dated[j]);
  claims.forEach((claim, k) => {
    if (claim.kind !== 'year' || !WRITTEN_YEAR.test(claim.text) || matches[k]?.verdict === 'mismatch') return;
    let time: Fact | undefined;
    let by: ClaimMatch | undefined;
    for (let j = 0; j < claims.length; j++) {
      if (j === k || claims[j].kind === 'year' || claims[j].kind === 'date' || datedBy(j)?.figure?.start !== claim.start) continue;
      // Told as the source tells it: the figure, then within a few words its year ("a 20-cent levy in 2019").
      if (claims[j].end > claim.start || claim.start - claims[j].end > NEAR) return;
      const match = matches[j];
      if (match?.verdict !== 'verified' || !match.fact || match.fact.derived || match.source === undefined) return;
      const its = timeOfFact(match.fact, index.factsOf(match.source))?.figure;
      const end = match.fact.quoteOffset + match.fact.text.length;
      if (!its || its.derived || its.quoteOffset < end || its.quoteOffset - end > NEAR || (time && its !== time)) return;
      time = its;
      by = match;
    }
    if (!time || !by || matches[k]?.fact === time) return;
    const agreement = compareValues(claim, time);
    if (agreement === 'agree') matches[k] = { verdict: 'verified', fact: time, score: by.score, source: by.source };
    else if (agreement === 'disagree') matches[k] = contradicting(claim, { fact: time, sourceFacts: index.factsOf(by.source!), sourceNumber: by.source! }, by.score);
  });
  return matches;
}
