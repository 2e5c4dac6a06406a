#!/usr/bin/env node
/**
 * The language server's entry: wires an LSP connection (stdio, IPC, pipe or socket, as the command
 * line says) to the checks. Every decision lives in `lsp/`, `convert/` and the pure `core/`.
 */
import { withoutRegExpOptimization } from './node/regexpTiers';
import { startHeapOver } from './node/startHeap';
import path = require('path');
import { fileURLToPath, pathToFileURL } from 'url';
import type { Diagnostic, FileSystemWatcher, InitializeResult, Position } from 'vscode-languageserver/node';
// Required, not imported: the bundler makes an imported CommonJS module into a copy with a getter
// for each of its 320 names, at every start (so does messageWriter.ts).
import lsp = require('vscode-languageserver/node');
import { formatOf } from './core/facts/buildFacts';
import { citationLabel } from './core/format/message';
import { annotationIdAt } from './core/annotations/parseAnnotations';
import { prepareDateParsing } from './core/extract/findDates';
import type { Fact } from './core/facts/fact';
import { CITE_KIND, FIX_ALL_KIND, toCodeActions } from './convert/toCodeActions';
import { CompletionData, resolveCompletion, toCompletions } from './convert/toCompletions';
import { toFactHover, toHover } from './convert/toHover';
import { findCitations } from './lsp/findCitations';
import { CheckedVersion, DocumentChecks, OpenDocument } from './lsp/documentChecks';
import { MalformedSync, OpenDocuments, SyncedDocument } from './lsp/openDocuments';
import { Lifecycle } from './lsp/lifecycle';
import { FACT_BASE_REQUEST, FactBaseParams, FactBaseSummary, RECHECK_REQUEST, STATUS_NOTIFICATION } from './lsp/protocol';
import { readSettings, severityOf } from './lsp/settings';
import { ServerTrace } from './lsp/serverTrace';
import { FactBase, WorkspaceFacts } from './lsp/workspaceFacts';
import { bundledContribution } from './node/bundledFacts';
import { atFirstPause } from './node/atFirstPause';
import { startSettled } from './node/codeCache';
import { collectGarbageSoon, collectWithoutCompacting } from './node/collectGarbage';
import { FactCache } from './node/factCache';
import { heapGrowingSlowly } from './node/heapGrowth';
import { consoleToClient, diagnosticsWriter, encodeDiagnostic } from './node/messageWriter';
import { buildVersion, packageVersion } from './node/packageRoot';
import { stdinReader } from './node/stdinReader';
import { splitStaticBase } from './node/sourceFiles';
import { withFlagsAsStarted } from './node/v8Flags';

const { CodeActionKind, createConnection, DidChangeConfigurationNotification, DidChangeWatchedFilesNotification, ProposedFeatures, TextDocumentSyncKind } = lsp;
const TRANSPORTS = ['--stdio', '--node-ipc', '--socket', '--pipe'];
if (process.argv.some((a) => a === '--version' || a === '-v')) {
  process.stdout.write(`${packageVersion()}\n`);
  process.exit(0);
}
if (!process.argv.some((a) => TRANSPORTS.some((t) => a === t || a.startsWith(`${t}=`)))) {
  process.stderr.write('factline-ls: give a transport: --stdio, --node-ipc, --socket=PORT or --pipe=NAME\n');
  process.exit(2);
}

// Over stdio the server writes with its own writer, which keeps each diagnostic's JSON (see
// `diagnosticsWriter`), and reads with its own reader, which exits on a header it cannot read (see
// `stdinReader`); other transports are made as vscode-languageserver makes them.
const stdio = process.argv.includes('--stdio');
const lifecycle = new Lifecycle();
const { messageStrategy } = lifecycle;
const connection = stdio
  ? createConnection(ProposedFeatures.all, stdinReader(() => lifecycle.shutDown), diagnosticsWriter(process.stdout), { messageStrategy })
  : createConnection(ProposedFeatures.all, { messageStrategy });
lifecycle.answerRefusals(connection);
if (stdio) consoleToClient(connection.console);
const documents = new OpenDocuments();
const trace = new ServerTrace(connection.tracer);
const CHECKED_LANGUAGES = new Set(['markdown', 'plaintext', 'text']);

let workspace: WorkspaceFacts;
let checks: DocumentChecks;
let canAskConfiguration = false;
let canWatchDynamically = false;
let canWatchRelative = false;
let canFollowFolders = false;
/** Whether the client shows a diagnostic's `relatedInformation`: sent only then, as LSP says. */
let showsRelated = false;
const reportedProblems = new Map<string | undefined, Set<string>>();
/** Whether any diagnostics were published yet; once they are, the start is over (see `startSettled`). */
let published = false;
/** How long the writer must pause before the code cache is taken (~20 ms of the event loop). */
const SETTLE_PAUSE_MS = 1000;
const shownWarnings = new Set<string>();

connection.onInitialize((params): InitializeResult => {
  const capabilities = params.capabilities;
  canAskConfiguration = !!capabilities.workspace?.configuration;
  canWatchDynamically = !!capabilities.workspace?.didChangeWatchedFiles?.dynamicRegistration;
  canWatchRelative = !!capabilities.workspace?.didChangeWatchedFiles?.relativePatternSupport;
  // A client that knows only its root sends no folder changes, and vscode-languageserver throws on listening for them.
  canFollowFolders = !!capabilities.workspace?.workspaceFolders;
  showsRelated = !!capabilities.textDocument?.publishDiagnostics?.relatedInformation;
  const options = (params.initializationOptions ?? {}) as Record<string, unknown>;
  const initial = readSettings(options);
  initial.problems.forEach((p) => connection.console.warn(p));
  const folders = (params.workspaceFolders ?? (params.rootUri ? [{ uri: params.rootUri }] : [])).flatMap((f) => fsPath(f.uri) ?? []);
  const cacheDir = typeof options.cacheDir === 'string' && options.cacheDir ? options.cacheDir : undefined;
  const cache = cacheDir ? FactCache.usable(cacheDir, buildVersion(), (reason) => warn(`the cache folder ${cacheDir} cannot be used (${reason}): sources are read without it`)) : undefined;
  workspace = new WorkspaceFacts(
    {
      configuration: (uri) => (canAskConfiguration ? connection.workspace.getConfiguration({ scopeUri: uri, section: 'factline' }) : Promise.resolve(undefined)),
      loadBundled: () => {
        try {
          return bundledContribution();
        } catch (e) {
          warn(`the built-in fact base could not be read: ${(e as Error).message}`);
          return undefined;
        }
      },
      problemsFound: publishSourceProblems,
      log: (m) => connection.console.warn(m),
      progress: () => connection.window.createWorkDoneProgress(),
      trace,
      openDrafts: () => documents.all().flatMap((d) => (CHECKED_LANGUAGES.has(d.languageId) ? [{ uri: d.uri, head: (chars: number) => d.text.slice(0, Math.min(chars, d.text.length)) }] : [])),
      completed: () => checks.recheckAll(),
      whileReading: prepareDatesOnce,
      letGo: () => collectGarbageSoon((ms) => checks.pausedFor(ms)),
    },
    folders,
    options.trusted !== false,
    initial.settings,
    { cache, heap: { growSlowly: heapGrowingSlowly, collect: collectWithoutCompacting } },
  );
  checks = new DocumentChecks({
    document: openDocument,
    contextFor: async (uri) => {
      const context = await workspace.contextFor(uri);
      prepareDatesOnce();
      return context;
    },
    publish: (uri, version, diagnostics, status) => {
      void connection.sendDiagnostics({ uri, version, diagnostics });
      if (status) void connection.sendNotification(STATUS_NOTIFICATION, status);
      if (!published) {
        // The start is over: V8's young generation may grow (see `startHeap`), and what V8 compiled
        // for the start is what the next start needs from the code cache.
        published = true;
        startHeapOver();
        atFirstPause((ms) => checks.pausedFor(ms), SETTLE_PAUSE_MS, () => {
          withFlagsAsStarted(startSettled);
          void cache?.sweep();
        });
      }
    },
    ...(stdio ? { encodeAhead: encodeDiagnostic } : {}),
    error: (m) => connection.console.error(m),
    relatedInformation: showsRelated,
    trace,
  });
  return {
    capabilities: {
      textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental },
      hoverProvider: true,
      codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, FIX_ALL_KIND, CITE_KIND] },
      completionProvider: { triggerCharacters: [':', ';', '@'], resolveProvider: true },
      definitionProvider: true,
      referencesProvider: true,
      workspace: { workspaceFolders: { supported: true, changeNotifications: true } },
    },
    serverInfo: { name: 'factline-ls', version: packageVersion() },
  };
});

connection.onInitialized(() => {
  if (canAskConfiguration) void connection.client.register(DidChangeConfigurationNotification.type, { section: 'factline' });
  if (canWatchDynamically) void connection.client.register(DidChangeWatchedFilesNotification.type, { watchers: sourceWatchers() });
  if (canFollowFolders)
    connection.workspace.onDidChangeWorkspaceFolders(async () => {
      const folders = (await connection.workspace.getWorkspaceFolders()) ?? [];
      workspace.setFolders(folders.flatMap((f) => fsPath(f.uri) ?? []));
      checks.recheckAll();
    });
});

connection.onDidChangeConfiguration((change) => {
  workspace.settingsChanged(canAskConfiguration ? undefined : readSettings(change.settings).settings);
  checks.recheckAll();
});

connection.onDidChangeWatchedFiles(({ changes }) => {
  if (workspace.filesChanged(changes.flatMap((c) => fsPath(c.uri) ?? []))) checks.recheckAll();
});

connection.onDidOpenTextDocument(({ textDocument: d }) => {
  const arrivedAt = trace.now();
  synced(() => contentChanged(documents.open(d.uri, d.languageId, d.version, d.text), arrivedAt));
});
connection.onDidChangeTextDocument(({ textDocument, contentChanges }) => {
  const arrivedAt = trace.now();
  synced(() => contentChanged(documents.change(textDocument.uri, textDocument.version, contentChanges), arrivedAt));
});

/** Runs a document notification's work; one the documents cannot follow is said in one line of the log. */
function synced(follow: () => void): void {
  try {
    follow();
  } catch (e) {
    if (!(e instanceof MalformedSync)) throw e;
    connection.console.error(e.message);
  }
}
connection.onDidCloseTextDocument(({ textDocument }) => {
  if (documents.close(textDocument.uri)) checks.closed(textDocument.uri);
});

/** `arrivedAt` (on the trace's clock) is when the text came in: applying an edit is part of the work a trace times. */
function contentChanged(document: SyncedDocument | undefined, arrivedAt: number): void {
  if (document && isChecked(document)) checks.changed(document.uri, document.text, workspace.debounceFor(document.uri), arrivedAt);
}

connection.onHover(trace.timed('hover', async ({ textDocument, position }, token) => {
  const result = await checkedNow('hover', textDocument.uri);
  if (!result?.check.checked || token.isCancellationRequested) return null;
  const { lines, annotations } = result.check;
  const offset = lines.offsetAt(position);
  const cited = annotationIdAt(annotations, offset);
  if (cited) return toFactHover(cited.id.id, result.context.index.get(cited.id.id)?.fact, lines.rangeOf(cited.id.start, cited.id.end));
  const finding = result.check.findingAt(offset);
  return finding ? toHover(finding, lines) : null;
}));

connection.onCompletion(trace.timed('completion', async ({ textDocument, position }, token) => {
  const result = await checkedNow('completion', textDocument.uri);
  const doc = openDocument(textDocument.uri);
  if (!result?.check.checked || !doc || token.isCancellationRequested) return null;
  const { lines, findings, annotations } = result.check;
  return toCompletions({ uri: textDocument.uri, text: doc.text.toString(), offset: lines.offsetAt(position), lines, annotations, findings, facts: result.context.index.facts });
}));

connection.onCompletionResolve(trace.timed('completion details', async (item, token) => {
  const uri = (item.data as Partial<CompletionData> | undefined)?.uri;
  const result = typeof uri === 'string' ? await checkedNow('completion details', uri) : undefined;
  if (token.isCancellationRequested) return item;
  return resolveCompletion(item, result?.context.index.get(item.label)?.fact);
}));

connection.onDefinition(trace.timed('definition', async ({ textDocument, position }, token) => {
  const cited = await citedFact(textDocument.uri, position);
  if (!cited?.fact || token.isCancellationRequested) return null;
  return { uri: pathToFileURL(cited.fact.source.file).href, range: cited.fact.source.range };
}));

connection.onReferences(trace.timed('references', async ({ textDocument, position, context }, token) => {
  const cited = await citedFact(textDocument.uri, position);
  if (!cited || token.isCancellationRequested) return null;
  const open = documents.all().map((d) => ({ uri: d.uri, text: d.text.toString(), format: openDocument(d.uri)!.format }));
  const citations = findCitations(cited.id, open, workspace.workspaceFolders);
  const declaration = cited.fact && context.includeDeclaration ? [{ uri: pathToFileURL(cited.fact.source.file).href, range: cited.fact.source.range }] : [];
  return [...declaration, ...citations];
}));

connection.onCodeAction(trace.timed('code actions', async ({ textDocument, range, context }, token) => {
  const result = await checkedNow('code actions', textDocument.uri);
  if (!result?.check.checked || token.isCancellationRequested) return [];
  return toCodeActions(result.check, result.check.lines, { uri: textDocument.uri, range, only: context.only }, severityOf(result.context.settings), showsRelated);
}));

connection.onRequest(FACT_BASE_REQUEST, async (params: FactBaseParams): Promise<FactBaseSummary> => summarize(await workspace.factBaseFor(params.uri), params.withFacts !== false));

// Extracted facts and built source sets are written to the disk cache when the server is idle; what
// still waits is written before it stops, so that the next session finds them. (One shutdown handler:
// the connection keeps only the last one given.)
connection.onShutdown(() => workspace.writeCacheNow());
process.on('exit', () => workspace?.writeCacheNow());

connection.onRequest(RECHECK_REQUEST, () => {
  workspace.reset();
  checks.recheckAll();
});

/**
 * The check a request answers from. While sources load, a request is answered at once from the
 * check already made of this version (a recheck keeps serving the previous facts), or not at all,
 * never after waiting for a thousand articles; likewise while a long first check of the version is
 * under way a slice at a time.
 */
async function checkedNow(what: string, uri: string): Promise<CheckedVersion | undefined> {
  if ((workspace.loading(uri) || checks.checking(uri)) && !checks.hasCurrent(uri)) return undefined;
  return guarded(what, () => checks.current(uri));
}

/** The fact named by the annotation id under the cursor (undefined fact: an unknown id). */
async function citedFact(uri: string, position: Position): Promise<{ id: string; fact?: Fact } | undefined> {
  const result = await checkedNow('fact lookup', uri);
  if (!result?.check.checked) return undefined;
  const cited = annotationIdAt(result.check.annotations, result.check.lines.offsetAt(position));
  return cited && { id: cited.id.id, fact: result.context.index.get(cited.id.id)?.fact };
}

let datesPrepared = false;

/**
 * The date parser's patterns compiled in a few milliseconds rather than in ~50 by the first check
 * (see `withoutRegExpOptimization`). Not before its facts are ready, or known to be restored from
 * the cache (see `whileReading`): a fact base extracted from sources compiles them optimized as it
 * reads their thousands of dates, and unoptimized patterns would run slower for their first
 * thousand runs; a base restored from the cache reads no date.
 */
function prepareDatesOnce(): void {
  if (datesPrepared) return;
  datesPrepared = true;
  withoutRegExpOptimization(prepareDateParsing);
}

function openDocument(uri: string): OpenDocument | undefined {
  const doc = documents.get(uri);
  return doc && { text: doc.text, lines: doc.lines, version: doc.version, format: doc.languageId === 'markdown' ? 'markdown' : formatOf(doc.uri) };
}

function isChecked(doc: SyncedDocument): boolean {
  return CHECKED_LANGUAGES.has(doc.languageId) || /\.(md|markdown|txt)$/i.test(doc.uri);
}

/** Handler errors are logged with what was asked; the editor gets an empty answer, the server goes on. */
async function guarded<T>(what: string, run: () => Promise<T>): Promise<T | undefined> {
  try {
    return await run();
  } catch (e) {
    connection.console.error(`${what} failed: ${(e as Error).stack ?? e}`);
    return undefined;
  }
}

function sourceWatchers(): FileSystemWatcher[] {
  // Broad watchers filtered by the server: the source patterns differ per folder and may change
  // with the settings, while a registration is made once.
  const watchers: FileSystemWatcher[] = [{ globPattern: '**/*.{md,markdown,txt}' }, { globPattern: '**/*.facts.json' }];
  if (canWatchRelative) {
    for (const pattern of workspace.absolutePatterns()) {
      const { base, glob } = splitStaticBase(pattern);
      watchers.push({ globPattern: { baseUri: pathToFileURL(base).href, pattern: glob } });
    }
  }
  return watchers;
}

/** Source problems become diagnostics in the source itself (and a log line); fixed ones are cleared. */
function publishSourceProblems(base: FactBase): void {
  const byFile = new Map<string, Diagnostic[]>();
  for (const p of base.problems) {
    const at = { line: p.line ?? 0, character: p.character ?? 0 };
    const list = byFile.get(p.file) ?? [];
    list.push({ range: { start: at, end: at }, severity: p.severity === 'warning' ? 2 : 1, source: 'factline', code: 'source-problem', message: p.message });
    byFile.set(p.file, list);
    connection.console.warn(`${p.file}${p.line !== undefined ? `:${p.line + 1}` : ''}: ${p.message}`);
  }
  const previous = reportedProblems.get(base.folder) ?? new Set();
  for (const file of previous) if (!byFile.has(file)) void connection.sendDiagnostics({ uri: pathToFileURL(file).href, diagnostics: [] });
  for (const [file, diagnostics] of byFile) void connection.sendDiagnostics({ uri: pathToFileURL(file).href, diagnostics });
  reportedProblems.set(base.folder, new Set(byFile.keys()));
  base.patternProblems.forEach(warn);
}

/** A warning in the log, and once per session in a notification. */
function warn(message: string): void {
  connection.console.warn(message);
  if (shownWarnings.has(message)) return;
  shownWarnings.add(message);
  void connection.window.showWarningMessage(`Factline: ${message}`);
}

function summarize(base: FactBase, withFacts: boolean): FactBaseSummary {
  return {
    sources: base.sources.map((s) => ({ uri: pathToFileURL(s.file).href, title: s.title, facts: s.facts.length })),
    facts: !withFacts ? [] : base.sources.flatMap((s) =>
      s.facts.map((f) => ({ id: f.id, text: f.text, quote: f.quote, title: citationLabel(f), paragraph: f.source.paragraph, uri: pathToFileURL(f.source.file).href, range: f.source.range })),
    ),
    problems: [...base.problems.map((p) => `${path.basename(p.file)}: ${p.message}`), ...base.patternProblems],
  };
}

function fsPath(uri: string): string | undefined {
  try {
    return fileURLToPath(uri);
  } catch {
    return undefined;
  }
}

connection.listen();
