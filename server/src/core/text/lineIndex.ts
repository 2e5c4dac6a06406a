import type { TextLike } from './pieceText';
import type { TextEdit } from './textEdit';

/** A position as LSP counts it: 0-based line, UTF-16 code units into the line. */
export interface Position {
  line: number;
  character: number;
}

export interface Range {
  start: Position;
  end: Position;
}

/** Whether `v` is a range: positions of whole numbers, none below 0 (a range read from a file, which may be anything). */
export function isRange(v: unknown): v is Range {
  const r = v as Partial<Range> | undefined;
  return !!r && typeof r === 'object' && isPosition(r.start) && isPosition(r.end);
}

function isPosition(v: unknown): v is Position {
  const p = v as Partial<Position> | undefined;
  return !!p && typeof p === 'object' && Number.isInteger(p.line) && p.line! >= 0 && Number.isInteger(p.character) && p.character! >= 0;
}

/**
 * Converts between string offsets and LSP positions. JavaScript strings are UTF-16 already, so a
 * column is an offset minus the line's start; the work is in finding line starts for `\n`, `\r\n`
 * and a lone `\r`, which LSP all count as line breaks.
 */
export class LineIndex {
  /**
   * A typed array: its elements lie outside the JavaScript heap, so the copy an edit makes on a
   * megabyte (4,000 starts) is neither young garbage nor, as the current index, copied by every scavenge.
   */
  readonly lineStarts: Int32Array;

  constructor(
    readonly text: TextLike,
    lineStarts?: Int32Array,
  ) {
    this.lineStarts = lineStarts ?? Int32Array.from([0, ...(typeof text === 'string' && !text.includes('\r') ? newlinesIn(text) : lineStartsIn(text, 0, Infinity))]);
  }

  /**
   * The index of `text`, which is `previous.text` with [start, endBefore) replaced by what now stands
   * at [start, endAfter): the line starts around the edit are found again, the others shifted, so
   * that a keystroke costs a copy of the starts rather than a scan of the text (and, when it keeps
   * them all where they were, as typing over a character does, not even that).
   */
  static afterEdit(previous: LineIndex, text: TextLike, edit: TextEdit): LineIndex {
    const { start, endBefore, endAfter } = edit;
    const old = previous.lineStarts;
    // A start depends on the two characters before it ("\r\n" is one break): those before `start`
    // are kept; those at least two past the edit are shifted; between, the new text is scanned.
    const kept = Math.max(1, firstAtOrAfter(old, start, itself)); // 0 starts a line whatever the edit
    const shifted = firstAtOrAfter(old, endBefore + 2, itself);
    const scanned = lineStartsIn(text, Math.max(0, start - 1), endAfter + 2).filter((s) => s >= start);
    const d = endAfter - endBefore;
    if (!d && scanned.length === shifted - kept && scanned.every((s, i) => s === old[kept + i])) return new LineIndex(text, old);
    return new LineIndex(text, splicedNumbers(old, kept, scanned, shifted, d));
  }

  get lineCount(): number {
    return this.lineStarts.length;
  }

  positionAt(offset: number): Position {
    const clamped = this.clamped(offset);
    const line = this.lineAt(clamped);
    return { line, character: clamped - this.lineStarts[line] };
  }

  /** Whether `positionAt(offset)` is `position`, without making a position. */
  isAt(position: Position, offset: number): boolean {
    const clamped = this.clamped(offset);
    const line = this.lineAt(clamped);
    return position.line === line && position.character === clamped - this.lineStarts[line];
  }

  /** Whether `positionAt(offset)` comes before `position`, without making a position. */
  isBefore(position: Position, offset: number): boolean {
    const clamped = this.clamped(offset);
    const line = this.lineAt(clamped);
    return position.line < line || (position.line === line && position.character < clamped - this.lineStarts[line]);
  }

  private clamped(offset: number): number {
    return Math.max(0, Math.min(offset, this.text.length));
  }

  private lineAt(clamped: number): number {
    return firstAtOrAfter(this.lineStarts, clamped + 1, itself) - 1;
  }

  offsetAt(position: Position): number {
    if (position.line < 0) return 0;
    if (position.line >= this.lineStarts.length) return this.text.length;
    const start = this.lineStarts[position.line];
    return Math.min(start + Math.max(0, position.character), this.lineEnd(position.line));
  }

  rangeOf(start: number, end: number): Range {
    return { start: this.positionAt(start), end: this.positionAt(end) };
  }

  /** Offset just before the line's break characters. */
  lineEnd(line: number): number {
    let end = line + 1 < this.lineStarts.length ? this.lineStarts[line + 1] : this.text.length;
    while (end > this.lineStarts[line] && (this.text.charCodeAt(end - 1) === 10 || this.text.charCodeAt(end - 1) === 13)) end--;
    return end;
  }

  lineText(line: number): string {
    return this.text.slice(this.lineStarts[line], this.lineEnd(line));
  }
}

/** The line starts in (from, before): offsets just past a line break that begins at or after `from`. */
function lineStartsIn(text: TextLike, from: number, before: number): number[] {
  const starts: number[] = [];
  for (let i = from; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 13 /* \r */) {
      if (text.charCodeAt(i + 1) === 10) i++;
    } else if (c !== 10 /* \n */) {
      continue;
    }
    if (i + 1 >= before) break;
    starts.push(i + 1);
  }
  return starts;
}

/**
 * `lineStartsIn` a whole string without "\r": each "\n" found by `indexOf`, which reads a megabyte
 * ten times faster than a loop reading each character (a full check indexes the whole text).
 */
function newlinesIn(text: string): number[] {
  const starts: number[] = [];
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return starts;
}

/** The index of the first of `items`, sorted by `key`, whose key is at or after `value`. */
export function firstAtOrAfter<T, K extends number | string>(items: ArrayLike<T>, value: K, key: (item: T) => K): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (key(items[mid]) < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

export const itself = (n: number) => n;

/** `sorted`'s numbers before `kept`, then `added`, then its numbers from `shifted` on moved by `d`. */
export function splicedNumbers(sorted: Int32Array, kept: number, added: readonly number[], shifted: number, d: number): Int32Array {
  const out = new Int32Array(kept + added.length + sorted.length - shifted);
  out.set(sorted.subarray(0, kept));
  out.set(added, kept);
  for (let i = shifted, to = kept + added.length; i < sorted.length; i++, to++) out[to] = sorted[i] + d;
  return out;
}
