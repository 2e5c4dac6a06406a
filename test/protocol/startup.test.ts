import * as assert from 'assert';
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { tempDir } from '../helpers/cli';
import { SERVER } from '../helpers/lspClient';

describe("the language server's start", function () {
  this.timeout(30000);

  // vscode-languageserver imports child_process for what Factline never asks of it; loading it took
  // 35-60 ms of every start (see lazyChildProcess).
  it('loads none of the Node modules it does not use: child_process', () => {
    const list = path.join(tempDir(), 'modules.json');
    const preload = path.join(tempDir(), 'listModules.js');
    fs.writeFileSync(preload, `process.on('exit', () => require('fs').writeFileSync(${JSON.stringify(list)}, JSON.stringify(process.moduleLoadList)));\n`);
    // With its input closed at once the server starts, loads all it loads at a start, and ends.
    const r = spawnSync(process.execPath, ['--require', preload, SERVER, '--stdio'], { input: '', encoding: 'utf8', timeout: 20000 });
    assert.strictEqual(r.error, undefined);
    const loaded = JSON.parse(fs.readFileSync(list, 'utf8')) as string[];
    assert.ok(loaded.includes('NativeModule net'), 'the list holds what the server loaded');
    assert.deepStrictEqual(loaded.filter((m) => /child_process/.test(m)), []);
  });
});
