import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { CancellationTokenSource, ResponseError } from 'vscode-jsonrpc/node';
import { makeDraft } from '../bench/corpus';
import { ROOT } from '../helpers/core';
import { LspTestClient, positionOf } from '../helpers/lspClient';

const EXAMPLE = fs.readFileSync(path.join(ROOT, 'examples', 'draft.md'), 'utf8');
const URI = 'file:///drafts/draft.md';
/** LSP's RequestCancelled error code. */
const REQUEST_CANCELLED = -32800;

describe('cancellation over LSP', function () {
  this.timeout(20000);
  let client: LspTestClient;
  afterEach(async () => client?.stop());

  /**
   * Sends a request while the server waits for the client's configuration (so the handler is
   * suspended at an await), cancels it, then lets the configuration through: the handler must see
   * the cancellation after its await and answer nothing (null, [] or RequestCancelled).
   */
  async function cancelledWhileWaiting(method: string, params: object): Promise<unknown> {
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    let asked = false;
    client = await LspTestClient.start({ configuration: () => ({}) });
    client.connection.onRequest('workspace/configuration', async (p: { items: unknown[] }) => {
      asked = true;
      await gate;
      return p.items.map(() => ({}));
    });
    client.open(URI, EXAMPLE);
    await client.until(() => (asked ? true : undefined), 5000, () => 'a configuration request');
    const source = new CancellationTokenSource();
    const answer = client.connection.sendRequest(method, { textDocument: { uri: URI }, ...params }, source.token).then(
      (result) => ({ result }),
      (error: unknown) => ({ error }),
    );
    await new Promise((r) => setTimeout(r, 50));
    source.cancel();
    await new Promise((r) => setTimeout(r, 50));
    release();
    const outcome = await answer;
    if ('error' in outcome) {
      assert.ok(outcome.error instanceof ResponseError && outcome.error.code === REQUEST_CANCELLED, String(outcome.error));
      return undefined;
    }
    return outcome.result;
  }

  it('a cancelled hover answers nothing; the same hover uncancelled shows the mismatch', async () => {
    const at = positionOf(EXAMPLE, '130,000');
    const cancelled = await cancelledWhileWaiting('textDocument/hover', { position: at });
    assert.ok(cancelled === null || cancelled === undefined, JSON.stringify(cancelled));
    await client.waitForCurrent(URI);
    assert.ok(await client.hover(URI, at), 'the hover is there when not cancelled');
  });

  it('a cancelled code action request answers nothing', async () => {
    const at = positionOf(EXAMPLE, '130,000');
    const range = { start: at, end: at };
    const cancelled = await cancelledWhileWaiting('textDocument/codeAction', { range, context: { diagnostics: [] } });
    assert.ok(cancelled === undefined || (Array.isArray(cancelled) && cancelled.length === 0) || cancelled === null, JSON.stringify(cancelled));
    await client.waitForCurrent(URI);
    assert.ok((await client.codeActions(URI, range)).length > 0, 'actions are there when not cancelled');
  });

  it('a cancelled completion answers nothing', async () => {
    const end = positionOf(EXAMPLE, '130,000');
    const cancelled = await cancelledWhileWaiting('textDocument/completion', { position: end });
    assert.ok(cancelled === null || cancelled === undefined, JSON.stringify(cancelled));
    assert.strictEqual(client.exited, undefined);
  });

  it('a long first check is given up for a newer version that arrives while it runs: only the newer is published', async function () {
    this.timeout(60000);
    const BIG = 'file:///drafts/big.md';
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    let asked = false;
    client = await LspTestClient.start({ initializationOptions: { debounceMs: 0, maxFileSizeKB: 100_000 }, configuration: () => ({}) });
    // The big draft's settings wait at a gate; the example's, asked first, build the fact base, so
    // that once the gate opens the big draft's check starts at once.
    client.connection.onRequest('workspace/configuration', async (p: { items: Array<{ scopeUri?: string }> }) => {
      if (p.items.some((i) => i.scopeUri === BIG)) {
        asked = true;
        await gate;
      }
      return p.items.map(() => ({ debounceMs: 0, maxFileSizeKB: 100_000 }));
    });
    client.open(URI, EXAMPLE);
    await client.waitForCurrent(URI);
    const big = makeDraft(4 * 1024 * 1024);
    client.open(BIG, big);
    await client.until(() => (asked ? true : undefined), 10000, () => "the big draft's configuration request");
    // The check of version 1 (about a second) starts as the settings arrive; the edit is read while it
    // runs, between two of its slices. A check that held the event loop to its end would publish version 1.
    release();
    // After the settings are written: an edit sent first would be read before the check began.
    await new Promise((r) => setTimeout(r, 20));
    const version = client.change(BIG, [{ range: { start: { line: 0, character: 2 }, end: { line: 0, character: 2 } }, text: 'New ' }]);
    // A hover meanwhile is answered at once, empty, as while sources load: not by finishing the check.
    const figure = positionOf(client.text(BIG), ',000', 5);
    assert.strictEqual(await client.hover(BIG, figure), null, 'a hover while the check runs');
    assert.strictEqual(client.published.filter((p) => p.uri === BIG).length, 0, 'answered before any check of the big draft was published');
    const last = await client.waitFor(BIG, (p) => p.version === version, 50000);
    assert.ok(await client.hover(BIG, figure), 'the same hover once the check is done');
    assert.deepStrictEqual(
      client.published.filter((p) => p.uri === BIG).map((p) => p.version),
      [version],
      'only the newer version published',
    );
    const fresh = await LspTestClient.start({ initializationOptions: { debounceMs: 0, maxFileSizeKB: 100_000 } });
    try {
      fresh.open(BIG, client.text(BIG));
      assert.deepStrictEqual(last.diagnostics, (await fresh.waitForCurrent(BIG, 50000)).diagnostics, 'what a fresh check of the newer version gives');
    } finally {
      await fresh.stop();
    }
  });

  it('a newer version supersedes a check in progress: only the newest is published', async () => {
    client = await LspTestClient.start();
    client.open(URI, EXAMPLE);
    for (let i = 0; i < 20; i++) client.replaceAll(URI, `${EXAMPLE}\nEdit ${i}: some ${1000 + i} people.\n`);
    const last = await client.waitForCurrent(URI);
    assert.strictEqual(last.version, 21);
    const versions = client.published.filter((p) => p.uri === URI).map((p) => p.version!);
    assert.deepStrictEqual(versions, [...versions].sort((a, b) => a - b), 'versions published in order');
    assert.ok(versions.length < 10, `published ${versions.length} times for 21 versions`);
  });
});
