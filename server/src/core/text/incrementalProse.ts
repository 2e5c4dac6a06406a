import type { FactAnnotation } from '../annotations/annotation';
import { runSteps } from '../steps';
import { readFrontMatter } from './frontMatter';
import { firstAtOrAfter, itself, LineIndex, splicedNumbers } from './lineIndex';
import { PieceText, TextLike } from './pieceText';
import { Block, DocumentFormat, MarkdownLines, MarkdownReading, Prose, readMarkdown, readMarkdownLines, readProse, References, shiftAnnotation } from './prose';
import { TextEdit, textEdit } from './textEdit';

/**
 * Reads the prose of successive versions of one draft, parsing again only the Markdown around an
 * edit, so that a keystroke does not cost a parse of the whole draft. The result equals `readProse`
 * of the same text.
 *
 * markdown-it parses line by line, and where a top-level block starts it starts afresh: what it
 * makes of the lines from there on depends on those lines alone (and on the document's link
 * reference definitions). So an edit is parsed again from the last top-level block starting before
 * it, up to the first line after it where the new parse starts a top-level block and the old one
 * did too; from there on the old reading holds, shifted.
 *
 * A prose it returns holds until the next `read`: the blocks after an edit are moved where they now
 * stand, not copied (see `moveBlock`), and where an edit kept the number of blocks (or annotations)
 * the list itself is changed, so an earlier prose's blocks no longer match its text.
 */
export class IncrementalProse {
  private last: { reading: MarkdownReading; text: TextLike } | undefined;
  /**
   * Where the prose of the latest read differs from the one before it, when it was read again
   * around an edit (undefined when it was read whole): comparing the two would cost a scan.
   */
  changed: TextEdit | undefined;
  /**
   * The latest prose in pieces. After an edit, the prose's `text` and `prose` are made as flat
   * strings only when asked for: a keystroke's check reads the few blocks it touched from here.
   */
  proseText = PieceText.of('');

  constructor(readonly format: DocumentFormat) {}

  /**
   * `lines`, when the caller keeps the text's line index (an open document does, by the same edits),
   * is taken rather than made again: on a megabyte that is a copy of 4,000 line starts per keystroke.
   */
  read(text: TextLike, lines?: LineIndex): Prose {
    return runSteps(this.readInSteps(text, lines));
  }

  /**
   * `read`, a stretch of a long text at a time where it is read whole (see `readMarkdownInSteps`):
   * a server's first read of a draft of megabytes. A read left unfinished is finished by the next,
   * whatever text that is for, and the next text is then read around its edits: a writer typing in
   * a draft of ten megabytes while it is read would otherwise start it afresh at every keystroke.
   */
  *readInSteps(text: TextLike, lines?: LineIndex): Generator<void, Prose> {
    if (this.unfinished) yield* this.unfinished;
    this.changed = undefined;
    if (this.format !== 'markdown') return this.whole(readProse(text.toString(), this.format));
    const last = this.last;
    if (!last) return yield* this.readWhole(text);
    const edit = textEdit(last.text, text);
    if (edit.endBefore === edit.start && edit.endAfter === edit.start) {
      this.changed = edit;
      this.last = { reading: last.reading, text };
      return last.reading.prose;
    }
    const again = readAgain(last.reading, last.text, this.proseText, text, edit, lines?.text === text ? lines : undefined);
    if (!again) return yield* this.readWhole(text);
    this.last = { reading: again.reading, text };
    this.changed = again.changed;
    this.proseText = again.proseText;
    return again.reading.prose;
  }

  /** The whole read under way, until it ends: one left unfinished is finished by the next read. */
  private unfinished: Generator<void, Prose> | undefined;

  private readWhole(text: TextLike): Generator<void, Prose> {
    return (this.unfinished = this.readingWhole(text));
  }

  private *readingWhole(text: TextLike): Generator<void, Prose> {
    const flat = text.toString();
    const reading = yield* readMarkdownInSteps(flat, new LineIndex(flat));
    this.last = { reading, text };
    this.unfinished = undefined;
    return this.whole(reading.prose);
  }

  private whole(prose: Prose): Prose {
    this.proseText = PieceText.of(prose.prose);
    return prose;
  }
}

/**
 * Block rules decide where a block ends by looking at the lines after it, at most one past the line
 * that starts the next block (a table is told by its second line): a block start is known only
 * from the lines up to this many past it.
 */
const LOOKAHEAD_LINES = 2;

/**
 * `readMarkdown`, a stretch of `stretchLines` lines at a time, with the same result: markdown-it
 * read a draft of ten megabytes in 260-400 ms, while the server answered nothing. A stretch is
 * read from a top-level block's start (where the parser starts afresh) and kept up to the last
 * one it finds far enough from its end that the lines after could not change it (as `readAgain`
 * keeps a parse around an edit); the next is read from there. A document that defines a link
 * reference is read whole: the definition, wherever it stands, decides what a `[label]` before it is.
 */
export function* readMarkdownInSteps(text: string, lines: LineIndex, stretchLines = STRETCH_LINES): Generator<void, MarkdownReading> {
  if (lines.lineCount <= stretchLines) return readMarkdown(text, lines);
  const frontMatter = readFrontMatter(text);
  const prose: string[] = [];
  const blocks: Block[] = [];
  const annotations: FactAnnotation[] = [];
  const tops: number[] = [];
  for (let from = 0, span = stretchLines; from < lines.lineCount; ) {
    const to = Math.min(lines.lineCount, from + span);
    const window = readMarkdownLines(text, lines, from, to, {}, from === 0 ? frontMatter : undefined);
    if (window.definitions.length) return readMarkdown(text, lines);
    // The last block start that the lines after `to` could not move; none: a longer stretch (a long code block).
    let until = to;
    if (to < lines.lineCount) {
      until = -1;
      for (const t of window.tops) if (t > from && t + LOOKAHEAD_LINES <= to) until = t;
      if (until < 0) {
        span *= 2;
        continue;
      }
    }
    const end = until < lines.lineCount ? lines.lineStarts[until] : text.length;
    prose.push(window.prose.slice(0, end - lines.lineStarts[from]));
    for (const b of window.blocks) if (b.start < end) blocks.push(b);
    for (const a of window.annotations) if (a.start < end) annotations.push(a);
    for (const t of window.tops) if (t < until) tops.push(t);
    from = until;
    span = stretchLines;
    yield;
  }
  return { prose: { text, prose: prose.join(''), blocks, lines, frontMatter, annotations }, tops: Int32Array.from(tops), definitions: new Int32Array(0), references: {} };
}

/** How many lines `readMarkdownInSteps` reads at a step: some milliseconds' worth. */
const STRETCH_LINES = 1000;

/**
 * The reading of `text`, `last`'s text (`lastText`, whose prose is `lastProse`) after `edit`, and
 * the stretch of prose read again; undefined when it must be read whole.
 */
function readAgain(
  last: MarkdownReading,
  lastText: TextLike,
  lastProse: PieceText,
  text: TextLike,
  edit: TextEdit,
  known: LineIndex | undefined,
): { reading: MarkdownReading; changed: TextEdit; proseText: PieceText } | undefined {
  const { prose: old, tops, definitions, references } = last;
  // Front matter is decided by the first line and the first closing line after it.
  const head = old.frontMatter?.end ?? old.lines.lineStarts[1] ?? lastText.length;
  if (edit.start <= head || (!old.frontMatter && lastText.slice(0, 3) === '---')) return undefined;

  const lines = known ?? LineIndex.afterEdit(old.lines, text, edit);
  const dLines = lines.lineCount - old.lines.lineCount;
  const firstEdited = old.lines.positionAt(edit.start).line;
  const lastEdited = old.lines.positionAt(edit.endBefore).line;
  // The parse restarts where a top-level block starts far enough before the edit that the end of
  // the block before it was not decided by edited lines.
  const from = tops[firstAtOrAfter(tops, firstEdited - LOOKAHEAD_LINES + 1, itself) - 1];
  if (from === undefined) return undefined;

  // Parse ever more of what follows the edit until the new parse meets the old one.
  const after = firstAtOrAfter(tops, lastEdited + 1, itself);
  for (let span = 4; ; span *= 2) {
    const to = after + span < tops.length ? tops[after + span] + dLines : lines.lineCount;
    const window = readLines(text, lines, from, to, Object.create(references) as typeof references);
    const meet = window.tops.find((t) => t > lastEdited + dLines && (to === lines.lineCount || t + LOOKAHEAD_LINES <= to) && isIn(tops, t - dLines));
    if (meet === undefined && to < lines.lineCount) continue;
    const until = meet ?? lines.lineCount;
    const oldUntil = until - dLines;
    // A definition read or lost could turn any `[label]` of the document into a link or out of one.
    if (window.definitions.some((l) => l < until) || definitions.some((l) => l >= from && l < oldUntil)) return undefined;

    const start = lines.lineStarts[from];
    const end = until < lines.lineCount ? lines.lineStarts[until] : text.length;
    const oldEnd = oldUntil < old.lines.lineCount ? old.lines.lineStarts[oldUntil] : lastText.length;
    const d = end - oldEnd;
    const proseText = lastProse.replace(start, oldEnd, window.prose.slice(0, end - start));
    const prose = new PiecedProse(
      text,
      proseText,
      // Where the edit kept the length (a figure's digit typed over), those after it stand as they were.
      splice(old.blocks, window.blocks, start, end, oldEnd, (b) => moveBlock(b, d)),
      lines,
      old.frontMatter,
      splice<FactAnnotation>(old.annotations, window.annotations, start, end, oldEnd, (a) => (d ? shiftAnnotation(a, d) : a)),
    );
    const reading = { prose, tops: spliceLines(tops, window.tops, from, until, dLines), definitions: spliceLines(definitions, [], from, until, dLines), references };
    return { reading, changed: { start, endBefore: oldEnd, endAfter: end }, proseText };
  }
}

/**
 * A prose read again around an edit, whose `text` and `prose` are made flat only when asked for. A
 * class, not an object literal with getters, which V8 makes a dictionary whose getters an accessor
 * pair holds, allocated in old space: made at every keystroke, the dead pairs kept the getters and
 * all they reached alive through every scavenge until the next full collection (typing in a 100 KB
 * draft, 4.5 MB promoted per scavenge and pauses of 10 ms; as a class, 0.15 MB and 1.5 ms).
 */
class PiecedProse implements Prose {
  constructor(
    private readonly source: TextLike,
    private readonly proseText: PieceText,
    readonly blocks: Block[],
    readonly lines: LineIndex,
    readonly frontMatter: Prose['frontMatter'],
    readonly annotations: FactAnnotation[],
  ) {}

  get text(): string {
    return this.source.toString();
  }

  get prose(): string {
    return this.proseText.toString();
  }
}

/**
 * `readMarkdownLines` of lines [from, to) of `text`, given only those lines: the rest of a long
 * text is never made into one string. Offsets and lines in the result are the text's.
 */
function readLines(text: TextLike, lines: LineIndex, from: number, to: number, references: References): MarkdownLines {
  const base = lines.lineStarts[from];
  const stretch = text.slice(base, to < lines.lineCount ? lines.lineStarts[to] : text.length);
  const read = readMarkdownLines(stretch, new LineIndex(stretch), 0, to - from, references);
  return {
    prose: read.prose,
    blocks: read.blocks.map((b) => ({ ...b, start: b.start + base, end: b.end + base })),
    annotations: read.annotations.map((a) => shiftAnnotation(a, base)),
    tops: read.tops.map((l) => l + from),
    definitions: read.definitions.map((l) => l + from),
  };
}

function isIn(sorted: Int32Array, value: number): boolean {
  return sorted[firstAtOrAfter(sorted, value, itself)] === value;
}

/**
 * Old items before `start`, the new ones before `end`, and the old ones from `oldEnd` on, shifted:
 * in `old` itself when there are as many new ones as they replace (see `IncrementalProse`).
 */
function splice<T extends { start: number }>(old: T[], fresh: readonly T[], start: number, end: number, oldEnd: number, shift: (item: T) => T): T[] {
  const from = firstAtOrAfter(old, start, startOf);
  const to = firstAtOrAfter(old, oldEnd, startOf);
  const added = fresh.filter((item) => item.start < end);
  const out = added.length === to - from ? old : old.slice(0, from);
  for (let i = 0; i < added.length; i++) out[from + i] = added[i];
  for (let i = to, at = from + added.length; i < old.length; i++, at++) out[at] = shift(old[i]);
  return out;
}

const startOf = (item: { start: number }) => item.start;

/**
 * A block after the edit, moved in place: after an insert a megabyte's thousand blocks past it were
 * copied, and the copies, the draft's current blocks, lived on to be promoted by every scavenge.
 */
function moveBlock(b: Block, d: number): Block {
  b.start += d;
  b.end += d;
  return b;
}

/** The same for sorted line numbers: old ones before `from`, new ones before `until`, old ones after, shifted. */
function spliceLines(old: Int32Array, fresh: readonly number[], from: number, until: number, dLines: number): Int32Array {
  const added = fresh.filter((line) => line < until);
  return splicedNumbers(old, firstAtOrAfter(old, from, itself), added, firstAtOrAfter(old, until - dLines, itself), dLines);
}
