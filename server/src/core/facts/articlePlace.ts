import type { Range } from '../text/lineIndex';
import type { FactSource } from './fact';

/**
 * Where a fact read from an article stands, as `FactSource` tells it, with its range held as four
 * numbers and made when asked for (by hovers, citations and diagnostics' related places, never by
 * matching). A range of three objects for each fact was ~14 MB of the ~100 MB that a thousand
 * articles' 149,000 facts held, and a server's peak as it built and kept their set, at a cold
 * start, fell by as much (VmHWM 297-301 MB, 281-285 so). The numbers are private fields: a
 * spread copy (`{ ...fact.source, range }`) holds what `FactSource` says and nothing more, and
 * `toJSON` gives the place as plain data to the LSP, the CLI and the fact cache.
 */
export class ArticlePlace implements FactSource {
  readonly #startLine: number;
  readonly #startCharacter: number;
  readonly #endLine: number;
  readonly #endCharacter: number;

  constructor(
    readonly file: string,
    readonly title: string,
    readonly paragraph: number,
    range: Range,
  ) {
    this.#startLine = range.start.line;
    this.#startCharacter = range.start.character;
    this.#endLine = range.end.line;
    this.#endCharacter = range.end.character;
  }

  get range(): Range {
    return { start: { line: this.#startLine, character: this.#startCharacter }, end: { line: this.#endLine, character: this.#endCharacter } };
  }

  toJSON(): FactSource {
    return plainPlace(this);
  }
}

/** `source` as plain data, for copies that keep only own properties (`v8.serialize`, a spread). */
export function plainPlace(source: FactSource): FactSource {
  const { file, url, title, paragraph, range } = source;
  return { file, ...(url !== undefined ? { url } : {}), title, paragraph, range };
}
