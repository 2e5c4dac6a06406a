import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { ExtractionPool, WorkerFailure } from '../../server/src/node/extractionPool';
import { FactCache } from '../../server/src/node/factCache';
import { extractArticle } from '../../server/src/node/loadSource';
import { SourceLibrary } from '../../server/src/node/sourceLibrary';
import { article } from '../bench/sources';
import { SEED } from '../helpers/core';

/** A worker script of the pool's protocol that does what `behaviour` (JS, given `job`) says. */
function fakeWorker(dir: string, behaviour: string): string {
  const file = path.join(dir, `worker-${Math.random().toString(36).slice(2)}.js`);
  fs.writeFileSync(file, `const { parentPort } = require('worker_threads');\nparentPort.on('message', ({ id, job }) => { ${behaviour} });\n`);
  return file;
}

describe('ExtractionPool', () => {
  let dir: string;
  beforeEach(() => (dir = fs.mkdtempSync(path.join(os.tmpdir(), 'factline-pool-'))));
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('extracts in worker threads the facts and reading the main thread would, and caches them', async () => {
    const cache = new FactCache(dir, 'test');
    const pool = new ExtractionPool(2, cache);
    try {
      const jobs = [SEED, 'a.md', 'b.md'].map((name, i) => ({ name, text: i ? article(i) : fs.readFileSync(SEED, 'utf8'), key: `k${i}` }));
      const sources = await Promise.all(jobs.map((job) => pool.extract(job)));
      assert.strictEqual(pool.workers, 2);
      jobs.forEach((job, i) => {
        assert.deepStrictEqual(sources[i], extractArticle({ name: job.name, text: job.text }, undefined), job.name);
        assert.deepStrictEqual(cache.get(job.key), sources[i], `${job.name} cached`);
      });
    } finally {
      await pool.close();
    }
  });

  it('fails the job of a worker that dies, and starts another for the next job', async () => {
    const pool = new ExtractionPool(1, undefined, fakeWorker(dir, `if (job.name === 'fatal.md') process.exit(3); parentPort.postMessage({ id, error: 'cannot read ' + job.name });`));
    try {
      await assert.rejects(pool.extract({ name: 'fatal.md', text: '' }), (e: Error) => e instanceof WorkerFailure && /exit code 3/.test(e.message) && e.message.includes('fatal.md'));
      // What extraction threw is the job's own error, not the worker's.
      await assert.rejects(pool.extract({ name: 'next.md', text: '' }), (e: Error) => !(e instanceof WorkerFailure) && e.message === 'cannot read next.md');
    } finally {
      await pool.close();
    }
  });

  it('fails every job with a WorkerFailure when the worker cannot start', async () => {
    const pool = new ExtractionPool(2, undefined, path.join(dir, 'missing.js'));
    try {
      const results = await Promise.allSettled([pool.extract({ name: 'a.md', text: '' }), pool.extract({ name: 'b.md', text: '' })]);
      for (const r of results) assert.ok(r.status === 'rejected' && r.reason instanceof WorkerFailure, String(r.status === 'rejected' && r.reason));
    } finally {
      await pool.close();
    }
  });

  it('when closed, fails the jobs not done and stops its workers', async () => {
    const pool = new ExtractionPool(1, undefined, fakeWorker(dir, '/* never answers */'));
    const outcomes = Promise.allSettled([pool.extract({ name: 'a.md', text: '' }), pool.extract({ name: 'b.md', text: '' })]);
    assert.strictEqual(pool.workers, 1);
    await pool.close();
    for (const r of await outcomes) assert.ok(r.status === 'rejected' && r.reason instanceof WorkerFailure, 'the running job and the queued one');
    await assert.rejects(pool.extract({ name: 'c.md', text: '' }), WorkerFailure);
    assert.strictEqual(pool.workers, 0);
  });
});

describe('SourceLibrary with worker threads', () => {
  let dir: string;
  let files: string[];
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'factline-library-'));
    files = Array.from({ length: 6 }, (_, i) => path.join(dir, `report-${i}.md`));
    files.forEach((file, i) => fs.writeFileSync(file, article(i)));
    fs.writeFileSync(path.join(dir, 'binary.md'), Buffer.from([0, 1, 2]));
    files.push(path.join(dir, 'binary.md'));
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('loads what loading on the main thread loads, problems included', async () => {
    const inWorkers = await new SourceLibrary(new FactCache(path.join(dir, 'cache'), 'test'), { workers: 2 }).loadInBackground(files);
    const onMain = await new SourceLibrary(undefined, { workers: 0 }).loadInBackground(files);
    assert.deepStrictEqual(inWorkers, onMain);
    assert.strictEqual(onMain!.contributions.length, 6);
    assert.match(onMain!.problems[0].message, /binary/);
  });

  it('stops when abandoned, keeping what was finished, and the next load gives the full set', async () => {
    const library = new SourceLibrary(undefined, { workers: 2 });
    let asked = 0;
    assert.strictEqual(await library.loadInBackground(files, { abandoned: () => ++asked > 2 }), undefined);
    assert.deepStrictEqual(await library.loadInBackground(files), await new SourceLibrary(undefined, { workers: 0 }).loadInBackground(files));
  });
});
