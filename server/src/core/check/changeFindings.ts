import type { Mention } from '../extract/mention';
import type { Fact } from '../facts/fact';
import { formatFix } from '../format/formatFix';
import { changeTo, differenceBeside } from '../match/changedBases';
import { compareValues } from '../match/compareValues';
import type { FactIndex } from '../match/factIndex';
import type { Finding } from './finding';
import { type PlacedRatio, sourcedRatios } from './ratioFindings';

/**
 * The differences told beside the level reached alone (see `findRatios`, relation `changeOf`) that
 * the change the source tells to that level contradicts: "£265,000, a rise of £47,000" beside the
 * source's "£265,000, up from £228,000" is £37,000, and "€212m, €34m more than in 2021" beside
 * "grown to €212 million this year from €168 million in 2021" is €44m more. `findings` run beside `mentions`; each
 * unverified claim so contradicted is given, by its index, with the difference the source's
 * change makes (derived when its facts were built, see `buildFacts`), or, where the source tells
 * no change, the difference from the one other figure of the level's measure in its sentence (see
 * `differenceBeside`).
 */
export function contradictedChanges(ratios: readonly PlacedRatio[] | undefined, mentions: readonly Mention[], findings: ReadonlyArray<Finding | undefined>, index: FactIndex): Array<[number, Fact]> {
  const out: Array<[number, Fact]> = [];
  for (const { ratio, amount } of changesToLevels(ratios, mentions, findings, index, 'unverified')) {
    if (compareValues(mentions[ratio.claim], amount) !== 'disagree') continue;
    const text = formatFix(mentions[ratio.claim], amount);
    if (text) out.push([ratio.claim, { ...amount, text }]);
  }
  return out;
}

/**
 * The differences told beside the level reached alone that words took for a slip of another figure
 * of the source, where the source's change to that level gives them (see `contradictedChanges`):
 * "£2.65 a meal, a rise of 24p" beside "£2.65 per meal, up from £2.41" is no "241p". By index, with
 * the difference the change makes.
 */
export function agreedChanges(ratios: readonly PlacedRatio[] | undefined, mentions: readonly Mention[], findings: ReadonlyArray<Finding | undefined>, index: FactIndex): Array<[number, Fact]> {
  const out: Array<[number, Fact]> = [];
  for (const { ratio, amount } of changesToLevels(ratios, mentions, findings, index, 'mismatch')) if (compareValues(mentions[ratio.claim], amount) === 'agree') out.push([ratio.claim, amount]);
  return out;
}

/** Each `changeOf` ratio whose claim is decided as `claimVerdict` and whose level a source verifies, with the difference that source's change to the level makes. */
function* changesToLevels(ratios: readonly PlacedRatio[] | undefined, mentions: readonly Mention[], findings: ReadonlyArray<Finding | undefined>, index: FactIndex, claimVerdict: Finding['verdict']): Generator<{ ratio: PlacedRatio; amount: Fact }> {
  for (const { ratio, fact: level, sourceFacts } of sourcedRatios(ratios, 'changeOf', findings, index, claimVerdict)) {
    const change = changeTo(level, sourceFacts) ?? differenceBeside(level, sourceFacts);
    if (!change) continue;
    // Held as an amount where the claim is read as one, the noun before it telling it a change
    // ("a rise of £47,000"); as a difference where it is one ("€34m more than in 2021").
    const { difference: _, ...number } = change.value.number!;
    yield { ratio, amount: mentions[ratio.claim].number?.difference ? change : { ...change, value: { number } } };
  }
}

