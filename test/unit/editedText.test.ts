import * as assert from 'assert';
import { applyEdit, EditedText } from '../helpers/editedText';
import { prng } from '../helpers/prng';

// The test editor's text kept as lines must be the flat text edited: protocol tests and the fuzz
// compare the server's findings with a check of it.
const INSERTS = ['1', '130,000', '\r\n', '\n', '\r', '\r\nx\r', '😀', '\ud83d', '\ude00', 'é', '', 'a\nb\nc\n'];

describe('EditedText', () => {
  it('holds what the flat text holds after 3,000 random edits (CRLF, lone CR, surrogates, reversed and overlong ranges)', () => {
    const r = prng(47);
    let expected = 'Some 130,000 residents fled.\r\nOn 19 September 😀 they left.\rThe end\n'.repeat(20);
    const edited = new EditedText(expected);
    const lineCount = () => expected.split(/\r\n|\r|\n/).length;
    const position = () => ({ line: Math.floor(r() * (lineCount() + 2)), character: Math.floor(r() * (r() < 0.9 ? 40 : 200)) });
    for (let i = 0; i < 3000; i++) {
      const start = position();
      const end = r() < 0.5 ? start : position();
      const text = INSERTS[Math.floor(r() * INSERTS.length)];
      expected = applyEdit(expected, { start, end }, text);
      edited.apply({ start, end }, text);
      // Asked for now and then, as tests do: the lines must stay right while not joined too.
      if (r() < 0.2) assert.strictEqual(edited.text, expected, `edit ${i}: ${JSON.stringify({ start, end, text })}`);
    }
    assert.strictEqual(edited.text, expected);
  });

  it('joins a CR left at one line\'s end with an LF at the next one\'s start into one line break', () => {
    const edited = new EditedText('a\rX\nb');
    edited.apply({ start: { line: 1, character: 0 }, end: { line: 1, character: 1 } }, '');
    assert.strictEqual(edited.text, 'a\r\nb');
    // Line 1 is now "b": had the CR and the LF stayed two lines, this would land on an empty line.
    edited.apply({ start: { line: 1, character: 1 }, end: { line: 1, character: 1 } }, '!');
    assert.strictEqual(edited.text, 'a\r\nb!');
  });

  it('takes a whole new text of many lines', () => {
    const lines = 'x\n'.repeat(200_000);
    const edited = new EditedText('old');
    edited.apply({ start: { line: 0, character: 0 }, end: { line: 9, character: 9 } }, lines);
    assert.strictEqual(edited.text, lines);
    edited.apply({ start: { line: 150_000, character: 1 }, end: { line: 150_000, character: 1 } }, '2');
    assert.strictEqual(edited.text, `${'x\n'.repeat(150_000)}x2\n${'x\n'.repeat(49_999)}`);
  });
});
