import * as assert from 'assert';
import { isDatelineDate, timeAnchor } from '../../server/src/core/extract/timeAnchor';
import { tokenizeWords } from '../../server/src/core/text/words';
import { mentionsOf } from '../helpers/core';

/** The anchor of the first date of a one-sentence text. */
function anchorOf(sentence: string): string | undefined {
  const date = mentionsOf(sentence).find((m) => m.kind === 'date')!;
  return timeAnchor(sentence, date, tokenizeWords(sentence, 0, sentence.length));
}

describe('timeAnchor', () => {
  it('dates a statement by a verb of saying beside the date, and an event by another verb', () => {
    assert.strictEqual(anchorOf('The ministry said on Monday that there had been casualties.'), 'statement');
    assert.strictEqual(anchorOf('There had been casualties on Sunday near the border.'), 'event');
    assert.strictEqual(anchorOf('The fighting stopped on Sunday, officials said.'), 'event');
    assert.strictEqual(anchorOf('On Sunday, officials said the fighting had stopped.'), 'statement');
    // Informing is telling: "the regulator was told on 26 February" restates it.
    assert.strictEqual(anchorOf('The company informed the regulator on 25 February.'), 'statement');
    assert.strictEqual(anchorOf('KALTENBURG, 21 October 2025 — At least 11 people have died.'), 'statement');
  });

  it('reads past figures and times to the verb, and an attribution after a comma as reporting the clause before it', () => {
    // The full stops of "2.5" and "€12.40" had ended the clause, and the attribution after gave a statement.
    assert.strictEqual(anchorOf('Shares rose 2.5 per cent on 3 March, the exchange reported.'), 'event');
    assert.strictEqual(anchorOf('The minimum wage will rise from €12.40 to €13.15 an hour on 1 July, the government announced on Tuesday.'), 'event');
    assert.strictEqual(anchorOf('Talks had ended by 11:30 on Monday, officials said.'), 'event');
    assert.strictEqual(anchorOf('The ministry said on Monday: prices rose.'), 'statement');
  });

  it('reads no verb of a clause that opens after the date', () => {
    // Was a statement, by "announced": the date is the unblinding's.
    assert.strictEqual(anchorOf('The company unblinded the data eight weeks later, on 9 June, when it announced the result.'), 'event');
  });

  it('dates an event by a date that opens or closes a period, whatever verb stands near', () => {
    // A headline's "from 19 August" has no verb it knows, and was flagged against the dateline's date.
    assert.strictEqual(anchorOf('Tolland Valley to ban hosepipes from 19 August'), 'event');
    assert.strictEqual(anchorOf('The ministry said the border would stay closed until 3 March.'), 'event');
    assert.strictEqual(anchorOf('Tolland Valley to ban hosepipes on 19 August'), undefined);
  });
});

describe('isDatelineDate', () => {
  /** Whether the first date of a text (its lines as one sentence) is the text's own. */
  function isOwn(text: string): boolean {
    const date = mentionsOf(text).find((m) => m.kind === 'date')!;
    return isDatelineDate(text, date, tokenizeWords(text, 0, text.length));
  }

  it('takes a byline’s, a dateline’s, a publishing line’s and a label line’s date for the text’s own, a clock time after it or not', () => {
    for (const own of [
      'HALVERSTOKE, 25 March 2025 — Veridane Health was fined.',
      // Set in emphasis: was taken for a date of the lead's news.
      '*PORT SELENA, Thursday 13 February 2025* — Veloria received 4,362,000 visitors.',
      '_HALVERSTOKE, 25 March 2025 (Reuters)_ — Veridane Health was fined.',
      'By Helen Marsh, Health Correspondent, 25 March 2025\n\nVeridane Health was fined.',
      '*Opinion column, published 25 March 2025*\n\nVeridane Health was fined.',
      '*Markets column, 25 March 2025*\n\nVeridane Health was fined.',
      '*Column, Kellbridge Evening Courier, 25 March 2025*\n\nVeridane Health was fined.',
      '*Desk note, filed 25 March 2025, 08:15*\n\nVeridane Health was fined.',
      '*Updated 25 March 2025 at 8.15am*\n\nVeridane Health was fined.',
      '*By Fiona Gallacher, Evening Courier. Published Monday 25 March 2025*\n\nVeridane Health was fined.',
    ]) {
      assert.ok(isOwn(own), own);
    }
  });

  it('leaves a date in running text, emphasised or not, to the events it dates', () => {
    for (const event of [
      'Veridane Health was fined on 25 March 2025.',
      '*The fine, imposed on 25 March 2025, was a record.*',
      '*Fined on 25 March 2025, 08:15 in the morning, the insurer appealed.*',
      'The audit, published 25 March 2025, found gaps.',
    ]) {
      assert.ok(!isOwn(event), event);
    }
  });
});
