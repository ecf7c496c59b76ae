/**
 * Organization mode: the hub's one threshold updater acts in every configured account x Region through the spoke
 * role of each account (src/threshold-updater/spoke-ports.ts), on the AWS adapters with the SDK calls mocked. Each
 * call is checked for the credentials (account) and Region of the client that made it, so an updater that read one
 * account's quotas and wrote another's alarms, or acted in the hub, fails here.
 */
import { afterEach, describe, expect, it } from '@jest/globals';
import { BedrockClient, GetInferenceProfileCommand, ListInferenceProfilesCommand, ResourceNotFoundException } from '@aws-sdk/client-bedrock';
import { CloudWatchClient, DescribeAlarmsCommand, PutMetricAlarmCommand } from '@aws-sdk/client-cloudwatch';
import { GetServiceQuotaCommand, ListAWSDefaultServiceQuotasCommand, ListServiceQuotasCommand, ServiceQuotasClient } from '@aws-sdk/client-service-quotas';
import { PublishCommand, SNSClient } from '@aws-sdk/client-sns';
import { CloudFormationClient, ListStackInstancesCommand, type StackInstanceDetailedStatus, type StackInstanceStatus } from '@aws-sdk/client-cloudformation';
import { mockClient } from 'aws-sdk-client-mock';
import 'aws-sdk-client-mock-jest';
import { SnsNotifications } from '#adapters/aws/notifications.js';
import { awsStackInstancesPort } from '#adapters/aws/stack-instances.js';
import { SpokeCredentials, type AssumeRoleRequest } from '#adapters/aws/spoke-credentials.js';
import { InMemoryThresholdHistory } from '#adapters/sandbox/thresholds.js';
import { ThresholdUpdateFailedError } from '#core/errors.js';
import { parseThresholdDeployment, thresholdTargetsOf, type ThresholdDeployment } from '#core/threshold-deployment.js';
import { createThresholdHandler } from '#threshold-updater/handler.js';
import { spokeTargetPorts, THRESHOLD_UPDATER_SESSION } from '#threshold-updater/spoke-ports.js';
import { ENV } from '#workflow/environment.js';
import { deploymentWith, OPUS, settingsDocumentOf, settingsPortOf } from './fixtures.js';

const cw = mockClient(CloudWatchClient);
const sq = mockClient(ServiceQuotasClient);
const sns = mockClient(SNSClient);
const cfn = mockClient(CloudFormationClient);
// The spokes' profile discovery (Bedrock): no application profile anywhere. Unmocked, each run went to the network
// and waited out the SDK's retries (~3 s idle per file) before reporting the discovery as failed.
const bedrock = mockClient(BedrockClient);
const silent = { info: () => undefined, warn: () => undefined, error: () => undefined };
const NOW = new Date('2026-06-02T06:00:00Z');
const OPUS_TPM = 'Acme-Bedrock-HighTPMQuotaUsage-Warning-G-Opus-4-6';
const ACCOUNTS = ['222222222222', '333333333333', '444444444444'];
const REGIONS = ['us-east-1', 'us-west-2'];

afterEach(() => {
  cw.reset();
  sq.reset();
  sns.reset();
  cfn.reset();
  bedrock.reset();
});

const orgDeployment = (accounts = ACCOUNTS): ThresholdDeployment => ({ ...deploymentWith(OPUS), targets: { accounts, regions: REGIONS } });

/** Each account's TPM quota differs per Region: 1 000 000 x (account's index + 1, 5 for another) + 100 000 in us-west-2. */
const quotaOf = (account: string, region: string): number => 1_000_000 * (ACCOUNTS.includes(account) ? ACCOUNTS.indexOf(account) + 1 : 5) + (region === 'us-west-2' ? 100_000 : 0);

/** Which account and Region a mocked call came from: the client's credentials (key id = account) and Region. */
const whereOf = async (getClient: () => { config: { credentials: () => Promise<{ accessKeyId: string }>; region: () => Promise<string> } }) => {
  const config = getClient().config;
  return { account: (await config.credentials()).accessKeyId.replace('ASIA-', ''), region: await config.region() };
};

const setUp = (refused: readonly string[] = [], options: { stackInstances?: boolean } = {}) => {
  const assumed: AssumeRoleRequest[] = [];
  const credentials = new SpokeCredentials({
    roleName: 'Acme-OpsAlertSpoke', sessionName: THRESHOLD_UPDATER_SESSION, now: () => NOW.getTime(),
    assume: async (request) => {
      assumed.push(request);
      const account = request.roleArn.split(':')[4] ?? '';
      if (refused.includes(account)) throw Object.assign(new Error(`not authorized to perform sts:AssumeRole on ${request.roleArn}`), { name: 'AccessDenied' });
      return { accessKeyId: `ASIA-${account}`, secretAccessKey: 'secret', sessionToken: 'token', expiration: new Date(NOW.getTime() + 3_600_000) };
    },
  });
  const writes: { account: string; region: string; name: string; threshold: number | undefined }[] = [];
  const reads: string[] = [];
  sq.on(GetServiceQuotaCommand).callsFake(async (input: { QuotaCode: string }, getClient) => {
    const { account, region } = await whereOf(getClient as never);
    reads.push(`${account}/${region}`);
    return { Quota: { QuotaCode: input.QuotaCode, QuotaName: 'tpm', Value: quotaOf(account, region), Adjustable: true } };
  });
  bedrock.on(ListInferenceProfilesCommand).resolves({ inferenceProfileSummaries: [] });
  bedrock.on(GetInferenceProfileCommand).rejects(new ResourceNotFoundException({ message: 'not a profile here', $metadata: {} }));
  // No RPM quota for the model under any name (it is TPM-only).
  sq.on(ListServiceQuotasCommand).resolves({ Quotas: [] });
  sq.on(ListAWSDefaultServiceQuotasCommand).resolves({ Quotas: [] });
  // Every spoke holds the alarms as the stack set deployed them (the configuration's quota, 6 250 000 x 80%).
  cw.on(DescribeAlarmsCommand).callsFake((input: { AlarmNames: string[] }) => ({
    MetricAlarms: input.AlarmNames.filter((name) => name === OPUS_TPM).map((name) => ({ AlarmName: name, Threshold: 5_000_000 })),
    CompositeAlarms: [],
  }));
  cw.on(PutMetricAlarmCommand).callsFake(async (input: { AlarmName: string; Threshold?: number }, getClient) => {
    writes.push({ ...(await whereOf(getClient as never)), name: input.AlarmName, threshold: input.Threshold });
    return {};
  });
  sns.on(PublishCommand).resolves({ MessageId: 'msg-1' });
  const history = new InMemoryThresholdHistory();
  const warnings: { message: string; detail?: unknown }[] = [];
  const handler = createThresholdHandler({
    ports: () => ({
      settings: settingsPortOf(() => settingsDocumentOf(deploymentWith(OPUS))),
      // The hub's own quotas and alarms ports: organization mode must never use them.
      quotas: { getModelQuotas: () => Promise.reject(new Error('the hub read its own quotas')) },
      alarms: { describe: () => Promise.reject(new Error('the hub read its own alarms')), putMetricAlarm: () => Promise.reject(new Error('hub')), putCompositeAlarm: () => Promise.reject(new Error('hub')), deleteAlarms: () => Promise.reject(new Error('hub')) },
      notifications: new SnsNotifications({ client: new SNSClient({ region: 'eu-west-1' }), topicArn: 'arn:aws:sns:eu-west-1:111111111111:Acme-notifications' }),
      history,
      deployments: history,
      ...(options.stackInstances ? { stackInstances: awsStackInstancesPort({}, new CloudFormationClient({ region: 'eu-west-1' })) } : {}),
    }),
    ...spokeTargetPorts({ [ENV.spokeRoleName]: 'Acme-OpsAlertSpoke' }, { credentials }),
    now: () => NOW,
    logger: { ...silent, warn: (message: string, ...detail: unknown[]) => void warnings.push({ message, detail: detail[0] }) },
  });
  return { handler, assumed, writes, reads, history, warnings };
};

const event = (deployment: ThresholdDeployment) => ({ RequestType: 'Update', ResourceProperties: { Deployment: JSON.stringify(deployment) } });

describe('threshold updater in organization mode (hub, through the spoke roles)', () => {
  it('resizes the alarms of every account x Region from that account\'s own quota, with that account\'s credentials', async () => {
    const { handler, assumed, writes, reads, history } = setUp();
    const response = await handler(event(orgDeployment()));
    // One AssumeRole per account (not per Region, not per model), of the spoke role, with the updater's session name.
    expect(assumed.map((a) => a.roleArn)).toEqual(ACCOUNTS.map((account) => `arn:aws:iam::${account}:role/Acme-OpsAlertSpoke`));
    expect(new Set(assumed.map((a) => a.sessionName))).toEqual(new Set(['bedrock-ops-alert-UpdateThresholds']));
    // Quotas read and alarms written where they are, each at 80% of that account's quota in that Region.
    const targets = thresholdTargetsOf({ accounts: ACCOUNTS, regions: REGIONS });
    expect(reads.sort()).toEqual(targets.map((t) => `${t.account}/${t.region}`).sort());
    expect(writes.sort((a, b) => `${a.account}${a.region}`.localeCompare(`${b.account}${b.region}`))).toEqual(
      targets.map((t) => ({ ...t, name: OPUS_TPM, threshold: quotaOf(t.account, t.region) * 0.8 })),
    );
    // The history names where each change happened; one "thresholds updated" e-mail per target, with its account.
    expect(history.entries.map((e) => `${e.account}/${e.region}:${e.newQuota}`).sort()).toEqual(targets.map((t) => `${t.account}/${t.region}:${quotaOf(t.account, t.region)}`).sort());
    const published = sns.commandCalls(PublishCommand).map((call) => call.args[0].input);
    expect(published.map((input) => input.MessageAttributes?.account?.StringValue).sort()).toEqual(targets.map((t) => t.account).sort());
    expect(published[0]?.Message).toMatch(/^Account 222222222222, Region us-east-1\./);
    expect(response).toMatchObject({ Data: { Updated: '6', Unchanged: '0', QuotaDataErrors: '0' } });
  });

  it('compares each target with its own history: a second run changes nothing anywhere', async () => {
    const { handler, assumed, writes, history } = setUp();
    await handler(event(orgDeployment()));
    const firstWrites = writes.length;
    // CloudWatch now holds the new thresholds.
    cw.on(DescribeAlarmsCommand).callsFake(async (input: { AlarmNames: string[] }, getClient) => {
      const { account, region } = await whereOf(getClient as never);
      return { MetricAlarms: input.AlarmNames.filter((name) => name === OPUS_TPM).map((name) => ({ AlarmName: name, Threshold: quotaOf(account, region) * 0.8 })), CompositeAlarms: [] };
    });
    const second = await handler({ source: 'bedrock-ops-alert.threshold-schedule' });
    expect(writes).toHaveLength(firstWrites);
    expect((second as { results: { status: string }[] }).results.map((r) => r.status)).toEqual(Array(6).fill('unchanged'));
    expect(history.entries).toHaveLength(6);
    // Credentials are still valid: no second AssumeRole.
    expect(assumed).toHaveLength(3);
  });

  it('goes on with the other accounts when one spoke role cannot be assumed, then fails the run naming it', async () => {
    const { handler, writes } = setUp(['333333333333']);
    await expect(handler(event(orgDeployment()))).rejects.toThrow(ThresholdUpdateFailedError);
    expect(new Set(writes.map((w) => w.account))).toEqual(new Set(['222222222222', '444444444444']));
    await expect(handler(event(orgDeployment()))).rejects.toThrow(/G-Opus-4-6 in 333333333333\/us-east-1 \(AccessDenied: .*sts:AssumeRole/);
  });

  it('refuses malformed targets in the custom resource property', () => {
    expect(() => parseThresholdDeployment(JSON.stringify({ ...deploymentWith(OPUS), targets: { accounts: ['12345'], regions: REGIONS } }))).toThrow(/invalid targets/);
    expect(parseThresholdDeployment(JSON.stringify(orgDeployment())).targets).toEqual({ accounts: ACCOUNTS, regions: REGIONS });
  });
});

describe('organization mode: the accounts that joined a spoke OU, from the spoke stack set\'s instances (ListStackInstances)', () => {
  const JOINED = '555555555555';
  const STACK_SET = { name: 'Acme-BedrockOpsAlert-Spoke', callAs: 'DELEGATED_ADMIN' as const };
  const withStackSet = (accounts = ['222222222222']): ThresholdDeployment => ({ ...deploymentWith(OPUS), targets: { accounts, regions: REGIONS, spokeStackSet: STACK_SET } });
  const summary = (account: string, region: string, Status: StackInstanceStatus, DetailedStatus?: StackInstanceDetailedStatus) =>
    ({ StackSetId: `${STACK_SET.name}:1111`, Account: account, Region: region, Status, OrganizationalUnitId: 'ou-ab12-11111111', ...(DetailedStatus ? { StackInstanceStatus: { DetailedStatus } } : {}) });

  it('lists every page as the hub administers the stack set, and acts in each current instance of an account the configuration does not list', async () => {
    const { handler, assumed, writes } = setUp([], { stackInstances: true });
    cfn.on(ListStackInstancesCommand, { NextToken: undefined }).resolves({
      Summaries: [summary('222222222222', 'us-east-1', 'CURRENT', 'SUCCEEDED'), summary(JOINED, 'us-east-1', 'CURRENT', 'SUCCEEDED')], NextToken: 'page-2',
    });
    cfn.on(ListStackInstancesCommand, { NextToken: 'page-2' }).resolves({
      Summaries: [
        summary(JOINED, 'us-west-2', 'CURRENT', 'SUCCEEDED'),
        // Being created (no stack yet) and a failed deletion: neither holds alarms to resize.
        summary('666666666666', 'us-east-1', 'OUTDATED', 'RUNNING'),
        summary('777777777777', 'us-east-1', 'INOPERABLE', 'INOPERABLE'),
      ],
    });

    const response = await handler(event(withStackSet()));

    // Two pages of the named stack set, with its CallAs and the largest page.
    const calls = cfn.commandCalls(ListStackInstancesCommand).map((call) => call.args[0].input);
    expect(calls).toEqual([
      { StackSetName: STACK_SET.name, CallAs: 'DELEGATED_ADMIN', MaxResults: 100 },
      { StackSetName: STACK_SET.name, CallAs: 'DELEGATED_ADMIN', MaxResults: 100, NextToken: 'page-2' },
    ]);
    // The configured account x Regions, then the joined account's two current instances; no other account reached.
    expect(assumed.map((a) => a.roleArn.split(':')[4])).toEqual(['222222222222', JOINED]);
    expect(writes.map((w) => `${w.account}/${w.region}`).sort()).toEqual(['222222222222/us-east-1', '222222222222/us-west-2', `${JOINED}/us-east-1`, `${JOINED}/us-west-2`]);
    expect(response).toMatchObject({ Data: { Updated: '4', SpokeInstances: 'listed: 2 target(s) added' } });
    const scheduled = await handler({ source: 'bedrock-ops-alert.threshold-schedule' }) as { spokeInstances?: unknown };
    expect(scheduled.spokeInstances).toMatchObject({
      status: 'listed', instances: 5,
      added: [{ account: JOINED, region: 'us-east-1' }, { account: JOINED, region: 'us-west-2' }],
      skipped: [{ account: '666666666666', region: 'us-east-1', status: 'OUTDATED', detailedStatus: 'RUNNING' }, { account: '777777777777', region: 'us-east-1', status: 'INOPERABLE', detailedStatus: 'INOPERABLE' }],
    });
  });

  it('a listing CloudFormation refuses (AccessDenied) leaves the configured accounts acted in, and the log and an e-mail say what was not listed', async () => {
    const { handler, writes, warnings } = setUp([], { stackInstances: true });
    cfn.on(ListStackInstancesCommand).rejects(Object.assign(new Error('User: arn:aws:sts::111111111111:assumed-role/updater is not authorized to perform: cloudformation:ListStackInstances'), {
      name: 'AccessDenied', $fault: 'client', $metadata: { httpStatusCode: 403 },
    }));

    const response = await handler(event(withStackSet(['222222222222', '333333333333'])));

    // Not a failure of the run (the deploy goes on): the configured accounts were resized.
    expect(new Set(writes.map((w) => w.account))).toEqual(new Set(['222222222222', '333333333333']));
    expect(response).toMatchObject({ Data: { Updated: '4', SpokeInstances: 'not listed: PermanentAwsError' } });
    expect(warnings).toEqual([expect.objectContaining({ message: expect.stringMatching(/not listed: acted in the configured accounts only/), detail: expect.objectContaining({ stackSet: STACK_SET.name }) })]);
    const published = sns.commandCalls(PublishCommand).map((call) => call.args[0].input);
    const warning = published.find((input) => input.MessageAttributes?.scenario?.StringValue === 'spoke_instances_unlisted');
    expect(warning?.Subject).toMatch(/Spoke accounts not listed/);
    expect(warning?.Message).toMatch(/AccessDenied[\s\S]*2 account\(s\) the configuration lists \(organization\.accounts\), 4 account x Region target/);
    // Sent to every subscriber: it names no account.
    expect(warning?.MessageAttributes?.account).toBeUndefined();
  });

  it('without a stack set in the description (written before it was), or without the port, lists nothing', async () => {
    const { handler, writes } = setUp([], { stackInstances: true });
    await handler(event(orgDeployment(['222222222222'])));
    expect(cfn.commandCalls(ListStackInstancesCommand)).toHaveLength(0);
    expect(new Set(writes.map((w) => w.account))).toEqual(new Set(['222222222222']));
  });

  it('refuses a malformed stack set in the custom resource property', () => {
    expect(() => parseThresholdDeployment(JSON.stringify({ ...withStackSet(), targets: { ...withStackSet().targets, spokeStackSet: { name: STACK_SET.name, callAs: 'ADMIN' } } }))).toThrow(/invalid targets/);
    expect(parseThresholdDeployment(JSON.stringify(withStackSet())).targets?.spokeStackSet).toEqual(STACK_SET);
  });
});
