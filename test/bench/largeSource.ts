/*
 * Bench rows for one source article of megabytes (made as the check's drafts are, 5 MB): from a
 * draft opened to its fact base built, with a cold disk cache and a warm one, and the longest a
 * request waited meanwhile (and, cold, until the article's cache entry was written). The article
 * is extracted, indexed and written a step at a time between requests; in one go it held the
 * server 7-12 s.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { pathToFileURL } from 'url';
import { LspTestClient } from '../helpers/lspClient';
import { makeDraft } from './corpus';
import { BenchRow, elapsedMs, ms } from './measure';
import { longestWait, requestsWhile } from './transport';

const MEGABYTES = 5;

export async function largeSourceRows(): Promise<BenchRow[]> {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'factline-bench-large-source-'));
  const cacheDir = path.join(folder, '.cache');
  fs.mkdirSync(path.join(folder, 'sources'));
  fs.writeFileSync(path.join(folder, 'sources', 'long-report.md'), makeDraft(MEGABYTES * 1024 * 1024));
  const written = () => fs.existsSync(cacheDir) && (fs.readdirSync(cacheDir, { recursive: true }) as string[]).some((f) => f.endsWith('.json'));
  const rows: BenchRow[] = [];
  try {
    for (const cache of ['cold', 'warm'] as const) {
      const client = await LspTestClient.start({ folders: [folder], initializationOptions: { cacheDir }, configuration: () => ({ useBundledFacts: false }) });
      try {
        const uri = pathToFileURL(path.join(folder, 'draft.md')).href;
        client.open(uri, 'About 130,000 people had left by the end of September 2023.\n');
        const opened = process.hrtime.bigint();
        let built: number | undefined;
        void client.connection.sendRequest('factline/factBase', { uri, withFacts: false }).then(() => (built = elapsedMs(opened)));
        const waits = await requestsWhile(client.connection, () => built === undefined || (cache === 'cold' && !written()));
        rows.push([`a ${MEGABYTES} MB source article, ${cache} cache: draft opened → fact base built`, ms(built!), '']);
        rows.push([`  … longest a request waited meanwhile${cache === 'cold' ? ', and until the article was written to the cache' : ''}`, longestWait(waits), '']);
      } finally {
        await client.stop();
      }
    }
  } finally {
    fs.rmSync(folder, { recursive: true, force: true });
  }
  return rows;
}
