import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { pathToFileURL } from 'url';
import type { Diagnostic, MarkupContent, TextEdit } from 'vscode-languageserver-protocol';
import { factline, tempDir } from '../helpers/cli';
import type { DiagnosticData } from '../../server/src/convert/toDiagnostic';
import { ROOT } from '../helpers/core';
import { lookAlikeArticles, paragraphAbout } from '../helpers/lookAlikeSources';
import { applyEdits, LspTestClient, positionOf } from '../helpers/lspClient';

const EXAMPLE = fs.readFileSync(path.join(ROOT, 'examples', 'draft.md'), 'utf8');
const DRAFT_URI = 'file:///drafts/draft.md';

function mismatchesOf(diagnostics: Diagnostic[]): string[] {
  return diagnostics.map((d) => (d.data as { fix: string }).fix).sort();
}

function editsOf(action: { edit?: { changes?: Record<string, TextEdit[]> } }, uri: string): TextEdit[] {
  return action.edit?.changes?.[uri] ?? [];
}

describe('language server over stdio', function () {
  this.timeout(20000);
  let client: LspTestClient;
  afterEach(async () => client?.stop());

  // The extension speaks stdio; a Node client may still choose IPC, where messages are not framed by the server's writer.
  it('serves over Node IPC (--node-ipc) too: publishes, follows an edit, hovers', async () => {
    client = await LspTestClient.start({ transport: 'ipc' });
    client.open(DRAFT_URI, EXAMPLE);
    assert.deepStrictEqual(mismatchesOf((await client.waitForCurrent(DRAFT_URI)).diagnostics), ['1 January 2024', '120,000', 'Monday', 'a day']);
    const at = positionOf(EXAMPLE, '130,000');
    const version = client.change(DRAFT_URI, [{ range: { start: at, end: { line: at.line, character: at.character + 7 } }, text: '120,000' }]);
    const edited = await client.waitFor(DRAFT_URI, (p) => p.version === version);
    assert.strictEqual(edited.diagnostics.length, 3);
    assert.match(((await client.hover(DRAFT_URI, positionOf(client.text(DRAFT_URI), '120,000')))!.contents as MarkupContent).value, /verified/i);
  });

  it('announces incremental sync, hover and code actions', async () => {
    client = await LspTestClient.start();
    assert.strictEqual((client.capabilities.textDocumentSync as { change: number }).change, 2);
    assert.strictEqual(client.capabilities.hoverProvider, true);
    assert.deepStrictEqual((client.capabilities.codeActionProvider as { codeActionKinds: string[] }).codeActionKinds, ['quickfix', 'source.fixAll.factline', 'refactor.cite.factline']);
  });

  it('publishes the same diagnostics as the CLI but for its citations, with the document version', async () => {
    client = await LspTestClient.start();
    client.open(DRAFT_URI, EXAMPLE);
    const published = await client.waitForCurrent(DRAFT_URI);
    const cli = JSON.parse(factline(['check', '--format', 'json', 'examples/draft.md']).stdout).files[0].diagnostics as Diagnostic[];
    const uncited = (d: Diagnostic) => {
      const { citation, ...data } = d.data as DiagnosticData;
      assert.strictEqual(citation !== undefined, data.factId !== undefined, `the CLI's ${d.message} is cited when it names a fact`);
      return { ...d, data };
    };
    assert.deepStrictEqual(published.diagnostics, cli.map(uncited));
    assert.strictEqual(published.version, 1);
    const first = published.diagnostics[0];
    assert.match(first.message as string, /^"130,000" — source says 120,000 \(Nagorno-Karabakh after the Azerbaijani offensive, ¶7\)$/);
    const related = first.relatedInformation![0].location;
    assert.ok(related.uri.endsWith('/facts/karabakh-2023.md'), related.uri);
    const source = fs.readFileSync(path.join(ROOT, 'facts', 'karabakh-2023.md'), 'utf8').split('\n')[related.range.start.line];
    assert.strictEqual(source.slice(related.range.start.character, related.range.end.character), '120,000');
  });

  // LSP sends a diagnostic's relatedInformation only to a client that says it shows it; the message names the source all the same.
  it('leaves out relatedInformation for a client that does not announce it, in diagnostics and code actions alike', async () => {
    client = await LspTestClient.start({ relatedInformation: false });
    client.open(DRAFT_URI, EXAMPLE);
    const published = await client.waitForCurrent(DRAFT_URI);
    assert.deepStrictEqual(mismatchesOf(published.diagnostics), ['1 January 2024', '120,000', 'Monday', 'a day']);
    assert.deepStrictEqual(published.diagnostics.filter((d) => 'relatedInformation' in d), []);
    const first = published.diagnostics[0];
    assert.match(first.message as string, /^"130,000" — source says 120,000 \(Nagorno-Karabakh after the Azerbaijani offensive, ¶7\)$/);
    assert.strictEqual((first.data as DiagnosticData).factId, 'karabakh-2023/former-armenian-residents');
    const actions = await client.codeActions(DRAFT_URI, first.range, undefined, [first]);
    const fix = actions.find((a) => a.isPreferred)!;
    assert.deepStrictEqual(fix.diagnostics, [first]);
  });

  it('reads settings from initializationOptions when the client cannot be asked', async () => {
    client = await LspTestClient.start({ initializationOptions: { severity: 'error' } });
    client.open(DRAFT_URI, EXAMPLE);
    const published = await client.waitForCurrent(DRAFT_URI);
    assert.strictEqual(published.diagnostics.length, 4);
    assert.ok(published.diagnostics.every((d) => d.severity === 1));
  });

  // A client that knows only its root (the server once failed its `initialized` and logged an error).
  it('serves a client without workspace folders or configuration, logging no error', async () => {
    client = await LspTestClient.start({ workspaceFolders: false });
    client.open(DRAFT_URI, EXAMPLE);
    assert.strictEqual((await client.waitForCurrent(DRAFT_URI)).diagnostics.length, 4);
    assert.deepStrictEqual(client.logs.filter((l) => /fail|error/i.test(l)), []);
  });

  it('asks workspace/configuration and publishes nothing before the answer', async () => {
    let asked = 0;
    let answer: (() => void) | undefined;
    const gate = new Promise<void>((r) => (answer = r));
    client = await LspTestClient.start({
      configuration: () => {
        asked++;
        return { severity: 'information' };
      },
    });
    // Hold the answer back: replace the handler with one that waits for the gate.
    client.connection.onRequest('workspace/configuration', async (p: { items: unknown[] }) => {
      asked++;
      await gate;
      return p.items.map(() => ({ severity: 'information' }));
    });
    client.open(DRAFT_URI, EXAMPLE);
    await client.until(() => (asked ? true : undefined), 5000, () => 'a configuration request');
    await new Promise((r) => setTimeout(r, 300));
    assert.strictEqual(client.latest(DRAFT_URI), undefined, 'published before the configuration was read');
    answer!();
    const published = await client.waitForCurrent(DRAFT_URI);
    assert.ok(published.diagnostics.length > 0 && published.diagnostics.every((d) => d.severity === 3));
  });

  it('re-reads the configuration on didChangeConfiguration and rechecks at once', async () => {
    let severity = 'warning';
    client = await LspTestClient.start({ configuration: () => ({ severity }) });
    client.open(DRAFT_URI, EXAMPLE);
    await client.waitFor(DRAFT_URI, (p) => p.diagnostics.length === 4 && p.diagnostics.every((d) => d.severity === 2));
    severity = 'hint';
    void client.connection.sendNotification('workspace/didChangeConfiguration', { settings: null });
    await client.waitFor(DRAFT_URI, (p) => p.diagnostics.length === 4 && p.diagnostics.every((d) => d.severity === 4));
  });

  it('keeps ranges right through incremental edits with emoji, non-Latin text and CRLF', async () => {
    client = await LspTestClient.start();
    const text = 'Привет 👋🏽 — 🇦🇲 Nearly all of the former 130,000 Armenian residents of Nagorno-Karabakh fled.\r\n\r\nThe republic dissolved on 1 February 2024.\r\n';
    client.open(DRAFT_URI, text);
    let published = await client.waitForCurrent(DRAFT_URI);
    const check = () => {
      const lines = client.text(DRAFT_URI).split(/\r\n|\r|\n/);
      return published.diagnostics.map((d) => lines[d.range.start.line].slice(d.range.start.character, d.range.end.character));
    };
    assert.deepStrictEqual(check().sort(), ['1 February 2024', '130,000']);
    // Insert more emoji before the figure, and a CRLF line above everything.
    client.change(DRAFT_URI, [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: '🙂🙂 Intro line.\r\n' }]);
    client.change(DRAFT_URI, [{ range: { start: { line: 1, character: 7 }, end: { line: 1, character: 7 } }, text: '𝒳 ' }]);
    published = await client.waitForCurrent(DRAFT_URI);
    assert.deepStrictEqual(check().sort(), ['1 February 2024', '130,000']);
    // Fix the figure by an edit of its digits only: its diagnostic goes once typing pauses.
    const at = positionOf(client.text(DRAFT_URI), '130,000');
    client.change(DRAFT_URI, [{ range: { start: { line: at.line, character: at.character + 1 }, end: { line: at.line, character: at.character + 2 } }, text: '2' }]);
    published = await client.waitFor(DRAFT_URI, (p) => p.version === client.version(DRAFT_URI) && p.diagnostics.length === 1, 5000);
    assert.deepStrictEqual(check(), ['1 February 2024']);
  });

  it('hovers a mismatch, a verified figure and an unverified one', async () => {
    client = await LspTestClient.start();
    const text = `${EXAMPLE}\nThe region has 12 schools.\n`;
    client.open(DRAFT_URI, text);
    await client.waitForCurrent(DRAFT_URI);
    const mismatch = await client.hover(DRAFT_URI, positionOf(text, '130,000'));
    const value = (mismatch!.contents as MarkupContent).value;
    assert.match(value, /mismatch/i);
    assert.match(value, /\*\*120,000\*\*/);
    assert.match(value, /Nagorno-Karabakh after the Azerbaijani offensive, ¶7/);
    assert.match(value, /command:factline\.openSource\?/);
    const verified = await client.hover(DRAFT_URI, positionOf(text, '19 September'));
    assert.match((verified!.contents as MarkupContent).value, /verified/i);
    assert.match((verified!.contents as MarkupContent).value, /\*\*19 September\*\*/);
    const unverified = await client.hover(DRAFT_URI, positionOf(text, '12 schools'));
    assert.match((unverified!.contents as MarkupContent).value, /no source found/);
    assert.strictEqual(await client.hover(DRAFT_URI, positionOf(text, 'Karabakh empties')), null);
  });

  it('flags a name the source spells otherwise, hovers it with the source sentence, and fixes or ignores it', async () => {
    client = await LspTestClient.start();
    const text = `${EXAMPLE}\nThe talks were led by Armen Grigorian 👋, who was in Tehran.\n`;
    client.open(DRAFT_URI, text);
    const published = await client.waitForCurrent(DRAFT_URI);
    const diagnostic = published.diagnostics.find((d) => d.code === 'name-mismatch')!;
    assert.deepStrictEqual(diagnostic.range.start, positionOf(text, 'Grigorian'));
    assert.strictEqual(diagnostic.range.end.character - diagnostic.range.start.character, 'Grigorian'.length);
    assert.match(diagnostic.message as string, /^"Grigorian" — source says Grigoryan \(Nagorno-Karabakh after the Azerbaijani offensive, ¶\d+\)$/);
    assert.deepStrictEqual(diagnostic.data, { fix: 'Grigoryan' });
    const hover = (await client.hover(DRAFT_URI, positionOf(text, 'Grigorian')))!.contents as MarkupContent;
    assert.match(hover.value, /mismatch.*\*\*Grigoryan\*\*/);
    assert.match(hover.value, /head Armen \*\*Grigoryan\*\*, who has been in Tehran/);
    const actions = await client.codeActions(DRAFT_URI, diagnostic.range, undefined, [diagnostic]);
    assert.deepStrictEqual(
      actions.filter((a) => a.kind === 'quickfix').map((a) => a.title),
      ["Replace with 'Grigoryan' (source)", 'Ignore this name', 'Fix all Factline mismatches in this file'],
    );
    client.replaceAll(DRAFT_URI, applyEdits(client.text(DRAFT_URI), editsOf(actions.find((a) => a.isPreferred)!, DRAFT_URI)));
    const after = await client.waitForCurrent(DRAFT_URI);
    assert.match(client.text(DRAFT_URI), /led by Armen Grigoryan 👋/);
    assert.deepStrictEqual(after.diagnostics.filter((d) => d.code === 'name-mismatch'), []);
  });

  it('flags a role the source gives the person otherwise, hovers it with the source sentence, and fixes it in place', async () => {
    client = await LspTestClient.start();
    const text = `${EXAMPLE}\n👋 Armenian Prime Minister Ilham Aliyev spoke in Baku.\n`;
    client.open(DRAFT_URI, text);
    const published = await client.waitForCurrent(DRAFT_URI);
    const diagnostic = published.diagnostics.find((d) => d.code === 'role-mismatch')!;
    assert.deepStrictEqual(diagnostic.range.start, positionOf(text, 'Armenian Prime Minister'));
    assert.strictEqual(diagnostic.range.end.character - diagnostic.range.start.character, 'Armenian Prime Minister Ilham Aliyev'.length);
    assert.match(diagnostic.message as string, /^"Armenian Prime Minister Ilham Aliyev" — source says Azerbaijani President \(Nagorno-Karabakh after the Azerbaijani offensive, ¶\d+\)$/);
    assert.deepStrictEqual(diagnostic.data, { fix: 'Azerbaijani President Ilham Aliyev' });
    const hover = (await client.hover(DRAFT_URI, positionOf(text, 'Prime Minister')))!.contents as MarkupContent;
    assert.match(hover.value, /\*\*Azerbaijani President\*\* Ilham Aliyev stressed/);
    const actions = await client.codeActions(DRAFT_URI, diagnostic.range, undefined, [diagnostic]);
    assert.deepStrictEqual(
      actions.filter((a) => a.kind === 'quickfix').map((a) => a.title),
      ["Replace with 'Azerbaijani President Ilham Aliyev' (source)", 'Ignore this role', 'Fix all Factline mismatches in this file'],
    );
    client.replaceAll(DRAFT_URI, applyEdits(client.text(DRAFT_URI), editsOf(actions.find((a) => a.isPreferred)!, DRAFT_URI)));
    const after = await client.waitForCurrent(DRAFT_URI);
    assert.match(client.text(DRAFT_URI), /👋 Azerbaijani President Ilham Aliyev spoke/);
    assert.deepStrictEqual(after.diagnostics.filter((d) => d.code === 'role-mismatch'), []);
  });

  it("fixes a role given to the wrong person by the name, where the draft restates the role's holder's sentence", async () => {
    client = await LspTestClient.start();
    const quote = '“We are against changing international borders and geopolitical changes in the Caucasus region,”';
    const text = `${EXAMPLE}\n👋 ${quote} Iranian Foreign Ministry spokesman Armen Grigoryan said.\n`;
    client.open(DRAFT_URI, text);
    const published = await client.waitForCurrent(DRAFT_URI);
    const diagnostic = published.diagnostics.find((d) => d.code === 'role-mismatch')!;
    assert.deepStrictEqual(diagnostic.range.start, positionOf(text, 'Iranian Foreign Ministry spokesman'));
    assert.match(diagnostic.message as string, /^"Iranian Foreign Ministry spokesman Armen Grigoryan" — source says Iranian Foreign Ministry spokesman Nasser Kanani \(Nagorno-Karabakh after the Azerbaijani offensive, ¶\d+\)$/);
    assert.deepStrictEqual(diagnostic.data, { fix: 'Iranian Foreign Ministry spokesman Nasser Kanani' });
    const actions = await client.codeActions(DRAFT_URI, diagnostic.range, undefined, [diagnostic]);
    client.replaceAll(DRAFT_URI, applyEdits(client.text(DRAFT_URI), editsOf(actions.find((a) => a.isPreferred)!, DRAFT_URI)));
    const after = await client.waitForCurrent(DRAFT_URI);
    assert.ok(client.text(DRAFT_URI).includes(`👋 ${quote} Iranian Foreign Ministry spokesman Nasser Kanani said.`));
    assert.deepStrictEqual(after.diagnostics.filter((d) => d.code === 'role-mismatch'), []);
  });

  it('flags a place the source gives a name otherwise, hovers it with the source sentence, and fixes the place alone', async () => {
    client = await LspTestClient.start();
    const text = `${EXAMPLE}\n👋 The Defense Ministry in Baku reported casualties on Monday.\n`;
    client.open(DRAFT_URI, text);
    const published = await client.waitForCurrent(DRAFT_URI);
    const diagnostic = published.diagnostics.find((d) => d.code === 'place-mismatch')!;
    assert.deepStrictEqual(diagnostic.range, { start: positionOf(text, 'Baku reported'), end: { ...positionOf(text, 'Baku reported'), character: positionOf(text, 'Baku reported').character + 'Baku'.length } });
    assert.match(diagnostic.message as string, /^"Baku" — source says Defense Ministry in Yerevan \(Nagorno-Karabakh after the Azerbaijani offensive, ¶\d+\)$/);
    assert.deepStrictEqual(diagnostic.data, { fix: 'Yerevan' });
    const hover = (await client.hover(DRAFT_URI, positionOf(text, 'Baku reported')))!.contents as MarkupContent;
    assert.match(hover.value, /mismatch.*\*\*Yerevan\*\*/);
    assert.match(hover.value, /the Defense Ministry in \*\*Yerevan\*\* said/);
    const actions = await client.codeActions(DRAFT_URI, diagnostic.range, undefined, [diagnostic]);
    assert.deepStrictEqual(
      actions.filter((a) => a.kind === 'quickfix').map((a) => a.title),
      ["Replace with 'Yerevan' (source)", 'Ignore this place', 'Fix all Factline mismatches in this file'],
    );
    client.replaceAll(DRAFT_URI, applyEdits(client.text(DRAFT_URI), editsOf(actions.find((a) => a.isPreferred)!, DRAFT_URI)));
    const after = await client.waitForCurrent(DRAFT_URI);
    assert.match(client.text(DRAFT_URI), /👋 The Defense Ministry in Yerevan reported/);
    assert.deepStrictEqual(after.diagnostics.filter((d) => d.code === 'place-mismatch'), []);
  });

  it("flags a share its own sentence's figures contradict, hovers the working, and fixes it in the draft's style", async () => {
    client = await LspTestClient.start();
    const text = `${EXAMPLE}\n\nOf the 120,000 residents 👋 polled, 30,000 left by car, nearly half of them.\n`;
    client.open(DRAFT_URI, text);
    const published = await client.waitForCurrent(DRAFT_URI);
    const diagnostic = published.diagnostics.find((d) => d.code === 'ratio-mismatch')!;
    assert.deepStrictEqual(diagnostic.range.start, positionOf(text, 'nearly half'));
    assert.strictEqual(diagnostic.range.end.character - diagnostic.range.start.character, 'nearly half'.length);
    assert.strictEqual(diagnostic.message, '"half" — its figures give about a quarter (30,000 of 120,000 is 25%)');
    assert.deepStrictEqual(diagnostic.data, { fix: 'about a quarter' });
    const hover = (await client.hover(DRAFT_URI, positionOf(text, 'half of them')))!.contents as MarkupContent;
    assert.match(hover.value, /its figures give \*\*about a quarter\*\* \(30,000 of 120,000 is 25%\)/);
    const actions = await client.codeActions(DRAFT_URI, diagnostic.range, undefined, [diagnostic]);
    assert.deepStrictEqual(
      actions.filter((a) => a.kind === 'quickfix').map((a) => a.title),
      ["Replace with 'about a quarter' (its figures)", 'Ignore this figure', 'Fix all Factline mismatches in this file'],
    );
    client.replaceAll(DRAFT_URI, applyEdits(client.text(DRAFT_URI), editsOf(actions.find((a) => a.isPreferred)!, DRAFT_URI)));
    const after = await client.waitForCurrent(DRAFT_URI);
    assert.match(client.text(DRAFT_URI), /30,000 left by car, about a quarter of them/);
    assert.deepStrictEqual(after.diagnostics.filter((d) => d.code === 'ratio-mismatch'), []);
  });

  it('flags a conversion its figure does not give, hovers the working, and fixes it', async () => {
    client = await LspTestClient.start();
    const text = `${EXAMPLE}\n\nAid convoys 👋 waited 12 miles (30 km) from the Lachin corridor.\n`;
    client.open(DRAFT_URI, text);
    const published = await client.waitForCurrent(DRAFT_URI);
    const diagnostic = published.diagnostics.find((d) => d.code === 'conversion-mismatch')!;
    assert.deepStrictEqual(diagnostic.range.start, positionOf(text, '30 km'));
    assert.strictEqual(diagnostic.message, '"30 km" — its figures give 19 km (12 miles is 19.3 km)');
    const hover = (await client.hover(DRAFT_URI, positionOf(text, '30 km')))!.contents as MarkupContent;
    assert.match(hover.value, /its figures give \*\*19 km\*\* \(12 miles is 19\.3 km\)/);
    const actions = await client.codeActions(DRAFT_URI, diagnostic.range, undefined, [diagnostic]);
    const preferred = actions.find((a) => a.isPreferred)!;
    assert.strictEqual(preferred.title, "Replace with '19 km' (its figures)");
    client.replaceAll(DRAFT_URI, applyEdits(client.text(DRAFT_URI), editsOf(preferred, DRAFT_URI)));
    const after = await client.waitForCurrent(DRAFT_URI);
    assert.match(client.text(DRAFT_URI), /waited 12 miles \(19 km\) from/);
    assert.deepStrictEqual(after.diagnostics.filter((d) => d.code === 'conversion-mismatch'), []);
  });

  it('offers the source value as preferred quick fix; applying it clears the diagnostic', async () => {
    client = await LspTestClient.start();
    client.open(DRAFT_URI, EXAMPLE);
    const published = await client.waitForCurrent(DRAFT_URI);
    const diagnostic = published.diagnostics.find((d) => d.code === 'figure-mismatch')!;
    const actions = await client.codeActions(DRAFT_URI, diagnostic.range, undefined, [diagnostic]);
    const replace = actions.find((a) => a.isPreferred)!;
    assert.strictEqual(replace.title, "Replace with '120,000' (source)");
    assert.strictEqual(replace.kind, 'quickfix');
    const fixed = applyEdits(client.text(DRAFT_URI), editsOf(replace, DRAFT_URI));
    assert.match(fixed, /former 120,000 Armenian residents/);
    client.replaceAll(DRAFT_URI, fixed);
    const after = await client.waitForCurrent(DRAFT_URI);
    assert.deepStrictEqual(mismatchesOf(after.diagnostics), mismatchesOf(published.diagnostics).filter((f) => f !== '120,000'));
  });

  it('fixes all mismatches of a file, and offers fix-all for source.fixAll on save', async () => {
    client = await LspTestClient.start();
    client.open(DRAFT_URI, EXAMPLE);
    await client.waitForCurrent(DRAFT_URI);
    const whole = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
    const [fixAll] = await client.codeActions(DRAFT_URI, whole, ['source.fixAll']);
    assert.strictEqual(fixAll.kind, 'source.fixAll.factline');
    assert.strictEqual(fixAll.title, 'Fix all Factline mismatches in this file');
    assert.strictEqual(editsOf(fixAll, DRAFT_URI).length, 4);
    client.replaceAll(DRAFT_URI, applyEdits(client.text(DRAFT_URI), editsOf(fixAll, DRAFT_URI)));
    const after = await client.waitForCurrent(DRAFT_URI);
    assert.deepStrictEqual(after.diagnostics, []);
    assert.match(client.text(DRAFT_URI), /on 1 January 2024\./);
  });

  it('ignores a figure through the quick fix, and honours disable comments and front matter', async () => {
    client = await LspTestClient.start();
    client.open(DRAFT_URI, EXAMPLE);
    const published = await client.waitForCurrent(DRAFT_URI);
    const diagnostic = published.diagnostics.find((d) => d.code === 'figure-mismatch')!;
    const ignore = (await client.codeActions(DRAFT_URI, diagnostic.range)).find((a) => a.title === 'Ignore this figure')!;
    client.replaceAll(DRAFT_URI, applyEdits(client.text(DRAFT_URI), editsOf(ignore, DRAFT_URI)));
    assert.match(client.text(DRAFT_URI), /130,000 <!-- factline-ignore --> Armenian/);
    assert.strictEqual((await client.waitForCurrent(DRAFT_URI)).diagnostics.length, 3);

    const nextLine = EXAMPLE.replace('Azerbaijan launched', '<!-- factline-disable-next-line -->\nAzerbaijan launched');
    client.replaceAll(DRAFT_URI, nextLine);
    assert.deepStrictEqual(mismatchesOf((await client.waitForCurrent(DRAFT_URI)).diagnostics), ['120,000', 'Monday']);

    const block = EXAMPLE.replace('Nearly all', '<!-- factline-disable -->\nNearly all').replace("Azerbaijan's President", "<!-- factline-enable -->\nAzerbaijan's President");
    client.replaceAll(DRAFT_URI, block);
    assert.deepStrictEqual(mismatchesOf((await client.waitForCurrent(DRAFT_URI)).diagnostics), ['Monday']);

    client.replaceAll(DRAFT_URI, EXAMPLE.replace('date: 2023-10-03', 'date: 2023-10-03\nfactline: false'));
    assert.deepStrictEqual((await client.waitForCurrent(DRAFT_URI)).diagnostics, []);
  });

  it('holds back a mismatch on the figure being typed until typing pauses', async () => {
    client = await LspTestClient.start({ initializationOptions: { debounceMs: 50 } });
    const text = 'Nearly all of the former  Armenian residents of Nagorno-Karabakh fled to Armenia.\n';
    client.open(DRAFT_URI, text);
    await client.waitForCurrent(DRAFT_URI);
    const at = text.indexOf('former ') + 'former '.length;
    const typed = ['1', '3', '0', ',', '0', '0', '0'];
    const typedAt: number[] = [];
    for (let i = 0; i < typed.length; i++) {
      client.change(DRAFT_URI, [{ range: { start: { line: 0, character: at + i }, end: { line: 0, character: at + i } }, text: typed[i] }]);
      typedAt.push(Date.now());
      await new Promise((r) => setTimeout(r, 120));
    }
    const lastKey = Date.now();
    const shown = await client.waitFor(DRAFT_URI, (p) => p.version === client.version(DRAFT_URI) && p.diagnostics.length === 1, 5000);
    assert.ok(Date.now() - lastKey >= 800, `shown ${Date.now() - lastKey} ms after the last key`);
    assert.strictEqual((shown.diagnostics[0].message as string).startsWith('"130,000"'), true);
    // While typing, no publication flagged a partial figure ("1", "13", "130", ...).
    const flashes = client.published.filter((p) => p.uri === DRAFT_URI && p.version! > 1 && p.version! < client.version(DRAFT_URI) && p.diagnostics.length);
    assert.deepStrictEqual(flashes, []);
  });

  it('never publishes a superseded version, and publishes versions in order', async () => {
    client = await LspTestClient.start({ initializationOptions: { debounceMs: 20 } });
    client.open(DRAFT_URI, EXAMPLE);
    for (let i = 0; i < 40; i++) {
      client.change(DRAFT_URI, [{ range: { start: { line: 7, character: 0 }, end: { line: 7, character: 0 } }, text: i % 2 ? 'x' : 'Some 7 ' }]);
      if (i % 10 === 0) await new Promise((r) => setTimeout(r, 30));
    }
    await client.waitForCurrent(DRAFT_URI);
    const versions = client.published.filter((p) => p.uri === DRAFT_URI).map((p) => p.version!);
    assert.deepStrictEqual(versions, [...versions].sort((a, b) => a - b));
    assert.strictEqual(new Set(versions).size, versions.length, `a version was published twice: ${versions}`);
  });

  it('clears diagnostics when a document closes', async () => {
    client = await LspTestClient.start();
    client.open(DRAFT_URI, EXAMPLE);
    await client.waitForCurrent(DRAFT_URI);
    client.close(DRAFT_URI);
    await client.waitFor(DRAFT_URI, (p) => p.diagnostics.length === 0);
  });

  it('says so when a document is too large or binary, instead of staying silent', async () => {
    client = await LspTestClient.start({ initializationOptions: { maxFileSizeKB: 64 } });
    const big = EXAMPLE.repeat(Math.ceil((100 * 1024) / EXAMPLE.length));
    client.open('file:///drafts/big.md', big);
    const published = await client.waitForCurrent('file:///drafts/big.md');
    assert.strictEqual(published.diagnostics.length, 1);
    assert.strictEqual(published.diagnostics[0].severity, 3);
    assert.match(published.diagnostics[0].message as string, /not check.*maxFileSizeKB \(64 KB\)/);
    client.open('file:///drafts/binary.md', `PNG\0\0\u0001binary 130,000`);
    const binary = await client.waitForCurrent('file:///drafts/binary.md');
    assert.match(binary.diagnostics[0].message as string, /binary/);
  });

  describe('with a workspace of sources', () => {
    let folder: string;
    let draftUri: string;
    const draft = 'The Eastgate bridge reopened after a 28-month repair costing £48.2m. Some 38,000 vehicles used it daily.\n';
    const source = (cost: string) => `# Harbour bridge reopens\n\nThe Eastgate harbour bridge reopened on Thursday after a 28-month repair that cost ${cost}, the council said. About 38,000 vehicles crossed it each day before it closed.\n`;

    beforeEach(() => {
      folder = tempDir();
      fs.mkdirSync(path.join(folder, 'sources'));
      fs.mkdirSync(path.join(folder, 'drafts'));
      draftUri = pathToFileURL(path.join(folder, 'drafts', 'bridge.md')).href;
    });

    it('registers file watchers and rechecks open drafts when a source appears, changes or goes', async () => {
      client = await LspTestClient.start({ folders: [folder], configuration: () => ({ useBundledFacts: false }) });
      await client.until(() => (client.registrations.some((r) => r.method === 'workspace/didChangeWatchedFiles') ? true : undefined), 5000, () => 'a watcher registration');
      client.open(draftUri, draft);
      assert.deepStrictEqual((await client.waitForCurrent(draftUri)).diagnostics, []);

      const file = path.join(folder, 'sources', 'bridge.md');
      fs.writeFileSync(file, source('£42.8m'));
      void client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: pathToFileURL(file).href, type: 1 }] });
      const appeared = await client.waitFor(draftUri, (p) => p.diagnostics.length === 1);
      assert.strictEqual((appeared.diagnostics[0].data as { fix: string }).fix, '£42.8m');
      assert.strictEqual(appeared.diagnostics[0].relatedInformation![0].location.uri, pathToFileURL(file).href);

      fs.writeFileSync(file, source('£48.2m'));
      void client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: pathToFileURL(file).href, type: 2 }] });
      await client.waitFor(draftUri, (p) => p.diagnostics.length === 0);
      const verified = await client.hover(draftUri, positionOf(draft, '£48.2m'));
      assert.match((verified!.contents as MarkupContent).value, /verified/i);

      fs.rmSync(file);
      const before = client.published.length;
      void client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: pathToFileURL(file).href, type: 3 }] });
      await client.until(() => (client.published.length > before ? true : undefined), 5000, () => 'a recheck');
      const gone = await client.hover(draftUri, positionOf(draft, '£48.2m'));
      assert.match((gone!.contents as MarkupContent).value, /no source found/);
    });

    it('flags a name a sentence without a figure spells, cites that sentence at its paragraph, and hovers it', async () => {
      const file = path.join(folder, 'sources', 'bridge.md');
      fs.writeFileSync(file, '# Harbour bridge reopens\n\nThe Eastgate harbour bridge reopened on Thursday after a 28-month repair. Council engineer Priya Castellane, who led the work, thanked residents.\n');
      client = await LspTestClient.start({ folders: [folder], configuration: () => ({ useBundledFacts: false }) });
      const text = 'The Eastgate bridge reopened after a 28-month repair. Council engineer Priya Castellano thanked residents.\n';
      client.open(draftUri, text);
      const published = await client.waitFor(draftUri, (p) => p.diagnostics.length === 1);
      const [diagnostic] = published.diagnostics;
      assert.strictEqual(diagnostic.code, 'name-mismatch');
      assert.deepStrictEqual(diagnostic.range.start, positionOf(text, 'Castellano'));
      assert.deepStrictEqual(diagnostic.data, { fix: 'Castellane' });
      // The sentence has no figure to place the name: its paragraph's line does.
      assert.deepStrictEqual(diagnostic.relatedInformation![0].location, { uri: pathToFileURL(file).href, range: { start: { line: 2, character: 0 }, end: { line: 2, character: 0 } } });
      const hover = (await client.hover(draftUri, positionOf(text, 'Castellano')))!.contents as MarkupContent;
      assert.match(hover.value, /Council engineer Priya \*\*Castellane\*\*, who led the work, thanked residents\./);
    });

    it('compares each paragraph with the sources it restates, and one that does not say with those the draft is about', async () => {
      for (const { file, text } of lookAlikeArticles()) fs.writeFileSync(path.join(folder, 'sources', file), text);
      client = await LspTestClient.start({ folders: [folder], configuration: () => ({ useBundledFacts: false }) });
      const unsure = '\n\nResidents were asked to boil their drinking water until further notice, and schools stayed shut.\n\nSome 4,365 households lost power on Monday.\n';
      client.open(draftUri, paragraphAbout('Arden') + unsure);
      // Bexley's 4,365 households would verify it: the draft is about Arden, which had 2,893.
      const flagged = await client.waitFor(draftUri, (p) => p.diagnostics.length === 1);
      assert.strictEqual((flagged.diagnostics[0].data as { fix: string }).fix, '2,893');
      assert.strictEqual(path.basename(flagged.diagnostics[0].relatedInformation![0].location.uri), 'arden.md');
      // The first paragraph comes to be about Bexley: the last, unedited, is matched again.
      client.change(draftUri, [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: paragraphAbout('Arden').length } }, text: paragraphAbout('Bexley') }]);
      await client.waitFor(draftUri, (p) => p.version === client.version(draftUri) && p.diagnostics.length === 0);
    });

    it('reports a malformed source in that file and keeps checking with the rest', async () => {
      fs.writeFileSync(path.join(folder, 'sources', 'bridge.md'), source('£42.8m'));
      const broken = path.join(folder, 'sources', 'broken.facts.json');
      fs.writeFileSync(broken, '{\n  "version": 1,\n  "facts": [\n    { "id": "x", \n  ]\n}\n');
      fs.writeFileSync(path.join(folder, 'sources', 'binary.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 1, 2]));
      client = await LspTestClient.start({ folders: [folder], configuration: () => ({ useBundledFacts: false, sources: ['sources/**/*.md', 'sources/**/*.txt', 'sources/**/*.facts.json'] }) });
      client.open(draftUri, draft);
      assert.strictEqual((await client.waitForCurrent(draftUri)).diagnostics.length, 1);
      const inBroken = await client.waitFor(pathToFileURL(broken).href, (p) => p.diagnostics.length > 0);
      assert.strictEqual(inBroken.diagnostics[0].range.start.line, 4);
      assert.match(inBroken.diagnostics[0].message as string, /JSON/);
      const inBinary = await client.waitFor(pathToFileURL(path.join(folder, 'sources', 'binary.txt')).href, (p) => p.diagnostics.length > 0);
      assert.match(inBinary.diagnostics[0].message as string, /binary/);
      assert.ok(client.logs.some((l) => l.includes('broken.facts.json')), 'the problem is in the log');
      // Fixed on disk: its diagnostics go.
      fs.writeFileSync(broken, '{ "version": 1, "facts": [] }\n');
      void client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: pathToFileURL(broken).href, type: 2 }] });
      await client.waitFor(pathToFileURL(broken).href, (p) => p.diagnostics.length === 0);
    });

    it('refuses relative source patterns that leave the workspace folder', async () => {
      client = await LspTestClient.start({ folders: [folder], configuration: () => ({ useBundledFacts: false, sources: ['../**/*.md'] }) });
      client.open(draftUri, draft);
      await client.waitForCurrent(draftUri);
      await client.until(() => (client.messages.some((m) => /leads out of the workspace folder/.test(m.message)) ? true : undefined), 5000, () => 'a warning');
    });
  });
});
