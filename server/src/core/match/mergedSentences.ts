import { type LocatedMention, sentenceRunEnd } from '../extract/readDocument';
import { type Fact, sentenceKey, statedInSentenceOf } from '../facts/fact';
import { compareValues } from './compareValues';
import type { FactIndex } from './factIndex';
import type { ClaimMatch } from './matchClaim';

/**
 * `matches` (of one block's `claims`, in order) with a date or length held to a fact it contradicts
 * taken back where its sentence merges two of the source's: the figure rightly restated right
 * before it (within `NEAR`) is from another source sentence, which gives the claim's value. "stood
 * at level 3 of five on the European scale on the day and was raised to level 4 on Tuesday" joins
 * "rated the danger at level 3 … on the five-level European scale on Monday" and "raised it to
 * level 4, "high", on Tuesday morning": its Tuesday is the second's, however many words it shares
 * with the first. A figure after the claim is no guide: "hit the halfway point Monday, Feb. 25, and
 * had their best day on Sunday, March 9" tells two days, each of its own clause.
 */
export function mergedSentences(claims: readonly LocatedMention[], matches: ReadonlyArray<ClaimMatch | undefined>, index: FactIndex): ReadonlyArray<ClaimMatch | undefined> {
  let out: Array<ClaimMatch | undefined> | undefined;
  for (let from = 0; from < claims.length; ) {
    const to = sentenceRunEnd(claims, from);
    for (let i = from + 1; i < to; i++) {
      const match = matches[i];
      if (match?.verdict !== 'mismatch' || !match.fact || !TIMES.has(claims[i].kind)) continue;
      const before = restatedBefore(matches, from, i);
      if (before === undefined || claims[i].start - claims[before].end > NEAR) continue;
      const { fact, source } = matches[before] as ClaimMatch & { fact: Fact; source: number };
      if (sentenceKey(fact) === sentenceKey(match.fact)) continue;
      const agreeing = statedInSentenceOf(fact, index.factsOf(source)).filter((other) => compareValues(claims[i], other) === 'agree');
      if (agreeing.length === 1) (out ??= matches.slice())[i] = { verdict: 'verified', fact: agreeing[0], score: match.score, source };
    }
    from = to;
  }
  return out ?? matches;
}

/** Kinds of claim a merged sentence's figure before them tells the source sentence of: a time is told right after what it times. */
const TIMES: ReadonlySet<string> = new Set(['date', 'duration']);
/** How far, in characters, the figure restated before a claim may stand from it. */
const NEAR = 40;

/** The last of `matches[from, i)` that rightly restates a fact of a known source. */
function restatedBefore(matches: ReadonlyArray<ClaimMatch | undefined>, from: number, i: number): number | undefined {
  for (let k = i - 1; k >= from; k--) if (matches[k]?.verdict === 'verified' && matches[k]!.fact && matches[k]!.source !== undefined) return k;
  return undefined;
}
