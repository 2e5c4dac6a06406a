import * as assert from 'assert';
import { decodeArrays, encodeArrays, heldBytes, HEAD_BYTES, openArrays, PAGE_BYTES } from '../../server/src/node/arraysFile';

describe('arraysFile', () => {
  const value = { name: 'set', counts: new Uint32Array([1, 2, 3]), nested: [new Float64Array([0.5, Infinity]), { small: new Uint8Array([7]) }], none: new Uint16Array(0) };

  it('gives back the data and its arrays, as views on the bytes read', () => {
    const bytes = Buffer.concat(encodeArrays(value));
    const read = decodeArrays(bytes) as typeof value;
    assert.deepStrictEqual(read, value);
    assert.strictEqual(read.counts.buffer, bytes.buffer);
  });

  it('puts each array back where it stood, at the root, in lists and among objects that hold none', () => {
    const root = new Int32Array([-1, 2]);
    assert.deepStrictEqual(decodeArrays(Buffer.concat(encodeArrays(root))), root);
    const deep = { articles: [{ title: 'a', date: { year: 2024 } }, { title: 'b' }], lists: [[new Uint8Array([1])], [], [new Uint16Array([2]), 3]], '0': { '$array': 'not one' } };
    assert.deepStrictEqual(decodeArrays(Buffer.concat(encodeArrays(deep))), deep);
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

  describe('paged arrays', () => {
    // Lists of several pages, one not a multiple of 8 bytes long, and one small one, all paged.
    const big = Uint32Array.from({ length: 3 * PAGE_BYTES + 5 }, (_, i) => i * 2654435761);
    const odd = Uint8Array.from({ length: PAGE_BYTES + 3 }, (_, i) => i % 251);
    const paged = { name: 'set', held: new Uint16Array([1, 2, 3]), lists: [big, odd, new Float64Array([0.25])] };
    const bytes = Buffer.concat(encodeArrays(paged, (a) => a !== paged.held));

    /** Opens `file` as a reader of it does: its head, then what is read with it; counts the bytes read after. */
    function open(file: Uint8Array) {
      const held = file.subarray(0, heldBytes(file.subarray(0, HEAD_BYTES)));
      const reads: Array<[number, number]> = [];
      let closed: boolean | undefined;
      const opened = openArrays(Uint8Array.from(held), file.length, (into, at) => (reads.push([at, into.length]), into.set(file.subarray(at, at + into.length))), (damaged) => (closed = damaged));
      return { ...opened, value: opened.value as typeof paged, reads, closed: () => closed };
    }

    it('reads the arrays held with the head at once, and each page of the others when first asked for', () => {
      const { value, pages, reads, closed } = open(bytes);
      assert.ok(heldBytes(bytes) < PAGE_BYTES, 'the paged arrays are not read ahead');
      assert.deepStrictEqual(value.held, paged.held);
      assert.strictEqual(value.lists[0][PAGE_BYTES], 0, 'not read until asked for');
      pages!.load(value.lists[0], PAGE_BYTES, PAGE_BYTES + 2);
      assert.strictEqual(value.lists[0][PAGE_BYTES], big[PAGE_BYTES]);
      assert.deepStrictEqual(reads.map(([, n]) => n), [PAGE_BYTES], 'one page read');
      pages!.load(value.lists[0], PAGE_BYTES + 1, PAGE_BYTES + 3);
      assert.strictEqual(reads.length, 1, 'a page is read once');
      const left = pages!.unread;
      for (const _ of pages!.loadingRest(2));
      assert.ok(reads.length - 1 >= Math.ceil(left / 2), 'the rest in steps of two pages at most');
      assert.deepStrictEqual(value, paged);
      assert.strictEqual(closed(), false, 'the file is let go once every page is read');
    });

    it('checks every page when the whole file is given, and throws on one changed in any', () => {
      assert.deepStrictEqual(decodeArrays(bytes), paged);
      const pagedFrom = heldBytes(bytes);
      for (let at = pagedFrom; at < bytes.length; at += PAGE_BYTES) {
        const changed = Buffer.from(bytes);
        changed[at] ^= 1;
        assert.throws(() => decodeArrays(changed), /damaged: page \d+/, `byte ${at}`);
      }
    });

    it('throws for a page that cannot be read, lets the file go as damaged, and does not try again', () => {
      const held = bytes.subarray(0, heldBytes(bytes));
      let reads = 0;
      let closed: boolean | undefined;
      const { value, pages } = openArrays(
        Uint8Array.from(held),
        bytes.length,
        () => {
          reads++;
          throw new Error('EIO: i/o error, read');
        },
        (damaged) => (closed = damaged),
      );
      const list = (value as typeof paged).lists[0];
      assert.throws(() => pages!.load(list, 0, 1), /arrays file unreadable: pages 0-0 of its paged arrays: EIO/);
      assert.strictEqual(closed, true);
      assert.throws(() => pages!.load(list, PAGE_BYTES, PAGE_BYTES + 1), /unreadable/);
      assert.strictEqual(reads, 1, 'not read again');
    });

    it('throws for a page changed since the head was read, then and whenever a page is asked for again', () => {
      const changed = Buffer.from(bytes);
      changed[changed.length - 1] ^= 1;
      const { value, pages, closed } = open(changed);
      pages!.load(value.lists[0], 0, 1);
      assert.strictEqual(closed(), undefined);
      assert.throws(() => {
        for (const _ of pages!.loadingRest());
      }, /damaged: page \d+ of its paged arrays is not as written/);
      assert.strictEqual(closed(), true, 'let go as damaged');
      assert.throws(() => pages!.load(value.lists[2], 0, 1), /damaged/);
    });
  });
});
