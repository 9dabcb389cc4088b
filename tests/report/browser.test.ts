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
import { CHART_MARKS, markClass, renderHtml } from '../../src/report/index.js';
import { makeHostileReport, makeReport } from './fixtures/build.js';

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
  close: () => Promise<void>;
}

/**
 * Serves the report's HTML (or `raw` HTML) and opens it, recording every request and
 * every script-like event. `withoutCsp` removes the page's Content-Security-Policy so the
 * test proves the page loads nothing by construction, not only because CSP blocks it.
 */
async function open(name: string, report: Report | { raw: string }, colorScheme: 'light' | 'dark', withoutCsp = false): Promise<Opened> {
  let html = 'raw' in report ? report.raw : await renderHtml(report);
  if (withoutCsp) {
    const stripped = html.replace(/<meta http-equiv="Content-Security-Policy"[^>]*>\n?/, '');
    expect(stripped).not.toBe(html);
    html = stripped;
  }
  writeFileSync(path.join(OUT, `${name}.html`), html);
  const urlPath = `/${name}.html`;
  pages.set(urlPath, html);
  const url = `${base}${urlPath}`;
  const context = await browser.newContext({ viewport: { width: 1100, height: 900 }, colorScheme, javaScriptEnabled: true });
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
  return { page, url, requests, problems, close: () => context.close() };
}

async function countIn(page: Page, selector: string): Promise<number> {
  return page.locator(selector).count();
}

async function visibleBoxes(page: Page, selector: string): Promise<number> {
  return page.$$eval(selector, (els) => els.filter((el) => {
    const b = el.getBoundingClientRect();
    return b.width > 0 && b.height > 0;
  }).length);
}

describe.skipIf(!hasChromium && !process.env.CI)('HTML report in Chromium', () => {
  it('records and blocks outside requests (control: a page that does load something)', async () => {
    const raw = '<!DOCTYPE html><html lang="en"><head><title>control</title></head><body><img src="http://203.0.113.9/x.png" alt=""></body></html>';
    const o = await open('control', { raw }, 'light');
    try {
      await o.page.waitForTimeout(200);
      expect(o.requests).toEqual([o.url, 'http://203.0.113.9/x.png']);
    } finally {
      await o.close();
    }
  }, 60_000);

  it('loads nothing but itself and renders both charts (light)', async () => {
    const report = makeReport('holding-back');
    const o = await open('report-light', report, 'light', true);
    try {
      expect(o.requests).toEqual([o.url]);
      expect(o.problems).toEqual([]);
      const months = report.trend.length;
      const segments = report.trend.reduce((n, p) => n + Object.values(p.tiers).filter((c) => c > 0).length, 0);
      expect(await countIn(o.page, 'svg')).toBe(2);
      expect(await countIn(o.page, `.chart-ratio .${markClass(CHART_MARKS.ratioBars)} path`)).toBe(months);
      expect(await visibleBoxes(o.page, `.chart-ratio .${markClass(CHART_MARKS.ratioBars)} path`)).toBe(months);
      expect(await countIn(o.page, `.chart-tiers .${markClass(CHART_MARKS.tierBars)} path`)).toBe(segments);
      expect(await visibleBoxes(o.page, `.chart-tiers .${markClass(CHART_MARKS.tierBars)} path`)).toBe(segments);
      expect(await countIn(o.page, `.chart-ratio .${markClass(CHART_MARKS.bands)} path`)).toBe(2);
      // Charts fit the page column.
      const overflow = await o.page.$$eval('figure svg', (svgs) => svgs.some((s) => s.getBoundingClientRect().right > document.querySelector('main')!.getBoundingClientRect().right + 1));
      expect(overflow).toBe(false);
      const bg = await o.page.evaluate(() => getComputedStyle(document.body).backgroundColor);
      expect(bg).toBe('rgb(251, 250, 248)');
      await o.page.screenshot({ path: path.join(OUT, 'report-light.png'), fullPage: true });
    } finally {
      await o.close();
    }
  }, 60_000);

  it('reads in the dark colour scheme', async () => {
    const o = await open('report-dark', makeReport('watch'), 'dark');
    try {
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
      await o.page.screenshot({ path: path.join(OUT, 'report-dark.png'), fullPage: true });
    } finally {
      await o.close();
    }
  }, 60_000);

  it('prints on white', async () => {
    const o = await open('report-print', makeReport('balanced'), 'dark');
    try {
      await o.page.emulateMedia({ media: 'print' });
      const bg = await o.page.evaluate(() => getComputedStyle(document.body).backgroundColor);
      expect(bg).toBe('rgb(255, 255, 255)');
      await o.page.screenshot({ path: path.join(OUT, 'report-print.png'), fullPage: true });
    } finally {
      await o.close();
    }
  }, 60_000);

  it('shows hostile text as text: no element, no dialog, no request', async () => {
    const o = await open('report-hostile', makeHostileReport(), 'light', true);
    try {
      expect(o.requests).toEqual([o.url]);
      expect(o.problems).toEqual([]);
      expect(await countIn(o.page, 'img, script, iframe, object, embed, link')).toBe(0);
      const text = await o.page.locator('body').innerText();
      expect(text).toContain('<img src=x onerror=alert(1)>');
      expect(text).toContain('</script><script>alert(2)</script>');
      await o.page.screenshot({ path: path.join(OUT, 'report-hostile.png'), fullPage: true });
    } finally {
      await o.close();
    }
  }, 60_000);
});
