import * as assert from 'assert';
import { Vocabulary } from '../../server/src/core/match/vocabulary';

describe('Vocabulary', () => {
  // Sentences of one or two words: which of 300 words each holds, and the word every tenth shares.
  const documents = Array.from({ length: 5000 }, (_, d) => (d % 10 === 0 ? [`word${d % 300}`, 'common'] : [`word${d % 300}`]));

  it('counts its documents a step at a time, as counting them at once does', () => {
    const steps = Vocabulary.counting(documents);
    let taken = 0;
    let step = steps.next();
    for (; !step.done; step = steps.next()) taken++;
    assert.ok(taken >= 2, `counted in ${taken + 1} steps`);
    const stepped = step.value;
    const atOnce = Vocabulary.of(documents);
    assert.deepStrictEqual(stepped.snapshot(), atOnce.snapshot());
  });

  it('weighs a word by the share of documents holding it, and resolves a variant spelling to the word its sources use', () => {
    const vocabulary = Vocabulary.of([['defence', 'ministry'], ['defence'], ['said'], ['said'], ['said']]);
    assert.ok(vocabulary.idf('ministry') > vocabulary.idf('defence'));
    assert.strictEqual(vocabulary.idf('unknown'), vocabulary.maxIdf);
    assert.deepStrictEqual(vocabulary.resolve('defense'), { norm: 'defence', weight: 0.8, idf: vocabulary.idf('defence') });
    assert.strictEqual(vocabulary.resolve('ministry')?.weight, 1);
  });
});
