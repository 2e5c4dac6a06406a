import { articleOf, matchCase } from '../text/words';

/** The time a rate is reckoned over: "€11.5 million a day", "€480 a year". */
export type RatePeriod = 'hour' | 'day' | 'week' | 'month' | 'year';

/** A rate's period as written right after its amount. */
export interface WrittenPeriod {
  period: RatePeriod;
  /** "a", "an", "per", "each", as written. */
  word: string;
  /** Characters from the amount's end to the period's: " an hour" is 8. */
  length: number;
}

/** Right after an amount: " a day", " an hour", " per year", " each month". Sticky: read where an amount ends. */
const PERIOD_AFTER = /[ \u00a0]+(a|an|per|each)[ \u00a0]+(hour|day|week|month|year)(?![\p{L}])/iuy;

/** The period `text` gives a rate whose amount ends at `at`, if it gives one right there. */
export function ratePeriodAfter(text: string, at: number): WrittenPeriod | undefined {
  PERIOD_AFTER.lastIndex = at;
  const m = PERIOD_AFTER.exec(text);
  return m ? { period: m[2].toLowerCase() as RatePeriod, word: m[1], length: m[0].length } : undefined;
}

/** A period written with a writer's word for it: "a" and "an" as the period's sound asks, "per" and "each" kept. */
export function writePeriod(period: RatePeriod, word: string): string {
  const lower = word.toLowerCase();
  const article = lower === 'a' || lower === 'an' ? articleOf(period) : lower;
  return matchCase(`${article} ${period}`, word);
}
