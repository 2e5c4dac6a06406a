import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { findSourceFiles } from '../../server/src/node/sourceFiles';

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
});
