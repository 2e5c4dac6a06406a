import * as assert from 'assert';
import { DiagnosticSeverity } from 'vscode-languageserver-types';
import { MAX_SOURCE_PATTERNS, readSettings, severityOf } from '../../server/src/lsp/settings';

describe('readSettings', () => {
  it('takes a severity only by its own name: "__proto__" or "toString" falls back to warning, and says so', () => {
    for (const name of ['__proto__', 'constructor', 'toString', 'hasOwnProperty', 'foo']) {
      const { settings, problems } = readSettings({ severity: name });
      assert.strictEqual(severityOf(settings), DiagnosticSeverity.Warning, name);
      assert.deepStrictEqual(problems, ['factline.severity must be one of error, warning, information, hint; using "warning"'], name);
    }
    assert.strictEqual(severityOf(readSettings({ factline: { severity: 'hint' } }).settings), DiagnosticSeverity.Hint);
  });

  it(`reads the first ${MAX_SOURCE_PATTERNS} source patterns of a longer list, and says so`, () => {
    const patterns = Array.from({ length: 10_000 }, (_, i) => `sources/${i}/*.md`);
    const { settings, problems } = readSettings({ sources: patterns });
    assert.deepStrictEqual(settings.sources, patterns.slice(0, MAX_SOURCE_PATTERNS));
    assert.deepStrictEqual(problems, [`factline.sources lists 10000 patterns; only the first ${MAX_SOURCE_PATTERNS} are read`]);
    assert.deepStrictEqual(readSettings({ sources: ['a/*.md'] }), { settings: { ...readSettings({}).settings, sources: ['a/*.md'] }, problems: [] });
  });
});
