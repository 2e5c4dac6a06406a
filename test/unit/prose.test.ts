import * as assert from 'assert';
import { blockHolding, LONGEST_BLOCK, readProse, ShownChars } from '../../server/src/core/text/prose';

/** The prose text with runs of spaces collapsed, to compare what survives masking. */
function kept(markdown: string): string {
  return readProse(markdown, 'markdown').prose.replace(/\s+/g, ' ').trim();
}

describe('readProse (Markdown)', () => {
  it('keeps the same length and line breaks as the original', () => {
    const text = '---\r\ndate: 2024-01-01\r\n---\r\n# Title\r\n\r\nSome `code 12` here.\r\n';
    const prose = readProse(text, 'markdown');
    assert.strictEqual(prose.prose.length, text.length);
    assert.deepStrictEqual([...prose.prose.matchAll(/\r\n/g)].map((m) => m.index), [...text.matchAll(/\r\n/g)].map((m) => m.index));
  });

  it('blanks front matter, fenced and indented code, inline code and HTML comments', () => {
    const text = [
      '---', 'date: 2023-10-02', '---', '', 'Prose 1.', '', '```', 'code 2', '```', '', '    indented 3', '',
      'Inline `code 4` and <!-- comment 5 --> done.',
    ].join('\n');
    assert.strictEqual(kept(text), 'Prose 1. Inline and done.');
  });

  it('keeps link text but blanks link and image destinations, autolinks and bare URLs', () => {
    const text = 'See [the 2024 report](https://example.com/2024/x) and ![chart 7](img/7.png), <https://a.b/9> or https://c.d/10 today.';
    assert.strictEqual(kept(text), 'See [the 2024 report] and , or today.');
  });

  it('blanks code, HTML, autolinks and destinations in paragraphs holding only one of them, and reads the others as they are', () => {
    const text = ['Inline `code 4` here.', 'An <b>tag 5</b> here.', 'A <https://a.b/6> here.', 'See [x](https://y.z/7) here.', 'An ![image](p/8.png) here.', 'Plain *emphasis* & 9 here.'].join('\n\n');
    assert.strictEqual(kept(text), 'Inline here. An tag 5 here. A here. See [x] here. An here. Plain *emphasis* & 9 here.');
  });

  it('blanks bare addresses written without a scheme, in paragraphs with no ":", "//" or "@"', () => {
    const text = 'Read example.com/results/2024 or www.vote.org/7 and news.bbc.co.uk/5 first.\n\nTurnout rose 3.5 points to 67.4% in Oct. 2024.';
    assert.strictEqual(kept(text), 'Read or and first. Turnout rose 3.5 points to 67.4% in Oct. 2024.');
  });

  it('keeps headings, list items, block quotes, emphasis and table cells', () => {
    const text = '# Head 1\n\n- item **2**\n\n> quote _3_\n\n| a | b |\n|---|---|\n| 4 | 5 |\n';
    const out = kept(text);
    for (const expected of ['Head 1', 'item **2**', 'quote _3_', '4', '5']) assert.ok(out.includes(expected), `${expected} in ${out}`);
    assert.ok(!out.includes('#') && !out.includes('>'), out);
  });

  it('reports blocks: paragraphs, headings and table rows with their offsets', () => {
    const text = '# T\n\nOne.\n\n- Two\n';
    const { blocks } = readProse(text, 'markdown');
    assert.deepStrictEqual(blocks.map((b) => [b.kind, text.slice(b.start, b.end)]), [['heading', 'T'], ['paragraph', 'One.'], ['paragraph', 'Two']]);
  });

  // markdown-it skips what is nested past its limit (100 levels), in a list to the end of the document: a claim there vanished.
  it('reads what is nested deeper than markdown-it reads as paragraphs, its markers blanked, and goes on after it', () => {
    const quoted = `${'>'.repeat(120)} About 120,000 people fled.\n${'> '.repeat(110)}They left by 30 September.\n`;
    const inQuotes = readProse(quoted, 'markdown');
    assert.deepStrictEqual(inQuotes.blocks.map((b) => quoted.slice(b.start, b.end).replace(/^[> ]+/gm, '')), ['About 120,000 people fled.\nThey left by 30 September.']);
    assert.strictEqual(kept(quoted), 'About 120,000 people fled. They left by 30 September.');
    const items = Array.from({ length: 60 }, (_, i) => `${'  '.repeat(i)}- item ${i + 1}`);
    const listed = [...items, `${'  '.repeat(60)}1. About 120,000 people fled.`, `${'  '.repeat(61)}* -5C and 2024. Then`, '', 'After the list, 120,000 again.'].join('\n');
    const inList = readProse(listed, 'markdown');
    assert.deepStrictEqual(
      inList.blocks.slice(48).map((b) => listed.slice(b.start, b.end).trim()),
      [...items.slice(48).map((item) => item.trim().slice(2)), 'About 120,000 people fled.', '-5C and 2024. Then', 'After the list, 120,000 again.'],
    );
    assert.ok(kept(listed).endsWith('item 60 About 120,000 people fled. -5C and 2024. Then After the list, 120,000 again.'), kept(listed));
  });

  it('reads front matter data', () => {
    const prose = readProse('---\ntitle: X\ndate: 2023-10-02\n---\nText', 'markdown');
    assert.strictEqual(prose.frontMatter?.data.title, 'X');
  });
});

describe('ShownChars', () => {
  const prose = (text: string, steps: Array<[number, number] | number>) => {
    const shown = new ShownChars(text, 0, text.length);
    for (const step of steps) if (typeof step === 'number') shown.hide(step);
    else shown.show(...step);
    return shown.prose();
  };

  it('blanks all but the stretches shown and line breaks, then the characters hidden', () => {
    assert.strictEqual(prose('# abc def\nghi', [[2, 5], 3, [6, 9]]), '  a c def\n   ');
  });

  it('reads stretches shown out of order as shown in that order: a character hidden and shown again is shown', () => {
    assert.strictEqual(prose('# abc def\nghi', [[6, 9], [2, 5], 3]), '  a c def\n   ');
    assert.strictEqual(prose('# abc def\nghi', [[2, 5], 3, [3, 4]]), '  abc    \n   ');
  });

  it('is the text itself when only spaces are blank', () => {
    const text = 'abc  def\r\n';
    assert.strictEqual(prose(text, [[0, 3], [5, 8]]), text);
  });
});

describe('readProse (plain text)', () => {
  it('splits paragraphs at blank lines and masks URLs only', () => {
    const text = 'First `12` line\nsame para.\n\nhttps://x.y/2024 second.';
    const prose = readProse(text, 'plaintext');
    assert.strictEqual(prose.blocks.length, 2);
    assert.ok(prose.prose.includes('`12`'));
    assert.ok(!prose.prose.includes('2024'));
  });
});

describe('blockHolding', () => {
  it('finds the block holding an offset, and none between blocks, before the first or at and after the last end', () => {
    const { blocks } = readProse('# Title\n\nFirst paragraph.\n\nSecond one.\n', 'markdown');
    const walk = (offset: number) => blocks.findIndex((b) => b.start <= offset && offset < b.end);
    const offsets = Array.from({ length: blocks[blocks.length - 1].end + 3 }, (_, i) => i - 1);
    assert.deepStrictEqual(offsets.map((o) => blockHolding(blocks, o)), offsets.map(walk));
    assert.strictEqual(blockHolding(blocks, blocks[1].start), 1);
    assert.strictEqual(blockHolding(blocks, blocks[1].end), -1);
    assert.strictEqual(blockHolding([], 0), -1);
  });
});

// A paragraph of a megabyte, figures listed on lines without a blank one between, was one block: read
// and checked in one go, it held the server for seconds at every keystroke.
describe('readProse (blocks longer than LONGEST_BLOCK)', () => {
  const lines = Array.from({ length: 2000 }, (_, i) => `Row ${i} counts ${100 + i},000 people`);
  for (const [name, text] of [
    ['lines without a blank one between', lines.join('\n') + '\n'],
    ['one long line', lines.join(' ') + '\n'],
  ] as const) {
    for (const format of ['markdown', 'plaintext'] as const) {
      it(`cuts a paragraph of ${name} (${format}) into blocks of at most LONGEST_BLOCK, at white space, keeping all its text`, () => {
        const { blocks } = readProse(text, format);
        assert.ok(blocks.length >= text.length / LONGEST_BLOCK, `${blocks.length} blocks`);
        assert.ok(blocks.every((b) => b.end - b.start <= LONGEST_BLOCK && b.kind === 'paragraph'));
        // Between two blocks only white space, and some: no word or figure is cut.
        blocks.slice(1).forEach((b, i) => assert.match(text.slice(blocks[i].end, b.start), /^\s+$/, `between blocks ${i} and ${i + 1}`));
        assert.strictEqual(text.slice(blocks[0].start, blocks[blocks.length - 1].end), text.trim());
        if (name.startsWith('lines')) assert.ok(blocks.every((b) => text.slice(b.start, b.end).startsWith('Row ')), 'cut at a line break');
      });
    }
  }
});

