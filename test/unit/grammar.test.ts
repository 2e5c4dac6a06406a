import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import * as oniguruma from 'vscode-oniguruma';
import { IGrammar, INITIAL, parseRawGrammar, Registry, StateStack } from 'vscode-textmate';
import { ROOT } from '../helpers/core';

const INJECTION = 'text.factline.annotation.injection';
const MARKDOWN = 'text.html.markdown';
const GRAMMAR_FILE = path.join(ROOT, 'syntaxes', 'factline-annotations.tmLanguage.json');
// VS Code's own Markdown grammar (microsoft/vscode-markdown-tm-grammar), as the tm-grammars package ships it.
const MARKDOWN_FILE = require.resolve('tm-grammars/grammars/markdown.json');

let markdown: Promise<IGrammar> | undefined;

/** The Markdown grammar with Factline's injection, as VS Code combines them. */
function loadMarkdown(): Promise<IGrammar> {
  return (markdown ??= (async () => {
    const wasm = fs.readFileSync(require.resolve('vscode-oniguruma/release/onig.wasm'));
    await oniguruma.loadWASM(wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength));
    const registry = new Registry({
      onigLib: Promise.resolve({ createOnigScanner: (sources) => new oniguruma.OnigScanner(sources), createOnigString: (s) => new oniguruma.OnigString(s) }),
      loadGrammar: async (scopeName) => {
        const file = scopeName === MARKDOWN ? MARKDOWN_FILE : scopeName === INJECTION ? GRAMMAR_FILE : undefined;
        // Languages embedded in fenced code are not needed: their blocks are never annotated.
        return file ? parseRawGrammar(fs.readFileSync(file, 'utf8'), file) : null;
      },
      getInjections: (scopeName) => (scopeName === MARKDOWN ? [INJECTION] : undefined),
    });
    const grammar = await registry.loadGrammar(MARKDOWN);
    if (!grammar) throw new Error('the Markdown grammar did not load');
    return grammar;
  })());
}

interface Token {
  text: string;
  scopes: string[];
}

/** The tokens of each line of a Markdown document. */
async function tokenize(document: string): Promise<Token[][]> {
  const grammar = await loadMarkdown();
  let state: StateStack = INITIAL;
  return document.split('\n').map((line) => {
    const result = grammar.tokenizeLine(line, state);
    state = result.ruleStack;
    return result.tokens.map((t) => ({ text: line.slice(t.startIndex, t.endIndex), scopes: t.scopes }));
  });
}

/** The scopes of the token that starts with `text` on a line. */
function scopesOf(line: Token[], text: string): string[] {
  const token = line.find((t) => t.text.startsWith(text));
  assert.ok(token, `a token starting "${text}" in ${JSON.stringify(line.map((t) => t.text))}`);
  return token.scopes;
}

function isAnnotated(line: Token[], id: string): boolean {
  return scopesOf(line, id).includes('entity.name.tag.reference.fact-id.factline');
}

describe('the annotation grammar', () => {
  it('gives an annotation scopes that themes colour: keyword, reference, punctuation', async () => {
    const [line] = await tokenize('Some 120,000 people fled [@fact:karabakh-2023/former-armenian-residents].');
    const scopes = (text: string) => scopesOf(line, text).filter((s) => s.endsWith('.factline'));
    assert.deepStrictEqual(scopes('['), ['meta.annotation.factline', 'punctuation.definition.annotation.begin.factline']);
    assert.deepStrictEqual(scopes('@fact'), ['meta.annotation.factline', 'keyword.other.fact.factline']);
    assert.deepStrictEqual(scopes(':'), ['meta.annotation.factline', 'punctuation.separator.key-value.factline']);
    assert.deepStrictEqual(scopes('karabakh-2023/former-armenian-residents'), ['meta.annotation.factline', 'entity.name.tag.reference.fact-id.factline']);
    assert.deepStrictEqual(scopes(']'), ['meta.annotation.factline', 'punctuation.definition.annotation.end.factline']);
    assert.ok(scopesOf(line, 'karabakh-2023').includes(MARKDOWN));
  });

  it('highlights each id of a list, and not a link reference or a malformed annotation', async () => {
    const [several, link, malformed] = await tokenize('Fled [@fact:a/b; @fact:c/d] on Monday.\nSee [the report] and [@fact:a/b, p. 4].\n[@fact:half typed');
    assert.ok(isAnnotated(several, 'a/b') && isAnnotated(several, 'c/d'));
    assert.ok(scopesOf(several, ';').includes('punctuation.separator.sequence.factline'));
    assert.ok(!link.some((t) => t.scopes.includes('meta.annotation.factline')));
    assert.ok(!malformed.some((t) => t.scopes.includes('meta.annotation.factline')));
  });

  it('highlights annotations in list items, block quotes, emphasis and headings', async () => {
    const lines = await tokenize(
      ['- a list item [@fact:in/list]', '1. numbered [@fact:in/numbered]', '> quoted [@fact:in/quote]', '*stressed [@fact:in/emphasis]*', '**strong [@fact:in/bold]**', '## A heading [@fact:in/heading]'].join('\n'),
    );
    const expectations: Array<[string, string]> = [
      ['in/list', 'markup.list.unnumbered.markdown'],
      ['in/numbered', 'markup.list.numbered.markdown'],
      ['in/quote', 'markup.quote.markdown'],
      ['in/emphasis', 'markup.italic.markdown'],
      ['in/bold', 'markup.bold.markdown'],
      ['in/heading', 'markup.heading.markdown'],
    ];
    expectations.forEach(([id, host], i) => {
      assert.ok(scopesOf(lines[i], id).includes(host), `${id} is inside ${host}: ${scopesOf(lines[i], id).join(' ')}`);
      assert.ok(isAnnotated(lines[i], id), `${id} is highlighted`);
    });
  });

  it('leaves annotations in inline code, fenced and indented code, and HTML comments alone', async () => {
    const lines = await tokenize(
      ['Inline `[@fact:in/code]` span.', '', '```', '[@fact:in/fence]', '```', '', '```js', 'x = "[@fact:in/js]"', '```', '', '    [@fact:in/indented]', '', '<!-- [@fact:in/comment] -->'].join('\n'),
    );
    for (const line of lines) assert.ok(!line.some((t) => t.scopes.includes('meta.annotation.factline')), JSON.stringify(line));
    assert.ok(scopesOf(lines[0], '[@fact:in/code]').some((s) => s.startsWith('markup.inline.raw')));
    assert.ok(scopesOf(lines[3], '[@fact:in/fence]').some((s) => s.startsWith('markup.fenced_code')));
  });

  it('is contributed in package.json as an injection into Markdown', () => {
    const manifest = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
    const grammar = manifest.contributes.grammars.find((g: { scopeName: string }) => g.scopeName === INJECTION);
    assert.ok(grammar, 'contributes.grammars has the injection');
    assert.strictEqual(path.resolve(ROOT, grammar.path), GRAMMAR_FILE);
    assert.deepStrictEqual(grammar.injectTo, [MARKDOWN]);
    assert.strictEqual(JSON.parse(fs.readFileSync(GRAMMAR_FILE, 'utf8')).scopeName, INJECTION);
  });
});
