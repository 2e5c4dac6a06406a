import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { buildFactsAndReading } from '../../server/src/core/facts/buildFacts';
import { ReadingLists, readingArrays, readingOf } from '../../server/src/node/readingData';
import { readSource, SourceReading } from '../../server/src/core/match/sourceReading';
import { FactCache } from '../../server/src/node/factCache';
import { sourceFromBytes } from '../../server/src/node/loadSource';
import { article } from '../bench/sources';
import { alone, seedSource } from '../helpers/core';

/** A reading's lists through JSON and its arrays' bytes copied, as the disk cache gives them back. */
function kept(reading: SourceReading): { lists: ReadingLists; arrays: Uint8Array[] } {
  const { documents, terms, weights } = reading;
  return { lists: JSON.parse(JSON.stringify({ texts: documents.texts, terms, weights })), arrays: readingArrays(reading).map((bytes) => Uint8Array.from(bytes)) };
}

/** A reading as the disk cache gives it back. */
function throughCache(reading: SourceReading, facts: number): SourceReading | undefined {
  const { lists, arrays } = kept(reading);
  return readingOf(lists, arrays, facts);
}

/** A reading's data as the cache's entries held it before readings were packed (facts-v4). */
function olderShape(reading: SourceReading): unknown {
  const { documents, contexts } = reading;
  return {
    documents: documents.texts.map((text, d) => [text, Array.from(documents.words.subarray(documents.starts[d], documents.starts[d + 1]), (t) => reading.terms[t])]),
    terms: reading.terms,
    weights: reading.weights,
    contexts: Array.from(contexts.marks, (_, i) => ({
      sentence: Array.from(contexts.pairs.subarray(contexts.starts[2 * i], contexts.starts[2 * i + 1])),
      beyond: Array.from(contexts.pairs.subarray(contexts.starts[2 * i + 1], contexts.starts[2 * i + 2])),
    })),
  };
}

describe('a reading as data', () => {
  const seed = seedSource();
  const reading = readSource(seed);

  it('gives back, through JSON and bytes, the reading it was made of', () => {
    assert.deepStrictEqual(throughCache(reading, seed.facts.length), reading);
    assert.ok(reading.contexts.pairs instanceof Uint16Array, 'two bytes a number');
    assert.ok(reading.contexts.marks.some((m) => m > 0), 'some fact has a time anchor');
    const generated = buildFactsAndReading(alone('report-7.md', article(7)));
    assert.deepStrictEqual(throughCache(generated.reading!, generated.facts.length), generated.reading);
  });

  it('keeps numbers past two bytes in four', () => {
    const terms = Array.from({ length: 70_000 }, (_, t) => `w${t}`);
    const wide: SourceReading = {
      documents: { texts: ['one'], starts: Uint32Array.of(0, 1), words: Uint32Array.of(69_999), paragraphs: Uint32Array.of(1) },
      terms,
      weights: [1],
      contexts: { pairs: Uint32Array.of(69_999, 0), starts: Uint32Array.of(0, 2, 2), marks: Uint8Array.of(0) },
    };
    const back = throughCache(wide, 1)!;
    assert.ok(back.contexts.pairs instanceof Uint32Array && back.documents.words instanceof Uint32Array);
    assert.deepStrictEqual(back, wide);
  });

  it('refuses data that names what the reading lacks, or is out of order, or of other facts', () => {
    const damaged: Array<[string, (r: SourceReading) => void]> = [
      ['a term past the terms', (r) => (r.contexts.pairs[0] = r.terms.length)],
      ['a weight past the weights', (r) => (r.contexts.pairs[1] = r.weights.length)],
      ['a mark no fact has', (r) => (r.contexts.marks[0] = 3)],
      ['a fact starting before the one before it', (r) => (r.contexts.starts[2] = r.contexts.starts[1] + 2) && (r.contexts.starts[3] = 0)],
      ['a pair cut in half', (r) => (r.contexts.starts[1] = 1)],
      ['pairs past the last fact', (r) => (r.contexts.pairs = Uint16Array.from([...r.contexts.pairs, 0, 0]))],
      ['a sentence without its words', (r) => r.documents.texts.push('More.')],
      ['a sentence without its paragraph', (r) => (r.documents.paragraphs = r.documents.paragraphs.slice(1))],
      ['numbers four bytes wide where two are', (r) => (r.contexts.pairs = Uint32Array.from(r.contexts.pairs))],
    ];
    for (const [what, damage] of damaged) {
      const copy = structuredClone(reading);
      damage(copy);
      assert.strictEqual(throughCache(copy, seed.facts.length), undefined, what);
    }
    const written: Array<[string, (d: ReturnType<typeof kept>) => void]> = [
      ['a missing array', (d) => d.arrays.pop()],
      ['a missing list', (d) => delete (d.lists as Partial<ReadingLists>).texts],
      ['a number cut in half', (d) => (d.arrays[2] = d.arrays[2].subarray(1))],
      ['numbers as a list, as facts-v5 wrote them', (d) => ((d.arrays as unknown[])[2] = Array.from(reading.contexts.pairs))],
    ];
    for (const [what, damage] of written) {
      const data = kept(reading);
      damage(data);
      assert.strictEqual(readingOf(data.lists, data.arrays, seed.facts.length), undefined, what);
    }
    assert.strictEqual(throughCache(reading, seed.facts.length + 1), undefined, 'a reading of other facts');
  });

  it('refuses a reading of the shape older versions wrote, and the cache then reads the article again', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'factline-reading-data-'));
    try {
      const cache = new FactCache(dir, 'test');
      const bytes = Buffer.from(article(3));
      const key = cache.key(bytes, 'report-3.md', 'report-3');
      const built = sourceFromBytes('report-3.md', bytes, 'report-3.md', cache).sources[0];
      // One JSON text, as entries were before they were written in lines (facts-v6).
      fs.writeFileSync(cache.fileOf(key), JSON.stringify({ key, source: { ...built, reading: olderShape(built.reading!) }, quotes: [] }));
      assert.strictEqual(cache.get(key), undefined, 'an older entry is not taken');
      const again = sourceFromBytes('report-3.md', bytes, 'report-3.md', cache).sources[0];
      assert.deepStrictEqual(again.reading, built.reading, 'read again from the article');
      assert.deepStrictEqual(cache.get(key)!.reading, built.reading, 'and written again');
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
