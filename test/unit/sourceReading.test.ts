import { runSteps } from '../../server/src/core/steps';
import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { article } from '../bench/sources';
import { buildFacts, buildFactsAndReading } from '../../server/src/core/facts/buildFacts';
import { mergeFactBase } from '../../server/src/core/facts/mergeFactBase';
import { readDocument } from '../../server/src/core/extract/readDocument';
import { NEIGHBOUR_REACH } from '../../server/src/core/match/context';
import { FactIndex } from '../../server/src/core/match/factIndex';
import { contextOfFact, visitingTerms, isSourceReading, readSource, SourceReading } from '../../server/src/core/match/sourceReading';
import { readingArrays, readingOf } from '../../server/src/node/readingData';
import { FactCache } from '../../server/src/node/factCache';
import { sourceFromBytes } from '../../server/src/node/loadSource';
import { normalizeWord } from '../../server/src/core/text/words';
import { alone, claimContexts, FIXTURES, SEED, seedSource } from '../helpers/core';

const BRIDGE = path.join(FIXTURES, 'factfiles', 'bridge.md');
const CURATED = path.join(FIXTURES, 'factfiles', 'curated.facts.json');

/** Every fact's context and every word's rarity, as plain data to compare. */
function indexed(index: FactIndex): unknown {
  const words = new Set<string>();
  const contexts = index.facts.map((f) => {
    const { weights, sentence, anchor, writerVoice } = index.get(f.id)!.context;
    for (const norm of weights.keys()) words.add(norm);
    return { id: f.id, weights: new Map([...weights].sort()), sentence: new Map([...sentence].sort()), anchor, writerVoice };
  });
  return { contexts, idf: [...words].sort().map((w) => [w, index.vocabulary.idf(w)]), maxIdf: index.vocabulary.maxIdf };
}

describe('SourceReading', () => {
  // A paragraph of thousands of sentences (a list of figures without a blank line) made every figure
  // weigh every word of it: checking took minutes.
  it('gives a figure the words of the sentences within NEIGHBOUR_REACH of its own, in a source as in a draft', () => {
    const names = Array.from({ length: 3 * NEIGHBOUR_REACH }, (_, k) => `Vesk${String.fromCharCode(97 + k)}ora`);
    const text = names.map((name, k) => `The town of ${name} counted ${k + 1},250 visitors.`).join(' ') + '\n';
    const within = (weights: Map<string, number>) => names.map((name) => weights.has(normalizeWord(name)));
    const expected = names.map((_, k) => k <= NEIGHBOUR_REACH);
    const draft = claimContexts(readDocument(text, 'markdown'));
    assert.deepStrictEqual(within(draft[0].weights), expected);
    const source = buildFacts(alone(path.join(os.tmpdir(), 'towns.md'), text));
    const first = source.facts.findIndex((f) => f.text === '1,250');
    assert.deepStrictEqual(within(contextOfFact(readSource(source), first).weights), expected);
  });

  it('gives the index the same contexts and rarities after a trip through JSON as a fresh reading', () => {
    const seed = seedSource();
    const bridge = buildFacts(alone(BRIDGE, fs.readFileSync(BRIDGE, 'utf8')));
    const throughCache = (reading: SourceReading, facts: number) =>
      readingOf(JSON.parse(JSON.stringify({ texts: reading.documents.texts, terms: reading.terms, weights: reading.weights })), readingArrays(reading).map((bytes) => Uint8Array.from(bytes)), facts)!;
    const kept = [seed, bridge].map((s) => ({ ...s, reading: throughCache(readSource(s), s.facts.length) }));
    assert.deepStrictEqual(indexed(new FactIndex(kept)), indexed(new FactIndex([seed, bridge])));
  });

  it("names each fact's words with the weights and places its context's maps give them", () => {
    const bridge = buildFacts(alone(BRIDGE, fs.readFileSync(BRIDGE, 'utf8')));
    let raised = 0;
    for (const source of [seedSource(), bridge]) {
      const reading = readSource(source);
      const visited = source.facts.map(() => new Map<string, [number, boolean]>());
      runSteps(
        visitingTerms(reading, (i, term, weight, inSentence) => {
          const norm = reading.terms[term];
          assert.ok(!visited[i].has(norm), `${norm} once`);
          visited[i].set(norm, [reading.weights[weight], inSentence]);
        }),
      );
      const expected = source.facts.map((_, i) => {
        const { weights, sentence } = contextOfFact(reading, i);
        return new Map([...weights].map(([norm, weight]) => [norm, [weight, sentence.has(norm)]]));
      });
      assert.deepStrictEqual(visited, expected);
      expected.forEach((terms, i) => {
        const { sentence } = contextOfFact(reading, i);
        for (const [norm, [weight]] of terms) if (sentence.has(norm) && sentence.get(norm) !== weight) raised++;
      });
    }
    assert.ok(raised > 0, 'some word of a sentence is raised by its paragraph');
  });

  it('is dropped by the merge from a source whose facts a fact file amends or silences, and kept otherwise', () => {
    const bridge = { ...buildFacts(alone(BRIDGE, fs.readFileSync(BRIDGE, 'utf8'))) };
    bridge.reading = readSource(bridge);
    const seed = { ...seedSource(), reading: readSource(seedSource()) };
    const curated = sourceFromBytes(CURATED, fs.readFileSync(CURATED));
    const merged = mergeFactBase([{ file: SEED, curated: false, sources: [seed] }, { file: BRIDGE, curated: false, sources: [bridge] }, curated]);
    assert.strictEqual(merged.sources[0].reading, seed.reading);
    assert.strictEqual(merged.sources[1].reading, undefined);
  });

  it('reads a source the same before and after a long one, whose pairs outgrow the buffers kept between sources', () => {
    const short = alone('report-1.md', article(1));
    const long = alone('long.md', Array.from({ length: 40 }, (_, i) => article(i).replace(/^---\n[\s\S]*?\n---\n/, '')).join('\n'));
    const before = buildFactsAndReading(short).reading;
    const longReading = buildFactsAndReading(long).reading;
    assert.ok(longReading.contexts.pairs.length > 1 << 16, `${longReading.contexts.pairs.length} numbers of pairs`);
    assert.deepStrictEqual(longReading, readSource(buildFacts(long)));
    assert.deepStrictEqual(buildFactsAndReading(short).reading, before);
  });

  it('is left out of a source loaded for its facts alone, unless a cache is to keep it', () => {
    const bytes = fs.readFileSync(BRIDGE);
    const forIndex = sourceFromBytes(BRIDGE, bytes).sources[0];
    const factsOnly = sourceFromBytes(BRIDGE, bytes, BRIDGE, undefined, { forIndex: false }).sources[0];
    const { reading, ...facts } = forIndex;
    assert.ok(reading);
    assert.deepStrictEqual(factsOnly, facts);
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'factline-reading-'));
    try {
      assert.ok(sourceFromBytes(BRIDGE, bytes, BRIDGE, new FactCache(dir, 'test'), { forIndex: false }).sources[0].reading);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('is written to the cache with the facts, and a damaged one makes the entry unusable', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'factline-reading-'));
    try {
      const cache = new FactCache(dir, 'test');
      const bytes = fs.readFileSync(BRIDGE);
      const key = cache.key(bytes, BRIDGE, 'bridge');
      const built = sourceFromBytes(BRIDGE, bytes, BRIDGE, cache).sources[0];
      const cached = cache.get(key)!;
      assert.ok(isSourceReading(cached.reading, cached.facts.length));
      // As data: the entry keeps what the source says of itself (its title, its paragraphs' lines) in its head, before its facts.
      assert.deepStrictEqual(JSON.parse(JSON.stringify(cached)), JSON.parse(JSON.stringify(built)), 'the facts as built, each written once per quote, with the reading');
      const lines = fs.readFileSync(cache.fileOf(key), 'latin1').split('\n');
      const head = JSON.parse(lines[0]);
      // The line of the reading's pairs: after the head, the lists, and the arrays before them, each short enough for a line.
      const listed = [head.quotes, head.facts, head.paragraphs, head.reading.texts].reduce((n, items) => n + Math.ceil(items / 256), 1);
      const at = listed + 2;
      // A term number past the terms, at a fact's first pair.
      const pairs = new Uint16Array(new Uint8Array(Buffer.from(lines[at], 'base64')).buffer);
      pairs[0] = head.reading.terms.length;
      lines[at] = Buffer.from(pairs.buffer).toString('base64');
      fs.writeFileSync(cache.fileOf(key), lines.join('\n'));
      assert.strictEqual(cache.get(key), undefined);
      // Paragraph lines that are not one whole number per paragraph make it unusable too.
      for (const paragraphLines of [[5, 7, 9], [5, 7, 9, -1], [5, 7, 9, 'x'], 'x']) {
        sourceFromBytes(BRIDGE, bytes, BRIDGE, cache);
        const written = fs.readFileSync(cache.fileOf(key), 'latin1').split('\n');
        written[0] = JSON.stringify({ ...JSON.parse(written[0]), source: { ...JSON.parse(written[0]).source, paragraphLines } });
        fs.writeFileSync(cache.fileOf(key), written.join('\n'));
        assert.strictEqual(cache.get(key), undefined, JSON.stringify(paragraphLines));
      }
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
