/*
 * `npm run bench`: runs every section (one file per measured thing), prints one table and writes
 * it to test/bench/results.md with the machine, Node version and date, so that changes over time
 * show in review. Figures are measured, never asserted: timed tests would fail on a busy machine.
 * `node out/test/bench/bench.js check peers` runs some sections only; results.md then says which.
 * Each section runs in a Node process of its own: the measuring side's heap (cspell's dictionaries,
 * a 10 MB draft's check) would otherwise slow the next section's clients with its collections.
 */
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { ROOT } from '../helpers/core';
import { checkRows } from './check';
import { completionRows } from './completion';
import { largeSourceRows } from './largeSource';
import { machineRows } from './machine';
import type { BenchRow } from './measure';
import { newsroomRows } from './newsroom';
import { peerRows } from './peers';
import { serverRows } from './server';
import { sourceBenchRows } from './sources';
import { transportRows } from './transport';
import { versusRows } from './versus';

const SECTIONS: Record<string, () => Promise<BenchRow[]>> = {
  check: checkRows,
  peers: peerRows,
  versus: versusRows,
  server: serverRows,
  transport: transportRows,
  machine: machineRows,
  completion: completionRows,
  sources: () => sourceBenchRows(),
  newsroom: newsroomRows,
  largeSource: largeSourceRows,
};

/** Runs one section in a fresh process, which prints its rows as JSON. */
function runSection(name: string): BenchRow[] {
  console.error(`bench: ${name}…`);
  const run = spawnSync(process.execPath, [...process.execArgv, __filename, '--section', name], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'], maxBuffer: 64 * 1024 * 1024 });
  if (run.status !== 0) throw new Error(`bench section ${name} exited ${run.status ?? run.signal}`);
  return JSON.parse(run.stdout) as BenchRow[];
}

async function main(): Promise<void> {
  if (process.argv[2] === '--section') {
    process.stdout.write(JSON.stringify(await SECTIONS[process.argv[3]]()));
    return;
  }
  const chosen = process.argv.slice(2);
  const names = Object.keys(SECTIONS).filter((name) => !chosen.length || chosen.includes(name));
  const rows = names.flatMap(runSection);
  const cpus = os.cpus();
  const table = [
    `Factline bench (${names.join(', ')}) — ${cpus[0].model} × ${cpus.length}, ${(os.totalmem() / 2 ** 30).toFixed(0)} GB, ${os.platform()} ${os.release()}, Node ${process.version}, ${new Date().toISOString().slice(0, 10)}`,
    '',
    '| measure | figure | target |',
    '| --- | --- | --- |',
    ...rows.map((row) => `| ${row.join(' | ')} |`),
    '',
  ].join('\n');
  console.log(table);
  fs.writeFileSync(path.join(ROOT, 'test', 'bench', 'results.md'), `# Bench results\n\nWritten by \`npm run bench\`.\n\n${table}`);
}

main().catch((e) => {
  console.error(e);
  process.exitCode = 1;
});
