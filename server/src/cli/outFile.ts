import fs = require('fs');
import { InputError, systemReason } from '../node/readTextFile';

/**
 * Refuses an `extract --out` that is one of the sources being read, by any path or link to it:
 * the fact file would replace the article it was extracted from.
 */
export function refuseSourceAsOut(out: string, sources: string[]): void {
  const target = statOrUndefined(out);
  if (!target) return;
  const source = sources.find((file) => {
    const read = statOrUndefined(file);
    return read !== undefined && read.dev === target.dev && read.ino === target.ino;
  });
  if (source !== undefined) throw new InputError(`--out ${out}: is the source ${source}; writing there would replace it`);
}

/** Writes the fact file `extract --out` names; a failure is an InputError saying why. */
export function writeOutFile(out: string, text: string): void {
  try {
    fs.writeFileSync(out, text);
  } catch (e) {
    // Writing, "no such file" means a folder on the way is missing.
    const reason = (e as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such folder' : systemReason(e);
    throw new InputError(`--out ${out}: cannot write: ${reason}`);
  }
}

function statOrUndefined(file: string): fs.Stats | undefined {
  try {
    return fs.statSync(file);
  } catch {
    return undefined;
  }
}
