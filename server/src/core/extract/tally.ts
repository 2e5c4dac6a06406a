import type { Mention } from './mention';

/** Between the two counts of a tally: a dash with no space ("voted 6–3", "lost 3-8"), or "votes to" ("by 31 votes to 20"). */
const TALLY_BETWEEN = /^(?:[-–—]|[ \u00a0]+votes?[ \u00a0]+to[ \u00a0]+)$/u;

/** Whether `between`, the text from one count to the next, makes the two a tally of votes or points. */
export function joinsTally(between: string): boolean {
  return TALLY_BETWEEN.test(between);
}

/** A plain whole count, which a tally is made of: no unit, no hedge, one reading. */
export function isTallyCount(m: Pick<Mention, 'kind' | 'number'> & { qualifier?: Mention['qualifier'] }): boolean {
  const n = m.number;
  return m.kind === 'count' && !!n && !n.unit && !n.vague && !m.qualifier && n.values.length === 1 && Number.isInteger(n.values[0]);
}

/**
 * Which end of a tally the figure `at` of `mentions` (a sentence's, in order, in `text`) is: 0 for
 * the first ("6" of "voted 6–3"), 1 for the second, undefined for a figure of no tally.
 */
export function tallyEnd(text: string, mentions: readonly Mention[], at: number): 0 | 1 | undefined {
  const m = mentions[at];
  if (!isTallyCount(m)) return undefined;
  const next = mentions[at + 1];
  if (next && isTallyCount(next) && joinsTally(text.slice(m.end, next.start))) return 0;
  const previous = mentions[at - 1];
  if (previous && isTallyCount(previous) && joinsTally(text.slice(previous.end, m.start))) return 1;
  return undefined;
}
