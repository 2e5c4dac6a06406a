import * as assert from 'assert';
import { annotationIdAt, parseAnnotations } from '../../server/src/core/annotations/parseAnnotations';
import { checkDocument } from '../../server/src/core/check/checkDocument';
import { FactIndex } from '../../server/src/core/match/factIndex';
import { mentionsOf, seedSource } from '../helpers/core';

/** The ids of each annotation, with the text each id's offsets cover. */
function idsIn(text: string, format: 'markdown' | 'plaintext' = 'markdown'): string[][] {
  return parseAnnotations(text, format).map((a) => a.ids.map((i) => text.slice(i.start, i.end)));
}

const RESIDENTS = 'karabakh-2023/former-armenian-residents';

describe('annotations', () => {
  it('reads one or several ids, with exact offsets for the annotation and each id', () => {
    const text = 'Some 120,000 fled [@fact:a/b]. Then [@fact:a/c; @fact:d/e] more.';
    const [one, two] = parseAnnotations(text, 'markdown');
    assert.strictEqual(text.slice(one.start, one.end), '[@fact:a/b]');
    assert.strictEqual(text.slice(two.start, two.end), '[@fact:a/c; @fact:d/e]');
    assert.ok(one.closed && two.closed);
    assert.deepStrictEqual(idsIn(text), [['a/b'], ['a/c', 'd/e']]);
    assert.deepStrictEqual(two.ids.map((i) => i.id), ['a/c', 'd/e']);
  });

  it('counts offsets in UTF-16 code units, after emoji and CRLF line breaks', () => {
    const text = '🎉 Fled.\r\n\r\n> 🇦🇲 120,000 fled [@fact:k/x] 🎉\r\n';
    const [a] = parseAnnotations(text, 'markdown');
    assert.strictEqual(a.start, text.indexOf('[@fact:k/x]'));
    assert.strictEqual(text.slice(a.ids[0].start, a.ids[0].end), 'k/x');
  });

  it('finds annotations in list items, quotes, emphasis and plain text, never in code', () => {
    const markdown = [
      '- item [@fact:in/list]',
      '> quoted [@fact:in/quote]',
      '*stressed [@fact:in/emphasis]* and **[@fact:in/strong]**',
      'inline `[@fact:in/code]` span',
      '```',
      '[@fact:in/fence]',
      '```',
      '',
      '    [@fact:in/indented]',
      '',
      '<!-- [@fact:in/comment] -->',
    ].join('\n');
    assert.deepStrictEqual(idsIn(markdown).flat(), ['in/list', 'in/quote', 'in/emphasis', 'in/strong']);
    assert.deepStrictEqual(idsIn('Plain `text` [@fact:p/t].', 'plaintext'), [['p/t']]);
  });

  it('keeps what a writer is still typing, unclosed, without swallowing the rest of the line', () => {
    const text = 'Fled [@fact:kara and 120,000 stayed. Also [@fact:] and [@fact:a, p. 4].';
    const annotations = parseAnnotations(text, 'markdown');
    assert.deepStrictEqual(annotations.map((a) => [text.slice(a.start, a.end), a.closed]), [['[@fact:kara', false], ['[@fact:]', true], ['[@fact:a', false]]);
    assert.deepStrictEqual(mentionsOf(text).map((m) => m.text), ['120,000', '4'], 'figures beside an unclosed annotation are still claims');
    const at = annotationIdAt(annotations, text.indexOf('kara') + 2)!;
    assert.strictEqual(at.id.id, 'kara');
    const empty = annotationIdAt(annotations, text.indexOf('[@fact:]') + '[@fact:'.length)!;
    assert.deepStrictEqual([empty.id.id, empty.id.start, empty.id.end], ['', text.indexOf('[@fact:]') + 7, text.indexOf('[@fact:]') + 7]);
    assert.strictEqual(annotationIdAt(annotations, 0), undefined);
  });

  it('never reads the figures of an annotation as claims', () => {
    assert.deepStrictEqual(mentionsOf('Fled [@fact:bridge/count-112; @fact:k/2023-09-20] on 19 September.').map((m) => m.text), ['19 September']);
  });
});

describe('checking annotated claims', () => {
  const index = new FactIndex([seedSource()]);

  it('checks a claim against the fact its annotation names, whatever context matching picks', () => {
    // Nothing in this sentence speaks of residents: context matching alone finds no fact.
    const plain = 'A crowd of 130,000 gathered.';
    assert.strictEqual(checkDocument(plain, 'markdown', index).findings[0].verdict, 'unverified');
    const annotated = `A crowd of 130,000 gathered [@fact:${RESIDENTS}].`;
    const [finding] = checkDocument(annotated, 'markdown', index).findings;
    assert.strictEqual(finding.verdict, 'mismatch');
    assert.strictEqual(finding.fact?.id, RESIDENTS);
    assert.strictEqual(finding.fix, '120,000');
    const agreeing = checkDocument(`A crowd of 120 000 gathered. [@fact:${RESIDENTS}]`, 'markdown', index).findings[0];
    assert.strictEqual(agreeing.verdict, 'verified', 'an annotation after the full stop belongs to the sentence before it');
    assert.strictEqual(agreeing.fact?.id, RESIDENTS);
  });

  it('holds one claim of a kind to each named fact, leaving the others to context matching', () => {
    const text = `Of the 120,000 residents, 3,000 stayed [@fact:${RESIDENTS}].`;
    const findings = checkDocument(text, 'markdown', index).findings;
    assert.deepStrictEqual(findings.map((f) => [f.claim.text, f.verdict]), [['120,000', 'verified'], ['3,000', 'unverified']]);
  });

  it('reports unknown ids with the closest known ones, and no unknown ids otherwise', () => {
    const text = 'Fled [@fact:karabakh-2023/former-armenian-residens; @fact:former-armenian-residents]. Typing [@fact:kar';
    const { unknownIds } = checkDocument(text, 'markdown', index);
    assert.deepStrictEqual(unknownIds!.map((u) => [u.id, text.slice(u.start, u.end), u.suggestions[0]]), [
      ['karabakh-2023/former-armenian-residens', 'karabakh-2023/former-armenian-residens', RESIDENTS],
      ['former-armenian-residents', 'former-armenian-residents', RESIDENTS],
    ]);
    assert.deepStrictEqual(checkDocument(`Fled [@fact:${RESIDENTS}].`, 'markdown', index).unknownIds, []);
  });
});
