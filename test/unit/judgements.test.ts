import * as assert from 'assert';
import { Judgements } from '../../server/src/core/match/judgements';

describe('Judgements', () => {
  it("knows a claim's judgements until the next claim", () => {
    const judged = new Judgements().forNextClaim();
    judged.keep(3, { agreement: 'disagree', affinity: 1.18, plausibility: 0.8 });
    judged.keep(4, undefined);
    assert.ok(judged.knows(3) && judged.knows(4) && !judged.knows(5));
    assert.strictEqual(judged.agreementOf(3), 'disagree');
    assert.strictEqual(judged.affinityOf(3), 1.18);
    assert.strictEqual(judged.agreementOf(4), undefined, 'a fact that cannot be the claim\'s');
    judged.forNextClaim();
    assert.ok(!judged.knows(3) && !judged.knows(4));
  });

  it('keeps what it was told when an id far beyond the others makes it grow', () => {
    const judged = new Judgements().forNextClaim();
    for (let id = 0; id < 10; id++) judged.keep(id, { agreement: id % 2 ? 'agree' : 'disagree', affinity: 0.7 + id / 100, plausibility: id / 60, besideUndecided: id % 3 === 0 });
    judged.keep(100_000, { agreement: 'agree', affinity: 1.3, plausibility: 1 });
    for (let id = 0; id < 10; id++) {
      assert.ok(judged.knows(id), `id ${id}`);
      assert.strictEqual(judged.agreementOf(id), id % 2 ? 'agree' : 'disagree');
      assert.strictEqual(judged.affinityOf(id), 0.7 + id / 100);
      assert.strictEqual(judged.plausibilityOf(id), id / 60);
      assert.strictEqual(judged.besideUndecided(id), id % 3 === 0);
    }
    assert.strictEqual(judged.agreementOf(100_000), 'agree');
    assert.ok(!judged.knows(99_999));
  });

  it('leaves whether a figure beside the claim restates a value undecided until asked, then keeps the answer', () => {
    const judged = new Judgements().forNextClaim();
    judged.keep(1, { agreement: 'disagree', affinity: 1.0, plausibility: 0.5, besideUndecided: true });
    judged.keep(2, { agreement: 'disagree', affinity: 1.0, plausibility: 0.5, besideUndecided: true });
    judged.decideBeside(1, true);
    judged.decideBeside(2, false);
    assert.ok(!judged.besideUndecided(1) && !judged.besideUndecided(2));
    assert.strictEqual(judged.agreementOf(1), undefined, 'a value restated beside the claim is not the claim\'s');
    assert.strictEqual(judged.agreementOf(2), 'disagree');
    judged.forNextClaim();
    judged.keep(1, { agreement: 'disagree', affinity: 1.0, plausibility: 0.5, besideUndecided: true });
    assert.ok(judged.besideUndecided(1), 'undecided again for the next claim');
  });
});
