import { ChildProcess, fork, spawn } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { pathToFileURL } from 'url';
import { createMessageConnection, IPCMessageReader, IPCMessageWriter, MessageConnection, StreamMessageReader, StreamMessageWriter } from 'vscode-jsonrpc/node';
import type {
  CodeAction,
  Diagnostic,
  Hover,
  InitializeResult,
  PublishDiagnosticsParams,
  Range,
  TextDocumentContentChangeEvent,
  TextEdit,
} from 'vscode-languageserver-protocol';
import { ROOT } from './core';
import { applyEdit, EditedText, offsetAt } from './editedText';
import { SERVER_ENVIRONMENT } from '../../server/src/node/serverEnvironment';

export const SERVER = path.join(ROOT, 'dist', 'server.js');

export interface StartOptions {
  /** Workspace folders (paths). */
  folders?: string[];
  initializationOptions?: unknown;
  /**
   * The client's `factline` settings, answered to `workspace/configuration`; `undefined` makes a
   * client without that capability.
   */
  configuration?: () => unknown;
  watchFiles?: boolean;
  /**
   * Keep only each document's latest publication, as an editor does. The bench sets it: a history of
   * megabyte publications grows the measuring process's heap, and its collections were timed as the server's.
   */
  latestOnly?: boolean;
  /** Announce `window.workDoneProgress`, as VS Code does: the server may then show progress (kept in `progress`). */
  workDoneProgress?: boolean;
  /** The trace the client asks for in `initialize` (the server's `$/logTrace` messages are kept in `traces`). */
  trace?: 'off' | 'messages' | 'verbose';
  /**
   * How the client talks to the server: over its stdin and stdout (`--stdio`, as most editors do;
   * the default, and the VS Code extension's), or through Node's IPC channel (`--node-ipc`), as
   * vscode-languageclient starts a Node module with TransportKind.ipc.
   */
  transport?: 'stdio' | 'ipc';
  /** Announce `workspace.workspaceFolders` (the default), as most editors do; false makes a client that knows only its root. */
  workspaceFolders?: boolean;
  /** The server's entry to start: `dist/server.js` unless given (a copy of the package elsewhere, say). */
  server?: string;
  /** Announce that diagnostics' `relatedInformation` is shown (the default), as VS Code and Neovim do. */
  relatedInformation?: boolean;
}

export interface Published {
  uri: string;
  version?: number;
  diagnostics: Diagnostic[];
}

/**
 * An editor for protocol tests: starts the real server (`dist/server.js --stdio`) and speaks LSP
 * to it over its stdin and stdout, keeping what the server sends.
 */
export class LspTestClient {
  readonly published: Published[] = [];
  readonly statuses: unknown[] = [];
  readonly messages: Array<{ type: number; message: string }> = [];
  readonly logs: string[] = [];
  readonly registrations: Array<{ method: string; registerOptions?: unknown }> = [];
  /** Each `$/progress` the server sent, and each token it created first (as `{ token, value: 'created' }`). */
  readonly progress: Array<{ token: string | number; value: unknown }> = [];
  /** Each `$/logTrace` the server sent. */
  readonly traces: Array<{ message: string; verbose?: string }> = [];
  private readonly versions = new Map<string, number>();
  private readonly texts = new Map<string, EditedText>();
  private listeners: Array<() => void> = [];
  exited: number | null | undefined = undefined;

  private constructor(
    readonly process: ChildProcess,
    readonly connection: MessageConnection,
  ) {}

  static async start(options: StartOptions = {}): Promise<LspTestClient> {
    const server = options.server ?? SERVER;
    if (!fs.existsSync(server)) throw new Error(`${server} is missing: run npm run build first`);
    // Started as the extension starts it, so that start-up is measured as an editor sees it.
    const env = { ...process.env, ...SERVER_ENVIRONMENT };
    let child: ChildProcess;
    let connection: MessageConnection;
    if (options.transport === 'ipc') {
      // As vscode-languageclient starts a Node module with TransportKind.ipc.
      child = fork(server, ['--node-ipc', `--clientProcessId=${process.pid}`], { cwd: ROOT, env, silent: true });
      connection = createMessageConnection(new IPCMessageReader(child), new IPCMessageWriter(child));
    } else {
      child = spawn(process.execPath, [server, '--stdio'], { cwd: ROOT, env, stdio: ['pipe', 'pipe', 'pipe'] });
      connection = createMessageConnection(new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin!));
    }
    const client = new LspTestClient(child, connection);
    // Before the reader's own listener: when the bytes came, not when this process got to them.
    child.stdout?.prependListener('data', () => (client.lastReadAt = process.hrtime.bigint()));
    child.stderr!.on('data', (d) => client.logs.push(String(d)));
    child.on('exit', (code) => {
      client.exited = code;
      client.notify();
    });
    connection.onNotification('textDocument/publishDiagnostics', (p: PublishDiagnosticsParams) => {
      if (options.latestOnly) {
        const earlier = client.published.findIndex((q) => q.uri === p.uri);
        if (earlier >= 0) client.published.splice(earlier, 1);
      }
      client.published.push(p);
      client.notify();
    });
    connection.onNotification('factline/status', (p: unknown) => {
      client.statuses.push(p);
      client.notify();
    });
    connection.onNotification('window/showMessage', (p: { type: number; message: string }) => void client.messages.push(p));
    connection.onNotification('window/logMessage', (p: { message: string }) => void client.logs.push(p.message));
    connection.onRequest('client/registerCapability', (p: { registrations: Array<{ method: string; registerOptions?: unknown }> }) => {
      client.registrations.push(...p.registrations);
      return null;
    });
    connection.onRequest('window/showMessageRequest', (p: { type: number; message: string }) => {
      client.messages.push(p);
      return null;
    });
    connection.onRequest('window/workDoneProgress/create', (p: { token: string | number }) => {
      client.progress.push({ token: p.token, value: 'created' });
      return null;
    });
    connection.onNotification('$/progress', (p: { token: string | number; value: unknown }) => {
      client.progress.push(p);
      client.notify();
    });
    connection.onNotification('$/logTrace', (p: { message: string; verbose?: string }) => {
      client.traces.push(p);
      client.notify();
    });
    connection.onRequest('workspace/workspaceFolders', () => (options.folders ?? []).map((f) => ({ uri: pathToFileURL(f).href, name: path.basename(f) })));
    if (options.configuration) connection.onRequest('workspace/configuration', (p: { items: unknown[] }) => p.items.map(() => options.configuration!()));
    connection.listen();
    const result: InitializeResult = await connection.sendRequest('initialize', {
      processId: process.pid,
      rootUri: null,
      workspaceFolders: (options.folders ?? []).map((f) => ({ uri: pathToFileURL(f).href, name: path.basename(f) })),
      initializationOptions: options.initializationOptions,
      ...(options.trace ? { trace: options.trace } : {}),
      capabilities: {
        ...(options.workDoneProgress ? { window: { workDoneProgress: true } } : {}),
        workspace: {
          configuration: !!options.configuration,
          didChangeConfiguration: { dynamicRegistration: !!options.configuration },
          didChangeWatchedFiles: { dynamicRegistration: options.watchFiles ?? true, relativePatternSupport: true },
          workspaceFolders: options.workspaceFolders ?? true,
        },
        textDocument: {
          synchronization: { dynamicRegistration: false },
          hover: { contentFormat: ['markdown', 'plaintext'] },
          codeAction: { codeActionLiteralSupport: { codeActionKind: { valueSet: ['quickfix', 'source.fixAll'] } } },
          publishDiagnostics: { relatedInformation: options.relatedInformation ?? true, versionSupport: true },
        },
      },
    });
    client.capabilities = result.capabilities;
    await connection.sendNotification('initialized', {});
    return client;
  }

  capabilities: InitializeResult['capabilities'] = {};

  open(uri: string, text: string, languageId = 'markdown'): void {
    this.versions.set(uri, 1);
    this.texts.set(uri, new EditedText(text));
    void this.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId, version: 1, text } });
  }

  /** When the latest `change` was sent, after its edits were applied here (`process.hrtime.bigint()`). */
  changeSentAt = 0n;

  /**
   * When the latest bytes from the server's stdout were read (`process.hrtime.bigint()`): once a
   * message is handled, when its last bytes arrived, before this process parsed them.
   */
  lastReadAt = 0n;

  /** Applies incremental changes here too, so `text(uri)` is what the server should hold. */
  change(uri: string, changes: Array<{ range: Range; text: string }>): number {
    const version = (this.versions.get(uri) ?? 0) + 1;
    this.versions.set(uri, version);
    let text = this.texts.get(uri);
    if (!text) this.texts.set(uri, (text = new EditedText('')));
    for (const c of changes) text.apply(c.range, c.text);
    const contentChanges: TextDocumentContentChangeEvent[] = changes;
    this.changeSentAt = process.hrtime.bigint();
    void this.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges });
    return version;
  }

  replaceAll(uri: string, text: string): number {
    const version = (this.versions.get(uri) ?? 0) + 1;
    this.versions.set(uri, version);
    this.texts.set(uri, new EditedText(text));
    void this.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [{ text }] });
    return version;
  }

  close(uri: string): void {
    void this.connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
  }

  text(uri: string): string {
    return this.texts.get(uri)?.text ?? '';
  }

  version(uri: string): number {
    return this.versions.get(uri) ?? 0;
  }

  hover(uri: string, position: { line: number; character: number }): Promise<Hover | null> {
    return this.connection.sendRequest('textDocument/hover', { textDocument: { uri }, position });
  }

  codeActions(uri: string, range: Range, only?: string[], diagnostics: Diagnostic[] = []): Promise<CodeAction[]> {
    return this.connection.sendRequest('textDocument/codeAction', { textDocument: { uri }, range, context: { diagnostics, ...(only ? { only } : {}) } });
  }

  /** The latest diagnostics published for a document. */
  latest(uri: string): Published | undefined {
    for (let i = this.published.length - 1; i >= 0; i--) if (this.published[i].uri === uri) return this.published[i];
    return undefined;
  }

  /** Waits until the latest publication for `uri` satisfies `test` (never a fixed sleep). */
  waitFor(uri: string, test: (p: Published) => boolean, timeoutMs = 5000): Promise<Published> {
    return this.until(() => {
      const p = this.latest(uri);
      return p && test(p) ? p : undefined;
    }, timeoutMs, () => `diagnostics for ${uri}; latest: ${JSON.stringify(this.latest(uri))}`);
  }

  /** Waits for diagnostics published for the document's current version. */
  waitForCurrent(uri: string, timeoutMs = 5000): Promise<Published> {
    return this.waitFor(uri, (p) => p.version === this.version(uri), timeoutMs);
  }

  until<T>(probe: () => T | undefined, timeoutMs: number, what: () => string): Promise<T> {
    return new Promise((resolve, reject) => {
      const check = () => {
        const value = probe();
        if (value !== undefined) {
          done();
          resolve(value);
        } else if (this.exited !== undefined) {
          done();
          reject(new Error(`server exited (${this.exited}) while waiting for ${what()}\n${this.logs.join('')}`));
        }
      };
      const timer = setTimeout(() => {
        done();
        reject(new Error(`timed out after ${timeoutMs} ms waiting for ${what()}`));
      }, timeoutMs);
      // Some events (requests, registrations) arrive without a notification: poll as well.
      const poll = setInterval(check, 20);
      const done = () => {
        clearTimeout(timer);
        clearInterval(poll);
        this.listeners = this.listeners.filter((l) => l !== check);
      };
      this.listeners.push(check);
      check();
    });
  }

  async stop(): Promise<void> {
    if (this.exited === undefined) {
      try {
        await Promise.race([this.connection.sendRequest('shutdown'), new Promise((r) => setTimeout(r, 2000))]);
        void this.connection.sendNotification('exit');
      } catch {
        // Already gone: nothing to shut down.
      }
      await Promise.race([new Promise((r) => this.process.once('exit', r)), new Promise((r) => setTimeout(r, 2000))]);
      if (this.exited === undefined) this.process.kill('SIGKILL');
    }
    this.connection.dispose();
  }

  private notify(): void {
    for (const l of [...this.listeners]) l();
  }
}

/** Applies several non-overlapping edits, as an editor applies a WorkspaceEdit. */
export function applyEdits(text: string, edits: TextEdit[]): string {
  const sorted = [...edits].sort((a, b) => offsetAt(text, b.range.start) - offsetAt(text, a.range.start));
  return sorted.reduce((t, e) => applyEdit(t, e.range, e.newText), text);
}

export function positionOf(text: string, needle: string, occurrence = 0): { line: number; character: number } {
  let at = -1;
  for (let i = 0; i <= occurrence; i++) at = text.indexOf(needle, at + 1);
  if (at < 0) throw new Error(`"${needle}" not in text`);
  const before = text.slice(0, at);
  const lines = before.split(/\r\n|\r|\n/);
  return { line: lines.length - 1, character: lines[lines.length - 1].length };
}
