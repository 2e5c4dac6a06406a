import * as assert from 'assert';
import { spawnSync } from 'child_process';
import * as path from 'path';
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

describe('what a keystroke leaves behind', () => {
  it('makes nothing that outlives the next scavenge', function () {
    this.timeout(60_000);
    // Objects with getters written as literals, made at every keystroke, kept what they reached alive
    // through every scavenge until a full collection (see `PiecedProse`): 3,000 keystrokes filled
    // 45-60 MB of old space, and a scavenge promoting it paused 10 ms. As classes: 3 MB. In a process
    // of its own: V8 allocates in old space at once what earlier tests' code made that lived long.
    const module = (file: string) => JSON.stringify(path.join(__dirname, '../../server/src', file));
    const script = `
      const v8 = require('v8');
      const { IncrementalCheck } = require(${module('core/check/incrementalCheck')});
      const { FactIndex } = require(${module('core/match/factIndex')});
      const { PieceText } = require(${module('core/text/pieceText')});
      const { LineIndex } = require(${module('core/text/lineIndex')});
      const { loadBundledFacts } = require(${module('node/bundledFacts')});
      const { checkDraft } = require(${module('lsp/checkDraft')});
      const { DEFAULT_SETTINGS } = require(${module('lsp/settings')});
      const { makeDraft } = require(${JSON.stringify(path.join(__dirname, '../bench/corpus'))});
      const checker = new IncrementalCheck('markdown', new FactIndex(loadBundledFacts()));
      let text = PieceText.of(makeDraft(100 * 1024));
      let lines = new LineIndex(text);
      const at = text.toString().indexOf(',000') - 1;
      const type = (digit) => {
        const next = text.replace(at, at + 1, String(digit));
        lines = LineIndex.afterEdit(lines, next, { start: at, endBefore: at + 1, endAfter: at + 1 });
        text = next;
        const check = checkDraft(text, checker, DEFAULT_SETTINGS, lines);
        if (!check.checked || !check.findings.length) throw new Error('the draft was not checked');
      };
      const oldSpace = () => v8.getHeapSpaceStatistics().find((s) => s.space_name === 'old_space').space_used_size;
      for (let i = 0; i < 200; i++) type(i % 10);
      gc();
      gc();
      const before = oldSpace();
      for (let i = 0; i < 3000; i++) type(i % 10);
      console.log((oldSpace() - before) / 1048576);`;
    // What V8 decides by the machine is fixed. The young generation: V8 sizes it by the machine's memory.
    // Pretenuring: after the first check (every block read lives long) V8 may allocate the sites of a
    // block's reading in old space, and then each keystroke's reading dies there, keeping what it reached
    // through every scavenge: 23 MB where V8 starts with 16 MB semi-spaces, as on CI, 4 MB where it starts
    // small, as here. That is V8's guess from the draft's history, not what a keystroke's objects keep.
    const v8Flags = ['--min-semi-space-size=16', '--max-semi-space-size=16', '--no-allocation-site-pretenuring'];
    const run = spawnSync(process.execPath, ['--expose-gc', ...v8Flags, '-e', script], { encoding: 'utf8' });
    assert.strictEqual(run.status, 0, run.stderr);
    const grown = Number(run.stdout);
    assert.ok(grown < 15, `3,000 keystrokes in a 100 KB draft left ${grown.toFixed(1)} MB in old space`);
  });
});
