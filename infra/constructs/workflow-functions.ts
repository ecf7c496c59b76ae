/**
 * One function per LAMBDA_STEPS entry, each with exactly the permissions its `awsActions` names. The mapping from
 * an action to its resources is written once here (`grant`); an action this file does not know fails the
 * synth rather than being granted on `*` by accident.
 */
import { ArnFormat, Stack } from 'aws-cdk-lib';
import { PolicyStatement } from 'aws-cdk-lib/aws-iam';
import type { ITable } from 'aws-cdk-lib/aws-dynamodb';
import type { ITopic } from 'aws-cdk-lib/aws-sns';
import type { IStringParameter } from 'aws-cdk-lib/aws-ssm';
import type { RetentionDays } from 'aws-cdk-lib/aws-logs';
import { Construct } from 'constructs';
import { LAMBDA_STEPS } from '../../src/workflow/steps.js';
import type { LambdaStepId } from '../../src/workflow/steps.js';
import { ENV } from '../../src/workflow/environment.js';
import { HandlerFunction } from './handler-function.js';
import { acknowledge } from '../nag.js';

export interface WorkflowFunctionsProps {
  settingsParameter: IStringParameter;
  idempotencyTable: ITable;
  caseLedgerTable: ITable;
  notificationTopic: ITopic;
  /** `{Customer}-Bedrock-`: DescribeAlarms is limited to the deployment's alarms. */
  alarmNamePrefix: string;
  logLevel: string;
  logRetention: RetentionDays;
  /** @default false */
  allowMissingHandlers?: boolean;
}

/** Why an action is granted on `*`: the written reason of each cdk-nag acknowledgement. */
export const WILDCARD_REASONS: Readonly<Record<string, string>> = {
  'cloudwatch:GetMetricData': 'GetMetricData has no resource-level permissions (the service authorization reference lists no resource type for it).',
  'servicequotas:GetServiceQuota': 'Service Quotas read APIs are authorised on "*" only; the quota codes are discovered at run time from the settings.',
  'servicequotas:GetAWSDefaultServiceQuota': 'Service Quotas read APIs are authorised on "*" only.',
  'servicequotas:ListServiceQuotas': 'List APIs of Service Quotas have no resource-level permissions.',
  'servicequotas:ListAWSDefaultServiceQuotas': 'List APIs of Service Quotas have no resource-level permissions.',
  'servicequotas:GetRequestedServiceQuotaChange': 'Requested-change reads are addressed by request id, which has no ARN: "*" is required.',
  'servicequotas:ListRequestedServiceQuotaChangeHistoryByQuota': 'List APIs of Service Quotas have no resource-level permissions.',
  'support:DescribeCases': 'The AWS Support API has no resource-level permissions: every Support action is authorised on "*".',
  'support:CreateCase': 'The AWS Support API has no resource-level permissions: every Support action is authorised on "*".',
  'support:DescribeServices': 'The AWS Support API has no resource-level permissions: every Support action is authorised on "*".',
  'support:DescribeSeverityLevels': 'The AWS Support API has no resource-level permissions: every Support action is authorised on "*".',
  'support:AddCommunicationToCase': 'The AWS Support API has no resource-level permissions: every Support action is authorised on "*".',
};

export class WorkflowFunctions extends Construct {
  public readonly functions: Record<LambdaStepId, HandlerFunction>;

  constructor(scope: Construct, id: string, props: WorkflowFunctionsProps) {
    super(scope, id);
    const environment = {
      [ENV.settingsParameterName]: props.settingsParameter.parameterName,
      [ENV.idempotencyTableName]: props.idempotencyTable.tableName,
      [ENV.caseLedgerTableName]: props.caseLedgerTable.tableName,
      [ENV.notificationTopicArn]: props.notificationTopic.topicArn,
    };
    const entries = LAMBDA_STEPS.map((step) => {
      const handler = new HandlerFunction(this, step.id, {
        entry: step.entry,
        description: `Bedrock Ops Alert workflow step ${step.id}`,
        environment,
        serviceName: `bedrock-ops-alert-${step.id}`,
        logLevel: props.logLevel,
        logRetention: props.logRetention,
        allowMissingHandler: props.allowMissingHandlers ?? false,
      });
      // Every step reads the runtime settings document.
      handler.role.addToPrincipalPolicy(new PolicyStatement({ actions: ['ssm:GetParameter'], resources: [props.settingsParameter.parameterArn] }));
      for (const action of step.awsActions) this.grant(handler, action, props);
      this.acknowledgeWildcards(handler, step.awsActions, props);
      return [step.id, handler] as const;
    });
    this.functions = Object.fromEntries(entries) as Record<LambdaStepId, HandlerFunction>;
  }

  private grant(handler: HandlerFunction, action: string, props: WorkflowFunctionsProps): void {
    const stack = Stack.of(this);
    const role = handler.role;
    const allow = (actions: string[], resources: string[]) => role.addToPrincipalPolicy(new PolicyStatement({ actions, resources }));
    if (action === 'idempotency') {
      // What the Powertools DynamoDB persistence layer calls.
      allow(['dynamodb:GetItem', 'dynamodb:PutItem', 'dynamodb:UpdateItem', 'dynamodb:DeleteItem'], [props.idempotencyTable.tableArn]);
    } else if (action === 'ledger:read') {
      allow(['dynamodb:GetItem', 'dynamodb:Query'], [props.caseLedgerTable.tableArn]);
    } else if (action === 'ledger:write') {
      allow(['dynamodb:GetItem', 'dynamodb:Query', 'dynamodb:PutItem', 'dynamodb:UpdateItem', 'dynamodb:DeleteItem'], [props.caseLedgerTable.tableArn]);
    } else if (action === 'sns:Publish') {
      props.notificationTopic.grantPublish(role);
    } else if (action === 'cloudwatch:DescribeAlarms') {
      allow([action], [stack.formatArn({ service: 'cloudwatch', resource: 'alarm', resourceName: `${props.alarmNamePrefix}*`, arnFormat: ArnFormat.COLON_RESOURCE_NAME })]);
    } else if (action === 'servicequotas:RequestServiceQuotaIncrease') {
      allow([action], [`arn:${stack.partition}:servicequotas:${stack.region}:${stack.account}:bedrock/*`]);
    } else if (WILDCARD_REASONS[action] !== undefined) {
      allow([action], ['*']);
    } else {
      throw new Error(`LAMBDA_STEPS asks for "${action}", which infra/constructs/workflow-functions.ts does not know how to grant. Add it to WorkflowFunctions.grant with the narrowest resource.`);
    }
  }

  private acknowledgeWildcards(handler: HandlerFunction, actions: readonly string[], props: WorkflowFunctionsProps): void {
    for (const action of actions) {
      const reason = WILDCARD_REASONS[action];
      if (reason !== undefined) acknowledge(handler.role, 'AwsSolutions-IAM5[Resource::*]', `${action}: ${reason}`);
    }
    if (actions.includes('cloudwatch:DescribeAlarms')) {
      acknowledge(handler.role, `AwsSolutions-IAM5[Resource::arn:<AWS::Partition>:cloudwatch:<AWS::Region>:<AWS::AccountId>:alarm:${props.alarmNamePrefix}*]`,
        'cloudwatch:DescribeAlarms is limited to the alarms of this deployment by their common name prefix: the function looks up the children of any model\'s composite alarm.');
    }
    if (actions.includes('servicequotas:RequestServiceQuotaIncrease')) {
      acknowledge(handler.role, 'AwsSolutions-IAM5[Resource::arn:<AWS::Partition>:servicequotas:<AWS::Region>:<AWS::AccountId>:bedrock/*]',
        'servicequotas:RequestServiceQuotaIncrease is limited to the Bedrock quotas of this account and Region: which quota code is requested is decided per model at run time.');
    }
    if (actions.includes('sns:Publish')) {
      acknowledge(handler.role, 'AwsSolutions-IAM5[Action::kms:GenerateDataKey*]',
        'Publishing to the KMS-encrypted notification topic needs kms:GenerateDataKey*; the grant is limited to the one topic key.');
    }
    // Step functions are invoked synchronously by Step Functions: an error goes back to the execution (Retry/Catch,
    // then a failure notification and a re-drivable Failed execution). An asynchronous DLQ would never receive anything.
    acknowledge(handler.function, 'Serverless-LambdaDLQ',
      'Invoked synchronously by the state machine: failures are handled by the execution (Retry/Catch, failure notification, re-drive), never by an async dead-letter queue.');
  }
}
