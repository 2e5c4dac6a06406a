import * as assert from 'assert';
import { PieceText } from '../../server/src/core/text/pieceText';
import { textEdit } from '../../server/src/core/text/textEdit';
import { prng } from '../helpers/prng';

const SNIPPETS = ['a', '130,000', '\r\n', '\n', '😀', '\ud83d', 'factline', 'é', '😀é', 'x'.repeat(5000), 'y'.repeat(12000), ''];

describe('PieceText', () => {
  it('reads as the flat string it stands for after each of 300 random edits', () => {
    const r = prng(21);
    let flat = 'The 120,000 residents fled.\n'.repeat(600);
    let pieces = PieceText.of(flat);
    for (let step = 0; step < 300; step++) {
      const at = Math.floor(r() * (flat.length + 1));
      const end = Math.min(flat.length, at + (r() < 0.5 ? 0 : Math.floor(r() * (r() < 0.9 ? 10 : 20000))));
      const insert = SNIPPETS[Math.floor(r() * SNIPPETS.length)];
      const before = pieces;
      flat = flat.slice(0, at) + insert + flat.slice(end);
      pieces = pieces.replace(at, end, insert);
      const context = `step ${step}`;
      assert.strictEqual(pieces.length, flat.length, context);
      assert.deepStrictEqual(textEdit(before, pieces), textEdit(before.toString(), flat), context);
      for (let k = 0; k < 5; k++) {
        const a = Math.floor(r() * (flat.length + 1));
        const b = a + Math.floor(r() * 9000);
        assert.strictEqual(pieces.slice(a, b), flat.slice(a, b), `${context}: slice(${a}, ${b})`);
        assert.strictEqual(pieces.charCodeAt(a), flat.charCodeAt(a), `${context}: charCodeAt(${a})`);
      }
      // Two needles in turn, as the server looks for NUL and for 'factline' on every version.
      assert.strictEqual(pieces.includes('factline'), flat.includes('factline'), context);
      assert.strictEqual(pieces.includes('😀é'), flat.includes('😀é'), context);
      if (step % 50 === 0) assert.strictEqual(pieces.toString(), flat, context);
    }
  });

  it('finds a word across the joint of two pieces', () => {
    const text = PieceText.of('').replace(0, 0, 'x'.repeat(4094) + 'factline' + 'y'.repeat(9000));
    assert.ok(text.pieces.length > 1);
    assert.ok(text.replace(0, 1, 'z').includes('factline'));
    assert.ok(!text.replace(4094, 4102, 'fact-line').includes('factline'));
  });
});
