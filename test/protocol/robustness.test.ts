import * as assert from 'assert';
import { spawn } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { pathToFileURL } from 'url';
import type { Diagnostic } from 'vscode-languageserver-protocol';
import { makeDraft } from '../bench/corpus';
import { unknownRequest } from '../bench/transport';
import { tempDir } from '../helpers/cli';
import { LspTestClient, positionOf, Published, SERVER } from '../helpers/lspClient';
import { SET_FOLDER } from '../../server/src/node/factCache';

/** A source whose £42.8m a draft's £48.2m contradicts. */
const SOURCE = '---\ntitle: Bridge reopens\ndate: 2024-03-04\n---\n\nThe council said on Monday that the repairs to the bridge cost £42.8m in total.\n';
const DRAFT = 'The repairs to the bridge cost £48.2m in total, the council said.\n';

function notChecked(p: Published): Diagnostic | undefined {
  return p.diagnostics.length === 1 && p.diagnostics[0].code === 'not-checked' && p.diagnostics[0].severity === 3 ? p.diagnostics[0] : undefined;
}

describe('language server on bad input', function () {
  this.timeout(60000);
  let client: LspTestClient;
  let folder: string;
  const draftUri = () => pathToFileURL(path.join(folder, 'drafts', 'bridge.md')).href;
  afterEach(async () => client?.stop());
  beforeEach(() => {
    folder = tempDir();
    fs.mkdirSync(path.join(folder, 'sources'), { recursive: true });
    fs.mkdirSync(path.join(folder, 'drafts'), { recursive: true });
    fs.writeFileSync(path.join(folder, 'sources', 'bridge.md'), SOURCE);
  });

  /** The draft is still checked against the good source: the server goes on serving. */
  async function stillServes(): Promise<void> {
    client.open(draftUri(), DRAFT);
    const published = await client.waitForCurrent(draftUri(), 20000);
    assert.deepStrictEqual(published.diagnostics.map((d) => (d.data as { fix: string }).fix), ['£42.8m']);
    const hover = await client.hover(draftUri(), positionOf(DRAFT, '£48.2m'));
    assert.ok(hover, 'hover answered');
  }

  it('a binary file, a 50 MB draft and a 10 MB single line each get one "not checked" diagnostic', async () => {
    client = await LspTestClient.start({ folders: [folder], configuration: () => ({ useBundledFacts: false }) });
    const binary = pathToFileURL(path.join(folder, 'drafts', 'photo.md')).href;
    client.open(binary, '\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\x01\0');
    assert.match(notChecked(await client.waitForCurrent(binary))!.message as string, /binary/);

    const huge = pathToFileURL(path.join(folder, 'drafts', 'huge.md')).href;
    const started = Date.now();
    client.open(huge, 'Some 120,000 people left on 19 September 2023.\n'.repeat(Math.ceil((50 * 1024 * 1024) / 48)));
    assert.match(notChecked(await client.waitForCurrent(huge, 30000))!.message as string, /over factline\.maxFileSizeKB/);
    const line = pathToFileURL(path.join(folder, 'drafts', 'line.md')).href;
    client.open(line, 'Some 120,000 people left. '.repeat(Math.ceil((10 * 1024 * 1024) / 26)));
    assert.match(notChecked(await client.waitForCurrent(line, 30000))!.message as string, /over factline\.maxFileSizeKB/);
    // An edit of the huge document is answered the same way, not by a check.
    client.change(huge, [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: 'x' }]);
    assert.ok(notChecked(await client.waitForCurrent(huge, 30000)));
    assert.ok(Date.now() - started < 30000);
    await stillServes();
  });

  it('a source that is not UTF-8 and fact files that are not JSON, of the wrong shape, nested too deeply or huge are each reported in that file', async () => {
    const sources = path.join(folder, 'sources');
    const bad: Record<string, string | Buffer> = {
      'latin1.md': Buffer.from('Caf\xe9 owners said 12 people came.\n', 'latin1'),
      'broken.facts.json': '{ "version": 1, "facts": [ { "id": "x", ] }\n',
      'array.facts.json': '[1, 2, 3]\n',
      'shape.facts.json': '{ "version": 1, "facts": "none" }\n',
      'deep.facts.json': `${'['.repeat(100_000)}${']'.repeat(100_000)}`,
      'huge.facts.json': `{ "version": 1, "facts": [], "padding": "${'x'.repeat(17 * 1024 * 1024)}" }\n`,
    };
    for (const [name, content] of Object.entries(bad)) fs.writeFileSync(path.join(sources, name), content);
    client = await LspTestClient.start({ folders: [folder], configuration: () => ({ useBundledFacts: false }) });
    await stillServes();
    const expected: Record<string, RegExp> = {
      'latin1.md': /not valid UTF-8/,
      'broken.facts.json': /./,
      'array.facts.json': /./,
      'shape.facts.json': /./,
      'deep.facts.json': /nested more than \d+ levels deep/,
      'huge.facts.json': /too large/,
    };
    for (const [name, message] of Object.entries(expected)) {
      const inFile = await client.waitFor(pathToFileURL(path.join(sources, name)).href, (p) => p.diagnostics.length > 0);
      assert.match(inFile.diagnostics[0].message as string, message, name);
      assert.strictEqual(inFile.diagnostics[0].code, 'source-problem');
    }
  });

  it('a cache folder that cannot be made says so once, and the server reads its sources without it', async () => {
    const file = path.join(tempDir(), 'not-a-folder');
    fs.writeFileSync(file, 'a file where the cache folder would be');
    client = await LspTestClient.start({ folders: [folder], initializationOptions: { cacheDir: file }, configuration: () => ({ useBundledFacts: false }) });
    await stillServes();
    const said = client.messages.filter((m) => m.message.includes('cache folder'));
    assert.strictEqual(said.length, 1, JSON.stringify(client.messages));
    assert.match(said[0].message, /not-a-folder cannot be used \(not a directory\): sources are read without it$/);
    assert.strictEqual(fs.readFileSync(file, 'utf8'), 'a file where the cache folder would be');
  });

  it('a cache left by older versions: once the first diagnostics are out and the writer pauses, their folders are swept, nothing else', async () => {
    const cacheDir = path.join(tempDir(), 'cache');
    const older = path.join(cacheDir, 'sets-v6', `${'f'.repeat(64)}.bin`);
    const foreign = path.join(cacheDir, 'facts-v1', 'notes.txt');
    for (const file of [older, foreign]) {
      fs.mkdirSync(path.dirname(file), { recursive: true });
      fs.writeFileSync(file, 'kept by an older Factline');
    }
    client = await LspTestClient.start({ folders: [folder], initializationOptions: { cacheDir }, configuration: () => ({ useBundledFacts: false }) });
    await stillServes();
    await client.until(() => (fs.existsSync(older) ? undefined : true), 20000, () => 'the older format\'s folder swept');
    assert.ok(fs.existsSync(foreign), 'a file the cache does not name is left alone');
    assert.ok(await client.hover(draftUri(), positionOf(DRAFT, '£48.2m')), 'still serving');
  });

  it('a glob that matches 100,000 files reads the first 5,000 and says so', async () => {
    const many = path.join(folder, 'sources', 'many');
    for (let d = 0; d < 100; d++) {
      const sub = path.join(many, String(d).padStart(3, '0'));
      fs.mkdirSync(sub, { recursive: true });
      for (let f = 0; f < 1000; f++) fs.writeFileSync(path.join(sub, `${f}.md`), '');
    }
    client = await LspTestClient.start({ folders: [folder], configuration: () => ({ useBundledFacts: false, sources: ['sources/**/*.md'] }) });
    await stillServes();
    await client.until(() => (client.messages.some((m) => /matches more than 5000 files/.test(m.message)) ? true : undefined), 20000, () => 'a warning');
  });

  it('links: a loop under sources/ is read once, a link out of the workspace is ignored', async () => {
    fs.mkdirSync(path.join(folder, 'sources', 'sub'));
    fs.symlinkSync('..', path.join(folder, 'sources', 'sub', 'up'));
    fs.symlinkSync('self.md', path.join(folder, 'sources', 'self.md'));
    const outside = tempDir();
    fs.writeFileSync(path.join(outside, 'secret.md'), 'The password is 123456.\n');
    fs.symlinkSync(path.join(outside, 'secret.md'), path.join(folder, 'sources', 'secret.md'));
    client = await LspTestClient.start({ folders: [folder], configuration: () => ({ useBundledFacts: false, sources: ['sources/**/*.md'] }) });
    await stillServes();
    await client.until(() => (client.messages.some((m) => /\d file\(s\) ignored, symbolic links leading out of the workspace folder/.test(m.message)) ? true : undefined), 5000, () => 'a warning');
    const base = (await client.connection.sendRequest('factline/factBase', { uri: draftUri() })) as { sources: Array<{ uri: string }>; problems: string[] };
    assert.deepStrictEqual(base.sources.map((s) => path.basename(new URL(s.uri).pathname)), ['bridge.md'], 'the article once, nothing read through the links');
    // A link to itself is skipped by the folder walk, or reported as a loop if it is met.
    assert.ok(base.problems.every((p) => /too many levels of symbolic links|ignored, symbolic links/.test(p)), base.problems.join('\n'));
  });

  it('absolute patterns are refused in an untrusted workspace', async () => {
    const outside = tempDir();
    fs.writeFileSync(path.join(outside, 'elsewhere.md'), SOURCE);
    client = await LspTestClient.start({
      folders: [folder],
      initializationOptions: { trusted: false },
      configuration: () => ({ useBundledFacts: false, sources: ['sources/*.md', path.join(outside, '*.md')] }),
    });
    await stillServes();
    await client.until(() => (client.messages.some((m) => /absolute paths are not read in an untrusted workspace/.test(m.message)) ? true : undefined), 5000, () => 'a warning');
  });

  it('sources deleted while they are being read: the server goes on, and says which are gone', async () => {
    const sources = path.join(folder, 'sources');
    for (let i = 0; i < 400; i++) fs.writeFileSync(path.join(sources, `a${i}.md`), `Article ${i}.\n\nOn 3 March 2024 the city counted ${1000 + i} visitors at the museum, ${i}% more than a year before.\n`);
    client = await LspTestClient.start({ folders: [folder], configuration: () => ({ useBundledFacts: false }) });
    client.open(draftUri(), DRAFT);
    // Delete while the server is loading them (as soon as it asked for settings, it starts reading).
    for (let i = 0; i < 400; i += 2) fs.rmSync(path.join(sources, `a${i}.md`));
    const published = await client.waitForCurrent(draftUri(), 20000);
    assert.deepStrictEqual(published.diagnostics.map((d) => (d.data as { fix: string }).fix), ['£42.8m']);
    const base = (await client.connection.sendRequest('factline/factBase', { uri: draftUri(), withFacts: false })) as { sources: unknown[]; problems: string[] };
    assert.ok(base.problems.every((p) => /no such file/.test(p)), base.problems.join('\n'));
    assert.ok(base.sources.length >= 201);
    assert.strictEqual(client.exited, undefined);
  });
});

describe('language server with a large source set', function () {
  this.timeout(60000);
  let client: LspTestClient;
  afterEach(async () => client?.stop());
  const folder = tempDir();
  const COUNT = 600;
  before(() => {
    fs.mkdirSync(path.join(folder, 'sources'));
    for (let i = 0; i < COUNT; i++) {
      const body = Array.from({ length: 12 }, (_, p) => `In paragraph ${p} of report ${i}, officials said ${100 + p * 7 + i} families had returned to district ${p} by 14 May 2024, ${p + 3}% more than in April.`).join('\n\n');
      fs.writeFileSync(path.join(folder, 'sources', `report-${i}.md`), `# Report ${i}\n\n${body}\n`);
    }
    fs.writeFileSync(path.join(folder, 'sources', 'bridge.md'), SOURCE);
  });
  const draftUri = pathToFileURL(path.join(folder, 'draft.md')).href;

  it('checks an open draft against the articles it restates while the rest load, answers hover, shows how far the load is, checks again once all are in, and fills and reuses the disk cache', async () => {
    const cacheDir = path.join(tempDir(), 'cache');
    let settingsAsked = false;
    const configuration = () => {
      settingsAsked = true;
      return { useBundledFacts: false };
    };
    client = await LspTestClient.start({ folders: [folder], initializationOptions: { cacheDir }, configuration, workDoneProgress: true });
    client.open(draftUri, DRAFT);
    // Once the draft's settings are answered, the server starts loading; entries are written after.
    await client.until(() => (settingsAsked ? true : undefined), 20000, () => 'the settings request');
    // Its folders are made at the start, to know they can be written: empty.
    const files = (fs.readdirSync(cacheDir, { recursive: true }) as string[]).filter((f) => fs.statSync(path.join(cacheDir, f)).isFile());
    assert.deepStrictEqual(files, [], 'no entry is written while the sources load');
    // The draft restates bridge.md: read first, it is checked against it before the reports are in.
    const provisional = await client.waitForCurrent(draftUri, 40000);
    assert.ok(!loadEnded(client.progress), 'checked before the load ended');
    assert.deepStrictEqual(provisional.diagnostics.map((d) => (d.data as { fix: string }).fix), ['£42.8m']);
    const asked = Date.now();
    const hover = await client.hover(draftUri, positionOf(DRAFT, '£48.2m'));
    const answeredIn = Date.now() - asked;
    assert.match((hover?.contents as { value: string }).value, /the source says \*\*£42\.8m\*\*/);
    assert.ok(answeredIn < 1000, `hover took ${answeredIn} ms`);
    const before = client.published.length;
    await client.until(() => (loadEnded(client.progress) && client.published.length > before ? true : undefined), 40000, () => 'diagnostics once every source is in');
    const cold = client.latest(draftUri)!;
    assert.deepStrictEqual(cold.diagnostics, provisional.diagnostics);
    assertLoadProgress(client.progress, COUNT + 1);
    await client.stop();
    const entries = fs.readdirSync(cacheDir, { recursive: true }).filter((f) => String(f).endsWith('.json'));
    assert.strictEqual(entries.length, COUNT + 1);

    client = await LspTestClient.start({ folders: [folder], initializationOptions: { cacheDir }, configuration: () => ({ useBundledFacts: false }), workDoneProgress: true });
    client.open(draftUri, DRAFT);
    const warm = await client.waitForCurrent(draftUri, 40000);
    assert.deepStrictEqual(warm.diagnostics, cold.diagnostics);
    assert.deepStrictEqual(client.progress, [], 'a kept set is restored without reading articles: nothing to show');
    await client.stop();
    assert.ok(fs.readdirSync(cacheDir, { recursive: true }).some((f) => String(f).startsWith(SET_FOLDER)), 'the set of sources is kept');

    // One article changed since the set was kept: its facts are read again, not taken from the set.
    const bridge = path.join(folder, 'sources', 'bridge.md');
    fs.writeFileSync(bridge, SOURCE.replace('£42.8m', '£43.8m'));
    try {
      client = await LspTestClient.start({ folders: [folder], initializationOptions: { cacheDir }, configuration: () => ({ useBundledFacts: false }) });
      client.open(draftUri, DRAFT);
      const changed = await client.waitForCurrent(draftUri, 40000);
      assert.deepStrictEqual(changed.diagnostics.map((d) => (d.data as { fix: string }).fix), ['£43.8m']);
    } finally {
      fs.writeFileSync(bridge, SOURCE);
    }
  });

  it('rests on the set it kept once the load is done: the same diagnostics and hover, and an article changed later is read again', async () => {
    client = await LspTestClient.start({ folders: [folder], initializationOptions: { cacheDir: path.join(tempDir(), 'cache') }, configuration: () => ({ useBundledFacts: false }), trace: 'messages' });
    client.open(draftUri, DRAFT);
    const rests = () => client.traces.some((t) => /^fact base of .* rests on its set kept in the cache/.test(t.message));
    await client.until(() => (rests() ? true : undefined), 50000, () => 'the base resting on its kept set');
    const cold = client.latest(draftUri)!;
    assert.deepStrictEqual(cold.diagnostics.map((d) => (d.data as { fix: string }).fix), ['£42.8m']);
    const hover = await client.hover(draftUri, positionOf(DRAFT, '£48.2m'));
    assert.match((hover?.contents as { value: string }).value, /the source says \*\*£42\.8m\*\*/);
    const bridge = path.join(folder, 'sources', 'bridge.md');
    fs.writeFileSync(bridge, SOURCE.replace('£42.8m', '£43.8m'));
    try {
      const before = client.published.length;
      void client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: pathToFileURL(bridge).href, type: 2 }] });
      const fixes = () => client.latest(draftUri)!.diagnostics.map((d) => (d.data as { fix: string }).fix);
      await client.until(() => (client.published.length > before && fixes()[0] === '£43.8m' ? true : undefined), 40000, () => `the changed article's figure: ${JSON.stringify(fixes())}`);
    } finally {
      fs.writeFileSync(bridge, SOURCE);
    }
  });

  it('a kept set whose entry was damaged since: the warm start finds it, reads the articles again and publishes what a cold start does', async () => {
    const cacheDir = path.join(tempDir(), 'cache');
    const start = () => LspTestClient.start({ folders: [folder], initializationOptions: { cacheDir }, configuration: () => ({ useBundledFacts: false }), workDoneProgress: true });
    client = await start();
    client.open(draftUri, DRAFT);
    // Checked first against the article it restates, then against them all once the load ended.
    let publishedBeforeEnd = -1;
    await client.until(
      () => {
        if (publishedBeforeEnd < 0 && loadEnded(client.progress)) publishedBeforeEnd = client.published.length;
        return publishedBeforeEnd >= 0 && client.published.length > publishedBeforeEnd ? true : undefined;
      },
      40000,
      () => 'diagnostics once every source is in',
    );
    const cold = client.latest(draftUri)!;
    // Stopped, the server keeps the set it built at once.
    await client.stop();
    const sets = path.join(cacheDir, SET_FOLDER);
    const entry = fs.readdirSync(sets).map((f) => path.join(sets, f)).find((f) => f.endsWith('.bin') && !f.includes('-ids') && !f.includes('-judged'))!;
    // Its last byte, in the last page of its index's lists: read when idle, if no check needs it first.
    const bytes = fs.readFileSync(entry);
    bytes[bytes.length - 1] ^= 0xff;
    fs.writeFileSync(entry, bytes);

    client = await start();
    client.open(draftUri, DRAFT);
    const damaged = () => client.logs.some((l) => /the source set kept in the cache is damaged or cannot be read; its articles are read again: .*not as written/.test(l));
    await client.until(() => (damaged() ? true : undefined), 40000, () => `the damage found: ${client.logs.join('\n')}`);
    const found = client.published.length;
    assert.ok(!fs.existsSync(entry), 'the damaged entry is removed');
    await client.until(() => (client.published.length > found && loadEnded(client.progress) ? true : undefined), 40000, () => 'diagnostics once the articles are read again');
    assert.deepStrictEqual(client.latest(draftUri)!.diagnostics, cold.diagnostics);
    const hover = await client.hover(draftUri, positionOf(DRAFT, '£48.2m'));
    assert.match((hover?.contents as { value: string }).value, /the source says \*\*£42\.8m\*\*/);
  });

  it('reads only the head of a huge draft open at a cold start to choose the articles to read first', async () => {
    client = await LspTestClient.start({ folders: [folder], initializationOptions: { cacheDir: path.join(tempDir(), 'cache') }, configuration: () => ({ useBundledFacts: false }), trace: 'verbose' });
    const huge = pathToFileURL(path.join(folder, 'huge.md')).href;
    // Its head restates the bridge; the rest, 20 MB of it, is never tokenized for the choice.
    client.open(huge, `${DRAFT}\n${'The council repaired the bridge. '.repeat(600_000)}`);
    client.open(draftUri, DRAFT);
    assert.ok(notChecked(await client.waitForCurrent(huge, 40000)), 'the huge draft is not checked');
    const published = await client.waitForCurrent(draftUri, 40000);
    assert.deepStrictEqual(published.diagnostics.map((d) => (d.data as { fix: string }).fix), ['£42.8m']);
    const bases = () => client.traces.filter((t) => /^fact base of .* ready/.test(t.message)).map((t) => t.verbose);
    await client.until(() => (bases().length >= 2 ? true : undefined), 40000, () => `both fact bases in the trace: ${JSON.stringify(bases())}`);
    assert.match(bases()[0]!, /provisional, of the 1 the open drafts restate$/);
  });

  it('keeps a draft that says too little to tell which articles it restates waiting for all of them', async () => {
    client = await LspTestClient.start({ folders: [folder], initializationOptions: { cacheDir: path.join(tempDir(), 'cache') }, configuration: () => ({ useBundledFacts: false }), trace: 'verbose' });
    const uri = pathToFileURL(path.join(folder, 'vague.md')).href;
    client.open(uri, 'Officials said 48 families had returned.\n');
    await client.waitForCurrent(uri, 40000);
    const bases = () => client.traces.filter((t) => /^fact base of .* ready/.test(t.message)).map((t) => t.verbose);
    await client.until(() => (bases().length ? true : undefined), 5000, () => 'the trace of the fact base');
    assert.deepStrictEqual(bases(), [`${COUNT + 1} source files, read one by one (extracted, or from the cache)`]);
  });
});

function loadEnded(progress: LspTestClient['progress']): boolean {
  return progress.some((p) => (p.value as { kind?: string }).kind === 'end');
}

/**
 * One token, created before it begins; then percentages that only grow, each sent once, and the end,
 * by which time every article was counted.
 */
function assertLoadProgress(progress: LspTestClient['progress'], articles: number): void {
  const values = progress.map((p) => p.value as { kind?: string; percentage?: number; message?: string } | 'created');
  assert.deepStrictEqual(new Set(progress.map((p) => p.token)).size, 1, JSON.stringify(progress.slice(0, 3)));
  assert.strictEqual(values[0], 'created');
  const [begin, ...rest] = values.slice(1) as Array<{ kind: string; percentage?: number; message?: string }>;
  assert.strictEqual(begin.kind, 'begin');
  assert.strictEqual(rest.pop()?.kind, 'end');
  assert.ok(rest.length > 0 && rest.length <= 100, `${rest.length} reports`);
  const percentages = [begin, ...rest].map((v) => v.percentage!);
  for (let i = 1; i < percentages.length; i++) assert.ok(percentages[i] > percentages[i - 1], `percentages ${percentages.join(' ')}`);
  assert.ok(rest.every((r) => r.kind === 'report'));
  assert.match(rest[rest.length - 1].message!, new RegExp(`^reading sources [\\d,]+ of ${articles.toLocaleString('en')}$`));
}

describe('language server on a draft of megabytes', function () {
  this.timeout(60000);
  const options = { initializationOptions: { debounceMs: 0, maxFileSizeKB: 100_000 }, latestOnly: true };
  let clients: LspTestClient[] = [];
  afterEach(async () => {
    await Promise.all(clients.map((c) => c.stop()));
    clients = [];
  });

  it('publishes for a draft typed into while it is first read what it publishes for the draft opened as typed', async () => {
    const [typing, fresh] = (clients = await Promise.all([LspTestClient.start(options), LspTestClient.start(options)]));
    const uri = pathToFileURL(path.join(tempDir(), 'long.md')).href;
    typing.open(uri, makeDraft(3 * 1024 * 1024));
    // Sent at once: they arrive while the first check reads the draft's Markdown, a stretch at a time.
    for (const k of [1, 300, 900, 1500, 2100]) {
      const at = positionOf(typing.text(uri), '0,000', k);
      typing.change(uri, [{ range: { start: at, end: at }, text: '7' }]);
    }
    const typed = await typing.waitForCurrent(uri, 60000);
    fresh.open(uri, typing.text(uri));
    const opened = await fresh.waitForCurrent(uri, 60000);
    assert.ok(opened.diagnostics.length > 1000, `${opened.diagnostics.length} diagnostics`);
    assert.deepStrictEqual(typed.diagnostics, opened.diagnostics);
  });
});

/** A workspace with the bridge's source and an article of 3 MB, a cache folder, and how to start a server on them. */
function megabytesWorkspace(): { folder: string; cacheDir: string; start: () => Promise<LspTestClient> } {
  const folder = tempDir();
  fs.mkdirSync(path.join(folder, 'sources'));
  fs.writeFileSync(path.join(folder, 'sources', 'bridge.md'), SOURCE);
  // 3 MB: extracted in one go, it held the server for 2-12 s; its cache entry for 1-3 s more to write,
  // and, of ~19 MB, for 0.5-1.5 s to read back in one go at a warm start's first check.
  fs.writeFileSync(path.join(folder, 'sources', 'long-report.md'), makeDraft(3 * 1024 * 1024));
  const cacheDir = path.join(tempDir(), 'cache');
  return { folder, cacheDir, start: () => LspTestClient.start({ folders: [folder], initializationOptions: { cacheDir }, configuration: () => ({ useBundledFacts: false }) }) };
}

/** How long each of a request that needs nothing but the event loop waited, asked one after another, paced, until `done`. */
async function waitsUntil(client: LspTestClient, done: () => boolean): Promise<number[]> {
  const waits: number[] = [];
  while (!done()) {
    const asked = Date.now();
    await unknownRequest(client.connection);
    waits.push(Date.now() - asked);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  return waits;
}

describe('language server with a source of megabytes', function () {
  this.timeout(180000);
  let client: LspTestClient | undefined;
  afterEach(async () => client?.stop());

  it('answers requests while it extracts the source, writes its cache entry and builds the index, then checks drafts against it', async () => {
    const { folder, cacheDir, start } = megabytesWorkspace();
    client = await start();
    const draftUri = pathToFileURL(path.join(folder, 'draft.md')).href;
    client.open(draftUri, DRAFT);
    let built = false;
    const base = client.connection.sendRequest('factline/factBase', { uri: draftUri, withFacts: false }).then((b) => ((built = true), b as { sources: Array<{ uri: string; facts: number }> }));
    // Until the base is built and the cache entry written.
    const written = () => fs.existsSync(cacheDir) && (fs.readdirSync(cacheDir, { recursive: true }) as string[]).filter((f) => f.endsWith('.json')).length >= 2;
    const waits = await waitsUntil(client, () => built && written());
    assert.ok(Math.max(...waits) < 1000, `requests waited up to ${Math.max(...waits)} ms`);
    const report = (await base).sources.find((s) => s.uri.endsWith('long-report.md'));
    assert.ok(report && report.facts > 10_000, `the report's facts: ${report?.facts}`);
    const published = await client.waitForCurrent(draftUri, 20000);
    assert.deepStrictEqual(published.diagnostics.map((d) => (d.data as { fix: string }).fix), ['£42.8m']);
  });

  it('answers requests at a warm start while it reads the source a draft restates, then checks the draft as the cold start did', async () => {
    const { folder, cacheDir, start } = megabytesWorkspace();
    const draftUri = pathToFileURL(path.join(folder, 'draft.md')).href;
    // It restates both sources, and gets a figure of each wrong: the long one's 637 readers, and the bridge's cost.
    const draft = `${makeDraft(2 * 1024).replace('some 637 readers', 'some 673 readers')}\n${DRAFT}`;
    client = await start();
    client.open(draftUri, draft);
    await client.connection.sendRequest('factline/factBase', { uri: draftUri, withFacts: false });
    const cold = await client.waitForCurrent(draftUri, 60000);
    // Its shutdown writes the articles' entries and keeps their set.
    await client.stop();
    assert.ok(fs.readdirSync(path.join(cacheDir, SET_FOLDER)).some((f) => f.endsWith('.bin')), 'the set is kept');
    const warm = (client = await start());
    warm.open(draftUri, draft);
    // Until its first diagnostics: the first check reads the long article's facts, unless they were read before it.
    const waits = await waitsUntil(warm, () => warm.latest(draftUri)?.version === warm.version(draftUri));
    assert.ok(Math.max(...waits) < 500, `requests waited up to ${Math.max(...waits)} ms`);
    const fixes = cold.diagnostics.map((d) => (d.data as { fix?: string }).fix);
    assert.ok(fixes.includes('637') && fixes.includes('£42.8m'), `fixes ${fixes.join(', ')}`);
    assert.deepStrictEqual(warm.latest(draftUri)!.diagnostics, cold.diagnostics);
  });
});

describe('language server on a broken stream', function () {
  this.timeout(30000);

  const frame = (message: object) => {
    const body = JSON.stringify(message);
    return `Content-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`;
  };

  /**
   * Starts the server over stdio and writes its initialize request, then `raw`, then a shutdown
   * request (id 2) and, a while later, the exit notification; gives how it exited, its stderr and
   * the ids it answered.
   */
  function afterWriting(raw: string): Promise<{ code: number | null; stderr: string; answered: number[] }> {
    return new Promise((resolve) => {
      const child = spawn(process.execPath, [SERVER, '--stdio']);
      let stderr = '';
      let stdout = '';
      child.stderr.on('data', (d) => (stderr += d));
      child.stdout.on('data', (d) => (stdout += d));
      child.on('exit', (code) => resolve({ code, stderr, answered: [...stdout.matchAll(/"id":(\d+)/g)].map((m) => Number(m[1])) }));
      child.stdin.on('error', () => undefined); // the server may be gone when the last is written
      child.stdin.write(frame({ jsonrpc: '2.0', id: 1, method: 'initialize', params: { processId: null, rootUri: null, capabilities: {} } }));
      child.stdin.write(raw);
      child.stdin.write(frame({ jsonrpc: '2.0', id: 2, method: 'shutdown' }));
      setTimeout(() => child.stdin.end(frame({ jsonrpc: '2.0', method: 'exit' })), 2000);
      setTimeout(() => child.kill(), 20000).unref();
    });
  }

  // It went deaf: every later header was taken for the rest of a body, and nothing was said.
  it('exits with one line on stderr when a header cannot be read, as the framing is lost', async () => {
    for (const header of ['Content-Length: abc\r\n\r\n{}', 'Garbage\r\n\r\n{}']) {
      const { code, stderr, answered } = await afterWriting(header);
      assert.strictEqual(code, 1, `${header}: ${stderr}`);
      assert.match(stderr, /^factline-ls: the client's messages cannot be read any more \([^\n]+\); exiting\n$/, header);
      assert.ok(!answered.includes(2), `${header}: answered ${answered}`);
    }
  });

  it('goes on serving after a body that is no JSON, and exits with 0 after shutdown and exit', async () => {
    const { code, answered } = await afterWriting('Content-Length: 5\r\n\r\n{oops');
    assert.deepStrictEqual(answered, [1, 2]);
    assert.strictEqual(code, 0);
  });
});
