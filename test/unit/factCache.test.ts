import * as assert from 'assert';
import * as fs from 'fs';
// The module itself, not an import's read-only view of it: its closeSync is watched.
import nodeFs = require('fs');
import * as os from 'os';
import * as path from 'path';
import { buildFacts, buildFactsAndReading, SourceFacts } from '../../server/src/core/facts/buildFacts';
import { readSource } from '../../server/src/core/match/sourceReading';
import { FACT_FOLDER, FactCache, SET_FOLDER } from '../../server/src/node/factCache';
import { makeDraft } from '../bench/corpus';
import { alone } from '../helpers/core';

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
    assert.strictEqual(cache.touchSet('set8', now), true);
    // Marked within the day: left as it is, a stat rather than a write at every warm start.
    assert.strictEqual(cache.touchSet('set0', now), false);
    cache.pruneSets('set9', now);
    const left = new Set(fs.readdirSync(path.join(dir, SET_FOLDER)));
    const kept = ['set9', 'set8', 'orphan', 'set0', 'set1', 'set2', 'set3', 'set4'];
    for (const name of kept) for (const file of name === 'orphan' ? files(name).slice(1) : files(name)) assert.ok(left.has(file), `${file} kept`);
    for (const name of ['set5', 'set6', 'set7', 'stale', 'orphanOld']) for (const file of files(name)) assert.ok(!left.has(file), `${file} removed`);
  });

  const DAY = 24 * 60 * 60 * 1000;
  const age = (file: string, ms: number) => fs.utimesSync(file, new Date(Date.now() - ms), new Date(Date.now() - ms));
  const usedAgo = (file: string) => Date.now() - fs.statSync(file).mtimeMs;

  it('marks an entry or a listing used when reading one not marked for a day, and leaves one marked lately as it was', () => {
    const cache = new FactCache(dir, 'test');
    const key = cache.key(Buffer.from(TEXT), 'a.md', 'a');
    cache.set(key, buildFacts(alone('a.md', TEXT)));
    cache.setListing('folder', { files: ['a.md'] });
    const listing = path.join(dir, 'listings-v1', fs.readdirSync(path.join(dir, 'listings-v1'))[0]);
    const isListing = (v: unknown): v is { files: string[] } => Array.isArray((v as { files?: unknown }).files);
    for (const [file, read] of [[cache.fileOf(key), () => cache.get(key)], [listing, () => cache.getListing('folder', isListing)]] as const) {
      age(file, 3 * DAY);
      assert.ok(read());
      assert.ok(usedAgo(file) < 60_000, `${file} marked`);
      age(file, 2 * 60 * 60 * 1000);
      assert.ok(read());
      assert.ok(usedAgo(file) > 60 * 60 * 1000, `${file} left as it was`);
    }
  });

  it('sweeps at most once a day the folders of older formats, entries and listings unused for a month and writes cut short, and nothing else', async () => {
    const hex = (c: string) => c.repeat(64);
    const write = (relative: string, ago = 0) => {
      const file = path.join(dir, relative);
      fs.mkdirSync(path.dirname(file), { recursive: true });
      fs.writeFileSync(file, '{}');
      age(file, ago);
      return file;
    };
    const cache = new FactCache(dir, 'test');
    const source = buildFacts(alone('a.md', TEXT));
    const entry = (name: string, ago: number) => {
      const key = cache.key(Buffer.from(name), name, 'a');
      cache.set(key, source);
      age(cache.fileOf(key), ago);
      return cache.fileOf(key);
    };
    const kept = [
      entry('fresh.md', 0),
      entry('month.md', 29 * DAY),
      write(`listings-v1/${hex('a')}.json`, 10 * DAY),
      write(`${SET_FOLDER}/${hex('b')}.bin.12.x9.tmp`, 2 * 60 * 60 * 1000),
      // Not the cache's own: a folder `--cache` names may hold anything.
      write('notes.txt', 90 * DAY),
      write(`${FACT_FOLDER}/ab/notes.txt`, 90 * DAY),
      write(`facts-v3/ab/${hex('a')}.json`, 90 * DAY),
      write('facts-v3/ab/notes.txt', 90 * DAY),
      write(`facts-v99/ab/${hex('a')}.json`, 90 * DAY),
    ];
    const removed = [
      entry('stale.md', 31 * DAY),
      write(`${FACT_FOLDER}/cd/${hex('c')}.json.77.abc.tmp`, 2 * DAY),
      write(`listings-v1/${hex('d')}.json`, 40 * DAY),
      write(`${SET_FOLDER}/${hex('e')}.bin.12.x9.tmp`, 2 * DAY),
      write(`facts-v4/ab/${hex('a')}.json`),
      write(`sets-v6/${hex('f')}-ids.bin`),
      write(`listings-v0/${hex('a')}.json`),
    ];
    await cache.sweep();
    for (const file of kept) assert.ok(fs.existsSync(file), `${path.relative(dir, file)} kept`);
    for (const file of removed) assert.ok(!fs.existsSync(file), `${path.relative(dir, file)} removed`);
    assert.ok(!fs.existsSync(path.join(dir, 'facts-v4')), 'an older format\'s folder removed whole');
    // Once a day, in this process and in the others sharing the cache.
    const later = entry('later.md', 40 * DAY);
    await cache.sweep(Date.now() + 60 * 60 * 1000);
    await new FactCache(dir, 'test').sweep(Date.now() + 2 * 60 * 60 * 1000);
    assert.ok(fs.existsSync(later), 'not swept again within the day');
    await new FactCache(dir, 'test').sweep(Date.now() + DAY + 60_000);
    assert.ok(!fs.existsSync(later), 'swept the next day');
  });

  it('does not sweep a cache it never wrote to, nor fail on one it cannot list', async () => {
    const missing = path.join(dir, 'none');
    await new FactCache(missing, 'test').sweep();
    assert.ok(!fs.existsSync(missing));
  });

  it('writes entries as ASCII and reads back every character beyond it', () => {
    const cache = new FactCache(dir, 'test');
    const source = buildFacts(alone('café.md', TEXT));
    source.reading = readSource(source);
    const key = cache.key(Buffer.from(TEXT), 'café.md', 'cafe');
    assert.ok(cache.set(key, source));
    assert.match(fs.readFileSync(cache.fileOf(key), 'latin1'), /^[\x00-\x7f]*$/);
    const cached = cache.get(key)!;
    assert.deepStrictEqual(JSON.parse(JSON.stringify(cached)), JSON.parse(JSON.stringify(source)));
    assert.deepStrictEqual(cached.reading, source.reading);
    assert.ok(source.facts.some((f) => f.quote.includes('€') && f.quote.includes('🎉')), 'the quotes hold characters beyond ASCII');
  });

  it('ignores an entry holding bytes beyond ASCII, as an older or damaged one would', () => {
    const cache = new FactCache(dir, 'test');
    const source = buildFacts(alone('a.md', TEXT));
    const key = cache.key(Buffer.from(TEXT), 'a.md', 'a');
    cache.set(key, source);
    const file = cache.fileOf(key);
    fs.writeFileSync(file, fs.readFileSync(file, 'latin1').replace('\\u00e9', 'é'), 'utf8');
    assert.strictEqual(cache.get(key), undefined);
  });

  it('writes and reads back a number JSON has no form for, and a text that says null', () => {
    const cache = new FactCache(dir, 'test');
    const source = buildFacts(alone('open.md', 'Shares in null Holdings fell 12% as 1,200 fans paid £45 each.\n'));
    source.facts[0].value = { number: { values: [Infinity], precision: 1 } };
    const key = cache.key(Buffer.from('open'), 'open.md', 'open');
    assert.ok(cache.set(key, source));
    assert.strictEqual(cache.get(key)!.facts[0].value.number!.values[0], Infinity);
    assert.match(cache.get(key)!.facts[1].quote, /null Holdings/);
  });
  describe('an entry read a line at a time', () => {
    // Long enough for its lists and its reading's arrays to take several lines each.
    let long: SourceFacts;
    before(() => (long = buildFactsAndReading(alone('long.md', makeDraft(200 * 1024)))));
    const json = (v: unknown) => JSON.parse(JSON.stringify(v));

    it('gives in steps what it gives in one go, and what was written', () => {
      const cache = new FactCache(dir, 'test');
      const key = cache.key(Buffer.from('long'), 'long.md', 'long');
      assert.ok(cache.set(key, long));
      const steps = cache.getting(key);
      let taken = 0;
      let step;
      while (!(step = steps.next()).done) taken++;
      const lines = fs.readFileSync(cache.fileOf(key), 'latin1').split('\n').length - 1;
      assert.ok(lines > 20 && taken >= lines / 16, `${taken} steps for ${lines} lines`);
      assert.deepStrictEqual(json(step.value), json(long));
      assert.deepStrictEqual(step.value!.reading, long.reading);
      assert.deepStrictEqual(json(cache.get(key)), json(long));
    });

    it('ignores an entry cut short, or with a line damaged, missing, added or out of place, and never throws', () => {
      const cache = new FactCache(dir, 'test');
      const key = cache.key(Buffer.from('long'), 'long.md', 'long');
      assert.ok(cache.set(key, long));
      const file = cache.fileOf(key);
      const whole = fs.readFileSync(file, 'latin1');
      const lines = whole.split('\n').slice(0, -1);
      const damaged: Array<[string, string]> = [
        ['empty', ''],
        ['cut in its head', whole.slice(0, 40)],
        ['cut after its head', `${lines[0]}\n`],
        ['without its last newline', whole.slice(0, -1)],
        ['a line garbled', [lines[0], lines[1], '[{"id":', ...lines.slice(3), ''].join('\n')],
        ['a line of facts missing', [...lines.slice(0, 5), ...lines.slice(6), ''].join('\n')],
        ['a line added', `${whole}[]\n`],
        ['two lines swapped', [lines[0], lines[2], lines[1], ...lines.slice(3), ''].join('\n')],
        ['an array line cut', [...lines.slice(0, -1), lines[lines.length - 1].slice(4), ''].join('\n')],
        ['of another key', whole.replace(key, 'f'.repeat(64))],
        ['a fact naming a quote past the quotes', whole.replace(/"quote":\d+/, '"quote":99999999')],
        ['a byte beyond ASCII', whole.replace('"title":"', '"title":"\u00e9')],
        ['an array longer than the file', whole.replace(/"bytes":\[\d+/, '"bytes":[4000000000')],
      ];
      for (let cut = 1000; cut < whole.length; cut += Math.floor(whole.length / 7)) damaged.push([`cut at ${cut}`, whole.slice(0, cut)]);
      for (const [what, text] of damaged) {
        fs.writeFileSync(file, text, 'latin1');
        assert.strictEqual(cache.get(key), undefined, what);
      }
      fs.rmSync(file);
      assert.strictEqual(cache.get(key), undefined, 'missing');
      fs.writeFileSync(file, whole, 'latin1');
      assert.deepStrictEqual(json(cache.get(key)), json(long), 'whole again');
    });

    it('ignores an entry of the format before, one JSON text (facts-v6)', () => {
      const cache = new FactCache(dir, 'test');
      const source = buildFactsAndReading(alone('a.md', TEXT));
      const key = cache.key(Buffer.from(TEXT), 'a.md', 'a');
      const { facts, reading: _reading, ...own } = source;
      const older = { key, source: { ...own, facts: facts.map((f, i) => ({ ...f, quote: i })) }, quotes: facts.map((f) => f.quote) };
      fs.mkdirSync(path.dirname(cache.fileOf(key)), { recursive: true });
      fs.writeFileSync(cache.fileOf(key), JSON.stringify(older));
      assert.strictEqual(cache.get(key), undefined);
    });
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
