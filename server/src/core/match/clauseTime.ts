import type { Mention, MentionKind, Span } from '../extract/mention';
import { type Fact, quotedSpan, statedInSentenceOf } from '../facts/fact';
import { compareValues, factDate, partsOf } from './compareValues';
import { strongestBreak } from './ownWords';

/**
 * A time a clause gives: a date or year, or a year told by its distance from the article's own
 * ("this year", "last year", "next year").
 */
export interface ClauseTime<T> extends Span {
  figure?: T;
  /** Of a year told by its distance: how many years after the article's it is. */
  yearsOn?: number;
}

const RELATIVE_YEAR = /\b(this|last|next) year\b/gi;
const YEARS_ON: Record<string, number> = { this: 0, last: -1, next: 1 };

/** The years `text` tells by their distance from the article's, from `from` to `to`. */
export function relativeYears(text: string, from: number, to: number): Array<ClauseTime<never>> {
  const years: Array<ClauseTime<never>> = [];
  for (const m of text.slice(from, to).matchAll(RELATIVE_YEAR)) years.push({ start: from + m.index, end: from + m.index + m[0].length, yearsOn: YEARS_ON[m[1].toLowerCase()] });
  return years;
}

/**
 * The time of `figure`'s clause (of `times`, spans of `text`): the nearest with neither a clause
 * break (see `strongestBreak`) nor another of `figures` between them. It tells which time a figure is
 * of: "fell 3.2 per cent on Monday before recovering 5.1 per cent on Wednesday".
 */
export function clauseTime<T extends Span>(text: string, figure: Span, figures: readonly Span[], times: readonly T[]): T | undefined {
  let nearest: T | undefined;
  let gap = Infinity;
  for (const time of times) {
    const [from, to] = time.start >= figure.end ? [figure.end, time.start] : [time.end, figure.start];
    if (to < from || to - from >= gap || strongestBreak(text, from, to) !== undefined) continue;
    if (figures.some((f) => f !== figure && f.start >= from && f.end <= to)) continue;
    nearest = time;
    gap = to - from;
  }
  return nearest;
}

/** The time of the clause of a source's `fact` (see `clauseTime`), among the facts of its sentence. */
export function timeOfFact(fact: Fact, sourceFacts: readonly Fact[]): ClauseTime<Fact> | undefined {
  const sentence = statedInSentenceOf(fact, sourceFacts);
  const ofKind = sentence.filter((f) => f.kind === fact.kind);
  const figures = ofKind.map(quotedSpan);
  // `clauseTime` tells the figure from the others by identity: its own span of `figures`.
  return clauseTime(fact.quote, figures[ofKind.indexOf(fact)], figures, sentenceTimes(fact.quote, sentence));
}

/** The times of a source sentence's clauses: its stated dates and years (`sentence`, its facts), and the years it tells by their distance. */
export function sentenceTimes(quote: string, sentence: readonly Fact[]): Array<ClauseTime<Fact>> {
  const times: Array<ClauseTime<Fact>> = sentence.filter((f) => isTime(f) && !f.derived).map((figure) => ({ ...quotedSpan(figure), figure }));
  times.push(...relativeYears(quote, 0, quote.length));
  return times;
}

/**
 * Whether a claim's clause time is a fact's, in a source written in `articleYear`: a date against a
 * date by `compareValues`, a year told by its distance against the other's year. Undefined where
 * they cannot be compared.
 */
export function sameTime(claim: ClauseTime<Mention>, fact: ClauseTime<Fact>, articleYear: number | undefined): boolean | undefined {
  if (claim.figure && fact.figure) {
    const agreement = compareValues(claim.figure, fact.figure);
    return agreement === 'agree' ? true : agreement === 'disagree' ? false : undefined;
  }
  const a = claim.figure ? mentionYear(claim.figure) : articleYear !== undefined ? articleYear + claim.yearsOn! : undefined;
  const b = fact.figure ? factYear(fact.figure) : articleYear !== undefined ? articleYear + fact.yearsOn! : undefined;
  return a === undefined || b === undefined ? undefined : a === b;
}

function mentionYear(m: Mention): number | undefined {
  return m.kind === 'year' ? m.number?.values[0] : m.date ? partsOf(m).year : undefined;
}

function factYear(f: Fact): number | undefined {
  return f.kind === 'year' ? f.value.number?.values[0] : f.value.date ? factDate(f.value.date).year : undefined;
}

/** Whether a figure tells a time a figure of its clause is of: a date, a weekday, a year. */
export function isTime(figure: { kind: MentionKind }): boolean {
  return figure.kind === 'date' || figure.kind === 'year';
}
