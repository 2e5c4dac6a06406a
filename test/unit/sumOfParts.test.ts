import * as assert from 'assert';
import { checkDocument } from '../../server/src/core/check/checkDocument';
import { FactIndex } from '../../server/src/core/match/factIndex';
import { mentionsOf, mismatches, sourceFrom } from '../helpers/core';

describe('sums of parts', () => {
  const match = sourceFrom(
    '---\ndate: 2025-03-09\n---\nBrevania beat Ostmark 27-24 on Saturday. Ostmark outscored their hosts four tries to three, but Morrow kicked 12 points.\n\nThe result leaves Brevania on 15 points from four matches, one ahead of Ostmark, who collected two bonus points for scoring four tries.\n',
  );

  it('marks a figure told as the sum of several, and the next item of its list, but not a figure after another', () => {
    const totals = (text: string) => mentionsOf(text).filter((m) => m.total).map((m) => m.text);
    assert.deepStrictEqual(totals('Between them the sides scored 51 points and seven tries.'), ['51', 'seven']);
    assert.deepStrictEqual(totals('They scored 44 in all, and 12 more last year.'), ['44']);
    assert.deepStrictEqual(totals('A total of 412 flights were cancelled, affecting more than 40,000 passengers.'), ['412']);
    // A length too; and the cue of a relative clause is its own figure's, not the one before it (was "46").
    assert.deepStrictEqual(totals('Its 46 members, who between them gave just over 18,000 hours, were thanked.'), ['18,000 hours']);
    assert.deepStrictEqual(totals('The strike lasted three days in all.'), ['three days']);
  });

  it('takes a length, or a bound just short of a sum, for the sum of two figures side by side', () => {
    const team = [sourceFrom('The 46 members gave 11,860 hours to call-outs, plus a further 6,420 hours of training, a total of 18,280 hours.')];
    // Was "over 18,000 hours" -> 11,860 hours: the call-outs' words, and a bound told no sum.
    assert.deepStrictEqual(mismatches('Its 46 members between them gave just over 18,000 hours to call-outs and training.', team), []);
    assert.deepStrictEqual(mismatches('Its 46 members between them gave 16,280 hours to call-outs and training.', team), [['16,280 hours', '18,280 hours']]);
  });

  it('takes a sum of two figures side by side in a source sentence for verified, not for a slip of another figure', () => {
    // Were flagged: "51" as a slip of the 15 points, "seven" of the four tries.
    assert.deepStrictEqual(mismatches('Brevania won 27-24. Between them the sides scored 51 points and seven tries.', [match]), []);
    const draft = 'Brevania won 27-24. Between them the sides scored 51 points and seven tries.';
    const sums = checkDocument(draft, 'markdown', new FactIndex([match])).findings.filter((f) => f.claim.total);
    assert.deepStrictEqual(sums.map((f) => [f.claim.text, f.verdict, f.fact?.derived]), [
      ['51', 'verified', '27 and 24 together'],
      ['seven', 'verified', 'four and three together'],
    ]);
  });
});
