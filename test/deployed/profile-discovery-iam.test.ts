/**
 * The threshold updater's profile discovery against the synthesized artifact: its Bedrock adapter's SDK calls are
 * answered by the simulated account (src/local/deployed/aws-api.ts) and authorized against the updater function's
 * synthesized role (src/local/deployed/iam.ts): 0 denials, and a role without the grant is denied.
 */
import { BedrockClient } from '@aws-sdk/client-bedrock';
import { BedrockInferenceProfiles } from '#adapters/aws/inference-profiles.js';
import { SandboxAccount } from '#adapters/sandbox/account.js';
import type { DeployedModel } from '#core/threshold-deployment.js';
import { readAssembly } from '#local/deployed/assembly.js';
import { SandboxAwsApi } from '#local/deployed/aws-api.js';
import { IamEnforcer, type AwsCall, type FunctionRole } from '#local/deployed/iam.js';
import { synthesizeApp, type SynthesizedApp } from '#local/deployed/synth.js';
import type { Scenario } from '#types/generated/scenario.js';
import { discoverApplicationProfiles } from '#threshold-updater/update.js';
import { ALARMS } from '../thresholds/fixtures.js';

const ACCOUNT = '123456789012';
const REGION = 'us-east-1';
const HAIKU = 'anthropic.claude-haiku-4-5-20251001-v1:0';
const US_HAIKU = `us.${HAIKU}`;
const fm = (region: string): string => `arn:aws:bedrock:${region}::foundation-model/${HAIKU}`;
const US = ['us-east-1', 'us-east-2', 'us-west-2'].map(fm);

const scenario = {
  customerName: 'Acme', region: REGION, account: ACCOUNT,
  models: [{ name: 'Haiku-4-5', modelId: US_HAIKU, quotas: { tpm: 4_000_000 } }],
  inferenceProfiles: [
    { profileId: US_HAIKU, name: 'US Haiku 4.5', type: 'SYSTEM_DEFINED', models: US },
    ...Array.from({ length: 3 }, (_, i) => ({ profileId: `team${i}profile`, name: `team ${i}`, models: US })),
    { profileId: 'otherprofile', name: 'nova', models: ['arn:aws:bedrock:us-east-1::foundation-model/amazon.nova-pro-v1:0'] },
  ],
  events: [],
} as unknown as Scenario;

const MODEL: DeployedModel = {
  name: 'Haiku-4-5', modelId: US_HAIKU, hasRpmQuota: false, percents: { rpmThresholdPercent: 80, tpmThresholdPercent: 80 }, alarms: ALARMS,
  quotaCodes: {}, currentQuotas: { tpm: 4_000_000 },
};

let app: SynthesizedApp;
beforeAll(async () => {
  app = await synthesizeApp();
}, 600_000);
afterAll(() => app?.dispose());

/** A Bedrock client whose calls are authorized against `role`, then answered by the simulated account (1 per page). */
const bedrockThrough = (api: SandboxAwsApi, iam: IamEnforcer, functionId: string, calls: AwsCall[]): BedrockClient => {
  const client = new BedrockClient({ region: REGION });
  client.middlewareStack.add(
    (_next, context) => async (args) => {
      const call: AwsCall = { functionId, service: 'Bedrock', operation: context.commandName ?? '', input: JSON.parse(JSON.stringify(args.input)) as Record<string, unknown>, region: REGION };
      calls.push(call);
      await iam.assertAllowed(call);
      const output = await api.handle({ ...call, input: { ...call.input, maxResults: 2 } });
      return { output: { ...output, $metadata: { httpStatusCode: 200 } }, response: {} };
    },
    { step: 'initialize', name: 'deployedArtifact' },
  );
  return client;
};

describe('profile discovery on the synthesized threshold updater role', () => {
  const updaterRole = (): { id: string; role: FunctionRole } => {
    const assembly = readAssembly(app.dir, app.coreTemplate, { account: ACCOUNT, region: REGION });
    const fn = assembly.functions.find((f) => f.logicalId.includes('ThresholdsUpdater') || f.environment.OPS_ALERT_THRESHOLD_HISTORY_TABLE !== undefined);
    if (!fn) throw new Error('no threshold updater function in the core template');
    return { id: fn.logicalId, role: { roleName: fn.roleName, functionName: fn.name, policies: fn.policies, managedPolicyArns: fn.managedPolicyArns } };
  };

  it('lists every page and reads the system-defined profile with 0 denials, counting only the model\'s profiles', async () => {
    const { id, role } = updaterRole();
    const iam = new IamEnforcer({ [id]: role }, { account: ACCOUNT, region: REGION, partition: 'aws' });
    const account = new SandboxAccount(scenario);
    const calls: AwsCall[] = [];
    const profiles = new BedrockInferenceProfiles(bedrockThrough(new SandboxAwsApi(account), iam, id, calls));

    const discovery = await discoverApplicationProfiles({ profiles }, [MODEL]);

    expect(iam.denials).toEqual([]);
    expect(calls.map((c) => c.operation)).toEqual(['ListInferenceProfilesCommand', 'ListInferenceProfilesCommand', 'GetInferenceProfileCommand']);
    expect(discovery?.status === 'ok' ? discovery.models.get('Haiku-4-5')?.profiles.map((p) => p.profileId) : discovery).toEqual(['team0profile', 'team1profile', 'team2profile']);
  }, 600_000);

  it('a role without bedrock:GetInferenceProfile is denied, and the discovery reports it', async () => {
    const { id, role } = updaterRole();
    for (const policy of role.policies) {
      const statements = ([] as Record<string, unknown>[]).concat(policy.document.Statement as Record<string, unknown>[]);
      policy.document.Statement = statements.filter((s) => !([] as unknown[]).concat(s.Action ?? []).includes('bedrock:GetInferenceProfile'));
    }
    const iam = new IamEnforcer({ [id]: role }, { account: ACCOUNT, region: REGION, partition: 'aws' });
    const profiles = new BedrockInferenceProfiles(bedrockThrough(new SandboxAwsApi(new SandboxAccount(scenario)), iam, id, []));

    const discovery = await discoverApplicationProfiles({ profiles }, [MODEL]);

    expect(iam.denials.map((d) => d.action)).toEqual(['bedrock:GetInferenceProfile']);
    expect(discovery).toMatchObject({ status: 'failed', error: { message: expect.stringMatching(/AccessDenied/) } });
  }, 600_000);
});
