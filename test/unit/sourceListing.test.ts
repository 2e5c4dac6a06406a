import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { FactCache } from '../../server/src/node/factCache';
import { keepSourceListing, keptSourceFiles, stampFolders } from '../../server/src/node/sourceListing';
import { tempDir } from '../helpers/cli';

const PATTERNS = ['sources/**/*.md', 'sources/**/*.txt'];

/** A workspace folder whose sources lie in `sources/`, `sources/sub/` and `sources/sub/deeper/`. */
function workspace(): { folder: string; sources: string; files: string[] } {
  const folder = tempDir();
  const sources = path.join(folder, 'sources');
  fs.mkdirSync(path.join(sources, 'sub', 'deeper'), { recursive: true });
  fs.mkdirSync(path.join(sources, 'node_modules'));
  const files = [path.join(sources, 'a.md'), path.join(sources, 'sub', 'b.txt')];
  for (const f of files) fs.writeFileSync(f, '# A report\n\nSome 120 people left.\n');
  fs.writeFileSync(path.join(sources, 'node_modules', 'c.md'), 'not a source');
  return { folder, sources, files };
}

/** A minute from now: the folders just made are settled by then. */
function later(): number {
  return Date.now() + 60_000;
}

/** Past the tick of the system's clock in which the folders were last changed, so that a change now gives them other times. */
function nextTick(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 30));
}

describe('source listings', () => {
  it('stamp every folder the walk could enter under the patterns\' bases, not those it skips', () => {
    const { folder, sources } = workspace();
    const folders = stampFolders(PATTERNS, folder, later());
    assert.deepStrictEqual(
      folders?.map(([dir]) => dir),
      [sources, path.join(sources, 'sub'), path.join(sources, 'sub', 'deeper')],
    );
  });

  it('stamp nothing outside the plain case: patterns outside the folder or naming a file, a link, a folder changed just now, a missing base', () => {
    const { folder, sources } = workspace();
    assert.strictEqual(stampFolders(PATTERNS, undefined, later()), undefined, 'no folder');
    assert.strictEqual(stampFolders([path.join(sources, '**/*.md')], folder, later()), undefined, 'an absolute pattern');
    assert.strictEqual(stampFolders(['../elsewhere/**/*.md'], folder, later()), undefined, 'a pattern climbing out');
    assert.strictEqual(stampFolders(['sources/a.md'], folder, later()), undefined, 'a file named');
    assert.strictEqual(stampFolders(['missing/**/*.md'], folder, later()), undefined, 'a base that is not there');
    assert.strictEqual(stampFolders(PATTERNS, folder), undefined, 'folders changed just now');
    assert.ok(stampFolders(PATTERNS, folder, later()));
    fs.symlinkSync(path.join(folder, '..'), path.join(sources, 'sub', 'link'));
    assert.strictEqual(stampFolders(PATTERNS, folder, later()), undefined, 'a link, which the walk may follow anywhere');
  });

  it('give the files kept while every folder is as it was stamped, and nothing once a file was added or removed in any', async () => {
    const { folder, sources, files } = workspace();
    await nextTick();
    const cacheDir = tempDir();
    const cache = new FactCache(cacheDir, 'test');
    const keep = () => assert.ok(keepSourceListing(cache, PATTERNS, folder, { folders: stampFolders(PATTERNS, folder, later())!, files }));
    keep();
    assert.deepStrictEqual(keptSourceFiles(cache, PATTERNS, folder), files);
    fs.appendFileSync(files[0], 'An article edited keeps its name.\n');
    assert.deepStrictEqual(keptSourceFiles(cache, PATTERNS, folder), files, 'an edit changes no folder');
    assert.strictEqual(keptSourceFiles(cache, ['sources/**/*.md'], folder), undefined, 'other patterns');
    assert.strictEqual(keptSourceFiles(new FactCache(cacheDir, 'another build'), PATTERNS, folder), undefined, "another build's");
    fs.writeFileSync(path.join(sources, 'sub', 'deeper', 'c.md'), 'added');
    assert.strictEqual(keptSourceFiles(cache, PATTERNS, folder), undefined, 'a file added two folders down');
    keep();
    await nextTick();
    fs.rmSync(path.join(sources, 'sub', 'deeper'), { recursive: true });
    assert.strictEqual(keptSourceFiles(cache, PATTERNS, folder), undefined, 'a folder removed');
  });

  it('kept damaged, or not as written, give nothing', () => {
    const { folder, files } = workspace();
    const cacheDir = tempDir();
    const cache = new FactCache(cacheDir, 'test');
    keepSourceListing(cache, PATTERNS, folder, { folders: stampFolders(PATTERNS, folder, later())!, files });
    const [file] = fs.readdirSync(path.join(cacheDir, 'listings-v1')).map((f) => path.join(cacheDir, 'listings-v1', f));
    const kept = fs.readFileSync(file, 'utf8');
    fs.writeFileSync(file, kept.slice(0, kept.length >> 1));
    assert.strictEqual(keptSourceFiles(cache, PATTERNS, folder), undefined, 'cut short');
    fs.writeFileSync(file, kept.replace('"files":[', '"files":[7,'));
    assert.strictEqual(keptSourceFiles(cache, PATTERNS, folder), undefined, 'a file that is no path');
    fs.writeFileSync(file, kept);
    assert.deepStrictEqual(keptSourceFiles(cache, PATTERNS, folder), files);
  });
});
