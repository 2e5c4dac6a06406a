import * as assert from 'assert';
import { types } from 'util';
import * as vm from 'vm';
import { asciiOnly } from '../../server/src/build/asciiOnly';

describe('asciiOnly (the language server bundle in ASCII)', () => {
  // Characters as esbuild leaves them in regular expression literals, escaped or not, in a class or
  // not, with and without the u flag, beside escaped backslashes, and in a string and a template.
  const program = String.raw`({
    plain: /[’“]s$/, identity: /\’x/, unicode: /ẞ|–/giu, afterBackslash: /\\’/, lookbehind: /(?<![\d'’])(\d+)/,
    astral: /🎉+/u, string: 'it’s', template: ` + '`a–b`' + String.raw`, name: 'Zürich'.length,
  })`;

  it('writes nothing beyond ASCII, and the program means the same', () => {
    const ascii = asciiOnly(program);
    assert.match(ascii, /^[\x00-\x7f]*$/);
    const before = vm.runInNewContext(program) as Record<string, unknown>;
    const after = vm.runInNewContext(ascii) as Record<string, unknown>;
    for (const [key, value] of Object.entries(before)) {
      if (types.isRegExp(value)) {
        const other = after[key] as RegExp;
        assert.strictEqual(other.flags, value.flags, key);
        for (const sample of ['’s', '“s', 'it’s', '\\’', '\\x', '’x', 'ẞ', 'ß', '–', '’12', '12', '🎉🎉', 'a']) {
          assert.strictEqual(JSON.stringify(found(sample, other)), JSON.stringify(found(sample, value)), `${key} on ${sample}`);
        }
      } else assert.strictEqual(after[key], value, key);
    }
  });

  /** What a pattern finds, as data (the match arrays of two contexts are not deep-equal). */
  const found = (text: string, re: RegExp) => { const m = text.match(re); return m && [...m, m.index]; };

  it('leaves an ASCII program as it is', () => {
    const source = 'const a = /\\d+\\\\/g; // done\n';
    assert.strictEqual(asciiOnly(source), source);
  });
});
