/** Helpers for the extension-host suite: runs inside VS Code's extension host. */
import * as assert from 'assert';
import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import * as vscode from 'vscode';

export const EXTENSION_ID = 'factline.factline';
/** test/e2e/fixtures, from out/test/e2e/suite. */
export const FIXTURES = path.resolve(__dirname, '..', '..', '..', '..', 'test', 'e2e', 'fixtures');

/** What the extension's `activate()` returns. */
export interface FactlineApi {
  statusText(): string;
}

export function extension(): vscode.Extension<FactlineApi> {
  const ext = vscode.extensions.getExtension<FactlineApi>(EXTENSION_ID);
  assert.ok(ext, `extension ${EXTENSION_ID} is not installed; extensions: ${vscode.extensions.all.map((e) => e.id).filter((id) => !id.startsWith('vscode.')).join(', ')}`);
  return ext;
}

export async function api(): Promise<FactlineApi> {
  const ext = extension();
  return ext.isActive ? ext.exports : ext.activate();
}

export function workspaceRoot(): string {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'no workspace folder is open');
  return folder.uri.fsPath;
}

let counter = 0;
/**
 * Writes a new draft into the workspace (a fresh name per call, so tests never share a document)
 * and opens it in an editor.
 */
export async function openNewDraft(content: string, base = 'draft', ext = '.md'): Promise<vscode.TextEditor> {
  const file = path.join(workspaceRoot(), 'drafts', `${base}-${process.pid}-${++counter}${ext}`);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, content);
  return openFile(file);
}

export async function openFile(file: string): Promise<vscode.TextEditor> {
  const doc = await vscode.workspace.openTextDocument(vscode.Uri.file(file));
  return vscode.window.showTextDocument(doc, { preview: false });
}

export function fixtureText(rel: string): string {
  return fs.readFileSync(path.join(FIXTURES, rel), 'utf8');
}

/** Saves whatever is dirty (the files are temp copies) and closes every editor. */
export async function closeAll(): Promise<void> {
  for (const doc of vscode.workspace.textDocuments) if (doc.isDirty && !doc.isUntitled) await doc.save();
  await vscode.commands.executeCommand('workbench.action.closeAllEditors');
}

export function factlineDiagnostics(uri: vscode.Uri): vscode.Diagnostic[] {
  return vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'factline');
}

export function codeOf(d: vscode.Diagnostic): string {
  return typeof d.code === 'object' && d.code ? String(d.code.value) : String(d.code);
}

let serverSilent = false;
/**
 * Called when the first draft never got a diagnostic: the server is down, so later waits give up
 * after a few seconds instead of their full timeout (keeps a broken run short; each test still fails).
 */
export function markServerSilent(): void {
  serverSilent = true;
}

/** Polls `probe` until it returns something truthy; fails with `what` and the last value after `ms`. */
export async function waitFor<T>(what: string, probe: () => T | Promise<T>, ms = 20_000): Promise<NonNullable<T>> {
  if (serverSilent) ms = Math.min(ms, 3_000);
  const deadline = Date.now() + ms;
  let last: T | undefined;
  let lastError: unknown;
  for (;;) {
    try {
      last = await probe();
      lastError = undefined;
      if (last) return last as NonNullable<T>;
    } catch (err) {
      lastError = err;
    }
    if (Date.now() > deadline) {
      throw new Error(`timed out after ${ms} ms waiting for ${what}${lastError ? `: ${lastError instanceof Error ? lastError.message : lastError}` : `; last: ${JSON.stringify(last)}`}`);
    }
    await sleep(50);
  }
}

export async function waitForDiagnostics(
  uri: vscode.Uri,
  what: string,
  accept: (ds: vscode.Diagnostic[]) => boolean,
  ms = 20_000,
): Promise<vscode.Diagnostic[]> {
  try {
    return await waitFor(what, () => {
      const ds = factlineDiagnostics(uri);
      return accept(ds) ? ds : undefined;
    }, ms);
  } catch (err) {
    throw new Error(`${(err as Error).message}\n  diagnostics now: ${showDiagnostics(uri)}`);
  }
}

/** "130,000"@7:40 figure-mismatch, … for failure messages. */
export function showDiagnostics(uri: vscode.Uri): string {
  const doc = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
  const ds = factlineDiagnostics(uri);
  if (!ds.length) return '(none)';
  return ds.map((d) => `${JSON.stringify(doc?.getText(d.range))}@${d.range.start.line}:${d.range.start.character} ${codeOf(d)} sev=${d.severity}`).join(', ');
}

/**
 * Waits until no new diagnostics arrived for `quietMs` (the server debounces, and may publish
 * an empty set first): for asserting that something is absent.
 */
export async function settle(uri: vscode.Uri, quietMs = 1_500, ms = 15_000): Promise<vscode.Diagnostic[]> {
  const deadline = Date.now() + ms;
  let lastChange = Date.now();
  const sub = vscode.languages.onDidChangeDiagnostics((e) => {
    if (e.uris.some((u) => u.toString() === uri.toString())) lastChange = Date.now();
  });
  try {
    while (Date.now() - lastChange < quietMs && Date.now() < deadline) await sleep(50);
  } finally {
    sub.dispose();
  }
  return factlineDiagnostics(uri);
}

export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** Offsets of `needle` in the document (nth occurrence, 0-based) as a range. */
export function rangeOf(doc: vscode.TextDocument, needle: string, nth = 0): vscode.Range {
  const text = doc.getText();
  let at = -1;
  for (let i = 0; i <= nth; i++) {
    at = text.indexOf(needle, at + 1);
    assert.ok(at >= 0, `"${needle}" (#${nth}) not found in ${doc.uri.fsPath}`);
  }
  return new vscode.Range(doc.positionAt(at), doc.positionAt(at + needle.length));
}

export function hoverText(hovers: vscode.Hover[]): string {
  return hovers
    .flatMap((h) => h.contents)
    .map((c) => (typeof c === 'string' ? c : 'value' in c ? c.value : ''))
    .join('\n---\n');
}

export async function hoverAt(uri: vscode.Uri, pos: vscode.Position): Promise<string> {
  const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', uri, pos);
  return hoverText(hovers ?? []);
}

export async function codeActions(uri: vscode.Uri, range: vscode.Range, kind?: string): Promise<vscode.CodeAction[]> {
  const all = await vscode.commands.executeCommand<(vscode.CodeAction | vscode.Command)[]>(
    'vscode.executeCodeActionProvider', uri, range, kind, 10,
  );
  // A bare Command has a string `command`; a CodeAction's `command` is an object or absent.
  return (all ?? []).filter((a): a is vscode.CodeAction => typeof (a as vscode.Command).command !== 'string');
}

/** Applies a code action the way the lightbulb does: its edit, then its command. */
export async function applyAction(action: vscode.CodeAction): Promise<void> {
  if (action.edit) assert.ok(await vscode.workspace.applyEdit(action.edit), `applying "${action.title}" failed`);
  if (action.command) await vscode.commands.executeCommand(action.command.command, ...(action.command.arguments ?? []));
}

export function titles(actions: vscode.CodeAction[]): string {
  return actions.map((a) => `${a.title} [${a.kind?.value ?? '-'}]`).join('; ');
}

/** The CLI's JSON diagnostics for a file, for comparing the editor's with the CLI's. */
export interface CliDiagnostic {
  range: { start: { line: number; character: number }; end: { line: number; character: number } };
  severity: number;
  code: string;
  source: string;
  message: string;
  data: { fix: string; factId: string; citation: { source: string; title: string; paragraph: number; line: number; quote: string } };
}

export function cliCheck(file: string, sources: string[]): CliDiagnostic[] {
  const out = JSON.parse(runCli(file, sources, 'json')) as { files: { path: string; diagnostics: CliDiagnostic[] }[] };
  return out.files.flatMap((f) => f.diagnostics);
}

/** The CLI's count of verified figures (from its text summary). */
export function cliVerified(file: string, sources: string[]): number {
  const m = /\((\d+) verified/.exec(runCli(file, sources, 'text'));
  assert.ok(m, 'the CLI summary counts verified figures');
  return Number(m[1]);
}

function runCli(file: string, sources: string[], format: 'json' | 'text'): string {
  const cli = path.join(extension().extensionPath, 'dist', 'factline.js');
  let stdout: string;
  try {
    stdout = execFileSync(process.execPath, [cli, 'check', '--format', format, ...sources.flatMap((s) => ['--source', s]), file], {
      encoding: 'utf8', env: { ...process.env, ELECTRON_RUN_AS_NODE: '1' },
    });
  } catch (err) {
    const e = err as { status?: number; stdout?: string; stderr?: string };
    if (e.status !== 1 || !e.stdout) {
      // A bundle's line can be huge: keep the stack readable.
      const stderr = (e.stderr ?? '').split('\n').slice(0, 25).map((l) => (l.length > 300 ? `${l.slice(0, 300)}…` : l)).join('\n');
      throw new Error(`factline check failed (${e.status}): ${stderr}`);
    }
    stdout = e.stdout;
  }
  return stdout;
}

export function toVsRange(r: CliDiagnostic['range']): vscode.Range {
  return new vscode.Range(r.start.line, r.start.character, r.end.line, r.end.character);
}

/** The text with every diagnostic's range replaced by its fix (applied from the end). */
export function applyFixes(text: string, lineStarts: (line: number) => number, diags: CliDiagnostic[]): string {
  const edits = diags
    .map((d) => ({ start: lineStarts(d.range.start.line) + d.range.start.character, end: lineStarts(d.range.end.line) + d.range.end.character, fix: d.data.fix }))
    .sort((a, b) => b.start - a.start);
  for (const e of edits) text = text.slice(0, e.start) + e.fix + text.slice(e.end);
  return text;
}
