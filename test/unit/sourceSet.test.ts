import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { checkDocument } from '../../server/src/core/check/checkDocument';
import type { SourceFacts } from '../../server/src/core/facts/buildFacts';
import { FactContribution, mergeFactBase } from '../../server/src/core/facts/mergeFactBase';
import { FactIndex, IndexedSource, IndexSnapshot, SmallNumbers } from '../../server/src/core/match/factIndex';
import { decodeArrays, encodeArrays } from '../../server/src/node/arraysFile';
import { loadBundledFacts } from '../../server/src/node/bundledFacts';
import { FACT_FOLDER, FactCache, SET_FOLDER } from '../../server/src/node/factCache';
import { loadSource } from '../../server/src/node/loadSource';
import { sourceNames } from '../../server/src/node/sourceNames';
import { readArticle, readSetEntry, restoreKeptSet, restoreSet, saveSet, SetArticle, savingSet, statArticle, StatedArticle } from '../../server/src/node/sourceSet';
import { article } from '../bench/sources';
import { packedCount } from '../../server/src/core/text/packedStrings';

describe('source set entries', () => {
  let dir: string;
  let cacheDir: string;
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'factline-set-'));
    cacheDir = path.join(dir, 'cache');
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  const bundled: FactContribution = { file: 'facts', curated: true, sources: loadBundledFacts() };

  /** Writes articles 0..count-1 (and `extra` files) and returns their paths. */
  function writeArticles(count: number, extra: Record<string, string> = {}): string[] {
    const files: string[] = [];
    for (let i = 0; i < count; i++) {
      files.push(path.join(dir, `report-${i}.md`));
      fs.writeFileSync(files[i], article(i));
    }
    for (const [name, text] of Object.entries(extra)) {
      files.push(path.join(dir, name));
      fs.mkdirSync(path.dirname(files[files.length - 1]), { recursive: true });
      fs.writeFileSync(files[files.length - 1], text);
    }
    return files;
  }

  function readAll(cache: FactCache, files: string[]): SetArticle[] {
    return sourceNames(files).map((source) => readArticle(cache, source)!);
  }

  /** Loads the set file by file, as a session without a set entry does, and keeps it. */
  function loadAndSave(cache: FactCache, files: string[]): { sources: SourceFacts[]; index: FactIndex; problems: unknown[]; saved: boolean } {
    const contributions = sourceNames(files).map(({ file, name, prefix }) => loadSource(file, name, cache, { prefix }));
    const merged = mergeFactBase([bundled, ...contributions]);
    const index = new FactIndex(merged.sources);
    const saved = saveSet(cache, bundled, readAll(cache, files), contributions, merged, index);
    return { sources: merged.sources, index, problems: merged.problems, saved };
  }

  /** What a check finds, as data. */
  function findings(index: FactIndex, draft: string): unknown {
    return checkDocument(draft, 'markdown', index).findings.map((f) => ({ claim: f.claim.text, at: f.claim.start, verdict: f.verdict, fix: f.fix, fact: f.fact?.id, says: f.sourceSays }));
  }

  const DRAFT = `${article(3).replace(/^---[\s\S]*?---\s*/, '').replace(/\d{3,}/g, (m) => `9${m.slice(1)}`)}\n\nOn Monday 120,000 people fled [@fact:karabakh-2023/former-armenian-residents].\n`;

  // A server keeps a set between other work: in one go, a thousand articles' held it for 400 ms.
  it('keeps a set a step at a time, a file at most in each, and it restores as one kept at once', async () => {
    const files = writeArticles(60);
    const cache = new FactCache(cacheDir, 'test');
    const contributions = files.map((f) => loadSource(f, f, cache));
    const merged = mergeFactBase([bundled, ...contributions]);
    const index = new FactIndex(merged.sources);
    const steps = savingSet(cache, bundled, readAll(cache, files), contributions, merged, index);
    const setFiles = () => (fs.existsSync(path.join(cacheDir, SET_FOLDER)) ? fs.readdirSync(path.join(cacheDir, SET_FOLDER)).length : 0);
    const written: number[] = [];
    let step = steps.next();
    for (; !step.done; step = steps.next()) written.push(setFiles());
    const kept = step.value;
    assert.ok(kept, 'kept');
    written.push(setFiles());
    assert.ok(written.length >= 6, `${written.length} steps`);
    assert.strictEqual(written[0], 0);
    assert.ok(written.every((n, i) => i === 0 || n - written[i - 1] <= 1), `files written by step: ${written}`);
    assert.strictEqual(written[written.length - 1], 3);
    // Restored, a set is marked used (see `FactCache.pruneSets`).
    const entry = path.join(cacheDir, SET_FOLDER, `${kept.name}.bin`);
    const longAgo = new Date(Date.now() - 40 * 24 * 60 * 60 * 1000);
    fs.utimesSync(entry, longAgo, longAgo);
    // Its articles' entries too, off the event loop, which it reads none of, and needs to be built again.
    const articleEntries = readAll(cache, files).map((a) => cache.fileOf(a.key));
    for (const file of articleEntries) fs.utimesSync(file, longAgo, longAgo);
    const restoring = new FactCache(cacheDir, 'test');
    const marking = new Promise<void>((resolve) => {
      const mark = restoring.markEntriesUsed.bind(restoring);
      restoring.markEntriesUsed = (keys) => mark(keys).then(resolve);
    });
    const restored = restoreSet(restoring, bundled, readAll(cache, files));
    assert.ok(restored);
    assert.ok(Date.now() - fs.statSync(entry).mtimeMs < 60_000, 'marked used');
    await marking;
    assert.ok(articleEntries.every((file) => Date.now() - fs.statSync(file).mtimeMs < 60_000), 'its articles marked used');
    assert.deepStrictEqual(findings(restored.index, DRAFT), findings(index, DRAFT));
    // As a server rests on the set it kept, without reading it back.
    const asKept = restoreKeptSet(new FactCache(cacheDir, 'test'), bundled, readAll(cache, files), kept);
    assert.ok(asKept);
    assert.deepStrictEqual(findings(asKept.index, DRAFT), findings(index, DRAFT));
    assert.deepStrictEqual(asKept.index.facts.map((f) => f.id), restored.index.facts.map((f) => f.id));
  });

  it('restores an index that finds what the index built from the articles finds, reading facts only when asked', () => {
    const files = writeArticles(12);
    const built = loadAndSave(new FactCache(cacheDir, 'test'), files);
    assert.ok(built.saved);
    const cache = new FactCache(cacheDir, 'test');
    const read: string[] = [];
    const getting = cache.getting.bind(cache);
    cache.getting = (key) => (read.push(key), getting(key));
    const restored = restoreSet(cache, bundled, readAll(cache, files));
    assert.ok(restored);
    assert.strictEqual(read.length, 0);
    checkDocument('The museum had 12 visitors.', 'markdown', restored.index);
    assert.ok(read.length < files.length, `a check of one claim read ${read.length} of ${files.length} articles`);
    // Its claims are judged against facts of every article; only the articles of the facts found
    // (the one restated, and those of the first facts some claims agree with) are read.
    const restating = findings(restored.index, DRAFT);
    assert.ok(read.length < files.length / 2, `a draft restating one article read ${read.length} of ${files.length}`);
    assert.deepStrictEqual(restating, findings(built.index, DRAFT));
    assert.deepStrictEqual(restored.problems, built.problems);
    assert.deepStrictEqual(findings(restored.index, DRAFT), findings(built.index, DRAFT));
    assert.deepStrictEqual(restored.index.ids(), built.index.ids());
    assert.deepStrictEqual(
      restored.sources.map((s) => [s.file, s.title, s.facts.length]),
      built.sources.map((s) => [s.file, s.title, s.facts.length]),
    );
    assert.deepStrictEqual(JSON.parse(JSON.stringify(restored.index.facts)), JSON.parse(JSON.stringify(built.index.facts)));
  });

  it('finds a fact of a restored set by its id reading only the article that gives it', () => {
    const files = writeArticles(12);
    const built = loadAndSave(new FactCache(cacheDir, 'test'), files);
    const cache = new FactCache(cacheDir, 'test');
    const read: string[] = [];
    const getting = cache.getting.bind(cache);
    cache.getting = (key) => (read.push(key), getting(key));
    const restored = restoreSet(cache, bundled, readAll(cache, files))!;
    const wanted = built.index.facts.filter((f) => f.source.file === files[7]).at(-1)!;
    assert.strictEqual(restored.index.get('no-such/fact'), undefined);
    assert.deepStrictEqual(read, []);
    assert.deepStrictEqual(JSON.parse(JSON.stringify(restored.index.get(wanted.id)!.fact)), JSON.parse(JSON.stringify(wanted)));
    assert.strictEqual(read.length, 1, 'the one article holding it');
    assert.deepStrictEqual(restored.index.ids(), built.index.ids());
  });

  it('reads an article again when its own entry is gone, and the ids and judgement keys from the facts when theirs are', () => {
    const files = writeArticles(6);
    const built = loadAndSave(new FactCache(cacheDir, 'test'), files);
    fs.rmSync(path.join(cacheDir, FACT_FOLDER), { recursive: true });
    for (const f of fs.readdirSync(path.join(cacheDir, SET_FOLDER))) if (f.includes('-ids') || f.includes('-judged')) fs.writeFileSync(path.join(cacheDir, SET_FOLDER, f), 'damaged');
    const cache = new FactCache(cacheDir, 'test');
    const restored = restoreSet(cache, bundled, readAll(cache, files))!;
    assert.deepStrictEqual(findings(restored.index, DRAFT), findings(built.index, DRAFT));
    assert.deepStrictEqual(restored.index.ids(), built.index.ids());
  });

  it('judges from the facts when the judgement keys kept are of another shape, though whole', () => {
    const files = writeArticles(6);
    const built = loadAndSave(new FactCache(cacheDir, 'test'), files);
    const judged = fs.readdirSync(path.join(cacheDir, SET_FOLDER)).map((f) => path.join(cacheDir, SET_FOLDER, f)).find((f) => f.includes('-judged'))!;
    const kept = decodeArrays(fs.readFileSync(judged)) as { text: Uint8Array; starts: Uint32Array; ofFact: Uint32Array };
    // Where the value's JSON of key `k` opens: after its kind and its anchor.
    const valueOf = (k: number) => kept.text.indexOf(0x20, kept.text.indexOf(0x20, kept.starts[k]) + 1) + 1;
    const spoils: Array<[string, () => void]> = [
      ['a key opening with no kind', () => (kept.text[kept.starts[1]] = 0x20)],
      ['a key without its value', () => (kept.text[valueOf(1)] = 0x21)],
      ['a fact numbered past the keys', () => (kept.ofFact[2] = kept.starts.length - 1)],
    ];
    for (const [what, spoil] of spoils) {
      const text = Uint8Array.from(kept.text);
      const ofFact = Uint32Array.from(kept.ofFact);
      spoil();
      // Written as the cache writes it: its digest vouches for bytes of the wrong shape.
      fs.writeFileSync(judged, Buffer.concat(encodeArrays(kept)));
      kept.text.set(text);
      kept.ofFact.set(ofFact);
      const cache = new FactCache(cacheDir, 'test');
      assert.deepStrictEqual(findings(restoreSet(cache, bundled, readAll(cache, files))!.index, DRAFT), findings(built.index, DRAFT), what);
    }
  });

  it("restores from an entry opened ahead, reading its index's lists a page at a time as checks need them, and finds what the whole entry gives", async () => {
    const files = writeArticles(40);
    const built = loadAndSave(new FactCache(cacheDir, 'test'), files);
    const cache = new FactCache(cacheDir, 'test');
    const opened = await readSetEntry(cache, sourceNames(files), bundled)!;
    assert.ok(opened && opened.held.length < opened.size / 4, `${opened?.held.length} of ${opened?.size} bytes read ahead`);
    // The judgement keys are read with it: the first check, which judges, reads no file for them.
    const judged = fs.readdirSync(path.join(cacheDir, SET_FOLDER)).find((f) => f.endsWith('-judged.bin'))!;
    fs.renameSync(path.join(cacheDir, SET_FOLDER, judged), path.join(dir, judged));
    const decoded: Array<[string, boolean]> = [];
    const getSet = cache.getSet.bind(cache);
    cache.getSet = (name, valid, read) => (decoded.push([name, read !== undefined]), getSet(name, valid, read));
    const restored = restoreSet(cache, bundled, readAll(cache, files), opened)!;
    const pages = restored.pages!;
    const before = pages.unread;
    assert.deepStrictEqual(findings(restored.index, DRAFT), findings(built.index, DRAFT));
    assert.deepStrictEqual(decoded.filter(([name]) => name.endsWith('-judged')), [[judged.replace(/\.bin$/, ''), true]], 'the judgement keys, from the bytes read ahead');
    assert.ok(pages.unread > 0 && pages.unread < before, `${before - pages.unread} of ${before} pages read by a check`);
    for (const _ of pages.loadingRest());
    assert.ok(pages.complete);
    assert.deepStrictEqual(findings(restored.index, DRAFT), findings(built.index, DRAFT));
    // A later check of an index saved from it, all its lists read, finds the same.
    assert.deepStrictEqual(findings(new FactIndex(restored.sources as Array<SourceFacts & IndexedSource>, restored.index.snapshot(), () => undefined), DRAFT), findings(built.index, DRAFT));
  });

  it('fails a check that needs a page found damaged, and every later one, and lets the entry go', async () => {
    const files = writeArticles(40);
    const built = loadAndSave(new FactCache(cacheDir, 'test'), files);
    const file = fs.readdirSync(path.join(cacheDir, SET_FOLDER)).map((f) => path.join(cacheDir, SET_FOLDER, f)).find((f) => !f.includes('-ids') && !f.includes('-judged'))!;
    const cache = new FactCache(cacheDir, 'test');
    const opened = (await readSetEntry(cache, sourceNames(files), bundled))!;
    const restored = restoreSet(cache, bundled, readAll(cache, files), opened)!;
    // Changed once opened: every page the index reads from now on is damaged.
    const bytes = fs.readFileSync(file);
    fs.writeFileSync(file, bytes.map((b, i) => (i >= opened.held.length ? b ^ 0x55 : b)));
    assert.throws(() => findings(restored.index, DRAFT), /arrays file damaged: page \d+ of its paged arrays is not as written/);
    assert.throws(() => findings(restored.index, DRAFT), /arrays file damaged/);
    assert.ok(!fs.existsSync(file), 'removed, so that the set is built again');
    assert.throws(() => fs.fstatSync(opened.fd), /EBADF/);
    assert.ok(findings(built.index, DRAFT));
  });

  it('restores from articles read for their keys alone, reading an article again when its own entry is gone, and refusing one changed since', () => {
    const files = writeArticles(6);
    const built = loadAndSave(new FactCache(cacheDir, 'test'), files);
    const cache = new FactCache(cacheDir, 'test');
    const keyed = sourceNames(files).map((source) => readArticle(cache, source, false)!);
    assert.deepStrictEqual(keyed.map((a) => [a.bytes, a.key]), readAll(cache, files).map((a) => [undefined, a.key]));
    assert.deepStrictEqual(findings(restoreSet(cache, bundled, keyed)!.index, DRAFT), findings(built.index, DRAFT));
    fs.rmSync(path.join(cacheDir, FACT_FOLDER), { recursive: true });
    assert.deepStrictEqual(findings(restoreSet(cache, bundled, keyed)!.index, DRAFT), findings(built.index, DRAFT));
    fs.rmSync(path.join(cacheDir, FACT_FOLDER), { recursive: true });
    const restored = restoreSet(cache, bundled, keyed)!;
    fs.writeFileSync(files[2], article(7));
    assert.throws(() => restored.sources[bundled.sources.length + 2].facts, /report-2\.md changed since its source set was restored/);
  });

  it("keeps an article read again in the article cache it is given, not at once in the set's cache", () => {
    const files = writeArticles(4);
    const built = loadAndSave(new FactCache(cacheDir, 'test'), files);
    fs.rmSync(path.join(cacheDir, FACT_FOLDER), { recursive: true });
    const cache = new FactCache(cacheDir, 'test');
    const kept = new Map<string, SourceFacts>();
    const hashed: string[] = [];
    const articleCache = {
      key: (bytes: Uint8Array, name: string, prefix: string) => (hashed.push(name), cache.key(bytes, name, prefix)),
      *getting(key: string) {
        return kept.get(key);
      },
      set: (key: string, s: SourceFacts) => (kept.set(key, s), true),
    };
    const articles = readAll(cache, files);
    const restored = restoreSet(cache, bundled, articles, undefined, articleCache)!;
    assert.deepStrictEqual(findings(restored.index, DRAFT), findings(built.index, DRAFT));
    assert.ok(kept.size > 0, 'the check read some articles again');
    assert.deepStrictEqual([...kept.keys()].filter((k) => !articles.some((a) => a.key === k)), []);
    assert.ok(!fs.existsSync(path.join(cacheDir, FACT_FOLDER)), 'nothing written to the cache itself');
    assert.deepStrictEqual(hashed, [], 'the keys read with the articles are used');
  });

  it('keeps what merging left out: a fact id two articles give stands once', () => {
    // One article given twice (`--source a.md --source ./a.md`): its ids are given twice.
    const files = writeArticles(4);
    files.push(`${path.dirname(files[1])}/./${path.basename(files[1])}`);
    const built = loadAndSave(new FactCache(cacheDir, 'test'), files);
    assert.ok(built.problems.length > 0, 'the second report-1 repeats its ids');
    const cache = new FactCache(cacheDir, 'test');
    const restored = restoreSet(cache, bundled, readAll(cache, files))!;
    assert.deepStrictEqual(restored.problems, built.problems);
    assert.deepStrictEqual(restored.sources.map((s) => s.facts.length), built.sources.map((s) => s.facts.length));
    const draft = article(1).replace(/^---[\s\S]*?---\s*/, '').replace(/\d{3,}/g, (m) => `8${m.slice(1)}`);
    assert.deepStrictEqual(findings(restored.index, draft), findings(built.index, draft));
  });

  it('is not used once an article changed, or by another version, or without the bundled facts', () => {
    const files = writeArticles(5);
    loadAndSave(new FactCache(cacheDir, 'test'), files);
    const cache = new FactCache(cacheDir, 'test');
    fs.writeFileSync(files[2], article(2).replace('report', 'Report'));
    assert.strictEqual(restoreSet(cache, bundled, readAll(cache, files)), undefined);
    fs.writeFileSync(files[2], article(2));
    assert.ok(restoreSet(cache, bundled, readAll(cache, files)));
    assert.strictEqual(restoreSet(cache, undefined, readAll(cache, files)), undefined);
    const newer = new FactCache(cacheDir, 'test 2');
    assert.strictEqual(restoreSet(newer, bundled, readAll(newer, files)), undefined);
  });

  it('ignores a damaged or truncated entry', () => {
    const files = writeArticles(5);
    loadAndSave(new FactCache(cacheDir, 'test'), files);
    const cache = new FactCache(cacheDir, 'test');
    const file = fs.readdirSync(path.join(cacheDir, SET_FOLDER)).map((f) => path.join(cacheDir, SET_FOLDER, f)).find((f) => !f.includes('-ids') && !f.includes('-judged'))!;
    const bytes = fs.readFileSync(file);
    fs.writeFileSync(file, bytes.subarray(0, bytes.length >> 1));
    assert.strictEqual(restoreSet(cache, bundled, readAll(cache, files)), undefined);
    fs.writeFileSync(file, Buffer.from('not a set'));
    assert.strictEqual(restoreSet(cache, bundled, readAll(cache, files)), undefined);
    // Every byte of the arrays' region overwritten: the index would look up words and facts that do not exist.
    const garbled = Buffer.from(bytes);
    garbled.fill(0xff, bytes.length >> 1);
    fs.writeFileSync(file, garbled);
    assert.strictEqual(restoreSet(cache, bundled, readAll(cache, files)), undefined);
  });

  it('reads articles of any size, each keeping its own bytes while others are read after it', () => {
    const files = writeArticles(3, { 'long.md': `# Long\n\n${'The council met on 3 May. '.repeat(8000)}\n`, 'empty.md': '' });
    const cache = new FactCache(cacheDir, 'test');
    const read = readAll(cache, files);
    readAll(cache, files.slice(0, 2));
    read.forEach((a, i) => {
      assert.ok(Buffer.from(a.bytes!).equals(fs.readFileSync(files[i])), `${path.basename(files[i])} as on disk`);
      assert.strictEqual(a.key, cache.key(fs.readFileSync(files[i]), files[i], a.prefix));
    });
  });

  it('ignores an entry with one number changed in any of its lists, to one just out of its range or to another in it', () => {
    const files = writeArticles(5);
    loadAndSave(new FactCache(cacheDir, 'test'), files);
    const file = fs.readdirSync(path.join(cacheDir, SET_FOLDER)).map((f) => path.join(cacheDir, SET_FOLDER, f)).find((f) => !f.includes('-ids') && !f.includes('-judged'))!;
    const bytes = fs.readFileSync(file);
    const spoilt: string[] = [];
    // Each list's numbers are below a count the entry itself gives: one number equal to it would
    // make the index look up what does not exist, and one changed within it, the wrong facts.
    const spoils: Array<[string, (index: IndexSnapshot) => [SmallNumbers, number]]> = [
      ['kindOf', (index) => [index.kindOf, index.kinds.length]],
      ...[0, 1].map((k): [string, (index: IndexSnapshot) => [SmallNumbers, number]] => [`terms of kind ${k}`, (index) => [index.words[k].terms, packedCount(index.terms)]]),
      ['levelIds', (index) => [index.words[0].levelIds, index.levels.length]],
      ['holders', (index) => [index.words[0].holders, index.words[0].factStart.length - 1]],
    ];
    for (const [what, spoil] of spoils) {
      for (const change of ['out of range', 'in range']) {
        // The numbers are views on the bytes read: changed there, the file is written back otherwise as it was.
        const damaged = new Uint8Array(bytes);
        const [numbers, limit] = spoil((decodeArrays(damaged) as { index: IndexSnapshot }).index);
        assert.ok(limit <= 2 ** (8 * numbers.BYTES_PER_ELEMENT) - 1, `${what}: ${limit} fits a ${numbers.constructor.name}`);
        const at = numbers.length >> 1;
        numbers[at] = change === 'out of range' ? limit : (numbers[at] + 1) % limit;
        fs.writeFileSync(file, damaged);
        const cache = new FactCache(cacheDir, 'test');
        if (restoreSet(cache, bundled, readAll(cache, files)) !== undefined) spoilt.push(`${what} ${change}`);
      }
    }
    assert.deepStrictEqual(spoilt, [], 'restored although a number was changed');
    fs.writeFileSync(file, bytes);
    const cache = new FactCache(cacheDir, 'test');
    assert.ok(restoreSet(cache, bundled, readAll(cache, files)), 'the entry as written is restored');
  });

  /** Runs `run` as if it were `ms` later than it is: articles written now were written that long before. */
  function later<T>(ms: number, run: () => T): T {
    const now = Date.now;
    Date.now = () => now() + ms;
    try {
      return run();
    } finally {
      Date.now = now;
    }
  }

  /** A cache that lists the articles whose bytes it is asked to key, that is, that were read. */
  function keyingCache(): { cache: FactCache; keyed: string[] } {
    const cache = new FactCache(cacheDir, 'test');
    const keyed: string[] = [];
    const key = cache.key.bind(cache);
    cache.key = (bytes, name, prefix) => (keyed.push(path.basename(name)), key(bytes, name, prefix));
    return { cache, keyed };
  }

  const statAll = (files: string[]): StatedArticle[] => sourceNames(files).map((source) => statArticle(source)!);

  /** The text with the first digit of its first figure of thousands changed: the same size, other facts. */
  function anotherFigure(text: string): string {
    const changed = text.replace(/\d(?=\d*,\d{3})/, (d) => String((Number(d) % 9) + 1));
    assert.notStrictEqual(changed, text);
    return changed;
  }

  it('restores a set from its articles as stated, reading only those changed since it was kept', () => {
    const files = writeArticles(6);
    const built = later(60_000, () => loadAndSave(new FactCache(cacheDir, 'test'), files));
    assert.ok(built.saved);
    const fresh = keyingCache();
    const restored = restoreSet(fresh.cache, bundled, statAll(files));
    assert.ok(restored);
    assert.deepStrictEqual(fresh.keyed, [], 'no article read');
    assert.deepStrictEqual(findings(restored.index, DRAFT), findings(built.index, DRAFT));
    // Its keys are of this build's extraction: another build reads none of them from it.
    assert.strictEqual(restoreSet(new FactCache(cacheDir, 'test 2'), bundled, statAll(files)), undefined);
    // Its size unchanged, a figure changed: only its times (and content) say so.
    const original = fs.readFileSync(files[2], 'utf8');
    fs.writeFileSync(files[2], anotherFigure(original));
    assert.strictEqual(fs.statSync(files[2]).size, Buffer.byteLength(original));
    const changed = keyingCache();
    assert.strictEqual(restoreSet(changed.cache, bundled, statAll(files)), undefined);
    assert.deepStrictEqual(changed.keyed, ['report-2.md']);
    // Written back as it was: read again, its content is the one kept.
    fs.writeFileSync(files[2], original);
    const back = keyingCache();
    assert.ok(restoreSet(back.cache, bundled, statAll(files)));
    assert.deepStrictEqual(back.keyed, ['report-2.md']);
  });

  it('reads at every start an article changed just before it was read, until a set is kept with it read settled', () => {
    const files = writeArticles(4);
    // Read and kept at once: a write in the same tick of the clock could have left its stamp as it was.
    assert.ok(loadAndSave(new FactCache(cacheDir, 'test'), files).saved);
    const unsettled = keyingCache();
    assert.ok(restoreSet(unsettled.cache, bundled, statAll(files)));
    assert.deepStrictEqual(unsettled.keyed.sort(), files.map((f) => path.basename(f)).sort());
    // Read just after the writes, kept a minute later: the set reads them again, settled now.
    const cache = new FactCache(cacheDir, 'test');
    const contributions = files.map((f) => loadSource(f, f, cache));
    const merged = mergeFactBase([bundled, ...contributions]);
    const read = readAll(cache, files);
    assert.ok(read.every((a) => !a.settled));
    assert.ok(later(60_000, () => saveSet(cache, bundled, read, contributions, merged, new FactIndex(merged.sources))));
    const settled = keyingCache();
    assert.ok(restoreSet(settled.cache, bundled, statAll(files)));
    assert.deepStrictEqual(settled.keyed, []);
  });

  it('is not kept when an article read before it settled has changed by the time the set is kept', () => {
    const files = writeArticles(3);
    const cache = new FactCache(cacheDir, 'test');
    const contributions = files.map((f) => loadSource(f, f, cache));
    const merged = mergeFactBase([bundled, ...contributions]);
    const read = readAll(cache, files);
    // The same size and, within the clock's tick, possibly the same times: only its bytes tell.
    fs.writeFileSync(files[1], anotherFigure(fs.readFileSync(files[1], 'utf8')));
    assert.strictEqual(later(60_000, () => saveSet(cache, bundled, read, contributions, merged, new FactIndex(merged.sources))), false);
  });

  it('is not kept for a set with a fact file', () => {
    const files = writeArticles(2);
    const factFile = path.join(dir, 'more.facts.json');
    fs.writeFileSync(factFile, JSON.stringify({ version: 1, sources: [], facts: [] }));
    const cache = new FactCache(cacheDir, 'test');
    assert.strictEqual(readArticle(cache, sourceNames([factFile])[0]), undefined);
    const contributions = [...files, factFile].map((f) => loadSource(f, f, cache));
    const merged = mergeFactBase([bundled, ...contributions]);
    assert.strictEqual(saveSet(cache, bundled, readAll(cache, files), contributions, merged, new FactIndex(merged.sources)), false);
  });
});
