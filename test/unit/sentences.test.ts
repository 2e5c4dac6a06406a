import * as assert from 'assert';
import { LONGEST_SENTENCE, splitSentences } from '../../server/src/core/text/sentences';

function split(text: string): string[] {
  return splitSentences(text, 0, text.length).map((s) => text.slice(s.start, s.end));
}

describe('splitSentences', () => {
  it('splits at full stops, question and exclamation marks before a capital or digit', () => {
    assert.deepStrictEqual(split('One is here. Two? Three! 4 more.'), ['One is here.', 'Two?', 'Three!', '4 more.']);
  });

  it('does not split after abbreviations and initials', () => {
    assert.deepStrictEqual(split('It ends on Jan. 1, 2024 as Dr. Smith and J. Doe said. Next.'), ['It ends on Jan. 1, 2024 as Dr. Smith and J. Doe said.', 'Next.']);
  });

  it('ends a sentence at a unit written onto a figure, which is no initial', () => {
    assert.deepStrictEqual(split('It fell to minus 23.4°C. I lost four hives. Highs of 35C. Schools shut at 10F. Karel D. Dostan spoke.'), [
      'It fell to minus 23.4°C.',
      'I lost four hives.',
      'Highs of 35C.',
      'Schools shut at 10F.',
      'Karel D. Dostan spoke.',
    ]);
  });

  it('keeps closing quotes with their sentence', () => {
    assert.deepStrictEqual(split('He said: “We stay.” Then he left.'), ['He said: “We stay.”', 'Then he left.']);
  });

  it('ends a sentence at a stop inside Markdown emphasis, as a Q&A heading on its own line has', () => {
    assert.deepStrictEqual(split('**How much will I earn?**\nA worker earns €26,000. __Why?__ **Prices** rose.'), [
      '**How much will I earn?**',
      'A worker earns €26,000.',
      '__Why?__',
      '**Prices** rose.',
    ]);
  });

  // A 50 KB line of figures without a full stop was one sentence, which took minutes to check.
  it('cuts a sentence longer than LONGEST_SENTENCE at white space, never inside a figure, losing no text', () => {
    const figures = Array.from({ length: 3000 }, (_, i) => `${100 + i} 000 000`).join(', ');
    const pieces = split(figures);
    assert.ok(pieces.length >= figures.length / LONGEST_SENTENCE, `${pieces.length} pieces`);
    assert.ok(pieces.every((p) => p.length <= LONGEST_SENTENCE));
    assert.ok(pieces.every((p) => /^\d+ 000 000$/.test(p.split(', ')[0]) && /\d+ 000 000,?$/.test(p)), 'a figure was cut');
    assert.strictEqual(pieces.join(' '), figures);
  });

  it('cuts an over-long sentence at its last line break within reach, else at a space, else anywhere but inside a surrogate pair', () => {
    const lines = Array.from({ length: 200 }, (_, i) => `row ${i} has 120,000`).join('\n');
    const pieces = split(lines);
    assert.ok(pieces.length > 1 && pieces.every((p) => p.length <= LONGEST_SENTENCE && p.startsWith('row ') && p.endsWith('120,000')), pieces.join(' | '));
    const emoji = '😀'.repeat(LONGEST_SENTENCE);
    const cut = split(emoji);
    assert.ok(cut.every((p) => p.length <= LONGEST_SENTENCE && p.length % 2 === 0), cut.map((p) => p.length).join(' '));
    assert.strictEqual(cut.join(''), emoji);
  });

  it('leaves a long prose sentence whole', () => {
    const sentence = `${'The council, which met on Tuesday, said that the plan would cost 120,000 pounds, '.repeat(12)}in all.`;
    assert.ok(sentence.length > 900 && sentence.length <= LONGEST_SENTENCE);
    assert.deepStrictEqual(split(sentence), [sentence]);
  });
});
