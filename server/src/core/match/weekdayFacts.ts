import type { Mention } from '../extract/mention';
import { type Fact, fullDate } from '../facts/fact';
import { timeBeforeWeekday } from '../extract/clockTime';

/**
 * The fact that gives the time of day written with a weekday claim ("freed at 11.40am on
 * Thursday") a weekday of its own, when every fact of `facts` giving that time gives one other
 * weekday ("11:40 a.m. on Wednesday"): a time to the minute told again is the same moment, whatever
 * the words around it, so the weekday is the slip. Only a weekday without a day of the month, which
 * the calendar and the other rules hold.
 */
export function weekdayOfTime(claim: Mention, facts: readonly Fact[]): Fact | undefined {
  const weekday = claim.date?.weekday?.value;
  if (claim.kind !== 'date' || weekday === undefined || claim.date!.day !== undefined) return undefined;
  const time = timeBeforeWeekday(claim.text);
  if (time === undefined) return undefined;
  let found: Fact | undefined;
  for (const fact of facts) {
    if (fact.kind !== 'date' || !fact.value.date || timeBeforeWeekday(fact.text) !== time) continue;
    const stated = fullDate(fact.value.date).weekday;
    if (stated === undefined || stated === weekday || (found && fullDate(found.value.date!).weekday !== stated)) return undefined;
    found = fact;
  }
  return found;
}

/**
 * The weekday fact of the source sentence that a weekday claim verified only by a date of that
 * sentence it does not write ("on Wednesday" beside the dateline "26 March 2025", a Wednesday)
 * restates, when that sentence writes one weekday alone and it is another: "HALVERING, 26 March 2025 —
 * the council voted nine to four late on Tuesday" tells of Tuesday, whatever day it is written on.
 */
export function weekdayOfSentence(claim: Mention, verifiedBy: Fact, facts: readonly Fact[]): Fact | undefined {
  const weekday = claim.date?.weekday?.value;
  if (claim.kind !== 'date' || weekday === undefined || claim.date!.day !== undefined || claim.date!.month !== undefined || verifiedBy.value.date?.weekday !== undefined) return undefined;
  let found: Fact | undefined;
  for (const fact of facts) {
    // A weekday alone, as the claim is: "Saturday, 5 April" is a date of its own.
    const stated = fact.value.date?.weekday;
    if (stated === undefined || fact.value.date!.day !== undefined || fact.quote !== verifiedBy.quote || fact.derived) continue;
    if (stated === weekday || found) return undefined;
    found = fact;
  }
  return found;
}
