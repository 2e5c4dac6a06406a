import { isAscii } from 'buffer';
import fs = require('fs');
import type { SourceFacts } from '../core/facts/buildFacts';
import type { Fact, FactSource } from '../core/facts/fact';
import { ArticlePlace } from '../core/facts/articlePlace';
import { factJson, parseFactJson } from '../core/facts/factJson';
import { isRange } from '../core/text/lineIndex';
import { asciiJsonBytes } from './asciiJson';
import { ReadingLists, readingArrays, readingOf } from './readingData';
import { readFully } from './readTextFile';

/**
 * An article's entry in the disk cache, as lines of ASCII JSON that a reader parses one at a time,
 * handing the event loop back between them: the entry of an article of 5 MB is ~31 MB, and reading
 * it in one go held a server for 0.5-2 s. The lines are, in order:
 * - the head (`EntryHead`): the key, what the source says of itself, and how many items each list has;
 * - its quotes, its packed facts (see `PackedFact`), its paragraphs, then its reading's sentences,
 *   `ITEMS_A_LINE` to a line, each line a JSON list;
 * - the bytes of its reading's typed arrays (see `readingArrays`), `BYTES_A_LINE` to a line, as Base64.
 * An article's facts share their file and title, and the facts of one sentence its quote: each is
 * written once (a fact names its quote by number), which makes the entries of a thousand sources
 * a fifth smaller to read, and their facts share the strings once read.
 */
interface EntryHead {
  key: string;
  source: Omit<SourceFacts, 'facts' | 'paragraphs' | 'reading'>;
  quotes: number;
  facts: number;
  paragraphs?: number;
  reading?: Omit<ReadingLists, 'texts'> & { texts: number; bytes: number[] };
}

type PackedFact = Omit<Fact, 'quote' | 'source'> & { quote: number; source: Pick<FactSource, 'paragraph' | 'range'> };

/** How many quotes, facts, paragraphs or sentences a line holds: some tens of kilobytes. */
const ITEMS_A_LINE = 256;
/** How many bytes of a typed array a line holds: a multiple of 3, which Base64 writes without padding, and of 4, the widest number. */
const BYTES_A_LINE = 48 * 1024;

/** Where an entry of an ordinary size is written (see `asciiJsonBytes`). */
let scratch: Buffer | undefined;
const SCRATCH_BYTES = 1 << 20;

/**
 * An entry's bytes, made a piece at a time. Characters beyond ASCII are written as JSON escapes: one
 * non-ASCII character ("£") makes a whole text a two-byte string, which takes three times longer to
 * decode and parse. An ordinary entry is written into `scratch` in one go: fresh memory costs more
 * than the writing.
 */
export function* entryBytes(key: string, source: SourceFacts): Generator<void, Uint8Array[]> {
  const lines = yield* entryLines(key, source);
  if (lines.reduce((n, line) => n + line.length, 0) <= SCRATCH_BYTES) return [asciiJsonBytes(lines.join(''), (scratch ??= Buffer.allocUnsafe(SCRATCH_BYTES)))];
  const bytes: Uint8Array[] = [];
  for (const line of lines) {
    bytes.push(asciiJsonBytes(line));
    yield;
  }
  return bytes;
}

/** An entry's lines, each ended, a few hundred items a step. */
function* entryLines(key: string, source: SourceFacts): Generator<void, string[]> {
  const { facts: _facts, paragraphs, reading, ...own } = source;
  const { facts, quotes } = packed(source.facts);
  yield;
  const arrays = reading ? readingArrays(reading) : [];
  const head: EntryHead = {
    key,
    source: own,
    quotes: quotes.length,
    facts: facts.length,
    ...(paragraphs ? { paragraphs: paragraphs.length } : {}),
    ...(reading ? { reading: { terms: reading.terms, weights: reading.weights, texts: reading.documents.texts.length, bytes: arrays.map((a) => a.length) } } : {}),
  };
  const lines = [`${factJson(head)}\n`];
  for (const list of [quotes, facts, paragraphs ?? [], reading?.documents.texts ?? []]) {
    for (let i = 0; i < list.length; i += ITEMS_A_LINE) {
      lines.push(`${factJson(list.slice(i, i + ITEMS_A_LINE))}\n`);
      yield;
    }
  }
  for (const array of arrays) {
    for (let at = 0; at < array.length; at += BYTES_A_LINE) {
      lines.push(`${Buffer.from(array.buffer, array.byteOffset + at, Math.min(BYTES_A_LINE, array.length - at)).toString('base64')}\n`);
      if ((at / BYTES_A_LINE) % 16 === 15) yield;
    }
  }
  return lines;
}

function packed(given: readonly Fact[]): { facts: PackedFact[]; quotes: string[] } {
  const quotes: string[] = [];
  const numbers = new Map<string, number>();
  const facts = given.map((fact): PackedFact => {
    let quote = numbers.get(fact.quote);
    if (quote === undefined) {
      numbers.set(fact.quote, (quote = quotes.length));
      quotes.push(fact.quote);
    }
    // An article's facts all name it as the article does (see buildFacts).
    return { ...fact, quote, source: { paragraph: fact.source.paragraph, range: fact.source.range } };
  });
  return { facts, quotes };
}

/**
 * The source an entry in `file` holds under `key`, read a line a step (see `runSteps`); undefined
 * when there is none, or it is of another key, damaged, cut short or of an older format: such an
 * entry is never taken for facts. The file is read a part at a time, opened for each: a step left
 * where it is holds nothing open.
 */
export function* readingEntry(file: string, key: string): Generator<void, { source: SourceFacts; usedMs: number } | undefined> {
  const lines = new EntryLines(file);
  if (lines.usedMs === undefined) return undefined;
  const head = lines.json() as Partial<EntryHead> | undefined;
  if (!head || head.key !== key || !isOwn(head.source, head.paragraphs)) return undefined;
  const { file: name, title } = head.source;
  const counted = (n: unknown): n is number => Number.isInteger(n) && (n as number) >= 0;
  const { reading } = head;
  if (!counted(head.quotes) || !counted(head.facts) || (head.paragraphs !== undefined && !counted(head.paragraphs))) return undefined;
  // No more bytes than the file holds: a damaged length would have them all allocated first.
  const within = (bytes: unknown[]) => bytes.every(counted) && bytes.reduce((n: number, b) => n + (b as number), 0) <= lines.size;
  if (reading !== undefined && (!reading || !counted(reading.texts) || !Array.isArray(reading.bytes) || !within(reading.bytes))) return undefined;
  yield;
  const quotes = yield* listOf(lines, head.quotes, (q): q is string => typeof q === 'string');
  if (!quotes) return undefined;
  const facts = yield* listOf(lines, head.facts, (f): f is Fact => {
    // Completed where it is rather than copied: that spares the collector a hundred thousand objects when a thousand entries are read.
    if (!isPackedFact(f, quotes.length)) return false;
    const fact = f as unknown as Fact;
    fact.quote = quotes[f.quote];
    fact.source = new ArticlePlace(name, title, f.source.paragraph, f.source.range);
    return true;
  });
  if (!facts) return undefined;
  const paragraphs = head.paragraphs === undefined ? undefined : yield* listOf(lines, head.paragraphs, (p): p is string => typeof p === 'string');
  if (head.paragraphs !== undefined && !paragraphs) return undefined;
  let made: SourceFacts['reading'];
  if (reading) {
    const texts = yield* listOf(lines, reading.texts, (t): t is string => typeof t === 'string');
    const arrays: Uint8Array[] = [];
    for (const length of reading.bytes) {
      const bytes = yield* bytesOf(lines, length);
      if (!bytes) return undefined;
      arrays.push(bytes);
    }
    made = texts && readingOf({ ...reading, texts }, arrays, facts.length);
    if (!made) return undefined;
  }
  if (!lines.ended()) return undefined;
  return { source: { ...head.source, facts, ...(paragraphs ? { paragraphs } : {}), ...(made ? { reading: made } : {}) }, usedMs: lines.usedMs };
}

/** The `count` items of a list in the entry's next lines, each `valid`, a line a step; undefined when one is not. */
function* listOf<T>(lines: EntryLines, count: number, valid: (item: unknown) => item is T): Generator<void, T[] | undefined> {
  const items: T[] = [];
  while (items.length < count) {
    const line = lines.json();
    if (!Array.isArray(line) || line.length !== Math.min(ITEMS_A_LINE, count - items.length) || !line.every(valid)) return undefined;
    for (const item of line) items.push(item);
    yield;
  }
  return items;
}

/** The `length` bytes of a typed array in the entry's next lines, some lines a step; undefined when they are not whole Base64. */
function* bytesOf(lines: EntryLines, length: number): Generator<void, Uint8Array | undefined> {
  const bytes = Buffer.allocUnsafeSlow(length);
  for (let at = 0, n = 0; at < length; at += BYTES_A_LINE, n++) {
    const line = lines.text();
    const expected = Math.min(BYTES_A_LINE, length - at);
    // Base64 decoding passes over a character it does not know: such a line gives fewer bytes.
    if (line === undefined || line.length !== Math.ceil(expected / 3) * 4 || bytes.write(line, at, 'base64') !== expected) return undefined;
    if (n % 16 === 15) yield;
  }
  return new Uint8Array(bytes.buffer, bytes.byteOffset, length);
}

const NEWLINE = 0x0a;
/** How much of an entry is read at a time: a few milliseconds' worth. */
const READ_BYTES = 1 << 20;

/** An entry's lines, read from its file a part at a time as they are asked for. */
class EntryLines {
  /** When the file was last marked used (its modification time); undefined when it cannot be read. */
  readonly usedMs: number | undefined;
  /** The file's size in bytes. */
  readonly size: number = 0;
  private held = Buffer.alloc(0);
  /** Where the next line starts in `held`, and how far `held` holds bytes read. */
  private from = 0;
  private to = 0;
  /** How far the file is read. */
  private read = 0;

  constructor(private readonly file: string) {
    try {
      const fd = fs.openSync(file, 'r');
      try {
        const stat = fs.fstatSync(fd);
        this.size = stat.size;
        // An ordinary entry at once, in the open that tells its size.
        this.held = Buffer.allocUnsafe(Math.min(this.size, READ_BYTES));
        this.readInto(fd);
        this.usedMs = stat.mtimeMs;
      } finally {
        fs.closeSync(fd);
      }
    } catch {
      this.usedMs = undefined;
    }
  }

  /** The next line parsed; undefined when there is none, or it is not JSON. */
  json(): unknown {
    const text = this.text();
    try {
      return text === undefined ? undefined : parseFactJson(text);
    } catch {
      return undefined;
    }
  }

  /** The next line's text; undefined when there is none. */
  text(): string | undefined {
    let end = this.held.indexOf(NEWLINE, this.from);
    while (end < 0 || end >= this.to) {
      if (this.read >= this.size || !this.readMore()) return undefined;
      end = this.held.indexOf(NEWLINE, this.from);
    }
    const text = this.held.toString('latin1', this.from, end);
    this.from = end + 1;
    return text;
  }

  /** Whether every line was read, and the file has no more. */
  ended(): boolean {
    return this.from === this.to && this.read === this.size;
  }

  /** Reads the next part of the file after what is left of the last; false when it cannot be read. */
  private readMore(): boolean {
    const left = this.held.subarray(this.from, this.to);
    // A line longer than a part (a source's head with its words) widens the room for the next.
    const room = Math.min(this.size - this.read + left.length, Math.max(READ_BYTES, 2 * left.length));
    const held = room > this.held.length ? Buffer.allocUnsafe(room) : this.held;
    left.copy(held);
    this.held = held;
    this.to = left.length;
    this.from = 0;
    try {
      const fd = fs.openSync(this.file, 'r');
      try {
        this.readInto(fd);
      } finally {
        fs.closeSync(fd);
      }
      return true;
    } catch {
      return false;
    }
  }

  /**
   * Fills the room after `to` from the file where it was left; throws when it ends first, or holds a
   * byte beyond ASCII, which no entry does (see `entryBytes`): read as Latin-1, it would be another character.
   */
  private readInto(fd: number): void {
    const start = this.to;
    const end = Math.min(this.held.length, this.to + this.size - this.read);
    readFully(fd, this.held.subarray(start, end), this.read);
    this.to = end;
    this.read += end - start;
    if (!isAscii(this.held.subarray(start, end))) throw new Error(`${this.file} holds a byte beyond ASCII`);
  }
}

/** Whether `v` is what a source of `paragraphs` paragraphs says of itself, enough that a damaged entry is never taken for one. */
function isOwn(v: unknown, paragraphs: unknown): v is EntryHead['source'] {
  const s = v as Partial<SourceFacts> | undefined;
  if (!s || typeof s !== 'object' || typeof s.file !== 'string' || typeof s.title !== 'string') return false;
  const lines = s.paragraphLines;
  return lines === undefined || (Array.isArray(lines) && lines.length === paragraphs && lines.every((line) => Number.isInteger(line) && line >= 0));
}

/** Whether `v` has the shape of a packed fact whose quote is one of `quotes`. */
function isPackedFact(v: unknown, quotes: number): v is PackedFact {
  const f = v as Partial<PackedFact> | undefined;
  if (!f || typeof f !== 'object' || typeof f.id !== 'string' || typeof f.kind !== 'string' || typeof f.text !== 'string' || !f.value) return false;
  return Number.isInteger(f.quote) && f.quote! >= 0 && f.quote! < quotes && !!f.source && typeof f.source === 'object' && Number.isInteger(f.source.paragraph) && isRange(f.source.range);
}
