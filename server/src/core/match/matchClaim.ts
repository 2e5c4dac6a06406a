import type { Mention } from '../extract/mention';
import type { Fact } from '../facts/fact';
import { Agreement, compareValues } from './compareValues';
import type { Context } from './context';
import type { FactIndex, IndexedFact } from './factIndex';
import { similarity } from './similarity';

export type Verdict = 'mismatch' | 'verified' | 'unverified';

export interface ClaimMatch {
  verdict: Verdict;
  /** The fact the claim restates (for a mismatch, the one it contradicts). */
  fact?: Fact;
  score: number;
}

/** Tuned on the development set and kept round: below it, a shared word or two is coincidence. */
export const MIN_SCORE = 0.3;
/** A mismatch needs its fact clearly ahead of any fact the claim would agree with. */
const AGREEING_SHARE = 0.7;
/** …and ahead of other facts with other values, unless the claim's value singles one out. */
const RUNNER_UP_SHARE = 0.85;

interface Candidate {
  indexed: IndexedFact;
  score: number;
  agreement: Agreement;
}

/**
 * Links a claim to the fact it restates by the words around it, then compares values. The claim is
 * a mismatch only when one fact is clearly its frame and clearly disagrees: a false alarm costs a
 * writer's trust more than a miss.
 */
export function matchClaim(claim: Mention, context: Context, index: FactIndex): ClaimMatch {
  const candidates: Candidate[] = [];
  for (const indexed of index.ofKind(claim.kind)) {
    const agreement = compareValues(claim, indexed.fact);
    if (agreement === 'incomparable') continue;
    const score = similarity(context, indexed.context, index.vocabulary);
    if (score > 0) candidates.push({ indexed, score, agreement });
  }
  candidates.sort((a, b) => b.score - a.score);
  const best = candidates[0];
  if (!best || best.score < MIN_SCORE) return { verdict: 'unverified', score: best?.score ?? 0, fact: best?.indexed.fact };

  const agreeing = candidates.find((c) => c.agreement === 'agree');
  if (agreeing && agreeing.score >= best.score * AGREEING_SHARE) return { verdict: 'verified', fact: agreeing.indexed.fact, score: agreeing.score };
  if (best.agreement !== 'disagree') return { verdict: 'unverified', score: best.score };
  const runnerUp = candidates.find((c) => c !== best && !sameValue(c.indexed.fact, best.indexed.fact));
  if (runnerUp && runnerUp.score >= best.score * RUNNER_UP_SHARE) return { verdict: 'unverified', score: best.score, fact: best.indexed.fact };
  return { verdict: 'mismatch', fact: best.indexed.fact, score: best.score };
}

function sameValue(a: Fact, b: Fact): boolean {
  return JSON.stringify(a.value) === JSON.stringify(b.value);
}
