import type { Mention } from '../extract/mention';
import { ratePeriodAfter, type WrittenPeriod } from '../extract/ratePeriod';
import type { Fact } from '../facts/fact';

/**
 * The source's period for a rate claim whose amount rightly restates a fact that is a rate over
 * another: "€11.5m an hour" for "€11.5 million a day", "€480 a month" for "€480 a year". The amount
 * agreeing, the period is what the writer got wrong. Undefined where the source writes no period
 * right after the fact, or the same one.
 */
export function slippedPeriod(claim: Mention, fact: Fact): WrittenPeriod | undefined {
  const own = claim.ratePeriod;
  const theirs = own && ratePeriodAfter(fact.quote, fact.quoteOffset + fact.text.length);
  return theirs && theirs.period !== own!.period ? theirs : undefined;
}
