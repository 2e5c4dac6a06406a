import { createHash } from 'crypto';
import { asciiJsonBytes } from './asciiJson';

/**
 * Data holding typed arrays, as bytes: JSON for the rest, then each array's bytes, at a multiple
 * of 8. Reading makes views on the bytes read, with no copy and no parsing of the arrays: what
 * `v8.deserialize` does too, but only for arrays that happen to lie aligned in its stream (it
 * copied 20 MB of an index's arrays of 35), and it parsed what the JSON here holds more slowly.
 * Bytes are read back only when they are all as written (a digest of them is in the head): a
 * damaged file must never be taken for data. The digest of an index's 15 MB costs what looking
 * through its millions of numbers for one out of range did (both are mostly the first touch of the
 * bytes read), and also catches a number changed to another in range.
 *
 * Layout: MAGIC, the JSON's length (u32 LE), 4 bytes of nothing, the SHA-256 of those 16 bytes and
 * all that follows the head, the JSON in UTF-8, then the arrays. The JSON is
 * `{"arrays": [[type, offset, length], ...], "value": ...}`, each array in `value` standing as
 * `{"$array": number}`.
 */

const MAGIC = Buffer.from('FLARRAY2');
const DIGEST_AT = 16;
const DIGEST = 'sha256';
const HEAD = 48;
const TYPES = { Uint8Array, Uint16Array, Uint32Array, Int32Array, Float64Array } as const;
type TypeName = keyof typeof TYPES;

/** The bytes of `value`, in pieces to be written one after the other: the arrays are not copied. */
export function encodeArrays(value: unknown): Uint8Array[] {
  const arrays: ArrayBufferView[] = [];
  // Stood in for before stringifying, not by a replacer: with one called for each of a set's hundred
  // thousand fact ids, stringifying them took 30-120 ms, and 5-20 without.
  const json = JSON.stringify(standingIn(value, arrays));
  // Where the arrays start depends on the JSON's length: offsets are written at a fixed width (and
  // the places in ASCII), so that length is known before the offsets are.
  const places = (start: number) => {
    let at = start;
    return arrays.map((a) => {
      const place = [a.constructor.name, String(at).padStart(12, '0'), (a as Uint8Array).length];
      at = aligned(at + a.byteLength);
      return place;
    });
  };
  const placesText = (start: number) => `{"arrays":${JSON.stringify(places(start))}`;
  const tail = asciiJsonBytes(`,"value":${json}}`);
  const jsonLength = placesText(0).length + tail.length;
  const start = aligned(HEAD + jsonLength);
  const body: Uint8Array[] = [Buffer.from(placesText(start)), tail, new Uint8Array(start - HEAD - jsonLength)];
  for (const a of arrays) {
    body.push(new Uint8Array(a.buffer, a.byteOffset, a.byteLength));
    if (a.byteLength % 8) body.push(new Uint8Array(8 - (a.byteLength % 8)));
  }
  const head = Buffer.alloc(HEAD);
  MAGIC.copy(head);
  head.writeUInt32LE(jsonLength, MAGIC.length);
  const digest = createHash(DIGEST).update(head.subarray(0, DIGEST_AT));
  for (const piece of body) digest.update(piece);
  digest.digest().copy(head, DIGEST_AT);
  return [head, ...body];
}

/**
 * `value` with each typed array in it replaced by `{"$array": n}`, its number in `arrays`. Objects
 * and lists holding one are copied, not changed; the others are kept as they are.
 */
function standingIn(value: unknown, arrays: ArrayBufferView[]): unknown {
  if (!value || typeof value !== 'object') return value;
  if (ArrayBuffer.isView(value)) {
    if (!(value.constructor.name in TYPES)) throw new Error(`encodeArrays: cannot keep a ${value.constructor.name}`);
    return { $array: arrays.push(value) - 1 };
  }
  if (Array.isArray(value)) {
    let copy: unknown[] | undefined;
    for (let i = 0; i < value.length; i++) {
      const item: unknown = value[i];
      if (!item || typeof item !== 'object') continue;
      const stood = standingIn(item, arrays);
      if (stood !== item) (copy ??= value.slice())[i] = stood;
    }
    return copy ?? value;
  }
  let copy: Record<string, unknown> | undefined;
  for (const [key, item] of Object.entries(value)) {
    if (!item || typeof item !== 'object') continue;
    const stood = standingIn(item, arrays);
    if (stood !== item) (copy ??= { ...value })[key] = stood;
  }
  return copy ?? value;
}

/** What `encodeArrays` was given; throws on bytes it did not write. The arrays are views on `bytes`. */
export function decodeArrays(bytes: Uint8Array): unknown {
  // Views need their offsets aligned to their element size.
  if (bytes.byteOffset % 8) bytes = new Uint8Array(bytes);
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (buffer.length < HEAD || !buffer.subarray(0, MAGIC.length).equals(MAGIC)) throw new Error('not an arrays file');
  const length = buffer.readUInt32LE(MAGIC.length);
  if (HEAD + length > buffer.length) throw new Error('arrays file cut short');
  const digest = createHash(DIGEST).update(buffer.subarray(0, DIGEST_AT)).update(buffer.subarray(HEAD)).digest();
  if (!digest.equals(buffer.subarray(DIGEST_AT, DIGEST_AT + digest.length))) throw new Error('arrays file damaged: its bytes are not those written');
  const { arrays, value } = JSON.parse(buffer.toString('utf8', HEAD, HEAD + length)) as { arrays: unknown; value: unknown };
  if (!Array.isArray(arrays)) throw new Error('arrays file without its arrays');
  const views = arrays.map((place: unknown) => {
    const [type, offsetText, count] = place as [TypeName, string, number];
    const Type = Object.prototype.hasOwnProperty.call(TYPES, type) ? TYPES[type] : undefined;
    const offset = Number(offsetText);
    if (!Type || !Number.isInteger(offset) || offset % 8 || !Number.isInteger(count) || count < 0 || offset + count * Type.BYTES_PER_ELEMENT > buffer.length) throw new Error('arrays file with an array out of place');
    return new Type(buffer.buffer as ArrayBuffer, buffer.byteOffset + offset, count);
  });
  return restoreArrays(value, views);
}

function restoreArrays(value: unknown, views: ArrayBufferView[]): unknown {
  if (!value || typeof value !== 'object') return value;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) if (value[i] && typeof value[i] === 'object') value[i] = restoreArrays(value[i], views);
    return value;
  }
  const record = value as Record<string, unknown>;
  const n = record.$array;
  if (n !== undefined) {
    if (!Number.isInteger(n) || !views[n as number]) throw new Error('arrays file naming an array it does not hold');
    return views[n as number];
  }
  for (const key of Object.keys(record)) if (record[key] && typeof record[key] === 'object') record[key] = restoreArrays(record[key], views);
  return value;
}

function aligned(n: number): number {
  return Math.ceil(n / 8) * 8;
}
