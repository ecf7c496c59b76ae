/**
 * The idempotency store of the Lambda steps: Powertools' DynamoDB persistence layer on the table the CDK app names
 * (dynalite in tests). A module of its own so that the step handler factory (src/lambda/step-handlers.ts), which the
 * local runtime loads for every simulation, does not load the DynamoDB client with it; the Lambda entries
 * (aws-deps.ts) and the runs on dynalite import it.
 */
import { DynamoDBPersistenceLayer } from '@aws-lambda-powertools/idempotency/dynamodb';
import type { DynamoDBClientConfig } from '@aws-sdk/client-dynamodb';
import type { IdempotencyStore } from './step-handlers.js';

/** `clientConfig`: for dynalite, its endpoint and dummy credentials. */
export const dynamoDbIdempotency = (tableName: string, clientConfig?: DynamoDBClientConfig): IdempotencyStore => ({
  persistenceLayer: () => new DynamoDBPersistenceLayer({ tableName, ...(clientConfig ? { clientConfig } : {}) }),
});
