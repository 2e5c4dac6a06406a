import { createHash } from 'crypto';
import fs = require('fs');
import { createRequire, Module } from 'module';
import path = require('path');
import vm = require('vm');
import { digestOfBundle } from './bundleDigest';

/** A cache file starts with the key of the bundle it was made from, then the hash of the V8 data that follows. */
const HEADER_BYTES = 64;

/**
 * Runs a CommonJS bundle as `require` would, but from V8's compiled code kept in `cacheFile` when
 * that was made from this very bundle by this Node: compiling the language server's half a megabyte
 * and the functions its first check needs is a good part of its start. The file holds only what V8
 * made of our own bundle; one that does not match (another bundle, another Node, a damaged file) is
 * ignored, and so is any error in reading or writing it: the bundle then runs as it would without.
 * The cache holds what V8 had compiled when the bundle said its start was over (`startSettled`),
 * else when the process exits; it is written as the process exits, when there was no usable one or
 * this session's start compiled notably more than it held: a first session that only opened a line
 * of text would otherwise leave every later start compiling the rest of a check afresh. A start
 * deserializes all the cache holds: one taken as a session of a thousand articles' cold load
 * ended held its extracting, indexing and keeping too, 20% more, and a warm start took 2-10 ms longer.
 */
export function runWithCodeCache(bundle: string, cacheFile: string): void {
  const bytes = fs.readFileSync(bundle);
  const text = bytes.toString('utf8');
  // Blanked rather than cut, so that the source keeps its length and its lines.
  const source = Module.wrap(text.startsWith('#!') ? `//${text.slice(2)}` : text);
  // Of the file's bytes, which make the source: hashing the source text made a UTF-8 copy of its
  // half a megabyte first, and took several times longer. Their digest is left for the bundle too.
  const key = createHash('sha256').update(`${process.version} ${process.arch}\0${digestOfBundle(bundle, bytes)}`).digest();
  const cachedData = readCache(cacheFile, key);
  const script = new vm.Script(source, { filename: bundle, cachedData });
  const held = cachedData && !script.cachedDataRejected ? cachedData.length : 0;
  let settled: Buffer | undefined;
  (globalThis as WithSettle)[SETTLE] = () => {
    settled ??= script.createCachedData();
  };
  process.once('exit', () => writeCache(cacheFile, key, settled ?? script.createCachedData(), held));
  const module = new Module(bundle, require.main);
  module.filename = bundle;
  (script.runInThisContext() as (...args: unknown[]) => void).call(module.exports, module.exports, createRequire(bundle), module, bundle, path.dirname(bundle));
}

function readCache(file: string, key: Buffer): Buffer | undefined {
  try {
    const bytes = fs.readFileSync(file);
    const data = bytes.subarray(HEADER_BYTES);
    if (bytes.length <= HEADER_BYTES || !bytes.subarray(0, 32).equals(key)) return undefined;
    return bytes.subarray(32, HEADER_BYTES).equals(createHash('sha256').update(data).digest()) ? data : undefined;
  } catch {
    return undefined;
  }
}

/** How much more V8 data than the cache held a session must have made for its cache to replace it. */
const GROWTH = 1.02;

function writeCache(file: string, key: Buffer, data: Buffer, held: number): void {
  const partial = `${file}.${process.pid}.tmp`;
  try {
    // Only when larger by a margin: V8 drops the bytecode of functions unused for a while, so a long
    // session may hold less than the cache it started from.
    if (data.length < held * GROWTH) return;
    fs.writeFileSync(partial, Buffer.concat([key, createHash('sha256').update(data).digest(), data]));
    // Renamed into place whole: a server starting meanwhile reads the old file or the new one.
    fs.renameSync(partial, file);
  } catch {
    // A folder we cannot write (a shared install): the server starts without a cache, as before.
    fs.rmSync(partial, { force: true });
  }
}

/** Where the launcher leaves what takes V8's data as the start made it: the launcher and the bundle are built apart. */
const SETTLE = Symbol.for('factline.codeCacheSettle');

type WithSettle = typeof globalThis & { [SETTLE]?: () => void };

/**
 * Tells the launcher, if the bundle runs under one, that the start is over: the code cache is taken
 * as V8 has it now (~20 ms, once), whatever the session does after.
 */
export function startSettled(): void {
  (globalThis as WithSettle)[SETTLE]?.();
}
