import * as vscode from 'vscode';
import { ErrorAction, ErrorHandler, LanguageClient, LanguageClientOptions, ServerOptions, TransportKind } from 'vscode-languageclient/node';
import {
  FACT_BASE_REQUEST,
  FactBaseParams,
  FactBaseSummary,
  OPEN_SOURCE_COMMAND,
  OpenSourceArgs,
  RECHECK_REQUEST,
  STATUS_NOTIFICATION,
  StatusParams,
} from '../../server/src/lsp/protocol';
import { SERVER_ENVIRONMENT } from '../../server/src/node/serverEnvironment';
import { StatusBar } from './statusBar';

/** What `activate` returns: used by the extension tests, harmless for everyone else. */
export interface FactlineApi {
  statusText(): string;
}

let client: LanguageClient | undefined;

export async function activate(context: vscode.ExtensionContext): Promise<FactlineApi> {
  const output = vscode.window.createOutputChannel('Factline', { log: true });
  const status = new StatusBar(() => factBase(vscode.window.activeTextEditor?.document.uri.toString(), false));
  context.subscriptions.push(output, status);

  const start = async () => {
    client = createClient(context, output);
    client.onNotification(STATUS_NOTIFICATION, (params: StatusParams) => status.update(params));
    await client.start();
  };

  context.subscriptions.push(
    vscode.commands.registerCommand(OPEN_SOURCE_COMMAND, openSource),
    vscode.commands.registerCommand('factline.showFactBase', showFactBase),
    vscode.commands.registerCommand('factline.recheck', async () => {
      await client?.sendRequest(RECHECK_REQUEST);
    }),
    vscode.commands.registerCommand('factline.restartServer', async () => {
      status.clear();
      await client?.restart();
    }),
    vscode.window.onDidChangeActiveTextEditor(() => status.show(vscode.window.activeTextEditor?.document)),
    // Sources outside the workspace are read only once it is trusted: start again with the new rights.
    vscode.workspace.onDidGrantWorkspaceTrust(async () => {
      await client?.stop();
      await start();
    }),
  );
  await start();
  status.show(vscode.window.activeTextEditor?.document);
  return { statusText: () => status.text };
}

export async function deactivate(): Promise<void> {
  await client?.stop();
}

function createClient(context: vscode.ExtensionContext, output: vscode.LogOutputChannel): LanguageClient {
  const module = context.asAbsolutePath('dist/server.js');
  const serverOptions: ServerOptions = {
    // Over stdio, not Node's IPC channel: IPC serialises every publication whole, where the server's
    // stdio writer reuses the bytes of the diagnostics a keystroke left unchanged. On a 1 MB draft,
    // keystroke → diagnostics took a median of ~20 ms over IPC against 12-15 over stdio. The language
    // client adds `env` to the extension host's environment.
    run: { module, transport: TransportKind.stdio, options: { env: SERVER_ENVIRONMENT } },
    debug: { module, transport: TransportKind.stdio, options: { env: SERVER_ENVIRONMENT, execArgv: ['--nolazy', '--inspect=6009'] } },
  };
  let restarts: ErrorHandler | undefined;
  const clientOptions: LanguageClientOptions = {
    documentSelector: ['file', 'untitled'].flatMap((scheme) => ['markdown', 'plaintext'].map((language) => ({ scheme, language }))),
    outputChannel: output,
    diagnosticCollectionName: 'factline',
    initializationOptions: { trusted: vscode.workspace.isTrusted, cacheDir: context.globalStorageUri.fsPath },
    // Hover citations link to the command that opens the source at the cited span.
    markdown: { isTrusted: { enabledCommands: [OPEN_SOURCE_COMMAND] }, supportHtml: false },
    // Over stdio, a write to a server that has just crashed fails (EPIPE) before the client sees the
    // connection close, and the default handler shuts the client down on a failed write that names no
    // message; the close that follows then restarts nothing. The close decides, as by default: a dead
    // server closes its stdout, a live one exits when its stdin breaks.
    errorHandler: { error: () => ({ action: ErrorAction.Continue }), closed: () => restarts!.closed() },
  };
  const client = new LanguageClient('factline', 'Factline', serverOptions, clientOptions);
  restarts = client.createDefaultErrorHandler();
  return client;
}

async function openSource(args: OpenSourceArgs | undefined): Promise<void> {
  if (!args?.uri) {
    void vscode.window.showInformationMessage('Factline: hover a checked figure and use its "Open source" link.');
    return;
  }
  const { start, end } = args.range;
  const selection = new vscode.Range(start.line, start.character, end.line, end.character);
  const editor = await vscode.window.showTextDocument(vscode.Uri.parse(args.uri), { selection, preview: true });
  editor.revealRange(selection, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
}

async function showFactBase(): Promise<void> {
  const base = await factBase(vscode.window.activeTextEditor?.document.uri.toString(), true);
  if (!base) return;
  const items = base.facts.map((f) => ({ label: f.text, description: `${f.title} · ${f.id}`, detail: f.quote, fact: f }));
  const picked = await vscode.window.showQuickPick(items, {
    title: `Factline: ${base.facts.length} facts from ${base.sources.length} sources`,
    placeHolder: 'Type a figure, a word or a source title; choose a fact to open its source',
    matchOnDescription: true,
    matchOnDetail: true,
  });
  if (picked) await openSource({ uri: picked.fact.uri, range: picked.fact.range });
}

async function factBase(uri: string | undefined, withFacts: boolean): Promise<FactBaseSummary | undefined> {
  if (!client?.isRunning()) return undefined;
  const params: FactBaseParams = { uri, withFacts };
  return client.sendRequest<FactBaseSummary>(FACT_BASE_REQUEST, params);
}
