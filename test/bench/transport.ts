/*
 * What a round trip over stdio costs on this machine before any server does any work: a child
 * process that echoes each message back, a bare vscode-jsonrpc server and the language server
 * answering a request they do not know. The hover and keystroke rows measured through the server
 * cannot go below these.
 */
import { ChildProcess, spawn } from 'child_process';
import { createMessageConnection, MessageConnection, StreamMessageReader, StreamMessageWriter } from 'vscode-jsonrpc/node';
import { LspTestClient } from '../helpers/lspClient';
import { makeDraft } from './corpus';
import { BenchRow, elapsedMs, ms, summary } from './measure';

// As many as the server section's keystrokes and hovers get before their second window (see server.ts).
const WARM_UP = 2000;
const RUNS = 500;

/** A JSON-RPC sized message to an echoing child, one at a time, as an editor waits for each answer. */
async function echoRoundTrips(): Promise<number[]> {
  const child: ChildProcess = spawn(process.execPath, ['-e', 'process.stdin.on("data", (d) => process.stdout.write(d))'], { stdio: ['pipe', 'pipe', 'inherit'] });
  try {
    const times: number[] = [];
    for (let i = 0; i < WARM_UP + RUNS; i++) {
      const started = process.hrtime.bigint();
      const body = `{"jsonrpc":"2.0","id":${i},"result":null}`;
      await new Promise<void>((resolve, reject) => {
        child.stdout!.once('data', () => resolve());
        child.stdin!.write(`Content-Length: ${body.length}\r\n\r\n${body}`, (e) => e && reject(e));
      });
      if (i >= WARM_UP) times.push(elapsedMs(started));
    }
    return times;
  } finally {
    child.kill();
  }
}

/**
 * A request to a bare vscode-jsonrpc server, which handles nothing but `initialize`: what any
 * language server built on that library costs, as the client speaks to the Factline server.
 */
async function bareServerRoundTrips(): Promise<number[]> {
  const library = JSON.stringify(require.resolve('vscode-jsonrpc/node'));
  const server = `const j = require(${library}); const c = j.createMessageConnection(new j.StreamMessageReader(process.stdin), new j.StreamMessageWriter(process.stdout)); c.onRequest('initialize', () => ({ capabilities: {} })); c.listen();`;
  const child = spawn(process.execPath, ['-e', server], { stdio: ['pipe', 'pipe', 'inherit'] });
  const connection = createMessageConnection(new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin!));
  connection.listen();
  try {
    await connection.sendRequest('initialize', { processId: process.pid, rootUri: null, capabilities: {} });
    return await unknownRequests(connection);
  } finally {
    connection.dispose();
    child.kill();
  }
}

/** A request the server has no handler for: its answer (method not found) is JSON-RPC's work only. */
async function unknownRequestRoundTrips(): Promise<number[]> {
  const client = await LspTestClient.start({ initializationOptions: { debounceMs: 0 }, latestOnly: true });
  try {
    const uri = 'file:///bench/transport.md';
    client.open(uri, makeDraft(4 * 1024));
    await client.waitForCurrent(uri, 30_000);
    return await unknownRequests(client.connection);
  } finally {
    await client.stop();
  }
}

async function unknownRequests(connection: MessageConnection): Promise<number[]> {
  let asked = 0;
  return (await requestsWhile(connection, () => asked++ < WARM_UP + RUNS)).slice(WARM_UP);
}

/**
 * Requests the server has no handler for, one after another while `busy` (a long check or load),
 * each one's wait: the longest is how long the work held the server's event loop at a stretch.
 */
export async function requestsWhile(connection: MessageConnection, busy: () => boolean): Promise<number[]> {
  const times: number[] = [];
  while (busy()) {
    const asked = process.hrtime.bigint();
    await unknownRequest(connection);
    times.push(elapsedMs(asked));
  }
  return times;
}

/** "236 ms; median 26 ms, p99 236 ms (88 runs)": the longest of `requestsWhile`'s waits, then all. */
export function longestWait(times: readonly number[]): string {
  return `${ms(Math.max(...times))}; ${summary(times)}`;
}

/** One request the server has no handler for, answered "method not found"; any other answer fails. */
export function unknownRequest(connection: MessageConnection): Promise<void> {
  return connection.sendRequest('factline/benchUnknown', {}).then(
    () => Promise.reject(new Error('the server answered a request it has no handler for')),
    (e: { code?: number }) => (e.code === -32601 ? undefined : Promise.reject(e)),
  );
}

export async function transportRows(): Promise<BenchRow[]> {
  return [
    ['stdio round trip to a child that echoes it (this machine\'s floor for any server)', summary(await echoRoundTrips()), ''],
    ['stdio round trip of a request a bare vscode-jsonrpc server does not handle', summary(await bareServerRoundTrips()), ''],
    ['stdio round trip of a request the server does not handle (JSON-RPC only)', summary(await unknownRequestRoundTrips()), ''],
  ];
}
