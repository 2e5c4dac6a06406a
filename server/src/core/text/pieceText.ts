import { firstAtOrAfter, itself } from './lineIndex';

/**
 * A long text held as pieces of a few thousand characters, so that an edit makes the next version
 * by replacing the pieces it touched and sharing the others. A flat string would be copied whole on
 * every keystroke, and on a megabyte each new flat string costs milliseconds: V8 places strings over
 * 128 KB in fresh pages of its large-object space, and they bring the next full collection nearer.
 */
export class PieceText {
  private flat: string | undefined;
  /** The piece the latest `charCodeAt` read: reads move along the text, rarely jump. */
  private hit = 0;
  /**
   * By needle `includes` looked for, by piece: whether it stands in the piece or across its end.
   * Kept for the pieces an edit did not touch, so a keystroke looks in one or two pieces.
   */
  private readonly found = new Map<string, Array<boolean | undefined>>();

  private constructor(
    readonly pieces: readonly string[],
    /** Where each piece starts; one more entry, the length, after the last. */
    private readonly starts: readonly number[],
  ) {}

  static of(text: string): PieceText {
    const pieces = split(text);
    const found = new PieceText(pieces, startsOf(pieces));
    found.flat = text;
    return found;
  }

  get length(): number {
    return this.starts[this.starts.length - 1];
  }

  /** The text with [start, end) replaced by `insert`: the pieces outside it are shared. */
  replace(start: number, end: number, insert: string): PieceText {
    if (!this.pieces.length) return PieceText.of(insert);
    const first = this.pieceAt(start);
    const last = Math.max(first, this.pieceAt(Math.max(start, end - 1)));
    const middle = this.pieces[first].slice(0, start - this.starts[first]) + insert + this.pieces[last].slice(end - this.starts[last]);
    const made = split(middle);
    const pieces = [...this.pieces.slice(0, first), ...made, ...this.pieces.slice(last + 1)];
    const next = new PieceText(pieces, startsOf(pieces));
    for (const [needle, known] of this.found) {
      // The piece before the edit has a new joint: it is looked at again, as are the new ones.
      const byPiece = known.slice(0, Math.max(0, first - 1));
      byPiece.length = first + made.length;
      next.found.set(needle, byPiece.concat(known.slice(last + 1)));
    }
    return next;
  }

  charCodeAt(offset: number): number {
    if (offset < 0 || offset >= this.length) return NaN;
    let p = this.hit;
    if (offset < this.starts[p] || offset >= this.starts[p + 1]) this.hit = p = this.pieceAt(offset);
    return this.pieces[p].charCodeAt(offset - this.starts[p]);
  }

  /** [start, end) as a string, as `String.prototype.slice` takes them (no negative offsets). */
  slice(start = 0, end = this.length): string {
    start = Math.max(0, Math.min(start, this.length));
    end = Math.max(start, Math.min(end, this.length));
    if (this.flat !== undefined) return this.flat.slice(start, end);
    const p = this.pieceAt(start);
    if (end <= this.starts[p + 1]) return this.pieces[p].slice(start - this.starts[p], end - this.starts[p]);
    let out = '';
    for (let q = p; q < this.pieces.length && this.starts[q] < end; q++) out += this.pieces[q].slice(Math.max(0, start - this.starts[q]), end - this.starts[q]);
    return out;
  }

  /** Whether `needle` occurs, looked for piece by piece (and across each joint). */
  includes(needle: string): boolean {
    if (this.flat !== undefined) return this.flat.includes(needle);
    let byPiece = this.found.get(needle);
    if (!byPiece) this.found.set(needle, (byPiece = []));
    let holds = false;
    for (let p = 0; p < this.pieces.length; p++) holds = (byPiece[p] ??= this.holds(p, needle)) || holds;
    return holds;
  }

  /** Whether `needle` stands in piece `p` or across its joint with the next. */
  private holds(p: number, needle: string): boolean {
    if (this.pieces[p].includes(needle)) return true;
    const joint = this.starts[p + 1];
    return needle.length > 1 && p + 1 < this.pieces.length && this.slice(joint - needle.length + 1, joint + needle.length - 1).includes(needle);
  }

  /** The whole text as one string, made once: for what needs it all (a full read, a request). */
  toString(): string {
    return (this.flat ??= this.pieces.join(''));
  }

  /** The number of the piece holding `offset` (the last for the length). */
  private pieceAt(offset: number): number {
    return Math.max(0, Math.min(this.pieces.length - 1, firstAtOrAfter(this.starts, offset + 1, itself) - 1));
  }
}

/** Text is a string or pieces of one: what reading a stretch of a text needs. */
export type TextLike = string | PieceText;

/** Pieces stay small enough to be young-generation strings, and few enough to copy their list per edit. */
const PIECE = 4096;

function split(text: string): string[] {
  if (text.length <= 2 * PIECE) return text ? [text] : [];
  const pieces: string[] = [];
  for (let at = 0; at < text.length; at += PIECE) pieces.push(text.slice(at, at + PIECE));
  return pieces;
}

function startsOf(pieces: readonly string[]): number[] {
  const starts = [0];
  for (const piece of pieces) starts.push(starts[starts.length - 1] + piece.length);
  return starts;
}
