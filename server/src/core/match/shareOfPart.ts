import { hedgedStart } from '../extract/mention';
import type { LocatedMention } from '../extract/readDocument';
import { type Fact, sentenceKey } from '../facts/fact';
import { compareValues, inPoints } from './compareValues';
import type { FactIndex } from './factIndex';
import type { ClaimMatch } from './matchClaim';

/** The most characters between a part and the share set off after it: " of oil has been recovered, ". */
const CLAIM_GAP = 40;
/** …and between the source's part and its share: " of oil at sea — ". */
const FACT_GAP = 60;

/**
 * `matches` (of one block's `claims`, in order) with each share no fact frames by its words, right
 * after a figure that rightly restates one (no amount right before it in its sentence), matched
 * with the share the source gives next after that figure, in its clause or set off after it:
 * "about 2,100 metric tons of oil has been recovered, roughly half of what spilled" beside "about
 * 2,100 tonnes of oil at sea — a third of the amount spilled"; "the top 10,000 artists took 69 per
 * cent of all payouts" beside "The top 10,000 artists on the service received 71 percent of all
 * payouts". Whatever words name the whole, both are told of that figure; a writer's share in words
 * is no miscopy of the source's, which the words around it could frame, but a reading of the same
 * thing.
 */
export function sharesOfRestatedParts(claims: readonly LocatedMention[], matches: ReadonlyArray<ClaimMatch | undefined>, index: FactIndex): ReadonlyArray<ClaimMatch | undefined> {
  let out: Array<ClaimMatch | undefined> | undefined;
  for (let i = 1; i < claims.length; i++) {
    const [claim, part] = [claims[i], claims[i - 1]];
    const restated = matches[i - 1];
    if (matches[i]?.verdict !== 'unverified' || !isShare(claim) || part.sentence !== claim.sentence || hedgedStart(claim) - part.end > CLAIM_GAP) continue;
    if (restated?.verdict !== 'verified' || !restated.fact || restated.fact.derived || restated.source === undefined || !isAmount(part)) continue;
    // "Fourteen of the 17 sessions sold out — more than four in five": a share of the sentence's own figures.
    if (i > 1 && claims[i - 2].sentence === claim.sentence && isAmount(claims[i - 2])) continue;
    const share = shareAfter(restated.fact, index.factsOf(restated.source));
    const agreement = share && compareValues(claim, share);
    if (agreement === 'agree' || agreement === 'disagree') (out ??= matches.slice())[i] = { verdict: agreement === 'agree' ? 'verified' : 'mismatch', fact: share!, score: 0, source: restated.source };
  }
  return out ?? matches;
}

const isAmount = (m: LocatedMention) => m.kind === 'count' || m.kind === 'money';

/** A share of a whole: a percentage or a fraction, not a change and not points. */
function isShare(m: LocatedMention): boolean {
  return m.kind === 'percent' && !!m.number && m.number.values.length === 1 && !m.number.change && !inPoints(m.number);
}

/**
 * The share the source sentence of `part` gives next after it, close by: no other figure between
 * ("The two … sold 18,220 of them, or 37.8 per cent" is 18,220's share, not the two's).
 */
function shareAfter(part: Fact, facts: readonly Fact[]): Fact | undefined {
  const key = sentenceKey(part);
  const end = part.quoteOffset + part.text.length;
  let next: Fact | undefined;
  for (const fact of facts) {
    if (fact.derived || fact.quoteOffset < end || sentenceKey(fact) !== key) continue;
    if (!next || fact.quoteOffset < next.quoteOffset) next = fact;
  }
  return next?.kind === 'percent' && next.quoteOffset - end <= FACT_GAP && !inPoints(next.value.number) && SET_OFF_SHARE.test(part.quote.slice(end, next.quoteOffset)) ? next : undefined;
}

/**
 * Between a part and its share: words of one clause ("artists on the service received 71 percent
 * of"), or a break, then a hedge at most ("— a third of", ", roughly a third of", ", equal to about
 * 11 per cent of"); not a clause of its own ("…, meaning that about 84% of those who lost supply")
 * nor a change ("…, up 15.6 per cent on").
 */
const SET_OFF_SHARE = /^[^,;:—–()]*$|[,—–(:][ \u00a0]*(?:(?:or|roughly|about|around|nearly|almost|some|just|over|under|more|less|than|equal|equivalent|to|a|an)[ \u00a0]+)*$/iu;
