import type { Span } from '../extract/mention';
import type { LocatedMention } from '../extract/readDocument';
import type { Fact } from '../facts/fact';
import type { Verdict } from '../match/matchClaim';
import type { FindingCode } from './codes';

/** What the check says about one figure or date of a draft. */
export interface Finding {
  claim: LocatedMention;
  verdict: Verdict;
  /** The fact the claim restates or contradicts. */
  fact?: Fact;
  /** For a mismatch: the code, the span to replace (the claim, or only its wrong weekday) and the replacement. */
  code?: FindingCode;
  span?: Span;
  fix?: string;
  /** The source's value as the message shows it ("120,000"; "20 September, a day after 19 September"). */
  sourceSays?: string;
}
