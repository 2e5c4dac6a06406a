import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { UNIT_KEYS } from '../../server/src/core/extract/units';
import { parseFactFile, serializeFactFile } from '../../server/src/core/facts/factFile';
import { validate } from '../helpers/jsonSchema';
import { factline } from '../helpers/cli';
import { FIXTURES, ROOT, seedSource, sourceFrom } from '../helpers/core';

const SCHEMA = JSON.parse(fs.readFileSync(path.join(ROOT, 'facts', 'facts.schema.json'), 'utf8'));

/** Every `properties` entry in a schema, with its path. */
function properties(schema: Record<string, any>, at = '$'): Array<[string, Record<string, any>]> {
  const out: Array<[string, Record<string, any>]> = [];
  for (const [key, value] of Object.entries(schema)) {
    if (key === 'if') continue; // a condition's properties only select, they are never typed in
    if (key === 'properties') for (const [name, property] of Object.entries(value as object)) out.push([`${at}.${name}`, property]);
    if (value && typeof value === 'object') out.push(...properties(value, `${at}/${key}`));
  }
  return out;
}

describe('the fact-file schema', () => {
  it('is draft-07 and describes every property, for completion in editors', () => {
    assert.strictEqual(SCHEMA.$schema, 'http://json-schema.org/draft-07/schema#');
    const all = properties(SCHEMA);
    assert.ok(all.length > 30);
    for (const [at, property] of all) {
      const described = property.description ?? (property.$ref && SCHEMA.definitions[property.$ref.split('/').pop()].description);
      assert.ok(typeof described === 'string' && described.length > 8, `${at} has a description`);
    }
  });

  it('accepts the built-in fact base, extract output and a hand-curated fact file', () => {
    assert.deepStrictEqual(validate(SCHEMA, JSON.parse(fs.readFileSync(path.join(ROOT, 'facts', 'karabakh-2023.facts.json'), 'utf8'))), []);
    assert.deepStrictEqual(validate(SCHEMA, JSON.parse(serializeFactFile([seedSource(), sourceFrom('---\ndate: 2024-09-23\n---\nTurnout was 67.4%, the highest since 2008; $4.5bn was spent. Pilots struck on 6-7 September, 42 km away.\n')]))), []);
    const extracted = factline(['extract', 'examples/workspace/sources/harbour-bridge.md']);
    assert.strictEqual(extracted.code, 0, extracted.stderr);
    assert.deepStrictEqual(validate(SCHEMA, JSON.parse(extracted.stdout)), []);
    const curated = fs.readFileSync(path.join(FIXTURES, 'factfiles', 'curated.facts.json'), 'utf8');
    assert.deepStrictEqual(validate(SCHEMA, JSON.parse(curated)), []);
    const belowZero = { facts: [{ id: 'a', kind: 'count', text: '-12C', value: { number: { values: [-12], precision: 1, unit: 'C' } }, source: { file: 'a.md', title: 'A' } }] };
    assert.deepStrictEqual(validate(SCHEMA, belowZero), []);
    assert.deepStrictEqual(parseFactFile(JSON.stringify(belowZero)).problems, []);
  });

  it('agrees with the parser on what is malformed', () => {
    const cases: object[] = [
      { facts: [{ id: 'a', valeu: '3', source: { file: 'a.md', title: 'A' } }] },
      { facts: [{ id: 'a', value: '3', source: { title: 'A' } }] },
      { facts: [{ id: 'a', kind: 'lengths', value: '3', source: { file: 'a.md', title: 'A' } }] },
      { facts: [{ id: 'a', value: { number: { values: [3], precision: 1 } }, source: { file: 'a.md', title: 'A' } }] },
      { facts: [{ id: 'a', kind: 'count', value: { number: { values: [3], precision: 1, unit: 'parsecs' } }, source: { file: 'a.md', title: 'A' } }] },
      { facts: [{ id: 'a', silence: false }] },
      { facts: [{ id: 'has space', note: 'x' }] },
      { version: 2, facts: [] },
      { facts: [{ id: 'a', kind: 'date', text: 'x', value: { date: { year: 2024, month: 13, day: 1 } }, source: { file: 'a.md', title: 'A' } }] },
      { facts: [{ id: 'a', kind: 'date', text: 'x', value: { date: { year: -5, month: 1, day: 1, weekday: 9 } }, source: { file: 'a.md', title: 'A' } }] },
      { facts: [{ id: 'a', kind: 'date', text: 'x', value: { date: { year: 2024.5, month: 1, day: 40 } }, source: { file: 'a.md', title: 'A' } }] },
      { facts: [{ id: 'a', kind: 'count', text: 'x', value: { number: { values: [120000], precision: 0 } }, source: { file: 'a.md', title: 'A' } }] },
      { facts: [{ id: 'a', kind: 'count', text: 'x', value: { number: { values: [1e308], precision: 1 } }, source: { file: 'a.md', title: 'A' } }] },
      { facts: [{ id: 'a', kind: 'count', text: 'x', value: { number: { values: [1, 2, 3, 4, 5], precision: 1 } }, source: { file: 'a.md', title: 'A' } }] },
      { facts: [{ id: 'a', kind: 'duration', text: 'x', value: { duration: { amount: -1, unit: 'day' } }, source: { file: 'a.md', title: 'A' } }] },
      { facts: [{ id: 'a', kind: 'count', text: 'x', value: { number: { values: [-120000], precision: 1 } }, source: { file: 'a.md', title: 'A' } }] },
      { facts: [{ id: 'a', kind: 'count', text: 'x', value: { number: { values: [-3], precision: 1, unit: 'km' } }, source: { file: 'a.md', title: 'A' } }] },
    ];
    for (const doc of cases) {
      assert.ok(validate(SCHEMA, doc).length > 0, `schema rejects ${JSON.stringify(doc)}`);
      assert.ok(parseFactFile(JSON.stringify(doc)).problems.length > 0, `parser reports ${JSON.stringify(doc)}`);
    }
  });

  it('names the units of measure the extractor knows', () => {
    assert.deepStrictEqual(SCHEMA.definitions.value.properties.number.properties.unit.enum, UNIT_KEYS);
  });

  it('is what package.json contributes for *.facts.json', () => {
    const manifest = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
    const contribution = manifest.contributes.jsonValidation.find((v: { fileMatch: string | string[] }) => [v.fileMatch].flat().includes('*.facts.json'));
    assert.ok(contribution, 'jsonValidation for *.facts.json');
    assert.strictEqual(path.resolve(ROOT, contribution.url), path.join(ROOT, 'facts', 'facts.schema.json'));
  });
});
