import { PieceText } from '../../server/src/core/text/pieceText';
import { textEdit } from '../../server/src/core/text/textEdit';

// Edits that change what is a block, what a block says, and what crosses blocks: Markdown structure,
// sentence ends, figures and dates, names, annotations, suppressions, the front-matter date, line breaks.
const SNIPPETS = [
  '130,000', '120 000', ' 19 September', 'Monday', 'Sunday, 20 September 2023', 'a day later', '45%', '$4.5bn', 'two days',
  '. The ', ' and ', 'nearly ', ' or more', ' about 120,000 residents', 'more than 100,000 people', '"', '“', '”', ' I ', '\n', '\n\n', '\r\n', '\n\n```\n', '\n    ', '\n> ', '\n- ', '\n1. ',
  '\n| a | b |\n| --- | --- |\n| 120,000 | 2023 |\n', '# ', '\n---\n', '<!-- factline-ignore -->', '<!-- factline-disable -->', '<!-- factline-enable -->',
  '<!-- factline-disable-next-line -->\n', ' [@fact:karabakh-2023/count-thousands]', ' [@fact:nope]', '[x]: http://example.com/1\n', '[x]', '`', 'https://example.com/2024 ',
  '---\ndate: 2023-10-05\n---\n', 'date: 2024-01-02', '😀', '\u00a0',
  // Names the seed spells otherwise, and a letter typed into a word, which may make one.
  ' Armen Grigorian', ' said Kananni', 'y',
  // Roles the seed gives those people otherwise.
  ' Prime Minister Ilham Aliyev', ', said Foreign Minister Armen Grigoryan,',
  // Ratios a sentence states of its own figures, which may come out wrong.
  ' from 30,000 to 45,000, a 40 percent rise', ', 300 of the 1,200 homes, more than half', ' more than three times the 40,000',
];

/** `text` after one random edit: an insertion of a snippet, a deletion, or a stretch moved. */
export function randomEdit(text: string, r: () => number): string {
  const at = Math.floor(r() * (text.length + 1));
  const roll = r();
  if (roll < 0.55) return text.slice(0, at) + SNIPPETS[Math.floor(r() * SNIPPETS.length)] + text.slice(at);
  const end = Math.min(text.length, at + 1 + Math.floor(r() * (roll < 0.85 ? 8 : 300)));
  if (roll < 0.9) return text.slice(0, at) + text.slice(end);
  // Move a stretch: the same blocks at other offsets and numbers.
  const cut = text.slice(at, end);
  const rest = text.slice(0, at) + text.slice(end);
  const to = Math.floor(r() * (rest.length + 1));
  return rest.slice(0, to) + cut + rest.slice(to);
}

/** `steps` random edits of `text`, each version given flat and in pieces, as the server holds it. */
export function* randomEditsInPieces(text: string, r: () => number, steps: number): Generator<{ step: number; text: string; pieces: PieceText }> {
  let pieces = PieceText.of(text);
  for (let step = 0; step < steps; step++) {
    const next = randomEdit(text, r);
    const edit = textEdit(text, next);
    pieces = pieces.replace(edit.start, edit.endBefore, next.slice(edit.start, edit.endAfter));
    text = next;
    yield { step, text, pieces };
  }
}
