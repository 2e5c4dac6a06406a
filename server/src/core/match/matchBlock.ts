import { isCheckable, type Mention } from '../extract/mention';
import type { Context } from './context';
import type { FactIndex } from './factIndex';
import { withChangedTo } from './changedBases';
import { type ClaimMatch, matchClaim } from './matchClaim';
import { pairedFigures } from './pairedFigures';
import { heldToRangeEnds } from './rangeEnds';
import { heldToFigureYears } from './figureYears';
import { repeatedFacts } from './repeatedFacts';
import { swappedFigures } from './swappedFigures';
import { verifiedBeside } from './verifiedBeside';
import { yearsBesideDates } from './yearsBesideDates';

/**
 * The matches of one block's claims in their `contexts` (none for a claim not checked; see
 * `matchClaim`), each fact restated by several left to those it belongs to (see `repeatedFacts`),
 * figures swapped taken for each other's (see `swappedFigures`), each end of a tally held to its
 * source's same end (see `pairedFigures`), each end of a range held to its source range's same end
 * (see `heldToRangeEnds`), each year held to the time its source gives the figures it dates (see
 * `heldToFigureYears`), each year left to another time than a date its sentence restates (see
 * `yearsBesideDates`), and each unverified level a change is from told the level reached (see
 * `withChangedTo`).
 */
export function matchBlock(claims: readonly Mention[], contexts: readonly Context[], index: FactIndex, sources?: ReadonlySet<number>): Array<ClaimMatch | undefined> {
  const matches = claims.map((claim, i) => (isCheckable(claim) ? matchClaim(claim, contexts[i], index, sources) : undefined));
  const held = heldToRangeEnds(claims, contexts, pairedFigures(claims, contexts, swappedFigures(claims, contexts, repeatedFacts(claims, contexts, matches, index), index), index), index);
  return verifiedBeside(claims, contexts, withChangedTo(claims, contexts, yearsBesideDates(claims, contexts, heldToFigureYears(claims, contexts, held, index))));
}
