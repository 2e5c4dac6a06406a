/**
 * `npm run test:e2e` after setup, build and tsc: runs the real-editor tests one after the other, each
 * even when an earlier one failed, and exits non-zero if any failed.
 *   1. the extension-host suite in code-server (runInCodeServer)
 *   2. the same suite in desktop VS Code (runInElectron; skips when there is none)
 *   3. the UI test (packaged .vsix in code-server) and the Neovim test (mocha)
 * Each child runs in its own process group, killed at the end (and on a timeout) so nothing is left behind.
 */
import { spawn } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';

const ROOT = path.resolve(__dirname, '..', '..', '..');
const OUT = path.join(ROOT, 'out', 'test', 'e2e');
const MOCHA = path.join(ROOT, 'node_modules', 'mocha', 'bin', 'mocha.js');

interface Step {
  name: string;
  args: string[];
  timeoutS: number;
  /** Reads "N passed, N failed" counts from the step's output. */
  count: (output: string) => { passed: number; failed: number };
}

const fromRunner = (out: string) => {
  const m = /: (\d+) passed, (\d+) failed/.exec(out);
  return m ? { passed: Number(m[1]), failed: Number(m[2]) } : { passed: 0, failed: 0 };
};
const fromMocha = (out: string) => ({
  passed: Number(/(\d+) passing/.exec(out)?.[1] ?? 0),
  failed: Number(/(\d+) failing/.exec(out)?.[1] ?? 0),
});

const steps: Step[] = [
  { name: 'extension host in code-server', args: [path.join(OUT, 'runInCodeServer.js')], timeoutS: 360, count: fromRunner },
  { name: 'extension host in desktop VS Code', args: [path.join(OUT, 'runInElectron.js')], timeoutS: 360, count: fromRunner },
  {
    name: 'UI (.vsix in code-server) and Neovim',
    args: [MOCHA, '--timeout', '180000', path.join(OUT, 'ui.test.js'), path.join(OUT, 'neovim.test.js')],
    timeoutS: 360,
    count: fromMocha,
  },
];

function run(step: Step): Promise<{ code: number; output: string; secs: number }> {
  const started = Date.now();
  return new Promise((resolve) => {
    const child = spawn(process.execPath, step.args, { cwd: ROOT, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (d: Buffer) => { output += d; process.stdout.write(d); });
    child.stderr.on('data', (d: Buffer) => { output += d; process.stderr.write(d); });
    const killGroup = (sig: NodeJS.Signals) => { try { process.kill(-child.pid!, sig); } catch { /* gone */ } };
    const onSignal = () => { killGroup('SIGTERM'); setTimeout(() => killGroup('SIGKILL'), 3_000).unref(); };
    process.once('SIGINT', onSignal);
    process.once('SIGTERM', onSignal);
    const timer = setTimeout(() => {
      output += `\n${step.name}: timed out after ${step.timeoutS} s\n`;
      console.error(`runAll: ${step.name} timed out after ${step.timeoutS} s; killing it`);
      killGroup('SIGTERM');
      setTimeout(() => killGroup('SIGKILL'), 5_000).unref();
    }, step.timeoutS * 1000);
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      process.off('SIGINT', onSignal);
      process.off('SIGTERM', onSignal);
      killGroup('SIGKILL'); // anything the step left in its group
      resolve({ code: code ?? (signal ? 1 : 0), output, secs: (Date.now() - started) / 1000 });
    });
  });
}

async function main(): Promise<number> {
  const started = Date.now();
  let passed = 0;
  let failed = 0;
  const lines: string[] = [];
  for (const step of steps) {
    console.log(`\n=== e2e: ${step.name} ===`);
    const r = await run(step);
    const c = step.count(r.output);
    passed += c.passed;
    failed += c.failed;
    if (r.code !== 0 && c.failed === 0) failed++; // failed before counting (setup error, crash, timeout)
    lines.push(`  ${r.code === 0 ? 'ok  ' : 'FAIL'} ${step.name}: ${c.passed} passed, ${c.failed} failed (${r.secs.toFixed(1)} s)`);
  }
  fs.mkdirSync(path.join(ROOT, 'test-results'), { recursive: true });
  const secs = ((Date.now() - started) / 1000).toFixed(1);
  console.log(`\n=== e2e summary (${secs} s; screenshots, logs and results in test-results/) ===\n${lines.join('\n')}`);
  console.log(`e2e: ${passed} passed, ${failed} failed`);
  return failed === 0 && passed > 0 ? 0 : 1;
}

main().then((code) => { process.exitCode = code; }, (err) => { console.error(err); process.exitCode = 1; });
