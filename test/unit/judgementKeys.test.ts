import * as assert from 'assert';
import type { Fact } from '../../server/src/core/facts/fact';
import { JudgedFact, JudgementKeys, JudgementKeysToKeep } from '../../server/src/core/match/judgementKeys';

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
});
