import MarkdownIt from 'markdown-it';
import LinkifyIt from 'linkify-it';
import { FactAnnotation, findAnnotations } from '../annotations/annotation';
import { readBeyondNesting } from './beyondNesting';
import { FrontMatter, readFrontMatter } from './frontMatter';
import { firstAtOrAfter, LineIndex } from './lineIndex';
import { piecesOf } from './sentences';
import { unsliced } from './unsliced';

export type DocumentFormat = 'markdown' | 'plaintext';

/** A unit of running text: a paragraph (also inside lists and quotes), a heading or a table row. */
export interface Block {
  kind: 'paragraph' | 'heading' | 'tableRow';
  start: number;
  end: number;
}

/** The number of the block holding `offset` (by binary search: blocks are in order), or -1. */
export function blockHolding(blocks: readonly Block[], offset: number): number {
  const b = firstAtOrAfter(blocks, offset + 1, (block) => block.end);
  return b < blocks.length && blocks[b].start <= offset ? b : -1;
}

/**
 * The prose of a document: `prose` has the same length and line breaks as the original text, with
 * everything a reader does not read as running text (code, URLs, HTML, front matter, Markdown link
 * destinations) blanked to spaces. Offsets found in `prose` are therefore offsets in the original.
 */
export interface Prose {
  text: string;
  prose: string;
  blocks: Block[];
  lines: LineIndex;
  frontMatter?: FrontMatter;
  /** The `[@fact:…]` annotations outside code; blanked in `prose`, since their figures are no claims. */
  annotations: FactAnnotation[];
}

export function readProse(text: string, format: DocumentFormat): Prose {
  const lines = new LineIndex(text);
  if (format === 'markdown') return readMarkdown(text, lines).prose;
  const blocks = withLongBlocksCut(text, plainTextBlocks(lines));
  return { text, ...finishProse(text, blocks, 0), blocks, lines };
}

/**
 * A Markdown prose read whole, with what a later read of some of its lines needs (see
 * `IncrementalProse`): where top-level blocks start, where link references are defined, and the
 * references themselves.
 */
export interface MarkdownReading {
  prose: Prose;
  /** Line numbers, in typed arrays as `LineIndex.lineStarts` (a later read makes new ones). */
  tops: Int32Array;
  definitions: Int32Array;
  references: References;
}

export function readMarkdown(text: string, lines: LineIndex): MarkdownReading {
  const frontMatter = readFrontMatter(text);
  const references: References = {};
  const read = readMarkdownLines(text, lines, 0, lines.lineCount, references, frontMatter);
  return { prose: { text, prose: read.prose, blocks: read.blocks, lines, frontMatter, annotations: read.annotations }, tops: Int32Array.from(read.tops), definitions: Int32Array.from(read.definitions), references };
}

/** The link reference definitions of a document by label: a `[label]` is a link only where one is defined. */
export type References = Record<string, unknown>;

/** Lines of a Markdown text read alone: their prose from their first line's start, and their blocks. */
export interface MarkdownLines {
  prose: string;
  blocks: Block[];
  annotations: FactAnnotation[];
  /** Lines where a top-level block starts: the parser starts afresh there, whatever came before. */
  tops: number[];
  /** Lines where a link reference is defined, on which any `[label]` of the document may depend. */
  definitions: number[];
}

/**
 * Reads lines [from, to) of a Markdown text as if they were the whole text, but for `references`,
 * which the parser adds the definitions it finds to. Offsets and lines in the result are the text's.
 */
export function readMarkdownLines(text: string, lines: LineIndex, from: number, to: number, references: References, frontMatter?: FrontMatter): MarkdownLines {
  const base = lines.lineStarts[from];
  const end = to < lines.lineCount ? lines.lineStarts[to] : text.length;
  let source = text.slice(base, end);
  // Blank the front matter so markdown-it does not read its delimiters as rules or headings.
  if (frontMatter) source = source.slice(0, frontMatter.end).replace(/[^\r\n]/g, ' ') + source.slice(frontMatter.end);
  const env: ParseEnv = { exclusions: new WeakMap(), definitions: [], references };
  const tokens = (parser ??= createParser()).parse(source, env);

  const shown = new ShownChars(text, base, end);
  const blocks: Block[] = [];
  const tops: number[] = [];

  let rowLine = -1;
  let rowCursor = 0;
  for (let t = 0; t < tokens.length; t++) {
    const token = tokens[t];
    if (token.level === 0 && token.nesting !== -1 && token.map) tops.push(from + token.map[0]);
    if (token.type === 'tr_open' && token.map) {
      rowLine = from + token.map[0];
      rowCursor = lines.lineStarts[rowLine];
      blocks.push({ kind: 'tableRow', start: rowCursor, end: lines.lineEnd(rowLine) });
      continue;
    }
    if (token.type !== 'inline') continue;
    const opener = tokens[t - 1];
    let placed: Placement | undefined;
    if (token.map) {
      const line = from + token.map[0];
      placed = placeContent(lines, token.content, line);
      if (placed && opener) {
        const kind = opener.type === 'heading_open' ? 'heading' : 'paragraph';
        blocks.push({ kind, start: placed.starts[0] ?? lines.lineStarts[line], end: lines.lineEnd(Math.max(line, from + token.map[1] - 1)) });
      }
    } else if (rowLine >= 0) {
      // Table cells carry no line map: find each cell's text along its row, left to right.
      const at = token.content ? text.indexOf(token.content, rowCursor) : -1;
      if (at >= 0 && at + token.content.length <= lines.lineEnd(rowLine)) {
        placed = placement([at], [0], [token.content.length]);
        rowCursor = at + token.content.length;
      }
    }
    if (!placed) continue;
    for (let k = 0; k < placed.starts.length; k++) shown.show(placed.starts[k], placed.starts[k] + placed.lengths[k]);
    for (const [a, b] of env.exclusions.get(token.children ?? []) ?? []) {
      for (let c = a; c < b; c++) shown.hide(placed.map(c));
    }
  }
  const cut = withLongBlocksCut(text, blocks);
  return { ...finishProse(shown.prose(), cut, base), blocks: cut, tops, definitions: env.definitions.map((l) => from + l) };
}

/**
 * The longest a block is read as one; a longer one is cut as an over-long sentence is (see
 * `piecesOf`). A block is read, checked and read again after an edit in one go: a paragraph of a
 * megabyte (figures listed on lines without a blank one between) held the server for seconds at
 * every keystroke, answering nothing. Prose paragraphs stay far below it (the accuracy fixtures'
 * longest has 658 characters).
 */
export const LONGEST_BLOCK = 4000;

/** `blocks` (of `text`), each longer than `LONGEST_BLOCK` cut into pieces of its kind; `blocks` itself when none is. */
function withLongBlocksCut(text: string, blocks: Block[]): Block[] {
  if (blocks.every((b) => b.end - b.start <= LONGEST_BLOCK)) return blocks;
  return blocks.flatMap(({ kind, start, end }) => piecesOf(text, start, end, LONGEST_BLOCK).map((piece) => ({ kind, ...piece })));
}

/**
 * The prose of a stretch starting at `base` once annotations and URLs are blanked, with the
 * annotations. Annotations first: a URL matcher must not read an id such as "bridge.v2/cost" as an
 * address. Both lie within a line, so a stretch of whole lines reads as it would in the whole text.
 */
function finishProse(prose: string, blocks: readonly Block[], base: number): { prose: string; annotations: FactAnnotation[] } {
  const found = findAnnotations(prose);
  const masked = maskUrls(blank(prose, found), blocks, base);
  const annotations = base ? found.map((a) => shiftAnnotation(a, base)) : found;
  return { prose: masked, annotations };
}

/** An annotation `d` further on. */
export function shiftAnnotation(a: FactAnnotation, d: number): FactAnnotation {
  return { ...a, start: a.start + d, end: a.end + d, ids: a.ids.map((id) => ({ ...id, start: id.start + d, end: id.end + d })) };
}

// Inline rules whose whole match is not prose; `link` keeps its label, see wrapLink.
const OPAQUE_INLINE_RULES = ['backticks', 'autolink', 'html_inline', 'image'];

type InlineRule = Parameters<MarkdownIt['inline']['ruler']['at']>[1];
type StateInline = Parameters<InlineRule>[0];
type BlockRule = Parameters<MarkdownIt['block']['ruler']['at']>[1];
type CoreRule = Parameters<MarkdownIt['core']['ruler']['at']>[1];
type Excluded = Array<[number, number]>;

interface ParseEnv {
  /** Inline exclusions by the children array the inline state writes to: one per inline token. */
  exclusions: WeakMap<object, Excluded>;
  /** Lines (of the parsed source) where a link reference definition was read. */
  definitions: number[];
  /** markdown-it's own: the definitions by label. */
  references: References;
}

function logExclusion(state: StateInline, start: number, end: number): void {
  const log = (state.env as ParseEnv).exclusions;
  let list = log.get(state.tokens);
  if (!list) log.set(state.tokens, (list = []));
  list.push([start, end]);
}

/** markdown-it keeps its rules in a private list; wrapping a rule needs the original function. */
function originalRule<Rule>(ruler: unknown, name: string): Rule {
  const rules = (ruler as { __rules__: Array<{ name: string; fn: Rule }> }).__rules__;
  const rule = rules.find((r) => r.name === name);
  if (!rule) throw new Error(`markdown-it has no rule '${name}'`);
  return rule.fn;
}

function createParser(): MarkdownIt {
  const md = new MarkdownIt({ html: true, linkify: false });
  const ruler = md.inline.ruler;
  for (const name of OPAQUE_INLINE_RULES) {
    const rule = originalRule<InlineRule>(ruler, name);
    ruler.at(name, (state, silent) => {
      const start = state.pos;
      const matched = rule(state, silent);
      if (matched && !silent) logExclusion(state, start, state.pos);
      return matched;
    });
  }
  const link = originalRule<InlineRule>(ruler, 'link');
  ruler.at('link', (state, silent) => {
    const start = state.pos;
    // The label is prose ("[120,000 people](url)"); only what follows "]" is a destination. Only a
    // "[" starts a link: elsewhere, reading a label would skip through the rest of the paragraph.
    const labelEnd = state.src.charCodeAt(start) === 0x5b ? state.md.helpers.parseLinkLabel(state, start, true) : -1;
    const matched = link(state, silent);
    if (matched && !silent && labelEnd >= 0) logExclusion(state, labelEnd + 1, state.pos);
    return matched;
  });
  // markdown-it parses the content of each paragraph, heading and cell for emphasis, entities, links
  // and code; of that, the prose needs only what the rules above exclude, each of which starts with
  // "`", "<" or "[": a content holding none of them is not parsed (its children stay empty).
  md.core.ruler.at('inline', (state) => {
    for (const token of state.tokens) {
      if (token.type === 'inline' && MAY_EXCLUDE.test(token.content)) state.md.inline.parse(token.content, state.md, state.env, token.children!);
    }
  });
  // markdown-it rewrites every line break of the text to "\n" and every NUL to U+FFFD: with neither
  // "\r" nor NUL in the text that copies it whole for nothing.
  const normalize = originalRule<CoreRule>(md.core.ruler, 'normalize');
  md.core.ruler.at('normalize', (state) => {
    if (state.src.includes('\r') || state.src.includes('\0')) normalize(state);
  });
  const reference = originalRule<BlockRule>(md.block.ruler, 'reference');
  md.block.ruler.at('reference', (state, startLine, endLine, silent) => {
    const matched = reference(state, startLine, endLine, silent);
    if (matched && !silent) (state.env as ParseEnv).definitions.push(startLine);
    return matched;
  });
  readBeyondNesting(md);
  return md;
}

let parser: MarkdownIt | undefined;

/** What starts every inline match that blanks prose (see `OPAQUE_INLINE_RULES` and `link`). */
const MAY_EXCLUDE = /[`<[]/;

/** Where the lines of an inline token's content stand in the original text. */
interface Placement {
  starts: number[];
  lengths: number[];
  /** Offset in the original text of a content offset, or -1 for a line break the content folded. */
  map(contentOffset: number): number;
}

function placement(starts: number[], contentStarts: number[], lengths: number[]): Placement {
  return {
    starts,
    lengths,
    map(c) {
      for (let k = contentStarts.length - 1; k >= 0; k--) {
        if (c >= contentStarts[k]) return c - contentStarts[k] < lengths[k] ? starts[k] + c - contentStarts[k] : -1;
      }
      return -1;
    },
  };
}

/** markdown-it strips block markers ("> ", "- ", indentation) from each line; find what is left. */
function placeContent(lines: LineIndex, content: string, firstLine: number): Placement | undefined {
  const starts: number[] = [];
  const contentStarts: number[] = [];
  const lengths: number[] = [];
  let offset = 0;
  const parts = content.split('\n');
  for (let k = 0; k < parts.length && firstLine + k < lines.lineCount; k++) {
    const line = firstLine + k;
    const at = parts[k] ? lines.lineText(line).indexOf(parts[k]) : -1;
    if (at >= 0) {
      starts.push(lines.lineStarts[line] + at);
      contentStarts.push(offset);
      lengths.push(parts[k].length);
    }
    offset += parts[k].length + 1;
  }
  return starts.length ? placement(starts, contentStarts, lengths) : undefined;
}

function plainTextBlocks(lines: LineIndex): Block[] {
  const blocks: Block[] = [];
  let start = -1;
  for (let l = 0; l < lines.lineCount; l++) {
    const blank = lines.lineText(l).trim() === '';
    if (!blank && start < 0) start = lines.lineStarts[l];
    if ((blank || l === lines.lineCount - 1) && start >= 0) {
      blocks.push({ kind: 'paragraph', start, end: blank ? lines.lineEnd(l - 1) : lines.lineEnd(l) });
      start = -1;
    }
  }
  return blocks;
}

/** Spaces in place of the given spans (none of which crosses a line break), in order. */
function blank(prose: string, spans: ReadonlyArray<{ start: number; end: number }>): string {
  let out = '';
  let last = 0;
  for (const { start, end } of spans) {
    out += prose.slice(last, start) + ' '.repeat(end - start);
    last = end;
  }
  return out + prose.slice(last);
}

let linkify: LinkifyIt | undefined;
// URLs by block text: a draft keeps most of its paragraphs between two checks, and URL matching is
// a third of reading the prose.
const urlCache = new Map<string, Array<{ start: number; end: number }>>();

function urlsIn(block: string): Array<{ start: number; end: number }> {
  linkify ??= new LinkifyIt();
  if (!mayHoldAddress(linkify, block)) return [];
  let urls = urlCache.get(block);
  if (!urls) {
    urls = (linkify.match(block) ?? []).map((m) => ({ start: m.index, end: m.lastIndex }));
    if (urlCache.size > 20_000) urlCache.clear();
    // The block is a slice of a version's prose: as a key, it kept that whole prose alive.
    urlCache.set(unsliced(block), urls);
  }
  return urls;
}

/**
 * Whether linkify could find an address in `block`. Its own `pretest` is its schema test, its host
 * test and "@"; the schema test tries every offset of the text and costs as much as the search, but
 * no schema it knows ("http:", "mailto:", "//") is written without ":" or "//". Without those and
 * "@", only the host test is left to ask: most paragraphs fail it, at a small part of the cost.
 */
function mayHoldAddress(linkify: LinkifyIt, block: string): boolean {
  const hostTest = linkify.re.host_fuzzy_test;
  return block.includes(':') || block.includes('//') || block.includes('@') || !hostTest || hostTest.test(block);
}

/**
 * Bare URLs and e-mail addresses in running text are addresses, not prose ("…/results/2024").
 * Looked for block by block: outside blocks the prose is blank, and no URL crosses a line break.
 */
function maskUrls(prose: string, blocks: readonly Block[], base: number): string {
  const spans: Array<{ start: number; end: number }> = [];
  for (const b of blocks) {
    const start = b.start - base;
    for (const u of urlsIn(prose.slice(start, b.end - base))) spans.push({ start: start + u.start, end: start + u.end });
  }
  spans.sort((a, b) => a.start - b.start);
  // Blocks do not overlap, but a table row and its cells' text must not blank a URL twice.
  const distinct = spans.filter((s, i) => i === 0 || s.start >= spans[i - 1].end);
  return distinct.length ? blank(prose, distinct) : prose;
}

/**
 * Which characters of [base, end) of a text its prose shows; the others read as spaces, but for line
 * breaks, which are always shown. Kept as the stretches shown, not a code unit per character: the
 * prose is made of the text's slices, or of its code units copied at once (a JavaScript loop copying
 * them one by one took longer than markdown-it's parse of the text), or is the text itself when no
 * character but spaces is blank.
 */
export class ShownChars {
  /** The stretches shown, as [start, end) pairs of text offsets, in the order they were shown. */
  private shown: number[] = [];
  /** Characters blanked after being shown, and by stretch, how many had been blanked before it was shown. */
  private hidden: number[] = [];
  private readonly hiddenBefore: number[] = [];
  /**
   * Whether each stretch starts at or after the end of the one before, within [base, end), as the
   * parser's blocks come: then no character is shown twice, and one blanked stays blank.
   */
  private ordered = true;

  constructor(
    private readonly text: string,
    private readonly base: number,
    private readonly end: number,
  ) {}

  /** Shows the text's characters at [start, end). */
  show(start: number, end: number): void {
    if (end <= start) return;
    if (start < (this.shown.length ? this.shown[this.shown.length - 1] : this.base) || end > this.end) this.ordered = false;
    this.shown.push(start, end);
    this.hiddenBefore.push(this.hidden.length);
  }

  /** Blanks the character at `at` (an offset in the text, or -1 for none). */
  hide(at: number): void {
    if (at >= 0) this.hidden.push(at);
  }

  prose(): string {
    const { text, base, end } = this;
    if (!this.ordered) this.putInOrder();
    const hidden = this.hidden.sort((a, b) => a - b);
    // What to blank, in order, as offsets from `base`; one next to another (a link's destination is
    // hidden a character at a time) or on it (hidden twice) is joined to it.
    const spans: Array<{ start: number; end: number }> = [];
    const blankAt = (from: number, to: number) => {
      const last = spans.length ? spans[spans.length - 1] : undefined;
      if (last && from - base <= last.end) last.end = Math.max(last.end, to - base);
      else spans.push({ start: from - base, end: to - base });
    };
    // Outside the stretches shown, all but line breaks is blank; a space reads as itself.
    const blankBetween = (from: number, to: number) => {
      for (let i = from; i < to; i++) {
        if (readsAsItself(text.charCodeAt(i))) continue;
        let j = i + 1;
        while (j < to && !isLineBreak(text.charCodeAt(j))) j++;
        blankAt(i, j);
        i = j;
      }
    };
    let at = base;
    let h = 0;
    for (let k = 0; k < this.shown.length; k += 2) {
      blankBetween(at, this.shown[k]);
      at = this.shown[k + 1];
      // A character blanked outside the stretches shown is blank already.
      for (; h < hidden.length && hidden[h] < at; h++) {
        if (hidden[h] >= this.shown[k] && !readsAsItself(text.charCodeAt(hidden[h]))) blankAt(hidden[h], hidden[h] + 1);
      }
    }
    blankBetween(at, end);
    const shown = text.slice(base, end);
    if (!spans.length) return shown;
    // A few stretches (a draft's headings and list marks): the text's slices between them, joined
    // with spaces, so that the prose is the one copy made. The buffer below is a second copy while it
    // lasts: the 10 MB bench draft's check peaked at some 300 MB with slices, 350 with the buffer, at
    // one speed. Many (a Markdown file's code and link destinations): so many slices take longer.
    if (spans.length <= shown.length / CHARS_A_SLICE) return blank(shown, spans);
    // The text's code units, UTF-16 as they are, lone surrogates included.
    const bytes = Buffer.allocUnsafeSlow(2 * shown.length);
    bytes.write(shown, 'utf16le');
    const codes = new Uint16Array(bytes.buffer, bytes.byteOffset, shown.length);
    for (const span of spans) codes.fill(32, span.start, span.end);
    return bytes.toString('utf16le');
  }

  /** Stretches shown out of order, and characters blanked between them, as the ordered stretches they leave shown. */
  private putInOrder(): void {
    const { text, base, end } = this;
    const mask = new Uint8Array(end - base);
    let h = 0;
    const blankUntil = (until: number) => {
      for (; h < until; h++) if (!isLineBreak(text.charCodeAt(this.hidden[h]))) mask[this.hidden[h] - base] = 0;
    };
    for (let k = 0; k < this.shown.length; k += 2) {
      blankUntil(this.hiddenBefore[k / 2]);
      mask.fill(1, Math.max(0, this.shown[k] - base), Math.max(0, this.shown[k + 1] - base));
    }
    blankUntil(this.hidden.length);
    const shown: number[] = [];
    for (let i = mask.indexOf(1); i >= 0; ) {
      const j = mask.indexOf(0, i);
      shown.push(base + i, base + (j < 0 ? mask.length : j));
      i = j < 0 ? -1 : mask.indexOf(1, j);
    }
    this.shown = shown;
    this.hidden = [];
  }
}

/**
 * A prose is made of slices with at most one stretch blanked for this many of its characters: 2,000
 * in 1 MB of quoted paragraphs read as fast either way, 47,633 in 1 MB of READMEs a fifth slower sliced.
 */
const CHARS_A_SLICE = 1024;

function isLineBreak(c: number): boolean {
  return c === 10 || c === 13;
}

function readsAsItself(c: number): boolean {
  return c === 32 || c === 10 || c === 13;
}

