import { readFrontMatter } from '../text/frontMatter';
import type { LineIndex } from '../text/lineIndex';

/**
 * Where a writer told Factline to stay quiet. Comments are HTML comments in Markdown and plain text
 * alike, so a writer learns one syntax:
 * - `<!-- factline-disable -->` … `<!-- factline-enable -->`: everything between (to the end when not re-enabled);
 * - `<!-- factline-disable-next-line -->`: the next line;
 * - `<!-- factline-ignore -->` right after a figure: that figure only (what "Ignore this figure" inserts);
 * - front matter `factline: false`: the whole document.
 */
export interface Suppressions {
  /** Whether a claim spanning [start, end) is silenced. */
  covers(start: number, end: number): boolean;
}

export const IGNORE_COMMENT = '<!-- factline-ignore -->';

/** What a draft without suppressions gives: one object, so that a caller can tell nothing is silenced. */
export const NO_SUPPRESSIONS: Suppressions = { covers: () => false };

const DIRECTIVE = /<!--\s*factline-(disable-next-line|disable|enable|ignore)\s*-->/g;

export function findSuppressions(text: string, lines: LineIndex): Suppressions {
  const frontMatter = readFrontMatter(text);
  if (frontMatter?.data.factline === false) return { covers: () => true };
  const ranges: Array<[number, number]> = [];
  const ignoredEnds = new Set<number>();
  let disabledAt: number | undefined;
  for (const m of text.matchAll(DIRECTIVE)) {
    const at = m.index!;
    switch (m[1]) {
      case 'disable':
        disabledAt ??= at;
        break;
      case 'enable':
        if (disabledAt !== undefined) ranges.push([disabledAt, at]);
        disabledAt = undefined;
        break;
      case 'disable-next-line': {
        const next = lines.positionAt(at + m[0].length).line + 1;
        if (next < lines.lineCount) ranges.push([lines.lineStarts[next], lines.lineEnd(next)]);
        break;
      }
      case 'ignore':
        ignoredEnds.add(endOfFigureBefore(text, at));
        break;
    }
  }
  if (disabledAt !== undefined) ranges.push([disabledAt, text.length]);
  if (!ranges.length && !ignoredEnds.size) return NO_SUPPRESSIONS;
  return {
    covers: (start, end) => ignoredEnds.has(end) || ranges.some(([from, to]) => start < to && end > from),
  };
}

/** The comment may follow the figure after spaces ("130,000 <!-- factline-ignore -->"). */
function endOfFigureBefore(text: string, commentStart: number): number {
  let end = commentStart;
  while (end > 0 && (text[end - 1] === ' ' || text[end - 1] === '\t')) end--;
  return end;
}
