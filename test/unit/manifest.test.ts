import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { DEFAULT_SETTINGS } from '../../server/src/lsp/settings';
import { ROOT } from '../helpers/core';

const manifest = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));

describe('package.json manifest', () => {
  it('contributes exactly the settings the server reads, with the same defaults, and the trace the language client reads', () => {
    const properties = manifest.contributes.configuration.properties as Record<string, { default: unknown; enum?: string[]; markdownDescription?: string; description?: string }>;
    // vscode-languageclient reads `<client id>.trace.server` itself and passes it on as LSP's trace.
    const trace = 'factline.trace.server';
    assert.deepStrictEqual(Object.keys(properties).sort(), [...Object.keys(DEFAULT_SETTINGS).map((k) => `factline.${k}`), trace].sort());
    assert.deepStrictEqual(properties[trace].enum, ['off', 'messages', 'verbose']);
    assert.match(fs.readFileSync(path.join(ROOT, 'client', 'src', 'extension.ts'), 'utf8'), /new LanguageClient\('factline',/, 'the client id the setting is named by');
    for (const [key, value] of Object.entries(DEFAULT_SETTINGS)) {
      assert.deepStrictEqual(properties[`factline.${key}`].default, value, key);
      assert.ok(properties[`factline.${key}`].markdownDescription ?? properties[`factline.${key}`].description, `${key} has no description`);
    }
  });

  it('contributes every command the client registers, and no other', () => {
    const client = fs.readFileSync(path.join(ROOT, 'client', 'src', 'extension.ts'), 'utf8');
    const registered = [...client.matchAll(/registerCommand\(\s*'([^']+)'/g)].map((m) => m[1]);
    assert.ok(client.includes('registerCommand(OPEN_SOURCE_COMMAND'), 'the open-source command is registered');
    const contributed = (manifest.contributes.commands as Array<{ command: string }>).map((c) => c.command).sort();
    assert.deepStrictEqual(contributed, [...registered, 'factline.openSource'].sort());
  });

  it('ships the bundles, the facts and the grammars it names', () => {
    assert.strictEqual(manifest.main, './dist/client.js');
    assert.deepStrictEqual(manifest.bin, { factline: 'dist/factline.js', 'factline-ls': 'dist/server.js' });
    for (const grammar of manifest.contributes.grammars ?? []) assert.ok(fs.existsSync(path.join(ROOT, grammar.path)), grammar.path);
    for (const schema of manifest.contributes.jsonValidation ?? []) assert.ok(fs.existsSync(path.join(ROOT, schema.url)), schema.url);
    assert.strictEqual(manifest.capabilities.untrustedWorkspaces.supported, 'limited');
  });
});
