import { PieceText, TextLike } from './pieceText';

/** How one version of a text became the next: [start, endBefore) of the old text now reads [start, endAfter). */
export interface TextEdit {
  start: number;
  endBefore: number;
  endAfter: number;
}

const CHUNK = 1024;

/** The one stretch in which `after` differs from `before` (the longest common prefix and suffix left out). */
export function textEdit(before: TextLike, after: TextLike): TextEdit {
  const shorter = Math.min(before.length, after.length);
  const shared = sharedPieces(before, after);
  let start = shared.prefix;
  // Whole chunks first: comparing two slices is a memory comparison, many times faster than a loop
  // over characters, and a megabyte is compared on every keystroke.
  while (start + CHUNK <= shorter && before.slice(start, start + CHUNK) === after.slice(start, start + CHUNK)) start += CHUNK;
  while (start < shorter && before.charCodeAt(start) === after.charCodeAt(start)) start++;
  let endBefore = before.length - shared.suffix;
  let endAfter = after.length - shared.suffix;
  if (endBefore < start || endAfter < start) {
    endBefore = before.length;
    endAfter = after.length;
  }
  while (endBefore - CHUNK >= start && endAfter - CHUNK >= start && before.slice(endBefore - CHUNK, endBefore) === after.slice(endAfter - CHUNK, endAfter)) {
    endBefore -= CHUNK;
    endAfter -= CHUNK;
  }
  while (endBefore > start && endAfter > start && before.charCodeAt(endBefore - 1) === after.charCodeAt(endAfter - 1)) {
    endBefore--;
    endAfter--;
  }
  return { start, endBefore, endAfter };
}

/**
 * How much two versions of a text share at their start and end as whole pieces, known without
 * reading them: successive versions share the very strings of every piece an edit did not touch.
 */
function sharedPieces(before: TextLike, after: TextLike): { prefix: number; suffix: number } {
  if (!(before instanceof PieceText) || !(after instanceof PieceText)) return { prefix: 0, suffix: 0 };
  const a = before.pieces;
  const b = after.pieces;
  let prefix = 0;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) prefix += a[i++].length;
  let suffix = 0;
  let j = 0;
  const most = Math.min(a.length, b.length) - i;
  while (j < most && a[a.length - 1 - j] === b[b.length - 1 - j]) suffix += a[a.length - 1 - j++].length;
  return { prefix, suffix };
}
