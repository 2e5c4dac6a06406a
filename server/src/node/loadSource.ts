import * as fs from 'fs';
import * as path from 'path';
import { buildFacts, formatOf, SourceFacts } from '../core/facts/buildFacts';
import { FactFileProblem, parseFactFile } from '../core/facts/factFile';
import { paragraphsOf } from '../core/facts/paragraphs';
import { InputError, readTextFile } from './readTextFile';

export const SOURCE_EXTENSIONS = /\.(md|markdown|txt)$/i;
export const FACT_FILE = /\.facts\.json$/i;

export interface LoadedSource {
  sources: SourceFacts[];
  /** Problems in a fact file: the facts that could be read are still in `sources`. */
  problems: FactFileProblem[];
}

/**
 * Loads a source article (Markdown or text) or a fact file. `name` is how facts name the file
 * (relative to where their fact file will live, or as the user gave it).
 */
export function loadSource(file: string, name = file): LoadedSource {
  const text = readTextFile(file);
  if (FACT_FILE.test(file)) return loadFactFile(file, text);
  if (!SOURCE_EXTENSIONS.test(file)) throw new InputError(`${file}: not a source (expected .md, .txt or .facts.json)`);
  return { sources: [buildFacts({ file: name, text })], problems: [] };
}

/**
 * A fact file's facts. The articles they cite are named relative to the fact file; they are
 * resolved to where they are, and their paragraphs read when at hand, since paragraphs give
 * matching its context beyond the quoted sentence.
 */
function loadFactFile(file: string, text: string): LoadedSource {
  const { sources, problems } = parseFactFile(text);
  for (const source of sources) {
    const article = path.resolve(path.dirname(file), source.file);
    source.file = article;
    for (const fact of source.facts) fact.source = { ...fact.source, file: article };
    if (!fs.existsSync(article)) continue;
    try {
      source.paragraphs = paragraphsOf(readTextFile(article), formatOf(article));
    } catch {
      // The facts stand on their quotes alone; the article is optional.
    }
  }
  return { sources, problems };
}
