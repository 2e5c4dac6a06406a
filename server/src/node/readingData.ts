import os = require('os');
import { isSourceReading, SourceReading, termNumbersFor } from '../core/match/sourceReading';

/**
 * A source's reading as the disk cache keeps it: its lists of words and weights as JSON, and its
 * typed arrays as their bytes, little-endian (see `factEntry`). As lists of numbers, a source of 5 MB
 * had 12 MB of them, which took 0.7 s to write and as long to read back, while the server answered nothing.
 */
export interface ReadingLists {
  texts: string[];
  terms: string[];
  weights: number[];
}

/** A reading's typed arrays, in the order `readingOf` takes them back, as little-endian bytes. */
export function readingArrays(reading: SourceReading): Uint8Array[] {
  const { documents, contexts } = reading;
  return [documents.starts, documents.words, contexts.pairs, contexts.starts, contexts.marks, documents.paragraphs].map(bytesOf);
}

/**
 * The reading of a source with `facts` facts, made of its lists and the bytes of its arrays as
 * `readingArrays` gave them; undefined for anything else (a damaged entry, or one of an older
 * shape), which is never taken for a reading. The arrays are read in place where they can be.
 */
export function readingOf(lists: Partial<ReadingLists>, arrays: readonly Uint8Array[], facts: number): SourceReading | undefined {
  const { texts, terms, weights } = lists;
  if (!Array.isArray(texts) || !Array.isArray(terms) || !Array.isArray(weights) || arrays.length !== ARRAYS) return undefined;
  const documentStarts = numbersOf(arrays[0], Uint32Array);
  const words = numbersOf(arrays[1], termNumbersFor(terms.length));
  const pairs = numbersOf(arrays[2], termNumbersFor(Math.max(terms.length, weights.length)));
  const factStarts = numbersOf(arrays[3], Uint32Array);
  const marks = numbersOf(arrays[4], Uint8Array);
  const paragraphs = numbersOf(arrays[5], Uint32Array);
  if (!words || !pairs || !documentStarts || !factStarts || !marks || !paragraphs) return undefined;
  const reading = { documents: { texts, starts: documentStarts, words, paragraphs }, terms, weights, contexts: { pairs, starts: factStarts, marks } };
  // Every number is checked there against what it names: a damaged list is refused, not read.
  return isSourceReading(reading, facts) ? reading : undefined;
}

/** How many typed arrays a reading has (see `readingArrays`). */
const ARRAYS = 6;

type NumberArray = Uint8Array | Uint16Array | Uint32Array;

const BIG_ENDIAN = os.endianness() === 'BE';

function bytesOf(numbers: NumberArray): Uint8Array {
  const bytes = Buffer.from(numbers.buffer, numbers.byteOffset, numbers.byteLength);
  return BIG_ENDIAN ? swapped(Buffer.from(bytes), numbers.BYTES_PER_ELEMENT) : bytes;
}

/** The numbers `bytesOf` gave, in an array of `type`; undefined when they are not a whole number of them. */
function numbersOf(bytes: Uint8Array, type: { new (buffer: ArrayBuffer, offset: number, length: number): NumberArray; BYTES_PER_ELEMENT: number }): NumberArray | undefined {
  const width = type.BYTES_PER_ELEMENT;
  if (bytes.length % width) return undefined;
  // Copied to a buffer of its own when a wider array cannot stand where they are.
  const own = bytes.byteOffset % width ? bytes.slice() : bytes;
  if (BIG_ENDIAN) swapped(Buffer.from(own.buffer, own.byteOffset, own.length), width);
  return new type(own.buffer as ArrayBuffer, own.byteOffset, own.length / width);
}

function swapped(bytes: Buffer, width: number): Buffer {
  return width === 2 ? bytes.swap16() : width === 4 ? bytes.swap32() : bytes;
}
