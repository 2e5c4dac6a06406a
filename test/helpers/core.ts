import * as fs from 'fs';
import * as path from 'path';
import * as assert from 'assert';
import { blockContexts, checkDocument } from '../../server/src/core/check/checkDocument';
import type { FindingCode } from '../../server/src/core/check/codes';
import { IncrementalCheck } from '../../server/src/core/check/incrementalCheck';
import { articlePrefixes } from '../../server/src/core/facts/articlePrefixes';
import { buildFacts, Source, SourceFacts } from '../../server/src/core/facts/buildFacts';
import { FactIndex } from '../../server/src/core/match/factIndex';
import { DocumentReading, readDocument } from '../../server/src/core/extract/readDocument';
import type { Mention } from '../../server/src/core/extract/mention';
import type { Context } from '../../server/src/core/match/context';
import { packageRoot } from '../../server/src/node/packageRoot';
import { prng } from './prng';
import { randomEdit } from './randomEdits';

export const ROOT = packageRoot();
export const FIXTURES = path.join(ROOT, 'test', 'fixtures');
export const SEED = path.join(ROOT, 'facts', 'karabakh-2023.md');

export function readFixture(name: string): string {
  return fs.readFileSync(path.join(FIXTURES, name), 'utf8');
}

/** An article as loaded alone: its ids begin with its own name (see `articlePrefixes`). */
export function alone(file: string, text: string): Source {
  return { file, text, prefix: articlePrefixes([file])[0] };
}

let seedFacts: SourceFacts | undefined;
export function seedSource(): SourceFacts {
  return (seedFacts ??= buildFacts(alone(SEED, fs.readFileSync(SEED, 'utf8'))));
}

export function sourceFrom(text: string, file = 'source.md'): SourceFacts {
  return buildFacts(alone(file, text));
}

/** The mentions found in a one-line Markdown text. */
export function mentionsOf(text: string, format: 'markdown' | 'plaintext' = 'markdown'): Mention[] {
  return readDocument(text, format).mentions;
}

/** The single mention of a text, failing if there is not exactly one. */
export function onlyMention(text: string): Mention {
  const all = mentionsOf(text);
  if (all.length !== 1) throw new Error(`expected one mention in ${JSON.stringify(text)}, got ${JSON.stringify(all.map((m) => m.text))}`);
  return all[0];
}

/** Checks a draft against sources and returns its mismatches as [claim text, fix]. */
export function mismatches(draft: string, sources: SourceFacts[], format: 'markdown' | 'plaintext' = 'markdown'): Array<[string, string]> {
  const { findings } = checkDocument(draft, format, new FactIndex(sources));
  return findings.filter((f) => f.verdict === 'mismatch').map((f) => [draft.slice((f.span ?? f.claim).start, (f.span ?? f.claim).end), f.fix!]);
}

/** The context of each mention of a reading, by number, as a check makes them block by block. */
export function claimContexts(reading: DocumentReading): Context[] {
  const { sentences, mentions } = reading;
  const contexts: Context[] = [];
  for (let s = 0, m = 0; s < sentences.length; ) {
    let e = s + 1;
    while (e < sentences.length && sentences[e].block === sentences[s].block) e++;
    let n = m;
    while (n < mentions.length && mentions[n].sentence < e) n++;
    blockContexts(reading.prose.prose, sentences.slice(s, e), mentions.slice(m, n), s).forEach((c, i) => (contexts[m + i] = c));
    s = e;
    m = n;
  }
  return contexts;
}

/**
 * Edits `text` `steps` times at random (from `seed`), asserting after each edit that an incremental
 * check gives what a fresh one gives. Returns how many findings of `code` the fresh checks made, for
 * a test to tell that the edits met what it is about.
 */
export function findingsOverRandomEdits(text: string, index: FactIndex, seed: number, steps: number, code: FindingCode): number {
  const r = prng(seed);
  const checker = new IncrementalCheck('markdown', index);
  let met = 0;
  for (let step = 0; step < steps; step++) {
    text = randomEdit(text, r);
    const result = checker.check(text);
    const fresh = checkDocument(text, 'markdown', index);
    met += fresh.findings.filter((f) => f.code === code).length;
    assert.deepStrictEqual(result.findings, fresh.findings, `seed ${seed}, step ${step}`);
  }
  return met;
}
