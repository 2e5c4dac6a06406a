/**
 * `node out/test/bench/amongManySources.js [SET] [--json FILE]`: scores a labelled set (`test/fixtures/accuracy`
 * unless given) as the evaluation does, but with each draft checked against every source of the set
 * and the bench's 1,000 generated articles at once, as in a newsroom's workspace, rather than against
 * its own source alone. Prints `score.py`'s table. Run by `score.py` with `check …`, it is the CLI
 * with the `--source` it is given replaced by all of those (and a cache, so each draft takes a second).
 * `FACTLINE_CLI=…/dist/factline.js` scores another build; `--json FILE` keeps `score.py`'s report of
 * each draft there, to tell which claims a change flags.
 */
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { ROOT } from '../helpers/core';
import { newsroomSources } from './sources';

/** The CLI scored: this checkout's, or another's (`FACTLINE_CLI`), to compare. */
const CLI = process.env.FACTLINE_CLI ?? path.join(ROOT, 'dist', 'factline.js');
const SCORE = path.join(ROOT, '..', 'shared', 'eval', 'score.py');

function asCheck(args: string[]): number {
  const dir = process.env.FACTLINE_MANY_SOURCES!;
  const kept: string[] = [];
  for (let i = 0; i < args.length; i++) {
    if (args[i] === '--source') i++;
    else kept.push(args[i]);
  }
  const sources = fs.readdirSync(dir).flatMap((f) => ['--source', path.join(dir, f)]);
  const run = spawnSync(process.execPath, [CLI, 'check', ...sources, '--cache', path.join(dir, '..', 'cache'), ...kept], { stdio: 'inherit' });
  return run.status ?? 2;
}

function score(set: string, json: string | undefined): number {
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'factline-many-'));
  const dir = path.join(work, 'sources');
  fs.mkdirSync(dir);
  for (const { name, text } of newsroomSources(set)) fs.writeFileSync(path.join(dir, name), text);
  try {
    const report = json === undefined ? [] : ['--json', path.resolve(json)];
    const run = spawnSync('python3', [SCORE, '--cmd', `${process.execPath} ${__filename}`, ...report, set], { stdio: 'inherit', env: { ...process.env, FACTLINE_MANY_SOURCES: dir } });
    return run.status ?? 2;
  } finally {
    fs.rmSync(work, { recursive: true, force: true });
  }
}

function scoreArgs(args: string[]): number {
  const at = args.indexOf('--json');
  const json = at >= 0 ? args[at + 1] : undefined;
  if (at >= 0 && json === undefined) {
    console.error('amongManySources: --json needs a file to write');
    return 2;
  }
  const rest = at >= 0 ? [...args.slice(0, at), ...args.slice(at + 2)] : args;
  return score(path.resolve(rest[0] ?? path.join(ROOT, 'test', 'fixtures', 'accuracy')), json);
}

process.exitCode = process.argv[2] === 'check' ? asCheck(process.argv.slice(3)) : scoreArgs(process.argv.slice(2));
