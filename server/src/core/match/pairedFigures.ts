import { isTallyCount, joinsTally } from '../extract/tally';
import type { Mention } from '../extract/mention';
import { type Fact, statedInSentenceOf } from '../facts/fact';
import { compareValues } from './compareValues';
import type { Context } from './context';
import type { FactIndex } from './factIndex';
import { type ClaimMatch, contradicting } from './matchClaim';

/**
 * `matches` (of one block's `claims`, in their `contexts`) with each end of a tally contradicted by
 * its source sentence held to the same end of that sentence's tally: "split 7–2" beside "voted 6–3"
 * is 6 and 3, not 6 and 6; "leads the series 7-3" beside "between the two, … leads their
 * head-to-head 7-4" is 7 and 4, not 7 and two. The words of a tally frame both its counts alike, so
 * a claim's best fact may be the other end, or another count of the sentence. A tally told the
 * other way round agrees ("defeated by seven votes to four" for "failed 4-7"). A claim a fact
 * verifies is left as it is: in a list of scores ("6-4, 4-6, 6-3") any end may agree with another's.
 */
export function pairedFigures(claims: readonly Mention[], contexts: readonly Context[], matches: Array<ClaimMatch | undefined>, index: FactIndex): Array<ClaimMatch | undefined> {
  matches.forEach((match, k) => {
    if (match?.verdict !== 'mismatch' || !match.fact || match.source === undefined || !isTallyCount(claims[k])) return;
    const end = contexts[k].tally;
    if (end === undefined) return;
    const sourceFacts = index.factsOf(match.source);
    const tally = onlyTally(match.fact, sourceFacts);
    if (!tally) return;
    // "defeated by seven votes to four" for "failed 4-7": the tally told the other way round.
    const partner = claims[end === 0 ? k + 1 : k - 1];
    const reversed = !!partner && contexts[claims.indexOf(partner)]?.tally === 1 - end && compareValues(claims[k], tally[1 - end]) === 'agree' && compareValues(partner, tally[end]) === 'agree';
    if (reversed) {
      matches[k] = { verdict: 'verified', fact: tally[1 - end], score: match.score, source: match.source };
      return;
    }
    if (tally[end] === match.fact) return;
    const agreement = compareValues(claims[k], tally[end]);
    if (agreement === 'agree') matches[k] = { verdict: 'verified', fact: tally[end], score: match.score, source: match.source };
    else if (agreement === 'disagree') matches[k] = contradicting(claims[k], { fact: tally[end], sourceFacts, sourceNumber: match.source }, match.score);
  });
  return matches;
}

/** The two counts of the one tally of the source sentence `fact` is quoted from, in order; undefined for none or several. */
function onlyTally(fact: Fact, sourceFacts: readonly Fact[]): [Fact, Fact] | undefined {
  const counts = statedInSentenceOf(fact, sourceFacts)
    .filter((f) => isTallyCount({ kind: f.kind, number: f.value.number }))
    .sort((a, b) => a.quoteOffset - b.quoteOffset);
  let tally: [Fact, Fact] | undefined;
  for (let i = 0; i + 1 < counts.length; i++) {
    const [a, b] = [counts[i], counts[i + 1]];
    if (!joinsTally(fact.quote.slice(a.quoteOffset + a.text.length, b.quoteOffset))) continue;
    if (tally) return undefined;
    tally = [a, b];
  }
  return tally;
}
