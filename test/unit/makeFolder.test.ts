import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { makeFolder } from '../../server/src/node/makeFolder';
import { tempDir } from '../helpers/cli';

describe('makeFolder', () => {
  const dir = tempDir();

  it('makes a folder and those missing above it, and leaves one that is there', () => {
    const deep = path.join(dir, 'a', 'b', 'c');
    makeFolder(deep);
    assert.ok(fs.statSync(deep).isDirectory());
    makeFolder(deep);
  });

  it('throws for a file in the way, and at once under a folder that takes no new one', function () {
    fs.writeFileSync(path.join(dir, 'file'), '');
    assert.throws(() => makeFolder(path.join(dir, 'file')), { code: 'ENOTDIR' });
    assert.throws(() => makeFolder(path.join(dir, 'file', 'below')), { code: 'ENOTDIR' });
    if (!fs.existsSync('/proc/self')) this.skip();
    assert.throws(() => makeFolder('/proc/self/facts-v5/ab'), { code: 'ENOENT' });
  });
});
