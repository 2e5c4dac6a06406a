import * as assert from 'assert';
import { claimContexts } from '../../server/src/core/check/checkDocument';
import { readDocument } from '../../server/src/core/extract/readDocument';
import { FactIndex, IndexedFact, Ranking } from '../../server/src/core/match/factIndex';
import { Similarity, similarity } from '../../server/src/core/match/similarity';
import { prng } from '../helpers/prng';
import { seedSource, sourceFrom } from '../helpers/core';

interface Rated {
  indexed: IndexedFact;
  similarity: Similarity;
  score: number;
  support: number;
}

/** Rates by similarity alone, or scaled by `factor` of the fact as a caller scales by value affinity. */
function ranking(options: { share: number; leastSupport: number; factor?: (indexed: IndexedFact) => number }): Ranking<Rated> {
  const factor = options.factor ?? (() => 1);
  return {
    rate: (indexed, sim) => ({ indexed, similarity: sim, score: sim.overall * factor(indexed), support: sim.sentence * factor(indexed) }),
    ceiling: 1.3,
    share: options.share,
    leastSupport: options.leastSupport,
  };
}

/** Ranks nothing out: every fact sharing a word is rated. */
const EVERY = ranking({ share: 0, leastSupport: 0 });

const WORDS = ['council', 'budget', 'homes', 'turnout', 'election', 'voters', 'rainfall', 'households', 'power', 'repairs', 'fans', 'season', 'shares', 'revenue', 'jobs', 'quarter', 'club', 'harbour', 'bridge', 'museum', 'tunnel', 'ferry', 'orchard', 'quarry'];

/**
 * Texts of one-sentence paragraphs over a small vocabulary, the first words far commoner than the
 * last, and a hundred places: many facts share a common word with a claim, few a rare one.
 */
function randomTexts(seed: number, count: number): string[] {
  const r = prng(seed);
  const word = () => WORDS[Math.floor(r() * r() * WORDS.length)];
  const sentence = () => `The ${word()} in ${word()} Place${Math.floor(r() * 100)} reached ${Math.floor(10 + r() * 990)} ${word()} after the ${word()}.`;
  return Array.from({ length: count }, () => Array.from({ length: 6 }, sentence).join('\n\n'));
}

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
      const found = index.similarTo(contexts[i], [claim.kind], EVERY).map(({ indexed, similarity: sim }) => ({ indexed, similarity: sim }));
      assert.deepStrictEqual(found, expected, claim.text);
    });
    const unrelated = readDocument('The bakery sold 40 loaves.', 'markdown');
    assert.deepStrictEqual(index.similarTo(claimContexts(unrelated)[0], ['count'], EVERY), []);
  });

  it('leaves out only facts that cannot be the best or come within its share, on random fact sets', () => {
    for (let seed = 1; seed <= 5; seed++) {
      const texts = randomTexts(seed, 40);
      const index = new FactIndex(texts.map((text, i) => sourceFrom(text, `source-${i}.md`)));
      const r = prng(100 + seed);
      // At the ends of the caller's range, so that the bounds are met as closely as they can be.
      const factors = new Map(index.facts.map((fact) => [fact.id, r() < 0.5 ? 0.7 : 1.3]));
      const pruning = ranking({ share: 0.7, leastSupport: 0.3, factor: (indexed) => factors.get(indexed.fact.id)! });
      const full = { ...pruning, share: 0, leastSupport: 0 };
      // Restated sources, whose claims have a clear best fact, and unrelated text, whose claims have none.
      const draft = [...texts.slice(0, 3), ...randomTexts(1000 + seed, 3)].join('\n\n');
      const reading = readDocument(draft, 'markdown');
      const contexts = claimContexts(reading);
      let pruned = 0;
      reading.mentions.forEach((claim, i) => {
        const all = index.similarTo(contexts[i], [claim.kind], full);
        const kept = index.similarTo(contexts[i], [claim.kind], pruning);
        pruned += all.length - kept.length;
        // Kept facts come in the same order as in the full search, with the same ratings.
        const keptFacts = new Set(kept.map((k) => k.indexed));
        assert.deepStrictEqual(kept, all.filter((rated) => keptFacts.has(rated.indexed)), claim.text);
        const best = [...all].sort((a, b) => b.score - a.score)[0];
        if (!best) return;
        if (best.support >= pruning.leastSupport) {
          const close = all.filter((rated) => rated.score >= pruning.share * best.score);
          assert.deepStrictEqual(
            close.map((c) => c.indexed.fact.id),
            kept.filter((k) => k.score >= pruning.share * best.score).map((k) => k.indexed.fact.id),
            claim.text,
          );
        } else {
          const keptBest = [...kept].sort((a, b) => b.score - a.score)[0];
          assert.ok(!keptBest || keptBest.support < pruning.leastSupport, claim.text);
        }
      });
      assert.ok(pruned > 0, 'the random sets leave something to prune');
    }
  });
});
