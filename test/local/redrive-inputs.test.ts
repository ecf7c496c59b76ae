/** The local runtime keeps a state's input only where a redrive needs it: the failed state of a failed execution. */
import { simulate, withTables } from '../workflow/helpers.js';

const tables = withTables();
const at = '2026-06-01T10:00:00Z';
const lowUsage = { name: 'G-Opus-4-6', modelId: 'global.anthropic.claude-opus-4-6-v1', quotas: { rpm: 10000, tpm: 6250000 }, usage: { peakRpm: 100, peakTpm: 100000 } };
const scenario = { models: [lowUsage], events: [{ model: 'G-Opus-4-6', alarms: ['ServerErrors'], at }], faults: [{ api: 'Support.CreateCase', error: 'permanent', times: 1 }] };

describe('re-drive inputs', () => {
  it('a successful execution keeps none; a failed one keeps only its failed state\'s input, and is redriven from it', async () => {
    const run = await simulate(tables.get(), scenario);
    const failed = run.records.filter((r) => r.status === 'FAILED');
    expect(failed).toHaveLength(1);
    expect(Object.keys(failed[0]?.stateInputs ?? {})).toEqual(['CreateSupportCase']);
    expect(failed[0]?.stateInputs.CreateSupportCase).toMatchObject({ classification: { incidentKey: expect.any(String) }, decision: { caseType: expect.any(String) } });

    const redriven = await simulate(tables.get(), scenario, 'redrive', { redrive: true });
    const resumed = redriven.records.find((r) => r.redriveCount === 1);
    expect(resumed?.status).toBe('SUCCEEDED');
    expect(resumed?.stateInputs).toEqual({});
    expect(resumed?.states.filter((s) => s === 'ResolveChildAlarms')).toHaveLength(1);
  });
});
