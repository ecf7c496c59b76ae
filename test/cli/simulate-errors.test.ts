/** Issue 15 items 2 and 3: `ops-alert simulate` reports bad scenarios clearly and exits non-zero on unexpected failures. */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseScenario } from '#workflow/validate.js';
import { InvalidScenarioError } from '#core/errors.js';
import { PROJECT_ROOT } from '#local/project-root.js';
import { cli, type CliResult } from './run-cli.js';

const dir = mkdtempSync(join(tmpdir(), 'ops-alert-simulate-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const sample = (file: string): Record<string, unknown> => JSON.parse(readFileSync(join(PROJECT_ROOT, 'samples/scenarios', file), 'utf8'));
const write = (name: string, content: unknown): string => {
  const path = join(dir, name);
  writeFileSync(path, JSON.stringify(content));
  return path;
};
const simulate = (...args: string[]): Promise<CliResult> => cli('simulate', ...args);

const smallScenario = { customerName: 'Acme', models: [{ name: 'M', modelId: 'anthropic.m-v1', quotas: { rpm: 100, tpm: 100000 } }], events: [{ model: 'M', alarms: ['ServerErrors'], at: '2026-06-01T10:00:00Z' }] };

describe('scenario schema errors: the shape the entry was meant to be, once each, with its path', () => {
  const message = (scenario: unknown): string => {
    try {
      parseScenario(scenario, 'test.json');
    } catch (error) {
      expect(error).toBeInstanceOf(InvalidScenarioError);
      return (error as Error).message;
    }
    throw new Error('the scenario was accepted');
  };

  it('a bad `at` in a shorthand event: only that error, once', () => {
    const m = message({ ...smallScenario, events: [{ model: 'M', alarms: ['Throttles'], at: 'yesterday' }] });
    expect(m).toContain('scenario/events/0/at must match format "date-time"');
    expect(m.match(/events\/0\/at/g)).toHaveLength(1);
    expect(m).not.toMatch(/quotaChange|detail-type|additional properties|anyOf/);
  });

  it('a quota change entry is checked as a quota change only', () => {
    const m = message({ ...smallScenario, events: [{ quotaChange: { quotas: { rpm: 5 } }, at: '2026-06-01T10:00:00Z' }] });
    expect(m).toContain("scenario/events/0/quotaChange must have required property 'model'");
    expect(m).not.toMatch(/'alarms'|detail-type|anyOf/);
  });

  it('an EventBridge event given as a scenario gets a hint', () => {
    const event = JSON.parse(readFileSync(join(PROJECT_ROOT, 'samples/events/metric-alarm-state-change.json'), 'utf8'));
    expect(message(event)).toMatch(/is an EventBridge event, not a scenario\. Events go inside a scenario/);
  });
});

describe('ops-alert simulate exit status', () => {
  it('invalid settings: one clear error before anything runs, exit 1', async () => {
    const r = await simulate('--scenario', write('bad-settings.json', { ...sample('06-server-errors-non-quota.json'), settings: { usageWindowDays: 'x' } }));
    expect(r.status).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('settings/usageWindowDays must be integer');
    expect(r.stderr).toContain('Nothing was run');
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
  });

  it('a failed execution the scenario does not expect: exit 1 and says which', async () => {
    const r = await simulate('--scenario', write('fault.json', { ...smallScenario, name: 'fault', faults: [{ api: 'Support.CreateCase', error: 'permanent' }] }));
    expect(r.stdout).toMatch(/[1-9] failed/);
    expect(r.stderr).toContain('execution(s) of scenario fault failed');
    expect(r.status).toBe(1);
  });

  it('failures the scenario expects (expectFailedExecutions): exit 0', async () => {
    const r = await simulate('--scenario', write('expected.json', { ...smallScenario, expectFailedExecutions: true, settings: { usageWindowDays: 'x' } }));
    expect(r.stdout).toMatch(/0 succeeded, [1-9] failed/);
    expect(r.status).toBe(0);
  });
});
