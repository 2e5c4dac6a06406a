import type { MentionKind, Span } from '../extract/mention';
import { strongestBreak } from './ownWords';

/**
 * The date of `figure`'s clause (of `dates`, spans of `text`): the nearest with neither a clause
 * break (see `strongestBreak`) nor another of `figures` between them. It tells which time a figure is
 * of: "fell 3.2 per cent on Monday before recovering 5.1 per cent on Wednesday".
 */
export function clauseDate<T extends Span>(text: string, figure: Span, figures: readonly Span[], dates: readonly T[]): T | undefined {
  let nearest: T | undefined;
  let gap = Infinity;
  for (const date of dates) {
    const [from, to] = date.start >= figure.end ? [figure.end, date.start] : [date.end, figure.start];
    if (to < from || to - from >= gap || strongestBreak(text, from, to) !== undefined) continue;
    if (figures.some((f) => f !== figure && f.start >= from && f.end <= to)) continue;
    nearest = date;
    gap = to - from;
  }
  return nearest;
}

/** Whether a figure tells a time a figure of its clause is of: a date, a weekday, a year. */
export function isTime(figure: { kind: MentionKind }): boolean {
  return figure.kind === 'date' || figure.kind === 'year';
}
