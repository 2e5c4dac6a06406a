import type MarkdownIt from 'markdown-it';

type StateBlock = Parameters<MarkdownIt['block']['tokenize']>[0];

/**
 * Has markdown-it read what is nested deeper than its `maxNesting` (100 levels: a hundred quotes,
 * fifty lists) as paragraphs. It skipped it, to the end of the enclosing block, and in a list to the
 * end of the document: a claim there, and every claim after the list, went unchecked without a
 * word. The limit stays: it keeps markdown-it's recursion, one call a level, off the stack's end and
 * its work linear in the text. Past it the lines are read as they stand, the markers of the levels
 * below left out: a quote or list that deep is a writer's accident, not structure to honour.
 */
export function readBeyondNesting(md: MarkdownIt): void {
  // @types/markdown-it leaves the option out of its `Options`.
  const { maxNesting } = md.options as { maxNesting: number };
  const block = md.block;
  const tokenize = block.tokenize.bind(block);
  block.tokenize = (state, startLine, endLine) => (state.level >= maxNesting ? paragraphsOf(state, startLine, endLine) : tokenize(state, startLine, endLine));
}

/**
 * Where the text after the block markers at the start of `text` begins: quotes, bullets and numbers
 * of ordered items ("> > - 3. "), a bullet or number only when a space or the line's end follows it,
 * as markdown-it reads them ("-5C" and "2024." before a word stay text); and whether a bullet or
 * number was among them, which starts a list item. Read a character at a time: a pattern's first run
 * is interpreted, ~100 ms over a line of a megabyte of "- - - …".
 */
function markersOf(text: string): { end: number; item: boolean } {
  let end = 0;
  let item = false;
  for (;;) {
    const c = text.charCodeAt(end);
    if (c === 0x3e || isSpace(c)) {
      end++;
      continue;
    }
    const bullet = itemMarkerEnd(text, end);
    if (bullet < 0) return { end, item };
    end = bullet;
    item = true;
  }
}

/** Where the bullet or ordered item's number at `at` ("-", "3.") ends, with a space or the line's end after it; -1 for none. */
function itemMarkerEnd(text: string, at: number): number {
  let end = at;
  const c = text.charCodeAt(at);
  if (c === 0x2d || c === 0x2b || c === 0x2a) end++;
  else {
    while (end - at < 9 && isDigit(text.charCodeAt(end))) end++;
    const closing = text.charCodeAt(end);
    if (end === at || (closing !== 0x2e && closing !== 0x29)) return -1;
    end++;
  }
  return end >= text.length || isSpace(text.charCodeAt(end)) ? end : -1;
}

function isSpace(c: number): boolean {
  return c === 0x20 || c === 0x09;
}

function isDigit(c: number): boolean {
  return c >= 0x30 && c <= 0x39;
}

/**
 * Lines [startLine, endLine) as paragraphs, split by blank lines and before each list item (its
 * text is no sentence of the line before), ending, as markdown-it's own loop does, at the first line
 * indented less than the block they belong to (a list item's).
 */
function paragraphsOf(state: StateBlock, startLine: number, endLine: number): void {
  let line = state.skipEmptyLines(startLine);
  while (line < endLine && state.sCount[line] >= state.blkIndent) {
    const first = line;
    const parts: string[] = [];
    for (; line < endLine && !state.isEmpty(line) && state.sCount[line] >= state.blkIndent; line++) {
      const text = state.src.slice(state.bMarks[line] + state.tShift[line], state.eMarks[line]);
      const markers = markersOf(text);
      if (parts.length && markers.item) break;
      parts.push(text.slice(markers.end));
    }
    const map: [number, number] = [first, line];
    state.push('paragraph_open', 'p', 1).map = map;
    const inline = state.push('inline', '', 0);
    inline.content = parts.join('\n').trim();
    inline.map = map;
    inline.children = [];
    state.push('paragraph_close', 'p', -1);
    line = state.skipEmptyLines(line);
  }
  state.line = line;
}
