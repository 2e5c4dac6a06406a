import { changesIn } from '../extract/findRatios';
import type { Mention } from '../extract/mention';
import { type Fact, sentenceKey } from '../facts/fact';
import { formatFix } from '../format/formatFix';
import { compareValues } from '../match/compareValues';
import type { FactIndex } from '../match/factIndex';
import type { Finding } from './finding';
import type { PlacedRatio } from './ratioFindings';

/**
 * The differences told beside the level reached alone (see `findRatios`, relation `changeOf`) that
 * the level the source gives that level from contradicts: "£265,000, a rise of £47,000" beside the
 * source's "£265,000, up from £228,000" is £37,000. `findings` run beside `mentions`; each
 * unverified claim so contradicted is given, by its index, with a fact derived from the two levels.
 */
export function contradictedChanges(ratios: readonly PlacedRatio[] | undefined, mentions: readonly Mention[], findings: ReadonlyArray<Finding | undefined>, index: FactIndex): Array<[number, Fact]> {
  const out: Array<[number, Fact]> = [];
  for (const ratio of ratios ?? []) {
    if (ratio.relation !== 'changeOf') continue;
    const [claim, level] = [findings[ratio.claim], findings[ratio.other]];
    if (claim?.verdict !== 'unverified' || level?.verdict !== 'verified' || !level.fact || level.fact.derived || !level.fact.value.number) continue;
    const sourceFacts = index.get(level.fact.id)?.sourceFacts;
    const from = sourceFacts && levelFrom(level.fact, sourceFacts);
    if (!from) continue;
    const [reached, was] = [level.fact.value.number, from.value.number!];
    const value = { number: { values: [Math.abs(reached.values[0] - was.values[0])], precision: Math.min(reached.precision, was.precision), ...(reached.currency ? { currency: reached.currency } : {}), ...(reached.unit ? { unit: reached.unit } : {}) } };
    const difference: Fact = { ...level.fact, text: '', value, derived: `${level.fact.text} against ${from.text}` };
    if (compareValues(mentions[ratio.claim], difference) !== 'disagree') continue;
    const text = formatFix(mentions[ratio.claim], difference);
    if (text) out.push([ratio.claim, { ...difference, text }]);
  }
  return out;
}

/** The level the source sentence of `reached` tells it a change from: "£265,000, up from £228,000". */
function levelFrom(reached: Fact, sourceFacts: readonly Fact[]): Fact | undefined {
  const key = sentenceKey(reached);
  const sentence = sourceFacts.filter((f) => !f.derived && sentenceKey(f) === key).sort((a, b) => a.quoteOffset - b.quoteOffset);
  // The sentence's figures as mentions of its quote, for reading its changes as a draft's are read.
  const mentions: Mention[] = sentence.map((f) => ({ kind: f.kind, text: f.text, start: f.quoteOffset, end: f.quoteOffset + f.text.length, ...(f.value.number ? { number: f.value.number } : {}) }));
  const k = sentence.indexOf(reached);
  const change = changesIn(reached.quote, mentions, 0).find((c) => c.other === k);
  return change && sentence[change.base];
}
