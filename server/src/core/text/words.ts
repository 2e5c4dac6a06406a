import irregularVerbs from 'wink-lexicon/src/irregular-verbs.js';
import stem from 'wink-porter2-stemmer';
import { noNegativeZero } from './noNegativeZero';
import { unsliced } from './unsliced';

// A word is a run of letters and marks, with an apostrophe and letters after it ("don't", "Kanani’s"):
// /[\p{L}\p{M}]+(?:['’][\p{L}]+)?/u, read by hand, since a megabyte of text has some 170,000 words and
// a match array per word was most of tokenizing's cost.
const LETTER_OR_MARK = /[\p{L}\p{M}]/uy;
const LETTER = /\p{L}/uy;

// Function words carry no frame: they neither identify a claim nor tell two claims apart.
const STOPWORDS = new Set(
  (
    'a an the and or but nor so yet of in on at by for to from with without into onto upon over under about ' +
    'as than then that this these those there here it its it’s they them their theirs he him his she her hers we us our ' +
    'you your i me my who whom whose which what when where why how is are was were be been being am do does did ' +
    'have has had having will would shall should can could may might must not no also just only very too more most ' +
    'some any all each every both either neither other such own same up down out off again further once ' +
    'if while because until since before after during through between against among per via whether'
  ).split(' '),
);

export function isStopword(lower: string): boolean {
  return STOPWORDS.has(lower);
}

const normCache = new Map<string, string>();

export function normalizeWord(text: string): string {
  let norm = normCache.get(text);
  if (norm === undefined) {
    const folded = text
      .normalize('NFKD')
      .replace(/\p{M}/gu, '')
      .toLowerCase()
      .replace(/['’]s?$/, '');
    // An irregular verb's forms are one word ("rose", "rising"), as a regular one's stems are.
    norm = stem(irregularVerbs[folded] ?? folded);
    if (normCache.size > 100_000) normCache.clear();
    normCache.set(text, norm);
  }
  return norm;
}

// A word's normal form, lower case and stopword flag, by its text: drafts repeat their words, and a
// megabyte of text has some 170,000 of them. The entry's strings are the ones every Word of that
// text holds, rather than strings of their own per occurrence.
interface LexiconEntry {
  text: string;
  norm: string;
  lower: string;
  stop: boolean;
}
const lexicon = new Map<string, LexiconEntry>();
/**
 * The last entry met of each hash of a word's characters: a word found there is taken without
 * slicing its text out of the document, which for most words was a new string made only to be
 * looked up and dropped.
 */
const byHash = new Map<number, LexiconEntry>();

function lexiconEntry(text: string): LexiconEntry {
  let entry = lexicon.get(text);
  if (!entry) {
    const lower = text.toLowerCase();
    entry = { text, norm: normalizeWord(text), lower, stop: isStopword(lower) };
    if (lexicon.size > 100_000) {
      lexicon.clear();
      byHash.clear();
    }
    lexicon.set(text, entry);
  }
  return entry;
}

/** The entry of the word at [from, to) of `text`. */
function entryAt(text: string, from: number, to: number): LexiconEntry {
  // Kept to 30 bits: a small integer, never a heap number.
  let hash = 0;
  for (let k = from; k < to; k++) hash = (Math.imul(hash, 31) + text.charCodeAt(k)) & 0x3fffffff;
  const known = byHash.get(hash);
  if (known && known.text.length === to - from && text.startsWith(known.text, from)) return known;
  // A long word's slice would keep the text it was cut from alive as long as the lexicon keeps it.
  const entry = lexiconEntry(unsliced(text.slice(from, to)));
  byHash.set(hash, entry);
  return entry;
}

/**
 * A word of running text with its offsets and its normal form for matching. Its strings are read
 * through its lexicon entry, which every word of that text shares: three fields, not six, for the
 * some 150,000 words of a megabyte, made anew at every check.
 */
export class Word {
  constructor(
    public start: number,
    public end: number,
    readonly entry: LexiconEntry,
  ) {}

  get text(): string {
    return this.entry.text;
  }

  /** Lower-cased, accent-folded, possessive-stripped, stemmed. */
  get norm(): string {
    return this.entry.norm;
  }

  /** `text` in lower case. */
  get lower(): string {
    return this.entry.lower;
  }

  get stop(): boolean {
    return this.entry.stop;
  }
}

/** The words of each of `sentences`, whole strings. */
export function wordsOfSentences(sentences: readonly string[]): Word[][] {
  return sentences.map((text) => tokenizeWords(text, 0, text.length));
}

export function tokenizeWords(text: string, start: number, end: number): Word[] {
  const words: Word[] = [];
  let i = start;
  while (i < end) {
    const first = letterAt(text, i, end, LETTER_OR_MARK);
    if (!first) {
      i++;
      continue;
    }
    const from = i;
    i += first;
    for (let n = letterAt(text, i, end, LETTER_OR_MARK); n; n = letterAt(text, i, end, LETTER_OR_MARK)) i += n;
    const quote = text.charCodeAt(i);
    if ((quote === 0x27 || quote === 0x2019) && i + 1 < end && letterAt(text, i + 1, end, LETTER)) {
      i++;
      for (let n = letterAt(text, i, end, LETTER); n; n = letterAt(text, i, end, LETTER)) i += n;
    }
    words.push(new Word(from, i, entryAt(text, from, i)));
  }
  return words;
}

/**
 * Words tokenized elsewhere, as `tokenizeWords` gives them `by` characters on: the words of the same
 * characters at other offsets (a sentence read within its document, then within its paragraph or alone).
 */
export function wordsMovedBy(words: readonly Word[], by: number): Word[] {
  by = noNegativeZero(by);
  // Mapped, so that the list is packed as `tokenizeWords`'s are, and the code reading words sees one kind.
  return words.map((w) => new Word(w.start + by, w.end + by, w.entry));
}

/**
 * The length (1 or 2) of the code point at `i` when `kind` (a sticky, one-code-point pattern)
 * accepts it, else 0. A surrogate pair split by `end`, or a lone half, is no letter.
 */
function letterAt(text: string, i: number, end: number, kind: RegExp): number {
  if (i >= end) return 0;
  const c = text.charCodeAt(i);
  if (c < 0x80) return isAsciiLetter(c) ? 1 : 0;
  const pair = c >= 0xd800 && c <= 0xdbff;
  if (c >= 0xdc00 && c <= 0xdfff) return 0;
  if (pair && !(i + 1 < end && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00)) return 0;
  kind.lastIndex = i;
  return kind.test(text) ? (pair ? 2 : 1) : 0;
}

const CAPITAL_FIRST = /^\p{Lu}/u;

/** Whether `text` starts with a capital letter; ASCII is read without a pattern (asked of most words of a draft). */
export function startsUpperCase(text: string): boolean {
  const c = text.charCodeAt(0);
  return c < 0x80 ? c >= 0x41 && c <= 0x5a : CAPITAL_FIRST.test(text);
}

/** "an hour", "a day": the indefinite article before `word`, as its sound asks. */
export function articleOf(word: string): 'a' | 'an' {
  return /^(?:hour|[aeiou])/i.test(word) ? 'an' : 'a';
}

/** `text` capitalised as `like` starts: a fix opening a sentence opens it with a capital. */
export function matchCase(text: string, like: string): string {
  return startsUpperCase(like) ? text[0].toUpperCase() + text.slice(1) : text;
}

/** How many of a sentence's words (in order) end by `at`: the index of the first word at or after it. */
export function wordsBefore(words: readonly Word[], at: number): number {
  let n = 0;
  while (n < words.length && words[n].end <= at) n++;
  return n;
}

/** Whether a UTF-16 code unit may be part of a letter: an ASCII letter, or anything beyond ASCII. */
export function isLetterCode(c: number): boolean {
  return c >= 0x80 || isAsciiLetter(c);
}

export function isAsciiLetter(c: number): boolean {
  return (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
}

export function isAsciiDigit(c: number): boolean {
  return c >= 0x30 && c <= 0x39;
}

/**
 * Whether every code unit of [from, to) of `text` is one `accepts`: read in place, since asked
 * between a figure or date and each word around it (the gaps were a slice and a pattern each).
 */
export function allOf(text: string, from: number, to: number, accepts: (c: number) => boolean): boolean {
  for (let k = from; k < to; k++) if (!accepts(text.charCodeAt(k))) return false;
  return true;
}

/** Whether a code unit is white space as /\s/ reads it (white space and line terminators). */
export function isWhiteSpace(c: number): boolean {
  if (c < 0x80) return c === 0x20 || (c >= 0x09 && c <= 0x0d);
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/** How many first characters two strings share. */
export function commonPrefix(a: string, b: string): number {
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  return i;
}
