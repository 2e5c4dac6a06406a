import * as assert from 'assert';
import { sourcesToReadFirst } from '../../server/src/core/match/sourcesToReadFirst';
import { unreadSource } from '../../server/src/core/match/unreadSource';
import { lookAlikeArticles, paragraphAbout } from '../helpers/lookAlikeSources';

describe('sourcesToReadFirst', () => {
  // Arden (0) and Bexley (1) floods, alike but for their places and figures, and three others.
  const texts = lookAlikeArticles().map((a) => unreadSource(a.file, a.text).reading);

  it('gives the sources each paragraph of the drafts restates, told by their rare words', () => {
    assert.deepStrictEqual([...sourcesToReadFirst(texts, [paragraphAbout('Arden')])!], [0]);
    assert.deepStrictEqual([...sourcesToReadFirst(texts, [paragraphAbout('Bexley')])!], [1]);
    assert.deepStrictEqual([...sourcesToReadFirst(texts, [`${paragraphAbout('Arden')}\n\n${paragraphAbout('Bexley')}`])!].sort(), [0, 1]);
    assert.deepStrictEqual([...sourcesToReadFirst(texts, [paragraphAbout('Bexley'), paragraphAbout('Arden')])!].sort(), [0, 1]);
  });

  it('reads paragraphs between blank lines, CRLF ones too, and passes over a paragraph that says too little when another tells', () => {
    assert.deepStrictEqual([...sourcesToReadFirst(texts, [`It rained.\r\n\r\n${paragraphAbout('Bexley')}`])!], [1]);
  });

  it('says nothing when a draft tells no source, since it is compared with them all, or when there is nothing to choose from', () => {
    assert.strictEqual(sourcesToReadFirst(texts, ['It rained on Monday.']), undefined);
    assert.strictEqual(sourcesToReadFirst(texts, [paragraphAbout('Arden'), 'It rained on Monday.']), undefined);
    assert.strictEqual(sourcesToReadFirst(texts, []), undefined);
    assert.strictEqual(sourcesToReadFirst([texts[0]], [paragraphAbout('Arden')]), undefined);
  });
});
