import * as assert from 'assert';
import { sourcesToReadFirst } from '../../server/src/core/match/sourcesToReadFirst';
import { unreadSource } from '../../server/src/core/match/unreadSource';
import { lookAlikeArticles, paragraphAbout } from '../helpers/lookAlikeSources';

describe('sourcesToReadFirst', () => {
  // Arden (0) and Bexley (1) floods, alike but for their places and figures, and three others.
  const texts = lookAlikeArticles().map((a) => unreadSource(a.file, a.text).reading);

  /** Each draft's sources, sorted; undefined for a draft that tells none. */
  const choose = (sources: typeof texts, drafts: string[]) => sourcesToReadFirst(sources, drafts).map((chosen) => chosen && [...chosen].sort());

  it('gives the sources each paragraph of a draft restates, told by their rare words', () => {
    assert.deepStrictEqual(choose(texts, [paragraphAbout('Arden')]), [[0]]);
    assert.deepStrictEqual(choose(texts, [paragraphAbout('Bexley')]), [[1]]);
    assert.deepStrictEqual(choose(texts, [`${paragraphAbout('Arden')}\n\n${paragraphAbout('Bexley')}`]), [[0, 1]]);
    assert.deepStrictEqual(choose(texts, [paragraphAbout('Bexley'), paragraphAbout('Arden')]), [[1], [0]]);
  });

  it('reads paragraphs between blank lines, CRLF ones too, and passes over a paragraph that says too little when another tells', () => {
    assert.deepStrictEqual(choose(texts, [`It rained.\r\n\r\n${paragraphAbout('Bexley')}`]), [[1]]);
  });

  it('says nothing of a draft that tells no source, since it is compared with them all, nor when there is nothing to choose from', () => {
    assert.deepStrictEqual(choose(texts, ['It rained on Monday.']), [undefined]);
    assert.deepStrictEqual(choose(texts, [paragraphAbout('Arden'), 'It rained on Monday.']), [[0], undefined]);
    assert.deepStrictEqual(choose(texts, []), []);
    assert.deepStrictEqual(choose([texts[0]], [paragraphAbout('Arden')]), [undefined]);
  });
});
