import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { ROOT } from './core';

export const CLI = path.join(ROOT, 'dist', 'factline.js');

export interface CliResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs the built `factline` binary as a user would. */
export function factline(args: string[], cwd = ROOT, user: { uid?: number; gid?: number } = {}): CliResult {
  if (!fs.existsSync(CLI)) throw new Error(`${CLI} is missing: run npm run build first`);
  const r = spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: 'utf8', ...user });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/**
 * As `factline`, by a user whom a file's mode binds: root reads what it likes, so under root it runs
 * as nobody (65534), and the files it is given must be where nobody can reach them.
 */
export function factlineUnprivileged(args: string[]): CliResult {
  return factline(args, ROOT, process.getuid?.() === 0 ? { uid: 65534, gid: 65534 } : {});
}

/** A fresh temporary folder, removed after the current mocha suite. */
export function tempDir(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'factline-test-'));
  after(() => fs.rmSync(dir, { recursive: true, force: true }));
  return dir;
}
