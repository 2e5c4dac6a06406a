import type { LocatedMention } from '../extract/readDocument';
import type { FactIndex } from '../match/factIndex';
import { matchName, namesAnother } from '../match/matchName';
import { FindingCode } from './codes';
import type { Finding } from './finding';

/**
 * A finding for each of `names` that misspells a name of the `sources` (see `matchName`); with
 * none given, those of the index, which has one source at most (see `RelevantSources`).
 */
export function nameFindings(names: readonly LocatedMention[], index: FactIndex, sources: ReadonlySet<number> | undefined): Finding[] {
  if (!names.length) return [];
  const known = index.spelledNames(sources);
  const findings: Finding[] = [];
  for (let i = 0; i < names.length; i++) {
    const claim = names[i];
    const name = matchName(claim.text, known);
    if (name && !namesAnother(otherParts(names, i), known)) findings.push({ claim, verdict: 'mismatch', fact: name.fact, code: FindingCode.NameMismatch, fix: name.fact.text, sourceSays: name.fact.text });
  }
  return findings;
}

/**
 * The other words of the name `names[i]` is a word of: those standing right before and after it, a
 * space or hyphen apart, but for a sentence's first word ("Then Hessler said").
 */
function otherParts(names: readonly LocatedMention[], i: number): string[] {
  const parts: string[] = [];
  for (let j = i - 1; j >= 0 && names[j].end + 1 === names[j + 1].start; j--) if (!names[j].opening) parts.push(names[j].text);
  for (let j = i + 1; j < names.length && names[j - 1].end + 1 === names[j].start; j++) parts.push(names[j].text);
  return parts;
}
