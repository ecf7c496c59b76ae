/** Issue 15, text output of `ops-alert simulate`: scenario clock only, why a state was retried, one incident folded, quiet progress in a pipe. */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { formatRun } from '#cli/simulate-command.js';
import { simulate, withTables } from '../workflow/helpers.js';
import { cli, cliOn } from './run-cli.js';

const tables = withTables();
const at = '2026-06-01T10:00:00Z';

describe('ops-alert simulate text output', () => {
  it('prints the scenario clock only, says why a state was retried, and folds the incident', async () => {
    const run = await simulate(tables.get(), { faults: [{ api: 'Support.CreateCase', error: 'throttling' }], events: [{ model: 'G-Opus-4-6', alarms: ['ServerErrors'], at }] });
    const text = formatRun(run);
    const today = new Date().toISOString().slice(0, 10);
    expect(text).not.toContain(today);
    expect(text).toContain('2026-06-01T10:00:00.000Z  execution started');
    // Which of the two concurrent executions meets the fault varies: the JSON timeline of one says it, the text says why.
    const retries = run.results.flatMap((r) => (r.timeline ?? []) as { type: string; state?: string; error?: string }[]).filter((e) => e.type === 'StateRetried');
    expect(retries).toContainEqual(expect.objectContaining({ state: 'CreateSupportCase', error: 'TransientAwsError' }));
    expect(text).toMatch(/CreateSupportCase +succeeded .*retried (once|\d×) after [A-Za-z]+Error/);
    // Two events (the alarm's, which started the execution, and the composite's, which the rule does not match), one
    // incident: one block and one folded line.
    expect(run.results).toHaveLength(2);
    expect(text.match(/^--- /gm)).toHaveLength(1);
    expect(text).toMatch(/^ {2}\+ same incident: Acme-Bedrock-[A-Za-z-]+-G-Opus-4-6 -> ALARM .*no case action, no e-mail$/m);
  });

  it('shows no progress bar when stderr is not a terminal (and one when it is)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ops-alert-progress-'));
    try {
      const models = Array.from({ length: 6 }, (_, i) => ({ name: `M${i}`, modelId: `anthropic.m${i}-v1`, quotas: { rpm: 100, tpm: 100000 } }));
      const file = join(dir, 'many.json');
      writeFileSync(file, JSON.stringify({ customerName: 'Acme', models, events: models.map((m) => ({ model: m.name, alarms: ['ServerErrors'], at })) }));
      const r = await cli('simulate', '--scenario', file);
      // 6 executions (the 6 composites' events are not matched by the alarm rule)
      expect(r.stdout).toMatch(/6 executions: 6 succeeded.*6 event\(s\) not matched by the alarm rule/);
      expect(r.stderr).toBe('');
      const onTerminal = await cliOn({ tty: true }, 'simulate', '--scenario', file);
      expect(onTerminal.stderr).toContain('simulating [');
      expect(onTerminal.stdout).toMatch(/6 executions: 6 succeeded/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('--html writes the HTML report of the runs and says where on stderr', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ops-alert-html-'));
    try {
      const file = join(dir, 'one.json');
      writeFileSync(file, JSON.stringify({ customerName: 'Acme', models: [{ name: 'M0', modelId: 'anthropic.m0-v1', quotas: { rpm: 100, tpm: 100000 } }], events: [{ model: 'M0', alarms: ['ServerErrors'], at }] }));
      const report = join(dir, 'out', 'report.html');
      const r = await cli('simulate', '--scenario', file, '--html', report);
      expect(r.status).toBe(0);
      expect(r.stderr).toBe(`HTML report: ${report}\n`);
      const html = readFileSync(report, 'utf8');
      expect(html).toMatch(/^<!DOCTYPE html>/i);
      expect(html).toContain('Bedrock Ops Alert - local simulation');
      expect(html).toContain('<svg');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
