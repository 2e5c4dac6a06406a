import * as assert from 'assert';
import * as path from 'path';
import { tempDir } from '../helpers/cli';
import { codeCacheAccepted, runKeepingCodeCaches } from '../helpers/codeCacheFlags';

const MODULE = JSON.stringify(require.resolve('../../server/src/node/v8Flags'));

describe('V8 flags set for a while', () => {
  it('are unset while the code cache is taken, and set again after; released, they stay unset', () => {
    const dir = tempDir();
    const file = (name: string) => JSON.stringify(path.join(dir, name));
    runKeepingCodeCaches(`
      const { setFlagFor, withFlagsAsStarted } = require(${MODULE});
      const release = setFlagFor('--heap-growing-percent=33', '--heap-growing-percent=0');
      const compactNoMore = setFlagFor('--compact-on-every-full-gc', '--no-compact-on-every-full-gc');
      keep(${file('set')});
      withFlagsAsStarted(() => keep(${file('as-started')}));
      keep(${file('set-again')});
      release();
      compactNoMore();
      compactNoMore();
      keep(${file('released')});`);
    assert.deepStrictEqual(['set', 'as-started', 'set-again', 'released'].map((name) => codeCacheAccepted(path.join(dir, name))), [false, true, false, true]);
  });

  it('still held as the process exits, are unset before a code cache taken then', () => {
    const file = path.join(tempDir(), 'at-exit');
    runKeepingCodeCaches(`process.once('exit', () => keep(${JSON.stringify(file)})); require(${MODULE}).setFlagFor('--compact-on-every-full-gc', '--no-compact-on-every-full-gc');`);
    assert.ok(codeCacheAccepted(file));
  });
});
