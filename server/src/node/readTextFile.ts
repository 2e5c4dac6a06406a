import * as fs from 'fs';

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

/** Reads a text file; every failure is an InputError saying which file and why. */
export function readTextFile(file: string, maxBytes = Infinity): string {
  let stat: fs.Stats;
  try {
    stat = fs.statSync(file);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new InputError(`${file}: ${code === 'ENOENT' ? 'no such file' : code === 'EACCES' ? 'permission denied' : (e as Error).message}`);
  }
  if (stat.isDirectory()) throw new InputError(`${file}: is a directory`);
  if (stat.size > maxBytes) throw new InputError(`${file}: too large (${Math.round(stat.size / 1024)} KB, limit ${Math.round(maxBytes / 1024)} KB)`);
  let bytes: Buffer;
  try {
    bytes = fs.readFileSync(file);
  } catch (e) {
    throw new InputError(`${file}: ${(e as Error).message}`);
  }
  return decodeText(bytes, file);
}
