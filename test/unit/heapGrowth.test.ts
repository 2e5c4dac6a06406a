import * as assert from 'assert';
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
});
