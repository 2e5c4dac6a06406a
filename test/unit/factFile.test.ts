import * as assert from 'assert';
import { parseFactFile, serializeFactFile } from '../../server/src/core/facts/factFile';
import { seedSource } from '../helpers/core';

describe('fact files', () => {
  it('round-trips what extract writes', () => {
    const text = serializeFactFile([seedSource()]);
    const { sources, problems } = parseFactFile(text);
    assert.deepStrictEqual(problems, []);
    assert.strictEqual(sources[0].facts.length, seedSource().facts.length);
    assert.strictEqual(sources[0].title, seedSource().title);
  });

  it('reports invalid JSON with its line', () => {
    const { sources, problems } = parseFactFile('{\n  "facts": [\n    { "id": "a", }\n  ]\n}');
    assert.strictEqual(sources.length, 0);
    assert.strictEqual(problems.length, 1);
    assert.match(problems[0].message, /^not valid JSON/);
    assert.strictEqual(problems[0].line, 2);
  });

  it('reports a malformed fact at its line and keeps the others', () => {
    const good = seedSource().facts[0];
    const text = JSON.stringify({ version: 1, facts: [good, { id: 'x/bad', kind: 'lengths' }, good] }, null, 2);
    const { sources, problems } = parseFactFile(text);
    assert.strictEqual(sources[0].facts.length, 2);
    assert.strictEqual(problems.length, 1);
    assert.match(problems[0].message, /fact #2 \(x\/bad\): "kind" must be one of/);
    assert.strictEqual(text.split('\n')[problems[0].line!].trim(), '{');
  });

  it('rejects JSON of the wrong shape', () => {
    assert.match(parseFactFile('[1, 2]').problems[0].message, /"facts" array/);
    assert.match(parseFactFile('').problems[0].message, /not valid JSON/);
  });
});
