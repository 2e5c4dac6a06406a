import * as assert from 'assert';
import * as v8 from 'v8';
import * as vm from 'vm';
import { article } from '../bench/sources';
import { checkDocument } from '../../server/src/core/check/checkDocument';
import { buildFactsAndReading } from '../../server/src/core/facts/buildFacts';
import { IncrementalCheck } from '../../server/src/core/check/incrementalCheck';
import { FactIndex } from '../../server/src/core/match/factIndex';
import { alone, seedSource } from '../helpers/core';

v8.setFlagsFromString('--expose-gc');
const gc = vm.runInNewContext('gc') as () => void;

/** Memory of array buffers (typed arrays' bytes) after full collections. */
function arrayBufferBytes(): number {
  gc();
  gc();
  return process.memoryUsage().arrayBuffers;
}

/** Heap in use after full collections, in MB. */
function heapMb(): number {
  gc();
  gc();
  return process.memoryUsage().heapUsed / 1048576;
}

describe('what checks keep between versions of a draft', () => {
  it('keeps no version of the text alive in the caches of words, dates and links', function () {
    this.timeout(60_000);
    const index = new FactIndex([seedSource()]);
    // ~110 K characters of two-byte text (curly quotes): a version kept alive costs ~0.2 MB.
    const body = Array.from({ length: 800 }, (_, i) => `Officials said ${1000 + i} people’s homes were damaged in the Tavush-Syunik region on 3 May 2024, a Friday, see https://example.org/report-${i}.\n\n`).join('');
    const version = (v: number) => `${body}On ${1 + (v % 28)} March ${2000 + v} the Nagorno-Karabakh’s ${v}-kilometre road reopened, as https://example.org/v${v} says.\n`;
    checkDocument(version(0), 'markdown', index);
    const before = heapMb();
    for (let v = 1; v <= 20; v++) checkDocument(version(v), 'markdown', index);
    const grown = heapMb() - before;
    assert.ok(grown < 3, `the heap grew ${grown.toFixed(1)} MB over 20 versions of ${(body.length / 1024).toFixed(0)} K characters`);
  });

  it('keeps of a checked draft its claims and findings, not its words', function () {
    this.timeout(60_000);
    const index = new FactIndex([seedSource()]);
    // 0.8 MB of sentences with a figure in each, 144,000 words: kept with them, a check held 19.9 MB; without, 7.4 MB.
    const draft = Array.from({ length: 6000 }, (_, i) => `The officials of the ${i % 7 ? 'northern' : 'southern'} district said that ${1000 + i} people had returned to their homes in the valley since the spring, and more were expected.\n\n`).join('');
    const before = heapMb();
    const check = new IncrementalCheck('markdown', index);
    const result = check.check(draft);
    const held = heapMb() - before;
    assert.strictEqual(result.verdicts().unverified + result.verdicts().verified + result.verdicts().mismatches.length, 6000);
    assert.ok(held < 12, `a check of ${(draft.length / 1048576).toFixed(1)} MB holds ${held.toFixed(1)} MB`);
    assert.strictEqual(result.reading.sentences[1].words.length, 24, 'words are read again when asked for');
  });
});

describe('what a built index keeps', () => {
  it('keeps its words, not the arrays it gathered them in', function () {
    this.timeout(60_000);
    const sources = Array.from({ length: 40 }, (_, i) => buildFactsAndReading(alone(`report-${i}.md`, article(i))));
    const before = arrayBufferBytes();
    const index = new FactIndex(sources);
    const held = arrayBufferBytes() - before;
    // The index's own typed arrays are its words (below), its levels and its search's marks, a few
    // kilobytes; the builders' arrays, a number and a level for each of the facts' words, were as large again.
    let words = 0;
    for (const kind of index.snapshot().words) for (const array of Object.values(kind)) words += (array as ArrayBufferView).byteLength;
    assert.ok(held < 1.25 * words, `an index of ${(words / 1024).toFixed(0)} KB of words holds ${(held / 1024).toFixed(0)} KB of array buffers`);
  });
});
