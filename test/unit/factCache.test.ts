import * as assert from 'assert';
import * as fs from 'fs';
// The module itself, not an import's read-only view of it: its closeSync is watched.
import nodeFs = require('fs');
import * as os from 'os';
import * as path from 'path';
import { buildFacts } from '../../server/src/core/facts/buildFacts';
import { readSource } from '../../server/src/core/match/sourceReading';
import { FactCache, SET_FOLDER } from '../../server/src/node/factCache';

describe('FactCache', () => {
  let dir: string;
  beforeEach(() => (dir = fs.mkdtempSync(path.join(os.tmpdir(), 'factline-cache-'))));
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  const TEXT = '# Café report — 東京\n\nShares in Zürich Holdings fell 12% after revenue of €340m; 1,200 fans 🎉 paid £45 each, over 500 of them “élite”.\n';

  it('removes the sets used longest ago beyond the eight it keeps, and those unused for a month, never the one just kept', () => {
    const cache = new FactCache(dir, 'test');
    const now = Date.now();
    const day = 24 * 60 * 60 * 1000;
    const files = (name: string) => [`${name}.bin`, `${name}-ids.bin`, `${name}-judged.bin`];
    const keep = (name: string, daysAgo: number, parts = files(name)) => {
      for (const file of parts) {
        assert.ok(cache.setSet(file.slice(0, -'.bin'.length), { file }));
        const at = new Date(now - daysAgo * day);
        fs.utimesSync(path.join(dir, SET_FOLDER, file), at, at);
      }
    };
    for (let i = 0; i < 10; i++) keep(`set${i}`, i);
    keep('stale', 40);
    // Parts whose entry was never written count from when they were.
    keep('orphan', 0.5, files('orphan').slice(1));
    keep('orphanOld', 35, files('orphanOld').slice(1));
    cache.touchSet('set8', new Date(now));
    cache.pruneSets('set9', now);
    const left = new Set(fs.readdirSync(path.join(dir, SET_FOLDER)));
    const kept = ['set9', 'set8', 'orphan', 'set0', 'set1', 'set2', 'set3', 'set4'];
    for (const name of kept) for (const file of name === 'orphan' ? files(name).slice(1) : files(name)) assert.ok(left.has(file), `${file} kept`);
    for (const name of ['set5', 'set6', 'set7', 'stale', 'orphanOld']) for (const file of files(name)) assert.ok(!left.has(file), `${file} removed`);
  });

  it('writes entries as ASCII and reads back every character beyond it', () => {
    const cache = new FactCache(dir, 'test');
    const source = buildFacts({ file: 'café.md', text: TEXT });
    source.reading = readSource(source);
    const key = cache.key(Buffer.from(TEXT), 'café.md');
    assert.ok(cache.set(key, source));
    assert.match(fs.readFileSync(cache.fileOf(key), 'latin1'), /^[\x00-\x7f]*$/);
    const cached = cache.get(key)!;
    assert.deepStrictEqual(JSON.parse(JSON.stringify(cached)), JSON.parse(JSON.stringify(source)));
    assert.deepStrictEqual(cached.reading, source.reading);
    assert.ok(source.facts.some((f) => f.quote.includes('€') && f.quote.includes('🎉')), 'the quotes hold characters beyond ASCII');
  });

  it('ignores an entry holding bytes beyond ASCII, as an older or damaged one would', () => {
    const cache = new FactCache(dir, 'test');
    const source = buildFacts({ file: 'a.md', text: TEXT });
    const key = cache.key(Buffer.from(TEXT), 'a.md');
    cache.set(key, source);
    const file = cache.fileOf(key);
    fs.writeFileSync(file, fs.readFileSync(file, 'latin1').replace('\\u00e9', 'é'), 'utf8');
    assert.strictEqual(cache.get(key), undefined);
  });

  it('writes and reads back a number JSON has no form for, and a text that says null', () => {
    const cache = new FactCache(dir, 'test');
    const source = buildFacts({ file: 'open.md', text: 'Shares in null Holdings fell 12% as 1,200 fans paid £45 each.\n' });
    source.facts[0].value = { number: { values: [Infinity], precision: 1 } };
    const key = cache.key(Buffer.from('open'), 'open.md');
    assert.ok(cache.set(key, source));
    assert.strictEqual(cache.get(key)!.facts[0].value.number!.values[0], Infinity);
    assert.match(cache.get(key)!.facts[1].quote, /null Holdings/);
  });
  it('opens a set entry ahead, of any size, its paged lists read when asked for, and nothing for a missing one', async () => {
    const cache = new FactCache(dir, 'test');
    const isSet = (v: unknown): v is { counts: Uint32Array; kinds: Uint8Array } => !!v && (v as { counts?: unknown }).counts instanceof Uint32Array;
    for (const [name, size] of [['small', 3], ['large', 3 << 20]] as const) {
      for (const paging of [false, true]) {
        const counts = Uint32Array.from({ length: size }, (_, i) => i * 7 + 1);
        const kinds = Uint8Array.from({ length: size }, (_, i) => i % 5);
        assert.ok(cache.setSet(name, { counts, kinds }, (list) => paging && list === counts));
        const opened = (await cache.openSet(name))!;
        // Closed once, never twice: a number closed again may by then be another file's.
        let closes = 0;
        const closeSync = nodeFs.closeSync;
        nodeFs.closeSync = (fd: number) => {
          if (fd === opened.fd) closes++;
          closeSync(fd);
        };
        const read = cache.getOpenedSet(opened, isSet)!;
        assert.deepStrictEqual(read.entry.kinds, kinds, `${name}: what is read at once`);
        if (!paging) {
          nodeFs.closeSync = closeSync;
          assert.strictEqual(read.pages, undefined);
          assert.deepStrictEqual(read.entry.counts, counts);
          assert.strictEqual(closes, 1, 'the file is closed once');
          continue;
        }
        assert.strictEqual(read.entry.counts[size - 1], 0, `${name}: the paged list is not read before it is asked for`);
        read.pages!.load(read.entry.counts, size - 1, size);
        assert.strictEqual(read.entry.counts[size - 1], counts[size - 1]);
        const rest = read.pages!.loadingRest();
        if (name === 'large') {
          rest.next();
          assert.ok(!read.pages!.complete);
          assert.doesNotThrow(() => fs.fstatSync(opened.fd), 'the file is open while pages are left');
        }
        while (!rest.next().done);
        read.pages!.close();
        nodeFs.closeSync = closeSync;
        assert.deepStrictEqual(read.entry.counts, counts);
        assert.strictEqual(closes, 1, 'the file is closed once, when every page is read');
      }
    }
    assert.strictEqual(await cache.openSet('missing'), undefined);
  });
});
