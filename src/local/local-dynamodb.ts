/**
 * dynalite on a loopback port, with the idempotency and ledger tables: where the DynamoDB adapters themselves are under
 * test (contract tests, guarantees on dynalite, the AWS-calls bench). The local runtime uses in-process tables
 * (local-tables.ts).
 */
import { CreateTableCommand, DynamoDBClient, type DynamoDBClientConfig } from '@aws-sdk/client-dynamodb';
import dynalite from 'dynalite';
import type { AddressInfo } from 'node:net';
import { CASE_LEDGER_TABLE, IDEMPOTENCY_TABLE } from '#workflow/environment.js';

export interface LocalDynamoDb {
  clientConfig: DynamoDBClientConfig;
  /** Creates a fresh pair of tables (one per scenario, so scenarios never see each other's records). */
  createTables(prefix: string): Promise<{ idempotencyTable: string; ledgerTable: string }>;
  close(): Promise<void>;
}

/**
 * dynalite checks that a request carries a well-formed SigV4 Authorization header and a date, never the signature
 * itself: the clients of the local tables send that header without computing a signature (the SDK's SigV4 signing,
 * canonical request and HMAC chain, is ~20% of the CPU of each call to dynalite; what the adapters send and what
 * dynalite answers is unchanged). The adapters' clients in AWS sign as always (no `signer` in their configuration).
 */
const UNSIGNED: NonNullable<DynamoDBClientConfig['signer']> = {
  sign: async (request) => {
    const signed = request as typeof request & { headers: Record<string, string> };
    signed.headers.authorization = 'AWS4-HMAC-SHA256 Credential=local/20260101/local/dynamodb/aws4_request, SignedHeaders=host, Signature=unsigned';
    signed.headers['x-amz-date'] = '20260101T000000Z';
    return signed;
  },
};

export const startLocalDynamoDb = async (): Promise<LocalDynamoDb> => {
  const server = dynalite({ createTableMs: 0, deleteTableMs: 0, updateTableMs: 0 });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  const clientConfig: DynamoDBClientConfig = {
    endpoint: `http://127.0.0.1:${port}`,
    region: 'local',
    credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
    maxAttempts: 2,
    signer: UNSIGNED,
  };
  const client = new DynamoDBClient(clientConfig);
  const create = async (name: string, key: string): Promise<void> => {
    await client.send(new CreateTableCommand({
      TableName: name, BillingMode: 'PAY_PER_REQUEST',
      AttributeDefinitions: [{ AttributeName: key, AttributeType: 'S' }], KeySchema: [{ AttributeName: key, KeyType: 'HASH' }],
    }));
  };
  let tables = 0;
  return {
    clientConfig,
    async createTables(prefix) {
      tables += 1;
      const safe = prefix.replace(/[^A-Za-z0-9_.-]/g, '-').slice(0, 180);
      const idempotencyTable = `${safe}-${tables}-idempotency`;
      const ledgerTable = `${safe}-${tables}-case-ledger`;
      await Promise.all([create(idempotencyTable, IDEMPOTENCY_TABLE.partitionKey), create(ledgerTable, CASE_LEDGER_TABLE.partitionKey)]);
      return { idempotencyTable, ledgerTable };
    },
    async close() {
      client.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
};
