import type { Mention, QualifierKind, Span } from '../extract/mention';
import type { Fact } from '../facts/fact';
import { qualifierBefore } from '../extract/qualifiers';
import { boundSide, isDirectional, isShareInWords } from '../match/compareValues';
import { matchCase } from '../text/words';
import { formatFix, writtenStyle } from './formatFix';
import { formatShare } from './formatShare';

/** How the fix words each qualifier a fact may carry: "nearly 1,900" for the source's "Nearly 1,900". */
const HEDGE_WORDS: Record<QualifierKind, string> = {
  approx: 'about',
  nearly: 'nearly',
  above: 'more than',
  atLeast: 'at least',
  below: 'fewer than',
  atMost: 'up to',
  exact: '',
};

/** A word sharpening a hedge, right before it: "just under", "well over". */
const EMPHASIS_BEFORE = /(?<![\p{L}])(?:just|well|only|slightly)[ \u00a0]+$/iu;

/**
 * The words the source hedges a fact with, as it writes them ("just under three hours"), else the
 * plain words of its qualifier; "fewer than" only of a count.
 */
function factHedgeWords(fact: Fact): string {
  const kind = fact.value.qualifier ?? 'exact';
  if (kind === 'exact') return '';
  const written = qualifierBefore(fact.quote, fact.quoteOffset, 0);
  if (written?.kind === kind && written.end <= fact.quoteOffset) return (EMPHASIS_BEFORE.exec(fact.quote.slice(0, written.start))?.[0] ?? '').toLowerCase() + written.text.toLowerCase();
  return kind === 'below' && (fact.kind !== 'count' || fact.value.number?.unit) ? 'less than' : HEDGE_WORDS[kind];
}

/**
 * The span and replacement that fix a claim hedged towards one side ("more than 2,000") when the
 * fact hedges otherwise ("nearly 1,900") or not at all ("more than 50 detectives" for 45): the
 * claim's hedge goes with its figure, and the fact's comes in, since "more than 1,900" may still be
 * wrong and "more than 45" says what the source does not. A plain "about" is left to the writer.
 * `fix` is the figure's own fix; undefined when the claim's hedge stays.
 */
export function withFactHedge(claim: Mention, fact: Fact, fix: string): { span: Span; fix: string } | undefined {
  const hedge = claim.qualifier;
  if (!hedge || !isDirectional(hedge.kind) || hedge.end > claim.start) return undefined;
  const span = { start: hedge.start, end: claim.end };
  // "more than four in ten" for the source's 37.8 per cent: a share in words is fixed in words, on
  // the side of them the source's share lies ("nearly four in ten").
  const share = fact.value.number?.values[0];
  const inDigits = isShareInWords(claim) && share !== undefined ? writtenStyle(fact, 'percent') : undefined;
  if (inDigits) return { span, fix: matchCase(formatShare(claim, share!, hedge, inDigits.suffix), hedge.text) };
  if (hedge.kind === fact.value.qualifier) return undefined;
  const capital = hedge.text[0] !== hedge.text[0].toLowerCase();
  // "more than 200" for "between 150 and 200": the source's range, each end in the claim's style. A
  // bound past the range on the side it bounds keeps its hedge: "up to 15%" for "between 5% and 10%"
  // is "up to 10%" (but "fewer than 30" for "between 30 and 40" is the range).
  const range = fact.value.qualifier ? undefined : fact.value.number?.range;
  const side = boundSide(hedge.kind);
  const claimed = claim.number?.values[0] ?? NaN;
  if (range && ((side === 'most' && claimed > range[1]) || (side === 'least' && claimed < range[0]))) return undefined;
  const ends = range?.map((end) => formatFix(claim, { ...fact, value: { ...fact.value, number: { ...fact.value.number!, values: [end] } } }));
  if (ends?.every((end) => end !== undefined)) return { span, fix: `${capital ? 'Between' : 'between'} ${ends[0]} and ${ends[1]}` };
  const words = factHedgeWords(fact);
  const written = words ? `${capital ? words[0].toUpperCase() + words.slice(1) : words} ${fix}` : fix;
  return { span, fix: written };
}
