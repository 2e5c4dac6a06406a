import fs = require('fs');
import path = require('path');
import { articlePrefixes } from '../core/facts/articlePrefixes';
import { buildingFacts, buildingFactsAndReading, formatOf } from '../core/facts/buildFacts';
import { FactFileProblem, parseFactFile } from '../core/facts/factFile';
import { locateFact } from '../core/facts/locateFact';
import type { FactContribution } from '../core/facts/mergeFactBase';
import { paragraphLines, paragraphTexts } from '../core/facts/paragraphs';
import { type Failure, failureReason } from '../core/failure';
import { runSteps } from '../core/steps';
import { LineIndex } from '../core/text/lineIndex';
import { readProse } from '../core/text/prose';
import type { FactCache } from './factCache';
import { decodeText, InputError, readFileBytes, readTextFile } from './readTextFile';

export const SOURCE_EXTENSIONS = /\.(md|markdown|txt)$/i;
export const FACT_FILE = /\.facts\.json$/i;
/** A source or fact file larger than this is refused: no article is that long, and reading it would stall the server. */
export const MAX_SOURCE_BYTES = 16 * 1024 * 1024;

/** Where an article's facts are looked up and kept: a `FactCache`, or one that writes its entries later (see `SourceLibrary`). */
export type SourceCache = Pick<FactCache, 'key' | 'getting' | 'set'>;

/** One loaded source file, ready for `mergeFactBase` with the others. */
export interface LoadedSource extends FactContribution {
  /** Problems in a fact file: the facts that could be read are still in `sources`. */
  problems: FactFileProblem[];
}

/** How an article is read (see `sourceFromBytes`). */
export interface ArticleReading {
  /** The bytes' cache key, when they were hashed already (to look for their source set). */
  known?: string;
  /**
   * False: the article is read for its facts alone, not for the index too (see `SourceReading`),
   * unless a cache is to keep it: `factline extract` writes its facts and nothing else, and the
   * index's reading of a thousand articles was 40% of extracting them.
   */
  forIndex?: boolean;
  /**
   * What its facts' ids begin with among the articles loaded with it (see `sourceNames`), a part of
   * its cache key; loaded alone, its own name's slug.
   */
  prefix?: string;
}

/**
 * Loads a source article (Markdown or text) or a fact file. `name` is how facts name the file
 * (relative to where their fact file will live, or as the user gave it).
 */
export function loadSource(file: string, name = file, cache?: SourceCache, reading: ArticleReading = {}): LoadedSource {
  if (!FACT_FILE.test(file) && !SOURCE_EXTENSIONS.test(file)) throw new InputError(`${file}: not a source (expected .md, .txt or .facts.json)`);
  return sourceFromBytes(file, readFileBytes(file, MAX_SOURCE_BYTES), name, cache, reading);
}

/** An article as the cache holds it under its key, if it does, read a step at a time (see `FactCache.getting`). */
export function* sourceFromCache(name: string, cache: SourceCache, key: string): Generator<void, LoadedSource | undefined> {
  const cached = yield* cache.getting(key);
  return cached && { file: name, curated: false, sources: [cached], problems: [] };
}

/**
 * A source from bytes already read. An article's facts come from the cache when it holds these very
 * bytes (they were valid UTF-8 when first read), and are written to it otherwise. Fact files are
 * not cached: they are quick to parse and their facts depend on the articles they cite.
 */
export function sourceFromBytes(file: string, bytes: Uint8Array, name = file, cache?: SourceCache, reading: ArticleReading = {}): LoadedSource {
  return runSteps(sourceFromBytesInSteps(file, bytes, name, cache, reading));
}

/** `sourceFromBytes` a step at a time (see `runSteps`): a server extracts an article of megabytes while it answers requests. */
export function* sourceFromBytesInSteps(
  file: string,
  bytes: Uint8Array,
  name = file,
  cache?: SourceCache,
  { known, forIndex = true, prefix = articlePrefixes([name])[0] }: ArticleReading = {},
): Generator<void, LoadedSource> {
  if (FACT_FILE.test(file)) return loadFactFile(file, decodeText(bytes, file));
  if (!SOURCE_EXTENSIONS.test(file)) throw new InputError(`${file}: not a source (expected .md, .txt or .facts.json)`);
  const key = cache && (known ?? cache.key(bytes, name, prefix));
  const cached = key ? yield* sourceFromCache(name, cache!, key) : undefined;
  if (cached) return cached;
  // Read for the index now, from the same reading of the text where it can be (see buildFactsAndReading),
  // and so that the next session finds that too in the cache.
  const text = decodeText(bytes, file);
  const source = yield* (forIndex || key ? buildingFactsAndReading : buildingFacts)({ file: name, text, prefix });
  // An article whose reading threw is read again next time, and said again, rather than kept short of facts.
  if (source.failures) return { file: name, curated: false, sources: [source], problems: failureProblems(text, source.failures) };
  if (key) cache!.set(key, source);
  return { file: name, curated: false, sources: [source], problems: [] };
}

/** The sentences of an article whose reading threw, as warnings at each: the rest of its facts are read. */
function failureProblems(text: string, failures: readonly Failure[]): FactFileProblem[] {
  const lines = new LineIndex(text);
  return failures.map((failure) => {
    const range = lines.rangeOf(failure.start, failure.end);
    const message = `${failure.left} left out of the facts, as reading them threw (a bug in Factline: please report it): ${failureReason(failure)}`;
    return { code: 'unread-sentence', severity: 'warning', message, range, line: range.start.line, character: range.start.character };
  });
}

/**
 * A fact file's facts. The articles they cite are named relative to the fact file; they are
 * resolved to where they are, and read when at hand: their paragraphs give matching its context
 * beyond the quoted sentence, and a hand-written fact that gives no range is found by its quote.
 */
function loadFactFile(file: string, text: string): LoadedSource {
  const self = path.resolve(file);
  const parsed = parseFactFile(text, self);
  const problems = [...parsed.problems];
  const unplaced = new Set(parsed.unplaced);
  for (const source of parsed.sources) {
    // Facts from pages outside the workspace stand in this file (see FactSource): nothing to read.
    if (source.facts.every((f) => f.source.file === self)) continue;
    const article = path.resolve(path.dirname(file), source.file);
    source.file = article;
    for (const fact of source.facts) fact.source = { ...fact.source, file: article };
    const waiting = source.facts.filter((f) => unplaced.has(f));
    let prose;
    try {
      prose = fs.existsSync(article) ? readProse(readTextFile(article, MAX_SOURCE_BYTES), formatOf(article)) : undefined;
    } catch {
      // An unreadable article is reported when it is checked as a source; its facts stand on their quotes.
    }
    if (prose) {
      source.paragraphs = paragraphTexts(prose);
      source.paragraphLines = paragraphLines(prose);
    }
    for (const fact of waiting) {
      const found = prose && locateFact(prose, fact);
      if (found) {
        fact.source = { ...fact.source, ...found };
        continue;
      }
      const { range } = fact.declaredAt!;
      problems.push({
        code: prose ? 'quote-not-found' : 'source-not-found',
        severity: 'warning',
        message: prose
          ? `fact "${fact.id}": its quote is not in ${source.file}; give "source.range" to say where the fact stands`
          : `fact "${fact.id}": ${article} cannot be read, so the fact cannot be placed in it`,
        range,
        line: range.start.line,
        character: range.start.character,
      });
    }
  }
  return { file: self, curated: true, sources: parsed.sources, amendments: parsed.amendments, silenced: parsed.silenced, problems };
}
