import * as assert from 'assert';
import v8 = require('v8');
import { ArticlePlace, plainPlace } from '../../server/src/core/facts/articlePlace';
import { buildFacts } from '../../server/src/core/facts/buildFacts';

const RANGE = { start: { line: 4, character: 12 }, end: { line: 4, character: 19 } };

describe('article places', () => {
  it('give the range they were made with, a fresh one each time', () => {
    const place = new ArticlePlace('/s/a.md', 'A', 2, RANGE);
    assert.deepStrictEqual(place.range, RANGE);
    place.range.start.line = 99;
    assert.strictEqual(place.range.start.line, 4);
  });

  it('are plain data as JSON, in a spread copy and through plainPlace', () => {
    const place = new ArticlePlace('/s/a.md', 'A', 2, RANGE);
    assert.deepStrictEqual(JSON.parse(JSON.stringify(place)), { file: '/s/a.md', title: 'A', paragraph: 2, range: RANGE });
    const moved = { start: { line: 4, character: 14 }, end: { line: 4, character: 16 } };
    assert.deepStrictEqual({ ...place, range: moved }, { file: '/s/a.md', title: 'A', paragraph: 2, range: moved });
    assert.deepStrictEqual(v8.deserialize(v8.serialize(plainPlace(place))), { file: '/s/a.md', title: 'A', paragraph: 2, range: RANGE });
    assert.deepStrictEqual(plainPlace({ file: 'f.facts.json', url: 'https://example.org/a', title: 'A', paragraph: 0, range: RANGE }).url, 'https://example.org/a');
  });

  it("hold where an article's figures stand, in UTF-16 code units", () => {
    const text = '# Floods\n\nIn 東京 🌊 some 4,200 homes flooded on 3 May 2024.\n';
    const { facts } = buildFacts({ file: '/s/floods.md', prefix: 'floods', text });
    const homes = facts.find((f) => f.text === '4,200')!;
    assert.ok(homes.source instanceof ArticlePlace);
    assert.deepStrictEqual(homes.source.range, { start: { line: 2, character: 14 }, end: { line: 2, character: 19 } });
    assert.strictEqual(text.split('\n')[2].slice(14, 19), '4,200');
    assert.strictEqual(homes.source.paragraph, 1);
  });
});
