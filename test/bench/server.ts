/*
 * The language server as an editor meets it, over stdio: start → first diagnostics for a 4 KB
 * draft, keystroke → diagnostics published for that version (no debounce: the debounce is a pause
 * the writer chooses, not work), and hover.
 *
 * Keystrokes and hovers are timed twice: right after the draft is opened, and after `WARM_UP` more
 * of them. The slow ones of the first window are V8 optimizing the server's (and this client's) code
 * on its background threads, which on two cores take the CPU from the processes' main threads: in
 * one traced run (--trace-opt) the server compiled 208 functions during its first 300 keystrokes on
 * 100 KB, and 12 during its 2,700th to 3,000th, while the p99 fell from 7.3 ms to 2.7 ms. A function
 * the check calls once per keystroke needs hundreds of keystrokes to be optimized. The second
 * window is a writer's day after its first minutes of typing.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { pathToFileURL } from 'url';
import { LspTestClient, positionOf } from '../helpers/lspClient';
import { prng } from '../helpers/prng';
import { makeDraft } from './corpus';
import { BenchRow, elapsedMs, median, ms, percentile, summary } from './measure';
import { longestWait, requestsWhile } from './transport';

const OPTIONS = { debounceMs: 0, maxFileSizeKB: 100_000 };

/** Keystrokes (and hovers) made, untimed, between the first timed window and the second: some minutes of typing. */
const WARM_UP = 2000;

async function startToFirstDiagnostics(uri: string, draft: string): Promise<number> {
  const started = process.hrtime.bigint();
  const client = await LspTestClient.start({ initializationOptions: OPTIONS, latestOnly: true });
  try {
    client.open(uri, draft);
    await client.waitForCurrent(uri, 30_000);
    return elapsedMs(started);
  } finally {
    await client.stop();
  }
}

/**
 * Typing in the middle of figures (`figure`, three digits or more): each edit replaces the second
 * digit of a figure picked at random (or, with `insert`, types a digit there, moving all that
 * follows) and waits for the diagnostics of that version before the next, as a writer's keystrokes
 * are apart. The clock starts when the
 * change is sent: the test client's own copy of the text, edited first, is no part of the server's
 * work. Nor is its garbage: the figures are found once and followed through the edits, by line and
 * character, and the client keeps its copy as lines (see `EditedText`), where listing a megabyte's
 * figures, splitting its lines and copying the whole text at every keystroke (which an editor does
 * not do) made garbage collected while the next answer was timed.
 * With `read`, each keystroke's time until the last bytes of its diagnostics were read, before this
 * process parsed them: its own collections then count in the first times but not in these.
 */
export async function keystrokes(client: LspTestClient, uri: string, edits: number, r: () => number, insert = false, figure = /\d{3},000/g, read?: number[]): Promise<number[]> {
  const times: number[] = [];
  const figures = (figuresOf.get(client) ?? figuresOf.set(client, positionsOf(client.text(uri), figure)).get(client))!;
  for (let i = 0; i < edits; i++) {
    const f = Math.floor(r() * figures.length);
    const { line } = figures[f];
    const character = figures[f].character + 1;
    // A digit typed into "130,000" makes "1530,000", whose last three digits are the figure now;
    // the figures after it on its line move one character on.
    if (insert) for (let g = f; g < figures.length && figures[g].line === line; g++) figures[g].character++;
    const version = client.change(uri, [{ range: { start: { line, character }, end: { line, character: insert ? character : character + 1 } }, text: String(Math.floor(r() * 10)) }]);
    await client.waitFor(uri, (p) => p.version === version, 30_000);
    times.push(elapsedMs(client.changeSentAt));
    read?.push(Number(client.lastReadAt - client.changeSentAt) / 1e6);
  }
  return times;
}

/** Where each client's draft has its figures, kept through the edits `keystrokes` makes. */
const figuresOf = new WeakMap<LspTestClient, Array<{ line: number; character: number }>>();

/** Where `pattern` matches in `text`, in order, as LSP positions (the drafts break lines with LF). */
function positionsOf(text: string, pattern: RegExp): Array<{ line: number; character: number }> {
  const positions: Array<{ line: number; character: number }> = [];
  let line = 0;
  let lineStart = 0;
  let nl = text.indexOf('\n');
  for (const m of text.matchAll(pattern)) {
    for (; nl >= 0 && nl < m.index!; nl = text.indexOf('\n', nl + 1)) {
      line++;
      lineStart = nl + 1;
    }
    positions.push({ line, character: m.index! - lineStart });
  }
  return positions;
}

function hoverSummary(times: readonly number[]): string {
  return `${summary(times)}; p99 ${percentile(times, 99).toFixed(2)} ms`;
}

async function hovers(client: LspTestClient, uri: string, count: number, r: () => number): Promise<number[]> {
  const text = client.text(uri);
  const times: number[] = [];
  const figures = [...text.matchAll(/\d{3},000/g)].length;
  // Found before timing: finding a position splits the text before it, and the garbage of a
  // megabyte's lines would be collected, in this process, while a hover is timed.
  const positions = Array.from({ length: count }, () => positionOf(text, ',000', Math.floor(r() * figures)));
  for (const position of positions) {
    const started = process.hrtime.bigint();
    await client.hover(uri, position);
    times.push(elapsedMs(started));
  }
  return times;
}

/**
 * The same keystrokes (and, on 1 MB, hovers) timed by the server itself, as it says in its trace:
 * from a text's arrival to its diagnostics being written, and a hover handler's run. What the rows
 * above add to these is the transport: JSON-RPC at both ends and the pipe (see transport.ts).
 */
async function insideTheServer(client: LspTestClient, uri: string, label: string, edits: number, r: () => number): Promise<BenchRow[]> {
  await client.connection.sendNotification('$/setTrace', { value: 'messages' });
  const said = (pattern: RegExp) => client.traces.flatMap((t) => pattern.exec(t.message)?.slice(1).map(Number) ?? []);
  const from = client.traces.length;
  await keystrokes(client, uri, edits, r);
  await client.until(() => (client.traces.length - from >= edits ? true : undefined), 5000, () => 'the keystrokes\' traces');
  const keys = said(/^published \d+ diagnostics? for \S+ version \d+ in ([\d.]+) ms$/).slice(-edits);
  const rows: BenchRow[] = [[`${label}: keystroke → diagnostics published, inside the server (its trace)`, summary(keys), '']];
  if (label === '1 MB') {
    await hovers(client, uri, 500, r);
    await client.until(() => (client.traces.length - from >= edits + 500 ? true : undefined), 5000, () => 'the hover traces');
    rows.push([`1 MB: hover on a figure, inside the server (its trace)`, summary(said(/^hover answered in ([\d.]+) ms$/)), '']);
  }
  await client.connection.sendNotification('$/setTrace', { value: 'off' });
  return rows;
}

/**
 * A 10 MB draft opened (its first check takes seconds) while the editor keeps asking: requests the
 * server answers with JSON-RPC alone, one after another, until the draft's diagnostics arrive. The
 * longest wait is how long the check held the event loop at a stretch.
 */
async function requestsDuringFirstCheck(folder: string): Promise<BenchRow[]> {
  const client = await LspTestClient.start({ initializationOptions: OPTIONS, latestOnly: true });
  try {
    // The fact base first, on a small draft: the big one's check then starts at once.
    const small = pathToFileURL(path.join(folder, 'small.md')).href;
    client.open(small, makeDraft(4 * 1024));
    await client.waitForCurrent(small, 30_000);
    const uri = pathToFileURL(path.join(folder, 'draft-10mb.md')).href;
    const started = process.hrtime.bigint();
    client.open(uri, makeDraft(10 * 1024 * 1024));
    let published: number | undefined;
    void client.waitForCurrent(uri, 120_000).then(() => (published = elapsedMs(started)));
    const times = await requestsWhile(client.connection, () => published === undefined);
    return [
      ['10 MB draft opened: a request answered during its first check (JSON-RPC only), longest wait', longestWait(times), ''],
      // The first request waits behind the text itself: this process making 10 MB of JSON, the pipe, the server's JSON-RPC reader decoding it.
      ['10 MB draft opened: the same, leaving out the first request, sent behind the draft\'s text', longestWait(times.slice(1)), ''],
      ['10 MB draft opened: → its diagnostics published', ms(published!), ''],
    ];
  } finally {
    await client.stop();
  }
}

export async function serverRows(): Promise<BenchRow[]> {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'factline-bench-server-'));
  const rows: BenchRow[] = [];
  try {
    const small = makeDraft(4 * 1024);
    const starts: number[] = [];
    for (let i = 0; i < 5; i++) starts.push(await startToFirstDiagnostics(pathToFileURL(path.join(folder, `start-${i}.md`)).href, small));
    rows.push(['server start → first diagnostics, 4 KB draft, built-in facts', `median ${median(starts).toFixed(0)} ms, max ${Math.max(...starts).toFixed(0)} ms (5 starts)`, '< 300 ms']);

    const r = prng(11);
    for (const [label, bytes, edits, target] of [['4 KB', 4 * 1024, 300, ''], ['100 KB', 100 * 1024, 300, 'p99 < 5 ms'], ['1 MB', 1024 * 1024, 150, 'p99 < 20 ms']] as const) {
      const client = await LspTestClient.start({ initializationOptions: OPTIONS, latestOnly: true });
      try {
        const uri = pathToFileURL(path.join(folder, `draft-${bytes}.md`)).href;
        client.open(uri, makeDraft(bytes));
        await client.waitForCurrent(uri, 60_000);
        rows.push([`${label}: keystroke → diagnostics published, the first ${edits} after opening`, summary(await keystrokes(client, uri, edits, r)), '']);
        const firstHovers = label === '1 MB' ? await hovers(client, uri, 500, r) : [];
        await keystrokes(client, uri, WARM_UP, r);
        const read: number[] = [];
        rows.push([`${label}: keystroke → diagnostics published, after ${WARM_UP} more`, summary(await keystrokes(client, uri, edits, r, false, undefined, read)), target]);
        rows.push([`${label}: the same keystrokes → their diagnostics' last bytes read by the client, before it parses them`, summary(read), '']);
        if (label === '1 MB') {
          rows.push([`${label}: keystroke inserting a digit → diagnostics published`, summary(await keystrokes(client, uri, edits, r, true)), target]);
          rows.push([`1 MB: hover on a figure, the first 500 after opening`, hoverSummary(firstHovers), '']);
          await hovers(client, uri, WARM_UP, r);
          rows.push([`1 MB: hover on a figure, after ${WARM_UP} more`, hoverSummary(await hovers(client, uri, 500, r)), 'p99 < 2 ms']);
        }
        if (target) rows.push(...(await insideTheServer(client, uri, label, edits, r)));
      } finally {
        await client.stop();
      }
    }
    rows.push(...(await requestsDuringFirstCheck(folder)));
  } finally {
    fs.rmSync(folder, { recursive: true, force: true });
  }
  return rows;
}
