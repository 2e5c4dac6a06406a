import type { Mention } from '../extract/mention';
import type { Fact } from '../facts/fact';
import { compareValues } from './compareValues';
import type { Context } from './context';
import type { FactIndex } from './factIndex';
import { type ClaimMatch, contradicting, framedBest, statesExactly } from './matchClaim';

/**
 * `matches` (of one block's `claims`, in their `contexts`) with a fact that two claims or more
 * restate left to those whose words frame it best. A claim whose words frame another fact of the
 * source best, one it contradicts, took the figure of the other: "Barley yields fell 14% … rapeseed
 * output rose 14%" beside a source's "Barley yields fell 6%" and "rapeseed output rose 14%". Its
 * value had made it look like the fact it restates; its words say which it meant. Only where the words of one claim at least do frame the fact best: otherwise none is
 * surely the one it belongs to, and a writer may well give a figure twice.
 */
export function repeatedFacts(claims: readonly Mention[], contexts: readonly Context[], matches: Array<ClaimMatch | undefined>, index: FactIndex): Array<ClaimMatch | undefined> {
  const seen = new Set<number>();
  for (let i = 0; i < matches.length; i++) {
    const fact = verifiedFact(matches[i]);
    if (!fact || seen.has(i)) continue;
    const group = [i];
    for (let j = i + 1; j < matches.length; j++) if (verifiedFact(matches[j]) === fact) group.push(j);
    group.forEach((k) => seen.add(k));
    // A year restates a date's year (see `matchClaim`): its disagreement with a date is no slip of one.
    if (group.length < 2 || group.some((k) => claims[k].kind === 'year')) continue;
    // A figure the source gives twice may be given twice by the draft, once for each.
    const source = matches[i]!.source!;
    if (index.factsOf(source).some((other) => other !== fact && statesAsWritten(claims[i], other))) continue;
    const framed = group.map((k) => framedBest(claims[k], contexts[k], index, source));
    if (!framed.some((f) => f?.indexed.fact === fact)) continue;
    group.forEach((k, n) => {
      const other = framed[n];
      // A figure pointed back to ("of those 4,870 homes") is the one told before, whatever its words frame.
      if (!other || other.indexed.fact === fact || contexts[k].toldBefore || !statesAsWritten(claims[k], fact) || compareValues(claims[k], other.indexed.judged) !== 'disagree') return;
      // A fact another figure of the block rightly restates is not the one this figure slipped from.
      if (matches.some((m) => m?.verdict === 'verified' && m.fact === other.indexed.fact)) return;
      const swapped = contradicting(claims[k], other.indexed, other.similarity.overall);
      if (swapped.verdict === 'mismatch') matches[k] = swapped;
    });
  }
  return matches;
}

/** Whether a claim states a fact's figure as the source writes it, in its unit: a conversion beside the figure restates it too, in other words. */
function statesAsWritten(claim: Mention, fact: Fact): boolean {
  return claim.number?.unit === fact.value.number?.unit && statesExactly(claim, fact);
}

function verifiedFact(match: ClaimMatch | undefined) {
  return match?.verdict === 'verified' && match.source !== undefined ? match.fact : undefined;
}
