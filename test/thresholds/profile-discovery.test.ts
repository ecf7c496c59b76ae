/**
 * Application inference profiles discovered by the threshold updater: Bedrock ListInferenceProfiles (APPLICATION,
 * paginated) and GetInferenceProfile (a monitored system-defined profile) on the AWS adapter with the SDK mocked, the
 * matching (a profile on another model is ignored, one made from the monitored cross-Region profile is counted), the
 * merge with the declared profiles, and the updater rewriting the summed alarms with the change in the history.
 */
import { afterEach, describe, expect, it } from '@jest/globals';
import { AccessDeniedException, BedrockClient, GetInferenceProfileCommand, ListInferenceProfilesCommand, ResourceNotFoundException } from '@aws-sdk/client-bedrock';
import { mockClient } from 'aws-sdk-client-mock';
import 'aws-sdk-client-mock-jest';
import { BedrockInferenceProfiles } from '#adapters/aws/inference-profiles.js';
import { InMemoryThresholdAlarms, InMemoryThresholdHistory, RecordingThresholdNotifications } from '#adapters/sandbox/thresholds.js';
import { alarmSourcesOf } from '#core/alarm-config.js';
import { alarmName } from '#core/catalogue.js';
import { PermanentAwsError } from '#core/errors.js';
import { drawsOn, mergeProfiles, type InferenceProfileInfo } from '#core/inference-profiles.js';
import { MAX_APPLICATION_PROFILES } from '#core/model.js';
import type { DeployedModel } from '#core/threshold-deployment.js';
import type { InferenceProfilesPort, ThresholdUpdaterPorts } from '#ports/index.js';
import { discoverApplicationProfiles, updateThresholds } from '#threshold-updater/update.js';
import { ALARMS, deploymentWith, settingsDocumentOf, settingsPortOf } from './fixtures.js';

const bedrock = mockClient(BedrockClient);
afterEach(() => {
  bedrock.reset();
});

const ACCOUNT = '123456789012';
const fm = (region: string, id: string): string => `arn:aws:bedrock:${region}::foundation-model/${id}`;
const HAIKU = 'anthropic.claude-haiku-4-5-20251001-v1:0';
const US_HAIKU = `us.${HAIKU}`;
const US_REGIONS = ['us-east-1', 'us-east-2', 'us-west-2'];
const SYSTEM_US_HAIKU: InferenceProfileInfo = {
  profileId: US_HAIKU, profileArn: `arn:aws:bedrock:us-east-1:${ACCOUNT}:inference-profile/${US_HAIKU}`, name: 'US Claude Haiku 4.5',
  type: 'SYSTEM_DEFINED', status: 'ACTIVE', modelArns: US_REGIONS.map((r) => fm(r, HAIKU)),
};
const app = (id: string, name: string, modelArns: string[]): InferenceProfileInfo => ({
  profileId: id, profileArn: `arn:aws:bedrock:us-east-1:${ACCOUNT}:application-inference-profile/${id}`, name, type: 'APPLICATION', status: 'ACTIVE', modelArns,
});
/** The SDK's summary shape of an application profile. */
const summary = (profile: InferenceProfileInfo) => ({
  inferenceProfileId: profile.profileId, inferenceProfileArn: profile.profileArn, inferenceProfileName: profile.name,
  type: profile.type, status: 'ACTIVE' as const, models: profile.modelArns.map((modelArn) => ({ modelArn })),
});

const SUPPORT_BOT = app('a1b2c3d4e5f6', 'support bot', US_REGIONS.map((r) => fm(r, HAIKU)));
const SEARCH = app('f6e5d4c3b2a1', 'search', [`arn:aws:bedrock:us-east-1:${ACCOUNT}:inference-profile/${US_HAIKU}`]);
const OTHER_MODEL = app('0a9b8c7d6e5f', 'nova-team', [fm('us-east-1', 'amazon.nova-pro-v1:0')]);
const SINGLE_REGION_HAIKU = app('1111aaaa2222', 'in-region', [fm('us-east-1', HAIKU)]);
const GLOBAL_HAIKU = app('3333bbbb4444', 'global-copy', ['us-east-1', 'eu-west-1', 'ap-northeast-1', ...US_REGIONS].map((r) => fm(r, HAIKU)));

const HAIKU_MODEL: DeployedModel = {
  name: 'Haiku-4-5', modelId: US_HAIKU, hasRpmQuota: false, percents: { rpmThresholdPercent: 80, tpmThresholdPercent: 80 }, alarms: ALARMS,
  quotaCodes: { tpm: 'L-8CE99163' }, currentQuotas: { tpm: 4_000_000 },
};

describe('which application profiles draw on a monitored model', () => {
  it('counts a profile made from the monitored system-defined profile (its Regions\' models, or its own ARN), not one on another model or another quota', () => {
    expect(drawsOn(SUPPORT_BOT, US_HAIKU, SYSTEM_US_HAIKU)).toBe(true);
    expect(drawsOn(SEARCH, US_HAIKU, SYSTEM_US_HAIKU)).toBe(true);
    expect(drawsOn(OTHER_MODEL, US_HAIKU, SYSTEM_US_HAIKU)).toBe(false);
    // The same foundation model in one Region (on-demand quota) or through the global profile: other quotas.
    expect(drawsOn(SINGLE_REGION_HAIKU, US_HAIKU, SYSTEM_US_HAIKU)).toBe(false);
    expect(drawsOn(GLOBAL_HAIKU, US_HAIKU, SYSTEM_US_HAIKU)).toBe(false);
  });

  it('counts a single-Region profile of a monitored foundation model only', () => {
    expect(drawsOn(SINGLE_REGION_HAIKU, HAIKU, undefined)).toBe(true);
    expect(drawsOn(SUPPORT_BOT, HAIKU, undefined)).toBe(false);
    expect(drawsOn(OTHER_MODEL, HAIKU, undefined)).toBe(false);
  });

  it('declared profiles win (their names, always kept); discovered ones are added by id up to the limit, the rest named in a note', () => {
    const declared = { ...HAIKU_MODEL, applicationProfiles: [{ name: 'support-bot', profileId: SUPPORT_BOT.profileId }, { name: 'gone', profileId: 'zzzz' }] };
    const many = Array.from({ length: MAX_APPLICATION_PROFILES + 2 }, (_, i) => app(`p${String(i).padStart(2, '0')}`, `team ${i}`, SUPPORT_BOT.modelArns));

    const merged = mergeProfiles(declared, [SUPPORT_BOT, ...many]);

    expect(merged.profiles.slice(0, 2)).toEqual(declared.applicationProfiles);
    expect(merged.profiles).toHaveLength(MAX_APPLICATION_PROFILES);
    expect(merged.discovered[0]).toEqual({ name: 'team-0', profileId: 'p00' });
    expect(merged.leftOut.map((p) => p.profileId)).toEqual(['p08', 'p09', 'p10', 'p11']);
    expect(merged.notes.join(' ')).toMatch(/4 application profile\(s\) on this model are not counted.*p08/);
  });
});

describe('BedrockInferenceProfiles (SDK mocked)', () => {
  it('lists every page of APPLICATION profiles and reads a system-defined profile; a missing one is undefined', async () => {
    bedrock.on(ListInferenceProfilesCommand, { typeEquals: 'APPLICATION' })
      .resolvesOnce({ inferenceProfileSummaries: [summary(SUPPORT_BOT), summary(OTHER_MODEL)], nextToken: 'page-2' })
      .resolvesOnce({ inferenceProfileSummaries: [summary(SEARCH)] });
    bedrock.on(GetInferenceProfileCommand, { inferenceProfileIdentifier: US_HAIKU }).resolves({ ...summary(SYSTEM_US_HAIKU), $metadata: {} });
    bedrock.on(GetInferenceProfileCommand, { inferenceProfileIdentifier: 'us.nothing.here-v1' }).rejects(new ResourceNotFoundException({ message: 'not found', $metadata: {} }));
    const port = new BedrockInferenceProfiles(new BedrockClient({ region: 'us-east-1' }));

    const listed = await port.listApplicationProfiles();

    expect(listed.map((p) => p.profileId)).toEqual([SUPPORT_BOT.profileId, OTHER_MODEL.profileId, SEARCH.profileId]);
    expect(bedrock).toHaveReceivedCommandTimes(ListInferenceProfilesCommand, 2);
    expect(bedrock.commandCalls(ListInferenceProfilesCommand)[1]?.args[0].input).toEqual({ typeEquals: 'APPLICATION', maxResults: 1000, nextToken: 'page-2' });
    expect(await port.getProfile(US_HAIKU)).toEqual(SYSTEM_US_HAIKU);
    expect(await port.getProfile('us.nothing.here-v1')).toBeUndefined();
  });

  it('the discovery keeps the monitored model\'s profiles only, and reports a denied listing instead of throwing', async () => {
    bedrock.on(ListInferenceProfilesCommand)
      .resolvesOnce({ inferenceProfileSummaries: [summary(SUPPORT_BOT), summary(OTHER_MODEL)], nextToken: 't' })
      .resolvesOnce({ inferenceProfileSummaries: [summary(SEARCH), summary(GLOBAL_HAIKU)] });
    bedrock.on(GetInferenceProfileCommand).resolves({ ...summary(SYSTEM_US_HAIKU), $metadata: {} });
    const profiles = new BedrockInferenceProfiles(new BedrockClient({ region: 'us-east-1' }));

    const discovery = await discoverApplicationProfiles({ profiles }, [HAIKU_MODEL]);

    expect(discovery?.status).toBe('ok');
    const found = discovery?.status === 'ok' ? discovery.models.get('Haiku-4-5') : undefined;
    expect(found?.profiles).toEqual([{ name: 'support-bot', profileId: SUPPORT_BOT.profileId }, { name: 'search', profileId: SEARCH.profileId }].sort((a, b) => (a.profileId < b.profileId ? -1 : 1)));
    expect(bedrock).toHaveReceivedCommandWith(GetInferenceProfileCommand, { inferenceProfileIdentifier: US_HAIKU });

    bedrock.reset();
    bedrock.on(ListInferenceProfilesCommand).rejects(new AccessDeniedException({ message: 'not authorized to perform bedrock:ListInferenceProfiles', $metadata: {} }));
    const denied = await discoverApplicationProfiles({ profiles }, [HAIKU_MODEL]);
    expect(denied).toMatchObject({ status: 'failed', error: { name: PermanentAwsError.name } });
  });
});

describe('the threshold updater keeps the summed alarms on the discovered profiles', () => {
  const portsWith = (listed: () => InferenceProfileInfo[] | Error, alarms: InMemoryThresholdAlarms, history: InMemoryThresholdHistory): ThresholdUpdaterPorts => {
    const deployment = deploymentWith(HAIKU_MODEL);
    const profiles: InferenceProfilesPort = {
      listApplicationProfiles: async () => {
        const value = listed();
        if (value instanceof Error) throw value;
        return value;
      },
      getProfile: async (id) => (id === US_HAIKU ? SYSTEM_US_HAIKU : undefined),
    };
    return {
      quotas: { getModelQuotas: async () => ({ tpm: { quota: 'TPM', code: 'L-8CE99163', name: 'Cross-Region InvokeModel tokens per minute for Claude Haiku 4.5', value: 4_000_000, adjustable: true } }) },
      settings: settingsPortOf(() => settingsDocumentOf(deployment)),
      alarms, history, notifications: new RecordingThresholdNotifications(), profiles,
    };
  };
  const TPM = alarmName('Acme', 'HighTPMQuotaUsage', 'Haiku-4-5');
  const THROTTLES = alarmName('Acme', 'Throttles', 'Haiku-4-5');
  const readBy = (alarms: InMemoryThresholdAlarms, name: string) => alarmSourcesOf(alarms.metricAlarms.get(name) ?? {}).map((s) => `${s.id}=${s.name}`);

  it('rewrites the usage and error alarms with the model + discovered profiles, records profiles_changed, and changes nothing on the next run', async () => {
    const deployment = deploymentWith(HAIKU_MODEL);
    const alarms = InMemoryThresholdAlarms.deployed(deployment);
    const history = new InMemoryThresholdHistory();
    let listed: InferenceProfileInfo[] = [SUPPORT_BOT, OTHER_MODEL];
    const ports = portsWith(() => listed, alarms, history);
    expect(readBy(alarms, TPM)).toEqual([`${US_HAIKU}=direct`]);

    const first = await updateThresholds(deployment, ports, new Date('2026-06-02T06:00:00Z'), 'schedule');

    expect(first.results[0]?.status).toBe('updated');
    expect(readBy(alarms, TPM)).toEqual([`${US_HAIKU}=direct`, `${SUPPORT_BOT.profileId}=support-bot`]);
    expect(readBy(alarms, THROTTLES)).toEqual(readBy(alarms, TPM));
    expect(alarms.metricAlarms.get(TPM)?.Metrics?.at(-1)).toMatchObject({ Id: 'total', Expression: 'FILL(m0, 0) + FILL(m1, 0)' });
    expect(history.entries).toEqual([expect.objectContaining({ alarmName: TPM, reason: 'profiles_changed', oldThreshold: 3_200_000, newThreshold: 3_200_000, trigger: 'schedule' })]);
    expect(history.entries[0]?.detail).toMatch(/added: a1b2c3d4e5f6/);

    // Nothing new: no write.
    const writes = alarms.calls.length;
    const again = await updateThresholds(deployment, ports, new Date('2026-06-03T06:00:00Z'), 'schedule');
    expect(again.results[0]?.status).toBe('unchanged');
    expect(alarms.calls.length).toBe(writes);

    // A profile is deleted in Bedrock and another appears.
    listed = [SEARCH];
    await updateThresholds(deployment, ports, new Date('2026-06-04T06:00:00Z'), 'schedule');
    expect(readBy(alarms, TPM)).toEqual([`${US_HAIKU}=direct`, `${SEARCH.profileId}=search`]);
    expect(history.entries.at(-1)?.detail).toMatch(/added: f6e5d4c3b2a1; removed: a1b2c3d4e5f6/);
  });

  it('a failed listing keeps the profiles the alarms already sum (and says so)', async () => {
    const deployment = deploymentWith(HAIKU_MODEL);
    const alarms = InMemoryThresholdAlarms.deployed(deployment);
    const history = new InMemoryThresholdHistory();
    let fail = false;
    const ports = portsWith(() => (fail ? new PermanentAwsError('Bedrock.ListInferenceProfiles failed with AccessDeniedException') : [SUPPORT_BOT]), alarms, history);
    await updateThresholds(deployment, ports, new Date('2026-06-02T06:00:00Z'));
    const before = readBy(alarms, TPM);
    fail = true;

    const run = await updateThresholds(deployment, ports, new Date('2026-06-03T06:00:00Z'));

    expect(readBy(alarms, TPM)).toEqual(before);
    expect(run.results[0]?.status).toBe('unchanged');
    expect(run.results[0]?.notes.join(' ')).toMatch(/could not be listed .*keep the profiles they sum/);
  });
});
