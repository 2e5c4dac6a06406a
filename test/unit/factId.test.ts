import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { buildFacts } from '../../server/src/core/facts/buildFacts';
import { assignIds, slug } from '../../server/src/core/facts/factId';
import { alone, FIXTURES, ROOT } from '../helpers/core';

function idsOf(text: string, file = 'bridge.md'): Map<string, string> {
  // Keyed by what the fact is, so that the comparison does not depend on positions either.
  return new Map(buildFacts(alone(file, text)).facts.map((f) => [`${f.kind} ${f.text} ${f.quote}`, f.id]));
}

describe('fact ids', () => {
  it('are the source slug and the subject', () => {
    assert.strictEqual(slug('Nagorno-Karabakh’s Former résidents'), 'nagorno-karabakhs-former-residents');
    assert.deepStrictEqual(assignIds('k', [{ subject: 'former Armenian residents', kind: 'count', text: '120,000', value: { number: { values: [120000], precision: 10000 } } }]), ['k/former-armenian-residents']);
  });

  it('number twins from 2, skipping ids other facts already took', () => {
    const twin = { subject: 'said', kind: 'date' as const, text: 'Monday', value: { date: { weekday: 1 } } };
    const ids = assignIds('k', [{ ...twin, subject: 'said date monday 3' }, ...Array.from({ length: 6 }, () => twin)]);
    assert.deepStrictEqual(ids, ['k/said-date-monday-3', 'k/said', 'k/said-monday', 'k/said-date-monday', 'k/said-date-monday-2', 'k/said-date-monday-4', 'k/said-date-monday-5']);
  });

  it('tell facts of one subject apart by value and kind, never by position', () => {
    const ids = assignIds('k', [
      { subject: 'duration', kind: 'duration', text: 'a day', value: { duration: { amount: 1, unit: 'day' } } },
      { subject: 'duration', kind: 'date', text: 'a day', value: { date: { implied: { year: 2023, month: 9, day: 20 } } } },
      { subject: 'residents', kind: 'count', text: '120,000', value: { number: { values: [120000], precision: 10000 } } },
      { subject: 'residents', kind: 'count', text: '1 234 567', value: { number: { values: [1234567], precision: 1 } } },
      { subject: 'residents', kind: 'year', text: '1 234 567', value: { number: { values: [1234567], precision: 1 } } },
      { subject: 'said', kind: 'date', text: 'Monday', value: { date: { weekday: 1 } } },
      { subject: 'said', kind: 'date', text: 'Monday', value: { date: { weekday: 1 } } },
      { subject: 'said', kind: 'date', text: 'Monday', value: { date: { weekday: 1 } } },
    ]);
    assert.deepStrictEqual(ids, [
      'k/duration-a-day', // a subject that is only a kind's name always carries the value
      'k/duration-2023-09-20',
      'k/residents',
      'k/residents-1234567',
      'k/residents-year-1234567',
      'k/said',
      'k/said-monday',
      'k/said-date-monday',
    ]);
  });

  it('do not change when a paragraph is added to the source, even one with figures of the same subjects', () => {
    const text = fs.readFileSync(path.join(FIXTURES, 'factfiles', 'bridge.md'), 'utf8');
    const before = idsOf(text);
    const edited = text.replace(
      'About 38,000 vehicles',
      'Some 2,000 cyclists crossed the bridge every day, and 14 ferries a day stood in for it. The council said on Monday that it cost £2 million to run them.\n\nAbout 38,000 vehicles',
    );
    const after = idsOf(edited);
    assert.ok(after.size > before.size, 'the new paragraph adds facts');
    for (const [fact, id] of before) assert.strictEqual(after.get(fact), id, fact);
    const allAfter = [...after.values()];
    assert.strictEqual(new Set(allAfter).size, allAfter.length, 'ids stay unique');
  });

  it('do not change when the seed article gains a paragraph', () => {
    const text = fs.readFileSync(path.join(ROOT, 'facts', 'karabakh-2023.md'), 'utf8');
    const before = idsOf(text, 'karabakh-2023.md');
    const edited = text.replace('People who are still', 'Aid convoys carried 4,500 tonnes of flour over three weeks, starting on 2 October.\n\nPeople who are still');
    const after = idsOf(edited, 'karabakh-2023.md');
    for (const [fact, id] of before) assert.strictEqual(after.get(fact), id, fact);
  });
});
