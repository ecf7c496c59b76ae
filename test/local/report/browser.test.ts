/**
 * The HTML report in a real headless browser (Debian's chromium driven by playwright-core, no browser download): it
 * loads with no JavaScript error, every usage chart of the opened incidents is drawn, the scenario graph counts and
 * highlights, and the summary table's filters filter. Where no browser is installed the test says it
 * skipped and how to install one (`.ci/run` installs it, so CI always runs it).
 */
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { createRequire } from 'node:module';
import type * as Playwright from 'playwright-core';
import type { Browser, ConsoleMessage, Page } from 'playwright-core';
import { renderReport } from '#cli/html-report.js';
import { runSimulation, sampleScenarioFiles } from '#cli/simulate-command.js';
import { renderHtmlReport, type ReportIncident } from '#local/report/render.js';
import { CHROMIUM, CHROMIUM_ARGS, INSTALL_HINT } from './chromium.js';

const installed = existsSync(CHROMIUM);

/**
 * playwright-core through `require`, not `import`: Jest loads a CommonJS package imported from an ES module by first
 * scanning its source for the names it exports (cjs-module-lexer), ~0.4 s of CPU over playwright-core's 3 MB bundle,
 * for the one name used here. Required, it is the same module from the same registry.
 */
const { chromium } = createRequire(import.meta.url)('playwright-core') as typeof Playwright;

/** Runs in the page: the chart canvases of the opened incidents, and how many Chart.js drew (some pixel not blank). */
const CHARTS_DRAWN = `(() => {
  const canvases = [...document.querySelectorAll('div.detail canvas')];
  const drawn = canvases.filter((canvas) => {
    if (!window.Chart || !window.Chart.getChart(canvas)) return false;
    const context = canvas.getContext('2d');
    if (!context || canvas.width === 0 || canvas.height === 0) return false;
    const pixels = context.getImageData(0, 0, canvas.width, canvas.height).data;
    for (let i = 3; i < pixels.length; i += 4) if (pixels[i] !== 0) return true;
    return false;
  });
  return { total: canvases.length, drawn: drawn.length, noData: document.querySelectorAll('div.detail .no-data').length };
})()`;

/** Runs in the page: the visible incident rows' filter attributes. */
const VISIBLE_ROWS = `[...document.querySelectorAll('.inc')].filter((row) => !row.hidden && !row.closest('.scenario').hidden).map((row) => ({ model: row.dataset.model, status: row.dataset.status, action: row.dataset.action, scenario: row.dataset.scenario }))`;

if (!installed) {
  process.stderr.write(`SKIPPED test/local/report/browser.test.ts: no browser at ${CHROMIUM}. ${INSTALL_HINT}\n`);
}

(installed ? describe : describe.skip)('the HTML report in headless chromium', () => {
  const dir = mkdtempSync(join(tmpdir(), 'ops-alert-report-'));
  // One browser for the file, started as the file starts: it comes up while the first test simulates.
  let launching: Promise<Browser> | undefined;
  beforeAll(() => {
    launching = chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
    launching.catch(() => undefined); // a failed launch fails the first test that awaits it
  });
  afterAll(async () => {
    await (await launching?.catch(() => undefined))?.close();
    rmSync(dir, { recursive: true, force: true });
  });
  const browser = (): Promise<Browser> => launching ?? Promise.reject(new Error('the browser was not launched'));
  // One page for the file: each test navigates it to its own report (a new page costs the browser another renderer).
  let opening: Promise<Page> | undefined;
  const opened = (): Promise<Page> => (opening ??= browser().then((b) => b.newPage()));

  it('loads with no JavaScript error; opened incidents draw every chart; graphs count and highlight; filters filter', async () => {
    const runs = await runSimulation(sampleScenarioFiles().slice(0, 4));
    const file = join(dir, 'report.html');
    writeFileSync(file, renderReport(runs));
    const page = await opened();
    const errors: string[] = [];
    const onError = (error: Error): void => { errors.push(error.message); };
    const onConsole = (message: ConsoleMessage): void => { if (message.type() === 'error') errors.push(message.text()); };
    page.on('pageerror', onError);
    page.on('console', onConsole);
    try {
      await page.goto(pathToFileURL(file).href, { waitUntil: 'load' });
      await page.waitForSelector('html[data-ready="true"]');

      // Nothing is drawn before it is asked for.
      expect(await page.locator('div.detail').count()).toBe(0);
      const rows = page.locator('.inc');
      const incidents = await rows.count();
      expect(incidents).toBeGreaterThan(3);
      for (let i = 0; i < incidents; i++) await rows.nth(i).click();
      const charts = (await page.evaluate(CHARTS_DRAWN)) as { total: number; drawn: number };
      expect(charts.total).toBeGreaterThan(0);
      expect(charts.drawn).toBe(charts.total);

      // The first scenario's graph: a count on the edges taken; an incident's path highlighted on demand.
      await page.locator('button[data-graph="0"]').click();
      expect(await page.locator('.graph-row[data-sc="0"] svg .edge-count').count()).toBeGreaterThan(5);
      await page.locator('div.detail button.show-path').first().click();
      expect(await page.locator('.graph-row[data-sc="0"] svg.highlighting .edge.hl').count()).toBeGreaterThan(5);

      // Filters: each narrows the rows to its value; "all" shows them all again.
      const all = (await page.evaluate(VISIBLE_ROWS)) as Record<string, string>[];
      expect(all).toHaveLength(incidents);
      for (const [filter, key] of [['scenario', 'scenario'], ['action', 'action'], ['status', 'status'], ['model', 'model']] as const) {
        const values = (await page.locator(`select[data-filter="${filter}"] option`).evaluateAll((options) => options.map((o) => (o as unknown as { value: string }).value))).filter(Boolean);
        expect(values.length).toBeGreaterThan(0);
        const value = values[values.length - 1] as string;
        await page.locator(`select[data-filter="${filter}"]`).selectOption(value);
        const shown = (await page.evaluate(VISIBLE_ROWS)) as Record<string, string>[];
        expect(shown.length).toBeGreaterThan(0);
        expect(shown.length).toBe(all.filter((r) => (r[key] ?? '').split(' ').includes(value)).length);
        await page.locator(`select[data-filter="${filter}"]`).selectOption('');
      }
      expect(await page.locator('#shown').textContent()).toBe(`${incidents} of ${incidents} incidents shown`);
      expect(errors).toEqual([]);
    } finally {
      page.off('pageerror', onError);
      page.off('console', onConsole);
    }
  });

  it('draws a sparse series as points, marks the alarm and the peak, and says so when the window has no data point', async () => {
    const t = Date.UTC(2026, 5, 1, 9);
    const incident = (at: string, windowEnd: string): ReportIncident => ({
      model: 'M', account: '123456789012', at, folded: [],
      executions: [{ label: `alarm at ${at}`, at, executionName: `x-${at}`, status: 'SUCCEEDED', path: [], decision: null, caseAction: { action: 'none' }, notification: { sent: false } }],
      usage: { status: 'ok', windowStart: new Date(Date.parse(windowEnd) - 14 * 86_400_000).toISOString(), windowEnd, peakRpm: 40, peakTpm: 4000 },
    });
    const html = renderHtmlReport({
      title: 'sparse', generatedAt: '2026-06-01T12:00:00Z', definition: { StartAt: 'A', States: { A: { Type: 'Succeed' } } },
      scenarios: [{
        name: 'sparse',
        incidents: [incident('2026-06-01T10:00:00.000Z', '2026-06-01T10:01:00.000Z'), incident('2026-07-01T10:00:00.000Z', '2026-07-01T10:01:00.000Z')],
        models: [{ model: 'M', hourly: [{ t, peakRpm: 40, peakTpm: 4000 }, { t: t - 5 * 3_600_000, peakRpm: 10, peakTpm: 900 }].reverse(), history: [{ t, rpmThreshold: 30, tpmThreshold: 3000 }, { t: t + 3_600_000, rpmThreshold: 50, tpmThreshold: 5000 }] }],
      }],
    });
    const file = join(dir, 'sparse.html');
    writeFileSync(file, html);
    const page = await opened();
    const errors: string[] = [];
    const onError = (error: Error): void => { errors.push(error.message); };
    page.on('pageerror', onError);
    try {
      await page.goto(pathToFileURL(file).href, { waitUntil: 'load' });
      await page.waitForSelector('html[data-ready="true"]');
      await page.locator('.inc').nth(0).click();
      await page.locator('.inc').nth(1).click();
      const datasets = (await page.evaluate(`[...document.querySelectorAll('div.detail canvas')].map((c) => Chart.getChart(c).data.datasets.map((d) => ({ label: d.label, showLine: d.showLine !== false, points: d.data.length, stepped: Boolean(d.stepped) })))`)) as { label: string; showLine: boolean; points: number; stepped: boolean }[][];
      expect(datasets).toHaveLength(2);
      const [usage, threshold, alarm, peak] = datasets[0] ?? [];
      expect(usage).toMatchObject({ label: 'Hourly peak RPM (sparse: points)', showLine: false, points: 2 });
      expect(threshold).toMatchObject({ label: 'RPM alarm threshold', stepped: true });
      expect(alarm?.label).toBe('alarm 06-01 10:00');
      expect(peak).toMatchObject({ label: 'peak the decision used: 40', showLine: false, points: 1 });
      const charts = (await page.evaluate(CHARTS_DRAWN)) as { total: number; drawn: number; noData: number };
      expect(charts).toEqual({ total: 2, drawn: 2, noData: 2 });
      expect(errors).toEqual([]);
    } finally {
      page.off('pageerror', onError);
    }
  });
});
