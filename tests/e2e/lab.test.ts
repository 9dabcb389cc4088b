/**
 * End to end: the wheel built from this checkout (`python -m build --wheel`) installed
 * beside the newest JupyterLab on PyPI in `.venv` (scripts/lab-env.mjs), a real `jupyter
 * lab` with a token and XSRF checks serving a temp root that holds a test repository, and
 * Debian's Chromium driven by playwright-core. The report is made by a scan started from
 * the panel (the server extension runs the bundled CLI). The oldest supported JupyterLab
 * line (4.5) gets its own environment and install check. Screenshots go to test-output/.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
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
const TOKEN = randomBytes(24).toString('hex');
/** The chart labels' least rendered size, CSS px, in a sidebar this wide. */
const SIDEBAR_PX = 250;
const MIN_LABEL_PX = 10;

const maya = { name: 'Maya Lead', email: 'maya@team.example' };
const ana = { name: 'Ana Costa', email: 'ana@team.example' };
const ben = { name: 'Ben Okafor', email: 'ben@team.example' };

/** An nbformat 4.5 notebook of code cells without outputs (so it runs in a fresh kernel). */
function nb(sources: string[]): string {
  return (
    JSON.stringify(
      {
        cells: sources.map((source, i) => ({ cell_type: 'code', execution_count: null, id: `c${i}`, metadata: {}, outputs: [], source })),
        metadata: { kernelspec: { name: 'python3', display_name: 'Python 3', language: 'python' } },
        nbformat: 4,
        nbformat_minor: 5,
      },
      null,
      1
    ) + '\n'
  );
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
  await page.evaluate(
    ([c, a]) =>
      (window as unknown as { jupyterapp: { commands: { execute(c: string, a: unknown): Promise<unknown> } } }).jupyterapp.commands.execute(c as string, a),
    [id, args] as const
  );
}

/** Builds the wheel when its sources changed and installs it into `venv` beside `jupyterlab` (a pip spec suffix). */
function labEnv(venv: string, jupyterlab = ''): void {
  const args = ['scripts/lab-env.mjs', '--venv', venv, ...(jupyterlab ? ['--jupyterlab', jupyterlab] : [])];
  const env = spawnSync(process.execPath, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  if (env.status !== 0) throw new Error(`scripts/lab-env.mjs ${args.slice(1).join(' ')} failed:\n${env.stderr}`);
}

/** The rendered size, CSS px, of every text in the panel's chart SVGs (font size times the SVG's scale on screen). */
async function chartLabelSizes(): Promise<number[]> {
  return page.locator('#letgo-panel .jp-letgo-chart svg').evaluateAll((svgs) =>
    svgs.flatMap((svg) => {
      const s = svg as SVGSVGElement;
      const viewBox = s.viewBox.baseVal;
      const scale = viewBox && viewBox.width ? s.getBoundingClientRect().width / viewBox.width : 1;
      return [...s.querySelectorAll('text')].filter((t) => t.textContent?.trim()).map((t) => parseFloat(getComputedStyle(t).fontSize) * scale);
    })
  );
}

/** Drags the split handle left of the right sidebar until the letgo panel is `width` CSS px wide (±2). */
async function setSidebarWidth(width: number): Promise<number> {
  for (let i = 0; i < 4; i++) {
    const panelBox = (await page.locator('#letgo-panel').boundingBox())!;
    if (Math.abs(panelBox.width - width) <= 2) return panelBox.width;
    const handle = await page.evaluate((right) => {
      const handles = [...document.querySelectorAll('#jp-main-split-panel > .lm-SplitPanel-handle')].map((h) => h.getBoundingClientRect());
      const h = handles.filter((r) => r.width > 0 && r.right <= right + 1).sort((a, b) => b.right - a.right)[0];
      return { x: h.x + h.width / 2, y: h.y + h.height / 2 };
    }, panelBox.x);
    await page.mouse.move(handle.x, handle.y);
    await page.mouse.down();
    await page.mouse.move(handle.x + (panelBox.width - width), handle.y, { steps: 5 });
    await page.mouse.up();
    await page.waitForTimeout(300);
  }
  return (await page.locator('#letgo-panel').boundingBox())!.width;
}

beforeAll(async () => {
  labEnv('.venv');
  mkdirSync(OUT, { recursive: true });

  root = tempDir('letgo-lab-');
  await makeRepo(history(), 'team-repo', root);

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
      `--IdentityProvider.token=${TOKEN}`,
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
      if ((await fetch(`${base}/api/status`, { headers: { Authorization: `token ${TOKEN}` } })).ok) break;
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
  await page.goto(`${base}/lab?token=${TOKEN}`);
  await page.waitForSelector('#jp-main-statusbar .jp-letgo-status', { timeout: 60_000 });
}, 900_000);

afterAll(async () => {
  await browser?.close();
  lab?.kill('SIGTERM');
});

const plain = (r: { stdout: string; stderr: string }) => `${r.stdout}${r.stderr}`.replace(/\x1b\[[0-9;]*m/g, '');
const VERSION = (JSON.parse(readFileSync('package.json', 'utf8')) as { version: string }).version;

describe('JupyterLab extension', () => {
  it('is one wheel: the labextension enabled OK, the server extension enabled, and a letgo command', () => {
    expect(plain(spawnSync(JUPYTER, ['labextension', 'list'], { encoding: 'utf8' }))).toMatch(
      /jupyterlab-letgo v\d+\.\d+\.\d+ enabled OK \(python, jupyterlab_letgo\)/
    );
    expect(plain(spawnSync(JUPYTER, ['server', 'extension', 'list'], { encoding: 'utf8' }))).toMatch(/jupyterlab_letgo enabled[\s\S]*jupyterlab_letgo \S+ OK/);
    const version = spawnSync(path.resolve('.venv/bin/letgo'), ['--version'], { encoding: 'utf8', env: { ...process.env, PATH: '/usr/bin:/bin' } });
    expect(version.status).toBe(0);
    expect(version.stdout.trim()).toBe(VERSION);
  });

  it('installs enabled OK beside the oldest supported JupyterLab line (4.5)', () => {
    labEnv('.venv-lab45', '==4.5.*');
    const list = plain(spawnSync(path.resolve('.venv-lab45/bin/jupyter'), ['labextension', 'list'], { encoding: 'utf8' }));
    expect(list).toMatch(/jupyterlab-letgo v\d+\.\d+\.\d+ enabled OK/);
    expect(plain(spawnSync(path.resolve('.venv-lab45/bin/jupyter'), ['lab', '--version'], { encoding: 'utf8' }))).toMatch(/^4\.5\./);
  }, 600_000);

  it('scans from the panel and shows the signal and numbers of the report it wrote', async () => {
    // "letgo" in the palette offers the panel first.
    await page.keyboard.press('Control+Shift+C');
    await page.keyboard.type('letgo');
    await expect
      .poll(() => page.locator('.lm-CommandPalette-item .lm-CommandPalette-itemLabel').first().textContent(), { timeout: 10_000 })
      .toBe('Open the letgo panel');
    await page.keyboard.press('Enter');
    const panel = page.locator('#letgo-panel');
    await expect.poll(() => panel.isVisible(), { timeout: 15_000 }).toBe(true);
    await expect.poll(() => panel.getAttribute('data-state'), { timeout: 30_000 }).toBe('empty');

    // The empty state offers the scan first; the dialog lists the server root's repositories, all checked.
    await panel.locator('.jp-letgo-empty button.jp-letgo-scan').click();
    const dialog = page.locator('.jp-Dialog .jp-letgo-scan-form');
    await dialog.waitFor();
    const boxes = dialog.locator('.jp-letgo-scan-repo input');
    expect(await boxes.evaluateAll((inputs) => inputs.map((i) => [(i as HTMLInputElement).value, (i as HTMLInputElement).checked]))).toEqual([
      ['team-repo', true],
    ]);
    await dialog.locator('input[name=manager]').fill(maya.email);
    await dialog.locator('input[name=month]').fill('2026-10');
    await dialog.locator('input[name=teamDetail]').check(); // the nudge below names the owner
    await page.locator('.jp-Dialog .jp-Dialog-button.jp-mod-accept').click();

    const signal = panel.locator('[data-letgo=signal]');
    await signal.waitFor({ timeout: 120_000 });
    expect(await panel.getAttribute('data-scan')).toBe('idle');
    report = JSON.parse(readFileSync(path.join(root, 'letgo-report', 'report.json'), 'utf8')) as Report;
    // Hand-worked: Maya 2 of 10 hands-on commits, fair share 1/3 → ratio 0.6x.
    expect(report.handsOn).toMatchObject({ managerCommits: 2, teamCommits: 10 });
    expect(report.team.size).toBe(3);
    expect(report.window).toMatchObject({ since: '2026-10-01', until: '2026-10-31' });
    expect(report.repos[0].relativePath).toBe('team-repo');
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

    // The manager is remembered for the next scan.
    await panel.locator('.jp-letgo-header button.jp-letgo-scan').click();
    await dialog.waitFor();
    expect(await dialog.locator('input[name=manager]').inputValue()).toBe(maya.email);
    await page.locator('.jp-Dialog .jp-Dialog-button.jp-mod-reject').click();
  });

  it('draws the charts readable at a 250 px sidebar and redraws them when it is resized', async () => {
    const width = await setSidebarWidth(SIDEBAR_PX);
    expect(Math.abs(width - SIDEBAR_PX)).toBeLessThanOrEqual(2);
    await expect.poll(async () => Math.min(...(await chartLabelSizes())), { timeout: 15_000 }).toBeGreaterThanOrEqual(MIN_LABEL_PX);
    const sizes = await chartLabelSizes();
    expect(sizes.length).toBeGreaterThan(10); // axis labels, titles, bar labels, legend
    // No chart is wider than the panel, and the figures' numbers stay on one line.
    const overflow = await page
      .locator('#letgo-panel')
      .evaluate((p) => [...p.querySelectorAll('.jp-letgo-chart svg')].some((s) => s.getBoundingClientRect().right > p.getBoundingClientRect().right + 1));
    expect(overflow).toBe(false);
    const wrapped = await page
      .locator('#letgo-panel .jp-letgo-figures dd')
      .evaluateAll(
        (dds) =>
          dds.filter((d) => d.getClientRects().length > 1 || d.getBoundingClientRect().height > 2 * parseFloat(getComputedStyle(d).lineHeight || '20')).length
      );
    expect(wrapped).toBe(0);
    await page.locator('#letgo-panel').screenshot({ path: path.join(OUT, 'lab-panel-250px.png') });
    await setSidebarWidth(400);
    await expect
      .poll(async () => page.locator('#letgo-panel .jp-letgo-chart-ratio svg').evaluate((s) => Math.round(s.getBoundingClientRect().width)), {
        timeout: 15_000,
      })
      .toBeGreaterThan(SIDEBAR_PX + 50);
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
    await page
      .waitForSelector('.jp-NotebookPanel:not(.lm-mod-hidden) .jp-Notebook-ExecutionIndicator[data-status="idle"]', { timeout: 60_000 })
      .catch(() => undefined);
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
    expect(Object.values(days).flatMap((byPath) => Object.entries(byPath))).toContainEqual([
      'team-repo/analysis/churn.ipynb',
      expect.objectContaining({ executed: 3 }),
    ]);
  });

  it('stays readable in the dark theme', async () => {
    await command('apputils:change-theme', { theme: 'JupyterLab Dark' });
    await page.waitForFunction(() => document.body.dataset.jpThemeLight === 'false', undefined, { timeout: 30_000 });
    await command('letgo:open-panel');
    const panel = page.locator('#letgo-panel');
    // The page was reloaded by the test before: the panel reads the report folder again first.
    await panel.locator('.jp-letgo-headline').waitFor({ timeout: 30_000 });
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

  it('renders the demo team’s notebooks with real plots, no broken image', async () => {
    const demo = spawnSync(path.resolve('.venv/bin/letgo'), ['demo', '--dir', path.join(root, 'churn-team'), '--quiet', '--format', 'json'], {
      encoding: 'utf8',
    });
    expect(demo.status, demo.stderr).toBe(0);
    const badImages: string[] = [];
    page.on('console', (m) => {
      if (/ERR_INVALID_URL|Failed to load resource/.test(m.text())) badImages.push(m.text());
    });
    const opened: string[] = [];
    const titles = new Set<string>();
    // The first two by name (each one opened starts a kernel).
    for (const nb of readdirSync(path.join(root, 'churn-team', 'notebooks'))
      .filter((f) => f.endsWith('.ipynb'))
      .sort()
      .slice(0, 2)) {
      await command('docmanager:open', { path: `churn-team/notebooks/${nb}`, factory: 'Notebook' });
      const panel = page.locator('.jp-NotebookPanel:not(.lm-mod-hidden)');
      await panel.locator('.jp-Cell').first().waitFor({ timeout: 30_000 });
      const images = panel.locator('.jp-RenderedImage img');
      if ((await images.count()) === 0) continue;
      // Images below the fold load lazily: ask for all of them now.
      await images.evaluateAll((imgs) => imgs.forEach((i) => ((i as HTMLImageElement).loading = 'eager')));
      await expect.poll(() => images.evaluateAll((imgs) => imgs.every((i) => (i as HTMLImageElement).complete)), { timeout: 30_000 }).toBe(true);
      const sizes = await images.evaluateAll((imgs) => imgs.map((i) => [(i as HTMLImageElement).naturalWidth, (i as HTMLImageElement).naturalHeight]));
      for (const [w, h] of sizes) expect(w * h, `a plot in ${nb} did not decode`).toBeGreaterThan(100 * 100);
      titles.add((await panel.locator('.jp-Cell').first().textContent())?.trim().split('\n')[0] ?? '');
      opened.push(nb);
      if (opened.length === 1) await panel.screenshot({ path: path.join(OUT, 'lab-demo-notebook.png') });
    }
    expect(opened.length).toBeGreaterThan(1);
    // Each notebook opens with its own title, not another notebook's.
    expect(titles.size).toBe(opened.length);
    expect(badImages).toEqual([]);
  }, 300_000);
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
