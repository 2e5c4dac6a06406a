import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { checkDocument } from '../../server/src/core/check/checkDocument';
import { buildFacts } from '../../server/src/core/facts/buildFacts';
import { parseFactFile } from '../../server/src/core/facts/factFile';
import { FactContribution, mergeFactBase } from '../../server/src/core/facts/mergeFactBase';
import { FactIndex } from '../../server/src/core/match/factIndex';
import { loadSource } from '../../server/src/node/loadSource';
import { alone, FIXTURES, readFixture } from '../helpers/core';

const BRIDGE = path.join(FIXTURES, 'factfiles', 'bridge.md');
const CURATED = path.join(FIXTURES, 'factfiles', 'curated.facts.json');

function article(file = BRIDGE): FactContribution {
  return { file, curated: false, sources: [buildFacts(alone(file, fs.readFileSync(BRIDGE, 'utf8')))] };
}

function factFile(text: string, file: string): FactContribution {
  return { file, curated: true, ...parseFactFile(text, file) };
}

describe('merging fact files with extracted facts', () => {
  const merged = mergeFactBase([loadSource(CURATED), article()]);
  const byId = new Map(merged.sources.flatMap((s) => s.facts).map((f) => [f.id, f]));

  it('lets a fact file replace an extracted fact of the same id, whatever the order', () => {
    assert.deepStrictEqual(merged.problems, []);
    const tolls = byId.get('bridge/stay-suspended')!;
    assert.deepStrictEqual(tolls.aliases, ['toll holiday', 'free crossings']);
    assert.strictEqual(tolls.declaredAt!.file, CURATED);
    assert.strictEqual(merged.sources.flatMap((s) => s.facts).filter((f) => f.id === 'bridge/stay-suspended').length, 1);
    assert.strictEqual(byId.get('bridge/steel-cables')!.derived, "counted from the council's cable register");
  });

  it('amends an extracted fact: the new value and note, the article\'s quote and place', () => {
    const cost = byId.get('bridge/cost')!;
    assert.strictEqual(cost.text, '£48.2m');
    assert.strictEqual(cost.note, "The council's own rounding.");
    assert.match(cost.quote, /cost £48\.2 million/);
    assert.strictEqual(cost.source.file, BRIDGE);
    assert.strictEqual(cost.declaredAt!.file, CURATED);
  });

  it('silences a fact by id', () => {
    assert.ok(!byId.has('bridge/kilometre-bridge'));
    assert.ok(byId.has('bridge/bridge'));
  });

  it('reports ids given twice, where the later one is written, and keeps the first', () => {
    const text = '{"facts": [\n  {"id": "council/repair-overrun", "value": "£50 million", "source": {"file": "bridge.md", "title": "B"}}\n]}';
    const result = mergeFactBase([factFile(text, '/w/second.facts.json'), article(), factFile(readFixture('factfiles/curated.facts.json'), CURATED)]);
    assert.deepStrictEqual(result.problems.map((p) => [p.code, p.file, p.line, p.character]), [['duplicate-fact-id', CURATED, 19, 12]]);
    assert.match(result.problems[0].message, /fact id "council\/repair-overrun" is also given at \/w\/second\.facts\.json:2:10; this one is ignored/);
    assert.strictEqual(result.sources.flatMap((s) => s.facts).find((f) => f.id === 'council/repair-overrun')!.text, '£50 million');

    // Articles that share their ids (one given three times, by three names): one warning for each pair, which says why.
    const twoArticles = mergeFactBase([article('a/bridge.md'), article('./a/bridge.md'), article('a//bridge.md')]);
    const shared = article('a/bridge.md').sources[0].facts.length;
    assert.deepStrictEqual(twoArticles.problems.map((p) => [p.code, p.file]), [['duplicate-fact-id', './a/bridge.md'], ['duplicate-fact-id', 'a//bridge.md']]);
    assert.match(twoArticles.problems[0].message, new RegExp(`^${shared} facts of this article have ids that facts of a/bridge\\.md have too .*is one article given twice\\?$`));
    assert.deepStrictEqual(twoArticles.sources.map((s) => s.facts.length), [shared, 0, 0]);
  });

  it('reports an amendment or silence that names no fact, with the closest ids', () => {
    const text = '{"facts": [\n  {"id": "bridge/cots", "note": "typo"},\n  {"id": "bridge/tooks", "silence": true}\n]}';
    const result = mergeFactBase([article(), factFile(text, '/w/typos.facts.json')]);
    assert.deepStrictEqual(result.problems.map((p) => [p.code, p.line, p.character]), [['unknown-fact-id', 1, 9], ['unknown-fact-id', 2, 9]]);
    assert.match(result.problems[0].message, /"bridge\/cots" amends no fact .*did you mean "bridge\/cost"/);
    assert.match(result.problems[1].message, /"bridge\/tooks" silences no fact .*did you mean "bridge\/took"/);
  });

  it('matches a claim through a fact\'s aliases', () => {
    const draft = 'The overspend was £19.2 million.';
    const [finding] = checkDocument(draft, 'markdown', new FactIndex(merged.sources)).findings;
    assert.strictEqual(finding.fact?.id, 'council/repair-overrun');
    assert.strictEqual(finding.verdict, 'mismatch');
    assert.strictEqual(finding.fix, '£17.2 million');
    const withoutAliases = merged.sources.map((s) => ({ ...s, facts: s.facts.map(({ aliases, ...f }) => f) }));
    assert.strictEqual(checkDocument(draft, 'markdown', new FactIndex(withoutAliases)).findings[0].verdict, 'unverified');
  });
});
