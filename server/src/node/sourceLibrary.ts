import * as fs from 'fs';
import type { FactContribution } from '../core/facts/mergeFactBase';
import { loadSource } from './loadSource';
import { InputError } from './readTextFile';

/** A source that could not be read, or a fact file with errors; `line` is 0-based when known. */
export interface SourceProblem {
  file: string;
  message: string;
  severity?: 'error' | 'warning';
  line?: number;
  character?: number;
}

export interface LoadedSources {
  /** What each readable file adds, for `mergeFactBase`. */
  contributions: FactContribution[];
  problems: SourceProblem[];
}

interface CacheEntry {
  stamp: string;
  contribution?: FactContribution;
  problems: SourceProblem[];
}

/**
 * Source articles read from disk, each kept until its size or modification time changes, so that
 * re-reading a folder after one file changed costs one extraction, not all of them.
 */
export class SourceLibrary {
  private readonly cache = new Map<string, CacheEntry>();

  load(files: readonly string[]): LoadedSources {
    const contributions: FactContribution[] = [];
    const problems: SourceProblem[] = [];
    for (const file of files) {
      const entry = this.entry(file);
      if (entry.contribution) contributions.push(entry.contribution);
      problems.push(...entry.problems);
    }
    return { contributions, problems };
  }

  forget(file: string): void {
    this.cache.delete(file);
  }

  private entry(file: string): CacheEntry {
    let stamp: string;
    try {
      const stat = fs.statSync(file);
      stamp = `${stat.size}:${stat.mtimeMs}`;
    } catch (e) {
      return { stamp: '', problems: [{ file, message: `cannot read source: ${(e as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (e as Error).message}` }] };
    }
    const cached = this.cache.get(file);
    if (cached?.stamp === stamp) return cached;
    let entry: CacheEntry;
    try {
      const loaded = loadSource(file);
      const { problems, ...contribution } = loaded;
      entry = { stamp, contribution, problems: problems.map((p) => ({ file, message: p.message, severity: p.severity, line: p.line, character: p.character })) };
    } catch (e) {
      // A source deleted or changed while being read is reported like any unreadable one, and
      // read again on its next change event.
      const message = e instanceof InputError ? e.message.replace(`${file}: `, '') : `internal error while reading: ${(e as Error).message}`;
      entry = { stamp, problems: [{ file, message: `cannot read source: ${message}` }] };
    }
    this.cache.set(file, entry);
    return entry;
  }
}
