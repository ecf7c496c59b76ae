/**
 * Organization mode at run time: the spoke role of an account is assumed once and its credentials kept for their
 * lifetime (issue 13 target: at most one AssumeRole per account per container lifetime while they are valid), every
 * spoke port of a step acts in the event's account and Region, the hub ports stay in the hub.
 */
import { cloudWatchClient } from '#adapters/aws/cloudwatch-ports.js';
import { AssumeRoleCommand, STSClient } from '@aws-sdk/client-sts';
import { mockClient } from 'aws-sdk-client-mock';
import { REFRESH_MARGIN_MS, SPOKE_SESSION_SECONDS, SpokeCredentials, sdkAssumeRole, type AssumeRoleRequest, type TemporaryCredentials } from '#adapters/aws/spoke-credentials.js';
import type { AwsPortsOptions } from '#adapters/aws/client-cache.js';
import { InvalidStepInputError } from '#core/errors.js';
import { spokePortsOf } from '#lambda/spoke-ports.js';
import type { Ports } from '#ports/index.js';
import { ENV } from '#workflow/environment.js';

const HOUR = 3_600_000;

const fakeSts = (clock: { now: number }) => {
  const calls: AssumeRoleRequest[] = [];
  const assume = async (request: AssumeRoleRequest): Promise<TemporaryCredentials> => {
    calls.push(request);
    await new Promise((resolve) => setImmediate(resolve));
    return { accessKeyId: `AKIA-${request.roleArn.split(':')[4]}-${calls.length}`, secretAccessKey: 's', sessionToken: 't', expiration: new Date(clock.now + HOUR) };
  };
  return { calls, assume };
};

describe('SpokeCredentials', () => {
  it('assumes each account\'s spoke role once however many clients and concurrent calls ask', async () => {
    const clock = { now: 0 };
    const sts = fakeSts(clock);
    const credentials = new SpokeCredentials({ roleName: 'Acme-OpsAlertSpoke', sessionName: 'bedrock-ops-alert-FetchQuotas', assume: sts.assume, now: () => clock.now });
    const accounts = ['222222222222', '333333333333', '444444444444'];
    const answers = await Promise.all(accounts.flatMap((account) => Array.from({ length: 20 }, () => credentials.providerFor(account)())));
    expect(sts.calls.map((call) => call.roleArn).sort()).toEqual(accounts.map((account) => `arn:aws:iam::${account}:role/Acme-OpsAlertSpoke`));
    expect(new Set(answers.map((answer) => answer.accessKeyId)).size).toBe(3);
    expect(sts.calls.every((call) => call.sessionName === 'bedrock-ops-alert-FetchQuotas')).toBe(true);
    // Still valid 50 minutes later: no new call.
    clock.now = HOUR - REFRESH_MARGIN_MS - 1;
    await credentials.credentialsOf('222222222222');
    expect(sts.calls).toHaveLength(3);
  });

  it('assumes again only when the credentials near their expiry', async () => {
    const clock = { now: 0 };
    const sts = fakeSts(clock);
    const credentials = new SpokeCredentials({ roleName: 'R', sessionName: 's', assume: sts.assume, now: () => clock.now });
    const first = await credentials.credentialsOf('222222222222');
    clock.now = HOUR - REFRESH_MARGIN_MS + 1;
    const second = await credentials.credentialsOf('222222222222');
    expect(sts.calls).toHaveLength(2);
    expect(second.accessKeyId).not.toBe(first.accessKeyId);
  });

  it('does not keep a failed AssumeRole: the next call tries again', async () => {
    let fail = true;
    const calls: string[] = [];
    const credentials = new SpokeCredentials({
      roleName: 'R', sessionName: 's',
      assume: async (request) => {
        calls.push(request.roleArn);
        if (fail) throw Object.assign(new Error('not authorized'), { name: 'AccessDenied' });
        return { accessKeyId: 'a', secretAccessKey: 'b' };
      },
    });
    await expect(credentials.credentialsOf('222222222222')).rejects.toThrow('not authorized');
    fail = false;
    await expect(credentials.credentialsOf('222222222222')).resolves.toMatchObject({ accessKeyId: 'a' });
    expect(calls).toHaveLength(2);
  });
});

describe('AWS clients per account', () => {
  it('shares a client per account and Region, never one account\'s client with another', () => {
    const provider = async (): Promise<TemporaryCredentials> => ({ accessKeyId: 'a', secretAccessKey: 'b' });
    const a = cloudWatchClient({ account: '222222222222', region: 'us-east-1', credentials: provider });
    expect(cloudWatchClient({ account: '222222222222', region: 'us-east-1', credentials: provider })).toBe(a);
    expect(cloudWatchClient({ account: '333333333333', region: 'us-east-1', credentials: provider })).not.toBe(a);
    expect(cloudWatchClient({ account: '222222222222', region: 'us-west-2', credentials: provider })).not.toBe(a);
    expect(cloudWatchClient({ region: 'us-east-1' })).not.toBe(a);
    expect(() => cloudWatchClient({ region: 'us-east-1', credentials: provider })).toThrow(/without the account/);
  });
});

describe('spokePortsOf (the Lambda wiring of a step that acts in an account)', () => {
  type Built = { port: string; options: AwsPortsOptions | undefined };
  const setup = () => {
    const built: Built[] = [];
    const factory = <P extends keyof Ports>(port: P) => (options?: AwsPortsOptions) => {
      built.push({ port, options });
      return { port, options } as unknown as Ports[P];
    };
    const clock = { now: 0 };
    const sts = fakeSts(clock);
    const credentials = new SpokeCredentials({ roleName: 'Acme-OpsAlertSpoke', sessionName: 's', assume: sts.assume, now: () => clock.now });
    const factories = { cases: factory('cases'), ledger: factory('ledger'), clock: factory('clock') };
    return { built, sts, credentials, factories };
  };
  const env = { [ENV.spokeRoleName]: 'Acme-OpsAlertSpoke' };
  const incident = (account: string, region: string) => ({ incident: { account, region } });

  it('is off in single-account mode (no spoke role in the environment) and for steps without a spoke port', () => {
    const { factories, credentials } = setup();
    expect(spokePortsOf('CreateSupportCase', factories, {}, credentials)).toEqual({});
    expect(spokePortsOf('Notify', { ledger: factories.ledger }, env, credentials)).toEqual({});
  });

  it('builds the spoke ports per account and Region of the event with that account\'s credentials, the hub ports once', async () => {
    const { built, sts, credentials, factories } = setup();
    const { portsFor } = spokePortsOf('CreateSupportCase', factories, env, credentials);
    if (!portsFor) throw new Error('expected organization wiring');
    const a1 = portsFor(incident('222222222222', 'us-east-1'));
    expect(portsFor(incident('222222222222', 'us-east-1'))).toBe(a1);
    const a2 = portsFor(incident('222222222222', 'us-west-2'));
    const b1 = portsFor({ event: { account: '333333333333', region: 'us-east-1' } });
    expect((a1.cases as unknown as Built).options).toMatchObject({ account: '222222222222', region: 'us-east-1' });
    expect((a2.cases as unknown as Built).options).toMatchObject({ account: '222222222222', region: 'us-west-2' });
    expect((b1.cases as unknown as Built).options).toMatchObject({ account: '333333333333', region: 'us-east-1' });
    expect(built.filter((b) => b.port === 'ledger')).toEqual([{ port: 'ledger', options: undefined }]);
    expect(a2.ledger).toBe(a1.ledger);
    // The credentials handed to the clients are the spoke role's: two accounts, two AssumeRole calls.
    await (a1.cases as unknown as Built).options?.credentials?.();
    await (a2.cases as unknown as Built).options?.credentials?.();
    await (b1.cases as unknown as Built).options?.credentials?.();
    expect(sts.calls.map((call) => call.roleArn)).toEqual(['arn:aws:iam::222222222222:role/Acme-OpsAlertSpoke', 'arn:aws:iam::333333333333:role/Acme-OpsAlertSpoke']);
  });

  it('refuses an input without a valid account and Region (InvalidStepInputError), never falls back to the hub', () => {
    const { credentials, factories } = setup();
    const { portsFor } = spokePortsOf('CreateSupportCase', factories, env, credentials);
    expect(() => portsFor?.({ incident: { account: '2222', region: 'us-east-1' } })).toThrow(InvalidStepInputError);
    expect(() => portsFor?.({})).toThrow(InvalidStepInputError);
  });
});

describe('sdkAssumeRole', () => {
  const sts = mockClient(STSClient);
  afterEach(() => sts.reset());

  it('calls STS AssumeRole with the role, session and duration, and hands back the credentials SDK clients take', async () => {
    const expiration = new Date('2026-11-30T12:00:00Z');
    sts.on(AssumeRoleCommand).resolves({ Credentials: { AccessKeyId: 'ASIA1', SecretAccessKey: 'secret', SessionToken: 'token', Expiration: expiration } });
    const counted: string[] = [];
    const assume = sdkAssumeRole({ record: (call: string) => { counted.push(call); } } as never);
    const credentials = await assume({ roleArn: 'arn:aws:iam::111122223333:role/Acme-OpsAlertSpoke', sessionName: 'bedrock-ops-alert-FetchQuotas', region: 'us-east-1' });
    expect(credentials).toEqual({ accessKeyId: 'ASIA1', secretAccessKey: 'secret', sessionToken: 'token', expiration });
    expect(sts.commandCalls(AssumeRoleCommand)[0]?.args[0].input).toEqual({
      RoleArn: 'arn:aws:iam::111122223333:role/Acme-OpsAlertSpoke', RoleSessionName: 'bedrock-ops-alert-FetchQuotas', DurationSeconds: SPOKE_SESSION_SECONDS,
    });
    expect(counted).toEqual(['STS.AssumeRole']);
  });

  it('fails with a message when STS answers without credentials', async () => {
    sts.on(AssumeRoleCommand).resolves({});
    await expect(sdkAssumeRole()({ roleArn: 'arn:aws:iam::111122223333:role/X', sessionName: 's' })).rejects.toThrow(/without credentials/);
  });
});
