/** Issue 15 item 1: an incident that requests both quotas may get two AWS cases; case text, e-mail and report name both. */
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { renderReport } from '#cli/html-report.js';
import { supportCaseUrl } from '#core/case-action.js';
import { PROJECT_ROOT } from '#local/project-root.js';
import { simulateScenario, type ScenarioRun } from '#local/simulate.js';
import { loadScenarioFile } from '#local/scenario-file.js';

let run: ScenarioRun;

beforeAll(async () => {
  const { name, scenario } = loadScenarioFile(join(PROJECT_ROOT, 'samples/scenarios/02-throttles-high-usage.json'));
  run = await simulateScenario(name, scenario);
});

describe('an incident with two quota requests (two cases)', () => {
  const cases = (): string[] => {
    const acting = run.results.find((r) => r.caseAction.action === 'created');
    const ids = ((acting?.caseAction.quotaRequests ?? []) as { caseDisplayId?: string }[]).map((q) => q.caseDisplayId ?? '');
    return ids;
  };

  it('Service Quotas opened one case per request', () => {
    expect(new Set(cases()).size).toBe(2);
    expect(run.account.cases.filter((c) => c.openedBy === 'service_quotas')).toHaveLength(2);
  });

  it('the text attached to the case names every case with its link', () => {
    const attached = run.account.cases.flatMap((c) => c.communications.filter((m) => m.by === 'customer').map((m) => m.body));
    expect(attached).toHaveLength(1);
    for (const id of cases()) expect(attached[0]).toContain(supportCaseUrl(id));
  });

  it('the e-mail names every case with its link', () => {
    expect(run.account.emails).toHaveLength(1);
    const body = run.account.emails[0]?.body ?? '';
    for (const id of cases()) expect(body).toContain(supportCaseUrl(id));
    expect(body).not.toContain('the case AWS opened for it');
    expect(body).toMatch(/AWS opened 2 cases/);
  });

  it('the HTML report names every case in its row, and with its link in the incident’s details', () => {
    const html = renderReport([run]);
    const row = html.match(/<div class="row inc"[^>]*data-action="created"[^>]*>.*?<\/div>/)?.[0] ?? '';
    for (const id of cases()) expect(row).toContain(id);
    // The details are built in the page from the gzipped data block.
    const block = html.match(/<script type="application\/gzip\+base64" id="report-data">([A-Za-z0-9+/=]*)<\/script>/)?.[1] ?? '';
    const details = gunzipSync(Buffer.from(block, 'base64')).toString('utf8');
    for (const id of cases()) expect(details).toContain(JSON.stringify(supportCaseUrl(id)).slice(1, -1));
  });
});
