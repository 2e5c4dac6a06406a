import * as assert from 'assert';
import { areHashSlots } from '../../server/src/core/text/hashSlots';
import { WordTable } from '../../server/src/core/text/wordTable';
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

  it('restored from its slots, finds what it found; slots that cannot be a table are refused', () => {
    const table = new WordTable(words);
    assert.ok(areHashSlots(table.slots, words.length));
    const restored = new WordTable([...words], Uint32Array.from(table.slots));
    words.forEach((w, n) => assert.strictEqual(restored.get(w), n));
    const spoilt = (spoil: (slots: Uint32Array) => void) => {
      const slots = Uint32Array.from(table.slots);
      spoil(slots);
      return areHashSlots(slots, words.length);
    };
    // A word beyond the list; every slot filled, where a search that misses would never end.
    assert.strictEqual(spoilt((s) => (s[s.indexOf(0)] = words.length + 1)), false);
    assert.strictEqual(spoilt((s) => s.fill(1)), false);
    assert.strictEqual(areHashSlots(table.slots.subarray(1), words.length), false, 'not a power of two');
    assert.strictEqual(areHashSlots(new Uint32Array(4), 4), false, 'not of the size made for the list');
    assert.strictEqual(areHashSlots(Array.from(table.slots), words.length), false);
  });
});
