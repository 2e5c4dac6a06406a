import MarkdownIt from 'markdown-it';
import LinkifyIt from 'linkify-it';
import { FactAnnotation, findAnnotations } from '../annotations/annotation';
import { FrontMatter, readFrontMatter } from './frontMatter';
import { LineIndex } from './lineIndex';

export type DocumentFormat = 'markdown' | 'plaintext';

/** A unit of running text: a paragraph (also inside lists and quotes), a heading or a table row. */
export interface Block {
  kind: 'paragraph' | 'heading' | 'tableRow';
  start: number;
  end: number;
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
  const result = format === 'markdown' ? readMarkdown(text, lines) : readPlainText(text, lines);
  // Annotations first: a URL matcher must not read an id such as "bridge.v2/cost" as an address.
  result.annotations = findAnnotations(result.prose);
  result.prose = maskUrls(blank(result.prose, result.annotations), result.blocks);
  return result;
}

// Inline rules whose whole match is not prose; `link` keeps its label, see wrapLink.
const OPAQUE_INLINE_RULES = ['backticks', 'autolink', 'html_inline', 'image'];

type InlineRule = Parameters<MarkdownIt['inline']['ruler']['at']>[1];
type StateInline = Parameters<InlineRule>[0];
type Excluded = Array<[number, number]>;
/** Inline exclusions by the children array the inline state writes to: one per inline token. */
type ExclusionLog = WeakMap<object, Excluded>;

function logExclusion(state: StateInline, start: number, end: number): void {
  const log = (state.env as { exclusions: ExclusionLog }).exclusions;
  let list = log.get(state.tokens);
  if (!list) log.set(state.tokens, (list = []));
  list.push([start, end]);
}

/** markdown-it keeps its rules in a private list; wrapping a rule needs the original function. */
function originalRule(md: MarkdownIt, name: string): InlineRule {
  const rules = (md.inline.ruler as unknown as { __rules__: Array<{ name: string; fn: InlineRule }> }).__rules__;
  const rule = rules.find((r) => r.name === name);
  if (!rule) throw new Error(`markdown-it has no inline rule '${name}'`);
  return rule.fn;
}

function createParser(): MarkdownIt {
  const md = new MarkdownIt({ html: true, linkify: false });
  const ruler = md.inline.ruler;
  for (const name of OPAQUE_INLINE_RULES) {
    const rule = originalRule(md, name);
    ruler.at(name, (state, silent) => {
      const start = state.pos;
      const matched = rule(state, silent);
      if (matched && !silent) logExclusion(state, start, state.pos);
      return matched;
    });
  }
  const link = originalRule(md, 'link');
  ruler.at('link', (state, silent) => {
    const start = state.pos;
    // The label is prose ("[120,000 people](url)"); only what follows "]" is a destination.
    const labelEnd = state.md.helpers.parseLinkLabel(state, start, true);
    const matched = link(state, silent);
    if (matched && !silent && labelEnd >= 0) logExclusion(state, labelEnd + 1, state.pos);
    return matched;
  });
  return md;
}

let parser: MarkdownIt | undefined;

function readMarkdown(text: string, lines: LineIndex): Prose {
  const frontMatter = readFrontMatter(text);
  // Blank the front matter so markdown-it does not read its delimiters as rules or headings.
  const source = frontMatter ? text.slice(0, frontMatter.end).replace(/[^\r\n]/g, ' ') + text.slice(frontMatter.end) : text;
  const env = { exclusions: new WeakMap() as ExclusionLog };
  const tokens = (parser ??= createParser()).parse(source, env);

  const out = new Uint16Array(text.length).fill(32);
  for (const i of lines.lineStarts) markBreaks(text, out, i);
  const blocks: Block[] = [];

  let rowLine = -1;
  let rowCursor = 0;
  for (let t = 0; t < tokens.length; t++) {
    const token = tokens[t];
    if (token.type === 'tr_open' && token.map) {
      rowLine = token.map[0];
      rowCursor = lines.lineStarts[rowLine];
      blocks.push({ kind: 'tableRow', start: rowCursor, end: lines.lineEnd(rowLine) });
      continue;
    }
    if (token.type !== 'inline') continue;
    const opener = tokens[t - 1];
    let placed: Placement | undefined;
    if (token.map) {
      placed = placeContent(lines, token.content, token.map[0]);
      if (placed && opener) {
        const kind = opener.type === 'heading_open' ? 'heading' : 'paragraph';
        blocks.push({ kind, start: placed.starts[0] ?? lines.lineStarts[token.map[0]], end: lines.lineEnd(Math.max(token.map[0], token.map[1] - 1)) });
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
    for (let k = 0; k < placed.starts.length; k++) {
      const from = placed.starts[k];
      for (let i = 0; i < placed.lengths[k]; i++) out[from + i] = text.charCodeAt(from + i);
    }
    for (const [a, b] of env.exclusions.get(token.children ?? []) ?? []) {
      for (let c = a; c < b; c++) {
        const at = placed.map(c);
        if (at >= 0 && out[at] !== 10 && out[at] !== 13) out[at] = 32;
      }
    }
  }
  return { text, prose: decode(out), blocks, lines, frontMatter, annotations: [] };
}

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

function readPlainText(text: string, lines: LineIndex): Prose {
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
  return { text, prose: text, blocks, lines, annotations: [] };
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
  let urls = urlCache.get(block);
  if (!urls) {
    urls = ((linkify ??= new LinkifyIt()).match(block) ?? []).map((m) => ({ start: m.index, end: m.lastIndex }));
    if (urlCache.size > 20_000) urlCache.clear();
    urlCache.set(block, urls);
  }
  return urls;
}

/**
 * Bare URLs and e-mail addresses in running text are addresses, not prose ("…/results/2024").
 * Looked for block by block: outside blocks the prose is blank, and no URL crosses a line break.
 */
function maskUrls(prose: string, blocks: readonly Block[]): string {
  const spans: Array<{ start: number; end: number }> = [];
  for (const b of blocks) for (const u of urlsIn(prose.slice(b.start, b.end))) spans.push({ start: b.start + u.start, end: b.start + u.end });
  spans.sort((a, b) => a.start - b.start);
  // Blocks do not overlap, but a table row and its cells' text must not blank a URL twice.
  const distinct = spans.filter((s, i) => i === 0 || s.start >= spans[i - 1].end);
  return distinct.length ? blank(prose, distinct) : prose;
}

function markBreaks(text: string, out: Uint16Array, lineStart: number): void {
  // Keep the break characters that end the previous line so `prose` has the original's lines.
  for (let i = lineStart - 1; i >= 0 && (text[i] === '\n' || text[i] === '\r'); i--) out[i] = text.charCodeAt(i);
}

function decode(codes: Uint16Array): string {
  // UTF-16 code units as they are, lone surrogates included.
  return Buffer.from(codes.buffer, codes.byteOffset, codes.byteLength).toString('utf16le');
}
