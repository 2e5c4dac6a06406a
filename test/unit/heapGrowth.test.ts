import * as assert from 'assert';
import { HeapGrowth } from '../../server/src/node/heapGrowth';

const MB = 1024 * 1024;

describe('HeapGrowth', () => {
  /** A heap whose use the test sets, and whose collections bring it down to what lives. */
  function heap(used: number, lives: number) {
    const state = { used, lives, collections: 0 };
    const growth = new HeapGrowth(
      async () => {
        state.collections++;
        state.used = state.lives;
      },
      () => state.used,
    );
    return { state, growth };
  }

  it('collects once the heap grew by 32 MB since it was made, while a third of it is less', async () => {
    const { state, growth } = heap(30 * MB, 30 * MB);
    state.used = 61 * MB;
    await growth.collectIfGrown();
    assert.strictEqual(state.collections, 0);
    state.used = 62 * MB;
    await growth.collectIfGrown();
    assert.strictEqual(state.collections, 1);
  });

  it('measures growth from what the heap held after its last collection, by a third of it once that is more than 32 MB', async () => {
    const { state, growth } = heap(30 * MB, 120 * MB);
    state.used = 70 * MB;
    await growth.collectIfGrown();
    assert.strictEqual(state.collections, 1);
    // 120 MB live after it: the next at 160.
    state.used = 159 * MB;
    await growth.collectIfGrown();
    assert.strictEqual(state.collections, 1);
    state.used = 160 * MB;
    await growth.collectIfGrown();
    assert.strictEqual(state.collections, 2);
  });
});
