import type { CalendarDate } from '../calendar';
import { frontMatterDate } from '../text/frontMatter';
import { DocumentFormat, Prose, readProse } from '../text/prose';
import { Sentence, splitSentences } from '../text/sentences';
import { tokenizeWords, Word } from '../text/words';
import { findDates } from './findDates';
import { findNumbers } from './findNumbers';
import type { Mention } from './mention';

export interface SentenceReading extends Sentence {
  /** Index into `blocks` of the paragraph, heading or table row holding the sentence. */
  block: number;
  words: Word[];
}

export interface LocatedMention extends Mention {
  /** Index into `sentences`. */
  sentence: number;
}

/** A document read for checking: its prose, sentences, words and every figure and date in it. */
export interface DocumentReading {
  prose: Prose;
  sentences: SentenceReading[];
  mentions: LocatedMention[];
  /** The document's own date (front matter `date:`), against which relative dates resolve. */
  date?: CalendarDate;
}

export function readDocument(text: string, format: DocumentFormat, reference?: CalendarDate): DocumentReading {
  const prose = readProse(text, format);
  const date = reference ?? frontMatterDate(prose.frontMatter?.data.date);
  const sentences: SentenceReading[] = [];
  const mentions: LocatedMention[] = [];
  prose.blocks.forEach((_, b) => {
    const read = readBlock(prose, b, sentences.length, date);
    sentences.push(...read.sentences);
    mentions.push(...read.mentions);
  });
  return { prose, sentences, mentions, date };
}

/**
 * The sentences and mentions of one block, numbered from `firstSentence`: a block reads alone,
 * which is what lets an incremental check read again only the blocks an edit touched.
 */
export function readBlock(prose: Prose, b: number, firstSentence: number, date: CalendarDate | undefined): Pick<DocumentReading, 'sentences' | 'mentions'> {
  const block = prose.blocks[b];
  const sentences: SentenceReading[] = [];
  const mentions: LocatedMention[] = [];
  for (const s of splitSentences(prose.prose, block.start, block.end)) {
    const index = firstSentence + sentences.length;
    const words = tokenizeWords(prose.prose, s.start, s.end);
    sentences.push({ start: s.start, end: s.end, block: b, words });
    for (const m of mentionsIn(prose.prose, s, words, date)) mentions.push(Object.assign(m, { sentence: index }));
  }
  return { sentences, mentions };
}

/** Dates win over the numbers inside them ("19 September 2023" is one date, not 19 and 2023). */
export function mentionsIn(text: string, s: Sentence, words: Word[], reference: CalendarDate | undefined): Mention[] {
  const dates = findDates(text, s.start, s.end, reference);
  const numbers = findNumbers(text, s.start, s.end, words).filter((n) => !dates.some((d) => n.start < d.end && d.start < n.end));
  return [...dates, ...numbers].sort((a, b) => a.start - b.start);
}
