import * as assert from 'assert';
import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { tempDir } from '../helpers/cli';

describe('heapGrowingSlowly', () => {
  // V8 keys its code cache to its flags, which is how a test can see whether the flag is set.
  const script = (options = '') => `const vm = require('vm'); const s = new vm.Script('function f() { return 1; } f();'${options});`;
  const accepted = (cache: string) =>
    execFileSync(process.execPath, ['-e', `${script(`, { cachedData: require('fs').readFileSync(${JSON.stringify(cache)}) }`)} process.stdout.write(String(!s.cachedDataRejected));`], { encoding: 'utf8' }) === 'true';

  it('holds while any load holds it, and V8 grows its heap as it chooses once the last has let go', () => {
    const dir = tempDir();
    const cache = (name: string) => JSON.stringify(path.join(dir, name));
    execFileSync(process.execPath, [
      '-e',
      `${script()} s.runInThisContext();
      const { heapGrowingSlowly } = require(${JSON.stringify(require.resolve('../../server/src/node/heapGrowth'))});
      const fs = require('fs');
      const first = heapGrowingSlowly();
      fs.writeFileSync(${cache('one')}, s.createCachedData());
      const second = heapGrowingSlowly();
      first();
      first();
      fs.writeFileSync(${cache('one-left')}, s.createCachedData());
      second();
      fs.writeFileSync(${cache('none')}, s.createCachedData());`,
    ]);
    assert.deepStrictEqual(['one', 'one-left', 'none'].map((name) => accepted(path.join(dir, name))), [false, false, true]);
  });

  it('lets go as the process exits, before its code cache is written', () => {
    const file = path.join(tempDir(), 'at-exit');
    execFileSync(process.execPath, [
      '-e',
      `${script()} s.runInThisContext();
      process.once('exit', () => require('fs').writeFileSync(${JSON.stringify(file)}, s.createCachedData()));
      require(${JSON.stringify(require.resolve('../../server/src/node/heapGrowth'))}).heapGrowingSlowly();`,
    ]);
    assert.ok(fs.statSync(file).size > 0);
    assert.ok(accepted(file));
  });
});
