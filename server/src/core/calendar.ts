/** A day in the proleptic Gregorian calendar, with no time zone: dates in articles are civil dates. */
export interface CalendarDate {
  year: number;
  month: number; // 1-12
  day: number; // 1-31
}

/** A date as ISO 8601 writes it, to the parts it has: "2011", "2013-05", "2025-04-10". */
export function isoDate(d: { year: number; month?: number; day?: number }): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return d.month === undefined ? String(d.year) : d.day === undefined ? `${d.year}-${pad(d.month)}` : `${d.year}-${pad(d.month)}-${pad(d.day)}`;
}

export const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
export const MONTHS = [
  'January', 'February', 'March', 'April', 'May', 'June',
  'July', 'August', 'September', 'October', 'November', 'December',
];

const DAY_MS = 86_400_000;

export function toDayNumber(d: CalendarDate): number {
  return Math.floor(Date.UTC(d.year, d.month - 1, d.day) / DAY_MS);
}

export function fromDayNumber(n: number): CalendarDate {
  const date = new Date(n * DAY_MS);
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
}

export function addDays(d: CalendarDate, days: number): CalendarDate {
  return fromDayNumber(toDayNumber(d) + days);
}

export function addMonths(d: CalendarDate, months: number): CalendarDate {
  const total = d.year * 12 + (d.month - 1) + months;
  const year = Math.floor(total / 12);
  const month = total - year * 12 + 1;
  return dayIn(year, month, d.day);
}

/** `d` moved by `amount` days, weeks, months or years (back for a negative amount); undefined for a unit no calendar day counts. */
export function addDuration(d: CalendarDate, amount: number, unit: string): CalendarDate | undefined {
  switch (unit) {
    case 'day':
      return addDays(d, amount);
    case 'week':
      return addDays(d, amount * 7);
    case 'month':
      return addMonths(d, amount);
    case 'year':
      return addMonths(d, amount * 12);
    default:
      return undefined;
  }
}

/** A day of a month in a year, the month's last when it has fewer days ("29 February" in 2025). */
function dayIn(year: number, month: number, day: number): CalendarDate {
  return { year, month, day: Math.min(day, daysInMonth(year, month)) };
}

/** 0 = Sunday … 6 = Saturday. */
export function weekdayOf(d: CalendarDate): number {
  return (((toDayNumber(d) + 4) % 7) + 7) % 7; // 1970-01-01 was a Thursday
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

export function isValidDate(d: CalendarDate): boolean {
  return d.month >= 1 && d.month <= 12 && d.day >= 1 && d.day <= daysInMonth(d.year, d.month);
}

/**
 * The date of a weekday named in an article dated `reference`: the same day if it is that weekday,
 * otherwise the nearest one before it, or after it when the sentence speaks of the future.
 */
export function resolveWeekday(weekday: number, reference: CalendarDate, future: boolean): CalendarDate {
  const diff = weekday - weekdayOf(reference);
  if (diff === 0) return reference;
  return addDays(reference, future ? (diff + 7) % 7 : -((-diff + 7) % 7));
}

/** The latest year in which a day-and-month is not after the reference date ("the trial opened on 3 March"). */
export function pastYear(month: number, day: number, reference: CalendarDate): number {
  return toDayNumber(dayIn(reference.year, month, day)) <= toDayNumber(reference) ? reference.year : reference.year - 1;
}

/** The year of the first day-and-month on or after the reference date ("will take effect on 1 July"). */
export function comingYear(month: number, day: number, reference: CalendarDate): number {
  return toDayNumber(dayIn(reference.year, month, day)) >= toDayNumber(reference) ? reference.year : reference.year + 1;
}

/** The year that puts a day-and-month closest to the reference date (an undated "19 September"). */
export function nearestYear(month: number, day: number, reference: CalendarDate): number {
  let best = reference.year;
  let bestDistance = Infinity;
  for (const year of [reference.year - 1, reference.year, reference.year + 1]) {
    const distance = Math.abs(toDayNumber(dayIn(year, month, day)) - toDayNumber(reference));
    if (distance < bestDistance) {
      best = year;
      bestDistance = distance;
    }
  }
  return best;
}
