import { InputError, readTextFile } from './readTextFile';

/** A draft larger than this is refused rather than checked for minutes: no article is that long. */
export const MAX_DRAFT_BYTES = 32 * 1024 * 1024;
/** A line longer than this is generated data (a minified file, a dump), not prose a writer wrote. */
export const MAX_LINE_CHARS = 1_000_000;

/** Reads a draft for the CLI: text (see `readTextFile`), not over the size limit, with no giant line. */
export function readDraft(file: string): string {
  const text = readTextFile(file, MAX_DRAFT_BYTES);
  const long = longestLine(text);
  if (long.length > MAX_LINE_CHARS) {
    throw new InputError(`${file}: line ${long.line + 1} is ${long.length.toLocaleString('en')} characters long (limit ${MAX_LINE_CHARS.toLocaleString('en')}); not a draft`);
  }
  return text;
}

/** The longest line of a text (0-based), in UTF-16 code units, found without splitting the text. */
export function longestLine(text: string): { line: number; length: number } {
  let best = { line: 0, length: 0 };
  let line = 0;
  let start = 0;
  const breaks = /\r\n|\r|\n/g;
  for (;;) {
    const match = breaks.exec(text);
    const end = match ? match.index : text.length;
    if (end - start > best.length) best = { line, length: end - start };
    if (!match) return best;
    start = match.index + match[0].length;
    line++;
  }
}
