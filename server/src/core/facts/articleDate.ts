import { type CalendarDate, isValidDate, nearestYear, toDayNumber, weekdayOf } from '../calendar';
import { isDatelineDate } from '../extract/timeAnchor';
import type { DocumentReading, LocatedMention } from '../extract/readDocument';
import { tenseAround } from '../extract/tense';

/**
 * The date an article was written, which its "on Monday" and "19 September" count from: the front
 * matter's `date:`, else a dateline (a full date opening the first paragraph, "VELDA, 23 September
 * 2024 —", or a byline's on its line, or a wire's "LONDON, Feb 11 (Reuters) -" whose year the text
 * tells), else the latest full date the text states.
 */
export function articleDate(reading: DocumentReading): CalendarDate | undefined {
  if (reading.date) return reading.date;
  const firstParagraph = reading.prose.blocks.findIndex((b) => b.kind === 'paragraph');
  const opening = (m: LocatedMention) => reading.sentences[m.sentence].block === firstParagraph && m.start - reading.prose.blocks[firstParagraph].start < 60;
  const full: Array<{ m: LocatedMention; date: CalendarDate }> = [];
  for (const m of reading.mentions) {
    const date = fullDateOf(m);
    if (date) full.push({ m, date });
  }
  // A byline's date further along its line is the article's too: "*By Fiona Gallacher, Evening
  // Courier. Published Monday 7 April 2025*".
  const inFirst = (m: LocatedMention) => reading.sentences[m.sentence].block === firstParagraph;
  const dateline = full.find(({ m }) => opening(m)) ?? full.find(({ m }) => inFirst(m) && isDatelineDate(reading.prose.prose, m, reading.sentences[m.sentence].words));
  if (dateline) return dateline.date;
  // A wire's dateline gives no year, and the latest full date the text states is most often a
  // past event's or a plan's: taken for the article's, it had put the lead's "on Tuesday" in 2012.
  const yearless = reading.mentions.find((m) => m.kind === 'date' && opening(m) && m.date?.month && m.date.day && !m.date.year && isDatelineDate(reading.prose.prose, m, reading.sentences[m.sentence].words));
  if (yearless) return datelineOfYear(reading, yearless);
  if (!full.length) return undefined;
  // Not a date told in the future ("next year's run, to be held on Sunday 29 March 2026"): a plan
  // comes after the telling.
  const told = full.filter(({ m }) => tenseAround(reading.prose.prose, reading.sentences[m.sentence], m) !== 'future');
  return (told.length ? told : full).reduce((a, b) => (toDayNumber(b.date) > toDayNumber(a.date) ? b : a)).date;
}

function fullDateOf(m: LocatedMention): CalendarDate | undefined {
  return m.kind === 'date' && m.date?.year && m.date.month && m.date.day ? { year: m.date.year.value, month: m.date.month.value, day: m.date.day.value } : undefined;
}

/**
 * A yearless dateline's date, near the latest year the text tells of outside the future. When the
 * text gives weekdays of undated days ("Monday, July 21"), the year they fall in, that year or the
 * one after first (a day of a month falls on the same weekday again five years later at the
 * soonest). Else that year or the one after, whichever the text's past dates are not after, or in
 * which the lead's weekday is the dateline's ("LONDON, Oct 14 (Reuters) - Ofwat on Tuesday
 * fined…"). Undefined when nothing tells them apart: a wrong year would turn every weekday of the
 * source against the calendar.
 */
function datelineOfYear(reading: DocumentReading, dateline: LocatedMention): CalendarDate | undefined {
  const text = reading.prose.prose;
  const month = dateline.date!.month!.value;
  const day = dateline.date!.day!.value;
  let latest: number | undefined;
  const pastDates: CalendarDate[] = [];
  const weekdayDates: Array<{ month: number; day: number; weekday: number }> = [];
  for (const m of reading.mentions) {
    const year = m.kind === 'year' ? m.number?.values[0] : m.date?.year?.value;
    const d = m.date;
    if (year === undefined) {
      if (m.kind === 'date' && d?.weekday && d.month && d.day) weekdayDates.push({ month: d.month.value, day: d.day.value, weekday: d.weekday.value });
      continue;
    }
    if (tenseAround(text, reading.sentences[m.sentence], m) === 'future') continue;
    latest = Math.max(latest ?? year, year);
    const date = fullDateOf(m);
    if (date) pastDates.push(date);
  }
  if (latest === undefined) return undefined;
  const at = (year: number): CalendarDate => ({ year, month, day });
  if (weekdayDates.length) {
    const fitting = [latest, latest + 1, latest - 1, latest + 2].find(
      (year) =>
        isValidDate(at(year)) &&
        weekdayDates.every((d) => {
          const date = { year: nearestYear(d.month, d.day, at(year)), month: d.month, day: d.day };
          return isValidDate(date) && weekdayOf(date) === d.weekday;
        }),
    );
    return fitting === undefined ? undefined : at(fitting);
  }
  let years = [latest, latest + 1].filter((year) => isValidDate(at(year)) && pastDates.every((d) => toDayNumber(d) <= toDayNumber(at(year))));
  if (years.length > 1) {
    const lead = reading.mentions.filter((m) => m.sentence === dateline.sentence && m.kind === 'date' && m.date?.weekday && !m.date.day).map((m) => m.date!.weekday!.value);
    years = years.filter((year) => lead.includes(weekdayOf(at(year))));
  }
  return years.length === 1 ? at(years[0]) : undefined;
}
