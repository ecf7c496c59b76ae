/**
 * dynalite, with the idempotency and ledger tables: where the DynamoDB adapters themselves are under test (contract
 * tests, guarantees on dynalite, the AWS-calls bench). The local runtime uses in-process tables (local-tables.ts).
 * The SDK's requests reach dynalite's request handler in process (inProcessHandler), not through a loopback socket.
 */
import { CreateTableCommand, DynamoDBClient, type DynamoDBClientConfig } from '@aws-sdk/client-dynamodb';
import dynalite from 'dynalite';
import { EventEmitter } from 'node:events';
import type { Server } from 'node:http';
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

/** What the SDK hands its HTTP handler, and what it expects back (the parts used here). */
interface SdkHttpRequest {
  method: string;
  path: string;
  query?: Record<string, string | string[] | null>;
  headers: Record<string, string>;
  body?: string | Uint8Array;
}
interface SdkHttpResponse {
  statusCode: number;
  headers: Record<string, string>;
  body: Uint8Array;
}

const bytesOf = (body: string | Uint8Array): Buffer => (typeof body === 'string' ? Buffer.from(body) : Buffer.from(body.buffer, body.byteOffset, body.byteLength));
/** The operations after which dynalite changes a table's status on a timer (createTableMs: 0 and the like). */
const TABLE_OPERATIONS = /\.(CreateTable|UpdateTable|DeleteTable)$/;

/**
 * The SDK's HTTP handler for dynalite in process: each request goes to dynalite's own request handler (the function
 * its HTTP server calls) as the method, path, lower-cased headers and body the server would have parsed, and its
 * status, headers and body come back as the server would have sent them. The same requests and answers as over the
 * loopback socket, without the HTTP client, the socket and the HTTP parser on both sides (~45% of the CPU of a call to
 * dynalite). An answer is handed back on the next turn of the event loop, as a socket's would be (answered at once,
 * concurrent executions interleave differently: more of them meet an idempotency record in progress and retry).
 * A table operation answers once dynalite has made the table ACTIVE (it does so on a 0 ms timer after answering; over
 * a socket the round trip of the next request always came later).
 */
const inProcessHandler = (server: Server): NonNullable<DynamoDBClientConfig['requestHandler']> => {
  const listener = server.listeners('request')[0] as (request: unknown, response: unknown) => void;
  const handle = (request: SdkHttpRequest): Promise<{ response: SdkHttpResponse }> => new Promise((resolve) => {
    const query = request.query ? new URLSearchParams(Object.entries(request.query).flatMap(([k, v]) => [v ?? ''].flat().map((value): [string, string] => [k, value]))).toString() : '';
    const headers = Object.fromEntries(Object.entries(request.headers).map(([name, value]) => [name.toLowerCase(), value]));
    const incoming = Object.assign(new EventEmitter(), { method: request.method, url: `${request.path}${query ? `?${query}` : ''}`, headers });
    const answered: Record<string, string> = {};
    const outgoing = {
      statusCode: 200,
      setHeader(name: string, value: unknown): void { answered[name.toLowerCase()] = String(value); },
      end(body?: string): void {
        const response = { statusCode: outgoing.statusCode, headers: answered, body: Buffer.from(body ?? '') };
        if (!TABLE_OPERATIONS.test(headers['x-amz-target'] ?? '')) {
          setImmediate(() => resolve({ response }));
          return;
        }
        setTimeout(() => setImmediate(() => resolve({ response })), 1);
      },
    };
    listener(incoming, outgoing);
    if (request.body !== undefined && request.body.length > 0) incoming.emit('data', bytesOf(request.body));
    incoming.emit('end');
  });
  return { handle, updateHttpClientConfig: () => undefined, httpHandlerConfigs: () => ({}), destroy: () => undefined } as unknown as NonNullable<DynamoDBClientConfig['requestHandler']>;
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
    requestHandler: inProcessHandler(server),
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
