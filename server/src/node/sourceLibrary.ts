import fs = require('fs');
import type { FactContribution } from '../core/facts/mergeFactBase';
import type { FactCache } from './factCache';
import { LaterFactCache } from './laterFactCache';
import { loadSource, MAX_SOURCE_BYTES, SourceCache, sourceFromBytesInSteps, sourceFromCache } from './loadSource';
import { InputError, readFileBytesAsync } from './readTextFile';
import type { SourceName } from './sourceNames';
import { inSlices, TimeSlices } from './timeSlices';

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

export interface LoadOptions {
  /** Stop early (and resolve to undefined) when this says the result is no longer wanted. */
  abandoned?: () => boolean;
  /** Longest stretch of extraction, in ms, before other work (requests, edits) gets the event loop. */
  sliceMs?: number;
  /**
   * The files as already read (and hashed) to look for their source set, in the order of the
   * sources: not read from disk again.
   */
  read?: readonly ReadArticle[];
  /** Called as each file is in, with how many of the sources are. */
  advanced?: (read: number) => void;
}

/** A file as read from disk: its stamp (see `stampOf`), its bytes (unless read for its key alone) and their `FactCache` key. */
export interface ReadArticle {
  stamp: string;
  bytes?: Uint8Array;
  key: string;
}

interface CacheEntry {
  stamp: string;
  /**
   * The prefix its facts' ids were given (see `SourceName`): an article of a name that another
   * article added since has too is read again under a new one. None for a file that could not be read.
   */
  prefix?: string;
  contribution?: FactContribution;
  problems: SourceProblem[];
}

/**
 * Source articles read from disk, each kept until its size or modification time, or its ids'
 * prefix, changes, so that re-reading a folder after one file changed costs one extraction, not all
 * of them. With a `FactCache`, an article read before (by this or an earlier session, or the CLI)
 * is not extracted again at all; what is extracted is written to it once a load is done, while the
 * server is idle.
 */
export class SourceLibrary {
  private readonly entries = new Map<string, CacheEntry>();
  private readonly cache: LaterFactCache | undefined;

  constructor(cache?: FactCache) {
    this.cache = cache && new LaterFactCache(cache);
  }

  /**
   * Reads the files without holding the event loop: the disk is read asynchronously, a few files
   * ahead of the one being extracted, and between files the loop is handed back whenever a slice of
   * extraction time is used, so that requests and edits are answered while a large source set loads.
   * New cache entries are written once the load is done.
   */
  loadInBackground(sources: readonly SourceName[], options: LoadOptions = {}): Promise<LoadedSources | undefined> {
    return this.holdingWrites(() => this.loadAll(sources, options));
  }

  /**
   * Runs `work` with new cache entries held back until it is done: a fact base's merge and index,
   * and so its first diagnostics, are then not slowed by them (the entry of an article of 5 MB takes
   * 0.6-0.8 s to write, in steps that would come between theirs).
   */
  async holdingWrites<T>(work: () => Promise<T>): Promise<T> {
    const release = this.cache?.hold();
    try {
      return await work();
    } finally {
      release?.();
    }
  }

  /** Where articles' facts are looked up, and new ones kept until written when idle; undefined without a cache. */
  get sourceCache(): SourceCache | undefined {
    return this.cache;
  }

  /** Writes the cache entries still waiting (before the process ends). */
  flushCache(): void {
    this.cache?.flush();
  }

  private async loadAll(sources: readonly SourceName[], options: LoadOptions): Promise<LoadedSources | undefined> {
    const slices = new TimeSlices(options.sliceMs);
    const entries: CacheEntry[] = [];
    const reads: Array<Promise<DiskRead> | DiskRead> = options.read ? [...options.read] : [];
    for (let i = 0; i < sources.length; i++) {
      while (reads.length < i + READ_AHEAD && reads.length < sources.length) reads.push(this.read(sources[reads.length].file, this.known(sources[reads.length])));
      await slices.next();
      if (options.abandoned?.()) return undefined;
      const entry = await this.entryOf(sources[i], await reads[i], options.abandoned, slices);
      if (!entry) return undefined;
      entries.push(entry);
      options.advanced?.(entries.length);
    }
    return collect(entries);
  }

  forget(file: string): void {
    this.entries.delete(file);
  }

  /** The entry kept for a source, unless its facts have another prefix than they are to have now. */
  private known({ file, prefix }: SourceName): CacheEntry | undefined {
    const entry = this.entries.get(file);
    return entry?.contribution && entry.prefix !== prefix ? undefined : entry;
  }

  /** A file's stamp, and its bytes unless the entry `known` for it has that stamp; never rejects. */
  private async read(file: string, known: CacheEntry | undefined): Promise<DiskRead> {
    let stamp: string;
    try {
      stamp = stampOf(await fs.promises.stat(file));
    } catch (e) {
      return { failed: unreadable(file, e) };
    }
    if (known?.stamp === stamp) return { stamp };
    try {
      return { stamp, bytes: await readFileBytesAsync(file, MAX_SOURCE_BYTES) };
    } catch (e) {
      return { stamp, failed: unreadable(file, e, stamp) };
    }
  }

  /**
   * The file's entry, its article extracted or read from the cache `slices` at a time: one of
   * megabytes took seconds, while requests waited. Undefined when abandoned meanwhile.
   */
  private async entryOf(source: SourceName, read: DiskRead, abandoned: (() => boolean) | undefined, slices: TimeSlices): Promise<CacheEntry | undefined> {
    const { file, prefix } = source;
    if (read.failed) {
      if (read.failed.stamp) this.entries.set(file, read.failed);
      return read.failed;
    }
    const known = this.known(source);
    if (known && known.stamp === read.stamp) return known;
    // Read for its key alone (see `readArticle`): from the cache when it holds the article as read.
    const cached = !read.bytes && read.key !== undefined && this.cache ? await inSlices(sourceFromCache(file, this.cache, read.key), abandoned, slices) : undefined;
    if (abandoned?.()) return undefined;
    // Or forgotten since it was read ahead, or not in the cache: read it again.
    if (!read.bytes && !cached) return this.entryOf(source, await this.read(file, undefined), abandoned, slices);
    let entry: CacheEntry;
    try {
      const loading = cached ?? (await inSlices(sourceFromBytesInSteps(file, read.bytes!, file, this.cache, { known: read.key, prefix }), abandoned, slices));
      if (!loading) return undefined;
      entry = loaded(file, read.stamp!, prefix, loading);
    } catch (e) {
      entry = unreadable(file, e, read.stamp);
    }
    this.entries.set(file, entry);
    return entry;
  }
}

/** How many files are read from disk ahead of the one being extracted. */
const READ_AHEAD = 16;

/** What was read of a file: its stamp and bytes (and their cache key, when known), or why it could not be read. */
interface DiskRead {
  stamp?: string;
  bytes?: Uint8Array;
  key?: string;
  failed?: CacheEntry;
}

/**
 * What says a file may have changed since it was read: its size, inode, and modification and change
 * times (a copy that keeps another file's time, as `cp -p` does, still changes the second).
 */
export function stampOf(stat: fs.Stats): string {
  return `${stat.size}:${stat.mtimeMs}:${stat.ctimeMs}:${stat.ino}`;
}

function loaded(file: string, stamp: string, prefix: string, source: ReturnType<typeof loadSource>): CacheEntry {
  const { problems, ...contribution } = source;
  return { stamp, prefix, contribution, problems: problems.map((p) => ({ file, message: p.message, severity: p.severity, line: p.line, character: p.character })) };
}

/**
 * A source that cannot be read (missing, deleted or changed while being read, binary, not UTF-8,
 * too large, a loop of links) is reported like any other problem, and read again on its next change.
 * An entry without a stamp is not kept.
 */
function unreadable(file: string, e: unknown, stamp = ''): CacheEntry {
  const code = (e as NodeJS.ErrnoException).code;
  const message =
    e instanceof InputError
      ? e.message.replace(`${file}: `, '')
      : code === 'ENOENT'
        ? 'no such file'
        : code === 'ELOOP'
          ? 'too many levels of symbolic links'
          : code
            ? (e as Error).message
            : `internal error while reading: ${(e as Error).message}`;
  return { stamp, problems: [{ file, severity: 'error', message: `cannot read source: ${message}` }] };
}

function collect(entries: CacheEntry[]): LoadedSources {
  const contributions: FactContribution[] = [];
  const problems: SourceProblem[] = [];
  for (const entry of entries) {
    if (entry.contribution) contributions.push(entry.contribution);
    problems.push(...entry.problems);
  }
  return { contributions, problems };
}
