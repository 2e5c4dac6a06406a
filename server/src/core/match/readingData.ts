import { isSourceReading, SourceReading, termNumbers } from './sourceReading';

/** A source's reading as plain data, for JSON (the disk cache): its typed arrays as lists of numbers. */
export interface ReadingData {
  documents: { texts: string[]; starts: number[]; words: number[] };
  terms: string[];
  weights: number[];
  contexts: { pairs: number[]; starts: number[]; marks: number[] };
}

export function readingAsData(reading: SourceReading): ReadingData {
  const { documents, contexts } = reading;
  return {
    documents: { texts: documents.texts, starts: Array.from(documents.starts), words: Array.from(documents.words) },
    terms: reading.terms,
    weights: reading.weights,
    contexts: { pairs: Array.from(contexts.pairs), starts: Array.from(contexts.starts), marks: Array.from(contexts.marks) },
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
  const termCount = r.terms.length;
  const numbered = Math.max(termCount, r.weights.length);
  // A number too large for its typed array would wrap into one in range: each is checked before it is copied there.
  if (!isBelow(documents.starts, 2 ** 32) || !isBelow(documents.words, termCount) || !isBelow(contexts.starts, 2 ** 32) || !isBelow(contexts.pairs, numbered) || !isBelow(contexts.marks, 2 ** 8)) return undefined;
  const reading: SourceReading = {
    documents: { texts: documents.texts, starts: Uint32Array.from(documents.starts), words: termNumbers(termCount, documents.words) },
    terms: r.terms,
    weights: r.weights,
    contexts: { pairs: termNumbers(numbered, contexts.pairs), starts: Uint32Array.from(contexts.starts), marks: Uint8Array.from(contexts.marks) },
  };
  return isSourceReading(reading, facts) ? reading : undefined;
}

/** Whether `v` is a list of whole numbers from 0 up to `limit`, which it leaves out. */
function isBelow(v: unknown, limit: number): v is number[] {
  return Array.isArray(v) && v.every((n) => Number.isInteger(n) && n >= 0 && n < limit);
}
