/*
 * Factline's full check of drafts of 4 KB to 10 MB against the built-in fact base, in-process and
 * warm, with the process's peak memory after each size (sizes run smallest first); and, at 1 MB,
 * the editor's first check of a draft (`IncrementalCheck`, which keeps each block's results for
 * the keystrokes to come), as when a draft is opened or its sources change.
 */
import { checkDocument } from '../../server/src/core/check/checkDocument';
import { IncrementalCheck } from '../../server/src/core/check/incrementalCheck';
import { FactIndex } from '../../server/src/core/match/factIndex';
import { loadBundledFacts } from '../../server/src/node/bundledFacts';
import { makeDraft } from './corpus';
import { BenchRow, median, ms, peakRssMb, SIZES, summary, timeRuns } from './measure';

export async function checkRows(): Promise<BenchRow[]> {
  const index = new FactIndex(loadBundledFacts());
  const rows: BenchRow[] = [];
  for (const { label, bytes, runs } of SIZES) {
    const draft = makeDraft(bytes);
    const { findings } = checkDocument(draft, 'markdown', index); // warm-up: JIT and the date parser's cache
    const times = await timeRuns(runs, () => checkDocument(draft, 'markdown', index));
    const mismatches = findings.filter((f) => f.verdict === 'mismatch').length;
    const target = label === '1 MB' ? '≤ 150 ms, faster than cspell-lib' : label === '10 MB' ? '< 2000 ms, < 500 MB' : '';
    rows.push([`${label}: Factline full check (${findings.length} claims, ${mismatches} mismatches)`, `${summary(times)}; peak RSS ${peakRssMb().toFixed(0)} MB`, target]);
    if (label === '1 MB') {
      rows.push(['1 MB: Factline full check, median', ms(median(times)), '≤ 150 ms']);
      const opened = await timeRuns(runs, () => new IncrementalCheck('markdown', index).check(draft).verdicts());
      rows.push(['1 MB: editor\'s first check (kept for incremental checks)', summary(opened), '']);
    }
  }
  return rows;
}
