import * as assert from 'assert';
import { tokenizeWords, wordsMovedBy } from '../../server/src/core/text/words';

describe('tokenizeWords', () => {
  it('tells apart words whose characters hash alike ("Aa" and "BB"), however often they alternate', () => {
    const text = 'Aa BB Aa BB aA residents’ BB Aa';
    const words = tokenizeWords(text, 0, text.length);
    assert.deepStrictEqual(
      words.map((w) => [w.text, w.lower, w.start, w.end]),
      [['Aa', 'aa', 0, 2], ['BB', 'bb', 3, 5], ['Aa', 'aa', 6, 8], ['BB', 'bb', 9, 11], ['aA', 'aa', 12, 14], ['residents', 'residents', 15, 24], ['BB', 'bb', 26, 28], ['Aa', 'aa', 29, 31]],
    );
    assert.strictEqual(words[1].norm, words[3].norm);
    assert.notStrictEqual(words[0].norm, words[1].norm);
  });

  it('of a sentence are its words within its paragraph, moved: wordsMovedBy gives what tokenizing again would', () => {
    const paragraph = 'Turnout rose. Nagorno-Karabakh’s 120,000 résidents don’t vote; “Kanani’s” Green List won.';
    const document = `# Title\n\n${paragraph}\n`;
    const at = document.indexOf(paragraph);
    const start = paragraph.indexOf('Nagorno');
    const moved = wordsMovedBy(tokenizeWords(document, at + start, at + paragraph.length), -at);
    assert.deepStrictEqual(moved, tokenizeWords(paragraph, start, paragraph.length));
  });
});
