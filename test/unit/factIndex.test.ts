import { runSteps } from '../../server/src/core/steps';
import * as assert from 'assert';
import { checkDocument } from '../../server/src/core/check/checkDocument';
import { readDocument } from '../../server/src/core/extract/readDocument';
import { FactIndex, IndexedFact, listsLoadedByRange, Ranking, SmallNumbers } from '../../server/src/core/match/factIndex';
import { ClaimMatch, matchClaim } from '../../server/src/core/match/matchClaim';
import { factLevel, levelOf, sentenceShareBound, Similarity, similarity } from '../../server/src/core/match/similarity';
import { visitingTerms, readSource, SourceReading } from '../../server/src/core/match/sourceReading';
import type { Fact } from '../../server/src/core/facts/fact';
import { FactContribution, mergeFactBase, mergingFactBase } from '../../server/src/core/facts/mergeFactBase';
import { article } from '../bench/sources';
import { prng } from '../helpers/prng';
import * as fs from 'fs';
import { claimContexts, SEED, seedSource, sourceFrom } from '../helpers/core';
import { packedString } from '../../server/src/core/text/packedStrings';

interface Rated {
  indexed: IndexedFact;
  similarity: Similarity;
  score: number;
  support: number;
}

/** Rates by similarity alone, or scaled by `factor` of the fact as a caller scales by value affinity. */
function ranking(options: { share: number; leastSupport: number; factor?: (indexed: IndexedFact) => number }): Ranking<Rated> {
  const factor = options.factor ?? (() => 1);
  return {
    rate: (indexed, sim) => ({ indexed, similarity: sim, score: sim.overall * factor(indexed), support: sim.sentence * factor(indexed) }),
    ceiling: 1.3,
    floor: (best) => options.share * best,
    leastSupport: options.leastSupport,
  };
}

/** Ranks nothing out: every fact sharing a word is rated. */
const EVERY = ranking({ share: 0, leastSupport: 0 });

const WORDS = ['council', 'budget', 'homes', 'turnout', 'election', 'voters', 'rainfall', 'households', 'power', 'repairs', 'fans', 'season', 'shares', 'revenue', 'jobs', 'quarter', 'club', 'harbour', 'bridge', 'museum', 'tunnel', 'ferry', 'orchard', 'quarry'];

/**
 * Texts of one-sentence paragraphs over a small vocabulary, the first words far commoner than the
 * last, and a hundred places: many facts share a common word with a claim, few a rare one.
 */
function randomTexts(seed: number, count: number): string[] {
  const r = prng(seed);
  const word = () => WORDS[Math.floor(r() * r() * WORDS.length)];
  const sentence = () => `The ${word()} in ${word()} Place${Math.floor(r() * 100)} reached ${Math.floor(10 + r() * 990)} ${word()} after the ${word()}.`;
  return Array.from({ length: count }, () => Array.from({ length: 6 }, sentence).join('\n\n'));
}

describe('FactIndex', () => {
  it('finds by word the facts a claim shares context with, with the similarity a full comparison gives', () => {
    const index = new FactIndex([seedSource()]);
    const reading = readDocument('Nearly all of the 130,000 Armenian residents fled after Azerbaijan attacked on 19 September. Turnout was 12% in 2020.', 'markdown');
    const contexts = claimContexts(reading);
    reading.mentions.forEach((claim, i) => {
      const expected = index
        .ofKind(claim.kind)
        .map((indexed) => ({ indexed, similarity: similarity(contexts[i], indexed.context, index.vocabulary) }))
        .filter((c) => c.similarity.overall > 0);
      const found = index.similarTo(contexts[i], [claim.kind], EVERY).map(({ indexed, similarity: sim }) => ({ indexed, similarity: sim }));
      assert.deepStrictEqual(found, expected, claim.text);
    });
    const unrelated = readDocument('The bakery sold 40 loaves.', 'markdown');
    assert.deepStrictEqual(index.similarTo(claimContexts(unrelated)[0], ['count'], EVERY), []);
  });

  it('leaves out only facts that cannot be the best or come within its share, on random fact sets', () => {
    for (let seed = 1; seed <= 5; seed++) {
      const texts = randomTexts(seed, 40);
      const index = new FactIndex(texts.map((text, i) => sourceFrom(text, `source-${i}.md`)));
      const r = prng(100 + seed);
      // At the ends of the caller's range, so that the bounds are met as closely as they can be.
      const factors = new Map(index.facts.map((fact) => [fact.id, r() < 0.5 ? 0.7 : 1.3]));
      const pruning = ranking({ share: 0.7, leastSupport: 0.3, factor: (indexed) => factors.get(indexed.fact.id)! });
      const full = { ...pruning, floor: () => 0, leastSupport: 0 };
      // Restated sources, whose claims have a clear best fact, and unrelated text, whose claims have none.
      const draft = [...texts.slice(0, 3), ...randomTexts(1000 + seed, 3)].join('\n\n');
      const reading = readDocument(draft, 'markdown');
      const contexts = claimContexts(reading);
      let pruned = 0;
      reading.mentions.forEach((claim, i) => {
        const all = index.similarTo(contexts[i], [claim.kind], full);
        const kept = index.similarTo(contexts[i], [claim.kind], pruning);
        pruned += all.length - kept.length;
        // Kept facts come in the same order as in the full search, with the same ratings.
        const keptFacts = new Set(kept.map((k) => k.indexed));
        assert.deepStrictEqual(kept, all.filter((rated) => keptFacts.has(rated.indexed)), claim.text);
        const best = [...all].sort((a, b) => b.score - a.score)[0];
        if (!best) return;
        if (best.support >= pruning.leastSupport) {
          const close = all.filter((rated) => rated.score >= pruning.floor(best.score));
          assert.deepStrictEqual(
            close.map((c) => c.indexed.fact.id),
            kept.filter((k) => k.score >= pruning.floor(best.score)).map((k) => k.indexed.fact.id),
            claim.text,
          );
        } else {
          const keptBest = [...kept].sort((a, b) => b.score - a.score)[0];
          assert.ok(!keptBest || keptBest.support < pruning.leastSupport, claim.text);
        }
      });
      assert.ok(pruned > 0, 'the random sets leave something to prune');
    }
  });

  /**
   * The bench's worst case in small: sources from the same templates, differing in place and
   * figures, so that a claim shares most of its words with hundreds of facts; and a draft restating
   * six of them with one digit changed in every other figure, then a text about other things.
   */
  function lookAlikes() {
    const r = prng(7);
    const place = (i: number) => `${['Arden', 'Bexley', 'Calder'][i % 3]}${Math.floor(i / 3)}`;
    const templates = [
      (p: string) => `The ${p} council approved a budget of £${(10 + r() * 90).toFixed(1)}m on ${1 + Math.floor(r() * 28)} March 2024, ${Math.floor(2 + r() * 20)}% more than the year before.`,
      (p: string) => `Turnout in ${p} reached ${Math.floor(40 + r() * 40)}% when ${Math.floor(10_000 + r() * 90_000).toLocaleString('en')} voters cast a ballot over ${Math.floor(2 + r() * 20)} hours.`,
      (p: string) => `${p} United won in front of ${Math.floor(5_000 + r() * 40_000).toLocaleString('en')} fans on Saturday, their ${Math.floor(3 + r() * 15)}th win since ${1990 + Math.floor(r() * 30)}.`,
    ];
    const texts = Array.from({ length: 60 }, (_, i) => templates.map((t) => t(place(i))).join('\n\n'));
    let n = 0;
    const draft = [...texts.slice(0, 6).map((t) => t.replace(/\d{2,}/g, (m) => (n++ % 2 ? m : String((Number(m[0]) % 9) + 1) + m.slice(1)))), randomTexts(3, 1)[0]].join('\n\n');
    const reading = readDocument(draft, 'markdown');
    return { texts, reading, contexts: claimContexts(reading) };
  }

  it('gives every claim the same match as a search that leaves no fact out, among look-alike sources', () => {
    const { texts, reading, contexts } = lookAlikes();
    const index = new FactIndex(texts.map((text, i) => sourceFrom(text, `report-${i}.md`)));
    /** The index searching and rating every fact that shares a word with a claim, whatever the ranking would skip. */
    class Unpruned extends FactIndex {
      similarTo<T extends { score: number; support: number }>(context: Parameters<FactIndex['similarTo']>[0], kinds: Parameters<FactIndex['similarTo']>[1], ranking: Ranking<T>): T[] {
        return super.similarTo(context, kinds, { ...ranking, rate: (indexed, sim) => ranking.rate(indexed, sim, 0, 0), floor: () => 0, leastSupport: 0 });
      }
    }
    const unpruned = new Unpruned(texts.map((text, i) => sourceFrom(text, `report-${i}.md`)));
    const verdicts = new Set<string>();
    // An unverified claim's score says how well the best fact met fits: a search that stops once no
    // fact could have the support to count meets fewer.
    const decided = (m: ClaimMatch) => (m.verdict === 'unverified' ? { verdict: m.verdict } : m);
    reading.mentions.forEach((claim, i) => {
      const pruned = matchClaim(claim, contexts[i], index);
      assert.deepStrictEqual(decided(pruned), decided(matchClaim(claim, contexts[i], unpruned)), claim.text);
      verdicts.add(pruned.verdict);
    });
    assert.deepStrictEqual([...verdicts].sort(), ['mismatch', 'unverified', 'verified'], 'the draft meets every verdict');
  });

  it('confined to some sources, rates no fact of the others and gives what the whole search gives of theirs', () => {
    const { texts, reading, contexts } = lookAlikes();
    const index = new FactIndex(texts.map((text, i) => sourceFrom(text, `report-${i}.md`)));
    const only = new Set([0, 2, 41]);
    let compared = 0;
    reading.mentions.forEach((claim, i) => {
      const rated: number[] = [];
      const recording: Ranking<Rated> = { ...EVERY, rate: (indexed, sim, floor, best) => (rated.push(indexed.sourceNumber), EVERY.rate(indexed, sim, floor, best)) };
      const confined = index.similarTo(contexts[i], [claim.kind], recording, only);
      assert.ok(rated.every((k) => only.has(k)), claim.text);
      assert.deepStrictEqual(confined, index.similarTo(contexts[i], [claim.kind], EVERY).filter((r) => only.has(r.indexed.sourceNumber)), claim.text);
      compared += confined.length;
    });
    assert.ok(compared > 10, `${compared} facts compared`);
  });

  it('keeps for a claim whose best fact agrees no fact that could not score as high, among look-alike sources', () => {
    const { texts, reading, contexts } = lookAlikes();
    /** The index keeping what each search gave its caller. */
    class Recording extends FactIndex {
      given: Array<{ score: number }> = [];
      similarTo<T extends { score: number; support: number }>(context: Parameters<FactIndex['similarTo']>[0], kinds: Parameters<FactIndex['similarTo']>[1], ranking: Ranking<T>): T[] {
        const found = super.similarTo(context, kinds, ranking);
        this.given.push(...found);
        return found;
      }
    }
    const index = new Recording(texts.map((text, i) => sourceFrom(text, `report-${i}.md`)));
    let verified = 0;
    reading.mentions.forEach((claim, i) => {
      index.given = [];
      const match = matchClaim(claim, contexts[i], index);
      if (match.verdict !== 'verified') return;
      verified++;
      // Within the share of the best, the facts of the other reports' same sentence came too: a
      // thousand reports' worth of judgements for a verdict one fact gives.
      assert.deepStrictEqual(index.given.filter((c) => c.score < match.score).length, 0, claim.text);
    });
    assert.ok(verified >= 5, `${verified} claims verified`);
  });

  // A server builds a thousand articles' base between other work: in one go it held requests 450 ms.
  it('merges and builds an index a step at a time, giving every claim the match the one built at once gives', () => {
    const contributions: FactContribution[] = Array.from({ length: 130 }, (_, i) => ({ file: `report-${i}.md`, curated: false, sources: [sourceFrom(article(i), `report-${i}.md`)] }));
    const through = <T>(steps: Generator<void, T>): { value: T; taken: number } => {
      let taken = 0;
      for (let step = steps.next(); ; step = steps.next(), taken++) if (step.done) return { value: step.value, taken };
    };
    const merged = through(mergingFactBase(contributions));
    assert.ok(merged.taken >= 2, `merged in ${merged.taken + 1} steps`);
    assert.deepStrictEqual(merged.value, mergeFactBase(contributions));
    const built = through(FactIndex.building(merged.value.sources));
    assert.ok(built.taken >= 5, `built in ${built.taken + 1} steps`);
    const atOnce = new FactIndex(merged.value.sources);
    const draft = [3, 70, 129].map((i) => article(i).replace(/^---[\s\S]*?---\s*/, '').replace(/\d{3,}/g, (m) => `${(Number(m[0]) % 9) + 1}${m.slice(1)}`)).join('\n\n');
    const found = (index: FactIndex) => checkDocument(draft, 'markdown', index).findings.map((f) => [f.claim.text, f.verdict, f.fact?.id, f.fix]);
    const stepped = found(built.value);
    assert.ok(stepped.filter((f) => f[1] === 'mismatch').length >= 10, 'the draft meets mismatches');
    assert.deepStrictEqual(stepped, found(atOnce));
  });

  it("bounds from a claim's sentence alone the share of it any fact explains, before the paragraph is weighed", () => {
    const index = new FactIndex([seedSource()]);
    // The seed restated, a figure changed here and there, and sentences about other things.
    const body = fs.readFileSync(SEED, 'utf8').replace(/^---[\s\S]*?---\s*/, '').replace(/120,000/g, '130,000');
    const reading = readDocument(`${body}\n\nIn section 4, some 523 readers wrote in on 1 March 2024. The bakery sold 40 loaves on Monday.`, 'markdown');
    const contexts = claimContexts(reading);
    let compared = 0;
    let below = 0;
    reading.mentions.forEach((claim, i) => {
      if (!contexts[i].paragraph) return;
      for (const indexed of index.ofKind(claim.kind)) {
        const bound = sentenceShareBound(contexts[i], index.vocabulary, (norm) => factLevel(indexed.context, norm));
        const share = similarity(contexts[i], indexed.context, index.vocabulary).sentence;
        assert.ok(share <= bound * (1 + 1e-9), `${claim.text}: ${share} > ${bound}`);
        compared++;
        if (bound < 0.3) below++;
      }
    });
    assert.ok(compared > 50 && below > 0 && below < compared, `${below} of ${compared} below the least support`);
  });

  it('restored with its lists loaded by range, reads no element of them it did not ask for, and finds what it found', () => {
    const sources = Array.from({ length: 40 }, (_, i) => {
      const source = sourceFrom(article(i), `report-${i}.md`);
      return { ...source, reading: readSource(source) };
    });
    const built = new FactIndex(sources);
    const snapshot = built.snapshot();
    const loaded = listsLoadedByRange(snapshot);
    // Each list as a copy whose numbers are the largest until loaded (a term, level or fact that
    // does not exist), and whose highest levels are 0 (a bound that leaves out the best fact).
    const originals = new Map<ArrayBufferView, ArrayBufferView>();
    const poisoned = <T extends SmallNumbers | Uint32Array | Float64Array>(list: T): T => {
      const copy = list instanceof Float64Array ? new Float64Array(list.length) : new (list.constructor as Uint32ArrayConstructor)(list.length).fill(0xffffffff);
      originals.set(copy, list);
      return copy as T;
    };
    const words = snapshot.words.map((w) => ({ factStart: poisoned(w.factStart), terms: poisoned(w.terms), levelIds: poisoned(w.levelIds), holdersStart: poisoned(w.holdersStart), holders: poisoned(w.holders), highest: poisoned(w.highest) }));
    assert.strictEqual(loaded.size, originals.size, 'every list of words is loaded by range');
    const asked = new Map<ArrayBufferView, Uint8Array>();
    const load = (list: ArrayBufferView, from: number, to: number) => {
      const original = originals.get(list) as Uint32Array | undefined;
      assert.ok(original, 'only lists of words are asked for');
      assert.ok(0 <= from && from <= to && to <= original.length, `${from}..${to} of ${original.length}`);
      (list as Uint32Array).set(original.subarray(from, to), from);
      if (!asked.has(list)) asked.set(list, new Uint8Array(original.length));
      asked.get(list)!.fill(1, from, to);
    };
    const restored = new FactIndex(sources, { ...snapshot, words }, () => undefined, undefined, load);
    const draft = [3, 17, 39].map((i) => article(i).replace(/^---[\s\S]*?---\s*/, '').replace(/\d{3,}/g, (m) => `${(Number(m[0]) % 9) + 1}${m.slice(1)}`)).join('\n\n');
    const found = (index: FactIndex) => checkDocument(draft, 'markdown', index).findings.map((f) => [f.claim.text, f.verdict, f.fact?.id, f.fix]);
    assert.deepStrictEqual(found(restored), found(built));
    const total = [...originals.values()].reduce((n, list) => n + (list as Uint32Array).length, 0);
    const read = [...asked.values()].reduce((n, marks) => n + marks.reduce((a, b) => a + b, 0), 0);
    assert.ok(read < total * 0.8, `${read} of ${total} elements asked for`);
  });

  it('lays out term and level numbers past one and two bytes as it was given them', () => {
    // More words than two bytes number, and more weights, so levels, than one byte does.
    const termCount = 70_000;
    const weights = Array.from({ length: 300 }, (_, w) => (w + 1) / 300);
    const first = [0, 0, termCount - 1, 299];
    const second = Array.from({ length: termCount }, (_, t) => [termCount - 1 - t, t % weights.length]).flat();
    const reading: SourceReading = {
      documents: { texts: [], starts: Uint32Array.of(0), words: new Uint32Array(0), paragraphs: new Uint32Array(0) },
      terms: Array.from({ length: termCount }, (_, t) => `w${t}`),
      weights,
      // The first fact's words in its sentence, the second's beyond it.
      contexts: { pairs: Uint32Array.from([...first, ...second]), starts: Uint32Array.of(0, 4, 4, 4, 4 + second.length), marks: new Uint8Array(2) },
    };
    const facts = [0, 1].map((i): Fact => ({ ...seedSource().facts[0], id: `f${i}`, kind: 'count' }));
    const snapshot = new FactIndex([{ facts, reading }]).snapshot();
    const words = snapshot.words[0];
    assert.ok(words.terms instanceof Uint32Array && words.levelIds instanceof Uint16Array);
    const laidOut = facts.map((_, i) => Array.from(words.terms.subarray(words.factStart[i], words.factStart[i + 1]), (t, p) => [packedString(snapshot.terms, t), snapshot.levels[words.levelIds[words.factStart[i] + p]]]));
    const given: Array<Array<[string, number]>> = [[], []];
    runSteps(visitingTerms(reading, (i, t, w, inSentence) => given[i].push([reading.terms[t], levelOf(weights[w], inSentence)])));
    assert.deepStrictEqual(laidOut, given);
  });
});
