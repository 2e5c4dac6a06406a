import { MONTHS, WEEKDAYS } from '../calendar';
import type { DatePart, DateValue } from '../extract/mention';
import type { DateParts } from '../facts/fact';
import { ordinalSuffix } from './formatNumber';

type PartName = 'year' | 'month' | 'day' | 'weekday';

/**
 * Rewrites a date as written in the draft (`text`, starting at `start`) so that each part it states
 * takes the fact's value, in the draft's own form: "Feb. 1" → "Jan. 1", "2023-09-21" → "2023-09-20",
 * "31 January 2024" → "1 January 2024". Parts the draft leaves out stay out.
 */
export function formatDate(text: string, start: number, date: DateValue, target: DateParts): string {
  const parts = partsFor(date, target);
  const edits = (['year', 'month', 'day', 'weekday'] as PartName[])
    .map((name) => ({ name, part: parts[name] }))
    .filter((e): e is { name: PartName; part: DatePart } => !!e.part && target[e.name] !== undefined && target[e.name] !== e.part.value)
    .sort((a, b) => b.part.start - a.part.start);
  let out = text;
  // A numeric date written with two-digit days and months ("2025-06-16", "16/06/2025") keeps them
  // two digits whatever the new day: "2025-06-09", not "2025-06-9".
  const twoDigits = TWO_DIGIT_DATE.test(text);
  for (const { name, part } of edits) {
    const written = writePart(name, part.text, target[name]!);
    const replacement = twoDigits && (name === 'day' || name === 'month') ? written.padStart(2, '0') : written;
    out = out.slice(0, part.start - start) + replacement + out.slice(part.end - start);
  }
  return out;
}

const TWO_DIGIT_DATE = /(?:^|\D)(?:\d{4}-\d\d-\d\d|\d\d[\/.]\d\d[\/.]\d{2,4})(?!\d)/;

/** For a numeric date that reads either way (01/02/2024), the reading closer to the fact. */
function partsFor(date: DateValue, target: DateParts): Pick<DateValue, PartName> {
  if (!date.swapped || !date.day || !date.month) return date;
  const swapped = { ...date, day: { ...date.month, value: date.swapped.day }, month: { ...date.day, value: date.swapped.month } };
  const misses = (d: Pick<DateValue, PartName>) => (['month', 'day'] as const).filter((k) => d[k] && target[k] !== undefined && d[k]!.value !== target[k]).length;
  return misses(swapped) < misses(date) ? swapped : date;
}

function writePart(name: PartName, written: string, value: number): string {
  switch (name) {
    case 'year':
      return /^['’]/.test(written) ? written[0] + String(value % 100).padStart(2, '0') : String(value);
    case 'day': {
      const digits = /^\d+/.exec(written)![0];
      const suffix = written.slice(digits.length);
      return padLike(value, digits) + (suffix ? ordinalSuffix(value, suffix) : '');
    }
    case 'month':
      return /^\d/.test(written) ? padLike(value, written) : writeName(MONTHS[value - 1], written);
    case 'weekday':
      return writeName(WEEKDAYS[value], written);
  }
}

/** "09" stays two digits, "9" one: zero-padded only where the draft padded. */
function padLike(value: number, written: string): string {
  return written.startsWith('0') ? String(value).padStart(written.length, '0') : String(value);
}

/**
 * A month or weekday name in the form the draft used: full, "Jan", "Jan.", "Sept.", "JAN". A month
 * abbreviated with a period is written as news style (AP) writes it, unless the draft abbreviates a
 * month that style spells out: "Feb. 3" is fixed to "March 3", "Aug. 29" to "Sept. 29", but "Mar.
 * 3" to "Apr. 3".
 */
function writeName(full: string, written: string): string {
  const dot = written.endsWith('.') ? '.' : '';
  const bare = written.replace(/\.$/, '');
  const isFull = [...MONTHS, ...WEEKDAYS].some((n) => n.toLowerCase() === bare.toLowerCase());
  const newsStyle = dot && MONTHS.includes(full) && !SPELLED_OUT.some((month) => month.startsWith(titleCase(bare)));
  if (!isFull && newsStyle && SPELLED_OUT.includes(full)) return matchCapitals(full, bare);
  let name = isFull ? full : full === 'September' && (bare.length === 4 || newsStyle) ? 'Sept' : full.slice(0, 3);
  name = matchCapitals(name, bare);
  return name + (isFull ? '' : dot);
}

/** The months news style never abbreviates: their names are short already. */
const SPELLED_OUT = ['March', 'April', 'May', 'June', 'July'];

function titleCase(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1).toLowerCase();
}

/** `name` in capitals where the draft wrote its name in capitals ("JAN"). */
function matchCapitals(name: string, written: string): string {
  return written.length > 1 && written === written.toUpperCase() ? name.toUpperCase() : name;
}
