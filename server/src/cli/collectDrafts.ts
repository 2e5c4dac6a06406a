import fs = require('fs');
import path = require('path');
import { InputError } from '../node/readTextFile';

const DRAFT = /\.(md|markdown|txt)$/i;

/** The drafts named on the command line; a folder stands for the .md and .txt files under it. */
export function collectDrafts(args: string[]): string[] {
  const drafts: string[] = [];
  for (const arg of args) {
    let stat: fs.Stats;
    try {
      stat = fs.statSync(arg);
    } catch {
      throw new InputError(`${arg}: no such file or folder`);
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
  const real = fs.realpathSync(dir);
  if (seen.has(real)) return []; // a symlink loop
  seen.add(real);
  const out: string[] = [];
  for (const entry of fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
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
