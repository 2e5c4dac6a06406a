import type { Mention, MentionKind } from './mention';

/**
 * Which end of a range the figure `at` of `mentions` (a sentence's, in order, in `text`) is: 0 for
 * the first ("Monday 7 April" of "from Monday 7 April to Thursday 10 April"), 1 for the second,
 * undefined for a figure of no range. A range of dates opens with "from" or "between"; one of
 * amounts with "between" alone: "from €7.50 to €9" tells a change, which its own rules read.
 */
export function rangeEnd(text: string, mentions: ReadonlyArray<Pick<Mention, 'kind' | 'start' | 'end'>>, at: number): 0 | 1 | undefined {
  const m = mentions[at];
  if (!RANGED.has(m.kind)) return undefined;
  const next = mentions[at + 1];
  if (next && joinsRange(text, m, next)) return 0;
  const previous = mentions[at - 1];
  if (previous && joinsRange(text, previous, m)) return 1;
  return undefined;
}

/** Whether `a` and `b`, one after the other in `text`, are the two ends of one range. */
function joinsRange(text: string, a: Pick<Mention, 'kind' | 'start' | 'end'>, b: Pick<Mention, 'kind' | 'start' | 'end'>): boolean {
  if (a.kind !== b.kind) return false;
  const between = RANGE_BETWEEN.exec(text.slice(a.end, b.start));
  if (!between) return false;
  const opener = RANGE_OPENER.exec(text.slice(Math.max(0, a.start - 12), a.start))?.[1].toLowerCase();
  if (opener === 'between') return between[1].toLowerCase() === 'and';
  return opener === 'from' && a.kind === 'date' && between[1].toLowerCase() !== 'and';
}

/** The kinds a range of which a writer copies end for end: dates, sums of money, shares and counts. */
const RANGED: ReadonlySet<MentionKind> = new Set(['date', 'money', 'percent', 'count']);
const RANGE_BETWEEN = /^[ \u00a0]+(to|until|till|through|and)[ \u00a0]+$/iu;
const RANGE_OPENER = /(?<![\p{L}])(from|between)[ \u00a0]+$/iu;
