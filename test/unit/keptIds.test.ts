import * as assert from 'assert';
import { findKeptId, isKeptIds, keepIds, keptIdAt } from '../../server/src/core/match/keptIds';

describe('kept fact ids', () => {
  const ids = Array.from({ length: 500 }, (_, n) => `report-${n % 97}/fact-${n}`);
  ids.push('tbilisi-2023/ქალაქი', 'emoji/😀-count', '');

  it('find each fact by its id, and nothing for an id no fact has', () => {
    const kept = keepIds(ids);
    assert.ok(isKeptIds(kept, ids.length));
    ids.forEach((id, n) => assert.strictEqual(findKeptId(kept, id), n, id));
    ids.forEach((id, n) => assert.strictEqual(keptIdAt(kept, n), id));
    for (const absent of ['report-1/fact-2', 'report-1/fact-1 ', 'emoji/😀', 'x']) assert.strictEqual(findKeptId(kept, absent), undefined, absent);
  });

  it('find the later fact of an id given twice, as a map keeps it', () => {
    const kept = keepIds(['a/x', 'a/y', 'a/x']);
    assert.strictEqual(findKeptId(kept, 'a/x'), 2);
    assert.strictEqual(findKeptId(kept, 'a/y'), 1);
  });

  it('are not taken when their lists are not of the facts or out of shape', () => {
    const kept = keepIds(ids);
    // Asked through a function of its own, so that a refusal does not narrow `kept` for the asserts after it.
    const taken = (v: unknown, facts: number): boolean => isKeptIds(v, facts);
    assert.ok(!taken(kept, ids.length - 1), 'of another number of facts');
    assert.ok(!taken({ ...kept, starts: Uint32Array.from(kept.starts, (v, n) => (n === 3 ? kept.starts[5] : v)) }, ids.length), 'an id ending before it starts');
    assert.ok(!taken({ ...kept, table: kept.table.subarray(0, kept.table.length / 2) }, ids.length), 'a table of the wrong size');
    assert.ok(!taken({ text: kept.text, starts: kept.starts }, ids.length));
  });

  it('with a table of slots naming no fact, or with no slot empty, find no wrong fact and end every look-up', () => {
    const kept = keepIds(ids);
    // Taken whole (a digest vouches only for bytes): each look-up reads the slots it meets.
    for (const table of [Uint32Array.from(kept.table, (v) => (v ? ids.length + 1 : 0)), kept.table.map(() => 1)]) {
      const spoilt = { ...kept, table };
      assert.ok(isKeptIds(spoilt, ids.length));
      for (const id of [...ids, 'x', 'emoji/😀']) {
        const n = findKeptId(spoilt, id);
        assert.ok(n === undefined || ids[n] === id, id);
      }
    }
  });
});
