import * as assert from 'assert';
import { LineIndex } from '../../server/src/core/text/lineIndex';

describe('LineIndex', () => {
  it('counts \\n, \\r\\n and a lone \\r as line breaks', () => {
    const lines = new LineIndex('a\nb\r\nc\rd');
    assert.deepStrictEqual(Array.from(lines.lineStarts), [0, 2, 5, 7]);
    assert.deepStrictEqual(lines.positionAt(5), { line: 2, character: 0 });
    assert.strictEqual(lines.lineText(1), 'b');
  });

  it('finds the same line starts in a text without \r as in one with it (read by indexOf, not character by character)', () => {
    for (const text of ['', '\n', 'a', 'a\n', '\n\na\n\nbc\n', 'a\nb\n\n\nc']) {
      const withCr = Array.from(new LineIndex(`${text}\r`).lineStarts);
      assert.deepStrictEqual(Array.from(new LineIndex(text).lineStarts), withCr.slice(0, -1), JSON.stringify(text));
    }
  });

  it('measures characters in UTF-16 code units (emoji are two)', () => {
    const text = 'x 😀 120,000';
    const lines = new LineIndex(text);
    const at = text.indexOf('120');
    assert.deepStrictEqual(lines.positionAt(at), { line: 0, character: 5 });
    assert.strictEqual(lines.offsetAt({ line: 0, character: 5 }), at);
  });

  it('clamps positions past the end of a line or the text', () => {
    const lines = new LineIndex('ab\r\ncd');
    assert.strictEqual(lines.offsetAt({ line: 0, character: 99 }), 2);
    assert.strictEqual(lines.offsetAt({ line: 9, character: 0 }), 6);
    assert.deepStrictEqual(lines.positionAt(99), { line: 1, character: 2 });
  });
});
