import type { Range } from '../text/lineIndex';
import type { Prose } from '../text/prose';
import type { Fact } from './fact';

/**
 * Where a hand-written fact stands in its article: its quote found in the text (whatever the line
 * breaks and spacing between its words), then the value at `quoteOffset` in it. Undefined when the
 * article does not hold the quote.
 */
export function locateFact(prose: Prose, fact: Pick<Fact, 'quote' | 'quoteOffset' | 'text'>): { range: Range; paragraph: number } | undefined {
  const article = prose.text;
  const words = fact.quote.trim().split(/\s+/).filter(Boolean);
  if (!words.length) return undefined;
  const found = new RegExp(words.map(escapeRegExp).join('\\s+')).exec(article);
  if (!found) return undefined;
  const start = offsetInMatch(found[0], fact.quote.trimStart(), fact.quoteOffset - (fact.quote.length - fact.quote.trimStart().length)) + found.index;
  const end = article.startsWith(fact.text, start) ? start + fact.text.length : start;
  const block = prose.blocks.findIndex((b) => b.start <= start && start <= b.end);
  const paragraph = block < 0 || prose.blocks[block].kind !== 'paragraph' ? 0 : prose.blocks.slice(0, block + 1).filter((b) => b.kind === 'paragraph').length;
  return { range: prose.lines.rangeOf(start, end), paragraph };
}

/** The offset in `matched` of a character at `offset` in `quote`, where runs of spaces may differ. */
function offsetInMatch(matched: string, quote: string, offset: number): number {
  let q = 0;
  let m = 0;
  while (q < offset && m < matched.length) {
    if (/\s/.test(quote[q])) {
      while (q < offset && /\s/.test(quote[q])) q++;
      while (m < matched.length && /\s/.test(matched[m])) m++;
    } else {
      q++;
      m++;
    }
  }
  return m;
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
