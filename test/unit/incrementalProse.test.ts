import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { IncrementalProse, readMarkdownInSteps } from '../../server/src/core/text/incrementalProse';
import { LineIndex } from '../../server/src/core/text/lineIndex';
import type { TextLike } from '../../server/src/core/text/pieceText';
import { textEdit } from '../../server/src/core/text/textEdit';
import { Prose, readProse } from '../../server/src/core/text/prose';
import { ROOT, SEED } from '../helpers/core';
import { prng } from '../helpers/prng';
import { randomEdit, randomEditsInPieces } from '../helpers/randomEdits';

function outcome(prose: Prose) {
  return { prose: prose.prose, blocks: prose.blocks, annotations: prose.annotations, lineStarts: prose.lines.lineStarts, frontMatter: prose.frontMatter };
}

describe('IncrementalProse', () => {
  const seed = fs.readFileSync(SEED, 'utf8');
  const example = fs.readFileSync(path.join(ROOT, 'examples', 'draft.md'), 'utf8');
  // Long enough that most edits are read again around themselves rather than whole.
  const long = [example, seed, example.replace(/\n/g, '\r\n'), seed].join('\n\n');

  // Paragraphs longer than a block may be: each is read as blocks cut where a whole read cuts them.
  const rows = Array.from({ length: 400 }, (_, i) => `Row ${i} counts ${100 + i},000 people`);
  const overlong = [example, rows.join('\n'), rows.join(' '), example].join('\n\n');
  // Past markdown-it's nesting limit lines are read as paragraphs; an edit there (or one that moves a line past it) reads as a whole read does.
  const deepList = Array.from({ length: 56 }, (_, i) => `${'  '.repeat(i)}- Level ${i + 1} had ${i + 1},000 people.`).join('\n');
  const nested = [example, `${'>'.repeat(98)} About 120,000 fled.\n${'>'.repeat(104)} - 1. And 3,000 more.`, deepList, example].join('\n\n');
  for (const [name, base, seedNumber] of [
    ['the example draft', example, 5],
    ['drafts with CRLF, lists, tables and code joined', long, 6],
    ['a draft with paragraphs longer than a block', overlong, 9],
    ['a draft nested deeper than markdown-it reads', nested, 13],
  ] as const) {
    it(`reads what a whole read gives after each of 400 random edits of ${name}`, () => {
      const r = prng(seedNumber);
      const reader = new IncrementalProse('markdown');
      let text = base;
      for (let step = 0; step < 400; step++) {
        text = randomEdit(text, r);
        assert.deepStrictEqual(outcome(reader.read(text)), outcome(readProse(text, 'markdown')), `seed ${seedNumber}, step ${step}`);
      }
    });
  }

  it('reads the same from a text held in pieces, as the server holds it, after each of 400 random edits', () => {
    const r = prng(8);
    const reader = new IncrementalProse('markdown');
    for (const { step, text, pieces } of randomEditsInPieces(long, r, 400)) {
      const prose = reader.read(pieces);
      assert.strictEqual(reader.proseText.toString(), prose.prose, `seed 8, step ${step}`);
      assert.deepStrictEqual(outcome(prose), outcome(readProse(text, 'markdown')), `seed 8, step ${step}`);
    }
  });

  it("reads the same when given the text's line index, as an open document keeps it, after each of 400 random edits", () => {
    const r = prng(9);
    const reader = new IncrementalProse('markdown');
    let lines: LineIndex | undefined;
    let previous: TextLike = long;
    for (const { step, text, pieces } of randomEditsInPieces(long, r, 400)) {
      lines = lines ? LineIndex.afterEdit(lines, pieces, textEdit(previous, pieces)) : new LineIndex(pieces);
      previous = pieces;
      const prose = reader.read(pieces, lines);
      assert.deepStrictEqual(outcome(prose), outcome(readProse(text, 'markdown')), `seed 9, step ${step}`);
    }
  });
});

describe('readMarkdownInSteps', () => {
  const seed = fs.readFileSync(SEED, 'utf8');
  const example = fs.readFileSync(path.join(ROOT, 'examples', 'draft.md'), 'utf8');
  const long = [example, seed, example.replace(/\n/g, '\r\n'), seed].join('\n\n');

  function inSteps(text: string, stretchLines: number): { prose: Prose; steps: number } {
    const steps = readMarkdownInSteps(text, new LineIndex(text), stretchLines);
    let count = 0;
    for (let step = steps.next(); ; step = steps.next(), count++) if (step.done) return { prose: step.value.prose, steps: count };
  }

  it('reads what a whole read gives, a few lines at a time, of 300 drafts made by random edits', () => {
    const r = prng(12);
    let text = long;
    let stepped = 0;
    for (let step = 0; step < 300; step++) {
      text = randomEdit(text, r);
      const stretch = 2 + Math.floor(r() * 12);
      const read = inSteps(text, stretch);
      stepped += read.steps;
      assert.deepStrictEqual(outcome(read.prose), outcome(readProse(text, 'markdown')), `seed 12, step ${step}, ${stretch} lines a stretch`);
    }
    assert.ok(stepped > 300 * 5, `${stepped} steps: read in stretches, not whole`);
  });

  it('reads front matter, a code block longer than a stretch, and a table across stretches as a whole read does', () => {
    const code = Array.from({ length: 30 }, (_, i) => `const x${i} = ${i * 1000};`).join('\n');
    const text = `---\ntitle: Long\ndate: 2024-01-02\n---\n\n# Report\n\nSome 120,000 left.\n\n\`\`\`js\n${code}\n\`\`\`\n\n| a | b |\n| - | - |\n| 1 | 2 |\n\nOn 1 January 2024 it ended.\nA lazy line.\n===\n`;
    for (let stretch = 2; stretch < 12; stretch++) assert.deepStrictEqual(outcome(inSteps(text, stretch).prose), outcome(readProse(text, 'markdown')), `${stretch} lines a stretch`);
  });

  it('reads a draft that defines a link reference whole: the definition decides the links before it', () => {
    const text = `${'Para [label] with 120,000.\n\n'.repeat(20)}[label]: https://example.com\n`;
    const read = inSteps(text, 4);
    assert.deepStrictEqual(outcome(read.prose), outcome(readProse(text, 'markdown')));
  });
});
