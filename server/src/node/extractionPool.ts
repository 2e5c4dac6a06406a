import * as path from 'path';
import { Worker } from 'worker_threads';
import type { SourceFacts } from '../core/facts/buildFacts';
import type { FactCache } from './factCache';
import type { ArticleJob } from './loadSource';

/** A job as posted to a worker. */
export interface ExtractionRequest {
  id: number;
  job: ArticleJob;
}

/** A worker's answer: the article's facts, or the message of what extraction threw. */
export type ExtractionReply = { id: number; source: SourceFacts; error?: undefined } | { id: number; error: string; source?: undefined };

/** The worker died or the pool was closed before the job was done: the job itself is not to blame. */
export class WorkerFailure extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'WorkerFailure';
  }
}

/** Beside `extractionPool.js`, both in `dist/` (bundled) and in `out/` (compiled). */
const WORKER_FILE = path.join(__dirname, 'extractionWorker.js');

interface Pending {
  request: ExtractionRequest;
  resolve(source: SourceFacts): void;
  reject(e: Error): void;
}

interface Slot {
  worker: Worker;
  job?: Pending;
}

/**
 * Worker threads that extract articles, so that a thousand new sources load on every core while the
 * main thread answers requests. Each worker takes one job at a time; a worker that dies fails its
 * job with a `WorkerFailure` and is replaced for the next one. Extraction is the same code as on the
 * main thread, so the facts are the same.
 */
export class ExtractionPool {
  private readonly slots: Slot[] = [];
  private readonly queue: Pending[] = [];
  private nextId = 0;
  private closed = false;

  constructor(
    private readonly size: number,
    private readonly cache: FactCache | undefined,
    private readonly workerFile = WORKER_FILE,
  ) {}

  /** The article's facts, read for the index, and written to the cache when the job has a key. */
  extract(job: ArticleJob): Promise<SourceFacts> {
    if (this.closed) return Promise.reject(new WorkerFailure('the extraction pool is closed'));
    return new Promise<SourceFacts>((resolve, reject) => {
      this.queue.push({ request: { id: this.nextId++, job }, resolve, reject });
      this.dispatch();
    });
  }

  /** Stops every worker; jobs not done fail with a `WorkerFailure`. */
  async close(): Promise<void> {
    this.closed = true;
    for (const pending of this.queue.splice(0)) pending.reject(new WorkerFailure('the extraction pool was closed'));
    const slots = this.slots.splice(0);
    for (const slot of slots) slot.job?.reject(new WorkerFailure('the extraction pool was closed'));
    await Promise.all(slots.map((slot) => slot.worker.terminate()));
  }

  /** How many workers are running. */
  get workers(): number {
    return this.slots.length;
  }

  private dispatch(): void {
    while (this.queue.length) {
      let slot = this.slots.find((s) => !s.job);
      if (!slot && this.slots.length < this.size) slot = this.start();
      if (!slot) return;
      slot.job = this.queue.shift()!;
      slot.worker.postMessage(slot.job.request);
    }
  }

  private start(): Slot {
    const cache = this.cache && { root: this.cache.root, version: this.cache.version };
    const slot: Slot = { worker: new Worker(this.workerFile, { workerData: { cache } }) };
    this.slots.push(slot);
    slot.worker.on('message', (reply: ExtractionReply) => {
      const job = slot.job;
      if (!job || job.request.id !== reply.id) return;
      slot.job = undefined;
      if (reply.error !== undefined) job.reject(new Error(reply.error));
      else job.resolve(reply.source);
      this.dispatch();
    });
    // 'error' (an uncaught exception, or a worker file that cannot load) is followed by 'exit'.
    let failure = 'the extraction worker stopped';
    slot.worker.on('error', (e) => (failure = `the extraction worker failed: ${e.message}`));
    slot.worker.on('exit', (code) => {
      const at = this.slots.indexOf(slot);
      if (at < 0) return; // closed
      this.slots.splice(at, 1);
      slot.job?.reject(new WorkerFailure(`${failure} (exit code ${code}) while extracting ${slot.job.request.job.name}`));
      this.dispatch();
    });
    return slot;
  }
}
