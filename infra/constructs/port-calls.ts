/**
 * Grants a function what its ports can call (src/adapters/port-grants.ts): one statement per resource, the calls'
 * IAM actions on it, and the cdk-nag acknowledgement of every grant on "*" with its reason. The workflow's step
 * functions and the threshold updater are granted this way, so a grant cannot drift from the adapters' calls.
 */
import { PolicyStatement, type Role } from 'aws-cdk-lib/aws-iam';
import type { ITopic } from 'aws-cdk-lib/aws-sns';
import { iamAction, TARGET_KEY_ACTIONS, type GrantTarget, type PortGrant } from '#adapters/port-grants.js';
import { acknowledge } from '../nag.js';

/** The resources of this deployment a grant may name; the topic also gives its key to the encrypted publish. */
export type GrantResources = Partial<Record<Exclude<GrantTarget, 'any' | 'notificationTopic'>, string>> & {
  notificationTopic?: ITopic;
  /** Conditions of a target's statement (e.g. the spoke roles: only roles of the organization's accounts). */
  conditions?: Partial<Record<GrantTarget, Record<string, Record<string, string>>>>;
};

/** Why a grant on a wildcard resource is still least privilege, for the targets that have one. */
const WILDCARD_REASONS: Partial<Record<GrantTarget, { resource: (arn: string) => string; reason: string }>> = {
  workflowExecutions: {
    resource: () => 'arn:<AWS::Partition>:states:<AWS::Region>:<AWS::AccountId>:execution:*',
    reason: 'states:DescribeExecution (read-only) on the executions of this account and Region: a case claim names its execution; the state machine name is generated after these roles.',
  },
  bedrockQuotas: {
    resource: () => 'arn:<AWS::Partition>:servicequotas:<AWS::Region>:<AWS::AccountId>:bedrock/*',
    reason: 'Limited to the Bedrock quotas of this account and Region: which quota code is read or requested is decided per model at run time.',
  },
  systemInferenceProfiles: {
    resource: () => 'arn:<AWS::Partition>:bedrock:<AWS::Region>:<AWS::AccountId>:inference-profile/*',
    reason: 'bedrock:GetInferenceProfile (read-only) on the system-defined inference profiles of this account and Region: which monitored model is one is known at run time.',
  },
  deploymentAlarms: {
    resource: (arn) => `arn:<AWS::Partition>:cloudwatch:<AWS::Region>:<AWS::AccountId>:alarm:${arn.split(':alarm:')[1] ?? '*'}`,
    reason: 'The updater reads, resizes and (for a model without an RPM quota) deletes the usage alarms of every model of this deployment: limited to their common name prefix.',
  },
  spokeRoles: {
    resource: (arn) => `arn:<AWS::Partition>:iam::*:role/${arn.split(':role/')[1] ?? '*'}`,
    reason: 'sts:AssumeRole on the spoke role of the account the event comes from: any account of the organization (aws:ResourceOrgID condition), as accounts join the OUs after the deploy.',
  },
};

export const grantPortCalls = (role: Role, grants: readonly PortGrant[], resources: GrantResources): void => {
  // Grants on the same resource share one statement.
  const byTarget = new Map<GrantTarget, Set<string>>();
  for (const grant of grants) {
    const actions = byTarget.get(grant.on) ?? new Set<string>();
    for (const call of grant.calls) actions.add(iamAction(call));
    byTarget.set(grant.on, actions);
    if (grant.on === 'any') {
      if (!grant.why) throw new Error(`A grant on "*" needs its reason (src/adapters/port-grants.ts): ${grant.calls.join(', ')}`);
      acknowledge(role, 'AwsSolutions-IAM5[Resource::*]', `${grant.calls.map(iamAction).join(', ')}: ${grant.why}`);
    }
  }
  for (const [target, actions] of byTarget) {
    const resource = target === 'any' ? '*' : target === 'notificationTopic' ? resources.notificationTopic?.topicArn : resources[target];
    if (!resource) throw new Error(`No resource given for the grant target ${target}`);
    const conditions = resources.conditions?.[target];
    role.addToPrincipalPolicy(new PolicyStatement({ actions: [...actions].sort(), resources: [resource], ...(conditions ? { conditions } : {}) }));
    const keyActions = TARGET_KEY_ACTIONS[target];
    const key = target === 'notificationTopic' ? resources.notificationTopic?.masterKey : undefined;
    if (keyActions && key) {
      // The topic is encrypted: SNS uses the publisher's permissions on the topic key.
      role.addToPrincipalPolicy(new PolicyStatement({ actions: [...keyActions], resources: [key.keyArn] }));
      acknowledge(role, 'AwsSolutions-IAM5[Action::kms:GenerateDataKey*]',
        'Publishing to the KMS-encrypted notification topic needs kms:GenerateDataKey*; the grant is limited to the one topic key.');
    }
    const wildcard = WILDCARD_REASONS[target];
    if (wildcard) acknowledge(role, `AwsSolutions-IAM5[Resource::${wildcard.resource(resource)}]`, wildcard.reason);
  }
};
