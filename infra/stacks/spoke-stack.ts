/**
 * Organization mode: the spoke, deployed by a CloudFormation StackSet to every account of the configured
 * organizational units, in every configured Region (infra/constructs/spoke-stack-sets.ts). It holds:
 * - the alarms of the first model-alarm group (further groups are stack sets of ModelAlarmsStack);
 * - a rule forwarding the deployment's ALARM transitions of this account to the hub's event bus (the same pattern as
 *   the single-account rule, src/workflow/alarm-rule.ts), with a role (EventBridge requires one to send to another
 *   account's bus in an organization) and a dead-letter queue;
 * - in the first configured Region only (IAM is global), the role the hub's steps assume to act in this account, in
 *   every Region: exactly the calls of the spoke ports
 *   (src/workflow/organization.ts SPOKE_PORTS, grants from src/adapters/port-grants.ts) and of the hub's threshold
 *   updater's quotas and alarms ports (THRESHOLD_SPOKE_PORTS), trusted only by the hub step roles (role path in the
 *   hub account) of the organization.
 *
 * Environment-agnostic: the account and Region are the stack instance's (`AWS::AccountId`, `AWS::Region`); what the
 * spoke must know of the hub comes in as stack set parameters.
 */
import { Annotations, Aws, CfnCondition, CfnOutput, CfnParameter, CfnResource, Duration, Fn, Stack } from 'aws-cdk-lib';
import type { StackProps } from 'aws-cdk-lib';
import { EventBus, Rule } from 'aws-cdk-lib/aws-events';
import { EventBus as EventBusTarget } from 'aws-cdk-lib/aws-events-targets';
import { AccountPrincipal, PolicyStatement, Role, ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import { Queue, QueueEncryption } from 'aws-cdk-lib/aws-sqs';
import type { Construct } from 'constructs';
import { PORT_GRANTS, THRESHOLD_SPOKE_PORTS, THRESHOLD_UPDATER_GRANTS, iamAction } from '#adapters/port-grants.js';
import type { GrantTarget } from '#adapters/port-grants.js';
import { alarmRulePattern } from '#workflow/alarm-rule.js';
import { SPOKE_PORTS, spokeRoleName } from '#workflow/organization.js';
import type { ResolvedModel } from '../config.js';
import { ModelAlarms } from '../constructs/model-alarms.js';
import { acknowledge, acknowledgeAll } from '../nag.js';

/** Parameters the hub's stack set passes to every spoke instance. */
export const SPOKE_PARAMETERS = {
  hubEventBusArn: 'HubEventBusArn',
  hubAccount: 'HubAccount',
  hubStepRoleArnPattern: 'HubStepRoleArnPattern',
  organizationId: 'OrganizationId',
  roleRegion: 'RoleRegion',
} as const;

export interface SpokeStackProps extends StackProps {
  customerName: string;
  /** `{Customer}-Bedrock-`: the forwarding rule only sees the deployment's alarms. */
  alarmNamePrefix: string;
  /** The models whose alarms this stack holds (the first model-alarm group). */
  models: readonly ResolvedModel[];
}

/**
 * The spoke role's actions, by where they are allowed: the calls of the spoke ports' adapters (the workflow's steps)
 * and of the threshold updater's quotas, alarms and profile discovery ports (the hub's updater resizes the usage alarms here), nothing else.
 */
export const spokeRoleGrants = (): Map<GrantTarget, { actions: Set<string>; why: string[] }> => {
  const byTarget = new Map<GrantTarget, { actions: Set<string>; why: string[] }>();
  const grants = [...SPOKE_PORTS.flatMap((port) => PORT_GRANTS[port]), ...THRESHOLD_SPOKE_PORTS.flatMap((port) => THRESHOLD_UPDATER_GRANTS[port])];
  for (const grant of grants) {
    const entry = byTarget.get(grant.on) ?? { actions: new Set<string>(), why: [] };
    for (const call of grant.calls) entry.actions.add(iamAction(call));
    if (grant.why && !entry.why.includes(`${grant.calls.map(iamAction).join(', ')}: ${grant.why}`)) entry.why.push(`${grant.calls.map(iamAction).join(', ')}: ${grant.why}`);
    byTarget.set(grant.on, entry);
  }
  return byTarget;
};

export class SpokeStack extends Stack {
  public readonly hubAccessRole: Role;
  public readonly forwardRule: Rule;
  public readonly forwardDeadLetters: Queue;
  public readonly modelAlarms: ModelAlarms[];

  constructor(scope: Construct, id: string, props: SpokeStackProps) {
    super(scope, id, props);
    const hubEventBusArn = new CfnParameter(this, SPOKE_PARAMETERS.hubEventBusArn, {
      type: 'String', allowedPattern: '^arn:aws[a-z-]*:events:[a-z0-9-]+:[0-9]{12}:event-bus/.+$',
      description: 'ARN of the hub event bus that receives this account\'s alarm events',
    });
    const hubAccount = new CfnParameter(this, SPOKE_PARAMETERS.hubAccount, {
      type: 'String', allowedPattern: '^[0-9]{12}$', description: 'The hub account (its step roles assume the access role)',
    });
    const hubStepRoleArnPattern = new CfnParameter(this, SPOKE_PARAMETERS.hubStepRoleArnPattern, {
      type: 'String', allowedPattern: '^arn:aws[a-z-]*:iam::[0-9]{12}:role/.+\\*$',
      description: 'ARN pattern (role path) of the hub step roles allowed to assume the access role',
    });
    const organizationId = new CfnParameter(this, SPOKE_PARAMETERS.organizationId, {
      type: 'String', allowedPattern: '^o-[a-z0-9]{10,32}$', description: 'The organization the hub step roles must belong to',
    });

    const roleRegion = new CfnParameter(this, SPOKE_PARAMETERS.roleRegion, {
      type: 'String', allowedPattern: '^[a-z]{2}(-[a-z]+)+-[0-9]$', description: 'The one Region of the stack set whose instance creates the account\'s access role',
    });
    const createsRole = new CfnCondition(this, 'CreatesAccessRole', { expression: Fn.conditionEquals(Aws.REGION, roleRegion.valueAsString) });

    this.modelAlarms = props.models.map((model) => {
      const alarms = new ModelAlarms(this, model.name, { customerName: props.customerName, model });
      if (alarms.unsizedKinds.length > 0) {
        Annotations.of(alarms).addWarningV2('bedrock-ops-alert:unsizedUsageAlarm',
          `${model.name}: no current quota value for ${alarms.unsizedKinds.join(', ')} in the configuration; the alarm keeps a placeholder threshold in every spoke.`);
      }
      return alarms;
    });

    // Trusted only by the hub step roles under their path, and only while they belong to the organization.
    this.hubAccessRole = new Role(this, 'HubAccess', {
      roleName: spokeRoleName(props.customerName),
      description: `Bedrock Ops Alert (${props.customerName}): what the hub's workflow steps do in this account`,
      assumedBy: new AccountPrincipal(hubAccount.valueAsString).withConditions({
        ArnLike: { 'aws:PrincipalArn': hubStepRoleArnPattern.valueAsString },
        StringEquals: { 'aws:PrincipalOrgID': organizationId.valueAsString },
      }),
      maxSessionDuration: Duration.hours(1),
    });
    const resourceOf = (target: GrantTarget): string => {
      if (target === 'any') return '*';
      // Every Region of the account: the one role serves the events of all the stack set's Regions.
      if (target === 'bedrockQuotas') return `arn:${Aws.PARTITION}:servicequotas:*:${Aws.ACCOUNT_ID}:bedrock/*`;
      // The hub's threshold updater: the usage alarms of this deployment, in every Region of the account.
      if (target === 'deploymentAlarms') return `arn:${Aws.PARTITION}:cloudwatch:*:${Aws.ACCOUNT_ID}:alarm:${props.alarmNamePrefix}*`;
      // The hub's threshold updater reads the system-defined profiles a monitored model names, in every Region.
      if (target === 'systemInferenceProfiles') return `arn:${Aws.PARTITION}:bedrock:*:${Aws.ACCOUNT_ID}:inference-profile/*`;
      throw new Error(`The spoke role cannot be granted on ${target}: it is a hub resource (src/workflow/organization.ts SPOKE_PORTS)`);
    };
    for (const [target, { actions, why }] of spokeRoleGrants()) {
      this.hubAccessRole.addToPolicy(new PolicyStatement({ actions: [...actions].sort(), resources: [resourceOf(target)] }));
      if (target === 'any') acknowledge(this.hubAccessRole, 'AwsSolutions-IAM5[Resource::*]', why.join(' '));
      if (target === 'deploymentAlarms') {
        acknowledge(this.hubAccessRole, `AwsSolutions-IAM5[Resource::arn:<AWS::Partition>:cloudwatch:*:<AWS::AccountId>:alarm:${props.alarmNamePrefix}*]`,
          'The hub\'s threshold updater reads, resizes and (for a model without an RPM quota) deletes the usage alarms of this deployment in every monitored Region of the account: limited to their common name prefix.');
      }
      if (target === 'systemInferenceProfiles') {
        acknowledge(this.hubAccessRole, 'AwsSolutions-IAM5[Resource::arn:<AWS::Partition>:bedrock:*:<AWS::AccountId>:inference-profile/*]',
          'bedrock:GetInferenceProfile (read-only) on the system-defined inference profiles of this account: the hub\'s threshold updater reads the ones monitored models name, in every monitored Region.');
      }
      if (target === 'bedrockQuotas') {
        acknowledge(this.hubAccessRole, 'AwsSolutions-IAM5[Resource::arn:<AWS::Partition>:servicequotas:*:<AWS::AccountId>:bedrock/*]',
          'Limited to the Bedrock quotas of this account: which quota code is read or requested is decided per model at run time, in the Region of the event (one role per account serves every monitored Region).');
      }
    }
    // Only the instance in the role Region creates the role and its policy (the others would collide on the name).
    for (const child of this.hubAccessRole.node.findAll()) {
      if (child instanceof CfnResource) child.cfnOptions.condition = createsRole;
    }

    this.forwardDeadLetters = new Queue(this, 'ForwardDeadLetters', {
      encryption: QueueEncryption.SQS_MANAGED,
      enforceSSL: true,
      retentionPeriod: Duration.days(14),
    });
    acknowledgeAll(this.forwardDeadLetters, ['AwsSolutions-SQS3', 'Serverless-SQSRedrivePolicy'],
      'This queue is itself the dead-letter queue of the forwarding rule target; a queue behind it would only move the same events.');
    const forwardRole = new Role(this, 'ForwardRole', {
      assumedBy: new ServicePrincipal('events.amazonaws.com'),
      description: `Bedrock Ops Alert (${props.customerName}): EventBridge sends this account's alarm events to the hub bus`,
    });
    const pattern = alarmRulePattern({ alarmNamePrefix: props.alarmNamePrefix, account: Aws.ACCOUNT_ID });
    const { source, 'detail-type': detailType, account, ...rest } = pattern;
    this.forwardRule = new Rule(this, 'ForwardAlarmStateChanges', {
      description: `ALARM transitions of the ${props.alarmNamePrefix}* metric alarms of this account go to the Bedrock Ops Alert hub`,
      eventPattern: { source: source as string[], detailType: detailType as string[], account: account as string[], ...rest },
    });
    this.forwardRule.addTarget(new EventBusTarget(EventBus.fromEventBusArn(this, 'HubBus', hubEventBusArn.valueAsString), {
      role: forwardRole,
      deadLetterQueue: this.forwardDeadLetters,
    }));

    new CfnOutput(this, 'HubAccessRoleArn', { value: this.hubAccessRole.roleArn, condition: createsRole });
    new CfnOutput(this, 'ForwardDeadLetterQueueUrl', { value: this.forwardDeadLetters.queueUrl });
  }
}
