import * as fs from 'fs';
import * as path from 'path';
import type { SourceFacts } from '../../server/src/core/facts/buildFacts';
import { ROOT, sourceFrom } from './core';

function flood(place: string, utility: string, mm: number, days: number, homes: string): string {
  return `---\ndate: 2024-02-11\n---\n# ${place} floods\n\nRainfall in ${place} hit ${mm} millimetres over ${days} days, and ${homes} households lost power on Monday, the utility ${utility} said. Engineers from the ${place} waterworks inspected the reservoir dam and the pumping station on the river.\n`;
}

/**
 * Two articles alike but for their places and figures (Arden: 2,893 households lost power; Bexley:
 * 4,365), and three others, which tell how rare the words of these two are: file names and texts.
 */
export function lookAlikeArticles(): Array<{ file: string; text: string }> {
  const dir = path.join(ROOT, 'test', 'fixtures', 'accuracy', 'sources');
  return [
    { file: 'arden.md', text: flood('Arden', 'Kesslin Power', 150, 11, '2,893') },
    { file: 'bexley.md', text: flood('Bexley', 'Morrowgrid', 245, 7, '4,365') },
    ...['census.md', 'ferry.md', 'museum.md'].map((file) => ({ file, text: fs.readFileSync(path.join(dir, file), 'utf8') })),
  ];
}

/** `lookAlikeArticles`, read. */
export function lookAlikeSources(): { arden: SourceFacts; bexley: SourceFacts; others: SourceFacts[] } {
  const [arden, bexley, ...others] = lookAlikeArticles().map(({ file, text }) => sourceFrom(text, file));
  return { arden, bexley, others };
}

/** A paragraph about Arden's floods, or Bexley's, that says which by its words. */
export function paragraphAbout(place: 'Arden' | 'Bexley'): string {
  const utility = place === 'Arden' ? 'Kesslin Power' : 'Morrowgrid';
  return `Rainfall in ${place} hit heavy over the week, the utility ${utility} said after engineers from the ${place} waterworks inspected the dam.`;
}
