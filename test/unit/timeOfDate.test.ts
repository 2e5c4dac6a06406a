import * as assert from 'assert';
import { checkDocument } from '../../server/src/core/check/checkDocument';
import { FindingCode } from '../../server/src/core/check/codes';
import { FactIndex } from '../../server/src/core/match/factIndex';
import { mismatches, sourceFrom } from '../helpers/core';

const OUTAGE = sourceFrom(
  [
    '---',
    'date: 2025-03-12',
    '---',
    'The outage began at 6:42 a.m. on Tuesday, 11 March, when a faulty software update cut off 3.2 million customers.',
    '',
    'Calls to the emergency number failed between 7:15 a.m. and 4 p.m. on Tuesday.',
  ].join('\n'),
);

describe('slippedTime', () => {
  it('holds the time of day a date opens with to the time of the date it restates, and marks the time alone', () => {
    const draft = 'The outage began at 6.24am on Tuesday 11 March, when a faulty software update cut off 3.2 million customers.';
    assert.deepStrictEqual(mismatches(draft, [OUTAGE]), [['6.24am', '6.42am']]);
    const finding = checkDocument(draft, 'markdown', new FactIndex([OUTAGE])).findings.find((f) => f.verdict === 'mismatch')!;
    assert.strictEqual(finding.code, FindingCode.TimeMismatch);
    assert.deepStrictEqual(finding.span, { start: draft.indexOf('6.24am'), end: draft.indexOf('6.24am') + '6.24am'.length });
    assert.strictEqual(finding.sourceSays, '6:42 a.m. on Tuesday, 11 March');
  });

  it('leaves a time the source gives elsewhere, the same time written otherwise, and a date without one', () => {
    assert.deepStrictEqual(mismatches('The outage began at 7.15am on Tuesday 11 March, when a faulty software update cut off 3.2 million customers.', [OUTAGE]), []);
    assert.deepStrictEqual(mismatches('The outage began at 06:42 on Tuesday 11 March, when a faulty software update cut off 3.2 million customers.', [OUTAGE]), []);
    assert.deepStrictEqual(mismatches('The outage began on Tuesday 11 March, when a faulty software update cut off 3.2 million customers.', [OUTAGE]), []);
  });
});
