import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { plainPlace } from '../../server/src/core/facts/articlePlace';
import { fullDate } from '../../server/src/core/facts/fact';
import { MAX_NESTING, parseFactFile, serializeFactFile } from '../../server/src/core/facts/factFile';
import { loadSource } from '../../server/src/node/loadSource';
import { FIXTURES, readFixture, seedSource } from '../helpers/core';

const CURATED = path.join(FIXTURES, 'factfiles', 'curated.facts.json');

/** The text a problem's range covers. */
function covered(text: string, range: { start: { line: number; character: number }; end: { line: number; character: number } }): string {
  const lines = text.split(/\r?\n/);
  if (range.start.line !== range.end.line) return lines[range.start.line].slice(range.start.character);
  return lines[range.start.line].slice(range.start.character, range.end.character);
}

describe('fact files', () => {
  it('round-trips what extract writes', () => {
    const text = serializeFactFile([seedSource()]);
    const { sources, problems } = parseFactFile(text);
    assert.deepStrictEqual(problems, []);
    assert.strictEqual(sources[0].facts.length, seedSource().facts.length);
    assert.strictEqual(sources[0].title, seedSource().title);
    // Was dropped: the article's date holds a draft's yearless weekdays to its calendar.
    assert.deepStrictEqual(sources[0].date, { year: 2023, month: 10, day: 2 });
    assert.deepStrictEqual(
      sources[0].facts.map(({ declaredAt, ...fact }) => fact),
      // An article's facts hold their place as an ArticlePlace; a fact file's, as the same plain data.
      seedSource().facts.map((fact) => ({ ...fact, source: plainPlace(fact.source) })),
    );
  });

  it('reports each syntax error at its line and column, and keeps the facts around it', () => {
    const good = JSON.stringify(seedSource().facts[0]);
    // A missing comma between two facts, on line 3.
    const text = `{\n  "facts": [\n    ${good}\n    ${good.replace(seedSource().facts[0].id, 'x/second')}\n  ]\n}`;
    const { sources, problems } = parseFactFile(text);
    assert.strictEqual(problems.length, 1);
    assert.strictEqual(problems[0].code, 'invalid-json');
    assert.match(problems[0].message, /^not valid JSON: comma expected/);
    assert.deepStrictEqual(problems[0].range.start, { line: 3, character: 4 });
    assert.deepStrictEqual(sources[0].facts.map((f) => f.id), [seedSource().facts[0].id, 'x/second']);
  });

  it('reports a malformed fact at the property that is wrong and keeps the others', () => {
    const good = seedSource().facts[0];
    const text = JSON.stringify({ version: 1, facts: [good, { id: 'x/bad', kind: 'lengths', value: '3 km' }, good] }, null, 2);
    const { sources, problems } = parseFactFile(text);
    assert.strictEqual(sources[0].facts.length, 2);
    assert.strictEqual(problems.length, 1);
    assert.strictEqual(problems[0].severity, 'error');
    assert.match(problems[0].message, /fact #2 \(x\/bad\): "kind" must be one of count, percent/);
    assert.strictEqual(covered(text, problems[0].range), '"lengths"');
  });

  it('takes a difference marked true, and nothing else there', () => {
    const fact = (difference: unknown) => ({ ...seedSource().facts[0], id: 'x/d', value: { number: { values: [4], precision: 1, currency: 'EUR', difference } } });
    const marked = parseFactFile(JSON.stringify({ version: 1, facts: [fact(true)] }));
    assert.deepStrictEqual(marked.problems, []);
    assert.strictEqual(marked.sources[0].facts[0].value.number?.difference, true);
    const wrong = parseFactFile(JSON.stringify({ version: 1, facts: [fact('yes')] }));
    assert.strictEqual(wrong.sources.length ? wrong.sources[0].facts.length : 0, 0);
    assert.match(wrong.problems[0].message, /"value.number.difference" must be true, or left out/);
  });

  it('takes a range whose ends hold the figure, low then high, and nothing else there', () => {
    const fact = (range: unknown) => ({ ...seedSource().facts[0], id: 'x/r', value: { number: { values: [200], precision: 10, range } } });
    const marked = parseFactFile(JSON.stringify({ version: 1, facts: [fact([150, 200])] }));
    assert.deepStrictEqual(marked.problems, []);
    assert.deepStrictEqual(marked.sources[0].facts[0].value.number?.range, [150, 200]);
    for (const wrong of [[200, 150], [150, 180], [150], 'between 150 and 200']) {
      const read = parseFactFile(JSON.stringify({ version: 1, facts: [fact(wrong)] }));
      assert.match(read.problems[0]?.message ?? '', /"value.number.range" must be the two ends of a range/, JSON.stringify(wrong));
    }
  });

  it('reports a value written as an object whose parts are out of range, at the value, and keeps the others', () => {
    const good = seedSource().facts[0];
    const problemOf = (value: object): string | undefined => {
      const text = JSON.stringify({ version: 1, facts: [{ ...good, id: 'x/v', value }, good] }, null, 2);
      const { sources, problems } = parseFactFile(text);
      assert.strictEqual(sources[0].facts.length, problems.length ? 1 : 2);
      if (problems.length) assert.strictEqual(covered(text, problems[0].range), '{');
      return problems[0]?.message.replace(/^fact #1 \(x\/v\): /, '');
    };
    const date = (parts: object) => problemOf({ date: parts });
    const number = (values: number[], precision: number) => problemOf({ number: { values, precision } });
    // A month 13 and a day 40 were fixed to "40 undefined 2024"; a year -5 to "1 January -5".
    assert.match(date({ year: 2024, month: 13, day: 40 })!, /"value\.date\.month" must be an integer from 1 to 12/);
    assert.match(date({ year: 2024.5, month: 1, day: 1 })!, /"value\.date\.year" must be an integer from 1 to 9999/);
    assert.match(date({ year: -5, month: 1, day: 1 })!, /"value\.date\.year"/);
    assert.match(date({ year: 2024, month: 1.5, day: 1 })!, /"value\.date\.month"/);
    assert.match(date({ year: 2024, month: 1, day: 1, weekday: 9 })!, /"value\.date\.weekday" must be an integer from 0 to 6 \(0 for Sunday\)/);
    assert.match(date({ year: 2023, month: 2, day: 29 })!, /"value\.date\.day" must be a day of February 2023 \(1 to 28\)/);
    assert.match(date({ month: 4, day: 31 })!, /"value\.date\.day" must be a day of April \(1 to 30\)/);
    assert.match(date({ month: 2, implied: { year: 2023, day: 30 } })!, /"value\.date\.implied\.day" must be a day of February 2023/);
    assert.match(date({ month: 2, day: 6, through: 5 })!, /"value\.date\.through" must be a day of the month after "day"/);
    assert.strictEqual(date({ year: 2024, month: 2, day: 29, weekday: 4 }), undefined);
    assert.strictEqual(date({ month: 2, day: 29 }), undefined);
    assert.strictEqual(date({ month: 9, day: 6, through: 7, implied: { year: 2024 } }), undefined);
    // A precision 0 was written "120,000.000000"; five readings of one figure were taken silently.
    assert.match(number([120000], 0)!, /"value\.number\.precision" must be a step from 0\.000001/);
    assert.match(number([120000], -1000)!, /"value\.number\.precision"/);
    assert.match(number([120000], 1e-320)!, /"value\.number\.precision"/);
    assert.match(number([120000], 1e308)!, /"value\.number\.precision"/);
    assert.match(number([1e308], 1)!, /"value\.number\.values" must be figures below 1e\+21/);
    assert.match(number([1, 2, 3, 4, 5], 1)!, /"value\.number\.values" holds at most 4 readings/);
    assert.strictEqual(number([120000, 120, 108862.1688, 108.8621688], 0.001), undefined);
    // A count of -120000 was taken, and its fix had the writer write "minus 120,000".
    assert.match(number([-120000], 1)!, /"value\.number\.values" must be 0 or above: only a temperature \("unit": "C" or "F"\) is below zero/);
    assert.match(number([120, -120], 1)!, /"value\.number\.values" must be 0 or above/);
    assert.match(problemOf({ number: { values: [-4], precision: 1, currency: 'EUR', difference: true } })!, /"value\.number\.values" must be 0 or above/);
    assert.match(problemOf({ number: { values: [-3], precision: 1, unit: 'km' } })!, /"value\.number\.values" must be 0 or above/);
    assert.strictEqual(problemOf({ number: { values: [-12], precision: 0.000001, unit: 'C' } }), undefined);
    assert.strictEqual(problemOf({ number: { values: [-10.4], precision: 0.1, unit: 'F', difference: true } }), undefined);
    assert.match(problemOf({ duration: { amount: 1e21, unit: 'day' } })!, /"value\.duration\.amount" must be from 0/);
    assert.match(problemOf({ duration: { amount: -2, unit: 'day' } })!, /"value\.duration\.amount"/);
  });

  it('counts positions in UTF-16 code units across CRLF lines and emoji', () => {
    const text = '{\r\n  "facts": [\r\n    { "id": "a/🎉", "note": "🎉", "value": "no figure" , "source": { "file": "a.md" } }\r\n  ]\r\n}';
    const { problems } = parseFactFile(text);
    assert.strictEqual(problems.length, 1);
    const { range } = problems[0];
    assert.strictEqual(range.start.line, 2);
    assert.strictEqual(text.split('\r\n')[2].slice(range.start.character, range.end.character), '"no figure"');
    assert.match(problems[0].message, /"value" "no figure" holds no figure or date/);
  });

  it('warns about an unknown property, suggesting the one meant, and keeps the fact', () => {
    const text = '{"facts": [{"id": "a/x", "valeu": "3", "value": "120,000", "source": {"file": "a.md", "title": "A"}}]}';
    const { sources, problems } = parseFactFile(text);
    assert.strictEqual(sources[0].facts.length, 1);
    assert.strictEqual(problems[0].code, 'unknown-property');
    assert.strictEqual(problems[0].severity, 'warning');
    assert.match(problems[0].message, /unknown property "valeu" \(did you mean "value"\?\)/);
    assert.strictEqual(covered(text, problems[0].range), '"valeu"');
  });

  it('rejects JSON of the wrong shape', () => {
    assert.match(parseFactFile('[1, 2]').problems[0].message, /"facts" array/);
    assert.match(parseFactFile('').problems[0].message, /not valid JSON/);
    assert.match(parseFactFile('{"facts": [{"value": "3"}]}').problems[0].message, /fact #1: "id" must be a non-empty string/);
    assert.match(parseFactFile('{"facts": [{"id": "a", "source": {"file": "a.md", "title": "A"}}]}').problems[0].message, /needs "value"/);
    assert.match(parseFactFile('{"facts": [{"id": "a"}]}').problems[0].message, /amends a fact of another source/);
    assert.match(parseFactFile('{"facts": [{"id": "a", "value": "3", "source": {"title": "A"}}]}').problems[0].message, /"source" needs "file" .* or "url"/);
    assert.match(parseFactFile('{"facts": [{"id": "a", "value": {"number": {"values": [3], "precision": 1}}, "source": {"file": "a.md", "title": "A"}}]}').problems[0].message, /needs "kind"/);
  });

  it('refuses a file nested too deeply to parse, at the bracket too deep, and counts no bracket in a string', () => {
    const deep = parseFactFile(`\n${'['.repeat(100_000)}${']'.repeat(100_000)}`);
    assert.strictEqual(deep.problems.length, 1);
    assert.match(deep.problems[0].message, /nested more than \d+ levels deep; not a fact file/);
    assert.deepStrictEqual([deep.problems[0].line, deep.problems[0].character], [1, MAX_NESTING]);
    const quoted = parseFactFile(`{"facts": [], "note": "${'[{'.repeat(MAX_NESTING)}\\"${'['.repeat(MAX_NESTING)}"}`);
    assert.deepStrictEqual(quoted.problems.map((p) => p.message), ['a fact file: unknown property "note"; it is ignored']);
  });

  it('reads hand-written facts: values as text, aliases, notes, pages outside the workspace, amendments and silences', () => {
    const text = readFixture('factfiles/curated.facts.json');
    const parsed = parseFactFile(text, '/work/curated.facts.json');
    assert.deepStrictEqual(parsed.problems, []);
    const facts = parsed.sources.flatMap((s) => s.facts);

    const tolls = facts.find((f) => f.id === 'bridge/stay-suspended')!;
    assert.strictEqual(tolls.kind, 'date');
    assert.strictEqual(tolls.text, '1 June');
    assert.deepStrictEqual(fullDate(tolls.value.date!), { year: 2025, month: 6, day: 1, weekday: 0 }, 'the year comes from the source date');
    assert.deepStrictEqual(tolls.aliases, ['toll holiday', 'free crossings']);
    assert.strictEqual(tolls.quote.slice(tolls.quoteOffset, tolls.quoteOffset + tolls.text.length), '1 June');
    assert.ok(parsed.unplaced.includes(tolls), 'no range given: the loader finds it by its quote');
    assert.strictEqual(covered(text, tolls.declaredAt!.range), '"bridge/stay-suspended"');

    const overrun = facts.find((f) => f.id === 'council/repair-overrun')!;
    assert.strictEqual(overrun.kind, 'money');
    assert.deepStrictEqual(overrun.value.number, { values: [17_200_000], precision: 100_000, currency: 'GBP' });
    assert.strictEqual(overrun.source.url, 'https://example.org/council/minutes-2025-03');
    assert.strictEqual(overrun.source.file, '/work/curated.facts.json', 'a page outside the workspace is stood for by its entry');
    assert.deepStrictEqual(overrun.source.range, overrun.declaredAt!.range);
    assert.strictEqual(overrun.source.paragraph, 4);
    assert.strictEqual(overrun.note, 'Stated in the minutes, not in the article.');
    assert.strictEqual(overrun.subject, 'overrun');

    assert.deepStrictEqual(parsed.amendments.map((a) => [a.id, a.changes.text, a.changes.kind, a.changes.note]), [['bridge/cost', '£48.2m', 'money', "The council's own rounding."]]);
    assert.deepStrictEqual(parsed.silenced.map((s) => s.id), ['bridge/kilometre-bridge']);
    assert.strictEqual(covered(text, parsed.silenced[0].range), '"bridge/kilometre-bridge"');
  });

  it('places a hand-written fact in its article by its quote when it gives no range', () => {
    const loaded = loadSource(CURATED);
    assert.deepStrictEqual(loaded.problems, []);
    assert.strictEqual(loaded.curated, true);
    const tolls = loaded.sources.flatMap((s) => s.facts).find((f) => f.id === 'bridge/stay-suspended')!;
    assert.strictEqual(tolls.source.file, path.join(FIXTURES, 'factfiles', 'bridge.md'));
    assert.strictEqual(tolls.source.paragraph, 3);
    const line = readFixture('factfiles/bridge.md').split('\n')[tolls.source.range.start.line];
    assert.strictEqual(line.slice(tolls.source.range.start.character, tolls.source.range.end.character), '1 June');
  });

  it('warns, at the fact, when its quote is not in the article it names or the article is missing', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'factline-factfile-'));
    after(() => fs.rmSync(dir, { recursive: true, force: true }));
    fs.copyFileSync(path.join(FIXTURES, 'factfiles', 'bridge.md'), path.join(dir, 'bridge.md'));
    const file = path.join(dir, 'wrong.facts.json');
    const text = JSON.stringify({ facts: [
      { id: 'bridge/x', value: '3', quote: 'Not in the article: 3 bridges.', source: { file: 'bridge.md', title: 'B' } },
      { id: 'gone/y', value: '4', quote: '4 ferries.', source: { file: 'gone.md', title: 'G' } },
    ] }, null, 2);
    fs.writeFileSync(file, text);
    const loaded = loadSource(file);
    assert.deepStrictEqual(loaded.problems.map((p) => [p.code, p.severity, covered(text, p.range)]), [
      ['quote-not-found', 'warning', '"bridge/x"'],
      ['source-not-found', 'warning', '"gone/y"'],
    ]);
    assert.strictEqual(loaded.sources.flatMap((s) => s.facts).length, 2, 'the facts stand on their quotes');
  });
});
