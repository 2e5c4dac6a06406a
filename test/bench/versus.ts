/*
 * Factline's full check against cspell-lib's on the same drafts, in one process and interleaved
 * round by round: this machine's speed drifts by up to twice within minutes, so the figures of
 * sections run minutes apart compare phases as much as programs. Each round times the three
 * checks once, in an order that turns from round to round, and the ratio of each round says how
 * much slower or faster Factline was than each of cspell's in that same moment. Both share the
 * process's heap (cspell's dictionaries, Factline's index), which each pays for in collections.
 */
import { checkDocument } from '../../server/src/core/check/checkDocument';
import { FactIndex } from '../../server/src/core/match/factIndex';
import { loadBundledFacts } from '../../server/src/node/bundledFacts';
import { makeDraft } from './corpus';
import { BenchRow, elapsedMs, median, ms } from './measure';
import { spellChecker } from './peers';

const COMPARED = [
  { label: '1 MB', bytes: 1024 * 1024, rounds: 15 },
  { label: '10 MB', bytes: 10 * 1024 * 1024, rounds: 3 },
];

export async function versusRows(): Promise<BenchRow[]> {
  const index = new FactIndex(loadBundledFacts());
  const { validatorFor, oneCall } = await spellChecker();
  const rows: BenchRow[] = [];
  for (const { label, bytes, rounds } of COMPARED) {
    const draft = makeDraft(bytes);
    const validator = await validatorFor(draft);
    const checks = [() => checkDocument(draft, 'markdown', index), () => validator.checkDocument(true), () => oneCall(draft)];
    for (const check of checks) await check(); // warm-up
    const times: number[][] = checks.map(() => []);
    for (let round = 0; round < rounds; round++) {
      for (let k = 0; k < checks.length; k++) {
        const c = (k + round) % checks.length;
        const started = process.hrtime.bigint();
        await checks[c]();
        times[c].push(elapsedMs(started));
      }
    }
    const [factline, spell, spellOneCall] = times;
    const ratio = (of: number[]) => {
      const ratios = factline.map((t, r) => t / of[r]).sort((a, b) => a - b);
      return `×${median(ratios).toFixed(2)} (rounds ${ratios[0].toFixed(2)}-${ratios[ratios.length - 1].toFixed(2)})`;
    };
    const medians = `Factline ${ms(median(factline))}, cspell ${ms(median(spell))} and ${ms(median(spellOneCall))} (${rounds} rounds)`;
    rows.push([`${label}: Factline's full check ÷ cspell-lib's spell check (a validator's), interleaved; ${medians}`, ratio(spell), label === '1 MB' ? '< ×1' : '']);
    rows.push([`${label}: Factline's full check ÷ cspell-lib's spellCheckDocument (one call), interleaved`, ratio(spellOneCall), label === '1 MB' ? '< ×1' : '']);
  }
  return rows;
}
