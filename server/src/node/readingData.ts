import os = require('os');
import { isSourceReading, SourceReading, termNumbersFor } from '../core/match/sourceReading';

/**
 * A source's reading as plain data, for JSON (the disk cache): its typed arrays as the Base64 of their
 * bytes, little-endian. As lists of numbers, a source of 5 MB had 12 MB of them, which took 0.7 s to
 * write and as long to read back, while the server answered nothing.
 */
export interface ReadingData {
  documents: { texts: string[]; starts: string; words: string };
  terms: string[];
  weights: number[];
  contexts: { pairs: string; starts: string; marks: string };
}

export function readingAsData(reading: SourceReading): ReadingData {
  const { documents, contexts } = reading;
  return {
    documents: { texts: documents.texts, starts: base64Of(documents.starts), words: base64Of(documents.words) },
    terms: reading.terms,
    weights: reading.weights,
    contexts: { pairs: base64Of(contexts.pairs), starts: base64Of(contexts.starts), marks: base64Of(contexts.marks) },
  };
}

/**
 * The reading that `readingAsData` gave as data, of a source with `facts` facts; undefined for any
 * other value (a damaged entry, or one of an older shape), which is never taken for a reading.
 */
export function readingFromData(v: unknown, facts: number): SourceReading | undefined {
  const r = v as Partial<ReadingData> | undefined;
  if (!r || typeof r !== 'object' || !Array.isArray(r.terms) || !Array.isArray(r.weights)) return undefined;
  const { documents, contexts } = r;
  if (!documents || typeof documents !== 'object' || !contexts || typeof contexts !== 'object') return undefined;
  const words = numbersOf(documents.words, termNumbersFor(r.terms.length));
  const pairs = numbersOf(contexts.pairs, termNumbersFor(Math.max(r.terms.length, r.weights.length)));
  const documentStarts = numbersOf(documents.starts, Uint32Array);
  const factStarts = numbersOf(contexts.starts, Uint32Array);
  const marks = numbersOf(contexts.marks, Uint8Array);
  if (!words || !pairs || !documentStarts || !factStarts || !marks) return undefined;
  const reading = { documents: { texts: documents.texts, starts: documentStarts, words }, terms: r.terms, weights: r.weights, contexts: { pairs, starts: factStarts, marks } };
  // Every number is checked there against what it names: a damaged list is refused, not read.
  return isSourceReading(reading, facts) ? reading : undefined;
}

type NumberArray = Uint8Array | Uint16Array | Uint32Array;

const BIG_ENDIAN = os.endianness() === 'BE';

function base64Of(numbers: NumberArray): string {
  const bytes = Buffer.from(numbers.buffer, numbers.byteOffset, numbers.byteLength);
  return (BIG_ENDIAN ? swapped(Buffer.from(bytes), numbers.BYTES_PER_ELEMENT) : bytes).toString('base64');
}

/** The numbers `base64Of` wrote, in an array of `type`; undefined when `v` is not such a text. */
function numbersOf(v: unknown, type: { new (buffer: ArrayBuffer): NumberArray; BYTES_PER_ELEMENT: number }): NumberArray | undefined {
  if (typeof v !== 'string') return undefined;
  const bytes = Buffer.from(v, 'base64');
  if (bytes.length % type.BYTES_PER_ELEMENT) return undefined;
  // Copied to a buffer of its own: a decoded Buffer may stand at any offset of a shared one, where a wider array cannot.
  const own = new Uint8Array(bytes.length);
  own.set(bytes);
  if (BIG_ENDIAN) swapped(Buffer.from(own.buffer), type.BYTES_PER_ELEMENT);
  return new type(own.buffer);
}

function swapped(bytes: Buffer, width: number): Buffer {
  return width === 2 ? bytes.swap16() : width === 4 ? bytes.swap32() : bytes;
}
