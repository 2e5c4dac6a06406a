/**
 * `node out/test/bench/scoreInProcess.js [SET] [--json FILE]`: counts what `score.py` counts on a
 * labelled set (`test/fixtures/accuracy` unless given), in one process: each draft checked by
 * `checkDocument` against the built-in facts and its own source, as `factline check --source` does,
 * its mismatches counted on the labelled spans they overlap. 15-30 s for the 554 held-out drafts
 * where `score.py` takes six minutes, to try a rule quickly; the figures to report are still
 * `score.py`'s, through the CLI. Prints true positives, misses and flags on right, unrelated and
 * unlabelled spans, overall and by category; `--json FILE` keeps, by draft, the claims found and the
 * flags made, to tell what a change moved (no fix accuracy: that is `score.py`'s). With `--many`,
 * each draft is checked against every source of the set and the bench's generated articles at
 * once, as `amongManySources` has the CLI check it.
 */
import * as fs from 'fs';
import * as path from 'path';
import { checkDocument } from '../../server/src/core/check/checkDocument';
import { articlePrefixes } from '../../server/src/core/facts/articlePrefixes';
import { buildFacts, type SourceFacts } from '../../server/src/core/facts/buildFacts';
import { FactIndex } from '../../server/src/core/match/factIndex';
import { loadBundledFacts } from '../../server/src/node/bundledFacts';
import { FIXTURES } from '../helpers/core';
import { newsroomSources } from './sources';

interface Claim {
  text: string;
  occurrence?: number;
  verdict: 'wrong' | 'right' | 'unrelated';
  category: string;
}

interface Tally {
  found: number;
  missed: number;
  onRight: number;
  onUnrelated: number;
  onNone: number;
}

function main(argv: string[]): void {
  const jsonAt = argv.indexOf('--json');
  const json = jsonAt >= 0 ? argv[jsonAt + 1] : undefined;
  const set = argv.find((a, i) => !a.startsWith('--') && (jsonAt < 0 || i !== jsonAt + 1)) ?? path.join(FIXTURES, 'accuracy');
  const bundled = loadBundledFacts();
  const everySource = argv.includes('--many') ? manySources(set, bundled) : undefined;
  const tallies = new Map<string, Tally>();
  const count = (key: string, field: keyof Tally) => {
    const t = tallies.get(key) ?? { found: 0, missed: 0, onRight: 0, onUnrelated: 0, onNone: 0 };
    t[field]++;
    tallies.set(key, t);
  };
  const byDraft: Record<string, { found: string[]; flags: string[] }> = {};
  for (const goldFile of fs.readdirSync(set).filter((f) => f.endsWith('.gold.json')).sort()) {
    const name = goldFile.slice(0, -'.gold.json'.length);
    const gold = JSON.parse(fs.readFileSync(path.join(set, goldFile), 'utf8')) as { source: string; claims: Claim[] };
    const sources: SourceFacts[] = [...bundled];
    if (!everySource && gold.source !== 'seed') {
      const file = path.join(set, gold.source);
      sources.push(buildFacts({ file, text: fs.readFileSync(file, 'utf8'), prefix: articlePrefixes([file])[0] }));
    }
    const draft = fs.readFileSync(path.join(set, `${name}.md`), 'utf8');
    const claims = gold.claims.map((c) => {
      let start = -1;
      for (let k = 0; k < (c.occurrence ?? 1); k++) start = draft.indexOf(c.text, start + 1);
      return { ...c, start, end: start + c.text.length };
    });
    const found = new Set<(typeof claims)[number]>();
    const record = (byDraft[name] = { found: [] as string[], flags: [] as string[] });
    for (const finding of checkDocument(draft, 'markdown', everySource ?? new FactIndex(sources)).findings) {
      if (finding.verdict !== 'mismatch') continue;
      const span = finding.span ?? finding.claim;
      const hit = claims.filter((c) => c.start < span.end && span.start < c.end);
      const wrong = hit.filter((c) => c.verdict === 'wrong');
      if (wrong.length) {
        wrong.forEach((c) => found.add(c));
        continue;
      }
      const labelled = hit.find((c) => c.verdict === 'right') ?? hit.find((c) => c.verdict === 'unrelated');
      const field = !labelled ? 'onNone' : labelled.verdict === 'right' ? 'onRight' : 'onUnrelated';
      count('all', field);
      if (labelled) count(labelled.category, field);
      record.flags.push(`${field} ${draft.slice(span.start, span.end)} -> ${finding.fix}`);
    }
    for (const c of claims) {
      if (c.verdict !== 'wrong') continue;
      const field = found.has(c) ? 'found' : 'missed';
      count('all', field);
      count(c.category, field);
      if (field === 'found') record.found.push(c.text);
    }
  }
  for (const [key, t] of tallies) {
    const flags = t.onRight + t.onUnrelated + t.onNone;
    const p = t.found / (t.found + flags || 1);
    const r = t.found / (t.found + t.missed || 1);
    console.log(`${key.padEnd(9)} TP ${t.found} FN ${t.missed} flags on right ${t.onRight}, unrelated ${t.onUnrelated}, unlabelled ${t.onNone}  P ${p.toFixed(3)} R ${r.toFixed(3)} F1 ${((2 * p * r) / (p + r || 1)).toFixed(3)}`);
  }
  if (json) fs.writeFileSync(json, JSON.stringify(byDraft, null, 1));
}

/**
 * One index of the built-in facts, every source of the set and the bench's generated articles, as
 * `amongManySources` checks each draft against (through the CLI, ten minutes): here a minute.
 */
function manySources(set: string, bundled: readonly SourceFacts[]): FactIndex {
  const texts = newsroomSources(set).map(({ name, text }) => ({ file: path.join(set, 'sources', name), text }));
  const prefixes = articlePrefixes(texts.map((t) => t.file));
  return new FactIndex([...bundled, ...texts.map((t, i) => buildFacts({ ...t, prefix: prefixes[i] }))]);
}

main(process.argv.slice(2));
