import fs = require('fs');
import path = require('path');
import { InputError, inputErrorOf } from '../node/readTextFile';

const DRAFT = /\.(md|markdown|txt)$/i;

/** The drafts named on the command line; a folder stands for the .md and .txt files under it. */
export function collectDrafts(args: string[]): string[] {
  const drafts: string[] = [];
  for (const arg of args) {
    let stat: fs.Stats;
    try {
      stat = fs.statSync(arg);
    } catch (e) {
      // A draft may be a file or a folder: "no such file" alone would say too little.
      throw (e as NodeJS.ErrnoException).code === 'ENOENT' ? new InputError(`${arg}: no such file or folder`) : inputErrorOf(arg, e);
    }
    if (!stat.isDirectory()) {
      drafts.push(arg);
      continue;
    }
    const found = walk(arg);
    if (!found.length) throw new InputError(`${arg}: no .md or .txt drafts in this folder`);
    drafts.push(...found);
  }
  return drafts;
}

function walk(dir: string, seen = new Set<string>()): string[] {
  const real = reading(dir, () => fs.realpathSync(dir));
  if (seen.has(real)) return []; // a symlink loop
  seen.add(real);
  const out: string[] = [];
  for (const entry of reading(dir, () => fs.readdirSync(dir, { withFileTypes: true })).sort((a, b) => a.name.localeCompare(b.name))) {
    if (entry.name.startsWith('.') || entry.name === 'node_modules') continue;
    const full = path.join(dir, entry.name);
    const isDir = entry.isDirectory() || (entry.isSymbolicLink() && safeIsDirectory(full));
    if (isDir) out.push(...walk(full, seen));
    else if (DRAFT.test(entry.name)) out.push(full);
  }
  return out;
}

function safeIsDirectory(file: string): boolean {
  try {
    return fs.statSync(file).isDirectory();
  } catch {
    return false;
  }
}

/** What `read` gives of a folder; a failure is an InputError naming the folder. */
function reading<T>(dir: string, read: () => T): T {
  try {
    return read();
  } catch (e) {
    throw inputErrorOf(dir, e);
  }
}
