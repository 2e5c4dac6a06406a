import * as assert from 'assert';
import { readDocument } from '../../server/src/core/extract/readDocument';
import type { SourceFacts } from '../../server/src/core/facts/buildFacts';
import { FactIndex } from '../../server/src/core/match/factIndex';
import type { ClaimMatch } from '../../server/src/core/match/matchClaim';
import { matchScaleSlips } from '../../server/src/core/match/scaleSlips';
import { mismatches, sourceFrom } from '../helpers/core';

/**
 * `matchScaleSlips` alone over one block: the figures of `verified` rightly restate the source's
 * figures written alike, the others are unverified. Its slips, as [claim, fact].
 */
function slipsOf(draft: string, source: SourceFacts, verified: ReadonlyArray<string | [claim: string, fact: string]>): Array<[string, string]> {
  const claims = readDocument(draft, 'markdown').mentions;
  const pairs = verified.map((v) => (typeof v === 'string' ? [v, v] : v));
  const matches: ClaimMatch[] = claims.map((claim) => {
    const pair = pairs.find(([text]) => text === claim.text);
    const fact = pair && source.facts.find((f) => f.text === pair[1]);
    return fact ? { verdict: 'verified', fact, score: 1, source: 0 } : { verdict: 'unverified', score: 0 };
  });
  const out = matchScaleSlips(claims, matches, new FactIndex([source]));
  return claims.flatMap((claim, i) => (out[i]?.verdict === 'mismatch' ? [[claim.text, out[i]!.fact!.text] as [string, string]] : []));
}

const PAYOUT = sourceFrom(
  [
    '# Outage',
    '',
    'Shops lost between €40 million and €55 million in sales on Tuesday, the retail federation estimated.',
    '',
    'Every affected customer will receive €12 in credit on their April bill, a payout the company put at €38.4 million. Business customers will receive €45 per line.',
    '',
    'The regulator said it would fine the operator up to €4.2 million and publish its report in 14 weeks.',
  ].join('\n'),
);

describe('matchScaleSlips', () => {
  it('takes a figure no words frame for a figure of the paragraph its sentence restates, written a power of ten off', () => {
    // Its sentence restates the paragraph by a figure the source writes once ("€12").
    assert.deepStrictEqual(mismatches('Shops lost between €40 million and €55 million. The answer is €12 a head, a €3.84 million gesture.', [PAYOUT]), [['€3.84 million', '€38.4 million']]);
    // Or the sentence before does, by figures its words frame.
    assert.deepStrictEqual(mismatches('Every affected customer will receive €12 in credit on their April bill. It comes to €384 million.', [PAYOUT]), [['€384 million', '€38.4 million']]);
  });

  it('takes a figure of three digits or more a scale word off for the one figure so written anywhere in the source its sentence restates', () => {
    const toll = sourceFrom('# Toll road\n\nShops lost between €40 million and €55 million in sales on Tuesday.\n\nThe new section was built at a cost of €1.14 billion and opens on Friday.\n');
    assert.deepStrictEqual(slipsOf('Shops lost €40 million. Fourteen bridges for €1.14m is not nothing.', toll, ['€40 million']), [['€1.14m', '€1.14 billion']]);
    // Two digits, or a point moved rather than a scale word: only in a paragraph the sentence restates.
    const two = sourceFrom('# Toll road\n\nShops lost between €40 million and €55 million in sales on Tuesday.\n\nThe new section was built at a cost of €1.1 billion and opens on Friday.\n');
    assert.deepStrictEqual(slipsOf('Shops lost €40 million. Fourteen bridges for €1.1m is not nothing.', two, ['€40 million']), []);
    assert.deepStrictEqual(slipsOf('Shops lost €40 million. Fourteen bridges for €114 million is not nothing.', toll, ['€40 million']), []);
    // Two figures so written in the source; or nothing anchors the sentence.
    const twice = sourceFrom('# Toll road\n\nShops lost between €40 million and €55 million in sales on Tuesday.\n\nThe new section was built at a cost of €1.14 billion.\n\nThe old one cost €1.14 billion too.\n');
    assert.deepStrictEqual(slipsOf('Shops lost €40 million. Fourteen bridges for €1.14m is not nothing.', twice, ['€40 million']), []);
    assert.deepStrictEqual(slipsOf('Fourteen bridges for €1.14m is not nothing.', toll, []), []);
  });

  it('takes a measure of three digits or more for the one fact of its unit in the source whose neighbouring digits it swaps at its size', () => {
    const transfer = sourceFrom('# Transfer\n\nThe club paid £48 million for Ferreira on Friday.\n\n"He is 1.86 metres of pure speed," the coach said, after 4 years of scouting.\n');
    assert.deepStrictEqual(slipsOf('The club paid £48 million for Ferreira. He stands 1.68 metres tall.', transfer, ['£48 million']), [['1.68 metres', '1.86 metres']]);
    // At another size, no slip.
    assert.deepStrictEqual(slipsOf('The club paid £48 million for Ferreira. He stands 18.6 metres tall.', transfer, ['£48 million']), []);
    // Another fact of the unit that the figure swaps nothing of leaves the slip; the source stating the figure leaves none.
    const two = sourceFrom('# Transfer\n\nThe club paid £48 million for Ferreira on Friday.\n\n"He is 1.86 metres of pure speed," the coach said; his brother is 1.82 metres.\n');
    assert.deepStrictEqual(slipsOf('The club paid £48 million for Ferreira. He stands 1.68 metres tall.', two, ['£48 million']), [['1.68 metres', '1.86 metres']]);
    const swappedTwice = sourceFrom('# Transfer\n\nThe club paid £48 million for Ferreira on Friday.\n\n"He is 1.86 metres of pure speed," the coach said; his brother is 1.68 metres.\n');
    assert.deepStrictEqual(slipsOf('The club paid £48 million for Ferreira. He stands 1.68 metres tall.', swappedTwice, ['£48 million']), []);
    // Two digits say too little.
    const short = sourceFrom('# Transfer\n\nThe club paid £48 million for Ferreira on Friday.\n\nThe pitch is 68 metres wide.\n');
    assert.deepStrictEqual(slipsOf('The club paid £48 million for Ferreira. The pitch is 86 metres wide.', short, ['£48 million']), []);
  });

  it('takes none where the slip could be of another figure, the source states the figure, one digit is all, or nothing anchors the sentence', () => {
    // "€4.2 million" of another paragraph is no figure of the one restated; "€420,000" nowhere near.
    assert.deepStrictEqual(mismatches('Every affected customer will receive €12 in credit on their April bill, worth €420,000 in all.', [PAYOUT]), []);
    // Two figures of the paragraph written with the claim's digits.
    const twice = sourceFrom('# Outage\n\nEvery customer will receive €12 in credit, a payout put at €38.4 million, and the state €3.84 billion in all.\n');
    assert.deepStrictEqual(mismatches('Every customer will receive €12 in credit. It will cost €384 million.', [twice]), []);
    // The source states the claim's own figure elsewhere (a bound it lies within, "up to €4.2 million", states none).
    assert.deepStrictEqual(mismatches('Every affected customer will receive €12 in credit. It will cost €3.84 million.', [PAYOUT]), [['€3.84 million', '€38.4 million']]);
    const stated = sourceFrom('# Outage\n\nEvery customer will receive €12 in credit, a payout put at €38.4 million.\n\nRepairs cost €3.84 million.\n');
    assert.deepStrictEqual(mismatches('Every customer will receive €12 in credit. It will cost €3.84 million.', [stated]), []);
    // A figure the block gives itself, or one several powers of ten off.
    assert.deepStrictEqual(mismatches('Every affected customer will receive €12 in credit: €38.4 million, or €3.84 million a month.', [PAYOUT]), []);
    assert.deepStrictEqual(mismatches('Shops lost between €40 million and €55 million. The answer is €12 a head, a €3,840 gesture.', [PAYOUT]), []);
    // A figure the source writes in words, and an anchor of one digit (the rule alone: words frame these in so small a source).
    const words = sourceFrom('# Outage\n\nEvery customer will receive €12 in credit, and nine staff were suspended.\n');
    assert.deepStrictEqual(slipsOf('Every customer got €12. About 90 staff went.', words, []), []);
    assert.deepStrictEqual(slipsOf('Every customer got €12. About 90 staff went.', sourceFrom('# Outage\n\nEvery customer will receive €12 in credit, and 9 staff were suspended.\n'), []), [['90', '9']]);
    const one = sourceFrom('# Outage\n\nShops lost between €40 million and €55 million.\n\nEveryone within 3 km left, and 420 homes within 12 km stay closed.\n');
    assert.deepStrictEqual(slipsOf('Shops lost €40 million. Everyone within 3 km left; homes within 1.2 km stay shut.', one, ['€40 million']), []);
    assert.deepStrictEqual(slipsOf('Shops lost €40 million. Everyone within 3 km left, 420 homes; homes within 1.2 km stay shut.', one, ['€40 million']), [['1.2 km', '12 km']]);
    // Figures rightly restated anchor only as written: one of one digit, or rounded, may be another article's.
    assert.deepStrictEqual(slipsOf('Everyone within 3 km left; homes within 1.2 km stay shut.', one, ['3 km']), []);
    const evacuated = sourceFrom('# Derailment\n\nEveryone within 3 km left, 4,380 people, and 420 homes within 12 km stay closed.\n');
    assert.deepStrictEqual(slipsOf('About 4,300 people left; homes within 1.2 km stay shut.', evacuated, [['4,300', '4,380']]), []);
    assert.deepStrictEqual(slipsOf('Some 4,380 people left; homes within 1.2 km stay shut.', evacuated, ['4,380']), [['1.2 km', '12 km']]);
    // One significant digit: "€5 million" for €50 million is as likely another figure.
    const round = sourceFrom('# Outage\n\nEvery customer will receive €12 in credit, a payout put at €50 million.\n');
    assert.deepStrictEqual(mismatches('Every customer will receive €12 in credit. It will cost €5 million.', [round]), []);
    // No figure of the sentence or the one before restates the paragraph.
    assert.deepStrictEqual(mismatches('The company was fined. The answer is a €3.84 million gesture.', [PAYOUT]), []);
  });
});
