import { createHash } from 'crypto';
import fs = require('fs');

/**
 * The digests of the bundles this process runs, by file, left by the launcher that hashed each to
 * key its code cache (see `runWithCodeCache`): the launcher and the bundle are built apart and share
 * only the process's globals. The bundle would otherwise read and hash its own 700 KB again for
 * `buildVersion`, a few milliseconds of every start.
 */
const DIGESTS = Symbol.for('factline.bundleDigests');

type WithDigests = typeof globalThis & { [DIGESTS]?: Map<string, string> };

/** The SHA-256 of `bytes` (in hex), noted as the digest of `file`, which holds them. */
export function digestOfBundle(file: string, bytes: Uint8Array): string {
  const digest = createHash('sha256').update(bytes).digest('hex');
  ((globalThis as WithDigests)[DIGESTS] ??= new Map()).set(file, digest);
  return digest;
}

/** The SHA-256 of the file's bytes (in hex): as noted by the launcher, or read and hashed. */
export function bundleDigest(file: string): string {
  return (globalThis as WithDigests)[DIGESTS]?.get(file) ?? digestOfBundle(file, fs.readFileSync(file));
}
