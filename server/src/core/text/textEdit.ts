/** How one version of a text became the next: [start, endBefore) of the old text now reads [start, endAfter). */
export interface TextEdit {
  start: number;
  endBefore: number;
  endAfter: number;
}

const CHUNK = 1024;

/** The one stretch in which `after` differs from `before` (the longest common prefix and suffix left out). */
export function textEdit(before: string, after: string): TextEdit {
  const shorter = Math.min(before.length, after.length);
  let start = 0;
  // Whole chunks first: comparing two slices is a memory comparison, many times faster than a loop
  // over characters, and a megabyte is compared on every keystroke.
  while (start + CHUNK <= shorter && before.slice(start, start + CHUNK) === after.slice(start, start + CHUNK)) start += CHUNK;
  while (start < shorter && before.charCodeAt(start) === after.charCodeAt(start)) start++;
  let endBefore = before.length;
  let endAfter = after.length;
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
