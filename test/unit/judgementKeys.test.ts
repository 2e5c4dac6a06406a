import * as assert from 'assert';
import type { Fact } from '../../server/src/core/facts/fact';
import { isKeptJudgementKeys, JudgedFact, JudgementKeys, JudgementKeysToKeep, KeptJudgementKeys } from '../../server/src/core/match/judgementKeys';
import { packStrings } from '../../server/src/core/text/packedStrings';

describe('judgement keys', () => {
  const facts: JudgedFact[] = [
    { kind: 'count', value: { number: { values: [120000], precision: 1000 } } },
    { kind: 'date', value: { date: { year: 2024, month: 1, day: 1 } }, anchor: 'event' },
    { kind: 'count', value: { number: { values: [120000], precision: 1000 } } },
    // Beyond ASCII, and beyond the Basic Multilingual Plane: kept as UTF-8, read back as written.
    { kind: 'count', value: { number: { values: [3], precision: 1, unit: 'Ω😀' } } as unknown as Fact['value'] },
  ];

  it('are kept as bytes and read back as the facts gave them, alike facts sharing one', () => {
    const keeping = new JudgementKeysToKeep();
    for (const fact of facts) keeping.add(fact);
    const kept = keeping.kept();
    assert.strictEqual(kept.starts.length, 4, 'three keys: the first fact and the third are alike');
    assert.strictEqual(kept.starts[3], kept.text.length);
    const keys = new JudgementKeys(() => kept);
    const ids = facts.map((_, n) => keys.idOf(n, () => assert.fail('a kept key is not made again')));
    assert.deepStrictEqual(ids, [0, 1, 0, 2]);
    assert.deepStrictEqual(ids.map((id) => keys.judgedOf(id)), facts);
  });

  it('are made from the facts when none are kept', () => {
    const keys = new JudgementKeys();
    const ids = facts.map((fact, n) => keys.idOf(n, () => fact));
    assert.deepStrictEqual(ids, [0, 1, 0, 2]);
    assert.deepStrictEqual(keys.judgedOf(2), facts[3]);
  });

  it('kept are taken when their keys lie within their bytes and every fact has a number', () => {
    const kept = (keys: string[], ofFact: number[]): KeptJudgementKeys => ({ ...packStrings(keys), ofFact: Uint32Array.from(ofFact) });
    const keeping = new JudgementKeysToKeep();
    for (const fact of facts) keeping.add(fact);
    assert.ok(isKeptJudgementKeys(keeping.kept(), facts.length));
    assert.ok(!isKeptJudgementKeys(kept(['count  {}'], [0, 0]), 3), 'a fact without a number');
    assert.ok(!isKeptJudgementKeys({ text: new Uint8Array(3), starts: Uint32Array.from([0, 2]), ofFact: new Uint32Array(1) }, 1), 'the keys end before the bytes');
  });

  it('kept, judge a fact from its own when its key does not read as one or its number is past the keys, the others from theirs', () => {
    const good = ['count  {"number":{"values":[120000],"precision":1000}}', 'date event {"date":{"year":2024,"month":1,"day":1}}'];
    for (const bad of [' count  {}', 'count {}', 'count  ', 'count x 1', 'count-x  {}', 'count  x{}', 'count', 'count  {"number":', '']) {
      // Facts 0 and 1 numbered with the good keys, 2 with the bad one, 3 past the keys.
      const kept: KeptJudgementKeys = { ...packStrings([...good, bad]), ofFact: Uint32Array.from([0, 1, 2, 7]) };
      assert.ok(isKeptJudgementKeys(kept, 4));
      const keys = new JudgementKeys(() => kept);
      const madeAgain: number[] = [];
      const ids = [0, 1, 2, 3].map((n) => keys.idOf(n, () => (madeAgain.push(n), facts[n])));
      assert.deepStrictEqual(madeAgain, [2, 3], JSON.stringify(bad));
      assert.deepStrictEqual(ids.slice(0, 2), [0, 1]);
      // Numbered past the kept keys, each by what it is.
      assert.ok(ids[2] >= 3 && ids[3] >= 3 && ids[2] !== ids[3], JSON.stringify(ids));
      assert.deepStrictEqual(ids.map((id) => keys.judgedOf(id)), facts.slice(0, 4));
      assert.strictEqual(keys.idOf(2, () => facts[2]), ids[2], 'the same number when asked again');
    }
  });
});
