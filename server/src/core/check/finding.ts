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
  /** For a mismatch: the code, the replacement for the claim's span, and what the source says. */
  code?: FindingCode;
  fix?: string;
  /** The source's value as the message shows it ("120,000"; "20 September, a day after 19 September"). */
  sourceSays?: string;
}
