import * as assert from 'assert';
import * as fs from 'fs';
import type { Finding } from '../../server/src/core/check/finding';
import { findingAt, findingsWithin } from '../../server/src/core/check/findingAt';
import { IncrementalCheck } from '../../server/src/core/check/incrementalCheck';
import { FactIndex } from '../../server/src/core/match/factIndex';
import { loadBundledFacts } from '../../server/src/node/bundledFacts';
import { SEED } from '../helpers/core';

/** Findings with claims at these [start, end] spans, in the given (document) order. */
function claimsAt(spans: Array<[number, number]>): Finding[] {
  return spans.map(([start, end]) => ({ claim: { start, end }, verdict: 'unverified' }) as unknown as Finding);
}

describe('findingAt and findingsWithin', () => {
  it('find what a walk through the findings finds, on a checked article', () => {
    const text = fs.readFileSync(SEED, 'utf8');
    const { findings } = new IncrementalCheck('markdown', new FactIndex(loadBundledFacts())).check(text);
    assert.ok(findings.length > 10);
    for (let offset = 0; offset <= text.length; offset++) {
      assert.strictEqual(findingAt(findings, offset), findings.find((f) => f.claim.start <= offset && offset <= f.claim.end), `at ${offset}`);
    }
    for (let from = 0; from < text.length; from += 37) {
      const to = from + 400;
      assert.deepStrictEqual(findingsWithin(findings, from, to), findings.filter((f) => f.claim.start >= from && f.claim.end <= to));
    }
  });

  it('take the first of overlapping and touching claims, as a walk in order does', () => {
    const findings = claimsAt([[0, 40], [5, 10], [12, 20], [20, 25], [30, 31], [50, 60]]);
    const walk = (offset: number) => findings.find((f) => f.claim.start <= offset && offset <= f.claim.end);
    for (let offset = -1; offset <= 62; offset++) assert.strictEqual(findingAt(findings, offset), walk(offset), `at ${offset}`);
    assert.strictEqual(findingAt(findings, 45), undefined);
    assert.deepStrictEqual(findingsWithin(findings, 5, 25), [findings[1], findings[2], findings[3]]);
    assert.deepStrictEqual(findingsWithin([], 0, 10), []);
    assert.strictEqual(findingAt([], 0), undefined);
  });
});
