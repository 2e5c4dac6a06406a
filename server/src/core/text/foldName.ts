const folds = new Map<string, string>();
const MAX_FOLDS = 100_000;

/** A word without case or accents: "Irarrázaval" and "IRARRAZAVAL" are one name spelt alike. */
export function foldName(word: string): string {
  let folded = folds.get(word);
  if (folded === undefined) {
    folded = word.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
    if (folds.size >= MAX_FOLDS) folds.clear();
    folds.set(word, folded);
  }
  return folded;
}
