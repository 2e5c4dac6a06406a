import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { BLOCK_LEFT, checkDocument } from '../../server/src/core/check/checkDocument';
import { IncrementalCheck } from '../../server/src/core/check/incrementalCheck';
import { FactsUnavailable, guarded, type Failure } from '../../server/src/core/failure';
import * as numbers from '../../server/src/core/extract/findNumbers';
import * as roles from '../../server/src/core/extract/findRoles';
import * as blocks from '../../server/src/core/match/matchBlock';
import { FactIndex } from '../../server/src/core/match/factIndex';
import { run } from '../../server/src/cli/main';
import { CheckContext, DocumentChecks, OpenDocument } from '../../server/src/lsp/documentChecks';
import { readSettings } from '../../server/src/lsp/settings';
import { sourceFromBytes } from '../../server/src/node/loadSource';
import { sourceFrom } from '../helpers/core';

/**
 * A function of a module of the core replaced while `body` runs: what the compiled modules call
 * through their `exports`, as a bug would throw there. The only way to make a check throw where
 * no sentence is known to, and the guard is for the bugs not known yet.
 */
async function withStub<M extends object, K extends keyof M>(module: M, name: K, stub: M[K], body: () => unknown): Promise<void> {
  const was = module[name];
  module[name] = stub;
  try {
    await body();
  } finally {
    module[name] = was;
  }
}

/** `findNumbers` throwing in the sentence holding `marker`, as it is otherwise. */
function numbersThrowingAt(marker: string): typeof numbers.findNumbers {
  const real = numbers.findNumbers;
  return (text, start, end, ...rest) => {
    if (text.slice(start, end).includes(marker)) throw new TypeError(`no figures for ${marker}`);
    return real(text, start, end, ...rest);
  };
}

const SOURCE = sourceFrom('The council approved 240 new homes on Tuesday, the planning chair Maria Lopez said.\n\nThe scheme will cost £18m and open in 2027.\n');
const first = 'The council approved 260 new homes, chair Maria Lopez said. Marker one sentence: it cost £18m.';
const second = 'The scheme will cost £19m and open in 2027.';
const DRAFT = `${first}\n\n${second}\n`;

const mismatchTexts = (findings: ReturnType<typeof checkDocument>['findings']) => findings.filter((f) => f.verdict === 'mismatch').map((f) => f.claim.text);
const spans = (failures: readonly Failure[] | undefined) => (failures ?? []).map((f) => [f.start, f.end, f.left]);

describe('guarded: a block or sentence whose check throws', () => {
  it('gives the work, or the fallback with the error and its stack kept', () => {
    const failures: Failure[] = [];
    assert.strictEqual(guarded({ start: 0, end: 3 }, 'x were', failures, () => 1, () => 2), 1);
    assert.strictEqual(failures.length, 0);
    const thrown = guarded({ start: 4, end: 9 }, 'x were', failures, () => { throw new RangeError('out of range'); }, () => 2);
    assert.strictEqual(thrown, 2);
    assert.deepStrictEqual(spans(failures), [[4, 9, 'x were']]);
    assert.match(failures[0].error, /^RangeError: out of range\n\s+at /);
  });

  it('throws on an error of where the facts are kept: the whole check ends, to be made against them read anew', () => {
    const failures: Failure[] = [];
    assert.throws(() => guarded({ start: 0, end: 3 }, 'x were', failures, () => { throw new FactsUnavailable('arrays file damaged'); }, () => 2), FactsUnavailable);
    assert.deepStrictEqual(failures, []);
  });

  it('without a guard, no sentence here throws: the stubs below are what makes them', () => {
    const { findings, failures } = checkDocument(DRAFT, 'markdown', new FactIndex([SOURCE]));
    assert.deepStrictEqual(mismatchTexts(findings), ['260', '£19m']);
    assert.deepStrictEqual(failures, []);
  });

  it('leaves out only the figures of the sentence whose reading threw, in a full and an incremental check', () =>
    withStub(numbers, 'findNumbers', numbersThrowingAt('Marker one'), () => {
      const index = new FactIndex([SOURCE]);
      const full = checkDocument(DRAFT, 'markdown', index);
      // "£18m" of the sentence that threw is not read; "260" before it and "£19m" of the next paragraph are checked.
      assert.deepStrictEqual(mismatchTexts(full.findings), ['260', '£19m']);
      assert.ok(!full.reading.mentions.some((m) => m.text === '£18m'));
      const at = DRAFT.indexOf('Marker one');
      assert.deepStrictEqual(spans(full.failures), [[at, first.length, 'the figures and dates of this sentence were']]);
      assert.match(full.failures![0].error, /TypeError: no figures for Marker one/);

      const incremental = new IncrementalCheck('markdown', index);
      const opened = incremental.check(DRAFT);
      assert.deepStrictEqual(mismatchTexts(opened.findings), mismatchTexts(full.findings));
      assert.deepStrictEqual(spans(opened.failures), spans(full.failures));
      // A keystroke before the block moves its failure with it, the block not read again.
      const edited = `Intro.\n\n${DRAFT}`;
      const after = incremental.check(edited);
      assert.deepStrictEqual(spans(after.failures), spans(checkDocument(edited, 'markdown', index).failures));
      assert.strictEqual(after.failures![0].start, at + 'Intro.\n\n'.length);
    }));

  it('leaves out only the names of a sentence whose roles threw', () =>
    withStub(roles, 'findRoles', () => { throw new Error('no roles'); }, () => {
      const { findings, failures, reading } = checkDocument(DRAFT, 'markdown', new FactIndex([SOURCE]));
      assert.deepStrictEqual(mismatchTexts(findings), ['260', '£19m']);
      assert.deepStrictEqual(failures!.map((f) => f.left), ['the names and roles of this sentence were', 'the names and roles of this sentence were', 'the names and roles of this sentence were']);
      assert.ok(reading.mentions.some((m) => m.text === '£18m'), 'the figures of those sentences are read');
    }));

  it('leaves out the claims of the one block whose matching threw, and checks the others', () => {
    const real = blocks.matchBlock;
    return withStub(blocks, 'matchBlock', (claims, ...rest) => {
      if (claims.some((c) => c.text === '260')) throw new Error('matching went wrong');
      return real(claims, ...rest);
    }, () => {
      const index = new FactIndex([SOURCE]);
      const full = checkDocument(DRAFT, 'markdown', index);
      assert.deepStrictEqual(mismatchTexts(full.findings), ['£19m']);
      assert.deepStrictEqual(spans(full.failures), [[0, first.length, BLOCK_LEFT]]);
      const opened = new IncrementalCheck('markdown', index).check(DRAFT);
      assert.deepStrictEqual(mismatchTexts(opened.findings), ['£19m']);
      assert.deepStrictEqual(spans(opened.failures), spans(full.failures));
      assert.deepStrictEqual(opened.verdicts().mismatches.map((f) => f.claim.text), ['£19m']);
    });
  });

  it('in the CLI: warns of what was left unchecked, where, and reports the rest', () =>
    withStub(numbers, 'findNumbers', numbersThrowingAt('Marker one'), () => {
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'factline-failures-'));
      try {
        fs.writeFileSync(path.join(dir, 'source.md'), 'The council approved 240 new homes on Tuesday.\n\nThe scheme will cost £18m and open in 2027.\n');
        const draft = path.join(dir, 'draft.md');
        fs.writeFileSync(draft, DRAFT);
        let out = '';
        const err: string[] = [];
        const code = run(['check', '--no-bundled', '--source', path.join(dir, 'source.md'), draft], (s) => (out += s), (s) => err.push(s));
        assert.strictEqual(code, 1);
        assert.match(out, /260/);
        assert.match(out, /£19m/);
        const warnings = err.filter((line) => /left unchecked/.test(line));
        assert.strictEqual(warnings.length, 1, err.join(''));
        assert.match(warnings[0], /^factline: warning: .*draft\.md:1:\d+: the figures and dates of this sentence were left unchecked, as checking them threw \(a bug in Factline: please report it\): TypeError: no figures for Marker one \(at /);
        assert.ok(!warnings[0].trimEnd().includes('\n'), 'one line');
      } finally {
        fs.rmSync(dir, { recursive: true, force: true });
      }
    }));

  it('in an article: the facts of the sentence that threw are left out with a warning at it, the rest read, and nothing cached', () =>
    withStub(numbers, 'findNumbers', numbersThrowingAt('Marker one'), () => {
      const text = 'The council approved 240 new homes.\n\nMarker one sentence: it cost £18m. The scheme opens in 2027.\n';
      let kept = 0;
      const cache = { key: () => 'k', *getting() { return undefined; }, set: () => { kept++; return true; } };
      const loaded = sourceFromBytes('article.md', Buffer.from(text), 'article.md', cache);
      const facts = loaded.sources[0].facts.map((f) => f.text);
      assert.ok(facts.includes('240') && facts.includes('2027'), facts.join(', '));
      assert.ok(!facts.includes('£18m'));
      assert.deepStrictEqual(loaded.problems.map((p) => [p.code, p.severity, p.line, p.character]), [['unread-sentence', 'warning', 2, 0]]);
      assert.match(loaded.problems[0].message, /^the figures and dates of this sentence were left out of the facts, as reading them threw .*TypeError: no figures for Marker one/);
      assert.strictEqual(kept, 0);
    }));

  it('in the server: logs each failure once, however many keystrokes keep its block, and publishes the rest', () =>
    withStub(numbers, 'findNumbers', numbersThrowingAt('Marker one'), async () => {
      const uri = 'file:///draft.md';
      const docs = new Map<string, OpenDocument>();
      const context: CheckContext = { index: new FactIndex([SOURCE]), settings: readSettings({}).settings };
      const errors: string[] = [];
      let published: string[][] = [];
      let done: () => void = () => undefined;
      const checks = new DocumentChecks({
        document: (u) => docs.get(u),
        contextFor: async () => context,
        publish: (_u, _v, diagnostics) => {
          published.push(diagnostics.map((d) => String(d.message)));
          done();
        },
        error: (m) => errors.push(m),
      });
      const edit = async (version: number, text: string) => {
        docs.set(uri, { text, version, format: 'markdown' });
        const publication = new Promise<void>((resolve) => (done = resolve));
        checks.changed(uri, text, 0);
        await publication;
      };
      await edit(1, DRAFT);
      await edit(2, `${DRAFT}\nA third paragraph.\n`);
      await edit(3, `${DRAFT}\nA third paragraph, edited.\n`);
      assert.strictEqual(errors.length, 1, errors.join('\n'));
      assert.match(errors[0], /^checking file:\/\/\/draft\.md: the figures and dates of this sentence were left unchecked at line 1, as checking them threw \(a bug in Factline: please report it\): TypeError: no figures for Marker one\n\s+at /);
      assert.strictEqual(published.length, 3);
      for (const messages of published) assert.strictEqual(messages.length, 2, messages.join('\n'));
      published = [];
    }));
});
