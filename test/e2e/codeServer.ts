/**
 * Starts a real VS Code (code-server 4.100.3, installed by test/e2e/setup.sh) for one test run, and
 * drives it with Debian's Chromium through playwright-core. Plain Node: never imports 'vscode'.
 *
 * Each run gets a fresh temporary folder (user data, extensions, XDG dirs, TMPDIR, a copy of the
 * workspace), code-server runs in its own process group, and `dispose()` kills that whole group and
 * removes the folder, also when the run is interrupted.
 */
import { ChildProcess, spawn, spawnSync } from 'child_process';
import * as fs from 'fs';
import * as http from 'http';
import * as net from 'net';
import * as os from 'os';
import * as path from 'path';
import type { Browser, Page } from 'playwright-core';

/** The project root (this file compiles to out/test/e2e/). */
export const ROOT = path.resolve(__dirname, '..', '..', '..');
/**
 * The extension under test: the project itself, or a scratch copy (package.json, dist/, facts/ …)
 * named by FACTLINE_E2E_EXTENSION_DIR, e.g. to check that the suite goes red on a broken build.
 */
export const EXTENSION_DIR = path.resolve(process.env.FACTLINE_E2E_EXTENSION_DIR || ROOT);
export const FIXTURES = path.join(ROOT, 'test', 'e2e', 'fixtures');
export const RESULTS_DIR = path.join(ROOT, 'test-results');
export const CODE_SERVER_VERSION = '4.100.3';
export const CODE_SERVER_ENTRY = path.join(ROOT, '.vscode-test', 'code-server', 'node_modules', 'code-server', 'out', 'node', 'entry.js');
export const CHROMIUM = process.env.FACTLINE_E2E_CHROMIUM || '/usr/bin/chromium';

const USER_SETTINGS = {
  'workbench.startupEditor': 'none',
  'security.workspace.trust.enabled': false,
  'telemetry.telemetryLevel': 'off',
  'extensions.autoCheckUpdates': false,
  'extensions.autoUpdate': false,
  'update.mode': 'none',
  'workbench.tips.enabled': false,
  'workbench.enableExperiments': false,
  'git.enabled': false,
  'chat.disableAIFeatures': true,
};

/** Why the real-editor tests cannot run here, or undefined when they can. */
export function missingPrerequisite(): string | undefined {
  if (!fs.existsSync(CODE_SERVER_ENTRY)) return `code-server is not installed (${CODE_SERVER_ENTRY}): run bash test/e2e/setup.sh`;
  if (!fs.existsSync(CHROMIUM)) return `Chromium is missing (${CHROMIUM}): run bash test/e2e/setup.sh`;
  return undefined;
}

// ---- cleanup on interruption ----------------------------------------------------------------------

const cleanups = new Set<() => void>();
let handlersInstalled = false;
function onInterrupt(cleanup: () => void): () => void {
  cleanups.add(cleanup);
  if (!handlersInstalled) {
    handlersInstalled = true;
    const runAll = () => {
      for (const c of [...cleanups]) {
        try { c(); } catch { /* best effort */ }
      }
      cleanups.clear();
    };
    process.on('exit', runAll);
    for (const sig of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
      process.once(sig, () => { runAll(); process.exit(130); });
    }
  }
  return () => cleanups.delete(cleanup);
}

// ---- code-server --------------------------------------------------------------------------------

export interface CodeServerOptions {
  /** Folder copied into the run's temp dir and opened as the workspace. */
  workspace: string;
  /** Extra environment for code-server and so for the extension host. */
  env?: Record<string, string>;
  /** A .vsix to install into the run's (empty) extensions dir before starting. */
  vsix?: string;
  /** Echo code-server's own output (else it is kept and printed only on failure). */
  verbose?: boolean;
}

export class CodeServer {
  /** The copy of the workspace that code-server opens. */
  readonly workspace: string;
  readonly port: number;
  readonly output: string[] = [];
  private proc: ChildProcess | undefined;
  private browser: Browser | undefined;
  private disposed = false;
  private readonly unregister: () => void;

  private constructor(readonly dir: string, port: number) {
    this.workspace = path.join(dir, 'ws');
    this.port = port;
    this.unregister = onInterrupt(() => this.killNow());
  }

  static async start(options: CodeServerOptions): Promise<CodeServer> {
    const missing = missingPrerequisite();
    if (missing) throw new Error(missing);
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'factline-e2e-'));
    const server = new CodeServer(dir, await freePort());
    try {
      await server.launch(options);
      return server;
    } catch (err) {
      await server.dispose();
      throw err;
    }
  }

  private dirs() {
    const d = (name: string) => path.join(this.dir, name);
    return { udd: d('user-data'), exts: d('extensions'), xdgConfig: d('xdg-config'), xdgData: d('xdg-data'), tmp: d('tmp'), config: d('config.yaml') };
  }

  private env(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
    const { xdgConfig, xdgData, tmp } = this.dirs();
    const env: NodeJS.ProcessEnv = { ...process.env, XDG_CONFIG_HOME: xdgConfig, XDG_DATA_HOME: xdgData, XDG_CACHE_HOME: path.join(tmp, 'cache'), TMPDIR: tmp, ...extra };
    // A VS Code that started this process must not leak its IPC hooks into the one under test.
    for (const key of Object.keys(env)) if (/^(VSCODE_|ELECTRON_RUN_AS_NODE)/.test(key)) delete env[key];
    return env;
  }

  private async launch(options: CodeServerOptions): Promise<void> {
    const { udd, exts, xdgConfig, xdgData, tmp, config } = this.dirs();
    for (const d of [path.join(udd, 'User'), exts, xdgConfig, xdgData, tmp]) fs.mkdirSync(d, { recursive: true });
    fs.writeFileSync(path.join(udd, 'User', 'settings.json'), JSON.stringify(USER_SETTINGS, null, 2));
    fs.writeFileSync(config, `bind-addr: 127.0.0.1:${this.port}\nauth: none\ncert: false\n`);
    fs.cpSync(options.workspace, this.workspace, { recursive: true });
    const common = ['--config', config, '--user-data-dir', udd, '--extensions-dir', exts];

    if (options.vsix) {
      const r = spawnSync(process.execPath, [CODE_SERVER_ENTRY, ...common, '--install-extension', options.vsix], {
        env: this.env(options.env), encoding: 'utf8', timeout: 120_000,
      });
      if (r.status !== 0) throw new Error(`code-server --install-extension ${options.vsix} failed (${r.status}):\n${r.stdout}\n${r.stderr}`);
    }

    const args = [
      CODE_SERVER_ENTRY, ...common, '--bind-addr', `127.0.0.1:${this.port}`, '--auth', 'none',
      '--disable-telemetry', '--disable-update-check', '--disable-workspace-trust', '--disable-getting-started-override',
    ];
    const proc = spawn(process.execPath, args, { detached: true, env: this.env(options.env), stdio: ['ignore', 'pipe', 'pipe'], cwd: this.dir });
    this.proc = proc;
    const keep = (chunk: Buffer) => {
      const text = chunk.toString();
      this.output.push(text);
      if (options.verbose) process.stderr.write(`[code-server] ${text}`);
    };
    proc.stdout!.on('data', keep);
    proc.stderr!.on('data', keep);
    let exited: string | undefined;
    proc.on('exit', (code, signal) => { exited = `code-server exited (${code ?? signal})`; });

    const deadline = Date.now() + 60_000;
    for (;;) {
      if (exited) throw new Error(`${exited} before it was ready:\n${this.output.join('')}`);
      if ((await httpStatus(`http://127.0.0.1:${this.port}/healthz`)) === 200) return;
      if (Date.now() > deadline) throw new Error(`code-server did not answer /healthz within 60 s:\n${this.output.join('')}`);
      await sleep(200);
    }
  }

  /** The workbench URL for the workspace copy, optionally with a development payload. */
  url(payload?: [string, string][]): string {
    let url = `http://127.0.0.1:${this.port}/?folder=${encodeURIComponent(this.workspace)}`;
    if (payload) url += `&payload=${encodeURIComponent(JSON.stringify(payload))}`;
    return url;
  }

  /** Launches headless Chromium (closed by dispose) and opens a page. */
  async newPage(viewport = { width: 1400, height: 900 }): Promise<Page> {
    const { chromium } = await import('playwright-core');
    const { xdgConfig, tmp } = this.dirs();
    this.browser ??= await chromium.launch({
      executablePath: CHROMIUM,
      headless: true,
      // Keep Chromium's caches (dconf, fontconfig) in the run's temp dir, not in ~/.cache.
      env: { ...process.env, XDG_CONFIG_HOME: xdgConfig, XDG_CACHE_HOME: path.join(tmp, 'cache'), TMPDIR: tmp },
      args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage'],
    });
    const context = await this.browser.newContext({ viewport });
    return context.newPage();
  }

  /** Waits until the (remote) extension host process has started: its log says so. */
  async waitForExtensionHost(ms = 60_000): Promise<void> {
    const logs = path.join(this.dirs().udd, 'logs');
    const deadline = Date.now() + ms;
    while (Date.now() < deadline) {
      for (const session of fs.existsSync(logs) ? fs.readdirSync(logs) : []) {
        const log = path.join(logs, session, 'exthost1', 'remoteexthost.log');
        if (fs.existsSync(log) && /Extension host with pid \d+ started/.test(fs.readFileSync(log, 'utf8'))) return;
      }
      await sleep(100);
    }
    throw new Error(`the extension host did not start within ${ms} ms`);
  }

  /** Copies code-server's logs (the extension host's and every output channel's) into `dest`. */
  saveLogs(dest: string): void {
    const logs = path.join(this.dirs().udd, 'logs');
    fs.rmSync(dest, { recursive: true, force: true });
    if (fs.existsSync(logs)) fs.cpSync(logs, dest, { recursive: true });
    fs.mkdirSync(dest, { recursive: true });
    fs.writeFileSync(path.join(dest, 'code-server.log'), this.output.join(''));
  }

  /** Closes the browser, kills code-server's whole process group and removes the temp folder. */
  async dispose(): Promise<void> {
    if (this.disposed) return;
    this.disposed = true;
    if (this.browser) await this.browser.close().catch(() => undefined);
    await this.killGroup();
    fs.rmSync(this.dir, { recursive: true, force: true });
    this.unregister();
  }

  private async killGroup(): Promise<void> {
    const pid = this.proc?.pid;
    if (!pid) return;
    signalGroup(pid, 'SIGTERM');
    const deadline = Date.now() + 5_000;
    while (groupAlive(pid) && Date.now() < deadline) await sleep(100);
    if (groupAlive(pid)) signalGroup(pid, 'SIGKILL');
    const hard = Date.now() + 5_000;
    while (groupAlive(pid) && Date.now() < hard) await sleep(100);
  }

  /** Synchronous last resort on exit or signal. */
  private killNow(): void {
    if (this.disposed) return;
    if (this.proc?.pid) signalGroup(this.proc.pid, 'SIGKILL');
    try { fs.rmSync(this.dir, { recursive: true, force: true }); } catch { /* best effort */ }
  }
}

function signalGroup(pid: number, signal: NodeJS.Signals): void {
  try { process.kill(-pid, signal); } catch { /* already gone */ }
}

function groupAlive(pid: number): boolean {
  try {
    process.kill(-pid, 0);
    return true;
  } catch {
    return false;
  }
}

export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as net.AddressInfo;
      srv.close(() => resolve(port));
    });
  });
}

function httpStatus(url: string): Promise<number | undefined> {
  return new Promise((resolve) => {
    const req = http.get(url, { timeout: 2_000 }, (res) => {
      res.resume();
      resolve(res.statusCode);
    });
    req.on('error', () => resolve(undefined));
    req.on('timeout', () => { req.destroy(); resolve(undefined); });
  });
}
