import fs = require('fs');
import path = require('path');
import { bundleDigest } from './bundleDigest';

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

let version: string | undefined;

export function packageVersion(): string {
  return (version ??= JSON.parse(fs.readFileSync(path.join(packageRoot(), 'package.json'), 'utf8')).version);
}

let build: string | undefined;

/**
 * The package version and a digest of the running code (the bundle this module is in): what keys
 * extracted facts on disk. The version alone stays the same across builds whose extractors differ,
 * and a cache written by an older build would then serve facts this build would not extract.
 */
export function buildVersion(): string {
  return (build ??= `${packageVersion()}+${bundleDigest(__filename).slice(0, 16)}`);
}
