/*
 * A worker thread of an `ExtractionPool`: extracts the articles it is sent, one at a time, writes
 * them to the cache, and posts each back.
 */
import { parentPort, workerData } from 'worker_threads';
import { FactCache } from './factCache';
import type { ExtractionReply, ExtractionRequest } from './extractionPool';
import { extractArticle } from './loadSource';

const { cache } = workerData as { cache?: { root: string; version: string } };
const factCache = cache ? new FactCache(cache.root, cache.version) : undefined;

parentPort!.on('message', ({ id, job }: ExtractionRequest) => {
  let reply: ExtractionReply;
  try {
    reply = { id, source: extractArticle(job, factCache) };
  } catch (e) {
    reply = { id, error: e instanceof Error ? e.message : String(e) };
  }
  parentPort!.postMessage(reply);
});
