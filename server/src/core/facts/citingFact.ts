import type { Fact } from './fact';

/** What `citingFact` cites: a name, a role, a place. */
type CitedKind = 'name' | 'role' | 'place';
/** The part of a text that is the fact, by its offset in the text and length. */
type TextPart = { offset: number; length: number };

/** A sentence of a source and the number of its paragraph (from 1; 0 for none known), and the line that paragraph starts on, when known. */
export interface SentenceOfSource {
  text: string;
  paragraph: number;
  line?: number;
}

/** Where a source's sentences stand: the number of each one's paragraph (from 1), and the line each paragraph starts on (by its number - 1). */
export interface SentencePlaces {
  paragraphs?: ArrayLike<number>;
  paragraphLines?: ArrayLike<number>;
}

/** Sentence `s` of a source, `text`, with its paragraph and that paragraph's line as `places` give them. */
export function sentenceOfSource(text: string, s: number, { paragraphs, paragraphLines }: SentencePlaces): SentenceOfSource {
  const paragraph = paragraphs?.[s] ?? 0;
  const line = paragraph > 0 ? paragraphLines?.[paragraph - 1] : undefined;
  return line === undefined ? { text, paragraph } : { text, paragraph, line };
}

/**
 * `text` as a fact of `kind` (a name, a role), cited by the first of `facts` whose quote holds it as
 * a whole word, where the fact places it precisely. With `part`, only that part of `text` is the
 * fact ("President" of "President Karel Dostan"), found where all of it stands. Else, when given the
 * `sentence` it was read in, cited there at its paragraph's place, as a fact of that paragraph gives
 * it: a sentence without a figure has no fact to place it ("Lars Hedvig, finance spokesman for the
 * opposition, said…"). A paragraph without a figure has none at all: there, at the line its
 * sentence says the paragraph starts on, when it says.
 */
export function citingFact(text: string, kind: CitedKind, facts: readonly Fact[], part: TextPart = { offset: 0, length: text.length }, sentence?: SentenceOfSource): Fact | undefined {
  return quotedBy(text, kind, facts, part) ?? (sentence ? inParagraph(text, kind, facts, part, sentence) : undefined);
}

function quotedBy(text: string, kind: CitedKind, facts: readonly Fact[], part: TextPart): Fact | undefined {
  for (const fact of facts) {
    const found = wordAt(fact.quote, text);
    if (found < 0) continue;
    const at = found + part.offset;
    const { range } = fact.source;
    // The quote's line is the fact's when the quote lies on one line: the text is then found on it.
    const oneLine = range.start.line === range.end.line && !/[\r\n]/.test(fact.quote);
    const character = range.start.character - fact.quoteOffset + at;
    const textRange = oneLine && character >= 0 ? { start: { line: range.start.line, character }, end: { line: range.start.line, character: character + part.length } } : range;
    return cited(text, kind, part, fact.quote, at, { ...fact.source, range: textRange });
  }
  return undefined;
}

/**
 * `citingFact` in a sentence no fact quotes: the sentence is the quote, placed at the start of the
 * line of a fact of its paragraph, or else of the line the paragraph starts on, in the source of
 * the facts.
 */
function inParagraph(text: string, kind: CitedKind, facts: readonly Fact[], part: TextPart, sentence: SentenceOfSource): Fact | undefined {
  const found = sentence.paragraph > 0 ? wordAt(sentence.text, text) : -1;
  if (found < 0) return undefined;
  const fact = facts.find((f) => f.source.paragraph === sentence.paragraph);
  const line = fact ? fact.source.range.start.line : sentence.line;
  const { file, title } = (fact ?? facts[0])?.source ?? {};
  if (line === undefined || file === undefined || title === undefined) return undefined;
  const at = { line, character: 0 };
  return cited(text, kind, part, sentence.text, found + part.offset, { file, title, paragraph: sentence.paragraph, range: { start: at, end: at } });
}

/** `part` of `text` as a fact of `kind`, quoted by `quote` at `quoteOffset` and placed at `source`. */
function cited(text: string, kind: CitedKind, part: TextPart, quote: string, quoteOffset: number, source: Fact['source']): Fact {
  return { id: '', kind, text: text.slice(part.offset, part.offset + part.length), value: {}, subject: kind, quote, quoteOffset, source };
}

const LETTER_OR_MARK = /[\p{L}\p{M}]/u;

/**
 * Where `word` first stands in `text` as a whole word, or -1. Found by `indexOf`, not by a pattern
 * made of the word: a pattern of Unicode classes took a millisecond to compile, for each name of a
 * source, at the first check of a draft.
 */
function wordAt(text: string, word: string): number {
  for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
    const end = at + word.length;
    if ((at === 0 || !LETTER_OR_MARK.test(text.charAt(at - 1))) && (end === text.length || !LETTER_OR_MARK.test(text.charAt(end)))) return at;
  }
  return -1;
}
