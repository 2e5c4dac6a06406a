import path = require('path');
import { articlePrefixes } from '../core/facts/articlePrefixes';
import { SOURCE_EXTENSIONS } from './loadSource';

/** A file of a set of sources loaded together, as its facts will name it. */
export interface SourceName {
  file: string;
  /** How its facts name the file: as the user gave it, or relative to where their fact file will live. */
  name: string;
  /**
   * What an article's fact ids begin with, unique among the set's articles (see `articlePrefixes`),
   * so that two of one file name (`2023/report.md`, `2024/report.md`) keep both their facts. Empty
   * for a fact file, whose facts carry their own ids.
   */
  prefix: string;
}

/**
 * The files of a set of sources loaded together, named. Prefixes are told from the paths resolved,
 * so that one file given two ways (`a.md`, `./a.md`) is one article, and the CLI's relative paths
 * give the prefixes a server's absolute ones do.
 */
export function sourceNames(files: readonly string[], nameOf: (file: string) => string = (file) => file): SourceName[] {
  const articles = files.filter((file) => SOURCE_EXTENSIONS.test(file));
  const prefixes = articlePrefixes(articles, (file) => path.resolve(file));
  const byFile = new Map(articles.map((file, i) => [file, prefixes[i]]));
  return files.map((file) => ({ file, name: nameOf(file), prefix: byFile.get(file) ?? '' }));
}
