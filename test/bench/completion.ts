/*
 * Completion of fact ids after `[@fact:` with 100,000 facts loaded, measured in-process on
 * `toCompletions` (what the server runs once the draft's check is at hand; the request's transport
 * costs the same as a hover's, measured in server.ts). The facts are extracted from the generated
 * articles of sources.ts; what is typed goes from nothing (every fact matches) to a whole id.
 */
import { buildFacts } from '../../server/src/core/facts/buildFacts';
import type { Fact } from '../../server/src/core/facts/fact';
import { readProse } from '../../server/src/core/text/prose';
import { toCompletions } from '../../server/src/convert/toCompletions';
import { BenchRow, summary, timeRuns } from './measure';
import { article } from './sources';
import { alone } from '../helpers/core';

const FACTS = 100_000;

function generatedFacts(count: number): Fact[] {
  const facts: Fact[] = [];
  for (let i = 0; facts.length < count; i++) facts.push(...buildFacts(alone(`report-${String(i).padStart(4, '0')}.md`, article(i))).facts);
  return facts.slice(0, count);
}

export async function completionRows(): Promise<BenchRow[]> {
  const facts = generatedFacts(FACTS);
  const sample = facts[Math.floor(facts.length / 2)].id;
  const typedSoFar = ['', sample.slice(0, 3), sample.slice(0, sample.indexOf('/') + 1), sample.slice(0, -2), sample];
  const times: number[] = [];
  let first: number | undefined;
  for (const typed of typedSoFar) {
    const text = `The council approved a budget of £12.5m [@fact:${typed}`;
    const prose = readProse(text, 'markdown');
    const request = { uri: 'file:///draft.md', text, offset: text.length, lines: prose.lines, annotations: prose.annotations, findings: [], facts };
    // The first request after a fact base is built also sorts its ids: said apart from the rest.
    const [once] = await timeRuns(1, () => {
      if (!toCompletions(request)?.items.length) throw new Error(`no completion for "${typed}"`);
    });
    first ??= once;
    times.push(...(await timeRuns(40, () => toCompletions(request))));
  }
  const n = FACTS.toLocaleString('en');
  return [
    [`completion of fact ids, ${n} facts (in-process)`, summary(times), 'p99 < 5 ms'],
    [`first completion after the fact base is built, ${n} facts (in-process)`, `${first!.toFixed(0)} ms`, ''],
  ];
}
