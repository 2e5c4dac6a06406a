import { withoutPossessive } from '../extract/findNames';
import type { Word } from '../text/words';

/** Lower-case words a body's name may hold between the capitalised ones its acronym is of ("Office for National Statistics"). */
const JOINING = new Set(['of', 'for', 'and', 'the', 'on', 'de', 'du', 'des', 'der', 'la', 'le']);

/**
 * The acronyms a source defines by its words ("the National Statistics Office (NSO)"): by the
 * acronym in lower case, the stemmed capitalised words it stands for. Only where their initials
 * spell it, letter for letter: "(CEO)" after "Anna Berg" defines nothing.
 */
export function definedAcronyms(sentences: readonly string[], sentenceWords: ReadonlyArray<readonly Word[]>): Map<string, string[]> {
  const defined = new Map<string, string[]>();
  sentenceWords.forEach((words, s) => {
    const text = sentences[s];
    words.forEach((word, k) => {
      if (k === 0 || !inBrackets(text, word) || !isAcronym(word.text)) return;
      const letters = word.lower;
      const named: Word[] = [];
      // Back from the bracket: the capitalised words, and the joining words between them.
      for (let j = k - 1; j >= 0 && named.length < letters.length; j--) {
        const w = words[j];
        if (!onlyBlanksBetween(text, w.end, (j === k - 1 ? word.start - 1 : words[j + 1].start))) return;
        if (w.text !== w.lower) named.unshift(w);
        else if (!JOINING.has(w.lower) || !named.length) return;
      }
      if (named.map((w) => w.lower.charAt(0)).join('') === letters) defined.set(letters, named.map((w) => w.norm));
    });
  });
  return defined;
}

/** Whether a word stands right inside round brackets, alone: "(NSO)". */
function inBrackets(text: string, word: Word): boolean {
  return text.charCodeAt(word.start - 1) === 0x28 && text.charCodeAt(word.end) === 0x29;
}

/** Two to six capital letters. */
function isAcronym(text: string): boolean {
  return /^\p{Lu}{2,6}$/u.test(withoutPossessive(text));
}

function onlyBlanksBetween(text: string, from: number, to: number): boolean {
  return /^\s*$/.test(text.slice(from, to));
}
