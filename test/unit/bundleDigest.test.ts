import * as assert from 'assert';
import { createHash } from 'crypto';
import * as fs from 'fs';
import * as path from 'path';
import { bundleDigest, digestOfBundle } from '../../server/src/node/bundleDigest';
import { tempDir } from '../helpers/cli';

describe('bundle digests', () => {
  it('are taken as the launcher noted them, without reading the bundle again, and read and hashed otherwise', () => {
    const dir = tempDir();
    const file = path.join(dir, 'bundle.js');
    fs.writeFileSync(file, 'console.log(1);\n');
    const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');
    assert.strictEqual(bundleDigest(file), sha256(fs.readFileSync(file)), 'hashed when none was noted');
    const launched = path.join(dir, 'launched.js');
    const bytes = Buffer.from('console.log(2);\n');
    assert.strictEqual(digestOfBundle(launched, bytes), sha256(bytes));
    // The file was never written: its digest is the one noted.
    assert.strictEqual(bundleDigest(launched), sha256(bytes));
  });
});
