/**
 * The language server in Neovim (Debian's 0.7.2, built-in LSP client, headless): no Factline code on
 * the client side. test/e2e/neovim/lsp-check.lua opens a copy of the example draft, starts
 * `node dist/server.js --stdio`, and reports the diagnostics, a hover and a quick fix's edit.
 * Plain Node (mocha); needs Neovim (bash test/e2e/setup.sh) and npm run build.
 */
import * as assert from 'assert';
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { EXTENSION_DIR, RESULTS_DIR, ROOT } from './codeServer';

const LUA = path.join(ROOT, 'test', 'e2e', 'neovim', 'lsp-check.lua');
const SERVER = path.join(EXTENSION_DIR, 'dist', 'server.js');

interface NvimDiagnostic {
  lnum: number; col: number; end_lnum: number; end_col: number; text: string;
  message: string; code: string; source: string; severity: number; fix: string | null;
}
interface Report {
  steps: { name: string; ms: number; ok: boolean }[];
  errors: string[];
  exit?: { code: number; signal: number };
  serverInfo?: { name: string; version?: string };
  capabilities?: { hover: boolean; codeAction: boolean };
  diagnostics?: NvimDiagnostic[];
  hover?: string;
  actions?: { title: string; kind: string | null; isPreferred: boolean }[];
  applied?: string;
  lineAfterFix?: string;
  diagnosticsAfterFix?: NvimDiagnostic[];
}

function nvimVersion(env: NodeJS.ProcessEnv): string | undefined {
  const r = spawnSync('nvim', ['--version'], { encoding: 'utf8', env });
  return r.status === 0 ? r.stdout.split('\n')[0] : undefined;
}

describe('factline-ls in Neovim (built-in LSP client, headless)', function () {
  this.timeout(90_000);
  let report: Report;
  let draftLines: string[];

  before(function () {
    if (!fs.existsSync(SERVER)) throw new Error(`${SERVER} is missing: run npm run build`);
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'factline-nvim-'));
    try {
      // Neovim writes its log and state under the XDG dirs: keep them in the temp dir, not in ~.
      const xdg = {
        XDG_CONFIG_HOME: path.join(dir, 'config'), XDG_DATA_HOME: path.join(dir, 'data'),
        XDG_STATE_HOME: path.join(dir, 'state'), XDG_CACHE_HOME: path.join(dir, 'cache'), TMPDIR: dir,
      };
      const version = nvimVersion({ ...process.env, ...xdg });
      if (!version) throw new Error('nvim is not installed: run bash test/e2e/setup.sh');
      const ws = path.join(dir, 'ws');
      fs.mkdirSync(path.join(ws, 'drafts'), { recursive: true });
      const draft = path.join(ws, 'drafts', 'draft.md');
      fs.copyFileSync(path.join(ROOT, 'examples', 'draft.md'), draft);
      draftLines = fs.readFileSync(draft, 'utf8').split('\n');
      const out = path.join(dir, 'report.json');
      const t0 = Date.now();
      const r = spawnSync('nvim', ['--headless', '--clean', '-n', '-i', 'NONE', '-c', `luafile ${LUA}`], {
        cwd: ws,
        encoding: 'utf8',
        timeout: 75_000,
        killSignal: 'SIGKILL',
        env: {
          ...process.env,
          ...xdg,
          FACTLINE_NVIM_CMD: JSON.stringify([process.execPath, SERVER, '--stdio']),
          FACTLINE_NVIM_ROOT: ws,
          FACTLINE_NVIM_DRAFT: draft,
          FACTLINE_NVIM_FIGURE: '130,000',
          FACTLINE_NVIM_OUT: out,
        },
      });
      if (!fs.existsSync(out)) throw new Error(`nvim wrote no report (status ${r.status}, signal ${r.signal}):\n${r.stdout}\n${r.stderr}`);
      report = JSON.parse(fs.readFileSync(out, 'utf8')) as Report;
      fs.mkdirSync(RESULTS_DIR, { recursive: true });
      fs.writeFileSync(path.join(RESULTS_DIR, 'neovim.json'), JSON.stringify({ nvim: version, ms: Date.now() - t0, ...report }, null, 2));
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('runs the whole session without an error', () => {
    assert.deepStrictEqual(report.errors, [], `steps: ${JSON.stringify(report.steps)}`);
  });

  it('receives the example draft\'s mismatches with ranges, codes and messages', () => {
    const ds = report.diagnostics ?? [];
    assert.deepStrictEqual(
      ds.map((d) => [d.text, d.code]),
      [['130,000', 'figure-mismatch'], ['two days', 'duration-mismatch'], ['1 February 2024', 'date-mismatch'], ['Sunday', 'weekday-mismatch']],
    );
    const first = ds[0];
    assert.deepStrictEqual([first.lnum, first.col, first.end_lnum, first.end_col], [7, 40, 7, 47]);
    assert.strictEqual(draftLines[first.lnum].slice(first.col, first.end_col), '130,000');
    assert.strictEqual(first.message, '"130,000" — source says 120,000 (Nagorno-Karabakh after the Azerbaijani offensive, ¶7)');
    assert.strictEqual(first.source, 'factline');
    assert.strictEqual(first.severity, 2, 'vim.diagnostic.severity.WARN');
    assert.deepStrictEqual(ds.map((d) => d.fix), ['120,000', 'a day', '1 January 2024', 'Monday']);
  });

  it('gets a hover with the verdict and the citation', () => {
    const hover = report.hover ?? '';
    assert.match(hover, /mismatch/i, hover);
    assert.ok(hover.includes('**120,000**'), hover);
    assert.ok(hover.includes('Nagorno-Karabakh after the Azerbaijani offensive'), hover);
    assert.ok(hover.includes('¶7'), hover);
  });

  it('gets the quick fix, whose edit corrects the text and clears the diagnostic', () => {
    const titles = (report.actions ?? []).map((a) => a.title);
    assert.ok(titles.includes("Replace with '120,000' (source)"), titles.join('; '));
    assert.ok(titles.includes('Ignore this figure'), titles.join('; '));
    assert.strictEqual(report.applied, "Replace with '120,000' (source)");
    assert.strictEqual(report.lineAfterFix, draftLines[7].replace('130,000', '120,000'));
    assert.deepStrictEqual((report.diagnosticsAfterFix ?? []).map((d) => d.text), ['two days', '1 February 2024', 'Sunday']);
  });
});
