import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { pathToFileURL } from 'url';
import { tempDir } from '../helpers/cli';
import { ROOT } from '../helpers/core';
import { LspTestClient } from '../helpers/lspClient';

const CACHE = path.join(ROOT, 'dist', 'language-server.js.v8cache');
const DRAFT = 'Some 130,000 former residents fled.\n';

/**
 * Starts the server, checks a draft with the built-in facts, then does `after` (if any), and stops
 * it (which writes a missing cache).
 */
async function serveOnce(draft = DRAFT, mismatches = 1, after?: (client: LspTestClient) => Promise<void>): Promise<void> {
  const client = await LspTestClient.start();
  try {
    const uri = pathToFileURL(path.join(tempDir(), 'draft.md')).href;
    client.open(uri, draft);
    const published = await client.waitForCurrent(uri, 20000);
    assert.strictEqual(published.diagnostics.length, mismatches);
    await after?.(client);
  } finally {
    await client.stop();
  }
}

/** Work a session may do once its start is over, running code its first check did not: another draft, a hover, code actions. */
async function moreWork(client: LspTestClient): Promise<void> {
  const uri = pathToFileURL(path.join(tempDir(), 'other.md')).href;
  const text = fs.readFileSync(path.join(ROOT, 'examples', 'draft.md'), 'utf8');
  client.open(uri, text);
  const published = await client.waitForCurrent(uri, 20000);
  const range = published.diagnostics[0].range;
  await client.hover(uri, range.start);
  await client.codeActions(uri, range, undefined, published.diagnostics);
}

describe('the V8 code cache of the language server', function () {
  this.timeout(30000);

  it('is written when missing and used as it is at the next start', async () => {
    fs.rmSync(CACHE, { force: true });
    await serveOnce();
    const written = fs.readFileSync(CACHE);
    await serveOnce();
    assert.ok(fs.readFileSync(CACHE).equals(written), 'an accepted cache is not written again');
  });

  it('made by a session that compiled little is replaced by one made after a fuller check', async () => {
    fs.rmSync(CACHE, { force: true });
    await serveOnce('Nothing to check here.\n', 0);
    const thin = fs.readFileSync(CACHE);
    await serveOnce(fs.readFileSync(path.join(ROOT, 'examples', 'draft.md'), 'utf8'), 4);
    assert.ok(fs.readFileSync(CACHE).length > thin.length, `a cache of ${thin.length} bytes replaced by a larger one`);
  });

  it("holds what a start compiled, taken at the writer's first pause after its first diagnostics, not what the session did after", async () => {
    const size = async (after?: (client: LspTestClient) => Promise<void>) => {
      fs.rmSync(CACHE, { force: true });
      await serveOnce(DRAFT, 1, after);
      return fs.statSync(CACHE).size;
    };
    const start = await size();
    // The same work before the pause: the cache, taken as the session exits, holds it.
    const busy = await size(moreWork);
    assert.ok(busy > start * 1.02, `the work after a start compiles more (${busy} bytes against ${start})`);
    const settled = await size(async (client) => {
      await new Promise((resolve) => setTimeout(resolve, 1500));
      await moreWork(client);
    });
    assert.ok(settled <= start * 1.02, `a cache of ${settled} bytes, against ${start} for the start alone and ${busy} with the work after it`);
  });

  for (const [damage, spoil] of [
    ['garbage', () => fs.writeFileSync(CACHE, 'not a code cache')],
    ['one flipped byte in its V8 data', () => {
      const bytes = fs.readFileSync(CACHE);
      bytes[bytes.length >> 1] ^= 0xff;
      fs.writeFileSync(CACHE, bytes);
    }],
    ['the cache of another bundle', () => {
      const bytes = fs.readFileSync(CACHE);
      bytes[0] ^= 0xff;
      fs.writeFileSync(CACHE, bytes);
    }],
  ] as Array<[string, () => void]>) {
    it(`holding ${damage} is ignored: the server serves and replaces it`, async () => {
      if (!fs.existsSync(CACHE)) await serveOnce();
      spoil();
      const spoilt = fs.readFileSync(CACHE);
      await serveOnce();
      assert.ok(!fs.readFileSync(CACHE).equals(spoilt), 'replaced');
    });
  }
});
