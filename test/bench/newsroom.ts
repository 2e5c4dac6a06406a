/*
 * The held-out drafts (test/fixtures/accuracy) checked in-process among a newsroom's worth of
 * sources: their own articles and the 1,000 generated ones of the sources section. What a writer's
 * check costs when the draft's paragraphs tell which articles they restate (see `RelevantSources`)
 * and the other articles still share its common words: real text, where the sources section's
 * look-alike reports are matching's worst case.
 */
import * as fs from 'fs';
import * as path from 'path';
import { checkDocument } from '../../server/src/core/check/checkDocument';
import { buildFactsAndReading } from '../../server/src/core/facts/buildFacts';
import { FactIndex } from '../../server/src/core/match/factIndex';
import { alone, ROOT } from '../helpers/core';
import { BenchRow, summary, timeRuns } from './measure';
import { article, NEWSROOM_ARTICLES } from './sources';

const FIXTURES = path.join(ROOT, 'test', 'fixtures', 'accuracy');

export async function newsroomRows(): Promise<BenchRow[]> {
  const own = fs.readdirSync(path.join(FIXTURES, 'sources')).filter((f) => f.endsWith('.md'));
  const sources = [
    ...own.map((f) => buildFactsAndReading(alone(`sources/${f}`, fs.readFileSync(path.join(FIXTURES, 'sources', f), 'utf8')))),
    ...Array.from({ length: NEWSROOM_ARTICLES }, (_, i) => buildFactsAndReading(alone(`generated/report-${i}.md`, article(i)))),
  ];
  const index = new FactIndex(sources);
  const drafts = fs
    .readdirSync(FIXTURES)
    .filter((f) => f.endsWith('.md'))
    .map((f) => fs.readFileSync(path.join(FIXTURES, f), 'utf8'));
  // Warm-up: JIT and the date parser's cache, as in the check section.
  for (const draft of drafts) checkDocument(draft, 'markdown', index);
  const times: number[] = [];
  for (const draft of drafts) times.push(...(await timeRuns(1, () => checkDocument(draft, 'markdown', index))));
  const total = times.reduce((a, b) => a + b, 0);
  const label = `${drafts.length} held-out drafts among their ${own.length} sources and ${NEWSROOM_ARTICLES.toLocaleString('en')} generated articles`;
  // The same texts as one draft: real news, whose figures and dates are denser and more varied than
  // the check section's drafts made of the seed's paragraphs (47 distinct date windows in 1 MB).
  // Its dates and words are cached from the drafts' checks above, as in the check section's warm runs.
  const whole = drafts.join('\n\n');
  const wholeTimes = await timeRuns(3, () => checkDocument(whole, 'markdown', index));
  return [
    [`${label}: full check of a draft, in-process`, `${summary(times)}; all ${(total / 1000).toFixed(2)} s`, ''],
    [`the same drafts as one draft of ${Math.round(whole.length / 1024)} KB among those sources: full check, in-process`, summary(wholeTimes), ''],
  ];
}
