import * as assert from 'assert';
import { execFileSync } from 'child_process';
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

  it('stem an irregular verb\'s forms as its base, as a regular verb\'s forms stem alike', () => {
    const text = 'Sales rose, rising; prices fell, falling; it drew, drawing; Felled trees';
    const norms = tokenizeWords(text, 0, text.length).map((w) => w.norm);
    assert.deepStrictEqual(norms, ['sale', 'rise', 'rise', 'price', 'fall', 'fall', 'it', 'draw', 'draw', 'fell', 'tree']);
  });

  it('of a sentence are its words within its paragraph, moved: wordsMovedBy gives what tokenizing again would', () => {
    const paragraph = 'Turnout rose. Nagorno-Karabakh’s 120,000 résidents don’t vote; “Kanani’s” Green List won.';
    const document = `# Title\n\n${paragraph}\n`;
    const at = document.indexOf(paragraph);
    const start = paragraph.indexOf('Nagorno');
    const moved = wordsMovedBy(tokenizeWords(document, at + start, at + paragraph.length), -at);
    assert.deepStrictEqual(moved, tokenizeWords(paragraph, start, paragraph.length));
  });

  it('moved by minus a zero offset (-0), keep their offsets small integers, as figures do', () => {
    // A -0 added to an offset makes a boxed double, and one stored made V8 box that field of every
    // word and figure of the same shape from then on: a third of a check's allocation, and its
    // collections' copying. Asked in a process of its own: what this one ran before shapes its objects.
    const script = `
      const { tokenizeWords, wordsMovedBy } = require(${JSON.stringify(require.resolve('../../server/src/core/text/words'))});
      const { movedBy } = require(${JSON.stringify(require.resolve('../../server/src/core/extract/mention'))});
      const isSmallInteger = new Function('n', 'return %IsSmi(n)');
      const text = 'Some 120,000 people fled on 19 September.';
      const [word] = wordsMovedBy(tokenizeWords(text, 13, 19), -0);
      const figure = movedBy({ kind: 'date', start: 28, end: 40, text: '19 September', date: { day: { value: 19, text: '19', start: 28, end: 30 } }, qualifier: { kind: 'approx', text: 'some', start: 0, end: 4 } }, -0);
      const offsets = [word.start, word.end, figure.start, figure.end, figure.date.day.start, figure.date.day.end, figure.qualifier.start, figure.qualifier.end];
      process.stdout.write(JSON.stringify(offsets.map(isSmallInteger)));
    `;
    const small = JSON.parse(execFileSync(process.execPath, ['--allow-natives-syntax', '-e', script], { encoding: 'utf8' })) as boolean[];
    assert.deepStrictEqual(small, small.map(() => true));
  });
});
