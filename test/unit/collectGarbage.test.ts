import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { constants, PerformanceObserver } from 'perf_hooks';
import { collectGarbage } from '../../server/src/node/collectGarbage';
import { tempDir } from '../helpers/cli';
import { codeCacheAccepted, runKeepingCodeCaches } from '../helpers/codeCacheFlags';

describe('collectGarbage', () => {
  it('collects what nothing holds any longer', async () => {
    // Made in a turn of its own: V8 keeps a WeakRef's target alive until the turn that made it ends.
    const held = await new Promise<WeakRef<object>>((resolve) => setImmediate(() => resolve(new WeakRef({ payload: new Array(1000).fill(0) }))));
    await new Promise((resolve) => setImmediate(resolve));
    await collectGarbage();
    assert.strictEqual(held.deref(), undefined);
  });

  it('collects once before it compacts: compacting copies what lives before the old pages go, and made first it was the peak of a cold start', async () => {
    const majors: number[] = [];
    const observer = new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) if ((entry as unknown as { detail?: { kind?: number } }).detail?.kind === constants.NODE_PERFORMANCE_GC_MAJOR) majors.push(entry.startTime);
    });
    observer.observe({ entryTypes: ['gc'] });
    try {
      await collectGarbage();
      // Entries reach observers in a later turn.
      await new Promise((resolve) => setTimeout(resolve, 50));
    } finally {
      observer.disconnect();
    }
    assert.ok(majors.length >= 2, `${majors.length} full collections`);
  });

  it("leaves V8's flags as they were: V8 refuses a code cache made under other flags, and the server writes its own as it exits", () => {
    const file = path.join(tempDir(), 'script.v8cache');
    runKeepingCodeCaches(`require(${JSON.stringify(require.resolve('../../server/src/node/collectGarbage'))}).collectGarbage().then(() => keep(${JSON.stringify(file)}));`);
    assert.ok(fs.statSync(file).size > 0);
    assert.ok(codeCacheAccepted(file));
  });
});
