import * as assert from 'assert';
import { spawnSync } from 'child_process';
import * as path from 'path';

describe("the server's stand-in for child_process", () => {
  // In a process of its own: this one has loaded child_process long ago.
  it('loads the module when first used, and gives all of it, whatever is asked of it', () => {
    const standIn = path.join(__dirname, '..', '..', 'server', 'src', 'node', 'lazyChildProcess.js');
    const script = `
      const cp = require(${JSON.stringify(standIn)});
      const loaded = () => process.moduleLoadList.includes('NativeModule child_process');
      const before = loaded();
      const out = cp.execFileSync(process.execPath, ['-e', 'process.stdout.write("ok")']).toString();
      const real = require('node:child_process');
      const same = Object.keys(real).every((k) => typeof cp[k] === typeof real[k] && k in cp);
      process.stdout.write(JSON.stringify({ before, after: loaded(), out, same, fork: typeof cp.fork }));`;
    const r = spawnSync(process.execPath, ['-e', script], { encoding: 'utf8' });
    assert.strictEqual(r.status, 0, r.stderr);
    assert.deepStrictEqual(JSON.parse(r.stdout), { before: false, after: true, out: 'ok', same: true, fork: 'function' });
  });
});
