import type { CalendarDate } from '../calendar';
import type { MentionKind } from '../extract/mention';
import { mentionsIn } from '../extract/readDocument';
import { tokenizeWords } from '../text/words';
import { factValueOf, impliedParts } from './buildFacts';
import type { Fact } from './fact';

export type ParsedFactValue = Pick<Fact, 'kind' | 'text' | 'value'> | { error: string };

// A bare number may be a count, a year or a rank: the writer's "kind" says which.
const NUMBER_KINDS: ReadonlySet<MentionKind> = new Set(['count', 'year', 'ordinal']);

/**
 * A value as a writer types it in a fact file ("120,000", "nearly 3,000", "£48.2 million",
 * "1 January 2024", "a day"), read by the extractor that reads the sources, so that a hand-written
 * fact compares with claims exactly as an extracted one does. `reference` (the source's date)
 * gives a date written without its year one, as an article's date does for its own dates.
 */
export function parseFactValue(written: string, kind?: MentionKind, reference?: CalendarDate): ParsedFactValue {
  const words = tokenizeWords(written, 0, written.length);
  const mentions = mentionsIn(written, { start: 0, end: written.length }, words, reference);
  if (!mentions.length) return { error: `"${written}" holds no figure or date that Factline reads` };
  if (mentions.length > 1) return { error: `"${written}" holds ${mentions.length} figures (${mentions.map((m) => `"${m.text}"`).join(', ')}); a fact has one` };
  const mention = mentions[0];
  if (kind && kind !== mention.kind && !(mention.number && NUMBER_KINDS.has(kind) && NUMBER_KINDS.has(mention.kind))) {
    return { error: `"${written}" reads as a ${mention.kind}, not a ${kind}` };
  }
  const value = factValueOf(mention);
  if (value.date && reference) value.date.implied = impliedParts(value.date, reference, undefined);
  return { kind: kind ?? mention.kind, text: mention.text, value };
}
