import { createHash } from 'crypto';
import { asciiJsonBytes } from './asciiJson';
import { FactsUnavailable } from '../core/failure';

/**
 * Data holding typed arrays, as bytes: JSON for the rest, then each array's bytes, at a multiple
 * of 8. Reading makes views on the bytes read, with no copy and no parsing of the arrays: what
 * `v8.deserialize` does too, but only for arrays that happen to lie aligned in its stream (it
 * copied 20 MB of an index's arrays of 35), and it parsed what the JSON here holds more slowly.
 * Bytes are used only when they are as written (digests of them are in the file): a damaged file
 * must never be taken for data.
 *
 * Arrays the writer names as paged come last, in pages each with its own digest, and can be read a
 * page at a time when first looked at (`openArrays`): a check after a warm start looks at a tenth
 * of an index's 15 MB, and reading and hashing the rest, memory the system gives afresh, was a
 * fifth of that start.
 *
 * Layout: MAGIC, the JSON's length (u32 LE), where the paged arrays start (u32 LE), the SHA-256 of
 * those 16 bytes and of all that follows the head up to the paged arrays, the JSON in UTF-8, the
 * other arrays, then the paged ones. The JSON is `{"arrays": [[type, offset, length], ...],
 * "pageDigests": number | null, "value": ...}`, each array in `value` standing as `{"$array": n}`,
 * and `pageDigests` the number of the array holding the SHA-256 of each page of the paged ones.
 */

const MAGIC = Buffer.from('FLARRAY3');
const DIGEST_AT = 16;
const DIGEST = 'sha256';
const DIGEST_BYTES = 32;
export const HEAD_BYTES = 48;
/** A page of paged arrays: a check reads some dozens of an index's thousand. */
export const PAGE_BYTES = 16 * 1024;
const TYPES = { Uint8Array, Uint16Array, Uint32Array, Int32Array, Float64Array } as const;
type TypeName = keyof typeof TYPES;
type NumberArray = InstanceType<(typeof TYPES)[TypeName]>;

/**
 * The bytes of `value`, in pieces to be written one after the other: the arrays are not copied.
 * Those that `paged` names are laid out to be read a page at a time (see `openArrays`).
 */
export function encodeArrays(value: unknown, paged: (array: ArrayBufferView) => boolean = () => false): Uint8Array[] {
  const arrays: ArrayBufferView[] = [];
  const paths: ArrayPath[] = [];
  // Stood in for before stringifying, not by a replacer: with one called for each of a set's hundred
  // thousand fact ids, stringifying them took 30-120 ms, and 5-20 without.
  const json = JSON.stringify(standingIn(value, arrays, [], paths));
  const held = [...arrays.keys()].filter((a) => !paged(arrays[a]));
  const pagedOnes = [...arrays.keys()].filter((a) => paged(arrays[a]));
  // Each page's digest is known before where anything lies.
  const digestsNumber = pagedOnes.length ? arrays.push(pageDigests(pagedOnes.map((a) => arrays[a]))) - 1 : null;
  if (digestsNumber !== null) held.push(digestsNumber);
  // Where the arrays start depends on the JSON's length: offsets are written at a fixed width (and
  // the places in ASCII), so that length is known before the offsets are.
  const places = (start: number) => {
    const place: Array<[string, string, number]> = new Array(arrays.length);
    let at = start;
    for (const a of [...held, ...pagedOnes]) {
      place[a] = [arrays[a].constructor.name, String(at).padStart(12, '0'), (arrays[a] as Uint8Array).length];
      at = aligned(at + arrays[a].byteLength);
    }
    return place;
  };
  const placesText = (start: number) => `{"arrays":${JSON.stringify(places(start))},"pageDigests":${digestsNumber},"paths":${JSON.stringify(paths)}`;
  const tail = asciiJsonBytes(`,"value":${json}}`);
  const jsonLength = placesText(0).length + tail.length;
  const start = aligned(HEAD_BYTES + jsonLength);
  const heldPieces: Uint8Array[] = [Buffer.from(placesText(start)), tail, new Uint8Array(start - HEAD_BYTES - jsonLength), ...held.flatMap((a) => piecesOf(arrays[a]))];
  const pagedAt = HEAD_BYTES + heldPieces.reduce((n, piece) => n + piece.length, 0);
  const head = Buffer.alloc(HEAD_BYTES);
  MAGIC.copy(head);
  head.writeUInt32LE(jsonLength, MAGIC.length);
  head.writeUInt32LE(pagedAt, MAGIC.length + 4);
  const digest = createHash(DIGEST).update(head.subarray(0, DIGEST_AT));
  for (const piece of heldPieces) digest.update(piece);
  digest.digest().copy(head, DIGEST_AT);
  return [head, ...heldPieces, ...pagedOnes.flatMap((a) => piecesOf(arrays[a]))];
}

/** An array's bytes, then the zeros that bring the next to a multiple of 8. */
function piecesOf(a: ArrayBufferView): Uint8Array[] {
  const bytes = new Uint8Array(a.buffer, a.byteOffset, a.byteLength);
  return a.byteLength % 8 ? [bytes, new Uint8Array(8 - (a.byteLength % 8))] : [bytes];
}

/** The digest of each page of the paged arrays laid out one after the other, as one array. */
function pageDigests(arrays: readonly ArrayBufferView[]): Uint8Array {
  const bytes = arrays.reduce((n, a) => n + aligned(a.byteLength), 0);
  const digests = new Uint8Array(Math.ceil(bytes / PAGE_BYTES) * DIGEST_BYTES);
  let page = 0;
  let hash = createHash(DIGEST);
  let filled = 0;
  const add = (piece: Uint8Array) => {
    for (let from = 0; from < piece.length; ) {
      const take = Math.min(PAGE_BYTES - filled, piece.length - from);
      hash.update(piece.subarray(from, from + take));
      from += take;
      filled += take;
      if (filled === PAGE_BYTES) {
        digests.set(hash.digest(), page++ * DIGEST_BYTES);
        hash = createHash(DIGEST);
        filled = 0;
      }
    }
  };
  for (const a of arrays) for (const piece of piecesOf(a)) add(piece);
  if (filled) digests.set(hash.digest(), page * DIGEST_BYTES);
  return digests;
}

/** The keys and indexes leading from a file's value to one of its arrays. */
type ArrayPath = Array<string | number>;

/**
 * `value` with each typed array in it replaced by `{"$array": n}`, its number in `arrays`, whose
 * path from the value is `paths[n]` (`at` is the path to `value`). Objects and lists holding one
 * are copied, not changed; the others are kept as they are.
 */
function standingIn(value: unknown, arrays: ArrayBufferView[], at: ArrayPath, paths: ArrayPath[]): unknown {
  if (!value || typeof value !== 'object') return value;
  if (ArrayBuffer.isView(value)) {
    if (!(value.constructor.name in TYPES)) throw new Error(`encodeArrays: cannot keep a ${value.constructor.name}`);
    paths.push(at);
    return { $array: arrays.push(value) - 1 };
  }
  if (Array.isArray(value)) {
    let copy: unknown[] | undefined;
    for (let i = 0; i < value.length; i++) {
      const item: unknown = value[i];
      if (!item || typeof item !== 'object') continue;
      const stood = standingIn(item, arrays, [...at, i], paths);
      if (stood !== item) (copy ??= value.slice())[i] = stood;
    }
    return copy ?? value;
  }
  let copy: Record<string, unknown> | undefined;
  for (const [key, item] of Object.entries(value)) {
    if (!item || typeof item !== 'object') continue;
    const stood = standingIn(item, arrays, [...at, key], paths);
    if (stood !== item) (copy ??= { ...value })[key] = stood;
  }
  return copy ?? value;
}

/** What `encodeArrays` was given, all in `bytes`; throws on bytes it did not write. The arrays are views on `bytes`. */
export function decodeArrays(bytes: Uint8Array): unknown {
  // Views need their offsets aligned to their element size.
  if (bytes.byteOffset % 8) bytes = new Uint8Array(bytes);
  return openArrays(bytes, bytes.length, () => {
    throw new Error('arrays file cut short');
  }).value;
}

/**
 * What `encodeArrays` was given, of a file of `size` bytes whose first `heldBytes(head)` (or more)
 * are `held`: its paged arrays are views on memory filled a page at a time by `read` (`into` from
 * the file at `at`), when `ArrayPages.load` is first asked for them, and `close` lets the file go
 * when they no longer need it; when `held` is the whole file, views on it, every page checked now
 * (and `close` is not called). Throws on bytes it did not write.
 */
export function openArrays(
  held: Uint8Array,
  size: number,
  read: (into: Uint8Array, at: number) => void,
  close: (damaged: boolean) => void = () => undefined,
): { value: unknown; pages?: ArrayPages } {
  const buffer = Buffer.from(held.buffer, held.byteOffset, held.byteLength);
  const { jsonLength, pagedAt } = headOf(buffer);
  if (pagedAt > size || buffer.length < pagedAt || HEAD_BYTES + jsonLength > pagedAt) throw new Error('arrays file cut short');
  const digest = createHash(DIGEST).update(buffer.subarray(0, DIGEST_AT)).update(buffer.subarray(HEAD_BYTES, pagedAt)).digest();
  if (!digest.equals(buffer.subarray(DIGEST_AT, DIGEST_AT + digest.length))) throw new Error('arrays file damaged: its bytes are not those written');
  const { arrays, pageDigests: digestsNumber, paths, value } = JSON.parse(buffer.toString('utf8', HEAD_BYTES, HEAD_BYTES + jsonLength)) as { arrays: unknown; pageDigests: unknown; paths: unknown; value: unknown };
  if (!Array.isArray(arrays) || !Array.isArray(paths)) throw new Error('arrays file without its arrays');
  const whole = buffer.length >= size;
  // Zeros until read: the system gives such memory only as it is first written.
  const paged = whole ? held.subarray(pagedAt, size) : new Uint8Array(size - pagedAt);
  const views = arrays.map((place: unknown): NumberArray => {
    const [type, offsetText, count] = place as [TypeName, string, number];
    const Type = Object.prototype.hasOwnProperty.call(TYPES, type) ? TYPES[type] : undefined;
    const offset = Number(offsetText);
    if (!Type || !Number.isInteger(offset) || offset % 8 || !Number.isInteger(count) || count < 0) throw new Error('arrays file with an array out of place');
    const end = offset + count * Type.BYTES_PER_ELEMENT;
    if (end <= pagedAt) return new Type(held.buffer as ArrayBuffer, held.byteOffset + offset, count);
    if (offset < pagedAt || end > size) throw new Error('arrays file with an array out of place');
    return new Type(paged.buffer as ArrayBuffer, paged.byteOffset + offset - pagedAt, count);
  });
  if (digestsNumber === null) {
    if (paged.length) throw new Error('arrays file with paged arrays but no digests of them');
    return { value: restoreArrays(value, paths, views) };
  }
  const digests = Number.isInteger(digestsNumber) ? views[digestsNumber as number] : undefined;
  if (!(digests instanceof Uint8Array) || digests.buffer !== held.buffer || digests.byteOffset + digests.length > held.byteOffset + pagedAt || digests.length !== Math.ceil(paged.length / PAGE_BYTES) * DIGEST_BYTES) throw new Error('arrays file with its page digests out of place');
  if (!whole) return { value: restoreArrays(value, paths, views), pages: new ArrayPages(paged, pagedAt, digests, read, close) };
  // Read whole: the caller holds the file, if any, no longer than the bytes.
  new ArrayPages(paged, pagedAt, digests, read).checkAll();
  return { value: restoreArrays(value, paths, views) };
}

/** The JSON's length and where the paged arrays start, as the head gives them; throws on bytes that are not an arrays file's head. */
function headOf(bytes: Buffer): { jsonLength: number; pagedAt: number } {
  if (bytes.length < HEAD_BYTES || !bytes.subarray(0, MAGIC.length).equals(MAGIC)) throw new Error('not an arrays file');
  return { jsonLength: bytes.readUInt32LE(MAGIC.length), pagedAt: bytes.readUInt32LE(MAGIC.length + 4) };
}

/** How many of a file's first bytes `openArrays` needs, as its head (its first `HEAD_BYTES`) says. */
export function heldBytes(head: Uint8Array): number {
  return headOf(Buffer.from(head.buffer, head.byteOffset, head.byteLength)).pagedAt;
}

/**
 * The paged arrays of an arrays file, read a page at a time when first asked for, each page
 * checked against its digest. A page that is not as written, or cannot be read, throws, then and
 * at every later request for one not read; so does one asked for after `close`.
 */
export class ArrayPages {
  private readonly loaded: Uint8Array;
  private left: number;
  private closed: Error | undefined;

  constructor(
    private readonly paged: Uint8Array,
    /** Where in the file the paged arrays start. */
    private readonly at: number,
    private readonly digests: Uint8Array,
    private readonly read: (into: Uint8Array, at: number) => void,
    /** Lets the file go: called once, when every page is read, one is found damaged or unreadable (`damaged`), or `close` is called. */
    private readonly release: (damaged: boolean) => void = () => undefined,
  ) {
    this.loaded = new Uint8Array(digests.length / DIGEST_BYTES);
    this.left = this.loaded.length;
  }

  /** Whether every page is read. */
  get complete(): boolean {
    return this.left === 0;
  }

  /** How many pages are not read yet. */
  get unread(): number {
    return this.left;
  }

  /** Reads the pages holding elements `from` up to `to` of `array`, unless read already; nothing for an array of another file. */
  load(array: ArrayBufferView, from: number, to: number): void {
    if (this.left === 0 || array.buffer !== this.paged.buffer || to <= from) return;
    const size = (array as NumberArray).BYTES_PER_ELEMENT;
    const start = array.byteOffset - this.paged.byteOffset;
    const first = Math.floor((start + from * size) / PAGE_BYTES);
    const last = Math.floor((start + to * size - 1) / PAGE_BYTES);
    for (let page = first; page <= last; page++) if (!this.loaded[page]) page = this.readRun(page, last + 1) - 1;
  }

  /**
   * Reads every page not read yet, `pagesAStep` pages a step (see `runSteps`): a server reads the
   * rest of a set's index between other work once its first checks are done.
   */
  *loadingRest(pagesAStep = 32): Generator<void, void> {
    for (let page = 0; page < this.loaded.length; ) {
      if (this.loaded[page]) {
        page++;
        continue;
      }
      page = this.readRun(page, Math.min(page + pagesAStep, this.loaded.length));
      yield;
    }
  }

  /** Lets the file go: pages not read by then are not read. */
  close(): void {
    this.closeFor(new FactsUnavailable('arrays file closed before its pages were all read'), false);
  }

  private closeFor(why: Error, damaged: boolean): void {
    if (this.closed) return;
    this.closed = why;
    this.release(damaged);
  }

  /** Checks every page as it is, when they were all read with the file. */
  checkAll(): void {
    for (let page = 0; page < this.loaded.length; page++) if (!this.loaded[page]) this.check(page);
  }

  /** Reads the pages from `first` that are not read, up to `end` or the first one read; gives the page after them. */
  private readRun(first: number, end: number): number {
    if (this.closed) throw this.closed;
    let stop = first + 1;
    while (stop < end && !this.loaded[stop]) stop++;
    const from = first * PAGE_BYTES;
    const into = this.paged.subarray(from, Math.min(stop * PAGE_BYTES, this.paged.length));
    try {
      this.read(into, this.at + from);
    } catch (e) {
      // As a damaged page: a file that cannot be read now is not tried again at every check.
      this.closeFor(new FactsUnavailable(`arrays file unreadable: pages ${first}-${stop - 1} of its paged arrays: ${(e as Error).message}`), true);
      throw this.closed;
    }
    for (let page = first; page < stop; page++) this.check(page);
    return stop;
  }

  private check(page: number): void {
    const bytes = this.paged.subarray(page * PAGE_BYTES, (page + 1) * PAGE_BYTES);
    const digest = createHash(DIGEST).update(bytes).digest();
    if (!digest.equals(this.digests.subarray(page * DIGEST_BYTES, (page + 1) * DIGEST_BYTES))) {
      this.closeFor(new FactsUnavailable(`arrays file damaged: page ${page} of its paged arrays is not as written`), true);
      throw this.closed;
    }
    this.loaded[page] = 1;
    if (--this.left === 0) this.closeFor(new FactsUnavailable('arrays file closed once its pages were all read'), false);
  }
}

/**
 * `value` with the array that stands at each of `paths` put in its place: by their paths, not by a
 * walk of the value, which for a set of a thousand articles visited each of their objects (~5 ms of
 * a warm start, its code not yet optimized).
 */
function restoreArrays(value: unknown, paths: unknown[], views: ArrayBufferView[]): unknown {
  const outOfPlace = () => new Error('arrays file naming an array it does not hold');
  let root = value;
  paths.forEach((path, n) => {
    if (!Array.isArray(path) || !views[n]) throw outOfPlace();
    if (!path.length) {
      if (!isStandIn(root, n)) throw outOfPlace();
      root = views[n];
      return;
    }
    let holder: unknown = root;
    for (let k = 0; k < path.length - 1; k++) holder = holder && typeof holder === 'object' ? (holder as Record<string | number, unknown>)[path[k] as string] : undefined;
    const key = path[path.length - 1] as string;
    if (!holder || typeof holder !== 'object' || !Object.prototype.hasOwnProperty.call(holder, key) || !isStandIn((holder as Record<string, unknown>)[key], n)) throw outOfPlace();
    (holder as Record<string, unknown>)[key] = views[n];
  });
  return root;
}

/** Whether `v` is the `{"$array": n}` that stood in for array `n`. */
function isStandIn(v: unknown, n: number): boolean {
  return !!v && typeof v === 'object' && (v as { $array?: unknown }).$array === n;
}

function aligned(n: number): number {
  return Math.ceil(n / 8) * 8;
}
