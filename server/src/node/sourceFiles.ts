import * as path from 'path';
import picomatch from 'picomatch';
import { globSync, isDynamicPattern } from 'tinyglobby';
import { FACT_FILE, SOURCE_EXTENSIONS } from './loadSource';

/** More matches than this means a glob that caught far more than articles (a home folder, say). */
export const MAX_SOURCE_FILES = 5000;

export interface SourceFiles {
  files: string[];
  /** Patterns that were refused or matched too much, said in a sentence each. */
  problems: string[];
}

/**
 * The files `factline.sources` names. Relative patterns are read inside the workspace folder and
 * may not climb out of it; absolute ones are the user's own choice, so they are taken as given
 * (except in an untrusted workspace, where the settings may come from the workspace itself).
 */
export function findSourceFiles(patterns: readonly string[], folder: string | undefined, options: { trusted: boolean }): SourceFiles {
  const files = new Set<string>();
  const problems: string[] = [];
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
      matched = isDynamicPattern(relative)
        ? globSync(relative, { cwd, absolute: true, onlyFiles: true, ignore: ['**/node_modules/**', '**/.git/**'], expandDirectories: false })
        : [path.resolve(cwd, relative)];
    } catch (e) {
      problems.push(`source pattern "${pattern}" could not be read: ${(e as Error).message}`);
      continue;
    }
    const sources = matched.filter((f) => SOURCE_EXTENSIONS.test(f) || FACT_FILE.test(f));
    if (files.size + sources.length > MAX_SOURCE_FILES) {
      problems.push(`source pattern "${pattern}" matches more than ${MAX_SOURCE_FILES} files; only the first ones are read — narrow it down`);
      for (const f of sources.slice(0, MAX_SOURCE_FILES - files.size)) files.add(path.normalize(f));
      break;
    }
    for (const f of sources) files.add(path.normalize(f));
  }
  return { files: [...files].sort(), problems };
}

function escapesFolder(pattern: string): boolean {
  return pattern.split(/[\\/]/).includes('..');
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
