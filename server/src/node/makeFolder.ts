import fs = require('fs');
import path = require('path');

/**
 * Makes a folder and those missing above it, one level at a time, each once. Node's recursive
 * mkdir tries again, forever, under a folder that exists but takes no new one (procfs: `/proc/self`).
 * Throws as `fs.mkdirSync` does when a folder cannot be made, or the path is a file.
 */
export function makeFolder(dir: string): void {
  const missing: string[] = [];
  let at = path.resolve(dir);
  let found: fs.Stats | undefined;
  // Ends at the root at the latest, which is there.
  while (!(found = statIfThere(at))) {
    missing.push(at);
    at = path.dirname(at);
  }
  if (!missing.length && !found.isDirectory()) throw Object.assign(new Error(`ENOTDIR: not a directory, mkdir '${dir}'`), { code: 'ENOTDIR' });
  for (const folder of missing.reverse()) {
    try {
      fs.mkdirSync(folder);
    } catch (e) {
      // Made meanwhile by another process sharing the folder: as good.
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST' || !fs.statSync(folder).isDirectory()) throw e;
    }
  }
}

function statIfThere(file: string): fs.Stats | undefined {
  try {
    return fs.statSync(file);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw e;
  }
}
