/**
 * End to end: the extension installed with `pip install .` into `.venv` (by
 * scripts/lab-env.mjs), a real `jupyter lab` serving a temp root that holds a test
 * repository and the report `letgo scan --out letgo-report` wrote for it, and Debian's
 * Chromium driven by playwright-core. Screenshots of the panel in both themes go to
 * test-output/.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromium, type Browser, type Page } from 'playwright-core';
import type { Report } from '../../src/core/report.js';
import { PLUGIN_ID } from '../../src/lab/settings.js';
import { readTrackerState } from '../../src/lab/tracker.js';
import { LEVEL_WORDS } from '../../src/report/words.js';
import { makeRepo, tempDir } from '../helpers/repos.js';

const CHROMIUM = '/usr/bin/chromium';
const OUT = path.resolve('test-output');
const JUPYTER = path.resolve('.venv/bin/jupyter');
const BIN = path.resolve('bin/letgo.js');

const maya = { name: 'Maya Lead', email: 'maya@team.example' };
const ana = { name: 'Ana Costa', email: 'ana@team.example' };
const ben = { name: 'Ben Okafor', email: 'ben@team.example' };

/** An nbformat 4.5 notebook of code cells without outputs (so it runs in a fresh kernel). */
function nb(sources: string[]): string {
  return JSON.stringify({
    cells: sources.map((source, i) => ({ cell_type: 'code', execution_count: null, id: `c${i}`, metadata: {}, outputs: [], source })),
    metadata: { kernelspec: { name: 'python3', display_name: 'Python 3', language: 'python' } },
    nbformat: 4,
    nbformat_minor: 5,
  }, null, 1) + '\n';
}

function at(day: number, hour = 10): string {
  return `2026-10-${String(day).padStart(2, '0')}T${String(hour).padStart(2, '0')}:00:00+00:00`;
}

/**
 * October 2026: Ana writes `analysis/churn.ipynb` (4 commits), Ben `etl/load.py`
 * (4 commits), Maya `analysis/mine.ipynb` (2 commits), 10 hands-on commits in all.
 * Maya's share is 2/10 = 20%, the fair share of a team of 3 is 1/3, ratio 0.6x.
 */
function history() {
  const commits = [];
  const churn = ['import pandas as pd'];
  const load: string[] = [];
  for (let i = 0; i < 4; i++) {
    churn.push(`df${i} = pd.DataFrame({'x': [${i}]})`);
    commits.push({ author: ana, date: at(2 + i * 5), message: `churn ${i}`, files: { 'analysis/churn.ipynb': nb(churn) } });
    load.push(`def load_${i}():\n    return ${i}\n`);
    commits.push({ author: ben, date: at(3 + i * 5), message: `load ${i}`, files: { 'etl/load.py': load.join('') } });
  }
  commits.push({ author: maya, date: at(6), message: 'mine', files: { 'analysis/mine.ipynb': nb(['x = 1']) } });
  commits.push({ author: maya, date: at(16), message: 'mine 2', files: { 'analysis/mine.ipynb': nb(['x = 1', 'y = x + 1']) } });
  return commits.sort((a, b) => a.date.localeCompare(b.date));
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const port = (srv.address() as { port: number }).port;
      srv.close(() => resolve(port));
    });
  });
}

let root: string;
/** HOME of the Jupyter server: its settings and workspaces folders. */
let home: string;
let report: Report;
let lab: ChildProcess;
let labLog = '';
let base: string;
let browser: Browser;
let page: Page;

/** Runs a JupyterLab command in the page (the app is exposed with expose_app_in_browser). */
async function command(id: string, args: Record<string, unknown> = {}): Promise<void> {
  await page.evaluate(([c, a]) => (window as unknown as { jupyterapp: { commands: { execute(c: string, a: unknown): Promise<unknown> } } }).jupyterapp.commands.execute(c as string, a), [id, args] as const);
}

beforeAll(async () => {
  // Build and install the extension into .venv when its sources changed (a no-op otherwise).
  const env = spawnSync(process.execPath, ['scripts/lab-env.mjs'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  if (env.status !== 0) throw new Error(`scripts/lab-env.mjs failed:\n${env.stderr}`);
  mkdirSync(OUT, { recursive: true });

  root = tempDir('letgo-lab-');
  await makeRepo(history(), 'team-repo', root);
  const scan = spawnSync(process.execPath, [BIN, 'scan', '--out', 'letgo-report', '--month', '2026-10', '--manager', maya.email, '--team-detail', '--format', 'json', 'team-repo'], {
    cwd: root,
    encoding: 'utf8',
  });
  if (scan.status !== 0) throw new Error(`letgo scan failed: ${scan.stderr}`);
  report = JSON.parse(readFileSync(path.join(root, 'letgo-report', 'report.json'), 'utf8')) as Report;

  const port = await freePort();
  base = `http://127.0.0.1:${port}`;
  home = tempDir('letgo-lab-home-');
  // No "get notified about Jupyter news?" toast over the screenshots.
  mkdirSync(path.join(home, 'settings', '@jupyterlab', 'apputils-extension'), { recursive: true });
  writeFileSync(path.join(home, 'settings', '@jupyterlab', 'apputils-extension', 'notification.jupyterlab-settings'), '{ "fetchNews": "false" }');
  lab = spawn(
    JUPYTER,
    [
      'lab',
      '--no-browser',
      `--port=${port}`,
      '--ip=127.0.0.1',
      `--ServerApp.root_dir=${root}`,
      "--IdentityProvider.token=''",
      "--ServerApp.password=''",
      '--ServerApp.disable_check_xsrf=True',
      '--LabApp.expose_app_in_browser=True',
      '--LabApp.news_url=',
      '--ServerApp.open_browser=False',
      '--allow-root',
    ],
    {
      env: {
        ...process.env,
        HOME: home,
        JUPYTER_CONFIG_DIR: path.join(home, 'config'),
        JUPYTER_RUNTIME_DIR: path.join(home, 'runtime'),
        JUPYTERLAB_SETTINGS_DIR: path.join(home, 'settings'),
        JUPYTERLAB_WORKSPACES_DIR: path.join(home, 'workspaces'),
        PATH: `${path.resolve('.venv/bin')}${path.delimiter}${process.env.PATH}`,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    }
  );
  lab.stdout?.on('data', (d) => (labLog += d));
  lab.stderr?.on('data', (d) => (labLog += d));
  const deadline = Date.now() + 60_000;
  for (;;) {
    try {
      if ((await fetch(`${base}/api/status`)).ok) break;
    } catch {
      // not up yet
    }
    if (Date.now() > deadline || lab.exitCode !== null) throw new Error(`jupyter lab did not start:\n${labLog}`);
    await new Promise((r) => setTimeout(r, 250));
  }

  browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
  });
  page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  page.on('pageerror', (e) => (labLog += `\n[pageerror] ${e.message}`));
  await page.goto(`${base}/lab`);
  await page.waitForSelector('#jp-main-statusbar .jp-letgo-status', { timeout: 60_000 });
}, 900_000);

afterAll(async () => {
  await browser?.close();
  lab?.kill('SIGTERM');
});

describe('JupyterLab extension', () => {
  it('is installed with pip and listed enabled and OK', () => {
    const r = spawnSync(JUPYTER, ['labextension', 'list'], { encoding: 'utf8' });
    expect(`${r.stdout}${r.stderr}`.replace(/\x1b\[[0-9;]*m/g, '')).toMatch(/jupyterlab-letgo v\d+\.\d+\.\d+ enabled OK \(python, jupyterlab_letgo\)/);
  });

  it('opens from the palette and shows the report’s signal and numbers', async () => {
    // Hand-worked: Maya 2 of 10 hands-on commits, fair share 1/3 → ratio 0.6x.
    expect(report.handsOn).toMatchObject({ managerCommits: 2, teamCommits: 10 });
    expect(report.team.size).toBe(3);
    expect(report.repos[0].relativePath).toBe('team-repo');

    await page.keyboard.press('Control+Shift+C');
    await page.keyboard.type('Open the letgo panel');
    await page.keyboard.press('Enter');
    const panel = page.locator('#letgo-panel');
    await expect.poll(() => panel.isVisible(), { timeout: 15_000 }).toBe(true);
    const signal = panel.locator('[data-letgo=signal]');
    await signal.waitFor();
    expect(await signal.getAttribute('data-level')).toBe(report.signal.level);
    expect(await panel.locator('dd[data-figure="Your share"]').textContent()).toBe('20%');
    expect(await panel.locator('dd[data-figure="Fair share"]').textContent()).toBe('33%');
    expect(await panel.locator('dd[data-figure="Ratio"]').textContent()).toBe('0.6x');
    expect(await panel.locator('.jp-letgo-numbers').textContent()).toContain('2 of 10');
    // The trend chart (one bar per month with a ratio; months without one say "no data") and the tier rows are drawn.
    await panel.locator('.jp-letgo-chart-ratio svg').waitFor();
    expect(await panel.locator('.jp-letgo-chart-ratio svg .letgo_ratio_bars_marks path').count()).toBe(report.trend.filter((p) => p.ratio !== null).length);
    expect(await panel.locator('[data-letgo=tiers] tr[data-tier]').count()).toBe(3);
    await panel.screenshot({ path: path.join(OUT, 'lab-panel-light.png') });
  });

  it('nudges in the status bar when a teammate’s notebook is open', async () => {
    await command('docmanager:open', { path: 'team-repo/analysis/churn.ipynb' });
    const status = page.locator('.jp-letgo-status');
    await expect.poll(() => status.getAttribute('data-nudge'), { timeout: 30_000 }).toBe('owner');
    expect(await status.textContent()).toBe('letgo: Ana Costa owns this notebook, let them cook');
    expect(await status.getAttribute('title')).toContain('100% of the recent changes to team-repo/analysis/churn.ipynb');

    await command('docmanager:open', { path: 'team-repo/analysis/mine.ipynb' });
    await expect.poll(() => status.getAttribute('data-nudge'), { timeout: 30_000 }).toBe(null);
    expect(await status.textContent()).toBe(`letgo: ${LEVEL_WORDS[report.signal.level].label}`);
  });

  it('tracks active minutes, runs and edits of the notebook in focus', async () => {
    await command('docmanager:open', { path: 'team-repo/analysis/churn.ipynb' });
    const notebook = page.locator('.jp-NotebookPanel:not(.lm-mod-hidden)');
    await notebook.locator('.jp-Cell').first().waitFor();
    // The kernel must be idle before running cells.
    await page.waitForSelector('.jp-NotebookPanel:not(.lm-mod-hidden) .jp-Notebook-ExecutionIndicator[data-status="idle"]', { timeout: 60_000 }).catch(() => undefined);
    const started = Date.now();
    await notebook.locator('.jp-Cell .cm-content').first().click();
    await page.keyboard.type('  # edited');
    for (let i = 0; i < 3; i++) {
      await page.waitForTimeout(4000);
      await page.keyboard.press('Shift+Enter'); // runs the cell and selects the next, in command mode
      await page.keyboard.press('Enter'); // edit mode
      await page.keyboard.type(` # run ${i}`);
    }
    await page.waitForTimeout(2000);
    expect(await notebook.locator('.jp-InputPrompt').allTextContents()).toEqual(['[1]:', '[2]:', '[3]:', '[ ]:', '[ ]:']);
    const elapsedMinutes = (Date.now() - started) / 60_000;

    await command('letgo:open-panel');
    const activity = page.locator('#letgo-panel [data-letgo=activity]');
    await activity.waitFor();
    // NotebookActions.executed fires when the kernel has replied; the panel redraws on each event.
    await expect.poll(async () => Number(await activity.getAttribute('data-executed')), { timeout: 30_000 }).toBe(3);
    const minutes = Number(await activity.getAttribute('data-minutes'));
    // Cells c0, c1 and c2 were typed into and run; the last run moved on to c3, typed into too.
    expect(Number(await activity.getAttribute('data-edited'))).toBe(4);
    // Active from the first keystroke until now (all within the 5-minute idle limit).
    expect(minutes).toBeGreaterThan(0.15);
    expect(minutes).toBeLessThanOrEqual(elapsedMinutes + 0.05);
    // Every minute went into Ana's notebook.
    expect(Number(await activity.getAttribute('data-teammate-minutes'))).toBeCloseTo(minutes, 2);
    expect(await activity.locator('[data-letgo=teammate-share]').textContent()).toBe('100%');

    // Saved to the state database (every 10 s) and read back after a reload of the page.
    await page.waitForTimeout(11_000);
    await page.reload();
    await page.waitForSelector('#jp-main-statusbar .jp-letgo-status', { timeout: 60_000 });
    await command('letgo:open-panel');
    await expect.poll(async () => Number(await page.locator('#letgo-panel [data-letgo=activity]').getAttribute('data-executed')), { timeout: 30_000 }).toBe(3);
    // Where the totals live (the privacy note says so): JupyterLab saves its state database
    // with the workspace, a file the Jupyter server writes in its workspaces folder.
    const workspaces = path.join(home, 'workspaces');
    const saved = readdirSync(workspaces).map((f) => JSON.parse(readFileSync(path.join(workspaces, f), 'utf8')) as { data: Record<string, unknown> });
    const days = readTrackerState(saved.map((w) => w.data[`${PLUGIN_ID}:activity`]).find((v) => v !== undefined));
    expect(Object.values(days).flatMap((byPath) => Object.entries(byPath))).toContainEqual(['team-repo/analysis/churn.ipynb', expect.objectContaining({ executed: 3 })]);
  });

  it('stays readable in the dark theme', async () => {
    await command('apputils:change-theme', { theme: 'JupyterLab Dark' });
    await page.waitForFunction(() => document.body.dataset.jpThemeLight === 'false', undefined, { timeout: 30_000 });
    await command('letgo:open-panel');
    const panel = page.locator('#letgo-panel');
    const colors = await panel.evaluate((node) => {
      const s = getComputedStyle(node);
      const h = getComputedStyle(node.querySelector('.jp-letgo-headline')!);
      return { bg: s.backgroundColor, fg: h.color };
    });
    expect(contrast(colors.fg, colors.bg)).toBeGreaterThan(7);
    await panel.screenshot({ path: path.join(OUT, 'lab-panel-dark.png') });
  });

  it('says what is wrong with a malformed report beside a good one', async () => {
    writeFileSync(path.join(root, 'letgo-report', 'report-2026-09.json'), '{"schema": "letgo.report/1", "oops": ');
    await command('letgo:refresh');
    const problem = page.locator('#letgo-panel .jp-letgo-problem');
    await problem.waitFor();
    expect(await problem.textContent()).toMatch(/^letgo-report\/report-2026-09\.json is not valid JSON/);
    expect(await page.locator('#letgo-panel [data-letgo=signal]').getAttribute('data-level')).toBe(report.signal.level);
  });
});

/** WCAG contrast ratio of two CSS rgb() colours. */
function contrast(a: string, b: string): number {
  const lum = (c: string) => {
    const [r, g, bl] = (c.match(/[\d.]+/g) ?? []).slice(0, 3).map((v) => {
      const s = Number(v) / 255;
      return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r + 0.7152 * g + 0.0722 * bl;
  };
  const [hi, lo] = [lum(a), lum(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}
