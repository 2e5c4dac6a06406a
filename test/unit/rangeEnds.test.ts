import * as assert from 'assert';
import { rangeEnd } from '../../server/src/core/extract/range';
import { mentionsOf, mismatches, sourceFrom } from '../helpers/core';

/** Which end of a range each figure of `text` is. */
const endsIn = (text: string) => {
  const mentions = mentionsOf(text);
  return mentions.map((m, i) => [m.text, rangeEnd(text, mentions, i)]);
};

describe('rangeEnds', () => {
  it('reads the two ends of a range of dates after "from" or "between", and of amounts after "between" alone', () => {
    assert.deepStrictEqual(endsIn('The stoppage runs from Tuesday 8 April to Friday 11 April.'), [
      ['Tuesday 8 April', 0],
      ['Friday 11 April', 1],
    ]);
    assert.deepStrictEqual(endsIn('The panel proposed between €11.40 and €11.65 an hour.'), [
      ['€11.40', 0],
      ['€11.65', 1],
    ]);
    // "From €7.50 to €9" tells a change, and two dates joined otherwise are no range.
    assert.deepStrictEqual(endsIn('The fee rose from €7.50 to €9 a jab.'), [
      ['€7.50', undefined],
      ['€9', undefined],
    ]);
    assert.deepStrictEqual(endsIn('It opened on 8 April and closed on 11 April.'), [
      ['8 April', undefined],
      ['11 April', undefined],
    ]);
  });

  it('holds an end of a range to its source range\'s same end, where the other end restates the source\'s', () => {
    const stoppage = [sourceFrom('---\ndate: 2025-03-28\n---\nThe drivers\' union has called a second stoppage from Tuesday 8 April to Friday 11 April, on the eve of the spring fair, which opens on 12 April.\n')];
    // The fair's 12 April is no end of the stoppage.
    assert.deepStrictEqual(mismatches('A second stoppage is planned from Tuesday 8 April to 12 April, just before the fair.', stoppage), [['12 April', '11 April']]);
    assert.deepStrictEqual(mismatches('A second stoppage is planned from Tuesday 8 April to 11 April, just before the fair.', stoppage), []);
    const wage = [sourceFrom('---\ndate: 2025-03-28\n---\nThe pay panel, chaired by Mara Holt, had proposed a rate of between €11.45 and €11.65 an hour after a long consultation.\n')];
    assert.deepStrictEqual(mismatches('The pay panel had suggested between €11.40 and €11.65 an hour.', wage), [['€11.40', '€11.45']]);
    assert.deepStrictEqual(mismatches('The pay panel had suggested between €11.45 and €11.65 an hour.', wage), []);
  });
});
