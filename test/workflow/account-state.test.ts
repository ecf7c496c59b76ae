/** `simulate --json` reports what the simulated account holds, not what the executions believe they did. */
import { validateSimulationOutput } from '#workflow/validate.js';
import { accountStateOf } from '#local/simulate.js';
import { simulate, withDynamo } from './helpers.js';

const dynamo = withDynamo();
const at = '2026-06-01T10:00:00Z';
const lowUsage = { name: 'G-Opus-4-6', modelId: 'global.anthropic.claude-opus-4-6-v1', quotas: { rpm: 10000, tpm: 6250000 }, usage: { peakRpm: 100, peakTpm: 100000 } };

describe('account state in the simulation output', () => {
  it('lists every case with its communications, every quota request and every e-mail with its filtered recipients', async () => {
    // Prepare: one investigation incident, one quota incident (high usage), subscribers with different preferences
    const run = await simulate(dynamo.get(), {
      models: [lowUsage, { name: 'Nova', modelId: 'amazon.nova-pro-v1:0', quotas: { rpm: 100, tpm: 100000 }, usage: { peakRpm: 99, peakTpm: 99000 } }],
      subscribers: [{ email: 'all@example.com', preference: 'all' }, { email: 'crit@example.com', preference: 'critical' }],
      events: [{ model: 'G-Opus-4-6', alarms: ['ServerErrors'], at }, { model: 'Nova', alarms: ['HighTPMQuotaUsage'], at: '2026-06-01T11:00:00Z' }],
    });

    // Act
    const account = accountStateOf([run]);

    // Assess: the output validates against its schema, and holds what the account holds
    expect(() => validateSimulationOutput({ results: run.results, account })).not.toThrow();
    const investigation = account.cases.find((c) => c.subject.endsWith('G-Opus-4-6 - Investigation Request'));
    expect(investigation).toMatchObject({ scenario: 'test', status: 'opened', openedBy: 'workflow' });
    expect(investigation?.communications[0]?.body).toContain('Acme-Bedrock-ServerErrors-Critical-G-Opus-4-6');
    expect(account.quotaRequests).toEqual([expect.objectContaining({ model: 'Nova', quota: 'TPM', desiredValue: expect.any(Number), status: 'CASE_OPENED', caseId: expect.stringMatching(/^case-/) })]);
    const quotaCase = account.cases.find((c) => c.caseId === account.quotaRequests[0]?.caseId);
    expect(quotaCase?.openedBy).toBe('service_quotas');
    expect(quotaCase?.communications.some((m) => m.body.includes('Reference: bedrock-ops-alert/'))).toBe(true);
    expect(account.emails.map((e) => [e.attributes.model, e.recipients])).toEqual([
      ['G-Opus-4-6', ['all@example.com', 'crit@example.com']],
      ['Nova', ['all@example.com']],
    ]);
  });

  it('passes no case text along the workflow state; each result shows the text its own execution sent to the case', async () => {
    // Prepare: a case opened, then an incident of another kind appended to it (the same model and category)
    const run = await simulate(dynamo.get(), {
      models: [lowUsage],
      events: [{ model: 'G-Opus-4-6', alarms: ['ServerErrors'], at }, { model: 'G-Opus-4-6', alarms: ['HighLatency'], at: '2026-06-01T11:00:00Z' }],
    });

    // Act
    const [opened, appended] = run.results.filter((r) => r.execution.outcome === 'incident');
    const communications = accountStateOf([run]).cases.flatMap((c) => c.communications.map((m) => m.body));

    // Assess: two incidents; the final states hold the case action without its text (the e-mail does not need it)...
    for (const state of run.states.filter((st) => st?.caseAction)) expect(state?.caseAction).not.toHaveProperty('body');
    // ...and each result's text is the communication its execution left on the case, not the other's
    expect(run.states.filter((st) => st?.caseAction)).toHaveLength(2);
    expect(opened?.caseAction).toMatchObject({ action: 'created' });
    expect(appended?.caseAction).toMatchObject({ action: 'appended', caseId: opened?.caseAction.caseId });
    expect(communications).toHaveLength(2);
    expect(opened?.caseAction.body).toBe(communications[0]);
    expect(appended?.caseAction.body).toBe(communications[1]);
    expect(appended?.caseAction.body).toContain('Acme-Bedrock-HighLatency-Warning-G-Opus-4-6');
  });
});
