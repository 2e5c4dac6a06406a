import * as assert from 'assert';
import { decodeArrays, encodeArrays } from '../../server/src/node/arraysFile';

describe('arraysFile', () => {
  const value = { name: 'set', counts: new Uint32Array([1, 2, 3]), nested: [new Float64Array([0.5, Infinity]), { small: new Uint8Array([7]) }], none: new Uint16Array(0) };

  it('gives back the data and its arrays, as views on the bytes read', () => {
    const bytes = Buffer.concat(encodeArrays(value));
    const read = decodeArrays(bytes) as typeof value;
    assert.deepStrictEqual(read, value);
    assert.strictEqual(read.counts.buffer, bytes.buffer);
  });

  it('reads bytes that do not start on a multiple of 8, as a slice of a larger buffer does', () => {
    const bytes = Buffer.concat([Buffer.alloc(3), ...encodeArrays(value)]).subarray(3);
    assert.deepStrictEqual(decodeArrays(bytes), value);
  });

  it('throws on bytes it did not write, cut short, or naming arrays beyond their end', () => {
    const bytes = Buffer.concat(encodeArrays(value));
    assert.throws(() => decodeArrays(Buffer.from('{"value": 1}')));
    assert.throws(() => decodeArrays(bytes.subarray(0, 20)));
    assert.throws(() => decodeArrays(bytes.subarray(0, bytes.length - 8)));
  });

  it('throws on bytes changed after they were written: in the head, the JSON or an array', () => {
    const bytes = Buffer.concat(encodeArrays(value));
    const json = bytes.indexOf('"value"');
    const array = bytes.length - 8;
    for (const at of [8, json + 1, array]) {
      const changed = Buffer.from(bytes);
      changed[at] ^= 1;
      assert.throws(() => decodeArrays(changed), /damaged|cut short|JSON/, `byte ${at}`);
    }
  });
});
