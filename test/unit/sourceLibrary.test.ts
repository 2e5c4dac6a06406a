import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { FactCache } from '../../server/src/node/factCache';
import { SourceLibrary } from '../../server/src/node/sourceLibrary';
import { sourceNames } from '../../server/src/node/sourceNames';
import { readArticle, SetArticle } from '../../server/src/node/sourceSet';
import { article } from '../bench/sources';

describe('SourceLibrary', () => {
  let dir: string;
  beforeEach(() => (dir = fs.mkdtempSync(path.join(os.tmpdir(), 'factline-library-'))));
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  function writeArticles(count: number): string[] {
    return Array.from({ length: count }, (_, i) => {
      const file = path.join(dir, `report-${i}.md`);
      fs.writeFileSync(file, article(i));
      return file;
    });
  }

  it('extracts articles already read (to look for their set) from those bytes and keys, without reading or hashing them again', async () => {
    const files = writeArticles(3);
    const sources = sourceNames(files);
    const cache = new FactCache(path.join(dir, 'cache'), 'test');
    const read: SetArticle[] = sources.map((source) => readArticle(cache, source)!);
    const fromDisk = await new SourceLibrary().loadInBackground(sources);
    // The files change on disk after they were read: what was read is what is extracted.
    for (const f of files) fs.writeFileSync(f, 'Nothing to see.\n');
    let hashed = 0;
    const key = cache.key.bind(cache);
    cache.key = (bytes, name, prefix) => (hashed++, key(bytes, name, prefix));
    const library = new SourceLibrary(cache);
    const loaded = await library.loadInBackground(sources, { read });
    // Written now, or the idle writer would recreate the folder after afterEach removed it.
    library.flushCache();
    assert.deepStrictEqual(JSON.parse(JSON.stringify(loaded)), JSON.parse(JSON.stringify(fromDisk)));
    assert.strictEqual(hashed, 0);
  });

  it('takes articles read for their keys alone from the cache by those keys, and reads again those it does not hold', async () => {
    const sources = sourceNames(writeArticles(3));
    const cache = new FactCache(path.join(dir, 'cache'), 'test');
    const first = new SourceLibrary(cache);
    const fromDisk = await first.loadInBackground(sources);
    first.flushCache();
    const keyed: SetArticle[] = sources.map((source) => readArticle(cache, source, false)!);
    // The files change on disk after they were read: what was read is taken from the cache.
    for (const { file } of sources) fs.writeFileSync(file, 'Nothing to see.\n');
    const loaded = await new SourceLibrary(cache).loadInBackground(sources, { read: keyed });
    assert.deepStrictEqual(JSON.parse(JSON.stringify(loaded)), JSON.parse(JSON.stringify(fromDisk)));
    fs.rmSync(cache.fileOf(keyed[1].key));
    const rereading = new SourceLibrary(cache);
    const again = await rereading.loadInBackground(sources, { read: keyed });
    rereading.flushCache();
    assert.deepStrictEqual(again!.contributions.map((c) => c.sources[0].facts.length > 0), [true, false, true]);
  });

  it('reads an article again under a new prefix when another of its name is added beside it, or removed', async () => {
    const first = path.join(dir, '2023', 'report.md');
    const second = path.join(dir, '2024', 'report.md');
    for (const [file, figure] of [[first, '4,100'], [second, '5,200']]) {
      fs.mkdirSync(path.dirname(file));
      fs.writeFileSync(file, `# Report\n\nThe council counted ${figure} ballots on 3 May 2024.\n`);
    }
    const cache = new FactCache(path.join(dir, 'cache'), 'test');
    const library = new SourceLibrary(cache);
    const prefixes = async (files: string[]) =>
      (await library.loadInBackground(sourceNames(files)))!.contributions.map((c) => [...new Set(c.sources[0].facts.map((f) => f.id.split('/')[0]))]);
    assert.deepStrictEqual(await prefixes([first]), [['report']]);
    assert.deepStrictEqual(await prefixes([first, second]), [['2023-report'], ['2024-report']]);
    assert.deepStrictEqual(await prefixes([first]), [['report']]);
    library.flushCache();
    // Each prefix is an entry of its own: the article was read under each from the cache, never re-prefixed.
    const entries = fs.readdirSync(path.join(dir, 'cache'), { recursive: true }).filter((f) => String(f).endsWith('.json'));
    assert.strictEqual(entries.length, 3);
  });
});
