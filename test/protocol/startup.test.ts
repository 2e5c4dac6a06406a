import * as assert from 'assert';
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { tempDir } from '../helpers/cli';
import { pathToFileURL } from 'url';
import { checkDocument } from '../../server/src/core/check/checkDocument';
import { FactIndex } from '../../server/src/core/match/factIndex';
import { loadBundledFacts } from '../../server/src/node/bundledFacts';
import { ROOT } from '../helpers/core';
import { LspTestClient, SERVER } from '../helpers/lspClient';

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

  // markdown-it's `entities` is the bundle's own stand-in (see lazyEntities), which loads the
  // package's decoders when a draft first holds an entity: they must decode as the package does.
  it('reads a draft holding HTML entities as the core does with markdown-it and its entities, in text and in links', async () => {
    const draft = 'Some 130,000 former residents fled &amp; the republic was dissolved on 1 February 2024 &mdash; see [the report](https://example.org/?a=1&amp;b=2 "Arrivals &amp; departures").\n';
    const expected = checkDocument(draft, 'markdown', new FactIndex(loadBundledFacts())).findings.filter((f) => f.verdict === 'mismatch').length;
    assert.strictEqual(expected, 2, 'the figure and the date, whatever the entities around them');
    const client = await LspTestClient.start();
    try {
      const uri = pathToFileURL(path.join(tempDir(), 'entities.md')).href;
      client.open(uri, draft);
      const published = await client.waitForCurrent(uri, 20000);
      assert.deepStrictEqual(client.logs.filter((l) => /failed|error/i.test(l)), []);
      assert.strictEqual(published.diagnostics.length, expected);
    } finally {
      await client.stop();
    }
  });

  // The package ships the bundles without node_modules: a module the bundle finds at run time (fdir
  // looked for picomatch from beside the bundle, and loaded it from the repository's node_modules in
  // every start here, ~8 ms) would be whatever lies in a node_modules folder above the installed
  // extension, run with the server's rights.
  it('runs no package from a node_modules folder around it, checking sources of a workspace', async () => {
    const root = tempDir();
    const pkg = path.join(root, 'factline');
    fs.mkdirSync(path.join(pkg, 'dist'), { recursive: true });
    for (const f of ['server.js', 'language-server.js', 'builtin-facts.bin']) fs.copyFileSync(path.join(ROOT, 'dist', f), path.join(pkg, 'dist', f));
    fs.copyFileSync(path.join(ROOT, 'package.json'), path.join(pkg, 'package.json'));
    fs.cpSync(path.join(ROOT, 'facts'), path.join(pkg, 'facts'), { recursive: true });
    const ran = path.join(root, 'ran.txt');
    const manifest = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { dependencies: Record<string, string> };
    const lockfile = JSON.parse(fs.readFileSync(path.join(ROOT, 'package-lock.json'), 'utf8')) as { packages: Record<string, unknown> };
    // Every package installed for the repository, in folders the server's own and its parent's.
    const names = Object.keys(lockfile.packages).flatMap((p) => (p.startsWith('node_modules/') ? [p.slice('node_modules/'.length)] : []));
    assert.ok(Object.keys(manifest.dependencies).every((d) => names.includes(d)), 'the runtime dependencies are among them');
    for (const [at, name] of names.flatMap((n) => [pkg, root].map((at) => [at, n]))) {
      const dir = path.join(at, 'node_modules', name);
      fs.mkdirSync(dir, { recursive: true });
      fs.writeFileSync(path.join(dir, 'package.json'), JSON.stringify({ name, version: '0.0.0', main: 'index.js' }));
      fs.writeFileSync(path.join(dir, 'index.js'), `require('fs').appendFileSync(${JSON.stringify(ran)}, ${JSON.stringify(`${dir}\n`)});\n`);
    }
    const folder = path.join(root, 'workspace');
    fs.mkdirSync(path.join(folder, 'sources'), { recursive: true });
    fs.writeFileSync(path.join(folder, 'sources', 'bridge.md'), '# Bridge reopens\n\nThe council said on Monday that the repairs cost £42.8m in total.\n');
    const client = await LspTestClient.start({ server: path.join(pkg, 'dist', 'server.js'), folders: [folder], configuration: () => ({}) });
    try {
      const uri = pathToFileURL(path.join(folder, 'draft.md')).href;
      client.open(uri, 'The council said the repairs cost £48.2m in total.\n');
      const published = await client.waitForCurrent(uri, 20000);
      assert.strictEqual(published.diagnostics.length, 1, 'the sources were found and read');
    } finally {
      await client.stop();
    }
    assert.strictEqual(fs.existsSync(ran) ? fs.readFileSync(ran, 'utf8') : '', '');
  });
});
