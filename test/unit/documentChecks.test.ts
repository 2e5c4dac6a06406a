import * as assert from 'assert';
import { FactIndex } from '../../server/src/core/match/factIndex';
import { CheckContext, DocumentChecks, OpenDocument } from '../../server/src/lsp/documentChecks';
import { readSettings } from '../../server/src/lsp/settings';

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
