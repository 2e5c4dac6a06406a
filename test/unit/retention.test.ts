import * as assert from 'assert';
import * as v8 from 'v8';
import * as vm from 'vm';
import { checkDocument } from '../../server/src/core/check/checkDocument';
import { FactIndex } from '../../server/src/core/match/factIndex';
import { seedSource } from '../helpers/core';

v8.setFlagsFromString('--expose-gc');
const gc = vm.runInNewContext('gc') as () => void;

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
});
