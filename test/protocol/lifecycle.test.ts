import * as assert from 'assert';
import { ChildProcess, fork, spawn } from 'child_process';
import { createMessageConnection, IPCMessageReader, IPCMessageWriter, MessageConnection, ResponseError, StreamMessageReader, StreamMessageWriter } from 'vscode-jsonrpc/node';
import { ROOT } from '../helpers/core';
import { SERVER } from '../helpers/lspClient';
import { SERVER_ENVIRONMENT } from '../../server/src/node/serverEnvironment';

const DRAFT_URI = 'file:///drafts/lifecycle.md';
const DRAFT = 'More than 100,000 people had fled by 30 September.\n';
const AT_FIGURE = { line: 0, character: 10 };
const INITIALIZE = { processId: null, rootUri: null, capabilities: {} };

/** A server over `transport` that nothing was said to yet (`LspTestClient.start` initializes it). */
interface Unopened {
  child: ChildProcess;
  connection: MessageConnection;
  exited: Promise<number | null>;
}

function startServer(transport: 'stdio' | 'ipc'): Unopened {
  const env = { ...process.env, ...SERVER_ENVIRONMENT };
  const child = transport === 'ipc' ? fork(SERVER, ['--node-ipc'], { cwd: ROOT, env, silent: true }) : spawn(process.execPath, [SERVER, '--stdio'], { cwd: ROOT, env });
  const exited = new Promise<number | null>((resolve) => child.on('exit', resolve));
  const connection = transport === 'ipc' ? createMessageConnection(new IPCMessageReader(child), new IPCMessageWriter(child)) : createMessageConnection(new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin!));
  connection.onRequest(() => null);
  connection.onNotification(() => undefined);
  connection.listen();
  return { child, connection, exited };
}

/** The error code a request is answered with; undefined when it is answered with a result. */
async function errorCodeOf(request: Promise<unknown>): Promise<number | undefined> {
  try {
    await request;
    return undefined;
  } catch (e) {
    assert.ok(e instanceof ResponseError, String(e));
    return e.code;
  }
}

const hover = (connection: MessageConnection) => connection.sendRequest('textDocument/hover', { textDocument: { uri: DRAFT_URI }, position: AT_FIGURE });

for (const transport of ['stdio', 'ipc'] as const) {
  describe(`language server lifecycle over ${transport}`, function () {
    this.timeout(30000);
    let server: Unopened | undefined;
    afterEach(() => {
      server?.connection.dispose();
      server?.child.kill();
    });

    // vscode-languageserver ran the handlers on state `initialize` makes and answered their TypeError with -32603.
    it('refuses requests before initialize with ServerNotInitialized (-32002), drops notifications, then initializes once', async () => {
      server = startServer(transport);
      const { connection } = server;
      assert.strictEqual(await errorCodeOf(hover(connection)), -32002);
      assert.strictEqual(await errorCodeOf(connection.sendRequest('factline/factBase', { uri: DRAFT_URI })), -32002);
      assert.strictEqual(await errorCodeOf(connection.sendRequest('shutdown')), -32002);
      await connection.sendNotification('textDocument/didOpen', { textDocument: { uri: DRAFT_URI, languageId: 'markdown', version: 1, text: DRAFT } });
      const result = await connection.sendRequest<{ capabilities: { hoverProvider?: boolean } }>('initialize', INITIALIZE);
      assert.strictEqual(result.capabilities.hoverProvider, true);
      await connection.sendNotification('initialized', {});
      assert.strictEqual(await errorCodeOf(connection.sendRequest('initialize', INITIALIZE)), -32600);
      // The draft opened before initialize was dropped: the server holds no text to hover in.
      assert.strictEqual(await hover(connection), null);
    });

    // It went on serving: a hover after shutdown was answered as before.
    it('refuses every request after shutdown with InvalidRequest (-32600), and exits with 0 on exit', async () => {
      server = startServer(transport);
      const { connection, exited } = server;
      await connection.sendRequest('initialize', INITIALIZE);
      await connection.sendNotification('initialized', {});
      await connection.sendNotification('textDocument/didOpen', { textDocument: { uri: DRAFT_URI, languageId: 'markdown', version: 1, text: DRAFT } });
      assert.strictEqual(await errorCodeOf(hover(connection)), undefined);
      assert.strictEqual(await connection.sendRequest('shutdown'), null);
      assert.strictEqual(await errorCodeOf(hover(connection)), -32600);
      assert.strictEqual(await errorCodeOf(connection.sendRequest('factline/recheck')), -32600);
      assert.strictEqual(await errorCodeOf(connection.sendRequest('shutdown')), -32600);
      await connection.sendNotification('exit');
      assert.strictEqual(await exited, 0);
    });
  });
}
