import { rangeEnd } from '../extract/range';
import type { Mention } from '../extract/mention';
import { type Fact, quotedSpan, statedInSentenceOf } from '../facts/fact';
import { compareValues } from './compareValues';
import type { Context } from './context';
import type { FactIndex } from './factIndex';
import { type ClaimMatch, contradicting } from './matchClaim';

/**
 * `matches` (of one block's `claims`, in their `contexts`) with each end of a range whose other end
 * rightly restates an end of a range of its source sentence held to that range's same end: "a
 * second walkout from Monday 7 April to 11 April" beside "a second walkout from Monday 7 April to
 * Thursday 10 April, on the eve of the holidays, which begin on 11 April" is 10 April, not the
 * holidays' 11 April; "between €13.00 and €13.25" beside "between €13.05 and €13.25" is €13.05. A
 * writer copies a range end for end, whatever else of the sentence an end's value is.
 */
export function heldToRangeEnds(claims: readonly Mention[], contexts: readonly Context[], matches: Array<ClaimMatch | undefined>, index: FactIndex): Array<ClaimMatch | undefined> {
  // Read of the claims after the matches: most blocks tell no range, and a range's ends are two claims.
  const ends = claims.map((_, k) => (claims.length > 1 && matches[k] ? contexts[k].range : undefined));
  ends.forEach((end, k) => {
    if (end === undefined) return;
    const other = matches[end === 1 ? k - 1 : k + 1];
    if (other?.verdict !== 'verified' || !other.fact || other.fact.derived || other.source === undefined) return;
    const sourceFacts = index.factsOf(other.source);
    const range = rangeOf(other.fact, sourceFacts);
    if (!range || range[1 - end] !== other.fact) return;
    const fact = range[end];
    if (matches[k]?.fact === fact) return;
    const agreement = compareValues(claims[k], fact);
    if (agreement === 'agree') matches[k] = { verdict: 'verified', fact, score: other.score, source: other.source };
    else if (agreement === 'disagree') matches[k] = contradicting(claims[k], { fact, sourceFacts, sourceNumber: other.source }, other.score);
  });
  return matches;
}

/** The two ends of the range of `fact`'s source sentence that `fact` is an end of, in order; undefined for none. */
function rangeOf(fact: Fact, sourceFacts: readonly Fact[]): [Fact, Fact] | undefined {
  const facts = statedInSentenceOf(fact, sourceFacts).sort((a, b) => a.quoteOffset - b.quoteOffset);
  const at = facts.indexOf(fact);
  const spans = facts.map((f) => ({ ...quotedSpan(f), kind: f.kind }));
  const end = rangeEnd(fact.quote, spans, at);
  if (end === undefined) return undefined;
  return end === 0 ? [fact, facts[at + 1]] : [facts[at - 1], fact];
}
