import type { Mention } from '../extract/mention';
import { type Fact, statedInSentenceOf } from '../facts/fact';
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
    // Nor where another year after the figures gives the claim's: "of its 2024 volume by 2100" dates
    // the volume and the loss, and "of its volume by 2100" keeps the second.
    else if (agreement === 'disagree') {
      const sourceFacts = index.factsOf(by.source!);
      if (!yearsAfter(time, sourceFacts).some((year) => compareValues(claim, year) === 'agree')) matches[k] = contradicting(claim, { fact: time, sourceFacts, sourceNumber: by.source! }, by.score);
    }
  });
  return matches;
}

/**
 * The years its sentence states within a few words after `year`, a year of `facts`, with no other
 * figure between: not the year of a figure after it ("in 2019 and raised it to 25 cents in 2022").
 */
function yearsAfter(year: Fact, facts: readonly Fact[]): Fact[] {
  const end = year.quoteOffset + year.text.length;
  const sentence = statedInSentenceOf(year, facts);
  const next = sentence.filter((f) => f.kind !== 'year' && f.quoteOffset >= end).reduce((first, f) => Math.min(first, f.quoteOffset), Infinity);
  return sentence.filter((f) => f.kind === 'year' && f.quoteOffset >= end && f.quoteOffset - end <= NEAR && f.quoteOffset < next);
}
