import * as assert from 'assert';
import { FactIndex } from '../../server/src/core/match/factIndex';
import { unreadSource } from '../../server/src/core/match/unreadSource';
import { mismatches, sourceFrom } from '../helpers/core';
import { lookAlikeArticles } from '../helpers/lookAlikeSources';

describe('unreadSource', () => {
  const [arden, bexley, ...others] = lookAlikeArticles();
  const read = (a: { file: string; text: string }) => sourceFrom(a.text, a.file);

  it('stands in for an article by the words of its sentences, with no facts', () => {
    const stand = unreadSource(bexley.file, bexley.text);
    assert.deepStrictEqual(stand.facts, []);
    assert.ok(stand.reading.terms.includes('bexley') && stand.reading.terms.includes('morrowgrid'), stand.reading.terms.join(' '));
    assert.ok(!stand.reading.terms.includes('the'), 'stopwords are left out');
    assert.strictEqual(stand.reading.documents.starts.length, stand.reading.documents.texts.length + 1);
    // Its words count in the index's vocabulary like a read article's.
    const index = new FactIndex([read(arden), stand, ...others.map(read)]);
    assert.ok(index.vocabulary.idf('morrowgrid') < index.vocabulary.maxIdf);
  });

  it('keeps a paragraph about the unread article from its look-alike: it finds no facts there', () => {
    const draft = 'Rainfall in Bexley hit 245 millimetres over 7 days, and 2,983 households lost power on Monday, the utility Morrowgrid said. Engineers from the Bexley waterworks inspected the reservoir dam.';
    // Without the stand-in, the paragraph is compared with Arden's floods: 2,983 is taken for a miscopy
    // of its 2,893, and the span of Bexley's rain for that of Arden's.
    assert.deepStrictEqual(mismatches(draft, [read(arden), ...others.map(read)]), [
      ['7 days', '11 days'],
      ['2,983', '2,893'],
    ]);
    assert.deepStrictEqual(mismatches(draft, [read(arden), unreadSource(bexley.file, bexley.text), ...others.map(read)]), []);
  });
});
