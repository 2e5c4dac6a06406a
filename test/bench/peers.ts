/*
 * Peers on the same drafts, for orientation: cspell-lib spelling the text in-process (its start-up,
 * a warm validator's check of the whole text, its one-call check of a document, a re-check of one
 * paragraph), markdown-it parsing it, and one regular-expression pass over it.
 */
import MarkdownIt from 'markdown-it';
import { makeDraft } from './corpus';
import { BenchRow, elapsedMs, ms, SIZES, summary, timeRuns } from './measure';

// cspell-lib is an ES module; this file compiles to CommonJS, which reaches it by dynamic import.
type CSpell = typeof import('cspell-lib', { with: { 'resolution-mode': 'import' } });

/** cspell-lib with its default settings: a validator prepared for a text, and its one-call check of a text as its CLI checks a file. */
export async function spellChecker() {
  const cspell: CSpell = await import('cspell-lib');
  const settings = cspell.mergeSettings(await cspell.getDefaultSettings(), await cspell.getGlobalSettingsAsync());
  const options = { generateSuggestions: false, noConfigSearch: true };
  return {
    validatorFor: async (text: string) => {
      const doc = cspell.createTextDocument({ uri: 'file:///bench/draft.md', content: text, languageId: 'markdown' });
      const validator = await cspell.DocumentValidator.create(doc, options, settings);
      await validator.prepare();
      return validator;
    },
    // Settings made final and a validator prepared for the text at each call.
    oneCall: (text: string) => cspell.spellCheckDocument({ uri: 'file:///bench/draft.md', text, languageId: 'markdown' }, options, settings),
  };
}

export async function peerRows(): Promise<BenchRow[]> {
  const rows: BenchRow[] = [];
  const started = process.hrtime.bigint();
  const { validatorFor, oneCall: spellCheckDocument } = await spellChecker();
  const first = await validatorFor(makeDraft(4 * 1024));
  first.checkDocument();
  rows.push(['cspell-lib start-up (import, settings, dictionaries, first 4 KB check)', ms(elapsedMs(started)), '']);

  const md = new MarkdownIt({ html: true });
  for (const { label, bytes, runs } of SIZES) {
    const draft = makeDraft(bytes);
    const validator = await validatorFor(draft);
    validator.checkDocument(true); // warm-up
    const issues = validator.checkDocument(true).length;
    rows.push([`${label}: cspell-lib spell check (${issues} issues)`, summary(await timeRuns(Math.min(runs, 10), () => validator.checkDocument(true))), '']);
    const oneCall = () => spellCheckDocument(draft);
    await oneCall(); // warm-up
    rows.push([`${label}: cspell-lib spellCheckDocument (one call per check)`, summary(await timeRuns(Math.min(runs, 5), oneCall)), '']);
    if (label === '1 MB') {
      const at = draft.indexOf('\n\n', draft.length / 2) + 2;
      const end = draft.indexOf('\n\n', at);
      const paragraph = draft.slice(at, end);
      const doc = validator.document;
      const range = [doc.offsetAt(doc.positionAt(at)), doc.offsetAt(doc.positionAt(end))] as [number, number];
      rows.push([`1 MB: cspell-lib re-check of one paragraph (${paragraph.length} chars)`, summary(await timeRuns(200, () => validator.checkText(range, paragraph))), '']);
      // The issue's orientation figures (a 1 MB check ≈ 350 ms, a paragraph's re-check ≈ 5 ms) are
      // this API's, not the validator's (0.03 ms a paragraph): this row tells which one it timed.
      const paragraphCall = () => spellCheckDocument(paragraph);
      for (let i = 0; i < 20; i++) await paragraphCall(); // warm-up
      rows.push([`1 MB: cspell-lib spellCheckDocument of that one paragraph (one call)`, summary(await timeRuns(50, paragraphCall)), '']);
    }
    rows.push([`${label}: markdown-it parse`, summary(await timeRuns(Math.min(runs, 10), () => md.parse(draft, {}))), '']);
    rows.push([`${label}: one regular-expression pass`, summary(await timeRuns(Math.min(runs, 10), () => draft.match(/\d[\d,.]*/g)?.length)), '']);
  }
  return rows;
}
