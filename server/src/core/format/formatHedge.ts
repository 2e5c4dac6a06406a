import type { Mention, QualifierKind, Span } from '../extract/mention';
import type { Fact } from '../facts/fact';

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

/** Qualifiers that say which side of the figure the value lies: when wrong, they are part of the error. */
const DIRECTIONAL: ReadonlySet<QualifierKind> = new Set(['nearly', 'above', 'atLeast', 'below', 'atMost']);

/**
 * The span and replacement that fix a claim hedged towards one side ("more than 2,000") when the
 * fact hedges otherwise ("nearly 1,900") or not at all ("more than 50 detectives" for 45): the
 * claim's hedge goes with its figure, and the fact's comes in, since "more than 1,900" may still be
 * wrong and "more than 45" says what the source does not. A plain "about" is left to the writer.
 * `fix` is the figure's own fix; undefined when the claim's hedge stays.
 */
export function withFactHedge(claim: Mention, fact: Fact, fix: string): { span: Span; fix: string } | undefined {
  const hedge = claim.qualifier;
  if (!hedge || !DIRECTIONAL.has(hedge.kind) || hedge.kind === fact.value.qualifier || hedge.end > claim.start) return undefined;
  const words = HEDGE_WORDS[fact.value.qualifier ?? 'exact'];
  const capital = hedge.text[0] !== hedge.text[0].toLowerCase();
  const written = words ? `${capital ? words[0].toUpperCase() + words.slice(1) : words} ${fix}` : fix;
  return { span: { start: hedge.start, end: claim.end }, fix: written };
}
