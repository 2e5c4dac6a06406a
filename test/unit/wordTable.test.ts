import * as assert from 'assert';
import { areHashSlots } from '../../server/src/core/text/hashSlots';
import { packStrings } from '../../server/src/core/text/packedStrings';
import { prefixKey, WordTable } from '../../server/src/core/text/wordTable';
import { prng } from '../helpers/prng';

describe('WordTable', () => {
  const r = prng(5);
  // Stems as an index keeps them, with accents, non-Latin scripts and an emoji's surrogate pair.
  const alphabet = [...'abcdefghijklmnopqrstuvwxyzéøš', 'ж', 'ع', '東', '😀'];
  const word = () => Array.from({ length: 1 + Math.floor(r() * 9) }, () => alphabet[Math.floor(r() * alphabet.length)]).join('');
  const words = [...new Set(Array.from({ length: 5000 }, word))];

  it('numbers every word by its place in the list, and finds no other', () => {
    const table = new WordTable(words);
    assert.strictEqual(table.size, words.length);
    words.forEach((w, n) => assert.strictEqual(table.get(w), n, w));
    const known = new Set(words);
    for (let i = 0; i < 5000; i++) {
      const other = word() + word();
      if (!known.has(other)) assert.strictEqual(table.get(other), undefined, other);
    }
    assert.strictEqual(table.get(''), undefined);
    assert.strictEqual(new WordTable([]).get('any'), undefined);
  });

  it('restored from its slots, finds what it found; slots not of its size are refused, and spoilt ones find nothing wrong', () => {
    const table = new WordTable(words);
    assert.ok(areHashSlots(table.slots, words.length));
    const restored = new WordTable([...words], Uint32Array.from(table.slots));
    words.forEach((w, n) => assert.strictEqual(restored.get(w), n));
    assert.strictEqual(areHashSlots(table.slots.subarray(1), words.length), false, 'not a power of two');
    assert.strictEqual(areHashSlots(new Uint32Array(4), 4), false, 'not of the size made for the list');
    assert.strictEqual(areHashSlots(Array.from(table.slots), words.length), false);
    // Slots naming words past the list, and slots all filled, where a search that misses would
    // never meet an empty one: read back whole (a digest vouches only for bytes), as lists or packed.
    const spoilt = [Uint32Array.from(table.slots, (s) => (s ? s : words.length + 1)), new Uint32Array(table.slots.length).fill(1)];
    for (const slots of spoilt) {
      assert.ok(areHashSlots(slots, words.length));
      for (const kept of [new WordTable([...words], slots), new WordTable(table.toPacked(), slots)]) {
        for (const w of words.slice(0, 200)) {
          const n = kept.get(w);
          assert.ok(n === undefined || kept.wordAt(n) === w, w);
        }
        assert.strictEqual(kept.get('not one of them'), undefined);
      }
    }
  });

  it('restored from its words packed, finds what it found, in their bytes, and gives each word and its start back', () => {
    const table = new WordTable(words);
    const restored = new WordTable(table.toPacked(), Uint32Array.from(table.slots));
    assert.strictEqual(restored.size, words.length);
    words.forEach((w, n) => {
      assert.strictEqual(restored.get(w), n, w);
      assert.strictEqual(restored.wordAt(n), w);
      assert.strictEqual(restored.prefixKeyAt(n), prefixKey(w), w);
      assert.strictEqual(table.prefixKeyAt(n), prefixKey(w), w);
    });
    const known = new Set(words);
    for (let i = 0; i < 5000; i++) {
      // A known word's start or its longer forms: bytes that match as far as they go.
      const w = words[i % words.length];
      for (const other of [w.slice(0, -1), `${w}a`, `${w}é`, word() + word()]) if (!known.has(other)) assert.strictEqual(restored.get(other), undefined, other);
    }
    assert.strictEqual(new WordTable(packStrings([])).get('any'), undefined);
  });

  it('gives words the same start key exactly when their first three code units are the same', () => {
    const starts = new Map<string, number>();
    for (const w of words) {
      const key = prefixKey(w);
      const start = w.slice(0, 3);
      if (starts.has(start)) assert.strictEqual(key, starts.get(start), w);
      else starts.set(start, key);
    }
    assert.strictEqual(new Set(starts.values()).size, starts.size);
    assert.notStrictEqual(prefixKey('ab'), prefixKey('ab\u0000'));
  });
});
