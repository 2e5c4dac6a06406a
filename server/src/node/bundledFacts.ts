import { createHash } from 'crypto';
import fs = require('fs');
import path = require('path');
import v8 = require('v8');
import type { SourceFacts } from '../core/facts/buildFacts';
import { plainPlace } from '../core/facts/articlePlace';
import type { FactContribution } from '../core/facts/mergeFactBase';
import { isSourceReading, readSource } from '../core/match/sourceReading';
import { FACT_FILE, loadSource } from './loadSource';
import { packageRoot, packageVersion } from './packageRoot';

/**
 * The built-in fact base as loaded and read for the index, written by `npm run build` beside the
 * bundles (`dist/`) that read it. Reading the seed article for the index runs every extractor over
 * it, the largest part of a server's start; this file holds the result. Compiled tests (`out/`)
 * have none beside them, so they always read `facts/` with the code they test. A bundle rebuilt
 * alone (`npm run build:server`) keeps the snapshot of the last full build: rebuild all after
 * changing what extraction finds.
 */
export const BUILT_IN_SNAPSHOT = 'builtin-facts.bin';

/** The `facts/` folder shipped with Factline. */
export function bundledFactsDir(): string {
  return path.join(packageRoot(), 'facts');
}

export function loadBundledFacts(): SourceFacts[] {
  const dir = bundledFactsDir();
  return fs
    .readdirSync(dir)
    .filter((f) => FACT_FILE.test(f))
    .sort()
    .flatMap((f) => {
      const loaded = loadSource(path.join(dir, f));
      if (loaded.problems.length) throw new Error(`bundled fact file ${f} is malformed: ${loaded.problems[0].message}`);
      return loaded.sources;
    });
}

/**
 * The built-in facts as a curated contribution: a workspace fact file may not silently redefine them.
 * Taken from the snapshot beside the running bundle when it was made of these very files.
 */
export function bundledContribution(): FactContribution {
  return { file: bundledFactsDir(), curated: true, builtIn: true, sources: readBuiltInSnapshot(path.join(__dirname, BUILT_IN_SNAPSHOT)) ?? loadBundledFacts() };
}

/** Writes the snapshot (the build's last step). Paths are kept relative to `facts/`: the package moves when installed. */
export function writeBuiltInSnapshot(file: string): void {
  const dir = bundledFactsDir();
  const sources = loadBundledFacts().map((s) => relocated({ ...s, reading: readSource(s) }, (f) => path.relative(dir, f)));
  fs.writeFileSync(file, v8.serialize({ key: factsKey(), sources }));
}

/**
 * The sources a snapshot holds; undefined when there is none, it is damaged, or `facts/` (or
 * Factline's version) changed since it was made: the caller then reads `facts/` itself.
 */
export function readBuiltInSnapshot(file: string): SourceFacts[] | undefined {
  let snapshot: { key?: unknown; sources?: unknown };
  try {
    snapshot = v8.deserialize(fs.readFileSync(file));
  } catch {
    return undefined;
  }
  const { key, sources } = snapshot ?? {};
  if (key !== factsKey() || !Array.isArray(sources) || !sources.every(isSnapshotSource)) return undefined;
  const dir = bundledFactsDir();
  return sources.map((s) => relocated(s, (f) => path.resolve(dir, f)));
}

/** What a snapshot is made of: every file in `facts/` (name and bytes) and Factline's version. */
function factsKey(): string {
  const dir = bundledFactsDir();
  const hash = createHash('sha256').update(`factline ${packageVersion()}\0`);
  for (const name of fs.readdirSync(dir).sort()) hash.update(`${name}\0`).update(fs.readFileSync(path.join(dir, name))).update('\0');
  return hash.digest('hex');
}

function isSnapshotSource(v: unknown): v is SourceFacts {
  const s = v as Partial<SourceFacts> | undefined;
  return !!s && typeof s.file === 'string' && Array.isArray(s.facts) && isSourceReading(s.reading, s.facts.length);
}

/** A source whose file names (its own, its facts' and their declarations') are mapped by `move`. */
function relocated(source: SourceFacts, move: (file: string) => string): SourceFacts {
  return {
    ...source,
    file: move(source.file),
    facts: source.facts.map((fact) => ({
      ...fact,
      source: { ...plainPlace(fact.source), file: move(fact.source.file) },
      ...(fact.declaredAt ? { declaredAt: { ...fact.declaredAt, file: move(fact.declaredAt.file) } } : {}),
    })),
  };
}
