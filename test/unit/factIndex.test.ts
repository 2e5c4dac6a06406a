import * as assert from 'assert';
import { claimContexts } from '../../server/src/core/check/checkDocument';
import { readDocument } from '../../server/src/core/extract/readDocument';
import { FactIndex } from '../../server/src/core/match/factIndex';
import { similarity } from '../../server/src/core/match/similarity';
import { seedSource } from '../helpers/core';

describe('FactIndex', () => {
  it('finds by word the facts a claim shares context with, with the similarity a full comparison gives', () => {
    const index = new FactIndex([seedSource()]);
    const reading = readDocument('Nearly all of the 130,000 Armenian residents fled after Azerbaijan attacked on 19 September. Turnout was 12% in 2020.', 'markdown');
    const contexts = claimContexts(reading);
    reading.mentions.forEach((claim, i) => {
      const expected = index
        .ofKind(claim.kind)
        .map((indexed) => ({ indexed, similarity: similarity(contexts[i], indexed.context, index.vocabulary) }))
        .filter((c) => c.similarity.overall > 0);
      assert.deepStrictEqual(index.similarTo(contexts[i], [claim.kind]), expected, claim.text);
    });
    const unrelated = readDocument('The bakery sold 40 loaves.', 'markdown');
    assert.deepStrictEqual(index.similarTo(claimContexts(unrelated)[0], ['count']), []);
  });
});
