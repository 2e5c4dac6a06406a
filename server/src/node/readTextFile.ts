import fs = require('fs');

/** An input that cannot be read as text, with a one-line reason naming it. */
export class InputError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'InputError';
  }
}

const decoder = new TextDecoder('utf-8', { fatal: true });

/** Whether bytes look like a binary file rather than text: NUL bytes in the first few kilobytes. */
export function looksBinary(bytes: Uint8Array): boolean {
  const head = bytes.subarray(0, 8192);
  return head.includes(0);
}

/** Decodes UTF-8 text (a BOM is dropped); binary or non-UTF-8 bytes are an InputError. */
export function decodeText(bytes: Uint8Array, name: string): string {
  if (looksBinary(bytes)) throw new InputError(`${name}: binary file, not text`);
  try {
    return decoder.decode(bytes).replace(/^\uFEFF/, '');
  } catch {
    throw new InputError(`${name}: not valid UTF-8 text`);
  }
}

/** Fills `into` from the file `fd` at `at`; throws when the file ends first. */
export function readFully(fd: number, into: Uint8Array, at: number): void {
  for (let done = 0; done < into.length; ) {
    const n = fs.readSync(fd, into, done, into.length - done, at + done);
    if (n === 0) throw new Error(`the file ended ${into.length - done} bytes early`);
    done += n;
  }
}

/** Reads a text file; every failure is an InputError saying which file and why. */
export function readTextFile(file: string, maxBytes = Infinity): string {
  return decodeText(readFileBytes(file, maxBytes), file);
}

/** Reads a file's bytes, refusing folders and files over `maxBytes`; every failure is an InputError. */
export function readFileBytes(file: string, maxBytes = Infinity): Buffer {
  let stat: fs.Stats;
  try {
    stat = fs.statSync(file);
  } catch (e) {
    throw inputErrorOf(file, e);
  }
  checkStat(file, stat, maxBytes);
  let bytes: Buffer;
  try {
    bytes = fs.readFileSync(file);
  } catch (e) {
    throw inputErrorOf(file, e);
  }
  // A file that grew between the stat and the read (being written) is judged by what was read.
  if (bytes.length > maxBytes) throw tooLarge(file, bytes.length, maxBytes);
  return bytes;
}

/** As `readFileBytes`, without blocking the event loop while the disk answers. */
export async function readFileBytesAsync(file: string, maxBytes = Infinity): Promise<Buffer> {
  let stat: fs.Stats;
  try {
    stat = await fs.promises.stat(file);
  } catch (e) {
    throw inputErrorOf(file, e);
  }
  checkStat(file, stat, maxBytes);
  let bytes: Buffer;
  try {
    bytes = await fs.promises.readFile(file);
  } catch (e) {
    throw inputErrorOf(file, e);
  }
  if (bytes.length > maxBytes) throw tooLarge(file, bytes.length, maxBytes);
  return bytes;
}

function checkStat(file: string, stat: fs.Stats, maxBytes: number): void {
  if (stat.isDirectory()) throw new InputError(`${file}: is a directory`);
  if (!stat.isFile()) throw new InputError(`${file}: not a regular file`);
  if (stat.size > maxBytes) throw tooLarge(file, stat.size, maxBytes);
}

function tooLarge(file: string, size: number, maxBytes: number): InputError {
  return new InputError(`${file}: too large (${Math.round(size / 1024)} KB, limit ${Math.round(maxBytes / 1024)} KB)`);
}

/** A failed read said in a few words: a missing file, a forbidden one, a loop of links. */
export function inputErrorOf(file: string, e: unknown): InputError {
  return new InputError(`${file}: ${systemReason(e)}`);
}

/** Why a file operation failed, in a few words without the system call and path Node adds. */
export function systemReason(e: unknown): string {
  const code = (e as NodeJS.ErrnoException).code;
  const message = (e as Error).message;
  if (code === 'ENOENT') return 'no such file';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  if (code === 'ELOOP') return 'too many levels of symbolic links';
  if (code === 'EISDIR') return 'is a directory';
  // Node writes "ENOSPC: no space left on device, write": the system's words are the reason.
  return (code && new RegExp(`^${code}: ([^,]+)`).exec(message)?.[1]) || message;
}
