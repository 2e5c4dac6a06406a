/**
 * Whether `b` is `a` with two neighbouring characters swapped: the commonest slip in copying, of
 * digits ("38.6" for 36.8, read as their significant digits) and of letters ("Marsk" for Marks),
 * which edit distance counts as two.
 */
export function swapsNeighbours(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  let i = 0;
  while (i < a.length && a.charCodeAt(i) === b.charCodeAt(i)) i++;
  return i + 1 < a.length && a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
}
