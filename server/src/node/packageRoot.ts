import { createHash } from 'crypto';
import * as fs from 'fs';
import * as path from 'path';

let root: string | undefined;

/**
 * The folder of Factline's own package.json, found by walking up from this file: the same answer from
 * the bundle (`dist/`) and from compiled tests (`out/server/src/node/`).
 */
export function packageRoot(): string {
  if (root) return root;
  for (let dir = __dirname; ; dir = path.dirname(dir)) {
    const manifest = path.join(dir, 'package.json');
    if (fs.existsSync(manifest) && JSON.parse(fs.readFileSync(manifest, 'utf8')).name === 'factline') return (root = dir);
    if (path.dirname(dir) === dir) throw new Error(`Factline's package.json was not found above ${__dirname}`);
  }
}

export function packageVersion(): string {
  return JSON.parse(fs.readFileSync(path.join(packageRoot(), 'package.json'), 'utf8')).version;
}

let build: string | undefined;

/**
 * The package version and a digest of the running code (the bundle this module is in): what keys
 * extracted facts on disk. The version alone stays the same across builds whose extractors differ,
 * and a cache written by an older build would then serve facts this build would not extract.
 */
export function buildVersion(): string {
  return (build ??= `${packageVersion()}+${createHash('sha256').update(fs.readFileSync(__filename)).digest('hex').slice(0, 16)}`);
}
