/**
 * Runs the same extension-host suite (test/e2e/suite) in desktop VS Code through @vscode/test-electron,
 * on machines that have one: VSCODE_EXECUTABLE_PATH names it, or it can be downloaded. When neither
 * works (as on these offline machines) it prints why and exits 0: runInCodeServer.ts runs the suite
 * in a real VS Code here. Plain Node: never imports 'vscode'.
 *
 *   node out/test/e2e/runInElectron.js
 * Env: VSCODE_EXECUTABLE_PATH, FACTLINE_E2E_VSCODE_VERSION (download, default 1.100.3),
 *      FACTLINE_E2E_REQUIRE_ELECTRON=1 (fail instead of skipping).
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';

const ROOT = path.resolve(__dirname, '..', '..', '..');
const SUITE = path.join(ROOT, 'out', 'test', 'e2e', 'suite', 'index.js');
const RESULTS = path.join(ROOT, 'test-results', 'extension-host-electron.json');

async function main(): Promise<number> {
  const { downloadAndUnzipVSCode, runTests, SilentReporter } = await import('@vscode/test-electron');
  const skip = (why: string): number => {
    if (process.env.FACTLINE_E2E_REQUIRE_ELECTRON === '1') {
      console.error(`runInElectron: no VS Code: ${why}`);
      return 1;
    }
    console.log(`runInElectron: SKIPPED, no desktop VS Code here (${why}). Set VSCODE_EXECUTABLE_PATH to run the suite in one; runInCodeServer runs it in a real VS Code (code-server) instead.`);
    return 0;
  };

  let executable = process.env.VSCODE_EXECUTABLE_PATH;
  if (executable && !fs.existsSync(executable)) return skip(`VSCODE_EXECUTABLE_PATH=${executable} does not exist`);
  if (!executable) {
    try {
      executable = await downloadAndUnzipVSCode({
        version: process.env.FACTLINE_E2E_VSCODE_VERSION || '1.100.3',
        cachePath: path.join(ROOT, '.vscode-test'),
        timeout: 15_000,
        reporter: new SilentReporter(),
      });
    } catch (err) {
      return skip(`VSCODE_EXECUTABLE_PATH is unset and the download failed: ${err instanceof Error ? err.message.split('\n')[0] : err}`);
    }
  }

  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'factline-electron-'));
  try {
    const ws = path.join(dir, 'ws');
    fs.cpSync(path.join(ROOT, 'test', 'e2e', 'fixtures', 'workspace'), ws, { recursive: true });
    fs.mkdirSync(path.join(dir, 'user-data', 'User'), { recursive: true });
    fs.writeFileSync(path.join(dir, 'user-data', 'User', 'settings.json'), JSON.stringify({
      'workbench.startupEditor': 'none', 'security.workspace.trust.enabled': false, 'telemetry.telemetryLevel': 'off',
      'extensions.autoCheckUpdates': false, 'extensions.autoUpdate': false, 'update.mode': 'none',
    }));
    fs.rmSync(RESULTS, { force: true });
    const env: Record<string, string> = { FACTLINE_E2E_RESULTS: RESULTS };
    if (process.env.FACTLINE_E2E_GREP) env.FACTLINE_E2E_GREP = process.env.FACTLINE_E2E_GREP;
    const code = await runTests({
      vscodeExecutablePath: executable,
      extensionDevelopmentPath: ROOT,
      extensionTestsPath: SUITE,
      extensionTestsEnv: env,
      launchArgs: [ws, '--disable-extensions', '--disable-workspace-trust', '--skip-welcome', '--skip-release-notes',
        `--user-data-dir=${path.join(dir, 'user-data')}`, `--extensions-dir=${path.join(dir, 'extensions')}`],
    }).then(() => 0, (err) => {
      console.error(`runInElectron: ${err instanceof Error ? err.message : err}`);
      return 1;
    });
    if (fs.existsSync(RESULTS)) {
      const r = JSON.parse(fs.readFileSync(RESULTS, 'utf8')) as { passes: number; failures: number; pending: number };
      console.log(`extension host (desktop VS Code): ${r.passes} passed, ${r.failures} failed, ${r.pending} pending`);
    }
    return code;
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

main().then(
  (code) => { process.exitCode = code; },
  (err) => {
    console.error(`runInElectron: ${err instanceof Error ? err.stack : err}`);
    process.exitCode = 1;
  },
);
