import type { Prose } from '../text/prose';

/** The text of each paragraph of an article, in order (paragraph n is at index n - 1). */
export function paragraphTexts(prose: Prose): string[] {
  return paragraphBlocks(prose).map((b) => prose.text.slice(b.start, b.end));
}

/** The line (from 0) each paragraph of an article starts on, in order (paragraph n's is at index n - 1). */
export function paragraphLines(prose: Prose): number[] {
  return paragraphBlocks(prose).map((b) => prose.lines.positionAt(b.start).line);
}

/** The blocks of an article that are paragraphs, as paragraph numbers count them: no heading or table row. */
function paragraphBlocks(prose: Prose): Prose['blocks'] {
  return prose.blocks.filter((b) => b.kind === 'paragraph');
}
