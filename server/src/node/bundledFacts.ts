import * as fs from 'fs';
import * as path from 'path';
import type { SourceFacts } from '../core/facts/buildFacts';
import type { FactContribution } from '../core/facts/mergeFactBase';
import { FACT_FILE, loadSource } from './loadSource';
import { packageRoot } from './packageRoot';

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

/** The built-in facts as a curated contribution: a workspace fact file may not silently redefine them. */
export function bundledContribution(): FactContribution {
  return { file: bundledFactsDir(), curated: true, sources: loadBundledFacts() };
}
