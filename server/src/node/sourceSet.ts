import { createHash } from 'crypto';
import fs = require('fs');
import type { SourceFacts } from '../core/facts/buildFacts';
import { FactsUnavailable } from '../core/failure';
import type { Fact } from '../core/facts/fact';
import { factJson } from '../core/facts/factJson';
import type { FactBaseProblem, FactContribution, MergedFacts } from '../core/facts/mergeFactBase';
import { FactIndex, IndexedSource, IndexSnapshot, listsLoadedByRange, SmallNumbers } from '../core/match/factIndex';
import { isKeptJudgementKeys, JudgementKeysToKeep, KeptJudgementKeys } from '../core/match/judgementKeys';
import { isKeptIds, keepIds, KeptIds } from '../core/match/keptIds';
import { readingSource, SourceReading } from '../core/match/sourceReading';
import type { PrefixGroups } from '../core/match/vocabulary';
import { runSteps } from '../core/steps';
import { areHashSlots } from '../core/text/hashSlots';
import { packedCount } from '../core/text/packedStrings';
import type { ArrayPages } from './arraysFile';
import { closeQuietly, FactCache, OpenedSet, setPartName } from './factCache';
import { FACT_FILE, LoadedSource, MAX_SOURCE_BYTES, SOURCE_EXTENSIONS, SourceCache, sourceFromBytesInSteps, sourceFromCache } from './loadSource';
import { stampOf } from './sourceLibrary';
import type { SourceName } from './sourceNames';

/**
 * A whole set of source articles as one cache entry: the index built of them (see
 * `IndexSnapshot`) and what merging them gave, kept under the content key of every article. A
 * session that finds its articles unchanged restores the index from it without reading a fact;
 * an article's facts are read from its own cache entry only when the index needs one of them.
 * A set with fact files, unreadable files or amendments is not kept: it is built as before.
 */

/** An article of a set as read from disk: `key` is its `FactCache` key. */
export interface SetArticle extends ArticleStamp {
  /** Undefined when it was read for its key alone (see `readArticle`). */
  bytes?: Uint8Array;
}

/** What keeping a set needs of an article read: not its bytes, which need not be held until then. */
export interface ArticleStamp extends StatedArticle {
  key: string;
  /**
   * Whether it was read well after it was last changed, so that no write to it can leave `stamp`
   * as it was (see `SETTLED_MS`): only then does a kept set vouch for its key by its stamp.
   */
  settled: boolean;
}

/** An article of a set as its directory entry gives it, before (and unless) its bytes are read. */
export interface StatedArticle extends SourceName {
  /** Its size, times and inode (see `stampOf`): a set is not kept once an article changed since it was read. */
  stamp: string;
}

/**
 * How long after its last change an article read is settled. A file's times advance by ticks (a
 * few milliseconds on Linux, two seconds on FAT), so a write in the tick of the one before leaves
 * its stamp as it was: an article read within that tick of its change could be written again
 * unseen. Such an article is hashed at every start until it is read settled (as when its set is
 * kept), as git re-hashes its racily clean files.
 */
const SETTLED_MS = 2000;

/** Whether a file (or folder) was last changed long enough before `now` to be settled (see `SETTLED_MS`). */
export function settledAt(stat: fs.Stats, now: number): boolean {
  return now - Math.max(stat.mtimeMs, stat.ctimeMs) > SETTLED_MS;
}

export interface RestoredSet {
  /** The sources as merged: the bundled ones, then the articles, whose facts are read when first asked for. */
  sources: SourceFacts[];
  index: FactIndex;
  problems: FactBaseProblem[];
  /**
   * The pages of the index's lists, when its entry was opened to be read a page at a time (see
   * `readSetEntry`): a server reads the rest when idle (`loadingRest`), which lets the file go.
   */
  pages?: ArrayPages;
  /**
   * Reads, a step at a time, the facts of the sources (by number, as merged) that `chosen` picks
   * by their number and how many facts they have, unless they are read already: a server reads
   * those its checks will need before they run, where a source's getters would read an article
   * of megabytes in one go, for a second, in the middle of a check.
   */
  loading(chosen: (source: number, facts: number) => boolean): Generator<void>;
  /** How many facts its largest source holds: when none is large, a server need read none before its checks. */
  mostFacts: number;
}

/** The ids of a set's facts (see `KeptIds`), kept apart from its entry: the entry's `key` says which set they are of. */
interface SetIds extends KeptIds {
  key: string;
}

/** The judgement keys of a set's facts (see `FactIndex.judgedFacts`), kept apart from its entry like its ids. */
interface SetJudgementKeys extends KeptJudgementKeys {
  key: string;
}

function isSetJudgementKeys(v: unknown, key: string, facts: number): v is SetJudgementKeys {
  return (v as Partial<SetJudgementKeys> | undefined)?.key === key && isKeptJudgementKeys(v, facts);
}

/**
 * An article of a set as its entry keeps it: its title and date, which the fact base lists without
 * reading its facts, and its content key with the stamp it had when read settled (see
 * `ArticleStamp.settled`), by which a later start knows it unchanged without reading it.
 */
type KeptArticle = Pick<SourceFacts, 'title' | 'date'> & { key: string; stamp?: string };

function isSetIds(v: unknown, key: string, facts: number): v is SetIds {
  return (v as Partial<SetIds> | undefined)?.key === key && isKeptIds(v, facts);
}

/** What a set's entry holds besides the index. */
export interface SetEntry {
  key: string;
  /** By source as merged (bundled ones first): the numbers of the facts that merging left out. */
  dropped: number[][];
  articles: KeptArticle[];
  problems: FactBaseProblem[];
  index: IndexSnapshot;
}

/** A set as `savingSet` kept it: where, and its entry, from which `restoreKeptSet` makes it without reading it back. */
export interface KeptSet {
  readonly name: string;
  readonly entry: SetEntry;
}

/**
 * An article of a set as it is on disk; undefined when the file is not an article or cannot be read
 * (the set is then loaded file by file, which reports why). One open, stat and read: a thousand
 * articles are read at every start. With `keep` false only its key is kept, not its bytes: a set
 * that is restored needs no more, and a thousand articles kept each in memory not touched before
 * took a fifth of their reading (and 4 MB); its bytes are read into memory used again for the next.
 */
export function readArticle(cache: FactCache, { file, name, prefix }: SourceName, keep = true): SetArticle | undefined {
  if (FACT_FILE.test(file) || !SOURCE_EXTENSIONS.test(file)) return undefined;
  let fd: number | undefined;
  try {
    fd = fs.openSync(file, 'r');
    const stat = fs.fstatSync(fd);
    if (!stat.isFile() || stat.size > MAX_SOURCE_BYTES) return undefined;
    const settled = settledAt(stat, Date.now());
    const bytes = keep ? roomFor(stat.size) : scratchFor(stat.size);
    let read = 0;
    for (let n; read < bytes.length && (n = fs.readSync(fd, bytes, read, bytes.length - read, read)) > 0; ) read += n;
    const held = bytes.subarray(0, read);
    return { file, name, prefix, ...(keep ? { bytes: held } : {}), key: cache.key(held, name, prefix), stamp: stampOf(stat), settled };
  } catch {
    return undefined;
  } finally {
    if (fd !== undefined) closeQuietly(fd);
  }
}

/**
 * An article of a set by its stamp alone, for `restoreSet`: a kept set vouches for the key of an
 * article whose stamp is as it was when the set was kept, so a start reads no article's bytes
 * (a thousand were a sixth of a warm start). Undefined as for `readArticle`.
 */
export function statArticle({ file, name, prefix }: SourceName): StatedArticle | undefined {
  if (FACT_FILE.test(file) || !SOURCE_EXTENSIONS.test(file)) return undefined;
  try {
    const stat = fs.statSync(file);
    return stat.isFile() && stat.size <= MAX_SOURCE_BYTES ? { file, name, prefix, stamp: stampOf(stat) } : undefined;
  } catch {
    return undefined;
  }
}

/** Where the articles read last are, and how much of it they fill. */
let block: { bytes: Buffer; used: number } | undefined;
const BLOCK_BYTES = 1 << 20;

/**
 * Room for an article's bytes: a part of a block shared with the articles read before and after it
 * (a buffer of its own for each cost a thousand allocations at every start), or, for a large one,
 * its own. A block is freed with the last of its articles.
 */
function roomFor(size: number): Buffer {
  if (size > BLOCK_BYTES / 16) return Buffer.allocUnsafeSlow(size);
  if (!block || block.bytes.length - block.used < size) block = { bytes: Buffer.allocUnsafeSlow(BLOCK_BYTES), used: 0 };
  const room = block.bytes.subarray(block.used, block.used + size);
  block.used += size;
  return room;
}

/** Where an article whose bytes are not kept is read: an ordinary one in the same memory each time. */
let scratch: Buffer | undefined;

function scratchFor(size: number): Buffer {
  if (size > BLOCK_BYTES / 16) return Buffer.allocUnsafeSlow(size);
  scratch ??= Buffer.allocUnsafeSlow(BLOCK_BYTES / 16);
  return scratch.subarray(0, size);
}

/**
 * Opens the entry of the set that these articles would make, for `restoreSet`, and starts reading
 * the part read at once (its index's lists are read a page at a time when a check first needs
 * them: see `ArrayPages`): the disk reads it while the articles are looked at. Undefined at once
 * when there is no such entry.
 */
export function readSetEntry(cache: FactCache, articles: readonly SourceName[], bundled: FactContribution | undefined): Promise<OpenedSetEntry | undefined> | undefined {
  const name = setName(cache, articles, bundled);
  const opened = cache.openSet(name);
  // The judgement keys too, whole: the first check reads them at its first judgement (1.5 MB for a
  // thousand articles, 6-8 ms of it read then).
  const judgementKeys = opened && cache.readSet(judgementKeysName(name));
  return opened && Promise.all([opened, judgementKeys]).then(([set, keys]) => set && { ...set, judgementKeys: keys });
}

/** A set's entry opened by `readSetEntry`, with the bytes of its judgement keys read beside it. */
export interface OpenedSetEntry extends OpenedSet {
  judgementKeys?: Uint8Array;
}

/** Closes an entry opened by `readSetEntry` that is not restored after all. */
export function letGoOfSetEntry(opened: OpenedSet | undefined): void {
  if (opened) closeQuietly(opened.fd);
}

/**
 * The set of these articles (with the bundled facts) as it was merged and indexed, when the cache
 * holds it. `opened` is its entry as `readSetEntry` opened it; without, the entry is read whole. An
 * article's facts are read from `articleCache` when first needed (and kept there when its entry is
 * missing, extracted from its bytes, read again if they were not kept): the server's writes them
 * when idle, not while answering the request that needed them.
 */
export function restoreSet(
  cache: FactCache,
  bundled: FactContribution | undefined,
  given: ReadonlyArray<SetArticle | StatedArticle>,
  opened?: OpenedSetEntry,
  articleCache: SourceCache = cache,
): RestoredSet | undefined {
  if (bundled && !keepable(bundled)) {
    letGoOfSetEntry(opened);
    return undefined;
  }
  const name = setName(cache, given, bundled);
  const valid = (v: unknown): v is SetEntry => isSetEntry(v, given.length + (bundled?.sources.length ?? 0), given.length);
  const read: { entry?: SetEntry; pages?: ArrayPages } | undefined = opened ? cache.getOpenedSet(opened, valid) : { entry: cache.getSet(name, valid) };
  const restored = read?.entry && restoreEntry(cache, bundled, given, { name, entry: read.entry }, articleCache, read.pages, opened?.judgementKeys);
  if (restored) {
    // Its articles' entries too, unless they were lately: the set is built from them when an article changes.
    if (cache.touchSet(name)) void cache.markEntriesUsed(read.entry!.articles.map((a) => a.key));
  } else read?.pages?.close();
  return restored;
}

function restoreEntry(
  cache: FactCache,
  bundled: FactContribution | undefined,
  given: ReadonlyArray<SetArticle | StatedArticle>,
  kept: KeptSet,
  articleCache: SourceCache,
  pages: ArrayPages | undefined,
  judgementKeys: Uint8Array | undefined,
): RestoredSet | undefined {
  const articles: SetArticle[] = [];
  // An index and fields written out, not `entries()` and a spread: run once per warm start over a
  // thousand articles, before V8 has optimized anything, those took 4.4-4.8 ms there, this 0.6-1.3.
  for (let k = 0; k < given.length; k++) {
    const article = given[k];
    const keyed = 'key' in article ? article : keyedByStamp(cache, article, kept.entry.articles[k]);
    if (!keyed) return undefined;
    articles.push(keyed);
  }
  if (kept.entry.key !== setKey(articles, bundled)) return undefined;
  return restoreKeptSet(cache, bundled, articles, kept, articleCache, pages, judgementKeys);
}

/**
 * The set just kept by `savingSet`, as `restoreSet` would read it back, without reading it: a
 * server that built a set from its articles then rests on it as a warm start would, its articles'
 * facts read from the cache when needed rather than all held (a thousand articles built were
 * ~130 MB of a 160 MB heap in use; resting on their set, ~30 MB in all). The index shares the
 * snapshot's lists with the one it replaces, which only reads them. Undefined when the index
 * cannot be made of it.
 */
export function restoreKeptSet(
  cache: FactCache,
  bundled: FactContribution | undefined,
  articles: readonly SetArticle[],
  { name, entry }: KeptSet,
  articleCache: SourceCache = cache,
  pages?: ArrayPages,
  /** The bytes of its judgement keys, when read already (see `readSetEntry`). */
  judgementKeys?: Uint8Array,
): RestoredSet | undefined {
  const sources: RestoredSource[] = [];
  bundled?.sources.forEach((source, k) => sources.push(new RestoredSource(source, () => given(source), entry.dropped[k])));
  const offset = sources.length;
  articles.forEach((article, k) => {
    const { title, date } = entry.articles[k];
    sources.push(new RestoredSource({ file: article.name, title, date }, () => loadingArticle(cache, article, articleCache), entry.dropped[offset + k]));
  });
  let index: FactIndex;
  try {
    const facts = entry.index.kindOf.length;
    index = new FactIndex(
      sources,
      entry.index,
      () => cache.getSet(idsName(name), (v): v is SetIds => isSetIds(v, entry.key, facts)),
      () => cache.getSet(judgementKeysName(name), (v): v is SetJudgementKeys => isSetJudgementKeys(v, entry.key, facts), judgementKeys),
      pages && ((list, from, to) => pages.load(list, from, to)),
    );
  } catch {
    return undefined;
  }
  const { factCounts } = entry.index;
  const loading = function* (chosen: (source: number, facts: number) => boolean): Generator<void> {
    for (let k = 0; k < sources.length; k++) {
      const steps = chosen(k, factCounts[k]) && sources[k].loading();
      if (steps) yield* steps;
    }
  };
  let mostFacts = 0;
  for (let k = 0; k < sources.length; k++) mostFacts = Math.max(mostFacts, factCounts[k]);
  return { sources, index, problems: entry.problems, ...(pages ? { pages } : {}), loading, mostFacts };
}

/** A source in memory already, as `RestoredSource` loads one. */
function* given(source: SourceFacts): Generator<void, SourceFacts> {
  return source;
}

/** An article of a set loaded a step at a time: from the cache, or extracted from its bytes. */
function* loadingArticle(cache: FactCache, article: SetArticle, articleCache: SourceCache): Generator<void, SourceFacts> {
  const loaded = article.bytes
    ? yield* sourceFromBytesInSteps(article.file, article.bytes, article.name, articleCache, { known: article.key, prefix: article.prefix })
    : yield* articleFromKey(cache, article, articleCache);
  return loaded.sources[0];
}

/** An article stated alone, with the key its set kept for it when its stamp is as kept, else read for its key. */
function keyedByStamp(cache: FactCache, article: StatedArticle, kept: KeptArticle): SetArticle | undefined {
  if (kept.stamp === article.stamp && kept.key) return { file: article.file, name: article.name, prefix: article.prefix, stamp: article.stamp, key: kept.key, settled: true };
  return readArticle(cache, article, false);
}

/** An article read for its key alone: its facts as cached under that key, or extracted from its bytes read again unchanged. */
function* articleFromKey(cache: FactCache, article: SetArticle, articleCache: SourceCache): Generator<void, LoadedSource> {
  const cached = yield* sourceFromCache(article.name, articleCache, article.key);
  if (cached) return cached;
  const again = readArticle(cache, article);
  if (again?.key !== article.key) throw new FactsUnavailable(`${article.file} changed since its source set was restored; its facts are read with the set's next load`);
  return yield* sourceFromBytesInSteps(article.file, again.bytes!, article.name, articleCache, { known: article.key, prefix: article.prefix });
}

/**
 * Keeps a set as merged and indexed, when it holds only articles, each loaded from `articles`
 * (in order) and unchanged since they were read. Returns whether it was kept.
 */
export function saveSet(...keeping: Parameters<typeof savingSet>): boolean {
  return runSteps(savingSet(...keeping)) !== undefined;
}

/**
 * `saveSet` a step at a time, for a server, which hands the event loop back between steps: keeping
 * a thousand articles' set in one go held it for 400 ms, while a writer typed. A step keys some
 * thousands of facts, or makes or writes one of the set's three files. Gives the set as kept, or
 * undefined when it was not.
 */
export function* savingSet(
  cache: FactCache,
  bundled: FactContribution | undefined,
  articles: readonly ArticleStamp[],
  contributions: readonly FactContribution[],
  facts: MergedFacts,
  index: FactIndex,
): Generator<void, KeptSet | undefined> {
  if (bundled && !keepable(bundled)) return undefined;
  if (contributions.length !== articles.length || !contributions.every((c) => !c.curated && c.sources.length === 1 && keepable(c))) return undefined;
  const given = [...(bundled?.sources ?? []), ...contributions.map((c) => c.sources[0])];
  if (given.length !== facts.sources.length) return undefined;
  const stamps: Array<string | undefined> = [];
  for (const article of articles) {
    const stamp = settledStamp(cache, article);
    if (stamp === false) return undefined;
    stamps.push(stamp);
    if (stamps.length % ARTICLES_A_STEP === 0) yield;
  }
  yield;
  const keys = new JudgementKeysToKeep();
  let keyed = 0;
  for (const fact of index.judgedFacts()) {
    keys.add(fact);
    if (++keyed % FACTS_A_STEP === 0) yield;
  }
  const key = setKey(articles, bundled);
  const name = setName(cache, articles, bundled);
  const judgementKeys: SetJudgementKeys = { key, ...keys.kept() };
  yield;
  if (!cache.setSet(judgementKeysName(name), judgementKeys)) return undefined;
  yield;
  const ids: SetIds = { key, ...keepIds(index.facts.map((fact) => fact.id)) };
  if (!cache.setSet(idsName(name), ids)) return undefined;
  yield;
  const entry: SetEntry = {
    key,
    dropped: given.map((source, k) => droppedFacts(source.facts, facts.sources[k].facts)),
    articles: contributions.map(({ sources: [s] }, k) => ({ title: s.title, ...(s.date ? { date: s.date } : {}), key: articles[k].key, ...(stamps[k] ? { stamp: stamps[k] } : {}) })),
    problems: facts.problems,
    index: index.snapshot(),
  };
  yield;
  // The entry last: a set restored from it finds its ids and judgement keys beside it.
  const paged = listsLoadedByRange(entry.index);
  if (!cache.setSet(name, entry, (list) => paged.has(list))) return undefined;
  cache.pruneSets(name);
  return { name, entry };
}

/** How many facts a step of `savingSet` keys: some milliseconds' worth. */
const FACTS_A_STEP = 4000;
/** How many articles a step of `savingSet` looks at again (and reads again, while not settled). */
const ARTICLES_A_STEP = 100;

/**
 * A source of a restored set: its name, title and date at once, its facts (less those merging
 * dropped) and reading made by `load` when first asked for, or before (see `loading`). A class: an
 * object of three getters made for each of a thousand articles took ~5 ms of a warm start, V8
 * making each by slow paths.
 */
class RestoredSource implements SourceFacts, IndexedSource {
  readonly file: string;
  readonly title: string;
  readonly date?: SourceFacts['date'];
  private made: (SourceFacts & { reading: SourceReading }) | undefined;
  /** Its making under way a step at a time (see `loading`), which a getter asking first finishes at once. */
  private steps: Generator<void> | undefined;

  constructor(
    known: Pick<SourceFacts, 'file' | 'title' | 'date'>,
    private readonly load: () => Generator<void, SourceFacts>,
    private readonly dropped: readonly number[],
  ) {
    this.file = known.file;
    this.title = known.title;
    if (known.date) this.date = known.date;
  }

  get facts(): Fact[] {
    return this.make().facts;
  }

  get paragraphs(): string[] | undefined {
    return this.make().paragraphs;
  }

  get paragraphLines(): number[] | undefined {
    return this.make().paragraphLines;
  }

  get reading(): SourceReading {
    return this.make().reading;
  }

  /** Its facts and reading made a step at a time; undefined once they are made. */
  loading(): Generator<void> | undefined {
    return this.made ? undefined : (this.steps ??= this.making());
  }

  private make(): SourceFacts & { reading: SourceReading } {
    const steps = this.loading();
    if (steps) runSteps(steps);
    return this.made!;
  }

  private *making(): Generator<void> {
    try {
      const source = yield* this.load();
      if (!this.dropped.length) {
        this.made = { ...source, reading: source.reading ?? (yield* readingSource(source)) };
        return;
      }
      const left = new Set(this.dropped);
      const { reading: _reading, ...rest } = source;
      const facts = source.facts.filter((_, i) => !left.has(i));
      this.made = { ...rest, facts, reading: yield* readingSource({ facts, paragraphs: rest.paragraphs }) };
    } finally {
      // Made, or failed: a getter asking later tries again, and fails as it would have alone.
      this.steps = undefined;
    }
  }
}

/** The numbers of the facts of `given` that are not in `kept` (which keeps the others, in order). */
function droppedFacts(given: readonly Fact[], kept: readonly Fact[]): number[] {
  const dropped: number[] = [];
  let j = 0;
  given.forEach((fact, i) => {
    if (kept[j] === fact) j++;
    else dropped.push(i);
  });
  return dropped;
}

/** A contribution merging cannot change but by leaving facts out. */
function keepable(c: FactContribution): boolean {
  return !c.amendments?.length && !c.silenced?.length;
}

/** Where a set's fact ids are kept: megabytes that only an annotation needs, read when one is first checked. */
function idsName(name: string): string {
  return setPartName(name, 'ids');
}

/**
 * Where what judging a claim reads of each of a set's facts is kept: a restored index judges claims
 * from it without reading the articles, read when a claim is first judged.
 */
function judgementKeysName(name: string): string {
  return setPartName(name, 'judged');
}

/**
 * Where a set's entry is kept: one per list of article names and their ids' prefixes, so an edited
 * article replaces its set's entry, and per build, whose entry vouches for its articles' keys (see
 * `statArticle`), which the prefixes are part of.
 */
function setName(cache: FactCache, articles: ReadonlyArray<Pick<SourceName, 'name' | 'prefix'>>, bundled: FactContribution | undefined): string {
  return createHash('sha256')
    .update(`${cache.version}\0${bundled ? 'bundled' : 'alone'}\0`)
    .update(terminated(articles.map((a) => `${a.name}\0${a.prefix}`)))
    .digest('hex');
}

/** What a set's entry is of: every article's content key, and the bundled facts as loaded. */
function setKey(articles: readonly ArticleStamp[], bundled: FactContribution | undefined): string {
  return createHash('sha256').update(bundled ? bundledDigest(bundled) : 'alone').update('\0').update(terminated(articles.map((a) => a.key))).digest('hex');
}

/**
 * Each string followed by a NUL, as one string: hashed in one call, where a call for each of a
 * thousand articles' names took ~2 ms of a warm start, twice.
 */
function terminated(strings: readonly string[]): string {
  return strings.length ? `${strings.join('\0')}\0` : '';
}

const digests = new WeakMap<FactContribution, string>();

function bundledDigest(bundled: FactContribution): string {
  let digest = digests.get(bundled);
  if (!digest) digests.set(bundled, (digest = createHash('sha256').update(factJson(bundled.sources)).digest('hex')));
  return digest;
}

/**
 * The stamp by which a kept set vouches for an article's key: the one it was read with, when it was
 * read settled; else its stamp as it is read again now, settled, with the same key. Undefined when
 * it is not settled yet; false when it changed since it was read (the set is then not kept).
 */
function settledStamp(cache: FactCache, article: ArticleStamp): string | undefined | false {
  if (article.settled) return sameStamp(article) && article.stamp;
  const again = readArticle(cache, article, false);
  if (again?.key !== article.key) return false;
  return again.settled ? again.stamp : undefined;
}

function sameStamp(article: StatedArticle): boolean {
  return statArticle(article)?.stamp === article.stamp;
}

/**
 * Whether a value read back has the shape of a set's entry of `sources` sources: its lists of the
 * lengths that the index looks them up by. Its numbers are not looked through one by one: the
 * entry's bytes are read back only when all are as written (see `arraysFile`).
 */
function isSetEntry(v: unknown, sources: number, articles: number): v is SetEntry {
  const e = v as Partial<SetEntry> | undefined;
  if (!e || typeof e !== 'object' || typeof e.key !== 'string' || !Array.isArray(e.problems)) return false;
  if (!Array.isArray(e.dropped) || e.dropped.length !== sources || !e.dropped.every((d) => Array.isArray(d) && d.every(Number.isInteger))) return false;
  if (!Array.isArray(e.articles) || e.articles.length !== articles || !e.articles.every((a) => a && typeof a.title === 'string' && typeof a.key === 'string' && (a.stamp === undefined || typeof a.stamp === 'string'))) return false;
  return isIndexSnapshot(e.index, sources);
}

function isIndexSnapshot(v: unknown, sources: number): v is IndexSnapshot {
  const s = v as Partial<IndexSnapshot> | undefined;
  if (!s || typeof s !== 'object') return false;
  if (!(s.factCounts instanceof Uint32Array) || s.factCounts.length !== sources || !(s.kindOf instanceof Uint8Array) || !(s.levels instanceof Float64Array)) return false;
  if (!Array.isArray(s.kinds) || !Array.isArray(s.words) || s.words.length !== s.kinds.length) return false;
  const termCount = packedCount(s.terms);
  const v2 = s.vocabulary;
  if (termCount < 0 || !v2 || typeof v2.documents !== 'number' || !(v2.counts instanceof Uint32Array) || packedCount(v2.words) !== v2.counts.length) return false;
  if (!areHashSlots(s.termSlots, termCount) || !areHashSlots(v2.slots, v2.counts.length) || !arePrefixGroups(v2.prefixes, v2.counts.length)) return false;
  if (s.factCounts.reduce((a, b) => a + b, 0) !== s.kindOf.length) return false;
  const r = s.relevance;
  if (!r || r.count !== sources || !Array.isArray(r.words) || !(r.starts instanceof Uint32Array) || !(r.holders instanceof Uint32Array)) return false;
  if (!Array.isArray(r.curated) || !r.curated.every((k) => Number.isInteger(k) && k >= 0 && k < sources)) return false;
  if (!Number.isInteger(r.keysFrom) || r.keysFrom < 0 || r.keysFrom > r.words.length) return false;
  if (r.starts.length !== r.words.length + 1 || r.starts[r.words.length] !== r.holders.length) return false;
  let facts = 0;
  const shaped = s.words.every((w) => {
    if (!w || !(w.factStart instanceof Uint32Array) || !(w.holdersStart instanceof Uint32Array) || !(w.highest instanceof Float64Array)) return false;
    if (!isNumbers(w.terms) || !isNumbers(w.levelIds) || !isNumbers(w.holders)) return false;
    const pairs = w.terms.length;
    facts += w.factStart.length - 1;
    return w.factStart.length > 0 && w.levelIds.length === pairs && w.holders.length === pairs && w.holdersStart.length === termCount + 1 && w.highest.length === termCount;
  });
  return shaped && facts === s.kindOf.length;
}

/** Whether `v` has the shape of `PrefixGroups` of `words` words: each word in one group. */
function arePrefixGroups(v: unknown, words: number): v is PrefixGroups {
  const g = v as Partial<PrefixGroups> | undefined;
  if (!g || !(g.keys instanceof Float64Array) || !(g.starts instanceof Uint32Array) || !(g.words instanceof Uint32Array)) return false;
  return g.starts.length === g.keys.length + 1 && g.starts[0] === 0 && g.starts[g.keys.length] === words && g.words.length === words;
}

function isNumbers(v: unknown): v is SmallNumbers {
  return v instanceof Uint8Array || v instanceof Uint16Array || v instanceof Uint32Array;
}
