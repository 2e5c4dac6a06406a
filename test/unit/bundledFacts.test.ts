import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import * as v8 from 'v8';
import { readSource } from '../../server/src/core/match/sourceReading';
import { bundledFactsDir, loadBundledFacts, readBuiltInSnapshot, writeBuiltInSnapshot } from '../../server/src/node/bundledFacts';

describe('built-in fact snapshot', () => {
  let dir: string;
  beforeEach(() => (dir = fs.mkdtempSync(path.join(os.tmpdir(), 'factline-snapshot-'))));
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('gives what reading facts/ gives: the same facts at the same absolute paths, with their readings', () => {
    const file = path.join(dir, 'facts.bin');
    writeBuiltInSnapshot(file);
    const fresh = loadBundledFacts().map((s) => ({ ...s, reading: readSource(s) }));
    assert.deepStrictEqual(readBuiltInSnapshot(file), fresh);
    assert.ok(fresh[0].facts.every((f) => path.isAbsolute(f.source.file) && f.source.file.startsWith(bundledFactsDir())), 'the facts name their files in facts/');
  });

  it('keeps paths relative to facts/, so that an installed package finds its own files', () => {
    const file = path.join(dir, 'facts.bin');
    writeBuiltInSnapshot(file);
    const { sources } = v8.deserialize(fs.readFileSync(file)) as { sources: Array<{ file: string; facts: Array<{ source: { file: string }; declaredAt?: { file: string } }> }> };
    const files = sources.flatMap((s) => [s.file, ...s.facts.flatMap((f) => [f.source.file, ...(f.declaredAt ? [f.declaredAt.file] : [])])]);
    assert.ok(files.length > 1 && files.every((f) => !path.isAbsolute(f)), files.join(', '));
  });

  it('is ignored when made of other files, damaged or missing: the caller reads facts/', () => {
    const stale = path.join(dir, 'stale.bin');
    writeBuiltInSnapshot(stale);
    const snapshot = v8.deserialize(fs.readFileSync(stale)) as { key: string };
    fs.writeFileSync(stale, v8.serialize({ ...snapshot, key: snapshot.key.replace(/^./, (c) => (c === '0' ? '1' : '0')) }));
    assert.strictEqual(readBuiltInSnapshot(stale), undefined);
    const damaged = path.join(dir, 'damaged.bin');
    fs.writeFileSync(damaged, 'not a snapshot');
    assert.strictEqual(readBuiltInSnapshot(damaged), undefined);
    assert.strictEqual(readBuiltInSnapshot(path.join(dir, 'missing.bin')), undefined);
  });
});
