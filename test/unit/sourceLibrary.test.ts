import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { FactCache } from '../../server/src/node/factCache';
import { SourceLibrary } from '../../server/src/node/sourceLibrary';
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
    const cache = new FactCache(path.join(dir, 'cache'), 'test');
    const read: SetArticle[] = files.map((f) => readArticle(cache, f)!);
    const fromDisk = await new SourceLibrary().loadInBackground(files);
    // The files change on disk after they were read: what was read is what is extracted.
    for (const f of files) fs.writeFileSync(f, 'Nothing to see.\n');
    let hashed = 0;
    const key = cache.key.bind(cache);
    cache.key = (bytes, name) => (hashed++, key(bytes, name));
    const library = new SourceLibrary(cache);
    const loaded = await library.loadInBackground(files, { read });
    // Written now, or the idle writer would recreate the folder after afterEach removed it.
    library.flushCache();
    assert.deepStrictEqual(JSON.parse(JSON.stringify(loaded)), JSON.parse(JSON.stringify(fromDisk)));
    assert.strictEqual(hashed, 0);
  });

  it('takes articles read for their keys alone from the cache by those keys, and reads again those it does not hold', async () => {
    const files = writeArticles(3);
    const cache = new FactCache(path.join(dir, 'cache'), 'test');
    const first = new SourceLibrary(cache);
    const fromDisk = await first.loadInBackground(files);
    first.flushCache();
    const keyed: SetArticle[] = files.map((f) => readArticle(cache, f, f, false)!);
    // The files change on disk after they were read: what was read is taken from the cache.
    for (const f of files) fs.writeFileSync(f, 'Nothing to see.\n');
    const loaded = await new SourceLibrary(cache).loadInBackground(files, { read: keyed });
    assert.deepStrictEqual(JSON.parse(JSON.stringify(loaded)), JSON.parse(JSON.stringify(fromDisk)));
    fs.rmSync(cache.fileOf(keyed[1].key));
    const rereading = new SourceLibrary(cache);
    const again = await rereading.loadInBackground(files, { read: keyed });
    rereading.flushCache();
    assert.deepStrictEqual(again!.contributions.map((c) => c.sources[0].facts.length > 0), [true, false, true]);
  });
});
