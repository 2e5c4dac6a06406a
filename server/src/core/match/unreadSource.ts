import type { SourceFacts } from '../facts/buildFacts';
import { splitSentences } from '../text/sentences';
import { tokenizeWords } from '../text/words';
import type { SourceReading } from './sourceReading';

/**
 * An article not yet extracted, standing in for it in a fact index: no facts, and a reading of its
 * sentences' words alone (paragraphs as the text between blank lines, Markdown left as it is; no
 * figures). Beside the articles that are extracted, it keeps the index's sense of which words are
 * rare, and of which articles a paragraph restates, close to what it will be once all are in: a
 * paragraph about an article not yet read finds no facts there, rather than another's alike.
 */
export function unreadSource(file: string, text: string): SourceFacts & { reading: SourceReading } {
  const terms: string[] = [];
  const numbers = new Map<string, number>();
  const texts: string[] = [];
  const starts = [0];
  const words: number[] = [];
  for (const sentence of sentenceWords(text)) {
    for (const norm of sentence.words) {
      let n = numbers.get(norm);
      if (n === undefined) numbers.set(norm, (n = terms.push(norm) - 1));
      words.push(n);
    }
    texts.push(sentence.text);
    starts.push(words.length);
  }
  // A stand-in's sentences cite nothing: it has no facts.
  const documents = { texts, starts: Uint32Array.from(starts), words: Uint32Array.from(words), paragraphs: new Uint32Array(texts.length) };
  const contexts = { pairs: new Uint32Array(0), starts: new Uint32Array(1), marks: new Uint8Array(0) };
  return { file, title: '', facts: [], reading: { documents, terms, weights: [], contexts } };
}

/** The sentences of a raw text, each with the normal forms of its words (stopwords left out). */
function* sentenceWords(text: string): Generator<{ text: string; words: string[] }> {
  for (const paragraph of rawParagraphs(text)) {
    for (const { start, end } of splitSentences(paragraph, 0, paragraph.length)) {
      yield { text: paragraph.slice(start, end), words: wordsIn(paragraph, start, end) };
    }
  }
}

/** The words of a stretch of text as a check reads them for relevance: their normal forms, stopwords left out. */
export function wordsIn(text: string, start: number, end: number): string[] {
  const words: string[] = [];
  for (const w of tokenizeWords(text, start, end)) if (!w.stop) words.push(w.norm);
  return words;
}

// Reading Markdown for its paragraphs took longer than choosing by their words.
const BLANK_LINE = /\r?\n[ \t]*\r?\n/;

/** The paragraphs of a raw text: what stands between blank lines. */
export function rawParagraphs(text: string): string[] {
  return text.split(BLANK_LINE);
}
