import * as assert from 'assert';
import { tallyEnd } from '../../server/src/core/extract/tally';
import { FactIndex } from '../../server/src/core/match/factIndex';
import { pairedFigures } from '../../server/src/core/match/pairedFigures';
import { claimContexts, findingsOverRandomEdits, mentionsOf, mismatches, sourceFrom } from '../helpers/core';
import { FindingCode } from '../../server/src/core/check/codes';
import { readDocument } from '../../server/src/core/extract/readDocument';

describe('tallies', () => {
  it('reads which end of a tally a count is: a dash with no space, or "votes to"', () => {
    const ends = (text: string) => {
      const mentions = mentionsOf(text);
      return mentions.map((m, i) => [m.text, tallyEnd(text, mentions, i)]);
    };
    assert.deepStrictEqual(ends('The committee split 7–2.'), [['7', 0], ['2', 1]]);
    assert.deepStrictEqual(ends('It passed by 31 votes to 20.'), [['31', 0], ['20', 1]]);
    // A range or a change is no tally, nor a count with a unit.
    assert.deepStrictEqual(ends('Ages ranged from 24 to 51.'), [['24', undefined], ['51', undefined]]);
    assert.deepStrictEqual(ends('It took 3 - 4 hours.').map(([, end]) => end), [undefined, undefined]);
  });

  it('holds each end of a tally to the same end of its source sentence\'s tally', () => {
    const vote = sourceFrom('The nine-member committee voted 6–3 for the cut on Monday.');
    // The second count was held to the first end: "2" was fixed to 6.
    assert.deepStrictEqual(mismatches('The nine-member committee split 7–2 for the cut on Monday.', [vote]), [
      ['7', '6'],
      ['2', '3'],
    ]);
    // Another count of the sentence ("the two") framed the tally's second end as well as the tally did.
    const series = sourceFrom('It was the 11th meeting between the two, and Reyvald now leads their head-to-head 7-4.');
    assert.deepStrictEqual(mismatches('Reyvald now leads the series 7-3 after the 11th meeting.', [series]), [['3', '4']]);
    // In a sentence of several tallies, which is meant is unknown: a count that agrees stays verified.
    const sets = sourceFrom('Reyvald won the final 6-4, 4-6, 6-3, 7-6 on Sunday.');
    assert.deepStrictEqual(mismatches('Reyvald won the final 6-4, 4-6, 6-3, 7-6 on Sunday.', [sets]), []);
  });

  it('gives what a fresh check gives as tallies and the levels of changes are typed and edited, incrementally', () => {
    const source = sourceFrom(['The nine-member committee voted 6–3 for the cut on Monday.', '', 'The prize money was raised from 30,000 pounds to 40,000 pounds in 2019, the trust said.'].join('\n'));
    const draft = ['The nine-member committee split 7–2 for the cut on Monday.', '', 'Its value rose to 40,000 pounds from 25,000 pounds in 2019.'].join('\n');
    let met = 0;
    for (let seed = 1; seed <= 4; seed++) met += findingsOverRandomEdits(draft, new FactIndex([source]), seed, 60, FindingCode.FigureMismatch);
    assert.ok(met > 0, 'the edits met no mismatch of a figure');
  });

  it('takes a tally told the other way round for the source\'s', () => {
    const source = sourceFrom('The council rejected the smaller plan 4-7 on Tuesday, with 11 members present.');
    const index = new FactIndex([source]);
    const draft = 'The council rejected the smaller plan by seven votes to four on Tuesday, with 11 members present.';
    const reading = readDocument(draft, 'markdown');
    const contexts = claimContexts(reading);
    const members = source.facts.find((f) => f.text === '11')!;
    // As if the words had held "seven" to another count of the sentence, and it disagreed.
    const matches = reading.mentions.map((m) => (m.text === 'seven' ? { verdict: 'mismatch' as const, fact: members, score: 1, source: 0 } : undefined));
    const paired = pairedFigures(reading.mentions, contexts, matches, index);
    const seven = paired[reading.mentions.findIndex((m) => m.text === 'seven')]!;
    assert.strictEqual(seven.verdict, 'verified');
    assert.strictEqual(seven.fact!.text, '7');
  });
});
