import { accessDeniedError, authorizationsFor, evaluateEventBridgeTarget, evaluateServicePublish, IamEnforcer, MissingKeyPolicyError, UnknownManagedPolicyError } from '#local/deployed/iam.js';
import type { AwsCall, FunctionRole, PolicyDocument } from '#local/deployed/iam.js';
import { UnknownAwsOperationError } from '#local/deployed/aws-call.js';
import { mapAwsError } from '#adapters/aws/errors.js';
import { PermanentAwsError } from '#core/errors.js';

const ACCOUNT = '123456789012';
const REGION = 'eu-west-1';
const CONTEXT = { account: ACCOUNT, region: REGION, partition: 'aws' };
const ALARM = (name: string): string => `arn:aws:cloudwatch:${REGION}:${ACCOUNT}:alarm:${name}`;
const TOPIC = `arn:aws:sns:${REGION}:${ACCOUNT}:ops-alert-notifications`;
const KEY = `arn:aws:kms:${REGION}:${ACCOUNT}:key/1111-2222`;
const TABLE = `arn:aws:dynamodb:${REGION}:${ACCOUNT}:table/ops-alert-case-ledger`;

const call = (service: string, operation: string, input: Record<string, unknown>, functionId = 'Classify'): AwsCall => ({ functionId, service, operation, input, region: REGION });
const policy = (...Statement: Record<string, unknown>[]): PolicyDocument => ({ Version: '2012-10-17', Statement });

describe('authorizationsFor', () => {
  it('scopes DescribeAlarms of metric alarms by name to their ARNs, and needs * when composite alarms are asked', () => {
    expect(authorizationsFor(call('CloudWatch', 'DescribeAlarms', { AlarmNames: ['A', 'B'] }), CONTEXT)).toEqual([
      { action: 'cloudwatch:DescribeAlarms', resource: ALARM('A') },
      { action: 'cloudwatch:DescribeAlarms', resource: ALARM('B') },
    ]);
    expect(authorizationsFor(call('CloudWatch', 'DescribeAlarmsCommand', { AlarmNames: ['A'], AlarmTypes: ['MetricAlarm', 'CompositeAlarm'] }), CONTEXT))
      .toEqual([{ action: 'cloudwatch:DescribeAlarms', resource: '*' }]);
    expect(authorizationsFor(call('CloudWatch', 'GetMetricData', {}), CONTEXT)).toEqual([{ action: 'cloudwatch:GetMetricData', resource: '*' }]);
  });

  it('names quotas, parameters, topics, tables (document-client names too) and executions by ARN, in the call\'s Region', () => {
    expect(authorizationsFor(call('Service Quotas', 'GetServiceQuota', { ServiceCode: 'bedrock', QuotaCode: 'L-1' }), CONTEXT)[0])
      .toMatchObject({ action: 'servicequotas:GetServiceQuota', resource: `arn:aws:servicequotas:${REGION}:${ACCOUNT}:bedrock/L-1` });
    expect(authorizationsFor(call('Service Quotas', 'GetAWSDefaultServiceQuota', { ServiceCode: 'bedrock', QuotaCode: 'L-1' }), CONTEXT)[0]?.resource).toBe('*');
    expect(authorizationsFor(call('Support', 'CreateCase', {}), { ...CONTEXT, region: 'us-east-1' })).toEqual([{ action: 'support:CreateCase', resource: '*' }]);
    expect(authorizationsFor(call('SNS', 'Publish', { TopicArn: TOPIC }), CONTEXT)).toEqual([{ action: 'sns:Publish', resource: TOPIC }]);
    expect(authorizationsFor(call('SSM', 'GetParameter', { Name: '/ops-alert/settings' }), CONTEXT)[0]?.resource).toBe(`arn:aws:ssm:${REGION}:${ACCOUNT}:parameter/ops-alert/settings`);
    expect(authorizationsFor(call('DynamoDB', 'Update', { TableName: 'ops-alert-case-ledger' }), CONTEXT)).toEqual([{ action: 'dynamodb:UpdateItem', resource: TABLE }]);
    expect(authorizationsFor(call('DynamoDB', 'Query', { TableName: 'ops-alert-case-ledger', IndexName: 'byModel' }), CONTEXT)[0]?.resource).toBe(`${TABLE}/index/byModel`);
    const execution = `arn:aws:states:${REGION}:${ACCOUNT}:execution:sm:run-1`;
    expect(authorizationsFor(call('SFN', 'DescribeExecution', { executionArn: execution }), CONTEXT)).toEqual([{ action: 'states:DescribeExecution', resource: execution }]);
    expect(authorizationsFor(call('SSM', 'GetParameter', { Name: 'plain' }), { ...CONTEXT, partition: 'aws-cn' })[0]?.resource).toBe(`arn:aws-cn:ssm:${REGION}:${ACCOUNT}:parameter/plain`);
  });

  it('fails loudly on an operation it does not know, or an input without its resource', () => {
    expect(() => authorizationsFor(call('CloudWatch', 'DeleteDashboards', {}), CONTEXT)).toThrow(UnknownAwsOperationError);
    expect(() => authorizationsFor(call('EC2', 'RunInstances', {}), CONTEXT)).toThrow(/No IAM authorization is known for EC2 RunInstances/);
    expect(() => authorizationsFor(call('SNS', 'Publish', { PhoneNumber: '+1555' }), CONTEXT)).toThrow(UnknownAwsOperationError);
    expect(() => authorizationsFor(call('DynamoDB', 'GetItem', {}), CONTEXT)).toThrow(/no TableName/);
    expect(() => authorizationsFor(call('KMS', 'Decrypt', { KeyId: 'alias/ops' }), CONTEXT)).toThrow(UnknownAwsOperationError);
    expect(authorizationsFor(call('KMS', 'Decrypt', { KeyId: '1111-2222' }), CONTEXT)).toEqual([{ action: 'kms:Decrypt', resource: KEY }]);
  });
});

describe('IamEnforcer', () => {
  const roles: Record<string, FunctionRole> = {
    Classify: {
      roleName: 'OpsAlert-ClassifyRole-ABC', functionName: 'OpsAlert-Classify',
      managedPolicyArns: ['arn:aws:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole'],
      policies: [{ name: 'Default', document: policy(
        { Effect: 'Allow', Action: 'cloudwatch:DescribeAlarms', Resource: `arn:aws:cloudwatch:${REGION}:${ACCOUNT}:alarm:Acme-Bedrock-*` },
        { Effect: 'Allow', Action: ['dynamodb:GetItem', 'dynamodb:PutItem'], Resource: TABLE },
        { Effect: 'Allow', Action: 'sns:Publish', Resource: TOPIC },
        { Effect: 'Allow', Action: 'kms:GenerateDataKey*', Resource: KEY },
        { Effect: 'Deny', Action: 'dynamodb:PutItem', Resource: TABLE, Condition: { StringNotEquals: { 'aws:RequestedRegion': 'eu-west-1' } } },
      ) }],
    },
    Wide: {
      roleName: 'WideRole', functionName: 'Wide',
      policies: [{ name: 'All', document: policy({ Effect: 'Allow', Action: ['cloudwatch:DescribeAlarms', 'sns:Publish', 'kms:GenerateDataKey*', 'kms:Decrypt'], Resource: '*' }) }],
    },
  };

  it('allows what the role grants, and denies what it grants on other resources only', async () => {
    const enforcer = new IamEnforcer(roles, CONTEXT);
    await expect(enforcer.authorize('Classify', call('CloudWatch', 'DescribeAlarms', { AlarmNames: ['Acme-Bedrock-Throttles-Critical-M'] }))).resolves.toEqual({ allowed: true });
    const other = await enforcer.authorize('Classify', call('CloudWatch', 'DescribeAlarms', { AlarmNames: ['Other-Alarm'] }));
    expect(other).toMatchObject({ allowed: false, denial: { action: 'cloudwatch:DescribeAlarms', resource: ALARM('Other-Alarm'), result: 'ImplicitlyDenied' } });
    // Scoped alarm ARNs do not grant the '*' that composite alarms need; a '*' grant does.
    const composite = call('CloudWatch', 'DescribeAlarms', { AlarmNames: ['Acme-Bedrock-Throttles-Critical-M'], AlarmTypes: ['MetricAlarm', 'CompositeAlarm'] });
    expect(await enforcer.authorize('Classify', composite)).toMatchObject({ allowed: false, denial: { resource: '*' } });
    expect(await enforcer.authorize('Wide', { ...composite, functionId: 'Wide' })).toEqual({ allowed: true });
    expect(enforcer.denials.map((d) => `${d.functionId} ${d.action} ${d.resource}`)).toEqual([
      `Classify cloudwatch:DescribeAlarms ${ALARM('Other-Alarm')}`,
      'Classify cloudwatch:DescribeAlarms *',
    ]);
  });

  it('denies an action no statement names, and applies an explicit Deny by its condition', async () => {
    const enforcer = new IamEnforcer(roles, CONTEXT);
    expect(await enforcer.authorize('Classify', call('CloudWatch', 'GetMetricData', {}))).toMatchObject({ allowed: false, denial: { action: 'cloudwatch:GetMetricData', result: 'ImplicitlyDenied' } });
    // Evaluations are reused, denials are not: each denied call is recorded.
    expect(await enforcer.authorize('Classify', call('CloudWatch', 'GetMetricData', {}))).toMatchObject({ allowed: false });
    expect(enforcer.denials.filter((d) => d.action === 'cloudwatch:GetMetricData')).toHaveLength(2);
    expect(await enforcer.authorize('Classify', call('DynamoDB', 'Put', { TableName: 'ops-alert-case-ledger' }))).toEqual({ allowed: true });
    const elsewhere = { ...call('DynamoDB', 'Put', { TableName: TABLE }), region: 'us-east-1' };
    expect(await enforcer.authorize('Classify', elsewhere)).toMatchObject({ allowed: false, denial: { result: 'ExplicitlyDenied' } });
  });

  it('asks kms:GenerateDataKey and kms:Decrypt on the key of an encrypted topic, which its key policy must also allow', async () => {
    // The key policy CDK gives a Key by default: the account's IAM policies decide.
    const keyPolicies = { [KEY]: policy({ Effect: 'Allow', Principal: { AWS: `arn:aws:iam::${ACCOUNT}:root` }, Action: 'kms:*', Resource: '*' }) };
    const enforcer = new IamEnforcer(roles, CONTEXT, { topicKeys: { [TOPIC]: KEY }, keyPolicies });
    const publish = call('SNS', 'Publish', { TopicArn: TOPIC, Message: 'x' });
    expect(await enforcer.authorize('Classify', publish)).toMatchObject({ allowed: false, denial: { action: 'kms:Decrypt', resource: KEY } });
    expect(await enforcer.authorize('Wide', { ...publish, functionId: 'Wide' })).toEqual({ allowed: true });
    expect(await new IamEnforcer(roles, CONTEXT).authorize('Classify', publish)).toEqual({ allowed: true });
    // Without a key policy that lets the account's IAM decide, KMS denies even a role that grants everything.
    const cloudWatchOnly = { [KEY]: policy({ Effect: 'Allow', Principal: { Service: 'cloudwatch.amazonaws.com' }, Action: 'kms:*', Resource: '*' }) };
    expect(await new IamEnforcer(roles, CONTEXT, { topicKeys: { [TOPIC]: KEY }, keyPolicies: cloudWatchOnly }).authorize('Wide', { ...publish, functionId: 'Wide' }))
      .toMatchObject({ allowed: false, denial: { action: 'kms:GenerateDataKey' } });
    // A key without a policy given is a setup error, said at once.
    expect(() => new IamEnforcer(roles, CONTEXT, { topicKeys: { [TOPIC]: KEY } })).toThrow(MissingKeyPolicyError);
  });

  it('assertAllowed throws the AWS-shaped denial, which the project maps to a permanent error', async () => {
    const enforcer = new IamEnforcer(roles, CONTEXT);
    await expect(enforcer.assertAllowed(call('CloudWatch', 'DescribeAlarms', { AlarmNames: ['Acme-Bedrock-X'] }))).resolves.toBeUndefined();
    const denied = await enforcer.assertAllowed(call('Support', 'CreateCase', {})).catch((error: unknown) => error);
    expect(denied).toMatchObject({ name: 'AccessDeniedException', $metadata: { httpStatusCode: 400 } });
    expect(mapAwsError(denied, 'Support.CreateCase')).toBeInstanceOf(PermanentAwsError);
    expect(enforcer.denials).toHaveLength(1);
  });

  it('refuses an unknown function and an unknown AWS-managed policy', async () => {
    await expect(new IamEnforcer(roles, CONTEXT).authorize('Nobody', call('Support', 'CreateCase', {}))).rejects.toThrow(/No execution role is known for function 'Nobody'/);
    expect(() => new IamEnforcer({ X: { roleName: 'R', functionName: 'F', policies: [], managedPolicyArns: ['arn:aws:iam::aws:policy/AdministratorAccess'] } }, CONTEXT)).toThrow(UnknownManagedPolicyError);
  });
});

describe('accessDeniedError', () => {
  const denial = { functionId: 'Classify', action: 'support:CreateCase', resource: '*', result: 'ImplicitlyDenied' as const, service: 'Support', operation: 'CreateCase', principalArn: `arn:aws:sts::${ACCOUNT}:assumed-role/R/F` };

  it('is shaped as the SDK throws it, and the project maps it to a permanent IAM error', () => {
    const error = accessDeniedError(denial);
    expect(error).toMatchObject({ name: 'AccessDeniedException', $fault: 'client', $metadata: { httpStatusCode: 400 } });
    expect(error.message).toBe(`User: arn:aws:sts::${ACCOUNT}:assumed-role/R/F is not authorized to perform: support:CreateCase on resource: * because no identity-based policy allows the support:CreateCase action`);
    const mapped = mapAwsError(error, 'Support.CreateCase');
    expect(mapped).toBeInstanceOf(PermanentAwsError);
    expect(mapped.message).toMatch(/IAM role/);
  });

  it('uses each service\'s own error: SNS AuthorizationError, CloudWatch AccessDenied (403), SNS on its key KMSAccessDenied', () => {
    expect(accessDeniedError({ ...denial, service: 'SNS', action: 'sns:Publish' })).toMatchObject({ name: 'AuthorizationErrorException', $metadata: { httpStatusCode: 403 } });
    expect(accessDeniedError({ ...denial, service: 'CloudWatch', action: 'cloudwatch:DescribeAlarms' })).toMatchObject({ name: 'AccessDenied', $metadata: { httpStatusCode: 403 } });
    expect(accessDeniedError({ ...denial, service: 'SNS', action: 'kms:Decrypt' }).name).toBe('KMSAccessDeniedException');
    expect(accessDeniedError({ ...denial, service: 'DynamoDB', result: 'ExplicitlyDenied' }).message).toMatch(/with an explicit deny in an identity-based policy$/);
  });
});

describe('resource policies', () => {
  const alarm = ALARM('Acme-Bedrock-Ops-Workflow-Failures');
  const cloudWatchMay = (action: string | string[], resource: string, condition?: Record<string, unknown>): Record<string, unknown> => ({
    Effect: 'Allow', Principal: { Service: 'cloudwatch.amazonaws.com' }, Action: action, Resource: resource, ...(condition ? { Condition: condition } : {}),
  });
  const conditions = { StringEquals: { 'aws:SourceAccount': ACCOUNT }, ArnLike: { 'aws:SourceArn': `arn:aws:cloudwatch:${REGION}:${ACCOUNT}:alarm:*` } };
  const sslOnly = { Effect: 'Deny', Principal: '*', Action: 'sns:Publish', Resource: TOPIC, Condition: { Bool: { 'aws:SecureTransport': 'false' } } };

  it('denies CloudWatch publishing to a topic whose policy only has the enforce-SSL Deny, or has no policy', async () => {
    const verdict = await evaluateServicePublish({ topicPolicy: policy(sslOnly), sourceArn: alarm, sourceAccount: ACCOUNT, topicArn: TOPIC });
    expect(verdict.allowed).toBe(false);
    expect(verdict.reasons.join('\n')).toMatch(/sns:Publish on .* by cloudwatch\.amazonaws\.com: ImplicitlyDenied/);
    expect((await evaluateServicePublish({ topicPolicy: undefined, sourceArn: alarm, sourceAccount: ACCOUNT, topicArn: TOPIC })).allowed).toBe(false);
  });

  it('allows it with aws:SourceAccount / aws:SourceArn conditions that match, and denies another account\'s alarm', async () => {
    const topicPolicy = policy(sslOnly, cloudWatchMay('sns:Publish', TOPIC, conditions));
    const keyPolicy = policy(cloudWatchMay(['kms:Decrypt', 'kms:GenerateDataKey*'], '*', conditions));
    const ours = await evaluateServicePublish({ topicPolicy, keyPolicy, sourceArn: alarm, sourceAccount: ACCOUNT, topicArn: TOPIC, keyArn: KEY });
    expect(ours).toEqual({ allowed: true, reasons: expect.arrayContaining([expect.stringMatching(/kms:GenerateDataKey on .*: Allowed/)]) as unknown as string[] });
    const theirs = await evaluateServicePublish({ topicPolicy, keyPolicy, sourceArn: 'arn:aws:cloudwatch:eu-west-1:999999999999:alarm:X', sourceAccount: '999999999999', topicArn: TOPIC, keyArn: KEY });
    expect(theirs.allowed).toBe(false);
  });

  it('denies when the key policy does not let CloudWatch use the key (a topic grant is not enough)', async () => {
    const topicPolicy = policy(cloudWatchMay('sns:Publish', TOPIC, conditions));
    const keyPolicy = policy({ Effect: 'Allow', Principal: { AWS: `arn:aws:iam::${ACCOUNT}:root` }, Action: 'kms:*', Resource: '*' });
    const verdict = await evaluateServicePublish({ topicPolicy, keyPolicy, sourceArn: alarm, sourceAccount: ACCOUNT, topicArn: TOPIC, keyArn: KEY });
    expect(verdict.allowed).toBe(false);
    expect(verdict.reasons.filter((r) => r.startsWith('kms:')).every((r) => r.endsWith('ImplicitlyDenied'))).toBe(true);
  });

  it('checks EventBridge → Lambda by the function\'s permissions and its SourceArn condition', async () => {
    const functionArn = `arn:aws:lambda:${REGION}:${ACCOUNT}:function:OpsAlert-NotifyFailure`;
    const ruleArn = `arn:aws:events:${REGION}:${ACCOUNT}:rule/OpsAlert-Failures`;
    const permissions = policy({ Effect: 'Allow', Principal: { Service: 'events.amazonaws.com' }, Action: 'lambda:InvokeFunction', Resource: functionArn, Condition: { ArnLike: { 'AWS:SourceArn': ruleArn } } });
    expect((await evaluateEventBridgeTarget({ kind: 'lambda', functionArn, permissions, ruleArn, account: ACCOUNT })).allowed).toBe(true);
    expect((await evaluateEventBridgeTarget({ kind: 'lambda', functionArn, permissions, ruleArn: `${ruleArn}-other`, account: ACCOUNT })).allowed).toBe(false);
    expect((await evaluateEventBridgeTarget({ kind: 'lambda', functionArn, permissions: undefined, ruleArn, account: ACCOUNT })).allowed).toBe(false);
  });

  it('checks EventBridge → Step Functions by the target role\'s policies', async () => {
    const stateMachineArn = `arn:aws:states:${REGION}:${ACCOUNT}:stateMachine:OpsAlert`;
    const base = { kind: 'stateMachine' as const, stateMachineArn, ruleArn: `arn:aws:events:${REGION}:${ACCOUNT}:rule/R`, account: ACCOUNT, roleArn: `arn:aws:iam::${ACCOUNT}:role/EventsRole` };
    const grant = [{ name: 'Start', document: policy({ Effect: 'Allow', Action: 'states:StartExecution', Resource: stateMachineArn }) }];
    expect((await evaluateEventBridgeTarget({ ...base, targetRolePolicies: grant })).allowed).toBe(true);
    const other = [{ name: 'Start', document: policy({ Effect: 'Allow', Action: 'states:StartExecution', Resource: `${stateMachineArn}-Other` }) }];
    expect((await evaluateEventBridgeTarget({ ...base, targetRolePolicies: other })).allowed).toBe(false);
  });
});

describe('authorizationsFor: CloudFormation ListStackInstances (the threshold updater in organization mode)', () => {
  const STACK_SET = /^arn:aws:cloudformation:eu-west-1:(\d{12}):stackset\/Acme-BedrockOpsAlert-Spoke:[0-9a-f]{8}(-[0-9a-f]{4}){3}-[0-9a-f]{12}$/;
  const list = (CallAs?: string) => call('CloudFormation', 'ListStackInstancesCommand', { StackSetName: 'Acme-BedrockOpsAlert-Spoke', ...(CallAs ? { CallAs } : {}) }, 'Updater');

  it('is on the stack set\'s ARN: the caller\'s account as SELF, the management account as DELEGATED_ADMIN', () => {
    const [self] = authorizationsFor(list('SELF'), CONTEXT);
    expect(self?.action).toBe('cloudformation:ListStackInstances');
    expect(STACK_SET.exec(self?.resource ?? '')?.[1]).toBe(ACCOUNT);
    const [delegated, organizations] = authorizationsFor(list('DELEGATED_ADMIN'), { ...CONTEXT, managementAccount: '101010101010' });
    // A delegated administrator's caller must also be allowed to list the delegated administrators.
    expect(organizations).toEqual({ action: 'organizations:ListDelegatedAdministrators', resource: '*' });
    expect(authorizationsFor(list('SELF'), CONTEXT)).toHaveLength(1);
    expect(STACK_SET.exec(delegated?.resource ?? '')?.[1]).toBe('101010101010');
    // The same stack set id either way (the name resolved to one stack set).
    expect(delegated?.resource.split(':stackset/')[1]).toBe(self?.resource.split(':stackset/')[1]);
  });

  it('refuses a DELEGATED_ADMIN call without a known management account, and a call without a stack set name', () => {
    expect(() => authorizationsFor(list('DELEGATED_ADMIN'), CONTEXT)).toThrow(UnknownAwsOperationError);
    expect(() => authorizationsFor(call('CloudFormation', 'ListStackInstances', {}), CONTEXT)).toThrow(/StackSetName/);
  });
});
