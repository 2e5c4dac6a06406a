import * as assert from 'assert';
import { spawn, spawnSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { CLI, tempDir } from '../helpers/cli';
import { ROOT } from '../helpers/core';

describe('factline when its output cannot be written', function () {
  this.timeout(30000);
  const dir = tempDir();

  it('stops quietly when the reader closes the pipe early, with the exit code of the check', async () => {
    // Hundreds of mismatches: more than a pipe holds, so the writes go on after the reader is gone.
    const draft = path.join(dir, 'long.md');
    fs.writeFileSync(draft, fs.readFileSync(path.join(ROOT, 'examples', 'draft.md'), 'utf8').repeat(200));
    const child = spawn(process.execPath, [CLI, 'check', draft], { cwd: ROOT });
    let stderr = '';
    child.stderr.on('data', (d) => (stderr += d));
    child.stdout.once('data', () => child.stdout.destroy());
    const code = await new Promise((resolve) => child.on('close', resolve));
    assert.strictEqual(stderr, '');
    assert.strictEqual(code, 1);
  });

  it('says in one line that a full disk refused the output, and exits 2', function () {
    if (!fs.existsSync('/dev/full')) this.skip();
    const full = fs.openSync('/dev/full', 'w');
    try {
      const r = spawnSync(process.execPath, [CLI, 'extract', path.join(ROOT, 'facts', 'karabakh-2023.md')], { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', full, 'pipe'] });
      assert.strictEqual(r.status, 2);
      assert.strictEqual(r.stderr, 'factline: cannot write the output: no space left on device\n');
    } finally {
      fs.closeSync(full);
    }
  });
});
