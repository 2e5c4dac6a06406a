import * as assert from 'assert';
import { withoutRegExpOptimization } from '../../server/src/node/regexpTiers';

describe('withoutRegExpOptimization', () => {
  it('gives what it runs, and passes its error on', () => {
    assert.strictEqual(withoutRegExpOptimization(() => /a+/.exec('baa')?.[0]), 'aa');
    assert.throws(() => withoutRegExpOptimization(() => {
      throw new Error('in the run');
    }), /in the run/);
  });
});
