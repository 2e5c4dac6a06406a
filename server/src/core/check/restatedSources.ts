import type { FactIndex } from '../match/factIndex';
import type { BlockTold } from './checkDocument';
import type { Finding } from './finding';

/**
 * Among several sources, the sources a draft restates rightly, by file: those some figure of it is
 * verified against. A figure is held only to those, and to the writer's own fact files, which every
 * paragraph is compared with (see `isHeld`).
 */
export interface RestatedSources {
  files: ReadonlySet<string>;
  curated: ReadonlySet<string>;
}

/** The files of the sources `findings` (of a block, or a draft) verify figures against, each once. */
export function verifiedSources(findings: ReadonlyArray<Finding | undefined>): string[] {
  const files: string[] = [];
  for (const f of findings) if (f?.verdict === 'verified' && f.fact && !files.includes(f.fact.source.file)) files.push(f.fact.source.file);
  return files;
}

/** `RestatedSources` of the files verified against (see `verifiedSources`) and the index's curated sources. */
export function restatedSources(verified: Iterable<string>, index: FactIndex): RestatedSources {
  const curated = new Set<string>();
  for (const k of index.relevance.always) {
    const [first] = index.factsOf(k);
    if (first) curated.add(first.source.file);
  }
  return { files: new Set(verified), curated };
}

/**
 * Whether a finding stands among several sources: a mismatch only with a fact of a source the draft
 * restates rightly elsewhere, of a curated one, or of the one source the words and figures of its
 * sentence tell (`told`, see `toldAlone`): an aside on another report. Its words met another
 * article's otherwise: "The closures will save £1.5 million", in a report on a bank, against a
 * library article's "to save £1.2 million". Of the mismatches this leaves unverified among the 186
 * sources of the held-out drafts, 14 were false alarms and 2 right, fixed to the other article's
 * figure. A draft that restates no source rightly (a first sentence, or all of it wrong) holds its
 * figures to any.
 */
export function isHeld(finding: Finding, restated: RestatedSources, told: () => BlockTold | undefined, index: FactIndex): boolean {
  const file = finding.verdict === 'mismatch' ? finding.fact?.source.file : undefined;
  return file === undefined || !restated.files.size || restated.files.has(file) || restated.curated.has(file) || file === toldAlone(told(), index);
}

/** `finding`, or, where it does not stand (see `isHeld`), the claim left unverified. */
export function heldFinding(finding: Finding, restated: RestatedSources, told: () => BlockTold | undefined, index: FactIndex): Finding {
  return isHeld(finding, restated, told, index) ? finding : { claim: finding.claim, verdict: 'unverified' };
}

/**
 * The file of the one source a sentence's words tell, surely or weakly (see `BlockTold`), besides
 * the curated ones every block is compared with; undefined for none or several.
 */
function toldAlone(told: BlockTold | undefined, index: FactIndex): string | undefined {
  const sources = told?.about ?? told?.weakly;
  if (!sources) return undefined;
  let alone: number | undefined;
  for (const k of sources) {
    if (index.relevance.always.includes(k)) continue;
    if (alone !== undefined) return undefined;
    alone = k;
  }
  return alone === undefined ? undefined : index.factsOf(alone)[0]?.source.file;
}
