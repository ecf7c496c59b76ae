/**
 * The HTML report in a real headless browser (Debian's chromium driven by playwright-core, no browser download): it
 * loads with no JavaScript error and every usage chart is drawn. Where no browser is installed the test says it
 * skipped and how to install one (`.ci/run` installs it, so CI always runs it).
 */
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';
import { renderReport, runSimulation, sampleScenarioFiles } from '../../../src/cli/simulate-command.js';
import { CHROMIUM, CHROMIUM_ARGS, INSTALL_HINT } from './chromium.js';

const installed = existsSync(CHROMIUM);

/** Runs in the page: how many chart canvases there are, and how many Chart.js drew (some pixel not blank). */
const CHARTS_DRAWN = `(() => {
  const canvases = [...document.querySelectorAll('canvas[data-chart]')];
  const drawn = canvases.filter((canvas) => {
    if (!window.Chart || !window.Chart.getChart(canvas)) return false;
    const context = canvas.getContext('2d');
    if (!context || canvas.width === 0 || canvas.height === 0) return false;
    const pixels = context.getImageData(0, 0, canvas.width, canvas.height).data;
    for (let i = 3; i < pixels.length; i += 4) if (pixels[i] !== 0) return true;
    return false;
  });
  return { total: canvases.length, drawn: drawn.length };
})()`;

if (!installed) {
  process.stderr.write(`SKIPPED test/local/report/browser.test.ts: no browser at ${CHROMIUM}. ${INSTALL_HINT}\n`);
}

(installed ? describe : describe.skip)('the HTML report in headless chromium', () => {
  const dir = mkdtempSync(join(tmpdir(), 'ops-alert-report-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('loads with no JavaScript error and draws every chart', async () => {
    const runs = await runSimulation(sampleScenarioFiles().slice(0, 4));
    const file = join(dir, 'report.html');
    writeFileSync(file, renderReport(runs));
    const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
    try {
      const page = await browser.newPage();
      const errors: string[] = [];
      page.on('pageerror', (error) => errors.push(error.message));
      page.on('console', (message) => { if (message.type() === 'error') errors.push(message.text()); });
      await page.goto(pathToFileURL(file).href, { waitUntil: 'load' });
      const charts = (await page.evaluate(CHARTS_DRAWN)) as { total: number; drawn: number };
      expect(errors).toEqual([]);
      expect(charts.total).toBeGreaterThan(0);
      expect(charts.drawn).toBe(charts.total);
    } finally {
      await browser.close();
    }
  });
});
