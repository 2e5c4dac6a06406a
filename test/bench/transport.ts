/*
 * What a round trip over stdio costs on this machine before any server does any work: a child
 * process that echoes each message back, and the language server answering a request it does not
 * know. The hover and keystroke rows measured through the server cannot go below these.
 */
import { ChildProcess, spawn } from 'child_process';
import { LspTestClient } from '../helpers/lspClient';
import { makeDraft } from './corpus';
import { BenchRow, elapsedMs, summary } from './measure';

const WARM_UP = 200;
const RUNS = 500;

/** A JSON-RPC sized message to an echoing child, one at a time, as an editor waits for each answer. */
async function echoRoundTrips(): Promise<number[]> {
  const child: ChildProcess = spawn(process.execPath, ['-e', 'process.stdin.on("data", (d) => process.stdout.write(d))'], { stdio: ['pipe', 'pipe', 'inherit'] });
  try {
    const times: number[] = [];
    for (let i = 0; i < WARM_UP + RUNS; i++) {
      const started = process.hrtime.bigint();
      await new Promise<void>((resolve, reject) => {
        child.stdout!.once('data', () => resolve());
        child.stdin!.write(`Content-Length: 40\r\n\r\n{"jsonrpc":"2.0","id":${String(i).padStart(6, '0')},"result":null}`, (e) => e && reject(e));
      });
      if (i >= WARM_UP) times.push(elapsedMs(started));
    }
    return times;
  } finally {
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
    const times: number[] = [];
    for (let i = 0; i < WARM_UP + RUNS; i++) {
      const started = process.hrtime.bigint();
      await client.connection.sendRequest('factline/benchUnknown', {}).then(
        () => Promise.reject(new Error('the server answered a request it has no handler for')),
        (e: { code?: number }) => (e.code === -32601 ? undefined : Promise.reject(e)),
      );
      if (i >= WARM_UP) times.push(elapsedMs(started));
    }
    return times;
  } finally {
    await client.stop();
  }
}

export async function transportRows(): Promise<BenchRow[]> {
  return [
    ['stdio round trip to a child that echoes it (this machine\'s floor for any server)', summary(await echoRoundTrips()), ''],
    ['stdio round trip of a request the server does not handle (JSON-RPC only)', summary(await unknownRequestRoundTrips()), ''],
  ];
}
