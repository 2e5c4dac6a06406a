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

  it('resolves variant spellings alike restored from its snapshot, its words grouped by their start as kept', () => {
    const words = ['defence', 'defenc', 'azerbaijan', 'dissolv', 'highest', 'high', 'übersee', 'überse', 'ab', 'résumé', 'resum', 'kanani', '😀smile', 'zzz'];
    const counted = Vocabulary.of(words.map((w, i) => (i % 3 ? [w] : [w, 'said'])));
    const snapshot = counted.snapshot();
    assert.deepStrictEqual([...snapshot.prefixes.keys], [...snapshot.prefixes.keys].sort((a, b) => a - b), 'keys in ascending order');
    assert.strictEqual(snapshot.prefixes.words.length, words.length + 1, 'every word in one group');
    const restored = new Vocabulary(snapshot);
    for (const asked of ['defense', 'azerbaijani', 'dissolut', 'highly', 'überseee', 'résume', 'kananis', '😀smiles', 'unknown', 'ab', 'zz']) {
      assert.deepStrictEqual(restored.resolve(asked), Vocabulary.of(words.map((w, i) => (i % 3 ? [w] : [w, 'said']))).resolve(asked), asked);
    }
    assert.strictEqual(restored.resolve('defense')?.weight, 0.8, 'a variant spelling found by its group');
  });

  it('finds no word by a group naming a word past its words', () => {
    const snapshot = Vocabulary.of([['defence'], ['said']]).snapshot();
    const words = Uint32Array.from(snapshot.prefixes.words, () => 1000);
    const restored = new Vocabulary({ ...snapshot, prefixes: { ...snapshot.prefixes, words } });
    assert.strictEqual(restored.resolve('defense'), undefined);
    assert.strictEqual(restored.resolve('defence')?.weight, 1);
  });
});
