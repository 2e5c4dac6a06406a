import type { Mention } from '../extract/mention';
import { type Fact, quotedSpan, statedInSentenceOf } from '../facts/fact';
import type { FactIndex } from '../match/factIndex';
import { claimReach } from '../match/judgeRatio';
import { ownWordsOf } from '../match/ownWords';
import { tokenizeWords } from '../text/words';
import type { Finding } from './finding';
import { type PlacedRatio, sourcedRatios } from './ratioFindings';

/**
 * The shares "of them" whose whole a source verifies and whose part the sentence names in words
 * alone (see `findRatios`, relation `partOf`) that the part the source gives beside that whole, for
 * what the words name, contradicts: "15.2 million passengers last year, and Borealis accounted for
 * more than 40% of them" beside "15.2 million passengers last year: 9.4 million on Northway and 5.8
 * million on Borealis" is 38%. `findings` run beside `mentions`; each unverified claim so
 * contradicted is given, by its index, with a fact derived from the part's.
 */
export function contradictedPartShares(ratios: readonly PlacedRatio[] | undefined, mentions: readonly Mention[], findings: ReadonlyArray<Finding | undefined>, index: FactIndex): Array<[number, Fact]> {
  const out: Array<[number, Fact]> = [];
  for (const { ratio, fact: whole, sourceFacts } of sourcedRatios(ratios, 'partOf', findings, index)) {
    const part = partNamed(whole, sourceFacts, ratio.partWords ?? []);
    if (!part) continue;
    const share = (100 * part.value.number!.values[0]) / whole.value.number!.values[0];
    const [low, high] = claimReach(mentions[ratio.claim], 'share');
    if (share > low && share < high) continue;
    // To the claim's own precision: "more than 40%" is fixed to "38%", not "38.2%".
    const precision = Math.max(mentions[ratio.claim].number!.precision, 0.1);
    const value = Math.round(share / precision) * precision;
    out.push([ratio.claim, { ...part, kind: 'percent', text: `${Number(share.toFixed(1))}%`, value: { number: { values: [value], precision } }, derived: `${part.text} of ${whole.text}` }]);
  }
  return out;
}

/**
 * The one figure of the whole's source sentence, of its kind and unit and below it, whose own words
 * there (see `ownWordsOf`) hold one of `words`: "5.8 million on Borealis" for "Borealis".
 */
function partNamed(whole: Fact, sourceFacts: readonly Fact[], words: readonly string[]): Fact | undefined {
  const sentence = statedInSentenceOf(whole, sourceFacts);
  const [unit, currency, value] = [whole.value.number?.unit, whole.value.number?.currency, whole.value.number?.values[0]];
  if (value === undefined) return undefined;
  const ofKind = sentence.filter((f) => f.kind === whole.kind && f.value.number?.unit === unit && f.value.number?.currency === currency).sort((a, b) => a.quoteOffset - b.quoteOffset);
  if (ofKind.length < 2) return undefined;
  const quote = whole.quote;
  const own = ownWordsOf(quote, tokenizeWords(quote, 0, quote.length), ofKind.map(quotedSpan), sentence.map(quotedSpan));
  const named = ofKind.filter((f, i) => f !== whole && f.value.number!.values[0] < value && [...own[i].before, ...own[i].after].some((w) => words.includes(w)));
  return named.length === 1 ? named[0] : undefined;
}
