import * as assert from 'assert';
import { packedCount, packedString, packStrings } from '../../server/src/core/text/packedStrings';

describe('packed strings', () => {
  it('read back as given, whatever their characters, and in as many bytes as UTF-8 takes', () => {
    const strings = ['ascii', '', 'café', 'ქალაქი', 'emoji 😀 and 👍🏽', 'after them all'];
    const packed = packStrings(strings);
    assert.strictEqual(packedCount(packed), strings.length);
    assert.deepStrictEqual(strings.map((_, k) => packedString(packed, k)), strings);
    assert.strictEqual(packed.text.length, Buffer.byteLength(strings.join('')));
  });

  it('keep the strings after a lone surrogate where they were (it is written as U+FFFD)', () => {
    const packed = packStrings(['a\ud800b', 'next', 'x\udc00']);
    assert.deepStrictEqual([0, 1, 2].map((k) => packedString(packed, k)), ['a\ufffdb', 'next', 'x\ufffd']);
  });

  it('are not counted when their offsets run backwards or past their bytes', () => {
    const packed = packStrings(['one', 'two', 'three']);
    assert.strictEqual(packedCount({ ...packed, starts: Uint32Array.of(0, 5, 3, packed.text.length) }), -1);
    assert.strictEqual(packedCount({ ...packed, starts: Uint32Array.of(0, 3, 6, packed.text.length + 1) }), -1);
    assert.strictEqual(packedCount({ text: packed.text }), -1);
  });
});
