import * as assert from 'assert';
import { LineIndex } from '../../server/src/core/text/lineIndex';
import { MalformedSync, OpenDocuments } from '../../server/src/lsp/openDocuments';
import { applyEdit } from '../helpers/editedText';
import { prng } from '../helpers/prng';

const INSERTS = ['1', '130,000', '\r\n', '\n', '\r', '😀', '\ud83d', '\ude00', 'é', ' ', '', 'x'.repeat(6000)];

describe('OpenDocuments', () => {
  it('holds what the editor holds after each of 400 random range changes (CRLF, lone CR, surrogates, reversed and overlong ranges)', () => {
    // The editor's side is the test client's own edit, one flat string; vscode-languageserver-textdocument
    // is no reference here: after a CRLF is split and joined again it counts a line too many.
    const r = prng(31);
    const uri = 'file:///draft.md';
    let expected = 'Some 130,000 residents fled.\r\nOn 19 September 😀 they left.\rThe end\n'.repeat(300);
    const documents = new OpenDocuments();
    documents.open(uri, 'markdown', 1, expected);
    const position = () => ({ line: Math.floor(r() * (new LineIndex(expected).lineCount + 1)), character: Math.floor(r() * (r() < 0.9 ? 40 : 200)) });
    for (let version = 2; version < 400; version++) {
      const changes = Array.from({ length: 1 + Math.floor(r() * 3) }, () => {
        const a = position();
        const b = r() < 0.5 ? a : position();
        return { range: { start: a, end: b }, text: INSERTS[Math.floor(r() * INSERTS.length)] };
      });
      for (const { range, text } of changes) {
        const reversed = range.start.line > range.end.line || (range.start.line === range.end.line && range.start.character > range.end.character);
        expected = applyEdit(expected, reversed ? { start: range.end, end: range.start } : range, text);
      }
      const document = documents.change(uri, version, changes)!;
      assert.strictEqual(document.version, version);
      assert.strictEqual(document.text.toString(), expected, `version ${version}`);
      assert.deepStrictEqual(document.lines.lineStarts, new LineIndex(expected).lineStarts, `version ${version}`);
    }
    assert.strictEqual(documents.change(uri, 400, [{ text: 'whole' }])!.text.toString(), 'whole');
    assert.strictEqual(documents.close(uri)?.uri, uri);
    assert.strictEqual(documents.change(uri, 401, [{ text: 'closed' }]), undefined);
  });

  // A text of 42, kept, broke every later request that read any document ("u.includes is not a function").
  it('refuses a text that is no string, opening or changing nothing', () => {
    const documents = new OpenDocuments();
    const uri = 'file:///draft.md';
    assert.throws(() => documents.open(uri, 'markdown', 1, 42 as unknown as string), MalformedSync);
    assert.strictEqual(documents.get(uri), undefined);
    documents.open(uri, 'markdown', 1, 'Some 130,000 fled.');
    const range = { start: { line: 0, character: 5 }, end: { line: 0, character: 12 } };
    assert.throws(() => documents.change(uri, 2, [{ range, text: '120,000' }, { range, text: null as unknown as string }]), /version 2 not applied/);
    assert.strictEqual(documents.get(uri)?.text.toString(), 'Some 130,000 fled.');
    assert.strictEqual(documents.get(uri)?.version, 1);
  });
});

