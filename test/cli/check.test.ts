import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import type * as sarif from 'sarif';
import { factline, tempDir } from '../helpers/cli';

const DRAFT = 'examples/draft.md';
const WORKSPACE = 'examples/workspace';

describe('factline check', () => {
  it('prints one line per mismatch and a summary, and exits 1', () => {
    const r = factline(['check', DRAFT]);
    assert.strictEqual(r.code, 1, r.stderr);
    const lines = r.stdout.trim().split('\n');
    assert.match(lines[0], /^examples\/draft\.md:8:41: warning: "130,000" — source says 120,000 \(Nagorno-Karabakh after the Azerbaijani offensive, ¶7\) \[figure-mismatch\] → 120,000$/);
    assert.match(lines[lines.length - 1], /^4 mismatches in 1 of 1 draft/);
    assert.strictEqual(r.stderr, '');
  });

  it('writes LSP diagnostics as JSON, with fix, fact id and citation', () => {
    const r = factline(['check', '--format', 'json', DRAFT]);
    assert.strictEqual(r.code, 1);
    const out = JSON.parse(r.stdout);
    assert.strictEqual(out.version, 1);
    assert.strictEqual(out.files[0].path, DRAFT);
    const first = out.files[0].diagnostics[0];
    assert.deepStrictEqual(first.range, { start: { line: 7, character: 40 }, end: { line: 7, character: 47 } });
    assert.strictEqual(first.severity, 2);
    assert.strictEqual(first.code, 'figure-mismatch');
    assert.strictEqual(first.source, 'factline');
    assert.strictEqual(first.data.fix, '120,000');
    assert.strictEqual(first.data.factId, 'karabakh-2023/former-armenian-residents');
    assert.strictEqual(first.data.citation.paragraph, 7);
    assert.strictEqual(first.data.citation.title, 'Nagorno-Karabakh after the Azerbaijani offensive');
    assert.match(first.data.citation.quote, /former 120,000 Armenian residents/);
    assert.ok(path.isAbsolute(first.data.citation.source) && fs.existsSync(first.data.citation.source));
    assert.match(first.relatedInformation[0].location.uri, /^file:\/\/.*karabakh-2023\.md$/);
  });

  it('writes SARIF 2.1.0 with one result per mismatch', () => {
    const r = factline(['check', '--format', 'sarif', DRAFT]);
    assert.strictEqual(r.code, 1);
    const log = JSON.parse(r.stdout) as sarif.Log;
    assert.strictEqual(log.version, '2.1.0');
    const run = log.runs[0];
    assert.strictEqual(run.tool.driver.name, 'factline');
    assert.strictEqual(run.columnKind, 'utf16CodeUnits');
    assert.strictEqual(run.results!.length, 4);
    const ruleIds = run.tool.driver.rules!.map((rule) => rule.id);
    for (const result of run.results!) {
      assert.strictEqual(ruleIds[result.ruleIndex!], result.ruleId);
      const region = result.locations![0].physicalLocation!.region!;
      assert.ok(region.startLine! >= 1 && region.startColumn! >= 1, 'SARIF positions are 1-based');
      assert.ok(result.fixes![0].artifactChanges[0].replacements[0].insertedContent!.text);
    }
    assert.deepStrictEqual(run.results![0].locations![0].physicalLocation!.region, { startLine: 8, startColumn: 41, endLine: 8, endColumn: 48 });
  });

  it('adds --source articles to the built-in facts, or uses them alone with --no-bundled', () => {
    const draft = path.join(WORKSPACE, 'drafts', 'bridge-reopens.md');
    const source = path.join(WORKSPACE, 'sources', 'harbour-bridge.md');
    const without = factline(['check', '--format', 'json', '--no-bundled', draft]);
    assert.strictEqual(without.code, 0);
    assert.deepStrictEqual(JSON.parse(without.stdout).files[0].diagnostics, []);
    const withSource = factline(['check', '--format', 'json', '--source', source, draft]);
    assert.strictEqual(withSource.code, 1);
    const fixes = JSON.parse(withSource.stdout).files[0].diagnostics.map((d: { data: { fix: string } }) => d.data.fix);
    assert.deepStrictEqual(fixes, ['26-month', 'January 2023', '112', '1 June']);
  });

  it('searches a folder for .md and .txt drafts', () => {
    const dir = tempDir();
    fs.mkdirSync(path.join(dir, 'sub'));
    fs.writeFileSync(path.join(dir, 'a.md'), 'Nearly all of the area’s former 130,000 Armenian residents have now fled to Armenia.\n');
    fs.writeFileSync(path.join(dir, 'sub', 'b.txt'), 'Nothing to check here.\n');
    fs.writeFileSync(path.join(dir, 'c.json'), '{}');
    const r = factline(['check', '--format', 'json', dir]);
    assert.strictEqual(r.code, 1);
    assert.deepStrictEqual(JSON.parse(r.stdout).files.map((f: { path: string }) => path.relative(dir, f.path)), ['a.md', path.join('sub', 'b.txt')]);
  });

  it('honours fact files and [@fact:ID] annotations, and reports unknown ids with the closest one as fix', function () {
    this.timeout(15_000); // three runs of the binary
    const dir = tempDir();
    const draft = path.join(dir, 'draft.md');
    fs.writeFileSync(
      draft,
      [
        'The bridge reopened after a repair costing £48.2m. [@fact:bridge/cost]',
        '',
        'A crowd of 130,000 gathered [@fact:karabakh-2023/former-armenian-residents], and the overspend was £19.2 million.',
        '',
        'Tolls stay suspended until 1 July [@fact:bridge/stay-suspendd].',
        '',
      ].join('\n'),
    );
    const curated = path.join('test', 'fixtures', 'factfiles', 'curated.facts.json');
    const article = path.join('test', 'fixtures', 'factfiles', 'bridge.md');
    const r = factline(['check', '--format', 'json', '--source', article, '--source', curated, draft]);
    assert.strictEqual(r.code, 1, r.stderr);
    assert.strictEqual(r.stderr, '', 'the fixture fact file has no problems');
    const diagnostics = JSON.parse(r.stdout).files[0].diagnostics;
    assert.deepStrictEqual(
      diagnostics.map((d: { code: string; range: { start: { line: number } }; data: { fix?: string } }) => [d.code, d.range.start.line, d.data.fix]),
      [
        ['figure-mismatch', 2, '120,000'],
        ['money-mismatch', 2, '£17.2 million'],
        ['date-mismatch', 4, 'June'], // context matching still checks a claim whose annotation names no fact
        ['unknown-fact-id', 4, 'bridge/stay-suspended'],
      ],
    );
    assert.match(diagnostics[3].message, /no loaded fact has the id "bridge\/stay-suspendd"; did you mean "bridge\/stay-suspended"\?/);
    const text = factline(['check', '--source', article, '--source', curated, draft]);
    assert.match(text.stdout, /draft\.md:5:42: warning: no loaded fact has the id .* \[unknown-fact-id\] → bridge\/stay-suspended/);
    assert.match(text.stdout, /3 mismatches in 1 of 1 draft \(\d+ verified, \d+ without a matching fact\); 1 unknown fact id\n$/);
    const sarif = JSON.parse(factline(['check', '--format', 'sarif', '--source', article, '--source', curated, draft]).stdout) as sarif.Log;
    assert.deepStrictEqual(sarif.runs[0].results!.map((res) => res.ruleId), ['figure-mismatch', 'money-mismatch', 'date-mismatch', 'unknown-fact-id']);
  });

  // A paragraph whose words said it restates the article once kept the draft's other paragraphs from
  // the fact file's facts: the overspend, which only the council's minutes state, went unchecked.
  it('compares every paragraph with a fact file\'s facts, whatever the draft\'s words say it restates', () => {
    const draft = path.join(tempDir(), 'draft.md');
    fs.writeFileSync(draft, 'The Eastgate harbour bridge reopened to traffic after a repair that took 26 months, engineers said.\n\nThe overspend was £19.2 million.\n');
    const r = factline(['check', '--format', 'json', '--source', path.join('test', 'fixtures', 'factfiles', 'bridge.md'), '--source', path.join('test', 'fixtures', 'factfiles', 'curated.facts.json'), draft]);
    const diagnostics = JSON.parse(r.stdout).files[0].diagnostics as Array<{ code: string; data: { fix: string; factId: string } }>;
    assert.deepStrictEqual(diagnostics.map((d) => [d.code, d.data.fix, d.data.factId]), [['money-mismatch', '£17.2 million', 'council/repair-overrun']]);
  });

  it('warns on stderr about problems in a fact file that keep its facts', () => {
    const dir = tempDir();
    const facts = path.join(dir, 'mine.facts.json');
    fs.writeFileSync(facts, '{\n  "facts": [\n    {"id": "mine/residents", "value": "120,000", "note": "x", "notes": "y", "aliases": ["residents"], "source": {"url": "https://example.org", "title": "E"}, "quote": "About 120,000 residents left the region."}\n  ]\n}\n');
    const draft = path.join(dir, 'd.md');
    fs.writeFileSync(draft, 'In all, 130,000 residents left.\n');
    const r = factline(['check', '--no-bundled', '--source', facts, draft]);
    assert.strictEqual(r.code, 1, r.stderr);
    assert.match(r.stderr, /^factline: warning: .*mine\.facts\.json:3:63: fact #1 \(mine\/residents\): unknown property "notes" \(did you mean "note"\?\); it is ignored\n$/);
    assert.match(r.stdout, /"130,000" — source says 120,000/);
  });

  it('keeps one line per mismatch for a date written across a line break, in a draft named with one', () => {
    const file = path.join(tempDir(), 'two\nlines.md');
    fs.writeFileSync(file, 'The republic was dissolved on 1\nFebruary 2024, officials said.\n');
    const r = factline(['check', file]);
    assert.strictEqual(r.code, 1, r.stderr);
    const lines = r.stdout.trim().split('\n');
    assert.strictEqual(lines.length, 2, r.stdout);
    assert.ok(lines[0].endsWith('two\\nlines.md:1:31: warning: "1 February 2024" — source says January 1, 2024 (Nagorno-Karabakh after the Azerbaijani offensive, ¶3) [date-mismatch] → 1\\nJanuary 2024'), lines[0]);
  });

  it('checks against both of two articles of one file name in different folders, with and without a cache', function () {
    this.timeout(20_000); // five runs of the binary
    const dir = tempDir();
    const report = (year: string, text: string) => {
      const file = path.join(dir, 'sources', year, 'report.md');
      fs.mkdirSync(path.dirname(file), { recursive: true });
      fs.writeFileSync(file, text);
      return file;
    };
    // Written alike, their facts have one subject: under one prefix, the second's turnout was dropped.
    const velda = report('2023', '# Velda election\n\nTurnout reached 67.4% in the Velda council election on 2 May 2023, officials said.\n');
    const orme = report('2024', '# Orme election\n\nTurnout reached 58.1% in the Orme council election on 4 May 2024, officials said.\n');
    const draft = path.join(dir, 'draft.md');
    fs.writeFileSync(draft, 'Turnout reached 61.4% in the Velda council election.\n\nTurnout reached 52.1% in the Orme council election.\n');
    const cache = path.join(dir, 'cache');
    for (const args of [[], ['--cache', cache], ['--cache', cache]]) {
      const r = factline(['check', '--format', 'json', '--no-bundled', ...args, '--source', velda, '--source', orme, draft]);
      assert.strictEqual(r.stderr, '', 'no fact id is given twice');
      const diagnostics = JSON.parse(r.stdout).files[0].diagnostics;
      assert.deepStrictEqual(
        diagnostics.map((d: { data: { fix: string; factId: string } }) => [d.data.fix, d.data.factId.split('/')[0]]),
        [
          ['67.4%', '2023-report'],
          ['58.1%', '2024-report'],
        ],
        args.join(' '),
      );
    }
    // Alone, an article keeps the ids its file name gives it.
    const alone = JSON.parse(factline(['check', '--format', 'json', '--no-bundled', '--cache', cache, '--source', orme, draft]).stdout);
    assert.deepStrictEqual(alone.files[0].diagnostics.map((d: { data: { factId: string } }) => d.data.factId), ['report/turnout-reached']);
    const extracted = JSON.parse(factline(['extract', velda, orme]).stdout);
    assert.deepStrictEqual([...new Set(extracted.facts.map((f: { id: string }) => f.id.split('/')[0]))], ['2023-report', '2024-report']);
  });

  it('exits 0 when every figure agrees', () => {
    const dir = tempDir();
    const file = path.join(dir, 'ok.md');
    fs.writeFileSync(file, 'Some 120 000 former Armenian residents of the area have fled to Armenia since 19 September.\n');
    const r = factline(['check', file]);
    assert.strictEqual(r.code, 0, r.stdout);
    assert.match(r.stdout, /^no mismatches in 1 draft \(2 verified/);
  });
});

describe('factline bad input', () => {
  function expectUsageError(args: string[], reason: RegExp): void {
    const r = factline(args);
    assert.strictEqual(r.code, 2, `${args.join(' ')}: ${r.stdout}${r.stderr}`);
    assert.strictEqual(r.stdout, '', 'nothing on stdout');
    assert.strictEqual(r.stderr.trim().split('\n').length, 1, `one line: ${r.stderr}`);
    assert.match(r.stderr, reason);
  }

  it('rejects a missing draft, an unknown option, a bad format and no files', () => {
    expectUsageError(['check', 'no/such/draft.md'], /no\/such\/draft\.md: no such file/);
    expectUsageError(['check', '--bogus', DRAFT], /Unknown option '--bogus'/);
    expectUsageError(['check', '--format', 'xml', DRAFT], /unknown --format 'xml'/);
    expectUsageError(['check'], /at least one draft/);
    expectUsageError(['frobnicate'], /unknown command 'frobnicate'/);
  });

  it('rejects binary and non-UTF-8 drafts and an empty folder', () => {
    const dir = tempDir();
    fs.writeFileSync(path.join(dir, 'image.md'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 1, 2]));
    fs.writeFileSync(path.join(dir, 'latin1.md'), Buffer.from('Caf\xe9 120,000', 'latin1'));
    fs.mkdirSync(path.join(dir, 'empty'));
    expectUsageError(['check', path.join(dir, 'image.md')], /image\.md: binary file/);
    expectUsageError(['check', path.join(dir, 'latin1.md')], /latin1\.md: not valid UTF-8/);
    expectUsageError(['check', path.join(dir, 'empty')], /no \.md or \.txt drafts/);
  });

  it('rejects missing and malformed sources, naming the file and line', () => {
    const dir = tempDir();
    fs.writeFileSync(path.join(dir, 'broken.facts.json'), '{\n  "facts": [\n    { "id": 1 }\n  ]\n}\n');
    fs.writeFileSync(path.join(dir, 'notjson.facts.json'), '{ "facts": [ }');
    fs.writeFileSync(path.join(dir, 'source.pdf'), 'x');
    expectUsageError(['check', '--source', path.join(dir, 'missing.md'), DRAFT], /missing\.md: no such file/);
    expectUsageError(['check', '--source', path.join(dir, 'broken.facts.json'), DRAFT], /broken\.facts\.json:3:13: fact #1: "id" must be a non-empty string/);
    expectUsageError(['check', '--source', path.join(dir, 'notjson.facts.json'), DRAFT], /notjson\.facts\.json:1:14: not valid JSON: value expected/);
    expectUsageError(['check', '--source', path.join(dir, 'source.pdf'), DRAFT], /not a source/);
  });
});
