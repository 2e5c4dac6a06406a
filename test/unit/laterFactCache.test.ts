import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { buildFacts } from '../../server/src/core/facts/buildFacts';
import { readSource } from '../../server/src/core/match/sourceReading';
import { runSteps } from '../../server/src/core/steps';
import { FactCache } from '../../server/src/node/factCache';
import { LaterFactCache } from '../../server/src/node/laterFactCache';
import { alone } from '../helpers/core';

describe('LaterFactCache', () => {
  let dir: string;
  beforeEach(() => (dir = fs.mkdtempSync(path.join(os.tmpdir(), 'factline-later-'))));
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  const sources = Array.from({ length: 5 }, (_, i) => {
    const text = `# Report ${i}\n\nShares in Arden${i} Holdings fell ${i + 3}% on 4 May 2024 after ${100 + i} jobs were cut.\n`;
    const source = buildFacts(alone(`r${i}.md`, text));
    source.reading = readSource(source);
    return { bytes: Buffer.from(text), source };
  });

  function setAll(later: LaterFactCache): string[] {
    return sources.map(({ bytes, source }) => {
      const key = later.key(bytes, source.file, 'r');
      later.set(key, source);
      return key;
    });
  }

  /** Waits, up to half a second, until every entry is on disk. */
  async function untilWritten(cache: FactCache, keys: string[]): Promise<void> {
    for (let turn = 0; turn < 100 && !keys.every((k) => fs.existsSync(cache.fileOf(k))); turn++) await new Promise((resolve) => setTimeout(resolve, 5));
    assert.ok(keys.every((k) => fs.existsSync(cache.fileOf(k))), 'all entries written');
  }

  it('writes nothing when an entry is set, gives it back, and writes it as FactCache would on flush', () => {
    const cache = new FactCache(path.join(dir, 'later'), 'test');
    const later = new LaterFactCache(cache);
    const direct = new FactCache(path.join(dir, 'direct'), 'test');
    for (const { bytes, source } of sources) {
      const key = later.key(bytes, source.file, 'r');
      later.set(key, source);
      assert.strictEqual(runSteps(later.getting(key)), source);
      assert.ok(!fs.existsSync(cache.fileOf(key)));
      direct.set(key, source);
    }
    later.flush();
    for (const { bytes, source } of sources) {
      const key = later.key(bytes, source.file, 'r');
      assert.deepStrictEqual(fs.readFileSync(cache.fileOf(key)), fs.readFileSync(direct.fileOf(key)));
    }
  });

  it('writes the waiting entries when idle, a slice at a time', async () => {
    const cache = new FactCache(dir, 'test');
    const later = new LaterFactCache(cache, 0);
    const keys = setAll(later);
    // With no time for a slice, each turn takes one step of writing an entry.
    await new Promise((resolve) => setTimeout(resolve, 1));
    assert.ok(keys.some((k) => !fs.existsSync(cache.fileOf(k))), 'not all in one turn');
    await untilWritten(cache, keys);
    assert.deepStrictEqual(cache.get(keys[0]), sources[0].source);
  });

  it('holds the writes back while a load holds them, and writes them when idle once it is done', async () => {
    const cache = new FactCache(dir, 'test');
    const later = new LaterFactCache(cache);
    const release = later.hold();
    const keys = setAll(later);
    await new Promise((resolve) => setTimeout(resolve, 20));
    assert.ok(keys.every((k) => !fs.existsSync(cache.fileOf(k))), 'nothing written while held');
    release();
    release(); // a second call changes nothing
    await untilWritten(cache, keys);
    // An entry set with nothing held is written when idle, without being asked.
    const extra = buildFacts(alone('extra.md', 'Shares fell 4% on 4 May 2024.\n'));
    const key = later.key(Buffer.from('extra'), 'extra.md', 'extra');
    later.set(key, extra);
    await untilWritten(cache, [key]);
  });
});
