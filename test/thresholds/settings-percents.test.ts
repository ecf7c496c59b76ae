/**
 * The threshold percents have one home, the runtime settings (Parameter Store): the updater reads them there on
 * every run, whatever the deployment description carries, and a Parameter Store Change event of the settings
 * parameter runs it, recording why in the history. Sandbox ports (in-memory alarms and history).
 */
import { describe, expect, it } from '@jest/globals';
import { InMemoryThresholdAlarms, InMemoryThresholdHistory, RecordingThresholdNotifications } from '#adapters/sandbox/thresholds.js';
import { InvalidSettingsError } from '#core/errors.js';
import type { ModelQuotas } from '#core/model.js';
import { createThresholdHandler } from '#threshold-updater/handler.js';
import type { ThresholdHandlerResponse } from '#threshold-updater/handler.js';
import type { ThresholdUpdateSummary } from '#threshold-updater/update.js';
import { deploymentWith, OPUS, settingsDocumentOf, settingsPortOf, SONNET } from './fixtures.js';

const NOW = new Date('2026-06-02T06:00:00Z');
const silent = { info: () => undefined, warn: () => undefined, error: () => undefined };
const OPUS_TPM = 'Acme-Bedrock-HighTPMQuotaUsage-Warning-G-Opus-4-6';
const SONNET_RPM = 'Acme-Bedrock-HighInvocationRate-Warning-Sonnet-4-5';
const SETTINGS_PARAMETER = '/Acme/bedrock-ops-alert/settings';

/** A "Parameter Store Change" event as EventBridge delivers it for the settings parameter. */
const settingsChangeEvent = {
  version: '0', id: '6a7e4feb-b491-4cf7-a9f1-bf3703497718', 'detail-type': 'Parameter Store Change', source: 'aws.ssm',
  account: '123456789012', time: '2026-06-02T05:59:58Z', region: 'us-east-1',
  resources: [`arn:aws:ssm:us-east-1:123456789012:parameter${SETTINGS_PARAMETER}`],
  detail: { operation: 'Update', name: SETTINGS_PARAMETER, type: 'String', description: 'Bedrock Ops Alert runtime settings of Acme' },
};
const scheduleEvent = { source: 'bedrock-ops-alert.threshold-schedule' };

/** The quotas as deployed: nothing changed at Service Quotas, so only a percent can move a threshold. */
const quotasAsDeployed = async ({ name }: { name: string }): Promise<ModelQuotas> => {
  const value = (quota: 'RPM' | 'TPM', code: string, v: number) => ({ quota, code, name: `${quota} of ${name}`, value: v, adjustable: true });
  return name === OPUS.name
    ? { tpm: value('TPM', 'L-3DCCFAA4', 6_250_000) }
    : { rpm: value('RPM', 'L-3DD46812', 10_000), tpm: value('TPM', 'L-59759B4A', 2_000_000) };
};

/** The updater after a deploy: alarms as CloudFormation created them, the description stored, settings as seeded. */
const deployed = async () => {
  const deployment = deploymentWith(OPUS, SONNET);
  let document: unknown = settingsDocumentOf(deployment);
  const settings = settingsPortOf(() => document);
  const alarms = InMemoryThresholdAlarms.deployed(deployment);
  const history = new InMemoryThresholdHistory();
  await history.save(deployment);
  const handler = createThresholdHandler({
    ports: () => ({ quotas: { getModelQuotas: quotasAsDeployed }, settings, alarms, history, deployments: history, notifications: new RecordingThresholdNotifications() }),
    now: () => NOW,
    logger: silent,
  });
  return { deployment, alarms, history, settings, handler, edit: (next: unknown) => { document = next; } };
};

const summaryOf = (response: ThresholdHandlerResponse): ThresholdUpdateSummary => response as ThresholdUpdateSummary;

describe('threshold percents from the runtime settings', () => {
  it('leaves the alarms alone while the settings hold the deploy-time percents', async () => {
    const { alarms, handler, settings } = await deployed();
    const summary = summaryOf(await handler(scheduleEvent));
    expect(summary.results.map((r) => r.status)).toEqual(['unchanged', 'unchanged']);
    expect(alarms.calls).toEqual([]);
    expect(settings.reads).toBe(1);
  });

  it('moves the alarm threshold when an operator edits a percent in the settings parameter (Parameter Store Change)', async () => {
    // Prepare: Opus's TPM percent 80 -> 50 in Parameter Store; the deployment description still says 80.
    const { deployment, alarms, history, handler, edit } = await deployed();
    expect(alarms.metricAlarms.get(OPUS_TPM)?.Threshold).toBe(5_000_000);
    edit(settingsDocumentOf(deployment, { [OPUS.name]: { tpmThresholdPercent: 50 } }));
    // Act
    const summary = summaryOf(await handler(settingsChangeEvent));
    // Assess: what the simulated CloudWatch finally holds, and what the history says.
    expect(alarms.metricAlarms.get(OPUS_TPM)?.Threshold).toBe(3_125_000);
    expect(alarms.metricAlarms.get(OPUS_TPM)?.AlarmDescription).toContain('TPM quota x 50%');
    expect(alarms.metricAlarms.get(SONNET_RPM)?.Threshold).toBe(7_000);
    expect(deployment.models[0]?.percents.tpmThresholdPercent).toBe(80);
    expect(summary.results.map((r) => r.status)).toEqual(['updated', 'unchanged']);
    expect(history.entries).toEqual([expect.objectContaining({
      model: OPUS.name, alarmName: OPUS_TPM, oldThreshold: 5_000_000, newThreshold: 3_125_000, thresholdPercent: 50,
      reason: 'threshold_corrected', trigger: 'settings_changed',
    })]);
  });

  it('records the schedule as the trigger of a scheduled run that finds a changed percent', async () => {
    const { deployment, alarms, history, handler, edit } = await deployed();
    edit(settingsDocumentOf(deployment, { [SONNET.name]: { rpmThresholdPercent: 90 } }));
    await handler(scheduleEvent);
    expect(alarms.metricAlarms.get(SONNET_RPM)?.Threshold).toBe(9_000);
    expect(history.entries.map((e) => [e.alarmName, e.thresholdPercent, e.trigger])).toEqual([[SONNET_RPM, 90, 'schedule']]);
  });

  it('takes the percents from the settings on a deploy too, and records the deploy as the trigger', async () => {
    const { deployment, alarms, history, handler, edit } = await deployed();
    edit(settingsDocumentOf(deployment, { [OPUS.name]: { tpmThresholdPercent: 60 } }));
    await handler({ RequestType: 'Update', ResourceProperties: { Deployment: JSON.stringify(deployment) } });
    expect(alarms.metricAlarms.get(OPUS_TPM)?.Threshold).toBe(3_750_000);
    expect(history.entries.map((e) => e.trigger)).toEqual(['deploy']);
  });

  it('touches no alarm when the settings document is invalid, and says why', async () => {
    const { deployment, alarms, history, handler, edit } = await deployed();
    edit(settingsDocumentOf(deployment, { [OPUS.name]: { tpmThresholdPercent: 250 } }));
    await expect(handler(settingsChangeEvent)).rejects.toThrow(InvalidSettingsError);
    expect(alarms.calls).toEqual([]);
    expect(history.entries).toEqual([]);
  });
});
