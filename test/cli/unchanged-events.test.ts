/** Issue 15 item 4: an event that changes no alarm state does not vanish: the output says so, and why. */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { validateSimulationOutput } from '#workflow/validate.js';
import { cli, type CliResult } from './run-cli.js';

const dir = mkdtempSync(join(tmpdir(), 'ops-alert-unchanged-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const scenario = {
  name: 'repeat', customerName: 'Acme', models: [{ name: 'M', modelId: 'anthropic.m-v1', quotas: { rpm: 100, tpm: 100000 } }],
  events: [
    { model: 'M', alarms: ['ServerErrors'], at: '2026-06-01T10:00:00Z' },
    { model: 'M', alarms: ['ServerErrors'], at: '2026-06-01T10:05:00Z', label: 'again' },
    { model: 'M', alarms: ['Throttles'], at: '2026-06-01T10:06:00Z', state: 'OK' },
  ],
};
const file = join(dir, 'repeat.json');
writeFileSync(file, JSON.stringify(scenario));
const simulate = (...args: string[]): Promise<CliResult> => cli('simulate', '--scenario', file, ...args);

describe('events that change no alarm state', () => {
  it('--json lists each one with why', async () => {
    const r = await simulate('--json');
    expect(r.status).toBe(0);
    const output = validateSimulationOutput(JSON.parse(r.stdout));
    expect(output.unchangedEvents?.map((u) => u.index)).toEqual([1, 2]);
    expect(output.unchangedEvents?.[0]?.reason).toContain('Acme-Bedrock-ServerErrors-Critical-M was already ALARM since 2026-06-01T10:00:00.000Z');
    expect(output.unchangedEvents?.[1]?.reason).toMatch(/Throttles-Critical-M was already OK/);
  });

  it('the text output says per event that nothing ran, and counts them', async () => {
    const r = await simulate();
    expect(r.stdout).toMatch(/--- again: M ServerErrors -> ALARM \(at 2026-06-01T10:05:00Z\)\nno execution: no alarm changed state/);
    expect(r.stdout).toMatch(/2 event\(s\) changed no alarm state/);
  });
});
