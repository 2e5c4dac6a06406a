import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { factline, tempDir } from '../helpers/cli';
import { ROOT } from '../helpers/core';

describe('factline extract', () => {
  it('prints a fact file that check accepts as a source', () => {
    const r = factline(['extract', 'examples/workspace/sources/harbour-bridge.md']);
    assert.strictEqual(r.code, 0, r.stderr);
    const file = JSON.parse(r.stdout);
    assert.strictEqual(file.version, 1);
    assert.strictEqual(file.sources[0].title, 'Harbour bridge reopens after two-year repair');
    assert.ok(file.facts.some((f: { text: string; kind: string }) => f.text === '£48.2 million' && f.kind === 'money'));

    const dir = tempDir();
    const factFile = path.join(dir, 'bridge.facts.json');
    fs.writeFileSync(factFile, r.stdout);
    const check = factline(['check', '--no-bundled', '--source', factFile, 'examples/workspace/drafts/bridge-reopens.md']);
    assert.strictEqual(check.code, 1, check.stderr);
    assert.match(check.stdout, /"121" — source says 112/);
  });

  it('with --out, writes the file and names sources relative to it', () => {
    const dir = tempDir();
    const out = path.join(dir, 'facts.json');
    const r = factline(['extract', '--out', out, path.join(ROOT, 'facts', 'karabakh-2023.md')]);
    assert.strictEqual(r.code, 0, r.stderr);
    assert.strictEqual(r.stdout, '');
    const file = JSON.parse(fs.readFileSync(out, 'utf8'));
    assert.strictEqual(file.facts[0].source.file, path.relative(dir, path.join(ROOT, 'facts', 'karabakh-2023.md')));
  });

  it('prints usage and version', () => {
    assert.match(factline(['--help']).stdout, /factline check \[--source FILE\]/);
    assert.match(factline(['--version']).stdout, /^\d+\.\d+\.\d+\n$/);
    for (const args of [['check', '--help'], ['extract', '-h'], ['check', 'draft.md', '--help']]) {
      const r = factline(args);
      assert.strictEqual(r.code, 0, args.join(' '));
      assert.match(r.stdout, /factline check \[--source FILE\]/);
      assert.strictEqual(r.stderr, '');
    }
  });

  it('with no command, prints the usage on stderr and exits 2, as for any bad usage', () => {
    const r = factline([]);
    assert.strictEqual(r.code, 2);
    assert.strictEqual(r.stdout, '');
    assert.match(r.stderr, /^Usage:\n {2}factline check/);
  });
});
