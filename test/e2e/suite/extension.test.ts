/**
 * The extension in a real VS Code, checked through the `vscode` API: activation, diagnostics, hover,
 * code actions, inline disable comments, settings, source files, commands and the status bar.
 * Runs in the extension host (see index.ts); the workspace is a temp copy of test/e2e/fixtures/workspace.
 */
import * as assert from 'assert';
import { execSync } from 'child_process';
import * as path from 'path';
import * as vscode from 'vscode';
import {
  api, applyAction, applyFixes, cliCheck, cliVerified, closeAll, codeActions, codeOf, showDiagnostics as show, extension, factlineDiagnostics,
  fixtureText, hoverAt, markServerSilent, openFile, openNewDraft, rangeOf, settle, sleep, titles, toVsRange, waitFor, waitForDiagnostics, workspaceRoot,
} from './helpers';

const KARABAKH_TITLE = 'Nagorno-Karabakh after the Azerbaijani offensive';
/** The example draft's mismatches: the figure as written, its code, the fix. */
const EXAMPLE_MISMATCHES = [
  { text: '130,000', code: 'figure-mismatch', fix: '120,000' },
  { text: 'two days', code: 'duration-mismatch', fix: 'a day' },
  { text: '1 February 2024', code: 'date-mismatch', fix: '1 January 2024' },
  { text: 'Sunday', code: 'weekday-mismatch', fix: 'Monday' },
];

const ws = () => workspaceRoot();
const karabakhFile = () => path.join(ws(), 'drafts', 'karabakh.md');
const bridgeFile = () => path.join(ws(), 'drafts', 'bridge-reopens.md');
const sourcesOf = () => [path.join(ws(), 'sources', 'harbour-bridge.md')];
const exampleText = () => fixtureText('workspace/drafts/karabakh.md');
const fourMismatches = (uri: vscode.Uri) => waitForDiagnostics(uri, 'the example draft\'s 4 mismatches', (ds) => ds.length === EXAMPLE_MISMATCHES.length);

function timing(what: string, ms: number): void {
  console.log(`    [timing] ${what}: ${ms} ms`);
}

describe('Factline in a real VS Code', function () {
  this.timeout(60_000);
  afterEach(closeAll);

  it('activates on a Markdown draft, returns its API and publishes diagnostics', async () => {
    const ext = extension();
    const t0 = Date.now();
    const editor = await openFile(karabakhFile());
    await waitFor('the extension to activate', () => ext.isActive, 30_000);
    timing('open draft → extension active', Date.now() - t0);
    const first = await waitForDiagnostics(editor.document.uri, 'the first diagnostics', (ds) => ds.length > 0, 45_000)
      .catch((err) => { markServerSilent(); throw err; });
    timing('open draft → first diagnostics (cold: activation and server start)', Date.now() - t0);
    assert.ok(first.length > 0);
    const exported = await api();
    assert.strictEqual(typeof exported?.statusText, 'function', 'activate() returns { statusText() }');
    assert.strictEqual(typeof exported.statusText(), 'string');
  });

  it('reports the example draft\'s mismatches with the CLI\'s ranges, codes and messages', async () => {
    const t0 = Date.now();
    const { document: doc } = await openFile(karabakhFile());
    const ds = await fourMismatches(doc.uri);
    timing('open draft → diagnostics (warm)', Date.now() - t0);
    const found = ds.map((d) => ({ text: doc.getText(d.range), code: codeOf(d) })).sort((a, b) => a.text.localeCompare(b.text));
    const expected = EXAMPLE_MISMATCHES.map(({ text, code }) => ({ text, code })).sort((a, b) => a.text.localeCompare(b.text));
    assert.deepStrictEqual(found, expected);
    for (const d of ds) {
      assert.strictEqual(d.source, 'factline');
      assert.strictEqual(d.severity, vscode.DiagnosticSeverity.Warning, 'default severity is warning');
      const mismatch = EXAMPLE_MISMATCHES.find((m) => m.text === doc.getText(d.range))!;
      assert.ok(d.message.startsWith(`"${mismatch.text}" — source says `), d.message);
      assert.ok(d.message.includes(KARABAKH_TITLE), d.message);
      const related = d.relatedInformation?.[0];
      assert.ok(related, `${mismatch.text}: relatedInformation points at the source`);
      assert.strictEqual(path.basename(related.location.uri.fsPath), 'karabakh-2023.md');
    }
    assert.match(show(doc.uri), /130,000/);
    // Exactly what the CLI reports for the same draft and sources.
    const cli = cliCheck(doc.uri.fsPath, sourcesOf());
    assert.strictEqual(cli.length, ds.length, 'the CLI and the editor report as many mismatches');
    for (const c of cli) {
      const d = ds.find((x) => x.range.isEqual(toVsRange(c.range)));
      assert.ok(d, `the editor has a diagnostic at the CLI's range ${JSON.stringify(c.range)}: ${show(doc.uri)}`);
      assert.strictEqual(codeOf(d), c.code);
      assert.strictEqual(d.message, c.message);
      assert.strictEqual(c.data.fix, EXAMPLE_MISMATCHES.find((m) => m.code === c.code)!.fix);
    }
  });

  it('reads plain-text drafts too', async () => {
    const body = exampleText().replace(/^---[\s\S]*?---\n/, '').replace(/^# /m, '');
    const { document: doc } = await openNewDraft(body, 'plain', '.txt');
    assert.strictEqual(doc.languageId, 'plaintext');
    const ds = await waitForDiagnostics(doc.uri, 'a mismatch on "130,000" in a .txt draft', (xs) => xs.some((d) => doc.getText(d.range) === '130,000'));
    assert.strictEqual(codeOf(ds.find((d) => doc.getText(d.range) === '130,000')!), 'figure-mismatch');
  });

  describe('hover', () => {
    it('cites the source on a mismatched figure', async () => {
      const { document: doc } = await openFile(karabakhFile());
      await fourMismatches(doc.uri);
      const r = rangeOf(doc, '130,000');
      const t0 = Date.now();
      const text = await hoverAt(doc.uri, r.start.translate(0, 2));
      timing('hover request', Date.now() - t0);
      assert.match(text, /mismatch/i, text);
      assert.ok(text.includes('**120,000**'), `the source sentence with the figure in bold: ${text}`);
      assert.ok(text.includes(KARABAKH_TITLE), text);
      assert.ok(text.includes('¶7'), text);
      assert.ok(text.includes('command:factline.openSource'), `a link that opens the source: ${text}`);
    });

    it('cites the source on a verified figure', async () => {
      const { document: doc } = await openFile(bridgeFile());
      await waitForDiagnostics(doc.uri, 'the bridge draft\'s diagnostics', (ds) => ds.length > 0);
      const text = await hoverAt(doc.uri, rangeOf(doc, '38,000').start.translate(0, 1));
      assert.match(text, /verified/i, text);
      assert.doesNotMatch(text, /mismatch/i, text);
      assert.ok(text.includes('**38,000**'), `the source sentence with the figure in bold: ${text}`);
      assert.ok(text.includes('Harbour bridge reopens after two-year repair'), text);
      assert.ok(text.includes('command:factline.openSource'), text);
    });
  });

  describe('code actions', () => {
    it('offers the replacement as the preferred quick fix; applying it fixes the text and clears the diagnostic', async () => {
      const { document: doc } = await openNewDraft(exampleText());
      await fourMismatches(doc.uri);
      const r = rangeOf(doc, '130,000');
      const actions = await codeActions(doc.uri, r, vscode.CodeActionKind.QuickFix.value);
      const fix = actions.find((a) => a.title === "Replace with '120,000' (source)");
      assert.ok(fix, `quick fixes offered: ${titles(actions)}`);
      assert.ok(fix.isPreferred, 'the replacement is the preferred fix');
      assert.ok(fix.kind && vscode.CodeActionKind.QuickFix.contains(fix.kind), `kind ${fix.kind?.value}`);
      assert.ok(actions.some((a) => a.title === 'Ignore this figure'), `Ignore this figure is offered: ${titles(actions)}`);
      await applyAction(fix);
      assert.strictEqual(doc.getText(new vscode.Range(r.start, r.start.translate(0, 7))), '120,000');
      assert.ok(doc.getText().includes("the area's former 120,000 Armenian") || doc.getText().includes('former 120,000 Armenian'));
      const ds = await waitForDiagnostics(doc.uri, 'the fixed figure\'s diagnostic to clear', (xs) => xs.length === 3);
      assert.ok(!ds.some((d) => d.range.intersection(r)), show(doc.uri));
    });

    it('fix-all (source.fixAll.factline) fixes every mismatch in the file', async () => {
      const original = exampleText();
      const { document: doc } = await openNewDraft(original);
      await fourMismatches(doc.uri);
      const cli = cliCheck(doc.uri.fsPath, sourcesOf());
      const expected = applyFixes(original, (line) => doc.offsetAt(new vscode.Position(line, 0)), cli);
      const whole = new vscode.Range(doc.positionAt(0), doc.positionAt(doc.getText().length));
      const actions = await codeActions(doc.uri, whole, 'source.fixAll.factline');
      const fixAll = actions.find((a) => a.kind?.value === 'source.fixAll.factline');
      assert.ok(fixAll, `source.fixAll.factline offered: ${titles(actions)}`);
      assert.strictEqual(fixAll.title, 'Fix all Factline mismatches in this file');
      await applyAction(fixAll);
      assert.strictEqual(doc.getText(), expected);
      await waitForDiagnostics(doc.uri, 'every mismatch to clear', (xs) => xs.length === 0);
    });

    it('a misspelt name is underlined, cited on hover and fixed to the source\'s spelling', async () => {
      const { document: doc } = await openNewDraft(`${exampleText()}\nThe talks were led by Armen Grigorian, who was in Tehran.\n`);
      const ds = await waitForDiagnostics(doc.uri, 'the example draft\'s mismatches and the misspelt name', (xs) => xs.length === EXAMPLE_MISMATCHES.length + 1);
      const name = ds.find((d) => codeOf(d) === 'name-mismatch');
      assert.ok(name, show(doc.uri));
      assert.strictEqual(doc.getText(name.range), 'Grigorian');
      const text = await hoverAt(doc.uri, name.range.start.translate(0, 3));
      assert.ok(text.includes('Armen **Grigoryan**'), `the source sentence with the name in bold: ${text}`);
      const actions = await codeActions(doc.uri, name.range, vscode.CodeActionKind.QuickFix.value);
      const fix = actions.find((a) => a.title === "Replace with 'Grigoryan' (source)");
      assert.ok(fix?.isPreferred, `quick fixes offered: ${titles(actions)}`);
      assert.ok(actions.some((a) => a.title === 'Ignore this name'), `offered: ${titles(actions)}`);
      await applyAction(fix);
      assert.ok(doc.getText().includes('led by Armen Grigoryan, who'), doc.getText());
      await waitForDiagnostics(doc.uri, 'the fixed name\'s diagnostic to clear', (xs) => xs.length === EXAMPLE_MISMATCHES.length);
    });

    it('a role the source gives the person otherwise is underlined with the name, cited on hover and fixed in place', async () => {
      const { document: doc } = await openNewDraft(`${exampleText()}\nArmenian Prime Minister Ilham Aliyev spoke in Baku.\n`);
      const ds = await waitForDiagnostics(doc.uri, 'the example draft\'s mismatches and the wrong role', (xs) => xs.length === EXAMPLE_MISMATCHES.length + 1);
      const role = ds.find((d) => codeOf(d) === 'role-mismatch');
      assert.ok(role, show(doc.uri));
      assert.strictEqual(doc.getText(role.range), 'Armenian Prime Minister Ilham Aliyev');
      const text = await hoverAt(doc.uri, role.range.start.translate(0, 12));
      assert.ok(text.includes('**Azerbaijani President** Ilham Aliyev'), `the source sentence with the role in bold: ${text}`);
      const actions = await codeActions(doc.uri, role.range, vscode.CodeActionKind.QuickFix.value);
      const fix = actions.find((a) => a.title === "Replace with 'Azerbaijani President Ilham Aliyev' (source)");
      assert.ok(fix?.isPreferred, `quick fixes offered: ${titles(actions)}`);
      await applyAction(fix);
      assert.ok(doc.getText().includes('\nAzerbaijani President Ilham Aliyev spoke in Baku.'), doc.getText());
      await waitForDiagnostics(doc.uri, 'the fixed role\'s diagnostic to clear', (xs) => xs.length === EXAMPLE_MISMATCHES.length);
    });

    it('a place the source gives a name otherwise is underlined alone, cited on hover and fixed in place', async () => {
      const { document: doc } = await openNewDraft(`${exampleText()}\nThe Defense Ministry in Baku reported casualties on Monday.\n`);
      const ds = await waitForDiagnostics(doc.uri, 'the example draft\'s mismatches and the wrong place', (xs) => xs.length === EXAMPLE_MISMATCHES.length + 1);
      const place = ds.find((d) => codeOf(d) === 'place-mismatch');
      assert.ok(place, show(doc.uri));
      assert.strictEqual(doc.getText(place.range), 'Baku');
      const text = await hoverAt(doc.uri, place.range.start.translate(0, 2));
      assert.ok(text.includes('the Defense Ministry in **Yerevan** said'), `the source sentence with the place in bold: ${text}`);
      const actions = await codeActions(doc.uri, place.range, vscode.CodeActionKind.QuickFix.value);
      const fix = actions.find((a) => a.title === "Replace with 'Yerevan' (source)");
      assert.ok(fix?.isPreferred, `quick fixes offered: ${titles(actions)}`);
      assert.ok(actions.some((a) => a.title === 'Ignore this place'), `offered: ${titles(actions)}`);
      await applyAction(fix);
      assert.ok(doc.getText().includes('\nThe Defense Ministry in Yerevan reported casualties on Monday.'), doc.getText());
      await waitForDiagnostics(doc.uri, 'the fixed place\'s diagnostic to clear', (xs) => xs.length === EXAMPLE_MISMATCHES.length);
    });

    it('a share its own sentence\'s figures contradict is underlined, its working shown on hover, and fixed in the draft\'s words', async () => {
      const { document: doc } = await openNewDraft(`${exampleText()}\nOf the 120,000 residents polled, 30,000 left by car, nearly half of them.\n`);
      const ds = await waitForDiagnostics(doc.uri, 'the example draft\'s mismatches and the wrong share', (xs) => xs.length === EXAMPLE_MISMATCHES.length + 1);
      const share = ds.find((d) => codeOf(d) === 'ratio-mismatch');
      assert.ok(share, show(doc.uri));
      assert.strictEqual(doc.getText(share.range), 'nearly half');
      const text = await hoverAt(doc.uri, share.range.start.translate(0, 8));
      assert.ok(text.includes('(30,000 of 120,000 is 25%)'), `the working on hover: ${text}`);
      const actions = await codeActions(doc.uri, share.range, vscode.CodeActionKind.QuickFix.value);
      const fix = actions.find((a) => a.title === "Replace with 'about a quarter' (its figures)");
      assert.ok(fix?.isPreferred, `quick fixes offered: ${titles(actions)}`);
      await applyAction(fix);
      assert.ok(doc.getText().includes('30,000 left by car, about a quarter of them.'), doc.getText());
      await waitForDiagnostics(doc.uri, 'the fixed share\'s diagnostic to clear', (xs) => xs.length === EXAMPLE_MISMATCHES.length);
    });

    it('"Ignore this figure" inserts a disable comment that silences it', async () => {
      const { document: doc } = await openNewDraft(exampleText());
      await fourMismatches(doc.uri);
      const actions = await codeActions(doc.uri, rangeOf(doc, 'Sunday'), vscode.CodeActionKind.QuickFix.value);
      const ignore = actions.find((a) => a.title === 'Ignore this figure');
      assert.ok(ignore, `offered: ${titles(actions)}`);
      await applyAction(ignore);
      // The contract says a disable-next-line comment; an inline ignore comment after the figure does the same job.
      assert.match(doc.getText(), /<!-- factline-(disable-next-line|ignore) -->/, doc.getText());
      const ds = await waitForDiagnostics(doc.uri, 'the ignored figure to be silenced', (xs) => xs.length === 3);
      assert.ok(!ds.some((d) => doc.getText(d.range) === 'Sunday'), show(doc.uri));
    });
  });

  describe('inline comments', () => {
    it('<!-- factline-disable-next-line --> silences the figure on the next line only', async () => {
      const text = exampleText().replace(/^(Nearly all of Nagorno-Karabakh)/m, '<!-- factline-disable-next-line -->\n$1');
      assert.notStrictEqual(text, exampleText(), 'fixture changed: the 130,000 line is not where the test expects');
      const { document: doc } = await openNewDraft(text);
      await waitForDiagnostics(doc.uri, 'the other three mismatches', (xs) => xs.length === 3);
      const ds = await settle(doc.uri);
      assert.deepStrictEqual(ds.map((d) => doc.getText(d.range)).sort(), ['1 February 2024', 'Sunday', 'two days'], show(doc.uri));
    });

    it('<!-- factline-disable --> … <!-- factline-enable --> silences a block', async () => {
      const text = exampleText().replace(/^(Azerbaijan launched[^\n]*\n)/m, '<!-- factline-disable -->\n\n$1\n<!-- factline-enable -->\n');
      assert.notStrictEqual(text, exampleText());
      const { document: doc } = await openNewDraft(text);
      await waitForDiagnostics(doc.uri, 'the mismatches outside the block', (xs) => xs.length === 2);
      const ds = await settle(doc.uri);
      assert.deepStrictEqual(ds.map((d) => doc.getText(d.range)).sort(), ['130,000', 'Sunday'], show(doc.uri));
    });
  });

  describe('settings and sources', () => {
    it('factline.severity changes the severity at once', async () => {
      const { document: doc } = await openFile(karabakhFile());
      await fourMismatches(doc.uri);
      const config = () => vscode.workspace.getConfiguration('factline', doc.uri);
      try {
        for (const [value, severity] of [['error', vscode.DiagnosticSeverity.Error], ['hint', vscode.DiagnosticSeverity.Hint], ['information', vscode.DiagnosticSeverity.Information]] as const) {
          await config().update('severity', value, vscode.ConfigurationTarget.Workspace);
          await waitForDiagnostics(doc.uri, `severity ${value}`, (xs) => xs.length === 4 && xs.every((d) => d.severity === severity), 15_000);
        }
      } finally {
        await config().update('severity', undefined, vscode.ConfigurationTarget.Workspace);
      }
      await waitForDiagnostics(doc.uri, 'severity back to warning', (xs) => xs.length === 4 && xs.every((d) => d.severity === vscode.DiagnosticSeverity.Warning));
    });

    it('a source file added to sources/ produces new diagnostics in an open draft (and removing it clears them)', async () => {
      const { document: doc } = await openNewDraft(fixtureText('extra/library-draft.md'), 'library');
      const before = await settle(doc.uri, 2_000);
      assert.deepStrictEqual(before.map((d) => doc.getText(d.range)), cliCheck(doc.uri.fsPath, sourcesOf()).map((c) => doc.getText(toVsRange(c.range))), 'before: what the CLI finds without the new source');
      assert.ok(!before.some((d) => doc.getText(d.range) === '4,300'), 'no source yet for 4,300');
      const source = vscode.Uri.file(path.join(ws(), 'sources', `library-fire-${process.pid}.md`));
      const t0 = Date.now();
      await vscode.workspace.fs.writeFile(source, Buffer.from(fixtureText('extra/library-fire.md')));
      try {
        const ds = await waitForDiagnostics(doc.uri, 'diagnostics from the new source', (xs) => xs.some((d) => doc.getText(d.range) === '4,300'), 20_000);
        timing('new source written → diagnostics in the open draft', Date.now() - t0);
        const d = ds.find((x) => doc.getText(x.range) === '4,300')!;
        assert.strictEqual(codeOf(d), 'figure-mismatch');
        assert.match(d.message, /source says 3,400 \(Fire closes Northbrook library for a year, ¶\d+\)/);
        const cli = cliCheck(doc.uri.fsPath, [...sourcesOf(), source.fsPath]);
        await settle(doc.uri);
        assert.deepStrictEqual(factlineDiagnostics(doc.uri).map((x) => doc.getText(x.range)).sort(), cli.map((c) => doc.getText(toVsRange(c.range))).sort());
      } finally {
        await vscode.workspace.fs.delete(source);
      }
      await waitForDiagnostics(doc.uri, 'the diagnostics to clear when the source is removed', (xs) => xs.length === 0, 20_000);
    });
  });

  describe('commands', () => {
    const contract = ['factline.openSource', 'factline.showFactBase', 'factline.recheck', 'factline.restartServer'];

    it('contributes the documented commands, all registered', async () => {
      const contributed = ((extension().packageJSON.contributes?.commands ?? []) as { command: string }[]).map((c) => c.command);
      for (const id of contract) assert.ok(contributed.includes(id), `package.json contributes ${id} (has: ${contributed.join(', ')})`);
      await api();
      const registered = await vscode.commands.getCommands(true);
      for (const id of contributed) assert.ok(registered.includes(id), `${id} is registered`);
    });

    it('factline.openSource opens the source at the citation', async () => {
      const { document: doc } = await openFile(karabakhFile());
      const ds = await fourMismatches(doc.uri);
      const loc = ds.find((d) => doc.getText(d.range) === '130,000')!.relatedInformation![0].location;
      const lspRange = { start: { line: loc.range.start.line, character: loc.range.start.character }, end: { line: loc.range.end.line, character: loc.range.end.character } };
      await vscode.commands.executeCommand('factline.openSource', { uri: loc.uri.toString(), range: lspRange });
      const editor = await waitFor('the source to open', () => {
        const e = vscode.window.activeTextEditor;
        return e && path.basename(e.document.uri.fsPath) === 'karabakh-2023.md' ? e : undefined;
      });
      assert.ok(editor.selection.start.isEqual(loc.range.start), `selection at ${JSON.stringify(editor.selection.start)}, citation at ${JSON.stringify(loc.range.start)}`);
      assert.strictEqual(editor.document.getText(loc.range), '120,000');
    });

    it('every contributed command runs without error', async () => {
      const { document: doc } = await openFile(karabakhFile());
      await fourMismatches(doc.uri);
      const contributed = ((extension().packageJSON.contributes?.commands ?? []) as { command: string }[]).map((c) => c.command);
      for (const id of contributed) {
        if (id === 'factline.openSource') continue; // needs its argument: the test above
        await vscode.window.showTextDocument(doc);
        const running = Promise.resolve(vscode.commands.executeCommand(id));
        // A command that shows a quick pick resolves when it closes: close it as a writer would.
        const outcome = await Promise.race([running.then(() => 'done'), sleep(1_500).then(() => 'pending')]);
        if (outcome === 'pending') {
          await vscode.commands.executeCommand('workbench.action.closeQuickOpen');
          await Promise.race([running, sleep(10_000).then(() => { throw new Error(`${id} did not finish after its quick pick was closed`); })]);
        }
        await running;
        if (id === 'factline.restartServer' || id === 'factline.recheck') {
          // The server is back (or rechecked) and reports the same mismatches again.
          await fourMismatches(doc.uri);
          const hover = await hoverAt(doc.uri, rangeOf(doc, '130,000').start.translate(0, 1));
          assert.match(hover, /mismatch/i, `hover after ${id}: ${hover}`);
        }
      }
    });
  });

  it('restarts the server when it crashes, and diagnostics come back', async () => {
    // A copy: the edit below is saved by closeAll, and later tests expect the example draft unchanged.
    const { document: doc } = await openNewDraft(exampleText());
    await fourMismatches(doc.uri);
    // This extension host's own server only ("[s]erver" keeps pgrep from finding the shell that runs
    // it): not the servers of other editors or tests on the machine.
    const servers = () => execSync(`pgrep -P ${process.pid} -f "dist/[s]erver.js --stdio" || true`, { encoding: 'utf8' }).split('\n').filter(Boolean);
    const before = servers();
    assert.ok(before.length > 0, 'the language server runs as its own process');
    for (const pid of before) process.kill(Number(pid), 'SIGKILL');
    // The extension host held until the process is surely gone, a request is written before the client
    // can see the server exit: over stdio the write fails (EPIPE), and the client must restart all the same.
    Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 300);
    void Promise.resolve(vscode.commands.executeCommand('factline.recheck')).catch(() => undefined);
    await waitFor('a new server process', () => servers().some((p) => !before.includes(p)), 20_000);
    // The restarted server checks the draft again: an edit shows it is serving, not stale diagnostics.
    const edit = new vscode.WorkspaceEdit();
    edit.replace(doc.uri, rangeOf(doc, '130,000'), '120,000');
    await vscode.workspace.applyEdit(edit);
    await waitForDiagnostics(doc.uri, '3 mismatches from the restarted server', (ds) => ds.length === EXAMPLE_MISMATCHES.length - 1, 20_000);
    assert.match(await hoverAt(doc.uri, rangeOf(doc, '120,000').start.translate(0, 1)), /verified/i);
  });

  it('the status bar text shows the counts of the active draft', async () => {
    const factline = await api();
    for (const file of [karabakhFile(), bridgeFile()]) {
      const { document: doc } = await openFile(file);
      const n = cliCheck(file, sourcesOf()).length;
      const verified = cliVerified(file, sourcesOf());
      await waitForDiagnostics(doc.uri, `${path.basename(file)}: ${n} mismatches`, (xs) => xs.length === n);
      const want = `Factline: ${n} mismatch${n === 1 ? '' : 'es'} · ${verified} verified`;
      await waitFor(`status text "${want}"`, () => factline.statusText() === want, 10_000)
        .catch((err) => { throw new Error(`${err.message}; statusText() = ${JSON.stringify(factline.statusText())}`); });
    }
  });
});
