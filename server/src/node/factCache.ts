import { createHash } from 'crypto';
import fs = require('fs');
import path = require('path');
import type { SourceFacts } from '../core/facts/buildFacts';
import { runSteps } from '../core/steps';
import { ArrayPages, decodeArrays, encodeArrays, HEAD_BYTES, heldBytes, openArrays } from './arraysFile';
import { entryBytes, readingEntry } from './factEntry';
import { makeFolder } from './makeFolder';
import { readFully, systemReason } from './readTextFile';

/**
 * The version of the format of each folder of a cache, which names it (`sets-v7`): a new format
 * goes to a new folder, and `sweep` removes the older ones.
 * - facts: articles' entries. v4: ASCII; v5: readings' numbers in flat lists; v6: as Base64; v7: in lines, read a
 *   line at a time (see `factEntry`); v8: with each read sentence's paragraph.
 * - sets: sets' entries (see `sourceSet`). v5: with what judging a claim reads of each fact; v6: an
 *   index's words packed (see `WordTable`); v7: its vocabulary's words grouped by their start (see `PrefixGroups`);
 *   v8: which sources a passage restates told by the figures their facts state too (see `relevanceTermsOf`).
 * - listings: folders' source listings (see `sourceListing`).
 */
const FORMATS = { facts: 8, sets: 8, listings: 1 } as const;
type Folder = keyof typeof FORMATS;

function folderName(folder: Folder): string {
  return `${folder}-v${FORMATS[folder]}`;
}

/** The folder of the sets' entries in a cache. */
export const SET_FOLDER = folderName('sets');
/** The folder of the articles' entries in a cache. */
export const FACT_FOLDER = folderName('facts');

/**
 * Extracted fact bases kept on disk, one JSON file per source article, keyed by the SHA-256 of the
 * article's bytes, the name its facts give it, their ids' prefix and Factline's version: a changed
 * article, a moved one, one whose prefix changed or a new Factline never meets an old entry.
 * Entries are only a shortcut: one that is missing, unreadable or malformed is ignored (and
 * rewritten by the caller), never an error.
 */
export class FactCache {
  private readonly dir: string;
  private readonly setDir: string;
  private readonly listingDir: string;
  /** When this process last swept the cache, or began to (see `sweep`). */
  private sweptAt = -Infinity;

  constructor(
    private readonly root: string,
    /** The build whose entries these are (see `buildVersion`): another's are never read. */
    readonly version: string,
  ) {
    this.dir = path.join(root, FACT_FOLDER);
    this.setDir = path.join(root, SET_FOLDER);
    this.listingDir = path.join(root, folderName('listings'));
  }

  /**
   * The cache in `dir`, or undefined when its folders cannot be made or written in, `unusable` told
   * why: a check goes on without it, where each write would have failed alone, and quietly.
   */
  static usable(dir: string, version: string, unusable: (reason: string) => void): FactCache | undefined {
    const cache = new FactCache(dir, version);
    const reason = cache.unusable();
    if (reason === undefined) return cache;
    unusable(reason);
    return undefined;
  }

  /** Makes the folder of the articles' entries, which every use of the cache writes in; returns why it cannot be made or written in, if so. */
  private unusable(): string | undefined {
    try {
      makeFolder(this.dir);
      fs.accessSync(this.dir, fs.constants.W_OK);
      return undefined;
    } catch (e) {
      // A folder that takes no new one (procfs) answers mkdir "no such file", which would puzzle.
      return (e as NodeJS.ErrnoException).code === 'ENOENT' ? 'no folder can be made there' : systemReason(e);
    }
  }

  /**
   * The cache key of a source: its bytes, the name its facts carry, their ids' prefix (see
   * `articlePrefixes`: an article's changes when one of its name is added beside it), and the
   * extractor's version.
   */
  key(bytes: Uint8Array, name: string, prefix: string): string {
    return createHash('sha256').update(`factline ${this.version}\0${name}\0${prefix}\0`).update(bytes).digest('hex');
  }

  /** The facts kept under `key`, read in one go (see `getting`). */
  get(key: string): SourceFacts | undefined {
    return runSteps(this.getting(key));
  }

  /**
   * The facts kept under `key`, read a line of their entry a step (see `factEntry`): a server reads
   * an article of megabytes while it answers requests. Undefined when the entry is missing or
   * unusable (see the class).
   */
  *getting(key: string): Generator<void, SourceFacts | undefined> {
    const file = this.fileOf(key);
    let read;
    try {
      read = yield* readingEntry(file, key);
    } catch {
      return undefined;
    }
    if (read) markUsed(file, read.usedMs);
    return read?.source;
  }

  /** Writes an entry (see `factEntry`) atomically (a temporary file renamed into place); a failure only costs the shortcut. */
  set(key: string, source: SourceFacts): boolean {
    return runSteps(this.setting(key, source));
  }

  /** `set` a step at a time (see `runSteps`): the entry of an article of 5 MB took 0.6-2.8 s to write in one go, while a server answered nothing. */
  *setting(key: string, source: SourceFacts): Generator<void, boolean> {
    const bytes = yield* entryBytes(key, source);
    return writeAtomically(this.fileOf(key), () => bytes);
  }

  /**
   * The entry of a set of sources (see `sourceSet`), whose typed arrays are read back without
   * parsing (see `arraysFile`); undefined when there is none or it is damaged or not `valid`.
   * `read` are the entry's bytes when they were read already (see `readSet`).
   */
  getSet<T>(name: string, valid: (v: unknown) => v is T, read?: Uint8Array): T | undefined {
    try {
      const entry = decodeArrays(read ?? fs.readFileSync(this.setFileOf(name)));
      return valid(entry) ? entry : undefined;
    } catch {
      return undefined;
    }
  }

  /**
   * A set's entry's bytes, read off the event loop, for `getSet` to decode when it is needed (see
   * `readSetEntry`); undefined when there is none or it cannot be read.
   */
  readSet(name: string): Promise<Uint8Array | undefined> {
    // Opened as `openSet` opens an entry, which reads all of one without paged arrays.
    return (this.openSet(name) ?? Promise.resolve(undefined)).then((opened) => {
      if (!opened) return undefined;
      closeQuietly(opened.fd);
      return opened.held.length === opened.size ? opened.held : undefined;
    });
  }

  /**
   * The entry of a set opened by `openSet`, its paged arrays read when first asked for (see
   * `ArrayPages`); undefined, the file closed, as for `getSet`. The file is closed once every page
   * is read, or one is found damaged: it is then removed, so that the set is built and kept anew.
   */
  getOpenedSet<T>(opened: OpenedSet, valid: (v: unknown) => v is T): { entry: T; pages?: ArrayPages } | undefined {
    let pages: ArrayPages | undefined;
    try {
      const decoded = openArrays(
        opened.held,
        opened.size,
        (into, at) => readFully(opened.fd, into, at),
        (damaged) => {
          closeQuietly(opened.fd);
          if (damaged) fs.rmSync(opened.file, { force: true });
        },
      );
      pages = decoded.pages;
      if (valid(decoded.value)) {
        // Read whole already: the file is not needed.
        if (!pages) closeQuietly(opened.fd);
        return { entry: decoded.value, ...(pages ? { pages } : {}) };
      }
    } catch {
      // Unusable: as if there were none.
    }
    if (pages) pages.close();
    else closeQuietly(opened.fd);
    return undefined;
  }

  /**
   * Opens a set's entry and reads its head and what is read with it (see `openArrays`) without
   * holding the event loop, while the articles are looked at; the file is left open for the rest.
   * Undefined at once when there is none, and resolves to undefined (closed) when it cannot be read.
   * Read in a few requests at the same time, not in `readFile`'s half-megabyte chunks one after the
   * other: each waited for a turn of the event loop, which the articles keep busy. Most of a read
   * is the system giving the memory it fills, which several threads do side by side.
   */
  openSet(name: string): Promise<OpenedSet | undefined> | undefined {
    const file = this.setFileOf(name);
    let fd: number;
    try {
      fd = fs.openSync(file, 'r');
    } catch {
      return undefined;
    }
    let size: number;
    let held: Buffer;
    try {
      size = fs.fstatSync(fd).size;
      const head = Buffer.alloc(HEAD_BYTES);
      readFully(fd, head, 0);
      held = Buffer.allocUnsafeSlow(Math.min(size, heldBytes(head)));
    } catch {
      closeQuietly(fd);
      return Promise.resolve(undefined);
    }
    return readInParts(fd, held).then((whole) => {
      if (whole) return { file, fd, size, held };
      closeQuietly(fd);
      return undefined;
    });
  }

  /** Writes a set's entry in place of the last one of the same name, atomically; returns whether it was written. */
  setSet(name: string, entry: unknown, paged?: (array: ArrayBufferView) => boolean): boolean {
    return writeAtomically(this.setFileOf(name), () => encodeArrays(entry, paged));
  }

  /**
   * Marks the set of this name as used now, for `pruneSets` (a warm start restores it without
   * writing it), unless it was marked lately (see `MARK_EVERY_MS`). Returns whether it was marked:
   * its articles' entries are then to be marked too (with `markEntriesUsed`), so that none is
   * marked much later than the set, and `sweep` removes none of a set in use.
   */
  touchSet(name: string, now = Date.now()): boolean {
    const file = this.setFileOf(name);
    // Not marked: at worst it is removed a while before its time, and kept anew when next built.
    return markUsed(file, mtimeOf(file) ?? -Infinity, now);
  }

  /**
   * Marks the articles' entries of these keys used, off the event loop, for `sweep`: a restored set
   * reads none of them, and needs them all when an article changes and the set is built again.
   */
  async markEntriesUsed(keys: readonly string[], now = Date.now()): Promise<void> {
    for (const key of keys) await fs.promises.utimes(this.fileOf(key), now / 1000, now / 1000).catch(ignore);
  }

  /**
   * Removes, at most once a day (`MARK_EVERY_MS`) across the processes sharing the cache, what no
   * later session will read: the folders of formats older than this build's; the articles' entries
   * and the listings not used for `MAX_UNUSED_MS` (an edited article, and every article under a new
   * build, is kept under a new key, and the old entry stays behind); and the temporary files of
   * writes cut short. `pruneSets` removes the sets. Only names the cache gives are removed, since
   * `--cache` may name a folder holding other things, and errors are ignored. Off the event loop,
   * a file at a time: a newsroom's cache holds tens of thousands of files, and nothing waits for this.
   */
  async sweep(now = Date.now()): Promise<void> {
    if (now - this.sweptAt < MARK_EVERY_MS) return;
    this.sweptAt = now;
    const mark = path.join(this.root, SWEPT_MARK);
    const last = await mtimeOfAsync(mark);
    if (last !== undefined && now - last < MARK_EVERY_MS) return;
    // Marked first, so that a server starting meanwhile does not sweep too.
    try {
      await fs.promises.writeFile(mark, '');
      await fs.promises.utimes(mark, now / 1000, now / 1000);
    } catch {
      return;
    }
    for (const name of await listQuietly(this.root)) {
      const [, folder, version] = FORMAT_FOLDER.exec(name) ?? [];
      if (folder && Object.hasOwn(FORMATS, folder) && +version < FORMATS[folder as Folder]) await removeFolderOfCache(path.join(this.root, name));
    }
    for (const group of await listQuietly(this.dir)) if (ENTRY_GROUP.test(group)) await removeUnused(path.join(this.dir, group), now);
    await removeUnused(this.listingDir, now);
    await removeUnused(this.setDir, now, LEFTOVER);
  }

  /**
   * Removes the sets other than `kept` that were not used for `MAX_UNUSED_MS`, or beyond the
   * `MAX_SETS` used last: every change to a folder's sources, and every new build, keeps a new set
   * (a thousand articles' is ~24 MB), and nothing else removes the old ones. A set's files are its
   * entry, `<name>.bin`, and its parts (see `setPartName`); the entry's time says when the set was
   * last kept or restored (to the day, see `touchSet`). Errors are ignored: a file
   * another server has open goes once it lets go of it, or (on Windows) at a later pruning.
   */
  pruneSets(kept: string, now = Date.now()): void {
    let files: string[];
    try {
      files = fs.readdirSync(this.setDir);
    } catch {
      return;
    }
    const sets = new Map<string, { files: string[]; entryUsed?: number; partsUsed: number }>();
    for (const file of files) {
      const [, name, part] = SET_FILE.exec(file) ?? [];
      if (!name || name === kept) continue;
      const set = sets.get(name) ?? { files: [], partsUsed: 0 };
      sets.set(name, set);
      set.files.push(file);
      const used = mtimeOf(path.join(this.setDir, file));
      if (used === undefined) continue;
      if (part) set.partsUsed = Math.max(set.partsUsed, used);
      else set.entryUsed = used;
    }
    // Parts left without their entry count from when they were written.
    const byUse = [...sets.values()].map((set) => ({ files: set.files, used: set.entryUsed ?? set.partsUsed })).sort((a, b) => b.used - a.used);
    byUse.forEach((set, rank) => {
      if (rank < MAX_SETS - 1 && now - set.used < MAX_UNUSED_MS) return;
      for (const file of set.files) removeQuietly(path.join(this.setDir, file));
    });
  }

  /** What was kept under `name` by `setListing` (see `sourceListing`); undefined when there is none or it is not `valid`. */
  getListing<T>(name: string, valid: (v: unknown) => v is T): T | undefined {
    const file = this.listingFileOf(name);
    try {
      const read = readMarked(file);
      const listing = JSON.parse(read.text) as { name?: unknown; value?: unknown };
      if (listing.name !== name || !valid(listing.value)) return undefined;
      markUsed(file, read.usedMs);
      return listing.value;
    } catch {
      return undefined;
    }
  }

  /** Keeps a small value as JSON under `name`, atomically, in place of the last one; returns whether it was written. */
  setListing(name: string, value: unknown): boolean {
    return writeAtomically(this.listingFileOf(name), () => [Buffer.from(JSON.stringify({ name, value }))]);
  }

  private listingFileOf(name: string): string {
    return path.join(this.listingDir, `${createHash('sha256').update(`${this.version}\0${name}`).digest('hex')}.json`);
  }

  private setFileOf(name: string): string {
    return path.join(this.setDir, `${name}.bin`);
  }

  fileOf(key: string): string {
    return path.join(this.dir, key.slice(0, 2), `${key}.json`);
  }
}

/** The parts a set keeps beside its entry, each in a file of its own (see `setPartName`). */
const SET_PARTS = ['ids', 'judged'] as const;
type SetPart = (typeof SET_PARTS)[number];

/** The name under which a set's part is kept (with `setSet`) beside the set's entry. */
export function setPartName(name: string, part: SetPart): string {
  return `${name}-${part}`;
}

/** A set's file: its name, then the part it holds (none for the entry). */
const SET_FILE = new RegExp(`^([^-.]+)(-(?:${SET_PARTS.join('|')}))?\\.bin$`);

/** The most sets a cache keeps, the one just kept among them (see `pruneSets`). */
const MAX_SETS = 8;
const DAY_MS = 24 * 60 * 60 * 1000;
/** How long an entry, a set or a listing not used is kept. */
const MAX_UNUSED_MS = 30 * DAY_MS;
/**
 * How often a cache is swept, and how stale a file's mark of use (its modification time) grows
 * before a use renews it: marking at every use would write to every entry a session reads.
 */
const MARK_EVERY_MS = DAY_MS;
/** A folder of the cache: its kind and its format's version (see `FORMATS`). */
const FORMAT_FOLDER = /^([a-z]+)-v(\d+)$/;
/** The file whose time says when the cache was last swept. */
const SWEPT_MARK = 'swept';
/** The folders articles' entries are grouped in (see `fileOf`). */
const ENTRY_GROUP = /^[0-9a-f]{2}$/;
/** A file the cache writes: an entry or a listing (a key, `.json`), a set's entry or part (`.bin`), or one being written. */
const CACHE_FILE = /^[0-9a-f]{64}(?:-[a-z]+)?\.(?:json|bin)(?:\.\d+\.[0-9a-z]*\.tmp)?$/;
/** A temporary file of a write cut short (see `writeAtomically`): a write takes far less than the day it is given. */
const LEFTOVER = /\.tmp$/;

function mtimeOf(file: string): number | undefined {
  try {
    return fs.statSync(file).mtimeMs;
  } catch {
    return undefined;
  }
}

function mtimeOfAsync(file: string): Promise<number | undefined> {
  return fs.promises.stat(file).then((stat) => stat.mtimeMs, () => undefined);
}

function removeQuietly(file: string): void {
  try {
    fs.rmSync(file, { force: true });
  } catch {
    // Held open on a system that refuses: a later pruning removes it.
  }
}

function ignore(): void {
  // Only a shortcut is lost: see the callers.
}

interface MarkedText {
  text: string;
  /** When the file was last marked used (see `markUsed`). */
  usedMs: number;
}

/** A file's text and its mark of use, in the one open, stat and read that reading it takes anyway. */
function readMarked(file: string): MarkedText {
  const fd = fs.openSync(file, 'r');
  try {
    const stat = fs.fstatSync(fd);
    const bytes = Buffer.allocUnsafe(stat.size);
    readFully(fd, bytes, 0);
    return { text: bytes.toString('utf8'), usedMs: stat.mtimeMs };
  } finally {
    closeQuietly(fd);
  }
}

/**
 * Marks a file last marked used at `usedMs` as used now, unless it was marked lately (see
 * `MARK_EVERY_MS`); returns whether it was. Not marked, it is at worst removed, and made again
 * when next needed.
 */
function markUsed(file: string, usedMs: number, now = Date.now()): boolean {
  if (now - usedMs <= MARK_EVERY_MS) return false;
  try {
    fs.utimesSync(file, now / 1000, now / 1000);
    return true;
  } catch {
    return false;
  }
}

function listQuietly(dir: string): Promise<string[]> {
  return fs.promises.readdir(dir).catch(() => []);
}

/** Removes the files of the cache in `dir` that `pattern` names and were not used for `MAX_UNUSED_MS`, or are leftovers of a day. */
async function removeUnused(dir: string, now: number, pattern = CACHE_FILE): Promise<void> {
  for (const name of await listQuietly(dir)) {
    if (!pattern.test(name)) continue;
    const file = path.join(dir, name);
    const used = await mtimeOfAsync(file);
    if (used !== undefined && now - used > (LEFTOVER.test(name) ? MARK_EVERY_MS : MAX_UNUSED_MS)) await fs.promises.rm(file, { force: true }).catch(ignore);
  }
}

/**
 * Removes a folder of an older format, when all it holds are names the cache gives (see
 * `CACHE_FILE`, `ENTRY_GROUP`). A file at a time: `fs.promises.rm` of a thousand entries' folder
 * held the event loop for up to 21 ms, finishing thousands of removals at once.
 */
async function removeFolderOfCache(dir: string): Promise<void> {
  const files: string[] = [];
  const groups: string[] = [];
  for (const name of await listQuietly(dir)) {
    if (CACHE_FILE.test(name)) {
      files.push(path.join(dir, name));
      continue;
    }
    const grouped = ENTRY_GROUP.test(name) ? await listQuietly(path.join(dir, name)) : [];
    if (!grouped.length || !grouped.every((file) => CACHE_FILE.test(file))) return;
    groups.push(path.join(dir, name));
    for (const file of grouped) files.push(path.join(dir, name, file));
  }
  for (const file of files) await fs.promises.unlink(file).catch(ignore);
  for (const folder of [...groups, dir]) await fs.promises.rmdir(folder).catch(ignore);
}

/** How many reads of a set's entry are made at a time: as many as Node's threads for files (four unless set otherwise). */
const READS_AT_ONCE = 4;
/** The least a read of a set's entry asks for: a smaller entry is read in one request. */
const PART_BYTES = 1 << 20;

/** Fills `into` from the start of the file `fd` in a few reads at the same time (see `openSet`); resolves to whether it was filled. */
function readInParts(fd: number, into: Uint8Array): Promise<boolean> {
  const part = Math.max(PART_BYTES, Math.ceil(into.length / READS_AT_ONCE));
  const parts: Array<Promise<boolean>> = [];
  for (let from = 0; from < into.length; from += part) parts.push(readWhole(fd, into.subarray(from, Math.min(from + part, into.length)), from));
  return Promise.all(parts).then((whole) => whole.every(Boolean));
}

/** Fills `into` from the file `fd` at `at`; resolves to whether it was filled before the file's end or an error. */
function readWhole(fd: number, into: Uint8Array, at: number): Promise<boolean> {
  return new Promise((resolve) => {
    const readFrom = (done: number): void =>
      fs.read(fd, into, done, into.length - done, at + done, (error, n) => {
        if (error || n === 0) return resolve(false);
        if (done + n < into.length) return readFrom(done + n);
        resolve(true);
      });
    if (into.length === 0) resolve(true);
    else readFrom(0);
  });
}

/** A set's entry opened, with its first bytes read (see `FactCache.openSet`). */
export interface OpenedSet {
  file: string;
  fd: number;
  size: number;
  held: Uint8Array;
}

/** Closes a file that was read: an error then loses nothing. */
export function closeQuietly(fd: number): void {
  try {
    fs.closeSync(fd);
  } catch {
    // Read already: nothing is lost.
  }
}

/** Writes a temporary file and renames it into place: a reader never meets half an entry. A failure only costs the shortcut. */
function writeAtomically(file: string, pieces: () => Uint8Array[]): boolean {
  const temp = `${file}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
  try {
    makeFolder(path.dirname(file));
    const fd = fs.openSync(temp, 'w');
    try {
      for (const piece of pieces()) fs.writeFileSync(fd, piece);
    } finally {
      fs.closeSync(fd);
    }
    fs.renameSync(temp, file);
    return true;
  } catch {
    try {
      fs.rmSync(temp, { force: true });
    } catch {
      // Nothing more to tidy.
    }
    return false;
  }
}
