import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { pathToFileURL } from 'url';
import * as v8 from 'v8';
import * as vm from 'vm';
import { checkDocument } from '../../server/src/core/check/checkDocument';
import { WorkspaceFacts } from '../../server/src/lsp/workspaceFacts';
import { readSettings } from '../../server/src/lsp/settings';
import { FactCache, SET_FOLDER } from '../../server/src/node/factCache';
import { tempDir } from '../helpers/cli';
import { lookAlikeArticles, paragraphAbout } from '../helpers/lookAlikeSources';

v8.setFlagsFromString('--expose-gc');
const gc = vm.runInNewContext('gc') as () => void;

describe('WorkspaceFacts on a cold start', () => {
  /**
   * A cold start on look-alike articles and 60 reports, two drafts open as it begins: one about
   * Arden's article, which it restates, one too vague to tell any.
   */
  function twoEarlyDrafts() {
    const folder = tempDir();
    const sources = path.join(folder, 'sources');
    fs.mkdirSync(sources);
    const [arden, ...others] = lookAlikeArticles();
    fs.writeFileSync(path.join(sources, arden.file), arden.text);
    for (const o of others) fs.writeFileSync(path.join(sources, o.file), o.text);
    // Enough articles to read some first: look-alike reports of places no draft names.
    for (let i = 0; i < 60; i++) fs.writeFileSync(path.join(sources, `report-${i}.md`), `# Report ${i}\n\nOfficials in district ${i} said ${100 + i} families had returned by May.\n`);
    const told = pathToFileURL(path.join(folder, 'arden.md')).href;
    const vague = pathToFileURL(path.join(folder, 'vague.md')).href;
    const drafts = new Map([
      [told, paragraphAbout('Arden')],
      [vague, 'Officials said 48 families had returned.'],
    ]);
    const { settings } = readSettings({ useBundledFacts: false });
    const workspace = new WorkspaceFacts(
      {
        configuration: async () => undefined,
        loadBundled: () => undefined,
        problemsFound: () => undefined,
        log: () => undefined,
        openDrafts: () => [...drafts].map(([uri, text]) => ({ uri, head: (chars: number) => text.slice(0, chars) })),
      },
      [folder],
      true,
      settings,
      { cache: new FactCache(path.join(tempDir(), 'cache'), 'test') },
    );
    return { workspace, told, vague, arden };
  }

  it('gives an open draft that tells its articles a provisional base of them, and one that tells none the whole base', async () => {
    const { workspace, told, vague, arden } = twoEarlyDrafts();
    const order: string[] = [];
    const [first, second] = await Promise.all([
      workspace.contextFor(told).then((c) => (order.push('told'), c)),
      workspace.contextFor(vague).then((c) => (order.push('vague'), c)),
    ]);
    const whole = await workspace.factBaseFor(vague);
    assert.deepStrictEqual(order, ['told', 'vague']);
    assert.strictEqual(second.index, whole.index, 'the vague draft waits for every article');
    assert.notStrictEqual(first.index, whole.index, 'the draft that tells is checked before');
    // The provisional base holds the facts of Arden's article, and none of the reports not yet read.
    const factFiles = (index: typeof whole.index) => new Set(index.facts.map((f) => path.basename(f.source.file)));
    assert.ok(factFiles(first.index).has(arden.file));
    assert.ok(![...factFiles(first.index)].some((f) => f.startsWith('report-')));
    assert.ok([...factFiles(whole.index)].some((f) => f.startsWith('report-')));
    // As a server stops: else the articles' entries are written when idle, after the folder is gone.
    workspace.writeCacheNow();
  });

  it('lets the provisional base go once the whole base is ready, while its set waits to be kept', async () => {
    const { workspace, told, vague } = twoEarlyDrafts();
    // Made in a turn of its own: V8 keeps a WeakRef's target alive until the turn that made it ends.
    const provisional = await workspace.contextFor(told).then((c) => new Promise<WeakRef<object>>((resolve) => setImmediate(() => resolve(new WeakRef(c.index)))));
    const whole = await workspace.factBaseFor(vague);
    // As a server checks the draft again once the whole base is ready.
    assert.strictEqual((await workspace.contextFor(told)).index, whole.index);
    await new Promise(setImmediate);
    gc();
    gc();
    // A set of a thousand articles waits seconds to be kept; the provisional base held their stand-ins meanwhile.
    assert.strictEqual(provisional.deref(), undefined, 'the provisional index is still held');
    workspace.writeCacheNow();
  });

  /** A workspace folder of `count` short reports as its sources, without the built-in facts, and a cache folder for it. */
  function reportsWorkspace(count: number) {
    const folder = tempDir();
    fs.mkdirSync(path.join(folder, 'sources'));
    for (let i = 0; i < count; i++) fs.writeFileSync(path.join(folder, 'sources', `report-${i}.md`), `# Report ${i}\n\nOfficials in district ${i} said ${100 + i} families had returned by May.\n`);
    const host = { configuration: async () => undefined, loadBundled: () => undefined, problemsFound: () => undefined, log: () => undefined };
    return { folder, cacheDir: path.join(tempDir(), 'cache'), settings: readSettings({ useBundledFacts: false }).settings, host, uri: pathToFileURL(path.join(folder, 'draft.md')).href };
  }

  /** Builds the workspace's base and keeps it in the cache as a server would a minute after its files were written, when they are settled. */
  async function buildAndKeepAMinuteLater({ folder, cacheDir, settings, host, uri }: ReturnType<typeof reportsWorkspace>): Promise<void> {
    const now = Date.now;
    Date.now = () => now() + 60_000;
    try {
      const first = new WorkspaceFacts(host, [folder], true, settings, { cache: new FactCache(cacheDir, 'test') });
      await first.factBaseFor(uri);
      first.writeCacheNow();
    } finally {
      Date.now = now;
    }
  }

  it('keeps the set it built in the cache at once when the server stops, and the next start restores it whole', async () => {
    const { folder, cacheDir, settings, host, uri } = reportsWorkspace(60);
    const workspace = new WorkspaceFacts(host, [folder], true, settings, { cache: new FactCache(cacheDir, 'test') });
    const built = await workspace.factBaseFor(uri);
    const sets = () => (fs.existsSync(path.join(cacheDir, SET_FOLDER)) ? fs.readdirSync(path.join(cacheDir, SET_FOLDER)).length : 0);
    assert.strictEqual(sets(), 0, 'not kept while the base is new');
    workspace.writeCacheNow();
    assert.strictEqual(sets(), 3);
    // Restored whole: no article's own entry is read for it. The host's work for the first check is
    // done while the set is read from disk.
    const cache = new FactCache(cacheDir, 'test');
    const read: string[] = [];
    const getting = cache.getting.bind(cache);
    cache.getting = (key) => (read.push(key), getting(key));
    let prepared = 0;
    const restored = await new WorkspaceFacts({ ...host, whileReading: () => prepared++ }, [folder], true, settings, { cache }).factBaseFor(uri);
    assert.deepStrictEqual(read, []);
    assert.strictEqual(prepared, 1);
    assert.deepStrictEqual(restored.index.facts.map((f) => f.id), built.index.facts.map((f) => f.id));
  });

  it('rests a base it built on the set it kept: the same facts and findings, articles read from the cache when needed, the memory let go', async () => {
    const { folder, cacheDir, settings, host, uri } = reportsWorkspace(60);
    const cache = new FactCache(cacheDir, 'test');
    const told: string[] = [];
    let letGo: () => void = () => undefined;
    const rested = new Promise<void>((resolve) => (letGo = resolve));
    const kept = () => (fs.existsSync(path.join(cacheDir, SET_FOLDER)) ? fs.readdirSync(path.join(cacheDir, SET_FOLDER)).length : 0);
    // How many of the set's files were kept at each collection asked for.
    const collections: number[] = [];
    const workspace = new WorkspaceFacts(
      { ...host, completed: () => told.push('completed'), letGo: () => (told.push('letGo'), letGo()) },
      [folder],
      true,
      settings,
      { cache, keepAfterMs: 0, heap: { growSlowly: () => () => undefined, collect: async () => void collections.push(kept()) } },
    );
    const built = await workspace.factBaseFor(uri);
    const before = await workspace.contextFor(uri);
    const draft = 'Officials in district 7 said 170 families had returned by May.';
    const findings = checkDocument(draft, 'markdown', built.index).findings;
    assert.ok(findings.length > 0, 'the draft has mismatches to find');
    await rested;
    assert.deepStrictEqual(told, ['completed', 'letGo'], 'documents are checked again before the memory is let go');
    assert.strictEqual(collections.at(-1), 0, 'the load\'s garbage is collected before the set is kept');
    const base = await workspace.factBaseFor(uri);
    assert.notStrictEqual(base.index, built.index);
    assert.notStrictEqual((await workspace.contextFor(uri)).index, before.index, 'a document checked again meets the new base');
    // The articles' facts are read from the cache as the index asks for them, once their entries are written (when idle).
    const written = () => fs.readdirSync(cacheDir, { recursive: true }).filter((f) => String(f).endsWith('.json')).length;
    while (written() < 60) await new Promise((resolve) => setTimeout(resolve, 10));
    const read: string[] = [];
    const getting = cache.getting.bind(cache);
    cache.getting = (key) => (read.push(key), getting(key));
    assert.deepStrictEqual(JSON.parse(JSON.stringify(checkDocument(draft, 'markdown', base.index).findings)), JSON.parse(JSON.stringify(findings)));
    assert.ok(read.length > 0 && read.length < 60, `${read.length} articles read for one claim`);
    assert.deepStrictEqual(base.index.facts.map((f) => f.id), built.index.facts.map((f) => f.id));
    assert.deepStrictEqual(JSON.stringify(base.sources.map((s) => s.facts)), JSON.stringify(built.sources.map((s) => s.facts)));
  });

  it("restores a kept set's index a page at a time, reads the rest when idle and lets its file go, and builds the base again when a page is damaged", async () => {
    const { folder, cacheDir, settings, host, uri } = reportsWorkspace(60);
    const first = new WorkspaceFacts(host, [folder], true, settings, { cache: new FactCache(cacheDir, 'test') });
    const built = await first.factBaseFor(uri);
    first.writeCacheNow();
    const entryFile = fs.readdirSync(path.join(cacheDir, SET_FOLDER)).map((f) => path.join(cacheDir, SET_FOLDER, f)).find((f) => !f.includes('-ids') && !f.includes('-judged'))!;
    const draft = 'Officials in district 7 said 170 families had returned by May.';
    const findings = JSON.stringify(checkDocument(draft, 'markdown', built.index).findings);
    // Where the system says which files the process holds open.
    const holdsEntry = () => process.platform === 'linux' && fs.readdirSync('/proc/self/fd').some((fd) => {
      try {
        return fs.readlinkSync(`/proc/self/fd/${fd}`) === entryFile;
      } catch {
        return false;
      }
    });
    const until = async (done: () => boolean, what: string) => {
      for (const started = Date.now(); !done(); await new Promise((resolve) => setTimeout(resolve, 5))) if (Date.now() - started > 10_000) assert.fail(what);
    };

    const told: string[] = [];
    const logs: string[] = [];
    const workspace = new WorkspaceFacts({ ...host, log: (m: string) => logs.push(m), completed: () => told.push('completed') }, [folder], true, settings, { cache: new FactCache(cacheDir, 'test'), keepAfterMs: 0 });
    const restored = await workspace.factBaseFor(uri);
    assert.strictEqual(JSON.stringify(checkDocument(draft, 'markdown', restored.index).findings), findings);
    await until(() => !holdsEntry(), 'the entry is let go once every page is read');
    assert.strictEqual(JSON.stringify(checkDocument(draft, 'markdown', restored.index).findings), findings);
    assert.deepStrictEqual([told, logs], [[], []]);

    // A byte of the last page changed: the pages the check reads are as written, that one is not.
    const bytes = fs.readFileSync(entryFile);
    bytes[bytes.length - 1] ^= 0xff;
    fs.writeFileSync(entryFile, bytes);
    const damaged = new WorkspaceFacts({ ...host, log: (m: string) => logs.push(m), completed: () => told.push('completed') }, [folder], true, settings, { cache: new FactCache(cacheDir, 'test'), keepAfterMs: 0 });
    const before = await damaged.factBaseFor(uri);
    assert.notStrictEqual(before.index, built.index);
    await until(() => told.length > 0, 'the documents are checked again once the damage is found');
    assert.match(logs.join('\n'), /source set kept in the cache is damaged or cannot be read; its articles are read again: .*page \d+ .* not as written/);
    await until(() => !holdsEntry(), 'the damaged entry is let go');
    const again = await damaged.factBaseFor(uri);
    assert.notStrictEqual(again.index, before.index, 'built again from the articles');
    assert.strictEqual(JSON.stringify(checkDocument(draft, 'markdown', again.index).findings), findings);
    assert.deepStrictEqual(again.index.facts.map((f) => f.id), built.index.facts.map((f) => f.id));
  });

  it('restores a kept set by its articles\' stamps, and reads them all again after a recheck', async () => {
    const workspaceFiles = reportsWorkspace(5);
    const { folder, cacheDir, settings, host, uri } = workspaceFiles;
    // Read and kept a minute after the articles were written: settled, so the set vouches for them.
    await buildAndKeepAMinuteLater(workspaceFiles);
    const cache = new FactCache(cacheDir, 'test');
    const read: string[] = [];
    const key = cache.key.bind(cache);
    cache.key = (bytes, name, prefix) => (read.push(path.basename(name)), key(bytes, name, prefix));
    const workspace = new WorkspaceFacts(host, [folder], true, settings, { cache });
    const restored = await workspace.factBaseFor(uri);
    assert.deepStrictEqual(read, [], 'no article read');
    workspace.reset();
    const again = await workspace.factBaseFor(uri);
    assert.deepStrictEqual(read.sort(), [0, 1, 2, 3, 4].map((i) => `report-${i}.md`));
    assert.deepStrictEqual(again.index.facts.map((f) => f.id), restored.index.facts.map((f) => f.id));
  });

  it('finds its sources in the listing kept at the last start while their folders are as they were, and walks the folders again once one changed', async () => {
    const workspaceFiles = reportsWorkspace(5);
    const { folder, cacheDir, settings, host, uri } = workspaceFiles;
    const files = async () => (await new WorkspaceFacts(host, [folder], true, settings, { cache: new FactCache(cacheDir, 'test') }).factBaseFor(uri)).sources.map((s) => path.basename(s.file)).sort();
    // Kept a minute after the folder was written: settled, so its stamp vouches for what it lists.
    await buildAndKeepAMinuteLater(workspaceFiles);
    const [listing] = fs.readdirSync(path.join(cacheDir, 'listings-v1')).map((f) => path.join(cacheDir, 'listings-v1', f));
    // What a start reads is the listing, not the folder: one without report-4 finds no report-4.
    fs.writeFileSync(listing, fs.readFileSync(listing, 'utf8').replace(/,"[^"]*report-4\.md"/, ''));
    assert.deepStrictEqual(await files(), [0, 1, 2, 3].map((i) => `report-${i}.md`));
    await new Promise((resolve) => setTimeout(resolve, 30));
    fs.writeFileSync(path.join(folder, 'sources', 'report-9.md'), '# Report 9\n\nOfficials said 90 families had returned.\n');
    assert.deepStrictEqual(await files(), [0, 1, 2, 3, 4, 9].map((i) => `report-${i}.md`));
  });
});
