/**
 * Runs the extension-host suite (test/e2e/suite, the same `run()` entry as the @vscode/test-electron
 * template) inside a real VS Code: code-server 4.100.3 driven headless by Chromium. The extension is
 * loaded from the project folder as a development extension (`dist/client.js` must be built).
 *
 *   node out/test/e2e/runInCodeServer.js         (after bash test/e2e/setup.sh, npm run build, tsc -b)
 *
 * Env: FACTLINE_E2E_GREP (mocha grep inside the suite), FACTLINE_E2E_TIMEOUT_S (whole suite, default 300),
 * FACTLINE_E2E_VERBOSE=1 (echo code-server's and the browser's logs), FACTLINE_E2E_EXTENSION_DIR (test a
 * scratch copy of the extension instead of the project).
 * Exit code: the suite's (0 when every test passed); the results are in test-results/extension-host.json.
 */
import * as fs from 'fs';
import * as path from 'path';
import { format } from 'util';
import { CodeServer, EXTENSION_DIR, FIXTURES, RESULTS_DIR, ROOT } from './codeServer';

const SUITE = path.join(ROOT, 'out', 'test', 'e2e', 'suite', 'index.js');
const RESULTS = path.join(RESULTS_DIR, 'extension-host.json');
/** Printed by suite/index.ts when Mocha starts. */
const SUITE_MARKER = '[factline-e2e] suite started';
const LOGS = path.join(RESULTS_DIR, 'extension-host-logs');

async function main(): Promise<number> {
  const verbose = process.env.FACTLINE_E2E_VERBOSE === '1';
  const timeoutMs = Number(process.env.FACTLINE_E2E_TIMEOUT_S || 300) * 1000;
  for (const [file, hint] of [[SUITE, 'run npx tsc -b'], [path.join(EXTENSION_DIR, 'dist', 'client.js'), 'run npm run build']]) {
    if (!fs.existsSync(file)) {
      console.error(`runInCodeServer: ${file} is missing: ${hint}`);
      return 2;
    }
  }
  fs.mkdirSync(RESULTS_DIR, { recursive: true });
  fs.rmSync(RESULTS, { force: true });

  const started = Date.now();
  if (EXTENSION_DIR !== ROOT) console.log(`runInCodeServer: testing the extension in ${EXTENSION_DIR}`);
  const env: Record<string, string> = { FACTLINE_E2E_RESULTS: RESULTS };
  if (process.env.FACTLINE_E2E_GREP) env.FACTLINE_E2E_GREP = process.env.FACTLINE_E2E_GREP;
  const server = await CodeServer.start({ workspace: path.join(FIXTURES, 'workspace'), env, verbose });
  let code: number;
  try {
    const page = await server.newPage();
    let resolveExit: (code: number) => void = () => undefined;
    const exited = new Promise<number>((resolve) => (resolveExit = resolve));
    // The workbench calls these when it runs extension tests: the extension host's console (mocha's
    // reporter included) and, at the end, the exit code.
    // The workbench's own log comes through codeAutomationLog as well: echo it only with
    // FACTLINE_E2E_VERBOSE=1 or when it is an error, until the suite announces itself.
    let suiteStarted = false;
    await page.exposeFunction('codeAutomationLog', (type: string, args: unknown[]) => {
      const text = format(...(Array.isArray(args) ? args : [args]));
      if (text.includes(SUITE_MARKER)) suiteStarted = true;
      const noise = /ENOTFOUND open-vsx\.org/.test(text);
      if (!(suiteStarted || verbose || (type === 'error' && !noise))) return;
      if (type === 'error' || type === 'warn') process.stderr.write(`${text}\n`);
      else process.stdout.write(`${text}\n`);
    });
    await page.exposeFunction('codeAutomationExit', (c: number) => resolveExit(Number(c)));
    if (verbose) page.on('console', (m) => process.stderr.write(`[browser ${m.type()}] ${m.text()}\n`));
    page.on('pageerror', (e) => process.stderr.write(`[browser pageerror] ${e.message}\n`));

    await page.goto(server.url([
      ['extensionDevelopmentPath', `vscode-remote://remote${EXTENSION_DIR}`],
      ['extensionTestsPath', `vscode-remote://remote${SUITE}`],
    ]));
    let timer: NodeJS.Timeout | undefined;
    const timedOut = new Promise<number>((resolve) => { timer = setTimeout(() => resolve(-1), timeoutMs); });
    code = await Promise.race([exited, timedOut]);
    clearTimeout(timer);
    if (code === -1) {
      await page.screenshot({ path: path.join(RESULTS_DIR, 'extension-host-timeout.png') }).catch(() => undefined);
      console.error(`runInCodeServer: the suite did not finish within ${timeoutMs / 1000} s (screenshot: test-results/extension-host-timeout.png)`);
      code = 1;
    }
    if (code !== 0) {
      server.saveLogs(LOGS);
      console.error(`runInCodeServer: code-server's logs (extension host, output channels): ${path.relative(ROOT, LOGS)}/`);
      for (const log of findFiles(LOGS, (f) => /factline\.factline/.test(f) && f.endsWith('.log'))) {
        const lines = fs.readFileSync(log, 'utf8').trimEnd().split('\n');
        console.error(`--- last lines of ${path.relative(ROOT, log)} ---\n${lines.slice(-25).join('\n')}\n---`);
      }
    }
  } finally {
    await server.dispose();
  }

  const secs = ((Date.now() - started) / 1000).toFixed(1);
  if (!fs.existsSync(RESULTS)) {
    console.error(`runInCodeServer: the suite wrote no results file (${RESULTS}); exit code ${code}`);
    return code || 1;
  }
  const results = JSON.parse(fs.readFileSync(RESULTS, 'utf8')) as { passes: number; failures: number; pending: number };
  console.log(`extension host (code-server): ${results.passes} passed, ${results.failures} failed, ${results.pending} pending in ${secs} s; exit code ${code}`);
  if (results.passes === 0 && code === 0) {
    console.error('runInCodeServer: no test ran');
    return 1;
  }
  return code === 0 && results.failures === 0 ? 0 : 1;
}

function findFiles(dir: string, accept: (file: string) => boolean): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const file = path.join(dir, e.name);
    return e.isDirectory() ? findFiles(file, accept) : accept(file) ? [file] : [];
  });
}

main().then(
  (code) => { process.exitCode = code; },
  (err) => {
    console.error(`runInCodeServer: ${err instanceof Error ? err.stack : err}`);
    process.exitCode = 1;
  },
);
