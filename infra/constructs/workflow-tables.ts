/**
 * The two DynamoDB tables of the workflow: Powertools idempotency records and the case ledger. Key shapes come from
 * src/workflow/environment.ts, the same constants the handlers use.
 *
 * Encryption: AWS managed key (aws/dynamodb). The tables hold idempotency hashes, case ids and alarm keys, nothing
 * secret; access is already scoped per table and per action by IAM, so a customer managed key would add a key policy
 * to maintain and KMS request costs on every workflow step without narrowing who can read the data.
 */
import { RemovalPolicy } from 'aws-cdk-lib';
import { AttributeType, BillingMode, Table, TableEncryption } from 'aws-cdk-lib/aws-dynamodb';
import { Construct } from 'constructs';
import { CASE_LEDGER_TABLE, IDEMPOTENCY_TABLE } from '#workflow/environment.js';

export class WorkflowTables extends Construct {
  public readonly idempotencyTable: Table;
  public readonly caseLedgerTable: Table;

  constructor(scope: Construct, id: string) {
    super(scope, id);
    const common = {
      billingMode: BillingMode.PAY_PER_REQUEST,
      encryption: TableEncryption.AWS_MANAGED,
      pointInTimeRecoverySpecification: { pointInTimeRecoveryEnabled: true },
      // The ledger is what prevents duplicate cases: a stack deletion must not silently drop it.
      removalPolicy: RemovalPolicy.RETAIN,
    };
    this.idempotencyTable = new Table(this, 'Idempotency', {
      ...common,
      partitionKey: { name: IDEMPOTENCY_TABLE.partitionKey, type: AttributeType.STRING },
      timeToLiveAttribute: IDEMPOTENCY_TABLE.ttlAttribute,
      // Idempotency records expire on their own and are worthless after a teardown.
      removalPolicy: RemovalPolicy.DESTROY,
    });
    this.caseLedgerTable = new Table(this, 'CaseLedger', {
      ...common,
      partitionKey: { name: CASE_LEDGER_TABLE.partitionKey, type: AttributeType.STRING },
      timeToLiveAttribute: CASE_LEDGER_TABLE.ttlAttribute,
    });
  }
}
