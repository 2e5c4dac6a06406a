import * as fs from 'fs';
import { SEED } from '../helpers/core';

/**
 * A draft of about `bytes` made from the seed article's paragraphs with their figures varied, so
 * that a check has mismatches, agreements and unrelated figures to work through, as a real draft.
 * Deterministic: the same size gives the same text.
 */
export function makeDraft(bytes: number): string {
  const body = fs.readFileSync(SEED, 'utf8').replace(/^---[\s\S]*?---\s*/, '');
  const paragraphs = body.split(/\n\s*\n/).filter((p) => p.trim());
  let seed = 7;
  const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
  const out: string[] = ['# Benchmark draft', ''];
  let size = 0;
  for (let i = 0; size < bytes; i++) {
    const p = paragraphs[i % paragraphs.length]
      .replace(/120,000/g, () => `${100 + Math.floor(random() * 40)},000`)
      .replace(/19 September/g, () => `${15 + Math.floor(random() * 8)} September`)
      .replace(/Monday/g, () => (random() < 0.3 ? 'Sunday' : 'Monday'));
    const extra = `In section ${i + 1}, some ${Math.floor(random() * 900) + 100} readers wrote in on ${1 + (i % 28)} March 2024.`;
    const text = `${p} ${extra}`;
    out.push(text, '');
    size += text.length + 2;
  }
  return out.join('\n');
}
