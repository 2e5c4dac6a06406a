import { openingTime } from '../extract/clockTime';
import type { Mention } from '../extract/mention';
import type { Fact } from '../facts/fact';

/**
 * The source's time of day for a date claim that opens with another and rightly restates a date
 * fact that opens with its own: "6.24am on Tuesday 11 March" for "6:42 a.m. on Tuesday, 11 March".
 * A date read whole took its time along unchecked. Not where the source gives the claim's time
 * anywhere (`facts`): the claim may tell that moment. Undefined unless the fact's time has one reading.
 */
export function slippedTime(claim: Mention, fact: Fact, facts: readonly Fact[]): { written: string; minutes: number } | undefined {
  const own = openingTime(claim.text);
  const theirs = own && openingTime(fact.text);
  if (!own || !theirs || theirs.minutes.length !== 1 || own.minutes.includes(theirs.minutes[0])) return undefined;
  const told = (f: Fact) => (f.kind === 'time' ? f.value.number?.values : f.kind === 'date' ? openingTime(f.text)?.minutes : undefined);
  if (facts.some((f) => told(f)?.some((m) => own.minutes.includes(m)))) return undefined;
  return { written: own.written, minutes: theirs.minutes[0] };
}
