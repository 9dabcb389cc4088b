/**
 * Opens the HTML self-review in headless Debian Chromium (/usr/bin/chromium, never a
 * downloaded browser): no request may leave the page, the charts must render with the
 * expected number of marks, light, dark and print must look right (PNG screenshots in
 * test-output/), and hostile text must not run.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromium, type Browser, type Page } from 'playwright-core';
import type { Report } from '../../src/core/report.js';
import { CHART_MARKS, markClass } from '../../src/report/charts.js';
import { renderHtml } from '../../src/report/index.js';
import { makeHostileReport, makeReport, tierSegments } from './fixtures/build.js';

const CHROMIUM = '/usr/bin/chromium';
const OUT = path.resolve('test-output');
const hasChromium = existsSync(CHROMIUM);
if (!hasChromium && !process.env.CI) {
  console.warn(`browser tests skipped: ${CHROMIUM} is missing (install it with: apt-get update && apt-get install -y chromium)`);
}

/** Pages served by a local server, by URL path; the server is the only thing the browser may reach. */
const pages = new Map<string, string>();
let server: Server;
let base: string;
let browser: Browser;

beforeAll(async () => {
  if (!hasChromium && !process.env.CI) return;
  mkdirSync(OUT, { recursive: true });
  server = createServer((req, res) => {
    const body = pages.get(req.url ?? '');
    res.writeHead(body === undefined ? 404 : 200, { 'content-type': 'text/html; charset=utf-8' });
    res.end(body ?? 'not found');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
  });
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
});

interface Opened {
  page: Page;
  url: string;
  requests: string[];
  problems: string[];
}

interface OpenOptions {
  colorScheme: 'light' | 'dark';
  /** Remove the page's Content-Security-Policy, to prove it loads nothing by construction, not only because CSP blocks it. */
  withoutCsp?: boolean;
  /** Save a full-page PNG as test-output/<name>.png after `check` passed (default true). */
  screenshot?: boolean;
}

/**
 * Serves the report's HTML (or `raw` HTML) as test-output/<name>.html, opens it, runs
 * `check` on it and closes it, recording every request and every script-like event.
 */
async function inBrowser(name: string, report: Report | { raw: string }, opts: OpenOptions, check: (o: Opened) => Promise<void>): Promise<void> {
  let html = 'raw' in report ? report.raw : await renderHtml(report);
  if (opts.withoutCsp) {
    const stripped = html.replace(/<meta http-equiv="Content-Security-Policy"[^>]*>\n?/, '');
    expect(stripped).not.toBe(html);
    html = stripped;
  }
  writeFileSync(path.join(OUT, `${name}.html`), html);
  const urlPath = `/${name}.html`;
  pages.set(urlPath, html);
  const url = `${base}${urlPath}`;
  const context = await browser.newContext({ viewport: { width: 1100, height: 900 }, colorScheme: opts.colorScheme, javaScriptEnabled: true });
  try {
    const requests: string[] = [];
    const problems: string[] = [];
    // Every request the context makes is recorded; anything but the page itself is also blocked.
    context.on('request', (r) => requests.push(r.url()));
    await context.route('**/*', (route) => (route.request().url() === url ? route.continue() : route.abort()));
    const page = await context.newPage();
    page.on('websocket', (ws) => problems.push(`websocket ${ws.url()}`));
    page.on('dialog', (d) => {
      problems.push(`dialog ${d.message()}`);
      void d.dismiss();
    });
    page.on('pageerror', (e) => problems.push(`page error ${e.message}`));
    page.on('console', (m) => {
      if (m.type() === 'error') problems.push(`console ${m.text()}`);
    });
    const response = await page.goto(url, { waitUntil: 'load' });
    expect(response?.status()).toBe(200);
    await check({ page, url, requests, problems });
    if (opts.screenshot ?? true) await page.screenshot({ path: path.join(OUT, `${name}.png`), fullPage: true });
  } finally {
    await context.close();
  }
}

async function countIn(page: Page, selector: string): Promise<number> {
  return page.locator(selector).count();
}

async function visibleBoxes(page: Page, selector: string): Promise<number> {
  return page.$$eval(
    selector,
    (els) =>
      els.filter((el) => {
        const b = el.getBoundingClientRect();
        return b.width > 0 && b.height > 0;
      }).length
  );
}

async function bodyBackground(page: Page): Promise<string> {
  return page.evaluate(() => getComputedStyle(document.body).backgroundColor);
}

describe.skipIf(!hasChromium && !process.env.CI)('HTML report in Chromium', () => {
  it('records and blocks outside requests (control: a page that does load something)', async () => {
    const raw = '<!DOCTYPE html><html lang="en"><head><title>control</title></head><body><img src="http://203.0.113.9/x.png" alt=""></body></html>';
    await inBrowser('control', { raw }, { colorScheme: 'light', screenshot: false }, async (o) => {
      await o.page.waitForTimeout(200);
      expect(o.requests).toEqual([o.url, 'http://203.0.113.9/x.png']);
    });
  }, 60_000);

  it('loads nothing but itself and renders both charts (light)', async () => {
    const report = makeReport('holding-back');
    await inBrowser('report-light', report, { colorScheme: 'light', withoutCsp: true }, async (o) => {
      expect(o.requests).toEqual([o.url]);
      expect(o.problems).toEqual([]);
      const months = report.trend.length;
      const segments = tierSegments(report);
      expect(await countIn(o.page, 'svg')).toBe(2);
      expect(await countIn(o.page, `.chart-ratio .${markClass(CHART_MARKS.ratioBars)} path`)).toBe(months);
      expect(await visibleBoxes(o.page, `.chart-ratio .${markClass(CHART_MARKS.ratioBars)} path`)).toBe(months);
      expect(await countIn(o.page, `.chart-tiers .${markClass(CHART_MARKS.tierBars)} path`)).toBe(segments);
      expect(await visibleBoxes(o.page, `.chart-tiers .${markClass(CHART_MARKS.tierBars)} path`)).toBe(segments);
      expect(await countIn(o.page, `.chart-ratio .${markClass(CHART_MARKS.bands)} path`)).toBe(2);
      // Charts fit the page column.
      const overflow = await o.page.$$eval('figure svg', (svgs) =>
        svgs.some((s) => s.getBoundingClientRect().right > document.querySelector('main')!.getBoundingClientRect().right + 1)
      );
      expect(overflow).toBe(false);
      expect(await bodyBackground(o.page)).toBe('rgb(251, 250, 248)');
    });
  }, 60_000);

  it('reads in the dark colour scheme', async () => {
    await inBrowser('report-dark', makeReport('watch'), { colorScheme: 'dark' }, async (o) => {
      expect(o.requests).toEqual([o.url]);
      const colors = await o.page.evaluate(() => ({
        bg: getComputedStyle(document.body).backgroundColor,
        fg: getComputedStyle(document.body).color,
        axis: getComputedStyle(document.querySelector('.chart .role-axis-label text')!).fill,
      }));
      expect(colors.bg).toBe('rgb(21, 24, 30)');
      expect(colors.fg).toBe('rgb(231, 233, 238)');
      expect(colors.axis).toBe('rgb(166, 173, 186)');
      expect(await countIn(o.page, `.chart-ratio .${markClass(CHART_MARKS.ratioBars)} path`)).toBe(6);
    });
  }, 60_000);

  it('prints on white', async () => {
    await inBrowser('report-print', makeReport('balanced'), { colorScheme: 'dark' }, async (o) => {
      await o.page.emulateMedia({ media: 'print' });
      expect(await bodyBackground(o.page)).toBe('rgb(255, 255, 255)');
    });
  }, 60_000);

  it('shows hostile text as text: no element, no dialog, no request', async () => {
    await inBrowser('report-hostile', makeHostileReport(), { colorScheme: 'light', withoutCsp: true }, async (o) => {
      expect(o.requests).toEqual([o.url]);
      expect(o.problems).toEqual([]);
      expect(await countIn(o.page, 'img, script, iframe, object, embed, link')).toBe(0);
      const text = await o.page.locator('body').innerText();
      expect(text).toContain('<img src=x onerror=alert(1)>');
      expect(text).toContain('</script><script>alert(2)</script>');
    });
  }, 60_000);
});
