import * as assert from 'assert';
import type { Diagnostic } from 'vscode-languageserver-types';
import { FactIndex } from '../../server/src/core/match/factIndex';
import { CheckContext, DocumentChecks, OpenDocument } from '../../server/src/lsp/documentChecks';
import { readSettings } from '../../server/src/lsp/settings';
import { loadBundledFacts } from '../../server/src/node/bundledFacts';
import { makeDraft } from '../bench/corpus';

describe('DocumentChecks.pausedFor', () => {
  it('says the writer paused only once every open document is checked in its current version and none was edited for that long', async () => {
    const docs = new Map<string, OpenDocument>();
    const context: CheckContext = { index: new FactIndex([]), settings: readSettings({}).settings };
    let now = 0;
    let published: () => void = () => undefined;
    const checks = new DocumentChecks(
      { document: (uri) => docs.get(uri), contextFor: async () => context, publish: () => published(), error: (m) => assert.fail(m) },
      () => now,
    );
    const checked = () => new Promise<void>((resolve) => (published = resolve));
    const edit = async (version: number, text: string) => {
      docs.set('file:///a.md', { text, version, format: 'markdown' });
      const done = checked();
      checks.changed('file:///a.md', text, 0);
      assert.ok(!checks.pausedFor(1000), `version ${version} is not checked yet`);
      await done;
    };
    assert.ok(checks.pausedFor(1000), 'nothing open');
    await edit(1, 'Some 120,000 people left.');
    assert.ok(checks.pausedFor(1000), 'an open document, checked, never edited');
    now = 5000;
    await edit(2, 'Some 130,000 people left.');
    assert.ok(!checks.pausedFor(1000), 'edited just now');
    now = 5999;
    assert.ok(!checks.pausedFor(1000));
    now = 6000;
    assert.ok(checks.pausedFor(1000));
  });
});

describe('DocumentChecks publishing thousands of diagnostics', () => {
  it('makes their JSON ahead a slice at a time, then publishes them all; a newer version meanwhile is published instead', async () => {
    const uri = 'file:///long.md';
    const text = makeDraft(4 * 1024 * 1024);
    const docs = new Map<string, OpenDocument>([[uri, { text, version: 1, format: 'markdown' }]]);
    const context: CheckContext = { index: new FactIndex(loadBundledFacts()), settings: readSettings({ maxFileSizeKB: 100_000 }).settings };
    const made = new Set<Diagnostic>();
    const events: string[] = [];
    let published: Array<{ version: number | undefined; diagnostics: Diagnostic[] }> = [];
    let done: () => void = () => undefined;
    let edit: (() => void) | undefined;
    const checks = new DocumentChecks({
      document: (u) => docs.get(u),
      contextFor: async () => context,
      publish: (_u, version, diagnostics) => {
        published.push({ version, diagnostics });
        events.push(`publish ${version}`);
        done();
      },
      encodeAhead: (diagnostic) => {
        if (!made.size) events.push('encode');
        made.add(diagnostic);
        if (made.size === 100) edit?.();
        // As long as a diagnostic's JSON takes to make (~20 µs): time slices run out.
        for (const until = performance.now() + 0.02; performance.now() < until; );
      },
      error: (m) => assert.fail(m),
    });
    const publication = () => new Promise<void>((resolve) => (done = resolve));
    let next = publication();
    checks.changed(uri, text, 0);
    await next;
    const [first] = published;
    assert.ok(first.diagnostics.length >= 2000, `${first.diagnostics.length} diagnostics`);
    assert.ok(first.diagnostics.every((d) => made.has(d)), 'each made ahead');
    assert.deepStrictEqual(events, ['encode', 'publish 1']);

    // A version typed while the next publication is made: that one is given up.
    published = [];
    events.length = 0;
    made.clear();
    const second = `${text}\nSome 130,000 people left.\n`;
    docs.set(uri, { text: second, version: 2, format: 'markdown' });
    checks.recheckAll();
    edit = () => {
      edit = undefined;
      docs.set(uri, { text: `${second}More.\n`, version: 3, format: 'markdown' });
      checks.changed(uri, `${second}More.\n`, 0);
    };
    next = publication();
    await next;
    assert.deepStrictEqual(published.map((p) => p.version), [3]);
  });
});
