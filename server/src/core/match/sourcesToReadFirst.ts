import { splitSentences } from '../text/sentences';
import { tokenizeWords } from '../text/words';
import { RelevantSources } from './relevantSources';
import { Vocabulary } from './vocabulary';

/**
 * Which of many sources some drafts restate, told from the words of their paragraphs (text between
 * blank lines, Markdown left as it is) before any source's facts are extracted: extracting a thousand articles takes seconds, and the drafts open
 * when a workspace loads can be checked as soon as the few they restate are in. Each paragraph of a
 * draft points to sources as `RelevantSources` would, weighing words by their rarity among the
 * sources' sentences; a paragraph that says too little points to none, since it is compared with
 * what the rest of its draft restates. Gives the numbers of the sources pointed to (in the order
 * given), or undefined when a draft points to none, so that it would be compared with every
 * source, or when there are too few sources to choose from.
 *
 * The choice is made from words alone, not from the index's reading (which counts figures too), so
 * it may differ from the one a check makes; a check against the sources chosen here is provisional.
 */
export function sourcesToReadFirst(sources: readonly string[], drafts: readonly string[]): Set<number> | undefined {
  if (sources.length < 2 || !drafts.length) return undefined;
  const sentences: string[][] = [];
  const sourceWords = sources.map((text) => {
    const words = new Set<string>();
    for (const paragraph of text.split(BLANK_LINE)) {
      for (const sentence of splitSentences(paragraph, 0, paragraph.length)) {
        const own = wordsIn(paragraph, sentence.start, sentence.end);
        sentences.push(own);
        for (const w of own) words.add(w);
      }
    }
    return words;
  });
  const vocabulary = new Vocabulary(sentences);
  const relevance = new RelevantSources(sourceWords, sources.length);
  const chosen = new Set<number>();
  for (const draft of drafts) {
    let told = false;
    for (const paragraph of draft.split(BLANK_LINE)) {
      const about = relevance.of(new Set(wordsIn(paragraph, 0, paragraph.length)), (word) => vocabulary.idf(word));
      if (!about) continue;
      told = true;
      for (const k of about) chosen.add(k);
    }
    if (!told) return undefined;
  }
  return chosen;
}

// Reading Markdown for its paragraphs took longer than choosing by their words.
const BLANK_LINE = /\r?\n[ \t]*\r?\n/;

/** The words of a stretch of text as a check reads them for relevance: their normal forms, stopwords left out. */
function wordsIn(text: string, start: number, end: number): string[] {
  const words: string[] = [];
  for (const w of tokenizeWords(text, start, end)) if (!w.stop) words.push(w.norm);
  return words;
}
