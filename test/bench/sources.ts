/*
 * Bench rows for large source sets: 1,000 generated source articles (~4 KB each, from varied
 * templates) in a workspace; the server's start → first diagnostics with a cold and a warm disk
 * cache, its memory, and the CLI on 100 drafts against the 1,000 sources with `--cache` cold and
 * warm. `bench.ts` calls `sourceBenchRows()`; `node out/test/bench/sources.js` runs it alone.
 */
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { pathToFileURL } from 'url';
import { ROOT } from '../helpers/core';
import { LspTestClient } from '../helpers/lspClient';
import { makeDraft } from './corpus';
import { BenchRow, median, summary } from './measure';
import { keystrokes } from './server';
import { longestWait, requestsWhile } from './transport';
import { prng } from '../helpers/prng';
import { SET_FOLDER } from '../../server/src/node/factCache';

export interface SourceBenchOptions {
  sources?: number;
  drafts?: number;
  /** Whether to time the CLI rows (minutes with 1,000 sources). */
  cli?: boolean;
  /** Called with each row as soon as it is measured. */
  onRow?: (row: BenchRow) => void;
}

const CLI = path.join(ROOT, 'dist', 'factline.js');

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const PLACES = ['Arden', 'Bexley', 'Calder', 'Dunmore', 'Elstow', 'Fenwick', 'Garnet', 'Halden', 'Ivybridge', 'Juniper'];

/** Paragraph templates of five kinds of story; each takes a random source and gives a paragraph. */
const TEMPLATES: Array<(r: () => number, place: string) => string> = [
  (r, p) => `The ${p} council approved a budget of £${(10 + r() * 90).toFixed(1)}m on ${1 + Math.floor(r() * 28)} ${MONTHS[Math.floor(r() * 12)]} 2024, ${Math.floor(2 + r() * 20)}% more than the year before. Councillors said ${Math.floor(100 + r() * 900)} new homes would be built by 2027.`,
  (r, p) => `Turnout in ${p} reached ${Math.floor(40 + r() * 40)}% in the election on ${MONTHS[Math.floor(r() * 12)]} ${1 + Math.floor(r() * 28)}, 2023, when ${Math.floor(10_000 + r() * 90_000).toLocaleString('en')} voters cast a ballot. The count took ${Math.floor(2 + r() * 20)} hours.`,
  (r, p) => `Rainfall in ${p} hit ${Math.floor(50 + r() * 200)} millimetres over ${Math.floor(2 + r() * 10)} days, and ${Math.floor(100 + r() * 5000).toLocaleString('en')} households lost power on Monday. Repairs were expected to cost $${(1 + r() * 9).toFixed(1)} million.`,
  (r, p) => `${p} United won ${Math.floor(1 + r() * 5)}-${Math.floor(r() * 3)} in front of ${Math.floor(5_000 + r() * 40_000).toLocaleString('en')} fans on Saturday, their ${Math.floor(3 + r() * 15)}th win of the season, the club's best run since ${1990 + Math.floor(r() * 30)}.`,
  (r, p) => `Shares in ${p} Holdings fell ${Math.floor(2 + r() * 30)}% after the company reported revenue of €${(100 + r() * 900).toFixed(0)}m for the quarter to ${MONTHS[Math.floor(r() * 12)]} and said it would cut ${Math.floor(50 + r() * 950)} jobs within two years.`,
];

/** How many generated articles stand beside the labelled sets' own sources in a newsroom's workspace (`newsroom`, `amongManySources`, `scoreInProcess --many`). */
export const NEWSROOM_ARTICLES = 1000;

/** A labelled set's sources (in its `sources/` folder) and the generated articles, by file name, as one workspace's sources folder holds them. */
export function newsroomSources(set: string): Array<{ name: string; text: string }> {
  const folder = path.join(set, 'sources');
  const own = fs.readdirSync(folder).sort().map((name) => ({ name, text: fs.readFileSync(path.join(folder, name), 'utf8') }));
  return [...own, ...Array.from({ length: NEWSROOM_ARTICLES }, (_, i) => ({ name: `report-${String(i).padStart(4, '0')}.md`, text: article(i) }))];
}

export function article(i: number): string {
  const r = prng(1000 + i);
  const place = `${PLACES[i % PLACES.length]}${Math.floor(i / PLACES.length)}`;
  const paragraphs: string[] = [];
  let size = 0;
  for (let p = 0; size < 3900; p++) {
    const text = TEMPLATES[(i + p) % TEMPLATES.length](r, place);
    paragraphs.push(text);
    size += text.length + 2;
  }
  return `---\ntitle: ${place} report ${i}\ndate: 2024-0${1 + (i % 9)}-1${i % 10}\n---\n\n# ${place} report ${i}\n\n${paragraphs.join('\n\n')}\n`;
}

/** A draft restating an article with every third figure changed by one digit. */
function draftOf(text: string): string {
  let n = 0;
  return text.replace(/^---[\s\S]*?---\s*/, '').replace(/\d{3,}/g, (m) => (n++ % 3 === 0 ? String(Number(m[0]) % 9 + 1) + m.slice(1) : m));
}

function rssMb(pid: number): number {
  try {
    const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
    return Number(/VmRSS:\s+(\d+)/.exec(status)![1]) / 1024;
  } catch {
    const r = spawnSync('ps', ['-o', 'rss=', '-p', String(pid)], { encoding: 'utf8' });
    return Number(r.stdout.trim()) / 1024;
  }
}

/** The most memory (RSS) the process has held so far; undefined where the system does not say. */
function peakRssMb(pid: number): number | undefined {
  try {
    return Number(/VmHWM:\s+(\d+)/.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'))![1]) / 1024;
  } catch {
    return undefined;
  }
}

/**
 * How long after a cold start's set is kept its memory is measured: the server then rests on the
 * set and, at the first pause of a second, has V8 collect what it let go (see `collectGarbageSoon`).
 */
const RESTED_AFTER_MS = 3000;

/** How many warm starts are timed. */
const WARM_STARTS = 5;

/**
 * A draft restating one of the generated articles, in a workspace of them all, warm cache: what a
 * writer meets who restates one of a thousand look-alike reports, matching's worst case (a claim
 * shares most of its words with hundreds of facts). Its first diagnostics from server start, and
 * keystrokes in its figures after them.
 */
async function restatingDraft(folder: string, cacheDir: string, draftUri: string, draft: string, n: string): Promise<BenchRow[]> {
  const started = process.hrtime.bigint();
  // The debounce in the client's settings too: they win over initializationOptions.
  const client = await LspTestClient.start({ folders: [folder], initializationOptions: { cacheDir, debounceMs: 0 }, configuration: () => ({ debounceMs: 0 }) });
  try {
    client.open(draftUri, draft);
    await client.waitForCurrent(draftUri, 300_000);
    const first = Number(process.hrtime.bigint() - started) / 1e6;
    const rssFirst = rssMb(client.process.pid!);
    const r = prng(17);
    await keystrokes(client, draftUri, 5, r, false, /\d{3,}/g); // warm-up
    const times = await keystrokes(client, draftUri, 100, r, false, /\d{3,}/g);
    return [
      [`${n} sources: a draft restating one of them, warm cache: server start → first diagnostics`, `${first.toFixed(0)} ms`, ''],
      [`${n} sources: a draft restating one of them: keystroke → diagnostics published`, summary(times), ''],
      [`${n} sources: a draft restating one of them: server memory (RSS) after first diagnostics / after the keystrokes`, `${rssFirst.toFixed(0)} / ${rssMb(client.process.pid!).toFixed(0)} MB`, '< 300 MB'],
    ];
  } finally {
    await client.stop();
  }
}

/**
 * Server start → first diagnostics of a draft, and, with `complete`, → its diagnostics once every
 * source is read: those published after the load's progress ends (a cold start checks the drafts
 * open first against the sources they restate, provisionally; see `WorkspaceFacts`). With
 * `complete`, requests are timed while the sources are read, then while their set is kept, then
 * while the server rests on it, and its memory is measured after.
 */
async function firstDiagnostics(
  folder: string,
  cacheDir: string,
  draftUri: string,
  draft: string,
  complete = false,
): Promise<{ ms: number; serverMs?: number; completeMs?: number; rss: number; restedRss?: number; peakRss?: number; diagnostics: number; completeDiagnostics?: number; waits?: number[]; keepingWaits?: number[]; restingWaits?: number[] }> {
  const started = process.hrtime.bigint();
  const client = await LspTestClient.start({ folders: [folder], initializationOptions: { cacheDir }, configuration: () => ({}), workDoneProgress: complete, trace: 'messages' });
  const since = () => Number(process.hrtime.bigint() - started) / 1e6;
  // With `complete`, the editor keeps asking while the sources are read: the longest wait is how
  // long the load held the server's event loop at a stretch.
  let loading = complete;
  const asking = requestsWhile(client.connection, () => loading);
  try {
    client.open(draftUri, draft);
    const published = await client.waitForCurrent(draftUri, 300_000);
    const ms = since();
    let completeMs: number | undefined;
    let completeDiagnostics: number | undefined;
    if (complete) {
      let publishedBeforeEnd = -1;
      await client.until(
        () => {
          if (publishedBeforeEnd < 0 && client.progress.some((p) => (p.value as { kind?: string }).kind === 'end')) publishedBeforeEnd = client.published.length;
          return publishedBeforeEnd >= 0 && client.published.length > publishedBeforeEnd ? true : undefined;
        },
        300_000,
        () => 'diagnostics after the sources were read',
      );
      completeMs = since();
      completeDiagnostics = client.latest(draftUri)!.diagnostics.length;
    }
    loading = false;
    const waits = await asking;
    const rss = rssMb(client.process.pid!);
    // The set is kept in the cache a while after it is built (three files, its entry last), between other work.
    const sets = path.join(cacheDir, SET_FOLDER);
    const kept = () => fs.existsSync(sets) && fs.readdirSync(sets).filter((f) => f.endsWith('.bin')).length >= 3;
    const keepingStarted = Date.now();
    if (!complete) return { ms, serverMs: await publishedIn(client, draftUri), rss, diagnostics: published.diagnostics.length };
    const keepingWaits = await requestsWhile(client.connection, () => !kept() && Date.now() - keepingStarted < 60_000);
    const restingUntil = Date.now() + RESTED_AFTER_MS;
    const restingWaits = await requestsWhile(client.connection, () => Date.now() < restingUntil);
    const restedRss = rssMb(client.process.pid!);
    const peakRss = peakRssMb(client.process.pid!);
    return { ms, completeMs, rss, restedRss, peakRss, diagnostics: published.diagnostics.length, completeDiagnostics, waits, keepingWaits, restingWaits };
  } finally {
    loading = false;
    await asking.catch(() => undefined);
    await client.stop();
  }
}

/**
 * How long the server took from the draft's opening to its first publication, as its trace says:
 * steadier than the time from the client's side, which includes starting Node and the bundle.
 */
async function publishedIn(client: LspTestClient, uri: string): Promise<number> {
  const ms = () => client.traces.map((t) => (t.message.startsWith('published ') && t.message.includes(` for ${uri} version `) ? /in ([\d.]+) ms$/.exec(t.message)?.[1] : undefined)).find((m) => m !== undefined);
  await client.until(() => (ms() !== undefined ? true : undefined), 5000, () => 'the trace of the first publication');
  return Number(ms());
}

function timeCli(args: string[]): number {
  const started = process.hrtime.bigint();
  const r = spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  if (r.status !== 0 && r.status !== 1) throw new Error(`factline ${args.slice(0, 4).join(' ')} … exited ${r.status}: ${r.stderr.slice(0, 500)}`);
  return Number(process.hrtime.bigint() - started) / 1e6;
}

/** Generates the workspace in a temporary folder, measures, removes it, and returns the rows. */
export async function sourceBenchRows(options: SourceBenchOptions = {}): Promise<BenchRow[]> {
  const count = options.sources ?? 1000;
  const draftCount = options.drafts ?? 100;
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'factline-bench-sources-'));
  try {
    const sources = path.join(folder, 'sources');
    const drafts = path.join(folder, 'drafts');
    fs.mkdirSync(sources);
    fs.mkdirSync(drafts);
    const files: string[] = [];
    for (let i = 0; i < count; i++) {
      const file = path.join(sources, `report-${String(i).padStart(4, '0')}.md`);
      const text = article(i);
      fs.writeFileSync(file, text);
      files.push(file);
      // Drafts from the seed article (see corpus.ts), one in ten restating a generated article: a
      // draft restating one of a thousand look-alike articles is matching's worst case, not a start-up cost.
      if (i < draftCount) fs.writeFileSync(path.join(drafts, `draft-${String(i).padStart(3, '0')}.md`), i % 10 === 9 ? draftOf(text) : makeDraft(4096 + i * 7));
    }
    const draftFile = path.join(drafts, 'draft-000.md');
    const draft = fs.readFileSync(draftFile, 'utf8');
    const draftUri = pathToFileURL(draftFile).href;
    const n = count.toLocaleString('en');

    const rows: BenchRow[] = [];
    const add = (row: BenchRow) => {
      rows.push(row);
      options.onRow?.(row);
    };
    const serverCache = path.join(folder, 'server-cache');
    const cold = await firstDiagnostics(folder, serverCache, draftUri, draft, true);
    add([`${n} sources: server start → first diagnostics, cold cache (provisional: against the sources the draft restates)`, `${cold.ms.toFixed(0)} ms (${cold.diagnostics} diagnostics)`, '< 2000 ms']);
    add([`${n} sources: server start → diagnostics against every source, cold cache`, `${cold.completeMs!.toFixed(0)} ms (${cold.completeDiagnostics} diagnostics)`, '']);
    add([`${n} sources, cold cache: a request answered while they are read (JSON-RPC only), longest wait`, longestWait(cold.waits!), '']);
    add([`${n} sources, cold cache: a request answered while their set is kept in the cache, after the load, longest wait`, longestWait(cold.keepingWaits!), '']);
    add([`${n} sources, cold cache: a request answered in the ${RESTED_AFTER_MS / 1000} s after, as the server rests on the set and has V8 collect what it let go, longest wait`, longestWait(cold.restingWaits!), '']);
    // Several starts: one start's time varies by tens of milliseconds on a busy machine.
    const warmStarts: Awaited<ReturnType<typeof firstDiagnostics>>[] = [];
    for (let i = 0; i < WARM_STARTS; i++) warmStarts.push(await firstDiagnostics(folder, serverCache, draftUri, draft));
    const warmMs = warmStarts.map((start) => start.ms);
    const warm = warmStarts[0];
    add([`${n} sources: server start → first diagnostics, warm cache`, `median ${median(warmMs).toFixed(0)} ms, min ${Math.min(...warmMs).toFixed(0)}, max ${Math.max(...warmMs).toFixed(0)} (${WARM_STARTS} starts)`, '< 300 ms']);
    const serverMs = warmStarts.map((start) => start.serverMs!);
    add([`${n} sources, warm cache: the draft opened → its first diagnostics published, inside the server (its trace)`, `median ${median(serverMs).toFixed(0)} ms, min ${Math.min(...serverMs).toFixed(0)}, max ${Math.max(...serverMs).toFixed(0)}`, '']);
    // A draft naming a fact by its id: its first check looks the id up among every fact of the set.
    const naming = path.join(drafts, 'naming-a-fact.md');
    fs.writeFileSync(naming, `${draft}\nSome 120,000 people fled [@fact:karabakh-2023/former-armenian-residents].\n`);
    const named = await firstDiagnostics(folder, serverCache, pathToFileURL(naming).href, fs.readFileSync(naming, 'utf8'));
    add([`${n} sources: a draft naming a fact by its id, warm cache: server start → first diagnostics`, `${named.ms.toFixed(0)} ms`, '']);
    add([`${n} sources: server memory (RSS) after every source is read, cold / after first diagnostics, warm cache`, `${cold.rss.toFixed(0)} / ${warm.rss.toFixed(0)} MB`, '< 300 MB']);
    add([
      `${n} sources, cold cache: server memory (RSS) ${RESTED_AFTER_MS / 1000} s after their set is kept, resting on it / the most it held (VmHWM) from its start`,
      `${cold.restedRss!.toFixed(0)} / ${cold.peakRss?.toFixed(0) ?? '?'} MB`,
      '< 300 MB',
    ]);
    // The first draft restating an article (see above).
    const restating = path.join(drafts, 'draft-009.md');
    if (fs.existsSync(restating)) for (const row of await restatingDraft(folder, serverCache, pathToFileURL(restating).href, fs.readFileSync(restating, 'utf8'), n)) add(row);
    if (options.cli === false) return rows;

    const cliCache = path.join(folder, 'cli-cache');
    const sourceArgs = files.flatMap((f) => ['--source', f]);
    const rate = (ms: number) => `${(draftCount / (ms / 1000)).toFixed(2)} drafts/s (${(ms / 1000).toFixed(1)} s)`;
    const label = `CLI, ${draftCount} drafts × ${n} sources`;
    add([`${label}, --cache cold`, rate(timeCli(['check', '--format', 'json', '--cache', cliCache, ...sourceArgs, drafts])), '']);
    add([`${label}, --cache warm`, rate(timeCli(['check', '--format', 'json', '--cache', cliCache, ...sourceArgs, drafts])), '']);
    return rows;
  } finally {
    fs.rmSync(folder, { recursive: true, force: true });
  }
}

if (require.main === module) {
  const count = (name: string) => (process.env[name] ? Number(process.env[name]) : undefined);
  console.log(`Factline with large source sets — ${os.cpus()[0].model} × ${os.cpus().length}, Node ${process.version}, ${new Date().toISOString().slice(0, 10)}\n`);
  console.log('| measure | figure | target |\n| --- | --- | --- |');
  void sourceBenchRows({ sources: count('SOURCES'), drafts: count('DRAFTS'), cli: process.env.CLI !== '0', onRow: (row) => console.log(`| ${row.join(' | ')} |`) }).then(
    () => undefined,
    (e) => {
      console.error(e);
      process.exitCode = 1;
    },
  );
}
