import type { Prose } from '../text/prose';

/** The text of each paragraph of an article, in order (paragraph n is at index n - 1). */
export function paragraphTexts(prose: Prose): string[] {
  return prose.blocks.filter((b) => b.kind === 'paragraph').map((b) => prose.text.slice(b.start, b.end));
}
