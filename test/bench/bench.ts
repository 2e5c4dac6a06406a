/*
 * Times Factline's check on drafts of 4 KB, 100 KB and 1 MB against the built-in fact base and
 * prints a table of medians. Run with `npm run bench`. Figures depend on the machine; the table
 * says which one.
 */
import * as os from 'os';
import { checkDocument } from '../../server/src/core/check/checkDocument';
import { FactIndex } from '../../server/src/core/match/factIndex';
import { loadBundledFacts } from '../../server/src/node/bundledFacts';
import { makeDraft } from './corpus';

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

function time(fn: () => unknown, runs: number): number[] {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = process.hrtime.bigint();
    fn();
    times.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  return times;
}

function main(): void {
  const index = new FactIndex(loadBundledFacts());
  const rows: string[][] = [];
  for (const [label, bytes, runs] of [['4 KB', 4 * 1024, 50], ['100 KB', 100 * 1024, 15], ['1 MB', 1024 * 1024, 7]] as const) {
    const draft = makeDraft(bytes);
    let mismatches = 0;
    let claims = 0;
    time(() => checkDocument(draft, 'markdown', index), 2); // warm-up: JIT and the date parser's cache
    const times = time(() => {
      const { findings } = checkDocument(draft, 'markdown', index);
      claims = findings.length;
      mismatches = findings.filter((f) => f.verdict === 'mismatch').length;
    }, runs);
    rows.push([label, String(draft.length), String(claims), String(mismatches), median(times).toFixed(1), Math.max(...times).toFixed(1)]);
  }
  console.log(`Factline check, built-in fact base — ${os.cpus()[0].model} × ${os.cpus().length}, Node ${process.version}, ${new Date().toISOString().slice(0, 10)}`);
  console.log('');
  const header = ['draft', 'chars', 'claims', 'mismatches', 'median ms', 'max ms'];
  console.log(`| ${header.join(' | ')} |`);
  console.log(`| ${header.map(() => '---').join(' | ')} |`);
  for (const row of rows) console.log(`| ${row.join(' | ')} |`);
}

main();
