import * as assert from 'assert';
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { tempDir } from '../helpers/cli';
import { codeCacheAccepted, runKeepingCodeCaches } from '../helpers/codeCacheFlags';

const MODULE = JSON.stringify(require.resolve('../../server/src/node/heapGrowth'));

describe('heapGrowingSlowly', () => {
  it('holds while any load holds it, and V8 grows its heap as it chooses once the last has let go', () => {
    const dir = tempDir();
    const file = (name: string) => JSON.stringify(path.join(dir, name));
    runKeepingCodeCaches(`
      const { heapGrowingSlowly } = require(${MODULE});
      const first = heapGrowingSlowly();
      keep(${file('one')});
      const second = heapGrowingSlowly();
      first();
      first();
      keep(${file('one-left')});
      second();
      keep(${file('none')});`);
    assert.deepStrictEqual(['one', 'one-left', 'none'].map((name) => codeCacheAccepted(path.join(dir, name))), [false, false, true]);
  });

  it('lets go as the process exits, before its code cache is written', () => {
    const file = path.join(tempDir(), 'at-exit');
    runKeepingCodeCaches(`process.once('exit', () => keep(${JSON.stringify(file)})); require(${MODULE}).heapGrowingSlowly();`);
    assert.ok(fs.statSync(file).size > 0);
    assert.ok(codeCacheAccepted(file));
  });

  it('keeps the young generation small while held, and lets it grow once let go', () => {
    const script = `
      const v8 = require('v8');
      const { heapGrowingSlowly } = require(${MODULE});
      const young = () => v8.getHeapSpaceStatistics().find((s) => s.space_name === 'new_space').space_size;
      // Objects that live a while, as a load's do: V8 grows its young generation when many survive.
      const churn = () => { let kept = []; for (let i = 0; i < 2e6; i++) { kept.push({ i, list: [i] }); if (kept.length > 100000) kept = []; } };
      const before = young();
      const release = heapGrowingSlowly();
      churn();
      const held = young();
      release();
      churn();
      console.log(JSON.stringify({ before, held, after: young() }));`;
    const run = spawnSync(process.execPath, ['-e', script], { encoding: 'utf8' });
    assert.strictEqual(run.status, 0, run.stderr);
    const { before, held, after } = JSON.parse(run.stdout) as { before: number; held: number; after: number };
    // V8 may take one step from its first size whatever the flag: unheld, the same churn takes it from 1 MB to 32.
    assert.ok(held <= 2 * before, `hardly grown while held: ${before} -> ${held}`);
    assert.ok(after >= 4 * held, `grown once let go: ${held} -> ${after}`);
  });
});
