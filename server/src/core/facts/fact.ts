import type { DurationUnit, DurationValue, MentionKind, QualifierKind } from '../extract/mention';
import { ageOwner } from '../extract/personAge';
import type { Range } from '../text/lineIndex';

/** Every kind of fact, as fact files name them. */
export const FACT_KINDS: readonly MentionKind[] = ['count', 'percent', 'money', 'ordinal', 'year', 'date', 'duration', 'time'];

/** A figure or date a source states (or plainly implies), with where it stands. */
export interface Fact {
  /** Stable id: source slug and subject ("karabakh-2023/former-armenian-residents"). */
  id: string;
  kind: MentionKind;
  /** The value as the source writes it ("120,000", "a day later"). */
  text: string;
  value: FactValue;
  /** What the figure counts or the date marks ("former Armenian residents"). */
  subject: string;
  /** The source sentence that states it. */
  quote: string;
  /** Where `text` starts in `quote` (UTF-16 code units). */
  quoteOffset: number;
  source: FactSource;
  /** For a fact the text implies rather than states: how it follows ("a day after 19 September"). */
  derived?: string;
  /** Other words a writer uses for the subject ("refugees"): matched like the words that frame the figure. */
  aliases?: string[];
  /** The writer's remark on a fact they state or correct by hand. */
  note?: string;
  /** For a fact listed in a fact file: where its entry's id stands there (absent for facts read from an article). */
  declaredAt?: FactLocation;
}

/** A place in a file: a path as loaded (absolute once a loader resolved it) and an LSP range. */
export interface FactLocation {
  file: string;
  range: Range;
}

export interface FactValue {
  number?: { values: number[]; precision: number; currency?: string; unit?: string; vague?: [number, number]; difference?: true; range?: [number, number] };
  qualifier?: QualifierKind;
  /** Date parts; `implied` holds parts the source leaves to its context (the article's year). */
  /** `through`: the last day of a range within the month ("6-7 February"), `day` its first. */
  date?: DateParts & { implied?: DateParts; through?: number };
  /** `relation`: how the duration stands to another time ("two days later", "four years ago"); none for a length ("for four hours"). */
  duration?: { amount: number; unit: DurationUnit; relation?: DurationValue['relation']; difference?: true };
}

export interface DateParts {
  year?: number;
  month?: number;
  day?: number;
  weekday?: number;
}

/**
 * Where a fact stands. For a source outside the workspace (`url`), `file` and `range` are the fact's
 * entry in its fact file, so that going to a fact's source always opens something.
 */
export interface FactSource {
  /** The source file, relative to the fact file that lists the fact (or as given to the CLI); absolute once loaded. */
  file: string;
  /** A source that is not in the workspace (a web page), as a hand-written fact names it. */
  url?: string;
  title: string;
  /** 1-based paragraph number; 0 for a heading or when unknown. */
  paragraph: number;
  range: Range;
}

/** What tells the source sentence a fact is quoted from: the facts of one sentence share it. */
export function sentenceKey(fact: Pick<Fact, 'quote' | 'source'>): string {
  return `${fact.source.file}\u0000${fact.source.paragraph}\u0000${fact.quote}`;
}

/** Where a fact's figure stands in its quote, as a span of it. */
export function quotedSpan(fact: Pick<Fact, 'quoteOffset' | 'text'>): { start: number; end: number } {
  return { start: fact.quoteOffset, end: fact.quoteOffset + fact.text.length };
}

/** For a count that is a person's age told after their name ("Tom Redgrave, 52, a former leader"), that name as written (see `ageOwner`). */
export function personOfAge(fact: Pick<Fact, 'kind' | 'quote' | 'quoteOffset' | 'text'>): string | undefined {
  if (fact.kind !== 'count') return undefined;
  const { start, end } = quotedSpan(fact);
  return ageOwner(fact.quote, start, end);
}

/** The facts of `facts` (a source's) stated, not derived, in the source sentence `fact` is quoted from, `fact` among them. */
export function statedInSentenceOf(fact: Fact, facts: readonly Fact[]): Fact[] {
  const key = sentenceKey(fact);
  // The quote first: a key is a string made per fact.
  return facts.filter((f) => !f.derived && f.quote === fact.quote && sentenceKey(f) === key);
}

/** All parts of a fact's date, stated or implied. */
export function fullDate(date: NonNullable<FactValue['date']>): DateParts {
  // As `{ ...date.implied, ...(date's parts that are not undefined) }` would, without the second object: asked for every date fact.
  // The implied parts are copied key by key, not spread: with parts added to a spread copy (whose
  // shape is its own, changed by each part added) a call took 1.3 µs, copied key by key 0.1-0.2 µs.
  // `implied` is a plain object (made by Factline or by JSON.parse): for-in gives its own keys, in order.
  const out: DateParts = {};
  const implied = date.implied;
  if (implied) for (const part in implied) out[part as keyof DateParts] = implied[part as keyof DateParts];
  if (date.year !== undefined) out.year = date.year;
  if (date.month !== undefined) out.month = date.month;
  if (date.day !== undefined) out.day = date.day;
  if (date.weekday !== undefined) out.weekday = date.weekday;
  return out;
}
