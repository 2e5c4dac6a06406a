import { firstAtOrAfter, itself } from '../text/lineIndex';
import type { Finding } from './finding';

/*
 * Findings looked up by offset (hover, completion) without a walk through all of them: a 1 MB draft
 * has thousands. A check makes its findings in document order (by claim start), which is what the
 * searches rely on.
 */

/** For each finding, the furthest end of the claims up to it: claims may overlap, so their ends alone need not be in order. */
const reaches = new WeakMap<readonly Finding[], Int32Array>();

/** The first finding whose claim holds `offset` (either end included), as a walk in order would find it. */
export function findingAt(findings: readonly Finding[], offset: number): Finding | undefined {
  let reach = reaches.get(findings);
  if (!reach) {
    reach = new Int32Array(findings.length);
    let furthest = -1;
    for (let i = 0; i < findings.length; i++) reach[i] = furthest = Math.max(furthest, findings[i].claim.end);
    reaches.set(findings, reach);
  }
  // Every finding before the first to reach `offset` ends before it; every one after it starts no earlier.
  const i = firstAtOrAfter(reach, offset, itself);
  return i < findings.length && findings[i].claim.start <= offset ? findings[i] : undefined;
}

/** The findings whose claims lie within [from, to]. */
export function findingsWithin(findings: readonly Finding[], from: number, to: number): Finding[] {
  const first = firstAtOrAfter(findings, from, startOf);
  // A claim ending by `to` starts by it.
  const last = firstAtOrAfter(findings, to + 1, startOf);
  return findings.slice(first, last).filter((f) => f.claim.end <= to);
}

const startOf = (finding: Finding) => finding.claim.start;
