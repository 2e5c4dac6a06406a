import type { LocatedMention } from '../extract/readDocument';
import { statedInSentenceOf } from '../facts/fact';
import { compareValues } from './compareValues';
import type { FactIndex } from './factIndex';
import type { ClaimMatch } from './matchClaim';

/**
 * `matches` (of one block's `claims`, in order) with a date told right beside the time from an
 * earlier one ("capitulated on 21 September, two days later") held to the date its source derives
 * from the time the claim's interval is a slip of: "Just a day later, pro-Armenian fighters there
 * announced surrender", after 19 September, is the 20th. The writer counted the date from their
 * own interval, so the two are wrong together, and the date's words may frame nothing on their own.
 */
export function datesOfIntervals(claims: readonly LocatedMention[], matches: ReadonlyArray<ClaimMatch | undefined>, index: FactIndex): ReadonlyArray<ClaimMatch | undefined> {
  let out: Array<ClaimMatch | undefined> | undefined;
  for (let i = 0; i < claims.length; i++) {
    const claim = claims[i];
    if (claim.kind !== 'date' || !claim.date?.day || matches[i]?.verdict === 'mismatch') continue;
    for (const j of [i + 1, i - 1]) {
      const interval = claims[j];
      const match = matches[j];
      if (!interval?.duration?.relation || interval.duration.relation === 'ago' || interval.sentence !== claim.sentence) continue;
      const gap = j > i ? interval.start - claim.end : claim.start - interval.end;
      if (gap < 0 || gap > BESIDE || match?.verdict !== 'mismatch' || match.fact?.kind !== 'duration' || match.source === undefined) continue;
      // The date derived at the interval is its end only where the source sentence dates nothing
      // itself: "resigned on 14 March, three days after the collapse" derives the collapse's.
      const facts = index.factsOf(match.source);
      if (statedInSentenceOf(match.fact, facts).some((f) => f.kind === 'date')) continue;
      const { quote, quoteOffset } = match.fact;
      const dated = facts.find((f) => f.kind === 'date' && !!f.derived && f.quoteOffset === quoteOffset && f.quote === quote);
      if (dated && compareValues(claim, dated) === 'disagree') (out ??= matches.slice())[i] = { verdict: 'mismatch', fact: dated, score: match.score, source: match.source };
    }
  }
  return out ?? matches;
}

/** Most characters between a date and the time from another beside it: ", " and ", on ". */
const BESIDE = 5;
