import path = require('path');
import { fileURLToPath } from 'url';
import type { SourceFacts } from '../core/facts/buildFacts';
import { FactBaseProblem, FactContribution, MergedFacts, mergingFactBase } from '../core/facts/mergeFactBase';
import { FactIndex } from '../core/match/factIndex';
import { sourcesRestated, sourcesToReadFirst } from '../core/match/sourcesToReadFirst';
import { unreadSource } from '../core/match/unreadSource';
import { runSteps } from '../core/steps';
import type { ArrayPages } from '../node/arraysFile';
import { findSourceFiles, sourcePatternMatcher } from '../node/sourceFiles';
import { keepSourceListing, keptSourceFiles, stampFolders } from '../node/sourceListing';
import type { FactCache } from '../node/factCache';
import { decodeText } from '../node/readTextFile';
import { LoadedSources, LoadOptions, SourceLibrary, SourceProblem } from '../node/sourceLibrary';
import { SourceName, sourceNames } from '../node/sourceNames';
import { ArticleStamp, KeptSet, letGoOfSetEntry, readArticle, readSetEntry, restoreKeptSet, RestoredSet, restoreSet, savingSet, SetArticle, statArticle } from '../node/sourceSet';
import { inSlices, mapInSlices } from '../node/timeSlices';
import type { CheckContext } from './documentChecks';
import { PROGRESS_FROM, SourceLoadProgress, WorkDoneReporter } from './loadProgress';
import type { ServerTrace } from './serverTrace';
import { readSettings, Settings } from './settings';

export interface FactBase {
  folder: string | undefined;
  sources: SourceFacts[];
  index: FactIndex;
  /** Unreadable or malformed sources, and refused patterns. */
  problems: SourceProblem[];
  patternProblems: string[];
  /** Whether a file on disk is one of this fact base's sources (or could become one). */
  covers(file: string): boolean;
}

export interface WorkspaceFactsHost {
  /** The client's `factline` settings for a document; undefined when it cannot be asked. */
  configuration(uri: string): Promise<unknown>;
  /** The built-in fact base, as one contribution to merge with the workspace's. */
  loadBundled(): FactContribution | undefined;
  /** Called after a fact base is built, with every problem it met (an empty list clears earlier ones). */
  problemsFound(base: FactBase): void;
  log(message: string): void;
  /** Progress the editor shows while a large source set is read (see `SourceLoadProgress`). */
  progress?(): Promise<WorkDoneReporter>;
  /** Where the time a fact base took is said, when the client traces the server. */
  trace?: ServerTrace;
  /** The documents open now, whose sources are read first (see `sourcesToReadFirst`), each with the first `chars` of its text. */
  openDrafts?(): Array<{ uri: string; head(chars: number): string }>;
  /**
   * Called when a fact base is complete that documents were checked against provisionally, or rests
   * on its kept set (see `restOn`): they need checking again.
   */
  completed?(): void;
  /**
   * Work a check will need, done while a kept set is read from disk (tens of milliseconds at a
   * warm start, in which the server has nothing else to do) rather than by the first check.
   */
  whileReading?(): void;
  /**
   * Called when a fact base gave way to one resting on its kept set (see `restOn`), after
   * `completed`: the memory of the one it replaced, a hundred megabytes for a thousand articles,
   * is garbage once the documents are checked again.
   */
  letGo?(): void;
}

/** Where extracted facts are kept between sessions (the editor's storage folder), if anywhere. */
export interface WorkspaceFactsOptions {
  cache?: FactCache;
  /** How long after a source set is built it is kept in the cache, unless the server shuts down first. */
  keepAfterMs?: number;
  /** How the server keeps its heap near what lives through large loads; none in tests. */
  heap?: {
    /** Through the reading and indexing of the articles (see `heapGrowingSlowly`); returns what ends it. */
    growSlowly(): () => void;
    /**
     * A full collection of garbage, made before a set is kept: keeping a thousand articles' set
     * makes tens of megabytes of arrays, which grew a heap still holding the load's garbage.
     */
    collect(): Promise<void>;
  };
}

/** A fact base being built or built; `covers` is known at once, so a file change can abandon a build. */
interface BaseEntry {
  promise: Promise<FactBase>;
  base?: FactBase;
  covers(file: string): boolean;
  /** The documents open when the build began: they may be checked against `first`. */
  early: ReadonlySet<string>;
  /** A base of the sources the early documents restate, while the rest are read; else the whole base. */
  first: Promise<FactBase>;
  /** The early documents that `first`, when provisional, was made for: those whose words told which articles they restate. */
  told?: ReadonlySet<string>;
}

/**
 * Which facts each open document is checked against: the bundled facts and the sources that the
 * settings of its workspace folder name. Settings, source sets and indexes are kept until a
 * configuration or file change says otherwise, and the same context object is handed out while
 * nothing changed, so a recheck can tell whether anything did.
 *
 * Fact bases are built in the background: the sources are read a slice at a time, handing the event
 * loop back in between, so requests are answered while a thousand articles load; documents are
 * checked as soon as the base they need is ready.
 */
export class WorkspaceFacts {
  private readonly library: SourceLibrary;
  private readonly cache: FactCache | undefined;
  private readonly keepAfterMs: number;
  private readonly heap: WorkspaceFactsOptions['heap'];
  private readonly settings = new Map<string, Promise<Settings>>();
  /** Settings already read, for decisions that cannot wait for the client (the debounce of a keystroke). */
  private readonly known = new Map<string, Settings>();
  private readonly bases = new Map<string, BaseEntry>();
  private readonly contexts = new Map<string, CheckContext>();
  private bundled: { contribution: FactContribution | undefined } | undefined;
  /** Source sets built, and listings of source files found, not yet kept in the cache. */
  private readonly unkept: Array<Generator<void, unknown>> = [];
  private folders: string[];
  /**
   * Whether a kept set may vouch for its articles by their stamps (see `statArticle`); not after a
   * recheck the writer asked for, which reads every article again whatever its stamp says.
   */
  private stampsVouch = true;

  constructor(
    private readonly host: WorkspaceFactsHost,
    folders: string[],
    private readonly trusted: boolean,
    /** Settings from `initializationOptions` or `didChangeConfiguration`, for clients that cannot be asked. */
    private fallback: Settings,
    options: WorkspaceFactsOptions = {},
  ) {
    this.folders = folders;
    this.cache = options.cache;
    this.keepAfterMs = options.keepAfterMs ?? KEEP_AFTER_MS;
    this.heap = options.heap;
    this.library = new SourceLibrary(options.cache);
  }

  async contextFor(uri: string): Promise<CheckContext> {
    const settings = await this.settingsFor(uri);
    const folder = this.folderOf(uri);
    const base = await this.factBase(folder, settings, uri);
    const key = `${baseKey(folder, settings)}\0${JSON.stringify(settings)}`;
    let context = this.contexts.get(key);
    if (!context || context.index !== base.index) this.contexts.set(key, (context = { index: base.index, settings }));
    return context;
  }

  /**
   * Whether the fact base of a document (as far as its settings are known) is still being built:
   * a request that needs it gets an empty answer rather than waiting.
   */
  loading(uri: string): boolean {
    const settings = this.known.get(uri) ?? this.fallback;
    const entry = this.bases.get(baseKey(this.folderOf(uri), settings));
    return !!entry && !entry.base;
  }

  /** The fact base a document is checked against, built if needed. */
  async factBaseFor(uri: string | undefined): Promise<FactBase> {
    const settings = uri ? await this.settingsFor(uri) : this.fallback;
    return this.factBase(uri ? this.folderOf(uri) : undefined, settings);
  }

  get workspaceFolders(): readonly string[] {
    return this.folders;
  }

  debounceFor(uri: string): number {
    return (this.known.get(uri) ?? this.fallback).debounceMs;
  }

  /** Absolute source patterns in the settings read so far: they need watchers outside the workspace. */
  absolutePatterns(): string[] {
    const all = [this.fallback, ...this.known.values()].flatMap((s) => s.sources);
    return [...new Set(all.filter((p) => path.isAbsolute(p)))];
  }

  settingsChanged(fallback: Settings | undefined): void {
    if (fallback) this.fallback = fallback;
    this.settings.clear();
    this.known.clear();
    this.contexts.clear();
  }

  setFolders(folders: string[]): void {
    this.folders = folders;
    this.bases.clear();
    this.contexts.clear();
  }

  /**
   * Files changed on disk: forget what was read of them. Returns whether any fact base in use
   * depends on them, so the caller knows whether open documents need a recheck.
   */
  filesChanged(files: string[]): boolean {
    let affected = false;
    for (const file of files) {
      this.library.forget(file);
      for (const [key, entry] of this.bases) {
        if (entry.covers(file) || entry.base?.problems.some((p) => p.file === file)) {
          this.bases.delete(key);
          affected = true;
        }
      }
    }
    return affected;
  }

  /**
   * Writes to the disk cache now what waits to be written when idle: the server is about to stop.
   * Source sets first: they are small beside a thousand articles' own entries, and a warm start
   * needs them most (an article whose entry is missing is extracted again when first needed).
   */
  writeCacheNow(): void {
    this.keepBuiltSets();
    this.library.flushCache();
  }

  /** Forget everything read from disk (the Recheck command). */
  reset(): void {
    this.stampsVouch = false;
    for (const entry of this.bases.values()) for (const s of entry.base?.sources ?? []) this.library.forget(s.file);
    this.bases.clear();
    this.contexts.clear();
    this.settings.clear();
    this.known.clear();
  }

  private settingsFor(uri: string): Promise<Settings> {
    let settings = this.settings.get(uri);
    if (!settings) {
      settings = this.host.configuration(uri).then(
        (raw) => {
          if (raw === undefined || raw === null) return this.fallback;
          const { settings, problems } = readSettings(raw);
          for (const p of problems) this.host.log(p);
          this.known.set(uri, settings);
          return settings;
        },
        (e) => {
          this.host.log(`could not read the settings for ${uri}, using defaults: ${(e as Error).message}`);
          return this.fallback;
        },
      );
      this.settings.set(uri, settings);
    }
    return settings;
  }

  /** The fact base of a folder's sources; for `uri`, a document open when it began, the first base made of it (see `BaseEntry`). */
  private factBase(folder: string | undefined, settings: Settings, uri?: string): Promise<FactBase> {
    const key = baseKey(folder, settings);
    const known = this.bases.get(key);
    if (known) return uri !== undefined && known.early.has(uri) ? firstFor(known, uri) : known.promise;
    const early = new Set((this.host.openDrafts?.() ?? []).filter((d) => this.folderOf(d.uri) === folder).map((d) => d.uri));
    const entry: BaseEntry = { covers: sourcePatternMatcher(settings.sources, folder), early, promise: undefined as unknown as Promise<FactBase>, first: undefined as unknown as Promise<FactBase> };
    const abandoned = () => this.bases.get(key) !== entry;
    // Listed before the build starts: it may run to its first wait at once (see `keptSourceFiles`).
    this.bases.set(key, entry);
    let provisional: (base: FactBase) => void = () => undefined;
    const built = this.library.holdingWrites(() =>
      this.build(folder, settings, entry, abandoned, (base, told) => {
        entry.told = told;
        provisional(base);
      }),
    );
    entry.promise = built.then(
      (base) => {
        if (!base) return this.factBase(folder, settings); // superseded: whoever waits gets the newer base
        entry.base = base;
        // The provisional base, which `first` resolved to, is not kept alive by it, nor by the resolve
        // function this scope holds: the build's pending keep of the set holds this scope until the set
        // is kept, seconds later, and with it the provisional base's thousand stand-in articles.
        entry.first = entry.promise;
        provisional = () => undefined;
        if (!abandoned()) {
          this.host.problemsFound(base);
          if (entry.told) this.host.completed?.();
        }
        return base;
      },
      (e) => {
        // Not kept: the next check tries again rather than failing on a stale error forever.
        if (!abandoned()) this.bases.delete(key);
        throw e;
      },
    );
    entry.first = new Promise<FactBase>((resolve, reject) => {
      provisional = resolve;
      entry.promise.then(resolve, reject);
    });
    return uri !== undefined && early.has(uri) ? firstFor(entry, uri) : entry.promise;
  }

  private async build(
    folder: string | undefined,
    settings: Settings,
    entry: BaseEntry,
    abandoned: () => boolean,
    provisional: (base: FactBase, told: ReadonlySet<string>) => void,
  ): Promise<FactBase | undefined> {
    const started = this.host.trace?.now();
    // The files found last, when the folders they were found in are as they were (see
    // `SourceListing`); else the folders are stamped before the walk, to keep what it finds.
    const listed = this.cache && this.stampsVouch ? keptSourceFiles(this.cache, settings.sources, folder) : undefined;
    const stamped = this.cache && !listed ? stampFolders(settings.sources, folder) : undefined;
    const found = listed ? { files: listed, problems: [] } : await findSourceFiles(settings.sources, folder, { trusted: this.trusted });
    if (abandoned()) return undefined;
    if (stamped && !found.problems.length) this.keepLater(keepingListing(this.cache!, settings.sources, folder!, { folders: stamped, files: found.files }));
    const bundled = settings.useBundledFacts ? this.bundledFacts() : undefined;
    const base = (facts: Pick<FactBase, 'sources' | 'index'>, problems: SourceProblem[], how: string): FactBase => {
      if (started !== undefined) this.host.trace!.since(started, `fact base of ${folder ?? 'documents outside any folder'} ready`, `${found.files.length} source files, ${how}`);
      return { folder, ...facts, problems, patternProblems: found.problems, covers: entry.covers };
    };
    // Prefixes told from every file found, for the articles read first (see `checkFirst`) too.
    const sources = sourceNames(found.files);
    const setEntry = this.cache && readSetEntry(this.cache, sources, bundled);
    // A kept set vouches for the articles whose stamps are as it kept them: they are not read.
    const look = this.stampsVouch ? (source: SourceName) => statArticle(source) : (source: SourceName) => readArticle(this.cache!, source, false);
    const stated = setEntry && (await mapInSlices(sources, abandoned, look));
    // The host's own preparing overlaps the entry's reading.
    if (stated && !abandoned()) this.host.whileReading?.();
    const opened = await setEntry;
    if (abandoned() || !stated) letGoOfSetEntry(opened);
    if (abandoned()) return undefined;
    const restored = stated && restoreSet(this.cache!, bundled, stated, opened, this.library.sourceCache);
    if (restored) {
      if (restored.pages) this.readRestLater(restored.pages, entry, abandoned);
      await this.readForChecks(restored, folder, abandoned);
      if (abandoned()) return undefined;
      return base(restored, restored.problems.map(sourceProblem), 'restored as a set from the cache');
    }
    // Their bytes kept only when no set of them is kept: one that is restored needs only their keys.
    // Undefined when a file is not an article or cannot be read: the set is then loaded file by file, which reports it.
    const articles = this.cache && (await mapInSlices(sources, abandoned, (source) => readArticle(this.cache!, source, !setEntry)));
    if (abandoned()) return undefined;
    if (articles) await this.checkFirst(sources, articles, bundled, entry.early, abandoned, (facts, read, told) => provisional(base(facts, [], `provisional, of the ${read} the open drafts restate`), told));
    if (abandoned()) return undefined;
    // Through the index too, which the articles' facts outlive, as through their reading.
    const built = await this.growingSlowly(async () => {
      const loaded = await this.loadShowingProgress(sources, { abandoned, read: articles });
      const indexed = loaded && (await mergedAndIndexed([...(bundled ? [bundled] : []), ...loaded.contributions], abandoned));
      return indexed && { loaded, ...indexed };
    });
    if (!built) return undefined;
    const { loaded, merged, index } = built;
    if (articles && !loaded.problems.length) {
      // The articles' megabytes are not held for the seconds until the set is kept.
      const stamps = articles.map(({ bytes: _bytes, ...stamp }) => stamp);
      this.keepLater(savingSet(this.cache!, bundled, stamps, loaded.contributions, merged, index), (kept) => {
        // Not for a base given up meanwhile (a source changed): the next one is built anyway.
        if (!abandoned()) void this.restOn(entry, kept, bundled, stamps, abandoned);
      }, true);
    }
    return base({ sources: merged.sources, index }, [...loaded.problems, ...merged.problems.map(sourceProblem)], this.cache ? 'read one by one (extracted, or from the cache)' : 'read and extracted');
  }

  /**
   * Reads first the articles the early documents restate, when they restate few of many, and gives
   * the base they make with the others standing in by their words (see `unreadSource`) to `ready`.
   * Its own method, so that the articles' texts are not held while the rest are read.
   */
  private async checkFirst(
    sources: readonly SourceName[],
    articles: readonly SetArticle[],
    bundled: FactContribution | undefined,
    early: ReadonlySet<string>,
    abandoned: () => boolean,
    ready: (facts: Pick<FactBase, 'sources' | 'index'>, read: number, told: ReadonlySet<string>) => void,
  ): Promise<void> {
    const first = await this.readFirst(sources, articles, bundled, early, abandoned);
    if (!first || abandoned()) return;
    const read = await this.growingSlowly(() => this.library.loadInBackground(first.sources, { abandoned, read: first.articles }));
    if (!read) return;
    const byFile = new Map(read.contributions.map((c) => [c.file, c]));
    const contributions = sources.map(({ file }, i): FactContribution => byFile.get(file) ?? { file, curated: false, sources: [first.standIns[i]] });
    const indexed = await mergedAndIndexed([...(bundled ? [bundled] : []), ...contributions], abandoned);
    if (indexed) ready({ sources: indexed.merged.sources, index: indexed.index }, first.sources.length, first.told);
  }

  /**
   * The articles the early documents restate, when they restate few of many: read first, they give
   * those documents a base to be checked against while the rest are read; with every article's stand-in.
   * `told` are the documents it is for: one whose words tell no article waits for them all. Undefined
   * when no document tells, the articles' bytes are not at hand, or the load was abandoned.
   */
  private async readFirst(
    sources: readonly SourceName[],
    articles: readonly SetArticle[],
    bundled: FactContribution | undefined,
    early: ReadonlySet<string>,
    abandoned: () => boolean,
  ): Promise<{ sources: SourceName[]; articles: SetArticle[]; standIns: SourceFacts[]; told: Set<string> } | undefined> {
    if (sources.length < READ_FIRST_FROM || !early.size || articles.some((a) => !a.bytes)) return undefined;
    const bundledReadings = bundled?.sources.map((s) => s.reading ?? unreadSource(s.file, (s.paragraphs ?? []).join('\n\n')).reading) ?? [];
    // A slice at a time: a thousand stand-ins took ~130 ms at a cold start, while requests waited.
    // An article that cannot be decoded says nothing here; it is reported when it is read.
    const standIns = await mapInSlices(articles, abandoned, (a) => unreadSource(a.file, decodedOrEmpty(a.bytes!, a.file)));
    if (!standIns) return undefined;
    // The drafts as they are now, after the slices: one closed meanwhile is no longer asked for.
    const drafts = (this.host.openDrafts?.() ?? []).filter((d) => early.has(d.uri));
    const choices = sourcesToReadFirst([...bundledReadings, ...standIns.map((s) => s.reading)], drafts.map((d) => d.head(DRAFT_CHARS_READ)));
    // A draft that tells none would be compared with every article: it waits for them all.
    const told = new Set(drafts.flatMap((d, i) => (choices[i] ? [d.uri] : [])));
    if (!told.size) return undefined;
    const chosen = new Set(choices.flatMap((c) => (c ? [...c] : [])));
    const picked = [...chosen].filter((k) => k >= bundledReadings.length).map((k) => k - bundledReadings.length);
    if (picked.length * 2 > sources.length) return undefined;
    return { sources: picked.map((i) => sources[i]), articles: picked.map((i) => articles[i]), standIns, told };
  }

  /** `work`, with the heap kept near what lives through it (see `WorkspaceFactsOptions.heap`). */
  private async growingSlowly<T>(work: () => Promise<T>): Promise<T> {
    const grownAsV8Chooses = this.heap?.growSlowly();
    try {
      return await work();
    } finally {
      grownAsV8Chooses?.();
    }
  }

  /** Loads articles that were not restored from a kept set, showing the editor how far it is when they are many. */
  private async loadShowingProgress(sources: readonly SourceName[], options: LoadOptions): Promise<LoadedSources | undefined> {
    const { host } = this;
    const progress = host.progress && sources.length >= PROGRESS_FROM ? new SourceLoadProgress(sources.length, () => host.progress!(), (e) => host.log(e.message)) : undefined;
    try {
      return await this.library.loadInBackground(sources, { ...options, advanced: progress && ((read) => progress.advanced(read)) });
    } finally {
      progress?.end();
    }
  }

  /**
   * Keeps the source sets built and not yet kept in the cache now (see `saveSet`): the server is
   * about to stop. Those being kept a step at a time are finished.
   */
  private keepBuiltSets(): void {
    for (const steps of this.unkept.splice(0)) runSteps(steps);
  }

  /**
   * Keeps a set (or a listing) a while after it was built, a slice of time at a time (see
   * `savingSet`): keeping a thousand articles' set takes a few hundred milliseconds, which would
   * hold up the first check, or a keystroke. `collectFirst`: for a set, whose keeping makes tens of
   * megabytes of arrays (see `WorkspaceFactsOptions.heap`).
   */
  private keepLater<T>(steps: Generator<void, T | undefined>, kept: (set: T) => void = () => undefined, collectFirst = false): void {
    this.unkept.push(steps);
    setTimeout(() => void this.keepInSlices(steps, kept, collectFirst), this.keepAfterMs).unref();
  }

  private async keepInSlices<T>(steps: Generator<void, T | undefined>, then: (set: T) => void, collectFirst: boolean): Promise<void> {
    let kept: T | undefined;
    try {
      if (collectFirst) await this.heap?.collect();
      // Those finished at shutdown meanwhile are no longer waiting.
      kept = await inSlices(steps, () => !this.unkept.includes(steps));
    } catch (e) {
      // Only the shortcut is lost: the next start reads the articles one by one.
      this.host.log(`a source set could not be kept in the cache: ${(e as Error).message}`);
    }
    const left = this.unkept.indexOf(steps);
    if (left >= 0) this.unkept.splice(left, 1);
    if (kept) then(kept);
  }

  /**
   * Reads the rest of a restored set's index a while after it was restored, a slice of time at a
   * time, which lets its file go. A page found damaged (its digest) or unreadable fails the checks
   * that need it: the base is then built again from its articles, and the documents checked again.
   */
  private readRestLater(pages: ArrayPages, entry: BaseEntry, abandoned: () => boolean): void {
    setTimeout(async () => {
      try {
        await inSlices(pages.loadingRest());
      } catch (e) {
        this.host.log(`the source set kept in the cache is damaged or cannot be read; its articles are read again: ${(e as Error).message}`);
        if (abandoned()) return;
        for (const [key, known] of this.bases) if (known === entry) this.bases.delete(key);
        this.host.completed?.();
      }
    }, this.keepAfterMs).unref();
  }

  /**
   * Once the set a base was built of is kept, the base rests on it as a warm start's would (see
   * `restoreKeptSet`): the facts of a thousand articles, built and held, were ~150 MB of the
   * server's memory for the rest of its session. Documents checked against the built base are
   * checked again, which lets it go; they find what they found.
   */
  private async restOn(entry: BaseEntry, kept: KeptSet, bundled: FactContribution | undefined, articles: readonly ArticleStamp[], abandoned: () => boolean): Promise<void> {
    const built = entry.base;
    if (!built) return;
    const started = this.host.trace?.now();
    const restored = restoreKeptSet(this.cache!, bundled, articles, kept, this.library.sourceCache);
    if (!restored) return;
    // The documents are checked again against it at once: what they need is read first, while the built base serves.
    await this.readForChecks(restored, built.folder, abandoned);
    if (abandoned() || entry.base !== built) return;
    const base: FactBase = { ...built, sources: restored.sources, index: restored.index };
    entry.base = base;
    entry.promise = entry.first = Promise.resolve(base);
    // Their facts are in the cache now: an article changed later is read again, the others from there.
    for (const article of articles) this.library.forget(article.file);
    if (started !== undefined) this.host.trace!.since(started, `fact base of ${built.folder ?? 'documents outside any folder'} rests on its set kept in the cache`, `${articles.length} articles`);
    this.host.completed?.();
    this.host.letGo?.();
  }

  /**
   * Reads, a slice of time at a time, the facts of the large articles of a restored set that the
   * drafts open in `folder` restate, before any check needs them: a check asks a restored article
   * for its facts when it first meets one, and an article of megabytes then took 0.5-2 s to read,
   * while the server answered nothing. Those of ordinary articles are left to the checks, which read
   * only the few they meet, in milliseconds; so is any article this misses, and one it cannot read
   * (the check then says why, as it would have).
   */
  private async readForChecks(restored: RestoredSet, folder: string | undefined, abandoned: () => boolean): Promise<void> {
    // Most sets hold no large article: their drafts' words are not read, nor a turn of the event
    // loop given up, which cost a thousand articles' warm start ~10 ms before its first diagnostics.
    if (restored.mostFacts < READ_BEFORE_CHECKS_FROM) return;
    const drafts = (this.host.openDrafts?.() ?? []).filter((d) => this.folderOf(d.uri) === folder);
    if (!drafts.length) return;
    const { relevance, vocabulary } = restored.index;
    // A draft at a time: the words of one of megabytes take tens of milliseconds to read.
    const abouts = await mapInSlices(drafts, abandoned, (draft) => ({ sources: sourcesRestated(relevance, vocabulary, draft.head(DRAFT_CHARS_READ)) }));
    if (!abouts) return;
    const all = abouts.some((about) => !about.sources);
    const restated = new Set(abouts.flatMap((about) => [...(about.sources ?? [])]));
    try {
      await inSlices(restored.loading((k, facts) => facts >= READ_BEFORE_CHECKS_FROM && (all || restated.has(k))), abandoned);
    } catch {
      // Left to the check that needs it, which reports why it cannot be read.
    }
  }

  private bundledFacts(): FactContribution | undefined {
    this.bundled ??= { contribution: this.host.loadBundled() };
    return this.bundled.contribution;
  }

  /** The workspace folder holding a document: the deepest one, as nested folders are allowed. */
  private folderOf(uri: string): string | undefined {
    let file: string;
    try {
      file = fileURLToPath(uri);
    } catch {
      // An unsaved buffer belongs to no folder; the first folder's sources are the writer's likeliest.
      return this.folders[0];
    }
    const holding = this.folders.filter((f) => file === f || file.startsWith(f.endsWith(path.sep) ? f : f + path.sep));
    return holding.sort((a, b) => b.length - a.length)[0];
  }
}

/**
 * The contributions merged and indexed a slice of time at a time (a thousand articles took 400 ms
 * in one go); undefined once the load is abandoned.
 */
async function mergedAndIndexed(contributions: readonly FactContribution[], abandoned: () => boolean): Promise<{ merged: MergedFacts; index: FactIndex } | undefined> {
  const merged = await inSlices(mergingFactBase(contributions), abandoned);
  const index = merged && (await inSlices(FactIndex.building(merged.sources), abandoned));
  return merged && index ? { merged, index } : undefined;
}

/** Keeps a listing of a folder's sources as one step (see `keepLater`). */
function* keepingListing(...keeping: Parameters<typeof keepSourceListing>): Generator<void, boolean> {
  return keepSourceListing(...keeping);
}

/**
 * The first base of an entry for an early document: the provisional one when it was made for the
 * document, else (or once the rest are in) the whole base.
 */
function firstFor(entry: BaseEntry, uri: string): Promise<FactBase> {
  return entry.first.then((base) => (base === entry.base || entry.told?.has(uri) ? base : entry.promise));
}

/** From how many articles those the open drafts restate are read first: a few are read before a check could wait on them. */
const READ_FIRST_FROM = 50;
/**
 * How much of an open draft tells which articles to read first: its opening paragraphs say what it
 * restates, and a draft of tens of megabytes read whole would hold the server for seconds at a start.
 */
const DRAFT_CHARS_READ = 256 * 1024;
/**
 * From how many facts a restored article the open drafts restate is read before they are checked
 * (see `readForChecks`): the entry of one of a thousand facts, ~100 KB of text, takes some tens of
 * milliseconds to read, which a check may take in one go; an ordinary article's, a few.
 */
const READ_BEFORE_CHECKS_FROM = 1000;

function decodedOrEmpty(bytes: Uint8Array, file: string): string {
  try {
    return decodeText(bytes, file);
  } catch {
    return '';
  }
}

/** How long after a source set is built it is kept in the cache, unless the server shuts down first: a while, lest it delay the checks that follow the load. */
const KEEP_AFTER_MS = 5000;

function sourceProblem(p: FactBaseProblem): SourceProblem {
  return { file: p.file, message: p.message, severity: p.severity, line: p.line, character: p.character };
}

function baseKey(folder: string | undefined, settings: Settings): string {
  return JSON.stringify([folder ?? null, settings.sources, settings.useBundledFacts]);
}
