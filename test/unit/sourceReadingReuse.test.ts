import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { article } from '../bench/sources';
import { buildFacts, buildFactsAndReading, Source } from '../../server/src/core/facts/buildFacts';
import { readSource } from '../../server/src/core/match/sourceReading';
import { alone, FIXTURES, ROOT } from '../helpers/core';

/** Every article under a folder (sources, drafts: any text an article could be). */
function articlesIn(dir: string): Source[] {
  return fs
    .readdirSync(dir, { recursive: true })
    .map(String)
    .filter((f) => /\.(md|txt)$/i.test(f))
    .map((f) => alone(path.join(dir, f), fs.readFileSync(path.join(dir, f), 'utf8')));
}

function assertSameReading(source: Source): void {
  const { reading, ...facts } = buildFactsAndReading(source);
  const alone = buildFacts(source);
  assert.deepStrictEqual(facts, alone, `${source.file}: the same facts`);
  assert.deepStrictEqual(reading, readSource(alone), `${source.file}: the same reading as from scratch`);
}

describe('buildFactsAndReading', () => {
  it('reads a source for the index as readSource does from scratch: the seed, fixtures and examples', function () {
    // Every article of the fixtures (the accuracy set's too) read twice, two ways: 22-27 s alone,
    // which a loaded machine took past the suite's 30 s.
    this.timeout(120_000);
    const articles = [...articlesIn(path.join(ROOT, 'facts')), ...articlesIn(FIXTURES), ...articlesIn(path.join(ROOT, 'examples'))];
    assert.ok(articles.length >= 18);
    for (const source of articles) {
      assertSameReading(source);
      // Without its front matter an article is read without a reference date first, and that reading is used.
      assertSameReading({ ...source, text: source.text.replace(/^---\n[\s\S]*?\n---\n/, '') });
    }
  });

  it('reads generated sources as readSource does, with their front matter date and without', () => {
    for (let i = 0; i < 40; i++) {
      assertSameReading(alone(`report-${i}.md`, article(i)));
      assertSameReading(alone(`report-${i}.md`, article(i).replace(/^---\n[\s\S]*?\n---\n/, '')));
    }
  });

  it('reads again what stands at a paragraph edge, where a figure could read beyond it', () => {
    const edges = [
      // A paragraph ending without a stop, before a paragraph whose words could belong to its last figure.
      'Revenue rose to 5\n\nor more, the firm said on 3 May 2024.\n\nThe count was 7\n\nmillion people came.\n',
      // A figure at a paragraph's start, after a block ending in a hyphen or a letter.
      '# Report A-\n\n5 people came on Monday, 4 March 2024.\n\nCOVID-\n\n19 cases rose 5% in May.\n',
      // A quotation closing the sentence before a first-person one; links and emphasis blanked in the prose.
      'He said: “We counted 400 votes.” I counted 380 on 2 June 2024.\n\nShares [fell 12%](https://example.com/5) on *Monday*, to $4.5bn.\n',
      // The same sentence in two paragraphs; a quote that is a heading.
      '# 120,000 residents left in 2023\n\nAbout 120,000 residents left. They left in September 2023.\n\nAbout 120,000 residents left.\n',
      // Relative dates that only the article date resolves, and a dateline.
      'VELDA, 23 September 2024 — Turnout reached 67.4% yesterday, up from 61.9% at the end of the month before. Results came on Monday.\n',
      // A front matter date: sentences with words that start a date (read again without it) beside sentences without (taken as read with it).
      '---\ndate: 2024-09-23\n---\n\nTurnout reached 67.4% yesterday, up from 61.9% at the end of the month before. Counting ended 2024-03-05 or 5/3/2024, 12 hours later.\n\nResults came on Monday, 4 March. The count took 12 hours the next day. Tonight 300 people met.\n',
      // Dates that only the reference date makes (their numbers read again without it), beside ones that need none.
      '---\ndate: 2024-09-23\n---\n\nBy the end of the month 12 more came, and yesterday 40, on Monday 5 May 2024 or 6/5/2024. Sales hit 40 today 3 times.\n',
    ];
    for (const [i, text] of edges.entries()) {
      assertSameReading(alone(`edge-${i}.md`, text));
      assertSameReading(alone(`edge-${i}.txt`, text));
    }
  });
});
