import * as assert from 'assert';
import { splitSentences } from '../../server/src/core/text/sentences';

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
});
