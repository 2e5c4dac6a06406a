import fs = require('fs');
import path = require('path');
import { promisify } from 'util';
import picomatch from 'picomatch';
import { glob, isDynamicPattern } from 'tinyglobby';
import { FACT_FILE, SOURCE_EXTENSIONS } from './loadSource';

/** More matches than this means a glob that caught far more than articles (a home folder, say). */
export const MAX_SOURCE_FILES = 5000;

/**
 * The most folders a pattern's walk reads. A pattern from the root ("/**") walked into /proc, whose
 * links lead back to the root, for ever: the server's memory grew by gigabytes and it stopped
 * answering. A newsroom's folder of articles has hundreds.
 */
export const MAX_WALKED_FOLDERS = 20_000;

export interface SourceFiles {
  files: string[];
  /** Patterns that were refused or matched too much, said in a sentence each. */
  problems: string[];
}

/**
 * The files `factline.sources` names. Relative patterns are read inside the workspace folder and
 * may not climb out of it; absolute ones are the user's own choice, so they are taken as given
 * (except in an untrusted workspace, where the settings may come from the workspace itself).
 * Folders are walked asynchronously, so a pattern that catches a huge tree does not stall the server.
 */
export async function findSourceFiles(patterns: readonly string[], folder: string | undefined, options: { trusted: boolean }): Promise<SourceFiles> {
  const inOneWalk = folder !== undefined && patterns.length > 1 && patterns.every(isWalkInsideFolder);
  const together = inOneWalk ? await findTogether(patterns, folder) : undefined;
  if (together) return together;
  const files = new Set<string>();
  const problems: string[] = [];
  const seen = new Set<string>();
  for (const pattern of patterns) {
    const absolute = path.isAbsolute(pattern);
    if (absolute && !options.trusted) {
      problems.push(`source pattern "${pattern}" ignored: absolute paths are not read in an untrusted workspace`);
      continue;
    }
    if (!absolute && !folder) continue;
    if (!absolute && escapesFolder(pattern)) {
      problems.push(`source pattern "${pattern}" ignored: it leads out of the workspace folder (use an absolute path for sources elsewhere)`);
      continue;
    }
    const cwd = absolute ? path.parse(pattern).root : folder!;
    const relative = absolute ? path.relative(cwd, pattern).split(path.sep).join('/') : pattern;
    let matched: string[];
    try {
      const walked = isDynamicPattern(relative) ? await globFiles(relative, cwd) : { matched: [path.resolve(cwd, relative)], cut: false };
      matched = walked.matched;
      if (walked.cut) problems.push(`source pattern "${pattern}" leads through more than ${MAX_WALKED_FOLDERS} folders; only the files found in the first ${MAX_WALKED_FOLDERS} are read — narrow it down`);
    } catch (e) {
      problems.push(`source pattern "${pattern}" could not be read: ${(e as Error).message}`);
      continue;
    }
    // Shortest paths first: of a file reached directly and through a link, the direct path is kept.
    let sources = matched.filter((f) => SOURCE_EXTENSIONS.test(f) || FACT_FILE.test(f)).sort((a, b) => a.length - b.length || (a < b ? -1 : a > b ? 1 : 0));
    const tooMany = files.size + sources.length > MAX_SOURCE_FILES;
    if (tooMany) sources = sources.slice(0, MAX_SOURCE_FILES - files.size);
    // A link inside the folder may point anywhere (`sources/notes.md` → a file in the home folder):
    // what a relative pattern reads must really be inside the folder. A loop of links, or two links
    // to one file, must not read it twice.
    const real = await realPaths(sources);
    const root = absolute ? undefined : await realFolder(folder!);
    const outside = new Set(sources.filter((_, i) => root !== undefined && real[i] !== undefined && !real[i]!.startsWith(root)));
    if (outside.size) problems.push(`source pattern "${pattern}": ${outside.size} file(s) ignored, symbolic links leading out of the workspace folder`);
    sources = sources.filter((f, i) => {
      if (outside.has(f)) return false;
      const key = real[i] ?? f;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
    if (tooMany) {
      problems.push(`source pattern "${pattern}" matches more than ${MAX_SOURCE_FILES} files; only the first ${MAX_SOURCE_FILES} are read — narrow it down`);
      for (const f of sources) files.add(path.normalize(f));
      break;
    }
    for (const f of sources) files.add(path.normalize(f));
  }
  return { files: [...files].sort(), problems };
}

/** The files `patterns` match under `cwd`, walking `MAX_WALKED_FOLDERS` folders at most (`cut`: it stopped there). */
async function globFiles(patterns: string | string[], cwd: string): Promise<{ matched: string[]; cut: boolean }> {
  const walk = new AbortController();
  let folders = 0;
  // Each folder is listed once: counted there, the walk is stopped from within (it then gives what it found).
  const readdir = ((...args: Parameters<typeof fs.readdir>) => {
    if (++folders > MAX_WALKED_FOLDERS) walk.abort();
    return fs.readdir(...args);
  }) as typeof fs.readdir;
  const matched = await glob(patterns, { cwd, absolute: true, onlyFiles: true, ignore: ['**/node_modules/**', '**/.git/**'], expandDirectories: false, signal: walk.signal, fs: { readdir } });
  return { matched, cut: walk.signal.aborted };
}

/**
 * The files of several patterns inside `folder`, found in one walk rather than one per pattern (a
 * walk tests every file against its pattern: the three default patterns took ~60 ms of a warm start
 * with a thousand articles); undefined unless that gives what reading pattern by pattern gives.
 * It does when no file is reached through a link (the pattern that found a link first decides which
 * path is kept, and says that a link leads out of the folder), and when no pattern can reach the
 * limit on files, which one by one says which pattern did.
 */
async function findTogether(patterns: readonly string[], folder: string): Promise<SourceFiles | undefined> {
  let matched: string[];
  try {
    const walked = await globFiles([...patterns], folder);
    // Cut short, pattern by pattern says which.
    if (walked.cut) return undefined;
    matched = walked.matched;
  } catch {
    return undefined;
  }
  const sources = matched.filter((f) => SOURCE_EXTENSIONS.test(f) || FACT_FILE.test(f));
  if (sources.length * patterns.length > MAX_SOURCE_FILES) return undefined;
  // No link on the way: each file really is where it stands below where the workspace folder really is.
  const [real, root] = await Promise.all([realPaths(sources), realFolder(folder)]);
  // Mostly told by the path as written under the folder: resolving and relating a thousand paths
  // took 15-40 ms of a start, the comparison of strings below a fraction of one. Equal strings
  // mean equal paths (a real path is normalized); unequal ones are compared as paths.
  const inFolder = folder.endsWith(path.sep) ? folder : folder + path.sep;
  const direct = sources.every((f, i) => (f.startsWith(inFolder) && real[i] === root + f.slice(inFolder.length)) || real[i] === path.resolve(root, path.relative(folder, f)));
  return direct ? { files: [...new Set(sources.map((f) => path.normalize(f)))].sort(), problems: [] } : undefined;
}

/**
 * Real paths (links resolved); undefined for a file that cannot be resolved (missing, a loop),
 * reported when read. A file that is no link is really where its folder really is: each folder is
 * resolved and listed once, and only links are resolved one by one (resolving a thousand articles
 * each took tens of milliseconds of a warm start).
 */
async function realPaths(files: string[]): Promise<Array<string | undefined>> {
  const dirs = files.map((f) => path.dirname(f));
  const folders = new Map(await Promise.all([...new Set(dirs)].map(async (dir) => [dir, await listedFolder(dir)] as const)));
  return Promise.all(
    files.map((file, i) => {
      const folder = folders.get(dirs[i]);
      const name = path.basename(file);
      return folder?.files.has(name) ? path.join(folder.real, name) : realPath(file).catch(() => undefined);
    }),
  );
}

/** A folder's real path and the names of the plain files in it (not links). */
interface ListedFolder {
  real: string;
  files: Set<string>;
}

/** Undefined when the folder cannot be resolved or listed: its files are then resolved one by one. */
async function listedFolder(dir: string): Promise<ListedFolder | undefined> {
  try {
    const [real, entries] = await Promise.all([realPath(dir), listFolder(dir)]);
    return { real, files: new Set(entries.filter((e) => e.isFile()).map((e) => e.name)) };
  } catch {
    return undefined;
  }
}

/** A folder's real path with a trailing separator, the prefix of everything really inside it. */
async function realFolder(folder: string): Promise<string> {
  const root = await realPath(folder).catch(() => path.resolve(folder));
  return root.endsWith(path.sep) ? root : root + path.sep;
}

// As `fs.promises` does them, without loading it: its module (and readline's, which it loads) took
// ~10 ms of a start to compile, for these two calls.
const realPath = promisify(fs.realpath.native);
const readFolder = promisify(fs.readdir);

function listFolder(dir: string): Promise<fs.Dirent[]> {
  return readFolder(dir, { withFileTypes: true });
}

function escapesFolder(pattern: string): boolean {
  return pattern.split(/[\\/]/).includes('..');
}

/** Whether a pattern is one with wildcards that is walked inside the workspace folder: relative, and not climbing out of it. */
export function isWalkInsideFolder(pattern: string): boolean {
  return !path.isAbsolute(pattern) && !escapesFolder(pattern) && isDynamicPattern(pattern);
}

/** Whether a changed file is one the patterns name: decides if a file event changes the fact base. */
export function sourcePatternMatcher(patterns: readonly string[], folder: string | undefined): (file: string) => boolean {
  const matchers = patterns
    .filter((p) => path.isAbsolute(p) || folder)
    .map((p) => picomatch(path.isAbsolute(p) ? p.split(path.sep).join('/') : `${folder!.split(path.sep).join('/')}/${p}`, { dot: false }));
  return (file) => {
    const normal = file.split(path.sep).join('/');
    return matchers.some((m) => m(normal));
  };
}

/** An absolute pattern as the folder to watch and the glob inside it: `/a/b/**\/*.md` → `/a/b`, `**\/*.md`. */
export function splitStaticBase(pattern: string): { base: string; glob: string } {
  const parts = pattern.split(/[\\/]/);
  const firstDynamic = parts.findIndex((p) => isDynamicPattern(p));
  const cut = firstDynamic < 0 ? parts.length - 1 : firstDynamic;
  return { base: parts.slice(0, cut).join('/') || '/', glob: parts.slice(cut).join('/') };
}
