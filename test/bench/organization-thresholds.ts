/**
 * Organization mode, the threshold updater run in the hub through the spoke roles (docs/deployment.md says why):
 * AWS calls per account and per account x Region x model, AssumeRole per account, in-process time per account, and
 * what the updater adds to the hub template (it is the figure a spoke-run updater would add to every spoke instance).
 *
 * The run is the real one (src/threshold-updater/update.ts, the AWS adapters, SpokeCredentials) against SDK clients
 * mocked with aws-sdk-client-mock; each call is counted by command. The in-process time leaves out the network: in
 * AWS each call also costs its round trip, so the wall time per account is about calls x latency, reported as such.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { App } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import { CloudWatchClient, DescribeAlarmsCommand, PutMetricAlarmCommand } from '@aws-sdk/client-cloudwatch';
import { GetServiceQuotaCommand, ListAWSDefaultServiceQuotasCommand, ListServiceQuotasCommand, ServiceQuotasClient } from '@aws-sdk/client-service-quotas';
import { PublishCommand, SNSClient } from '@aws-sdk/client-sns';
import { mockClient } from 'aws-sdk-client-mock';
import { CloudFormationClient, ListStackInstancesCommand } from '@aws-sdk/client-cloudformation';
import { parseDeploymentConfig, REPO_ROOT, resolveDeployment } from '../../infra/config.js';
import { addOpsAlertStacks } from '../../infra/ops-alert-app.js';
import { SnsNotifications } from '#adapters/aws/notifications.js';
import { SpokeCredentials } from '#adapters/aws/spoke-credentials.js';
import { InMemoryThresholdHistory } from '#adapters/sandbox/thresholds.js';
import { alarmName } from '#core/catalogue.js';
import type { DeployedModel, ThresholdDeployment } from '#core/threshold-deployment.js';
import { spokeTargetPorts, THRESHOLD_UPDATER_SESSION } from '#threshold-updater/spoke-ports.js';
import { updateThresholds } from '#threshold-updater/update.js';
import { awsStackInstancesPort } from '#adapters/aws/stack-instances.js';
import { ENV } from '#workflow/environment.js';
import { STATE_MACHINE_DEFINITION_PATH } from '#workflow/steps.js';
import type { BenchSection } from './section.js';

const ACCOUNTS = 10;
const REGIONS = ['us-east-1', 'us-west-2'];
const MODELS = 20;
const NOW = new Date('2026-06-02T06:00:00Z');
const ALARMS = {
  critical: { errorThreshold: 5, periodSeconds: 60, evaluationPeriods: 5 },
  usage: { evaluationPeriods: 5 },
  latency: { thresholdMs: 240_000, periodSeconds: 300, evaluationPeriods: 2 },
  anomaly: { stdDevs: 9, periodSeconds: 900, evaluationPeriods: 12 },
} as const satisfies DeployedModel['alarms'];

/** Every model with an explicit TPM quota code and an RPM one (the common case: one GetServiceQuota per code). */
const models: DeployedModel[] = Array.from({ length: MODELS }, (_, i) => ({
  name: `M${i + 1}`, modelId: `vendor.model-${i + 1}-v1:0`, hasRpmQuota: true,
  percents: { rpmThresholdPercent: 80, tpmThresholdPercent: 80 }, alarms: ALARMS,
  quotaCodes: { rpm: `L-${String(i).padStart(4, '0')}AAAA`, tpm: `L-${String(i).padStart(4, '0')}BBBB` }, currentQuotas: { rpm: 1000, tpm: 1_000_000 },
}));
const accounts = Array.from({ length: ACCOUNTS }, (_, i) => String(200_000_000_000 + i));
/**
 * Half the accounts listed in the configuration; the other half joined a spoke OU later and are found among the spoke
 * stack set's instances (ListStackInstances lists all of them).
 */
const LISTED = ACCOUNTS / 2;
const deployment: ThresholdDeployment = {
  schemaVersion: 1, customerName: 'Acme', models,
  targets: { accounts: accounts.slice(0, LISTED), regions: REGIONS, spokeStackSet: { name: 'Acme-BedrockOpsAlert-Spoke', callAs: 'DELEGATED_ADMIN' } },
};

/** One run over every target; returns the calls by "Service.Operation" and the in-process time. */
const measureRun = async (): Promise<{ calls: Record<string, number>; ms: number }> => {
  const cw = mockClient(CloudWatchClient);
  const sq = mockClient(ServiceQuotasClient);
  const sns = mockClient(SNSClient);
  const cfn = mockClient(CloudFormationClient);
  const calls: Record<string, number> = {};
  const count = (name: string): void => { calls[name] = (calls[name] ?? 0) + 1; };
  try {
    // Half the accounts had their quotas raised: their alarms are resized (a write and a history entry each).
    sq.on(GetServiceQuotaCommand).callsFake(async (input: { QuotaCode: string }, getClient) => {
      count('ServiceQuotas.GetServiceQuota');
      const key = (await (getClient() as ServiceQuotasClient).config.credentials()).accessKeyId;
      const raised = Number(key.slice(-1)) % 2 === 0;
      const base = input.QuotaCode.endsWith('AAAA') ? 1000 : 1_000_000;
      return { Quota: { QuotaCode: input.QuotaCode, QuotaName: input.QuotaCode, Value: raised ? base * 1.5 : base, Adjustable: true } };
    });
    sq.on(ListServiceQuotasCommand).callsFake(() => { count('ServiceQuotas.ListServiceQuotas'); return { Quotas: [] }; });
    sq.on(ListAWSDefaultServiceQuotasCommand).callsFake(() => { count('ServiceQuotas.ListAWSDefaultServiceQuotas'); return { Quotas: [] }; });
    cw.on(DescribeAlarmsCommand).callsFake((input: { AlarmNames: string[] }) => {
      count('CloudWatch.DescribeAlarms');
      const wanted = new Set(input.AlarmNames);
      const metric = models.flatMap((m) => [
        { AlarmName: alarmName('Acme', 'HighInvocationRate', m.name), Threshold: 800 },
        { AlarmName: alarmName('Acme', 'HighTPMQuotaUsage', m.name), Threshold: 800_000 },
      ]).filter((a) => wanted.has(a.AlarmName));
      return { MetricAlarms: metric, CompositeAlarms: [] };
    });
    cw.on(PutMetricAlarmCommand).callsFake(() => { count('CloudWatch.PutMetricAlarm'); return {}; });
    sns.on(PublishCommand).callsFake(() => { count('SNS.Publish'); return { MessageId: 'm' }; });
    cfn.on(ListStackInstancesCommand).callsFake(() => {
      count('CloudFormation.ListStackInstances');
      return { Summaries: accounts.flatMap((Account) => REGIONS.map((Region) => ({ Account, Region, Status: 'CURRENT' as const, StackInstanceStatus: { DetailedStatus: 'SUCCEEDED' as const } }))) };
    });

    const history = new InMemoryThresholdHistory();
    const countedHistory = {
      record: async (entries: Parameters<InMemoryThresholdHistory['record']>[0]) => { for (const _ of entries) count('DynamoDB.PutItem'); await history.record(entries); },
      list: async (options?: Parameters<InMemoryThresholdHistory['list']>[0]) => { count('DynamoDB.Query'); return history.list(options); },
    };
    const credentials = new SpokeCredentials({
      roleName: 'Acme-OpsAlertSpoke', sessionName: THRESHOLD_UPDATER_SESSION, now: () => NOW.getTime(),
      assume: async (request) => {
        count('STS.AssumeRole');
        return { accessKeyId: `ASIA${request.roleArn.split(':')[4] ?? ''}`, secretAccessKey: 's', sessionToken: 't', expiration: new Date(NOW.getTime() + 3_600_000) };
      },
    });
    const { portsOf } = spokeTargetPorts({ [ENV.spokeRoleName]: 'Acme-OpsAlertSpoke' }, { credentials });
    const settings = { loadDocument: async () => { count('SSM.GetParameter'); return { customerName: 'Acme', models: models.map((m) => ({ name: m.name, modelId: m.modelId })) }; } };
    const hubPorts = {
      settings,
      quotas: { getModelQuotas: () => Promise.reject(new Error('hub quotas')) },
      alarms: { describe: () => Promise.reject(new Error('hub')), putMetricAlarm: () => Promise.reject(new Error('hub')), putCompositeAlarm: () => Promise.reject(new Error('hub')), deleteAlarms: () => Promise.reject(new Error('hub')) },
      notifications: new SnsNotifications({ client: new SNSClient({ region: 'us-east-1' }), topicArn: 'arn:aws:sns:us-east-1:111111111111:t' }),
      history: countedHistory,
      stackInstances: awsStackInstancesPort({}, new CloudFormationClient({ region: 'us-east-1' })),
    };
    const started = performance.now();
    const summary = await updateThresholds(deployment, hubPorts, NOW, 'schedule', portsOf);
    const ms = performance.now() - started;
    const failed = summary.results.filter((r) => r.status === 'failed');
    if (failed.length > 0) throw new Error(`bench run failed: ${JSON.stringify(failed[0]?.error)}`);
    if (summary.spokeInstances?.status !== 'listed' || summary.spokeInstances.added.length !== (ACCOUNTS - LISTED) * REGIONS.length) {
      throw new Error(`bench run: the stack set's listing did not add the unlisted accounts: ${JSON.stringify(summary.spokeInstances)}`);
    }
    return { calls, ms };
  } finally {
    cw.restore();
    sq.restore();
    sns.restore();
    cfn.restore();
  }
};

/** Bytes of the hub template, and of the updater's resources in it (what a spoke-run updater would put in every spoke). */
const templateFigures = (): { hubBytes: number; updaterBytes: number; updaterResources: number; spokeBytes: number } => {
  const outdir = mkdtempSync(join(tmpdir(), 'ops-alert-bench-'));
  try {
    const context = (JSON.parse(readFileSync(resolve(REPO_ROOT, 'cdk.json'), 'utf8')) as { context: Record<string, unknown> }).context;
    const app = new App({ outdir, context: { ...context, 'aws:cdk:bundling-stacks': [] } });
    const raw = JSON.parse(readFileSync(resolve(REPO_ROOT, 'samples/config/organization.config.json'), 'utf8')) as unknown;
    const stacks = addOpsAlertStacks(app, resolveDeployment(parseDeploymentConfig(raw, 'organization sample')), {
      stateMachineDefinition: readFileSync(resolve(REPO_ROOT, STATE_MACHINE_DEFINITION_PATH), 'utf8'),
    });
    const template = Template.fromStack(stacks.core).toJSON() as { Resources: Record<string, unknown> };
    const updater = Object.entries(template.Resources).filter(([id]) => id.startsWith('ThresholdUpdater'));
    return {
      hubBytes: JSON.stringify(template).length,
      updaterBytes: updater.reduce((sum, [, resource]) => sum + JSON.stringify(resource).length, 0),
      updaterResources: updater.length,
      spokeBytes: stacks.core.organization?.spokes.templates[0]?.bytes ?? 0,
    };
  } finally {
    rmSync(outdir, { recursive: true, force: true });
  }
};

export const organizationThresholds: BenchSection = {
  id: 'org-thresholds',
  name: `Threshold updater in organization mode (hub, ${ACCOUNTS} accounts x ${REGIONS.length} Regions x ${MODELS} models, SDK mocked)`,
  async run() {
    const { calls, ms } = await measureRun();
    const total = Object.values(calls).reduce((a, b) => a + b, 0);
    const targets = ACCOUNTS * REGIONS.length;
    // Once per run, not per account: the settings read and the stack set's listing.
    const perRun = (calls['SSM.GetParameter'] ?? 0) + (calls['CloudFormation.ListStackInstances'] ?? 0);
    const perAccount = (total - perRun) / ACCOUNTS;
    const perTargetModel = (total - perRun - (calls['STS.AssumeRole'] ?? 0)) / (targets * MODELS);
    const template = templateFigures();
    console.log(`  calls: ${total} (${Object.entries(calls).map(([k, v]) => `${k} ${v}`).join(', ')})`);
    console.log(`  once per run: SSM.GetParameter ${calls['SSM.GetParameter'] ?? 0}, CloudFormation.ListStackInstances ${calls['CloudFormation.ListStackInstances'] ?? 0} (${ACCOUNTS * REGIONS.length} instances; ${ACCOUNTS - LISTED} of ${ACCOUNTS} accounts found only there)`);
    console.log(`  per account: ${perAccount.toFixed(1)} calls (AssumeRole ${(calls['STS.AssumeRole'] ?? 0) / ACCOUNTS}); per account x Region x model: ${perTargetModel.toFixed(2)}`);
    console.log(`  in-process: ${(ms / ACCOUNTS).toFixed(1)} ms per account; at 50 ms per AWS call about ${((perAccount * 50) / 1000).toFixed(1)} s per account (${REGIONS.length} Regions x ${MODELS} models)`);
    console.log(`  hub template ${template.hubBytes} bytes, of which the updater ${template.updaterBytes} bytes in ${template.updaterResources} resources; spoke template ${template.spokeBytes} bytes (no updater)`);
    return {
      orgThresholdCallsPerAccount: Math.round(perAccount * 10) / 10,
      orgThresholdCallsPerTargetModel: Math.round(perTargetModel * 100) / 100,
      orgThresholdAssumeRolePerAccount: (calls['STS.AssumeRole'] ?? 0) / ACCOUNTS,
      orgThresholdListStackInstancesPerRun: calls['CloudFormation.ListStackInstances'] ?? 0,
      orgThresholdInProcessMsPerAccount: Math.round((ms / ACCOUNTS) * 10) / 10,
      orgHubTemplateBytes: template.hubBytes,
      orgUpdaterTemplateBytes: template.updaterBytes,
      orgUpdaterResources: template.updaterResources,
      orgSpokeTemplateBytes: template.spokeBytes,
    };
  },
};
