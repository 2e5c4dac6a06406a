import type { DurationUnit, MentionKind, QualifierKind } from '../extract/mention';
import type { Range } from '../text/lineIndex';

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
}

export interface FactValue {
  number?: { values: number[]; precision: number; currency?: string; vague?: [number, number] };
  qualifier?: QualifierKind;
  /** Date parts; `implied` holds parts the source leaves to its context (the article's year). */
  date?: DateParts & { implied?: DateParts };
  duration?: { amount: number; unit: DurationUnit };
}

export interface DateParts {
  year?: number;
  month?: number;
  day?: number;
  weekday?: number;
}

export interface FactSource {
  /** The source file, relative to the fact file that lists the fact (or as given to the CLI). */
  file: string;
  title: string;
  /** 1-based paragraph number; 0 for a heading. */
  paragraph: number;
  range: Range;
}

/** All parts of a fact's date, stated or implied. */
export function fullDate(date: NonNullable<FactValue['date']>): DateParts {
  return { ...date.implied, ...stripUndefined(date) };
}

function stripUndefined(parts: DateParts & { implied?: DateParts }): DateParts {
  const out: DateParts = {};
  for (const key of ['year', 'month', 'day', 'weekday'] as const) if (parts[key] !== undefined) out[key] = parts[key];
  return out;
}
