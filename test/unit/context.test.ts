import * as assert from 'assert';
import { readDocument } from '../../server/src/core/extract/readDocument';
import { normalizeWord } from '../../server/src/core/text/words';
import { claimContexts } from '../helpers/core';

describe('contextOf', () => {
  it("leaves out a word that starts inside the figure: a possessive's word is the figure's own", () => {
    // "year" of "Next year's" had weighed as context, and matched "This year's was the 50th edition".
    const reading = readDocument("---\ndate: 2025-04-15\n---\n\nNext year's regatta on Wednesday's course drew 40 crews.\n", 'markdown');
    const contexts = claimContexts(reading);
    const of = (text: string) => contexts[reading.mentions.findIndex((m) => m.text === text)].sentence;
    assert.ok(!of('Next year').has(normalizeWord('year')));
    assert.ok(of('Next year').has(normalizeWord('regatta')));
    assert.ok(!of('Wednesday').has(normalizeWord('Wednesday')));
    assert.ok(of('40').has(normalizeWord('Wednesday')));
  });
});
