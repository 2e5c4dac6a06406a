import * as assert from 'assert';
import { collectGarbage } from '../../server/src/node/collectGarbage';

describe('collectGarbage', () => {
  it('collects what nothing holds any longer', async () => {
    // Made in a turn of its own: V8 keeps a WeakRef's target alive until the turn that made it ends.
    const held = await new Promise<WeakRef<object>>((resolve) => setImmediate(() => resolve(new WeakRef({ payload: new Array(1000).fill(0) }))));
    await new Promise((resolve) => setImmediate(resolve));
    await collectGarbage();
    assert.strictEqual(held.deref(), undefined);
  });
});
