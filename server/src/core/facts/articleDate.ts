import type { CalendarDate } from '../calendar';
import { toDayNumber } from '../calendar';
import type { DocumentReading } from '../extract/readDocument';

/**
 * The date an article was written, which its "on Monday" and "19 September" count from: the front
 * matter's `date:`, else a dateline (a full date opening the first paragraph, "VELDA, 23 September
 * 2024 —"), else the latest full date the text states.
 */
export function articleDate(reading: DocumentReading): CalendarDate | undefined {
  if (reading.date) return reading.date;
  const full = reading.mentions
    .filter((m) => m.kind === 'date' && m.date?.year && m.date.month && m.date.day)
    .map((m) => ({ m, date: { year: m.date!.year!.value, month: m.date!.month!.value, day: m.date!.day!.value } }));
  if (!full.length) return undefined;
  const firstParagraph = reading.prose.blocks.findIndex((b) => b.kind === 'paragraph');
  const dateline = full.find(({ m }) => {
    const sentence = reading.sentences[m.sentence];
    return sentence.block === firstParagraph && m.start - reading.prose.blocks[firstParagraph].start < 60;
  });
  if (dateline) return dateline.date;
  return full.reduce((a, b) => (toDayNumber(b.date) > toDayNumber(a.date) ? b : a)).date;
}
