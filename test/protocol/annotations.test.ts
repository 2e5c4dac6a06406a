import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { pathToFileURL } from 'url';
import type { CompletionItem, CompletionList, Location, MarkupContent, TextEdit } from 'vscode-languageserver-protocol';
import { tempDir } from '../helpers/cli';
import { applyEdits, LspTestClient, positionOf } from '../helpers/lspClient';

const ID = 'karabakh-2023/former-armenian-residents';

describe('fact annotations over LSP', function () {
  this.timeout(20000);
  let client: LspTestClient;
  let folder: string;
  afterEach(async () => client?.stop());
  beforeEach(() => {
    folder = tempDir();
  });

  const uriOf = (name: string) => pathToFileURL(path.join(folder, name)).href;

  it('completes fact ids after [@fact:, the sentence’s own facts first, filtered by what is typed', async () => {
    client = await LspTestClient.start({ folders: [folder] });
    const uri = uriOf('draft.md');
    const text = 'Some 120,000 former Armenian residents fled [@fact:';
    client.open(uri, text);
    await client.waitForCurrent(uri);
    const end = { line: 0, character: text.length };
    const list = (await client.connection.sendRequest('textDocument/completion', { textDocument: { uri }, position: end })) as CompletionList;
    assert.ok(list.items.length > 3);
    assert.strictEqual(list.items[0].label, ID);
    assert.match(list.items[0].detail!, /120,000/);
    // The source sentence comes when the editor shows the item.
    assert.strictEqual(list.items[0].documentation, undefined);
    const resolved = (await client.connection.sendRequest('completionItem/resolve', list.items[0])) as CompletionItem;
    assert.match((resolved.documentation as MarkupContent).value, /\*\*120,000\*\*/);
    assert.strictEqual(resolved.label, ID);

    const typed = `${text}karabakh-2023/self`;
    client.replaceAll(uri, typed);
    const filtered = (await client.connection.sendRequest('textDocument/completion', { textDocument: { uri }, position: { line: 0, character: typed.length } })) as CompletionList;
    assert.deepStrictEqual(filtered.items.map((i) => i.label), ['karabakh-2023/self-dissolution']);
    const edit = filtered.items[0].textEdit as TextEdit;
    assert.strictEqual(applyEdits(typed, [edit]), `${text}karabakh-2023/self-dissolution`);
  });

  it('checks a claim against the fact its annotation names; hover and definition reach that fact', async () => {
    client = await LspTestClient.start({ folders: [folder] });
    const uri = uriOf('draft.md');
    const text = `About 130,000 people left [@fact:${ID}].\n`;
    client.open(uri, text);
    const published = await client.waitForCurrent(uri);
    assert.strictEqual(published.diagnostics.length, 1);
    assert.strictEqual((published.diagnostics[0].data as { factId: string }).factId, ID);

    const onId = positionOf(text, 'former-armenian');
    const hover = await client.hover(uri, onId);
    assert.match((hover!.contents as MarkupContent).value, new RegExp(`Fact.*${ID}`));
    const definition = (await client.connection.sendRequest('textDocument/definition', { textDocument: { uri }, position: onId })) as Location;
    assert.ok(definition.uri.endsWith('/facts/karabakh-2023.md'));
    const source = fs.readFileSync(new URL(definition.uri), 'utf8').split('\n')[definition.range.start.line];
    assert.strictEqual(source.slice(definition.range.start.character, definition.range.end.character), '120,000');
  });

  it('reports an unknown id with quick fixes to the closest ids', async () => {
    client = await LspTestClient.start({ folders: [folder] });
    const uri = uriOf('draft.md');
    const text = 'Some 120,000 residents left [@fact:karabakh-2023/former-armenian-residens].\n';
    client.open(uri, text);
    const published = await client.waitForCurrent(uri);
    const unknown = published.diagnostics.find((d) => d.code === 'unknown-fact-id')!;
    assert.ok(unknown, JSON.stringify(published.diagnostics));
    const actions = await client.codeActions(uri, unknown.range, ['quickfix']);
    const best = actions.find((a) => a.isPreferred)!;
    assert.strictEqual(best.title, `Change to '${ID}'`);
    client.replaceAll(uri, applyEdits(text, best.edit!.changes![uri]));
    assert.deepStrictEqual((await client.waitForCurrent(uri)).diagnostics, []);
  });

  it('offers to cite the source of a checked claim', async () => {
    client = await LspTestClient.start({ folders: [folder] });
    const uri = uriOf('draft.md');
    const text = 'Some 120,000 former Armenian residents fled to Armenia.\n';
    client.open(uri, text);
    await client.waitForCurrent(uri);
    const at = positionOf(text, '120,000');
    const actions = await client.codeActions(uri, { start: at, end: at });
    const cite = actions.find((a) => a.title.startsWith('Cite source'))!;
    assert.strictEqual(cite.kind, 'refactor.cite.factline');
    const cited = applyEdits(text, cite.edit!.changes![uri]);
    assert.strictEqual(cited, `Some 120,000 [@fact:${ID}] former Armenian residents fled to Armenia.\n`);
  });

  it('finds the drafts that cite a fact, open or on disk', async () => {
    fs.mkdirSync(path.join(folder, 'drafts'));
    fs.writeFileSync(path.join(folder, 'drafts', 'saved.md'), `Old text: 120,000 left [@fact:${ID}].\n`);
    fs.writeFileSync(path.join(folder, 'drafts', 'other.md'), 'Nothing cited here: `[@fact:' + ID + ']` is code.\n');
    client = await LspTestClient.start({ folders: [folder] });
    const uri = uriOf('drafts/open.md');
    const text = `About 120,000 left [@fact:${ID}; @fact:karabakh-2023/self-dissolution].\n`;
    client.open(uri, text);
    await client.waitForCurrent(uri);
    const refs = (await client.connection.sendRequest('textDocument/references', {
      textDocument: { uri },
      position: positionOf(text, 'former-armenian'),
      context: { includeDeclaration: false },
    })) as Location[];
    assert.deepStrictEqual(refs.map((r) => path.basename(new URL(r.uri).pathname)).sort(), ['open.md', 'saved.md']);
  });

  it('reports a broken fact file in that file and recovers when it is fixed', async () => {
    fs.mkdirSync(path.join(folder, 'sources'));
    const factFile = path.join(folder, 'sources', 'mine.facts.json');
    fs.writeFileSync(factFile, '{ "version": 1, "facts": [ { "id": "mine/residents", "value": "120,000" ');
    client = await LspTestClient.start({ folders: [folder], configuration: () => ({ useBundledFacts: false }) });
    const uri = uriOf('draft.md');
    const text = 'Some 130,000 residents left [@fact:mine/residents].\n';
    client.open(uri, text);
    const broken = await client.waitFor(pathToFileURL(factFile).href, (p) => p.diagnostics.length > 0);
    assert.match(broken.diagnostics[0].message as string, /JSON/);
    assert.strictEqual((await client.waitForCurrent(uri)).diagnostics[0].code, 'unknown-fact-id');

    fs.writeFileSync(factFile, JSON.stringify({ version: 1, facts: [{ id: 'mine/residents', value: '120,000', quote: 'Some 120,000 residents left.', source: { url: 'https://example.org/a', title: 'A report' } }] }));
    void client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: pathToFileURL(factFile).href, type: 2 }] });
    await client.waitFor(pathToFileURL(factFile).href, (p) => p.diagnostics.length === 0);
    const fixed = await client.waitFor(uri, (p) => p.diagnostics.some((d) => d.code === 'figure-mismatch'));
    assert.strictEqual((fixed.diagnostics[0].data as { fix: string }).fix, '120,000');
  });
});
