import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { pathToFileURL } from 'url';
import { tempDir } from '../helpers/cli';
import { LspTestClient, Published } from '../helpers/lspClient';

/** Written alike, the two articles' turnouts have one subject: under one prefix, the second's was dropped. */
const VELDA = '# Velda election\n\nTurnout reached 67.4% in the Velda council election on 2 May 2023, officials said.\n';
const ORME = '# Orme election\n\nTurnout reached 58.1% in the Orme council election on 4 May 2024, officials said.\n';
const DRAFT = 'Turnout reached 61.4% in the Velda council election.\n\nTurnout reached 52.1% in the Orme council election.\n';

describe('language server with articles of one file name in different folders', function () {
  this.timeout(120_000);
  let client: LspTestClient | undefined;
  afterEach(async () => client?.stop());

  it("checks against both, the first article's facts renamed when the second appears, kept so in the cache, and named as before once it goes", async () => {
    const folder = tempDir();
    const cacheDir = path.join(tempDir(), 'cache');
    const first = path.join(folder, 'sources', '2023', 'report.md');
    const second = path.join(folder, 'sources', '2024', 'report.md');
    fs.mkdirSync(path.dirname(first), { recursive: true });
    fs.mkdirSync(path.dirname(second), { recursive: true });
    fs.writeFileSync(first, VELDA);
    fs.mkdirSync(path.join(folder, 'drafts'));
    const draftUri = pathToFileURL(path.join(folder, 'drafts', 'turnout.md')).href;
    const start = async () => {
      const started = await LspTestClient.start({ folders: [folder], initializationOptions: { cacheDir }, configuration: () => ({ useBundledFacts: false }), trace: 'verbose' });
      started.open(draftUri, DRAFT);
      return started;
    };
    const flags = (p: Published) => p.diagnostics.map((d) => [(d.data as { fix: string }).fix, (d.data as { factId: string }).factId]);
    const rested = (c: LspTestClient) => c.traces.filter((t) => /^fact base of .* rests on its set kept in the cache/.test(t.message)).length;
    const changed = (file: string, type: 1 | 3) => void client!.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: pathToFileURL(file).href, type }] });

    client = await start();
    const alone = await client.waitFor(draftUri, (p) => p.diagnostics.length > 0, 20_000);
    assert.deepStrictEqual(flags(alone), [['67.4%', 'report/turnout-reached']]);
    // Resting on its kept set, the base reads the article's facts from its cache entry.
    await client.until(() => (rested(client!) === 1 ? true : undefined), 30_000, () => 'the base resting on its kept set');

    fs.writeFileSync(second, ORME);
    changed(second, 1);
    const both = await client.waitFor(draftUri, (p) => p.diagnostics.length === 2, 30_000);
    assert.deepStrictEqual(flags(both), [
      ['67.4%', '2023-report/turnout-reached'],
      ['58.1%', '2024-report/turnout-reached'],
    ]);
    assert.deepStrictEqual(client.latest(pathToFileURL(second).href)?.diagnostics ?? [], [], 'no fact id is given twice');
    await client.until(() => (rested(client!) === 2 ? true : undefined), 30_000, () => 'the base of both resting on its kept set');
    await client.stop();

    // A warm start restores the set of both, with the prefixes it was kept with.
    client = await start();
    assert.deepStrictEqual(flags(await client.waitFor(draftUri, (p) => p.diagnostics.length > 0, 20_000)), flags(both));
    assert.ok(
      client.traces.some((t) => /^fact base of .* ready/.test(t.message) && /restored as a set from the cache/.test(t.verbose ?? '')),
      'restored, not read again',
    );

    fs.rmSync(second);
    changed(second, 3);
    const again = await client.waitFor(draftUri, (p) => p.diagnostics.length === 1, 30_000);
    assert.deepStrictEqual(flags(again), [['67.4%', 'report/turnout-reached']]);
  });
});
