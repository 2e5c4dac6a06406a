import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { findSourceFiles, MAX_WALKED_FOLDERS } from '../../server/src/node/sourceFiles';

describe('source files', () => {
  let dir: string;
  let folder: string;
  beforeEach(() => {
    dir = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'factline-sources-')));
    folder = path.join(dir, 'workspace');
    fs.mkdirSync(path.join(folder, 'sources', 'sub'), { recursive: true });
    fs.mkdirSync(path.join(dir, 'outside'));
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  const write = (file: string) => fs.writeFileSync(file, '# An article\n');
  const names = (files: string[]) => files.map((f) => path.relative(folder, f).split(path.sep).join('/'));

  // "/**" walked into /proc, whose links lead back to the root, for ever, holding gigabytes.
  it(`stops a pattern's walk after ${MAX_WALKED_FOLDERS} folders and says so, keeping what it found`, async function () {
    if (!fs.existsSync('/proc/self/root')) this.skip();
    this.timeout(60_000);
    const found = await findSourceFiles(['/proc/**/*.md'], undefined, { trusted: true });
    assert.deepStrictEqual(found.problems, [`source pattern "/proc/**/*.md" leads through more than ${MAX_WALKED_FOLDERS} folders; only the files found in the first ${MAX_WALKED_FOLDERS} are read — narrow it down`]);
  });

  it('resolves links one by one and plain files by their folder: a file twice, or out of the workspace, is left out', async () => {
    write(path.join(folder, 'sources', 'a.md'));
    write(path.join(folder, 'sources', 'sub', 'c.md'));
    write(path.join(dir, 'outside', 'secret.md'));
    write(path.join(dir, 'outside', 'far.md'));
    // A link to an article of the folder, one to a file outside, a linked folder outside, a dangling link (not listed).
    fs.symlinkSync('a.md', path.join(folder, 'sources', 'b.md'));
    fs.symlinkSync(path.join(dir, 'outside', 'secret.md'), path.join(folder, 'sources', 'secret.md'));
    fs.symlinkSync(path.join(dir, 'outside'), path.join(folder, 'sources', 'linked'));
    fs.symlinkSync('gone.md', path.join(folder, 'sources', 'dangling.md'));
    const found = await findSourceFiles(['sources/**/*.md'], folder, { trusted: true });
    assert.deepStrictEqual(names(found.files), ['sources/a.md', 'sources/sub/c.md']);
    assert.deepStrictEqual(found.problems, ['source pattern "sources/**/*.md": 3 file(s) ignored, symbolic links leading out of the workspace folder']);
  });

  it('reads a workspace folder reached through a link as the folder itself', async () => {
    write(path.join(folder, 'sources', 'a.md'));
    const linked = path.join(dir, 'linked-workspace');
    fs.symlinkSync(folder, linked);
    const found = await findSourceFiles(['sources/*.md'], linked, { trusted: true });
    assert.deepStrictEqual(found.files, [path.join(linked, 'sources', 'a.md')]);
    assert.deepStrictEqual(found.problems, []);
  });

  /** What the patterns find each alone, together: in a folder without links, what they find together. */
  async function oneByOne(patterns: string[], at = folder): Promise<{ files: string[]; problems: string[] }> {
    const each = [];
    for (const p of patterns) each.push(await findSourceFiles([p], at, { trusted: true }));
    return { files: [...new Set(each.flatMap((f) => f.files))].sort(), problems: each.flatMap((f) => f.problems) };
  }

  it('finds with several patterns what they find one by one, in a folder without links or reached through one', async () => {
    const patterns = ['sources/**/*.md', 'sources/**/*.txt', 'sources/**/*.facts.json', 'sources/sub/*.md', '*.md'];
    write(path.join(folder, 'top.md'));
    for (const file of ['a.md', 'b.txt', 'c.facts.json', 'notes.json', 'sub/d.md', 'sub/e.txt', 'node_modules/f.md', '.hidden/g.md']) {
      fs.mkdirSync(path.dirname(path.join(folder, 'sources', file)), { recursive: true });
      write(path.join(folder, 'sources', file));
    }
    const found = await findSourceFiles(patterns, folder, { trusted: true });
    assert.deepStrictEqual(names(found.files), ['sources/a.md', 'sources/b.txt', 'sources/c.facts.json', 'sources/sub/d.md', 'sources/sub/e.txt', 'top.md']);
    assert.deepStrictEqual(found, await oneByOne(patterns));
    const linked = path.join(dir, 'linked-workspace');
    fs.symlinkSync(folder, linked);
    assert.deepStrictEqual(await findSourceFiles(patterns, linked, { trusted: true }), await oneByOne(patterns, linked));
    // Named as a workspace folder may be: with a separator after it, or a step that goes nowhere.
    for (const named of [folder + path.sep, path.join(folder, 'sources') + `${path.sep}..`]) {
      assert.deepStrictEqual(await findSourceFiles(patterns, named, { trusted: true }), await oneByOne(patterns, named), named);
    }
  });

  it('finds with several patterns what they find one by one when links or the limit on files make the order of patterns matter', async () => {
    write(path.join(folder, 'sources', 'a.md'));
    write(path.join(dir, 'outside', 'secret.txt'));
    fs.symlinkSync('a.md', path.join(folder, 'sources', 'b.txt'));
    fs.symlinkSync(path.join(dir, 'outside', 'secret.txt'), path.join(folder, 'sources', 'secret.txt'));
    const linked = ['sources/*.txt', 'sources/*.md'];
    const found = await findSourceFiles(linked, folder, { trusted: true });
    // The link found first stands for the article it leads to; the pattern that found the one leading out says so.
    assert.deepStrictEqual(names(found.files), ['sources/b.txt']);
    assert.deepStrictEqual(found.problems, ['source pattern "sources/*.txt": 1 file(s) ignored, symbolic links leading out of the workspace folder']);
    // Two patterns finding the same 2,600 files: the second reaches the limit (5,000), though together they find fewer.
    fs.rmSync(path.join(folder, 'sources'), { recursive: true });
    fs.mkdirSync(path.join(folder, 'sources'));
    for (let i = 0; i < 2600; i++) write(path.join(folder, 'sources', `a${i}.md`));
    const many = await findSourceFiles(['sources/*.md', 'sources/**/*.md'], folder, { trusted: true });
    assert.strictEqual(many.files.length, 2600);
    assert.deepStrictEqual(many.problems, ['source pattern "sources/**/*.md" matches more than 5000 files; only the first 5000 are read — narrow it down']);
  });
});
