import fs = require('fs');
import path = require('path');
import type { FactCache } from './factCache';
import { isWalkInsideFolder, splitStaticBase } from './sourceFiles';
import { stampOf } from './sourceLibrary';
import { settledAt } from './sourceSet';

/**
 * The files a folder's source patterns found, kept with the stamp of every folder the walk could
 * enter: while no folder's stamp changed, no file was added, removed or renamed in any of them, and
 * the patterns find the same files. A warm start with a thousand articles spent 27-31 ms finding
 * them again (a walk testing each file against each pattern, before V8 compiled the patterns),
 * where stating the folders kept takes a fraction of one; the articles' own stamps still vouch for
 * their contents (see `statArticle`).
 *
 * Kept only in the plain case: patterns inside the folder (relative, not climbing out of it), every
 * folder under their bases a real one (no link, which the walk may follow anywhere), and each
 * folder settled before the walk (see `settledAt`: a file added in the tick of the folder's last
 * change leaves its stamp as it was).
 */
export interface SourceListing {
  /** Each folder under the patterns' bases, with its stamp taken before the walk. */
  folders: Array<[string, string]>;
  files: string[];
}

/** The most folders stamped: a tree of more is found by walking it, as before. */
const MAX_FOLDERS = 1000;
/** Folders the walk for sources does not enter (see `findSourceFiles`). */
const NOT_ENTERED = new Set(['node_modules', '.git']);

/**
 * The stamps of every folder the patterns' walk could enter, taken before the walk; undefined
 * unless the patterns and folders are of the plain case (see `SourceListing`).
 */
export function stampFolders(patterns: readonly string[], folder: string | undefined, now = Date.now()): Array<[string, string]> | undefined {
  if (!folder || !patterns.length || !patterns.every(isWalkInsideFolder)) return undefined;
  const bases = [...new Set(patterns.map((p) => path.resolve(folder, splitStaticBase(p).base)))].sort();
  // A base inside another is walked with it.
  const roots = bases.filter((b, i) => !bases.slice(0, i).some((a) => b.startsWith(a.endsWith(path.sep) ? a : a + path.sep)));
  const folders: Array<[string, string]> = [];
  const walk = (dir: string): boolean => {
    let stat: fs.Stats;
    let entries: fs.Dirent[];
    try {
      stat = fs.lstatSync(dir);
      if (!stat.isDirectory() || !settledAt(stat, now)) return false;
      entries = fs.readdirSync(dir, { withFileTypes: true });
    } catch {
      return false;
    }
    folders.push([dir, stampOf(stat)]);
    if (folders.length > MAX_FOLDERS) return false;
    for (const e of entries) {
      if (e.isSymbolicLink()) return false;
      if (e.isDirectory() && !NOT_ENTERED.has(e.name) && !walk(path.join(dir, e.name))) return false;
    }
    return true;
  };
  return roots.every(walk) ? folders : undefined;
}

/** The files kept for these patterns of this folder, when every folder stamped with them is as it was; else undefined. */
export function keptSourceFiles(cache: FactCache, patterns: readonly string[], folder: string | undefined): string[] | undefined {
  if (!folder) return undefined;
  const listing = cache.getListing(listingName(patterns, folder), isSourceListing);
  if (!listing) return undefined;
  for (const [dir, stamp] of listing.folders) {
    try {
      if (stampOf(fs.lstatSync(dir)) !== stamp) return undefined;
    } catch {
      return undefined;
    }
  }
  return listing.files;
}

/** Keeps what `findSourceFiles` found for these patterns, with the folders' stamps taken before it walked them. */
export function keepSourceListing(cache: FactCache, patterns: readonly string[], folder: string, listing: SourceListing): boolean {
  return cache.setListing(listingName(patterns, folder), listing);
}

function listingName(patterns: readonly string[], folder: string): string {
  return JSON.stringify([folder, patterns]);
}

function isSourceListing(v: unknown): v is SourceListing {
  const l = v as Partial<SourceListing> | undefined;
  return (
    !!l &&
    Array.isArray(l.folders) &&
    l.folders.every((f) => Array.isArray(f) && f.length === 2 && typeof f[0] === 'string' && typeof f[1] === 'string') &&
    Array.isArray(l.files) &&
    l.files.every((f) => typeof f === 'string')
  );
}
