import * as assert from 'assert';
import { weekdayOfTime } from '../../server/src/core/match/weekdayFacts';
import { mentionsOf, mismatches, sourceFrom } from '../helpers/core';

describe('a weekday told with a time of day', () => {
  const source = sourceFrom('---\ndate: 2025-10-03\n---\nThe last survivor, a nine-year-old girl, was freed at 11:40 a.m. on Wednesday, 31 hours after the slide. Rescuers stood down on Thursday.\n');

  it('takes the weekday for the slip where the source gives that time to the minute on one other weekday, in the claim\'s own words', () => {
    assert.deepStrictEqual(mismatches('The girl was pulled from the cellar at 11.40am on Thursday, 31 hours after the slide.', [source]), [['Thursday', 'Wednesday']]);
    assert.deepStrictEqual(mismatches('She was freed at 11:40 a.m. Tuesday, 31 hours after the slide, doctors said.', [source]), [['Tuesday', 'Wednesday']]);
  });

  it('leaves a weekday the source gives that time, another time, a time it gives on two weekdays, and a block that restates no source', () => {
    assert.deepStrictEqual(mismatches('The girl was pulled from the cellar at 11.40am on Wednesday, 31 hours after the slide.', [source]), []);
    assert.deepStrictEqual(mismatches('The girl was pulled from the cellar at 9.15am on Thursday, 31 hours after the slide.', [source]), []);
    assert.deepStrictEqual(mismatches('The girl was pulled from the cellar at 11.40am on Thursday.', [source]), []);
    const twice = sourceFrom('---\ndate: 2025-10-03\n---\nThe first alarm sounded at 11:40 a.m. on Monday and the second at 11:40 a.m. on Wednesday.\n');
    const [claim] = mentionsOf('It sounded at 11:40 a.m. on Thursday.');
    assert.strictEqual(weekdayOfTime(claim, twice.facts)?.text, undefined);
    assert.strictEqual(weekdayOfTime(claim, source.facts)?.text, '11:40 a.m. on Wednesday');
  });

  it('takes a weekday the dateline alone verifies for the slip of the one weekday its source sentence writes', () => {
    const dated = sourceFrom('HALVERING, 26 March 2025 — The county council voted nine to four late on Tuesday to approve a €1.4 billion data centre.\n');
    assert.deepStrictEqual(mismatches('The council sat late into Wednesday night to approve, by nine votes to four, the €1.4 billion data centre.', [dated]), [['Wednesday', 'Tuesday']]);
    assert.deepStrictEqual(mismatches('The council sat late into Tuesday night to approve, by nine votes to four, the €1.4 billion data centre.', [dated]), []);
    // A sentence that writes no weekday, or two, tells none.
    const none = sourceFrom('HALVERING, 26 March 2025 — The county council voted nine to four to approve a €1.4 billion data centre.\n');
    assert.deepStrictEqual(mismatches('The council sat late into Wednesday night to approve, by nine votes to four, the €1.4 billion data centre.', [none]), []);
    const two = sourceFrom('HALVERING, 26 March 2025 — The county council met on Monday and voted nine to four late on Tuesday to approve a €1.4 billion data centre.\n');
    assert.deepStrictEqual(mismatches('The council sat late into Wednesday night to approve, by nine votes to four, the €1.4 billion data centre.', [two]), []);
  });
});
