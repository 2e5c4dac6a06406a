import * as assert from 'assert';
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { CLI, CliResult, factline, factlineUnprivileged, tempDir } from '../helpers/cli';
import { ROOT } from '../helpers/core';

const DRAFT = path.join(ROOT, 'examples', 'draft.md');
const SEED = path.join(ROOT, 'facts', 'karabakh-2023.md');

/** Bad input: exit 2, nothing on stdout, one line on stderr naming the problem. */
function assertRefused(r: CliResult, reason: RegExp): void {
  assert.strictEqual(r.code, 2, `exit ${r.code}; stderr: ${r.stderr.slice(0, 500)}`);
  assert.strictEqual(r.stdout, '');
  const lines = r.stderr.trimEnd().split('\n');
  assert.strictEqual(lines.length, 1, r.stderr.slice(0, 500));
  assert.match(lines[0], /^factline: /);
  assert.match(lines[0], reason);
}

describe('factline check on bad input', function () {
  this.timeout(30000);
  const dir = tempDir();
  const file = (name: string, content: string | Buffer) => {
    const p = path.join(dir, name);
    fs.writeFileSync(p, content);
    return p;
  };

  it('refuses a binary draft named .md', () => {
    assertRefused(factline(['check', file('image.md', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]))]), /image\.md: binary file, not text$/);
  });

  it('refuses a 50 MB draft before reading it', () => {
    const big = path.join(dir, 'huge.md');
    const fd = fs.openSync(big, 'w');
    const chunk = Buffer.from('Some 120,000 people left on 19 September 2023.\n'.repeat(20_000));
    for (let written = 0; written < 50 * 1024 * 1024; written += chunk.length) fs.writeSync(fd, chunk);
    fs.closeSync(fd);
    const started = Date.now();
    assertRefused(factline(['check', big]), /huge\.md: too large \(\d+ KB, limit 32768 KB\)$/);
    assert.ok(Date.now() - started < 10000);
  });

  it('refuses a draft that is one 10 MB line', () => {
    const line = file('oneline.md', 'Some 120,000 people left. '.repeat(Math.ceil((10 * 1024 * 1024) / 26)));
    assertRefused(factline(['check', line]), /oneline\.md: line 1 is [\d,]+ characters long \(limit 1,000,000\); not a draft$/);
  });

  it('refuses a source that is not UTF-8', () => {
    const latin1 = file('latin1.md', Buffer.from('Caf\xe9 owners said 120,000 people left.\n', 'latin1'));
    assertRefused(factline(['check', '--source', latin1, DRAFT]), /latin1\.md: not valid UTF-8 text$/);
  });

  it('refuses a fact file that is not JSON, with its line and column', () => {
    const broken = file('broken.facts.json', '{ "version": 1, "facts": [ { "id": "x", ] }\n');
    assertRefused(factline(['check', '--source', broken, DRAFT]), /broken\.facts\.json:1:\d+: .*/);
  });

  it('refuses a fact file of the wrong shape', () => {
    for (const [name, content] of [['array.facts.json', '[1, 2, 3]\n'], ['strings.facts.json', '{ "version": 1, "facts": "none" }\n'], ['number.facts.json', '42\n']]) {
      const r = factline(['check', '--source', file(name, content), DRAFT]);
      assertRefused(r, new RegExp(`${name.replace('.', '\\.')}:\\d+:\\d+: `));
    }
  });

  it('refuses a fact file nested too deeply to parse, in check and in extract', () => {
    const deep = file('deep.facts.json', `${'['.repeat(100_000)}${']'.repeat(100_000)}`);
    assertRefused(factline(['check', '--source', deep, DRAFT]), /deep\.facts\.json:1:\d+: nested more than \d+ levels deep; not a fact file$/);
    assertRefused(factline(['extract', deep]), /deep\.facts\.json:1:\d+: nested more than \d+ levels deep; not a fact file$/);
  });

  it('refuses a fact file whose value written as an object is out of range, at its line and column', () => {
    const fact = (value: object) => JSON.stringify({ version: 1, sources: [{ url: 'https://x', title: 'X' }], facts: [{ id: 'k/v', kind: 'count', text: '120,000', value, source: { url: 'https://x' } }] });
    assertRefused(factline(['check', '--source', file('month.facts.json', fact({ date: { year: 2024, month: 13, day: 40 } })), DRAFT]), /month\.facts\.json:1:\d+: fact #1 \(k\/v\): "value\.date\.month" must be an integer from 1 to 12$/);
    assertRefused(factline(['check', '--source', file('precision.facts.json', fact({ number: { values: [120000], precision: 0 } })), DRAFT]), /precision\.facts\.json:1:\d+: fact #1 \(k\/v\): "value\.number\.precision" must be /);
  });

  it('refuses a huge fact file without parsing it', () => {
    const huge = path.join(dir, 'huge.facts.json');
    fs.writeFileSync(huge, `{ "version": 1, "facts": [], "padding": "${'x'.repeat(17 * 1024 * 1024)}" }\n`);
    assertRefused(factline(['check', '--source', huge, DRAFT]), /huge\.facts\.json: too large \(\d+ KB, limit 16384 KB\)$/);
  });

  it('refuses a missing source, a folder given as a source and a loop of links', () => {
    assertRefused(factline(['check', '--source', path.join(dir, 'gone.md'), DRAFT]), /gone\.md: no such file$/);
    fs.mkdirSync(path.join(dir, 'folder.md'));
    assertRefused(factline(['check', '--source', path.join(dir, 'folder.md'), DRAFT]), /folder\.md: is a directory$/);
    fs.symlinkSync('loop-b.md', path.join(dir, 'loop-a.md'));
    fs.symlinkSync('loop-a.md', path.join(dir, 'loop-b.md'));
    assertRefused(factline(['check', '--source', path.join(dir, 'loop-a.md'), DRAFT]), /loop-a\.md: too many levels of symbolic links$/);
  });

  it('refuses a draft folder holding a folder it may not read, a draft in such a folder and a loop of links, each for what it is', () => {
    const drafts = path.join(dir, 'drafts');
    fs.mkdirSync(path.join(drafts, 'locked'), { recursive: true });
    fs.writeFileSync(path.join(drafts, 'ok.md'), 'Some 120,000 people left.\n');
    fs.writeFileSync(path.join(drafts, 'locked', 'inside.md'), 'Some 120,000 people left.\n');
    // Nobody (see factlineUnprivileged) must reach the folders above the drafts.
    fs.chmodSync(dir, 0o755);
    fs.chmodSync(path.join(drafts, 'locked'), 0);
    try {
      assertRefused(factlineUnprivileged(['check', drafts]), /drafts\/locked: permission denied$/);
      assertRefused(factlineUnprivileged(['check', path.join(drafts, 'locked', 'inside.md')]), /inside\.md: permission denied$/);
    } finally {
      fs.chmodSync(path.join(drafts, 'locked'), 0o755);
    }
    fs.symlinkSync('loop-d.md', path.join(dir, 'loop-c.md'));
    fs.symlinkSync('loop-c.md', path.join(dir, 'loop-d.md'));
    assertRefused(factline(['check', path.join(dir, 'loop-c.md')]), /loop-c\.md: too many levels of symbolic links$/);
  });

  it('shows the control characters of a name it quotes escaped, keeping the message one line', () => {
    const name = file('new\nline\u001b[31m.md', Buffer.from([0, 1, 2]));
    assertRefused(factline(['check', name]), /new\\nline\\u001b\[31m\.md: binary file, not text$/);
    assertRefused(factline(['check', '--format', 'js\non', DRAFT]), /unknown --format 'js\\non'/);
  });

  it('refuses --cache without a folder', () => {
    assertRefused(factline(['check', '--cache=', DRAFT]), /--cache needs a folder/);
  });
});

describe('factline extract on bad input', function () {
  this.timeout(30000);
  const dir = tempDir();

  it('refuses an --out it cannot write, in one line saying why', () => {
    fs.writeFileSync(path.join(dir, 'file'), '');
    fs.mkdirSync(path.join(dir, 'folder.json'));
    assertRefused(factline(['extract', '--out', path.join(dir, 'folder.json'), SEED]), /folder\.json: cannot write: is a directory$/);
    assertRefused(factline(['extract', '--out', path.join(dir, 'no', 'such', 'out.facts.json'), SEED]), /out\.facts\.json: cannot write: no such folder$/);
    assertRefused(factline(['extract', '--out', path.join(dir, 'file', 'out.facts.json'), SEED]), /out\.facts\.json: cannot write: not a directory$/);
    if (fs.existsSync('/dev/full')) {
      fs.symlinkSync('/dev/full', path.join(dir, 'full.facts.json'));
      assertRefused(factline(['extract', '--out', path.join(dir, 'full.facts.json'), SEED]), /full\.facts\.json: cannot write: no space left on device$/);
    }
  });

  it('refuses an --out that is one of the sources, by any name, and one not named .json, and leaves the source as it was', () => {
    const article = path.join(dir, 'victim.md');
    fs.copyFileSync(SEED, article);
    fs.symlinkSync('victim.md', path.join(dir, 'link.json'));
    fs.linkSync(article, path.join(dir, 'hard.json'));
    assertRefused(factline(['extract', '--out', article, article]), /--out '.*victim\.md': a fact file's name ends in \.json/);
    assertRefused(factline(['extract', '--out', path.join(dir, 'link.json'), article]), /link\.json: is the source .*victim\.md; writing there would replace it$/);
    assertRefused(factline(['extract', '--out', path.join(dir, 'hard.json'), SEED, article]), /hard\.json: is the source .*victim\.md; writing there would replace it$/);
    assert.deepStrictEqual(fs.readFileSync(article), fs.readFileSync(SEED));
  });
});

describe('factline check --cache', function () {
  this.timeout(30000);
  const dir = tempDir();

  it('writes one entry per source article, gives the same output when warm, and ignores corrupt entries', () => {
    const cache = path.join(dir, 'cache');
    const args = ['check', '--format', 'json', '--no-bundled', '--cache', cache, '--source', SEED, DRAFT];
    const plain = factline(['check', '--format', 'json', '--no-bundled', '--source', SEED, DRAFT]);
    const cold = factline(args);
    assert.strictEqual(cold.code, 1, cold.stderr);
    assert.strictEqual(cold.stdout, plain.stdout);
    const entries = listFiles(cache).filter((f) => f.endsWith('.json'));
    assert.strictEqual(entries.length, 1);
    const warm = factline(args);
    assert.strictEqual(warm.stdout, plain.stdout);
    assert.strictEqual(warm.stderr, '');

    // The set's entry with a byte of its index's last page changed: read whole and checked, it is ignored.
    const [set] = listFiles(cache).filter((f) => f.endsWith('.bin') && !/-(ids|judged)\.bin$/.test(f));
    const bytes = fs.readFileSync(set);
    bytes[bytes.length - 1] ^= 0xff;
    fs.writeFileSync(set, bytes);
    const damaged = factline(args);
    assert.strictEqual(damaged.stdout, plain.stdout);
    assert.strictEqual(damaged.stderr, '');
    assert.notDeepStrictEqual(fs.readFileSync(set), bytes, 'the damaged set is kept anew');

    // Corrupt it three ways: garbage, valid JSON of the wrong shape, an entry for another key.
    for (const corrupt of ['{ not json', '{"key": "x", "source": {"file": 1}}', JSON.stringify({ key: 'other', source: { file: 'a', title: 'b', facts: [] } })]) {
      fs.writeFileSync(entries[0], corrupt);
      const r = factline(args);
      assert.strictEqual(r.stdout, plain.stdout, `with a cache entry of ${corrupt}`);
      assert.strictEqual(r.stderr, '');
      assert.notStrictEqual(fs.readFileSync(entries[0], 'utf8'), corrupt, 'the corrupt entry is rewritten');
    }
  });

  it('serves no entry to another build of the same version: its extractor may differ', () => {
    // A copy of the CLI that differs from the built one by a comment, beside its own package.json.
    const build = path.join(dir, 'other-build');
    fs.mkdirSync(build);
    fs.copyFileSync(path.join(ROOT, 'package.json'), path.join(build, 'package.json'));
    fs.writeFileSync(path.join(build, 'factline.js'), `${fs.readFileSync(CLI, 'utf8')}\n// another build\n`);
    const cache = path.join(dir, 'shared-cache');
    const args = ['check', '--format', 'json', '--no-bundled', '--cache', cache, '--source', SEED, DRAFT];
    assert.strictEqual(factline(args).code, 1);
    assert.strictEqual(listFiles(cache).filter((f) => f.endsWith('.json')).length, 1);
    const other = spawnSync(process.execPath, [path.join(build, 'factline.js'), ...args], { cwd: ROOT, encoding: 'utf8' });
    assert.strictEqual(other.status, 1, other.stderr);
    assert.strictEqual(listFiles(cache).filter((f) => f.endsWith('.json')).length, 2, 'the other build extracted the source again');
  });

  it('sweeps, once a day, what older versions left in the cache and the entries of articles not used for a month', () => {
    const cache = path.join(dir, 'swept-cache');
    const args = ['check', '--format', 'json', '--no-bundled', '--cache', cache, '--source', SEED, DRAFT];
    assert.strictEqual(factline(args).code, 1);
    const [entry] = listFiles(cache).filter((f) => f.endsWith('.json'));
    const unused = path.join(path.dirname(entry), `${'0'.repeat(64)}.json`);
    const older = path.join(cache, 'facts-v4', 'ab', `${'a'.repeat(64)}.json`);
    fs.mkdirSync(path.dirname(older), { recursive: true });
    for (const file of [unused, older]) fs.writeFileSync(file, '{}');
    const monthAgo = new Date(Date.now() - 40 * 24 * 60 * 60 * 1000);
    fs.utimesSync(unused, monthAgo, monthAgo);
    assert.strictEqual(factline(args).code, 1);
    assert.ok(fs.existsSync(older) && fs.existsSync(unused), 'swept already today');
    const yesterday = new Date(Date.now() - 25 * 60 * 60 * 1000);
    fs.utimesSync(path.join(cache, 'swept'), yesterday, yesterday);
    const r = factline(args);
    assert.strictEqual(r.code, 1, r.stderr);
    assert.ok(!fs.existsSync(older), 'the older format swept');
    assert.ok(!fs.existsSync(unused), 'the unused entry swept');
    assert.ok(fs.existsSync(entry), 'the entry in use kept');
  });

  it('runs without a cache, and says so in one line, when the folder cannot be made or written', () => {
    const blocked = path.join(dir, 'blocked');
    fs.writeFileSync(blocked, 'a file where the cache folder would be');
    const plain = factline(['check', '--format', 'json', '--no-bundled', '--source', SEED, DRAFT]);
    // procfs takes no new folder, and Node's recursive mkdir tried to make one there forever.
    for (const [cache, reason] of [[blocked, 'not a directory'], ...(fs.existsSync('/proc/self') ? [['/proc/self', 'no folder can be made there']] : [])]) {
      const r = factline(['check', '--format', 'json', '--no-bundled', '--cache', cache, '--source', SEED, DRAFT]);
      assert.strictEqual(r.code, 1, r.stderr);
      assert.strictEqual(r.stdout, plain.stdout);
      assert.strictEqual(r.stderr, `factline: warning: --cache ${cache}: ${reason}; checking without a cache\n`);
    }
  });
});

function listFiles(dir: string): string[] {
  return fs.readdirSync(dir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile()).map((e) => path.join(e.parentPath ?? e.path, e.name));
}
