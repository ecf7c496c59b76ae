/**
 * The DynamoDB adapters (case ledger, threshold history) go through the project's AWS error mapping: a throttle or a
 * 5xx becomes TransientAwsError, the name the definition retries, instead of keeping its SDK name.
 */
import { ConditionalCheckFailedException, DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DeleteCommand, DynamoDBDocumentClient, GetCommand, PutCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { mockClient } from 'aws-sdk-client-mock';
import { DynamoDbCaseLedger } from '#adapters/dynamodb/case-ledger.js';
import { PermanentAwsError, TransientAwsError } from '#core/errors.js';
import { DynamoDbThresholdHistory } from '#adapters/dynamodb/threshold-history.js';
import { sdkError } from '../aws/sdk-errors.js';

const db = mockClient(DynamoDBDocumentClient);
beforeEach(() => db.reset());

const entry = { key: 'a#r#M#quota', caseId: 'pending:x', displayId: '', subject: 's', caseType: 'Quota Request', createdAt: '2026-06-01T10:00:00.000Z', communicated: [] };
const throttle = () => sdkError('ProvisionedThroughputExceededException', { status: 400 });
const serverError = () => sdkError('InternalServerError', { status: 500, fault: 'server' });

describe('case ledger', () => {
  const ledger = new DynamoDbCaseLedger('ledger', { region: 'us-east-1' });

  it.each([
    ['get', GetCommand, () => ledger.get('k')],
    ['claim', UpdateCommand, () => ledger.claim(entry)],
    ['complete', UpdateCommand, () => ledger.complete('pending:x', { ...entry, caseId: 'case-1' })],
    ['markCommunicated', UpdateCommand, () => ledger.markCommunicated('k', ['t1'])],
    ['endNotification failed', DeleteCommand, () => ledger.endNotification('n', 'failed')],
  ] as const)('%s: a throttle becomes TransientAwsError naming the call', async (_name, command, act) => {
    // Arrange
    db.on(command as never).rejects(throttle());

    // Act / Assess
    const error = await (act as () => Promise<unknown>)().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TransientAwsError);
    expect((error as Error).name).toBe('TransientAwsError');
    expect((error as Error).message).toMatch(/^DynamoDB\.(GetItem|PutItem|UpdateItem|DeleteItem) failed with ProvisionedThroughputExceededException/);
  });

  it('a 5xx is transient too, and a validation error permanent', async () => {
    // Arrange
    db.on(GetCommand).rejectsOnce(serverError()).rejectsOnce(sdkError('ValidationException'));

    // Act / Assess
    await expect(ledger.get('k')).rejects.toBeInstanceOf(TransientAwsError);
    await expect(ledger.get('k')).rejects.toBeInstanceOf(PermanentAwsError);
  });

  it('a failed condition is still an answer, not an error: a claim held by another case reads the holder', async () => {
    // Arrange
    db.on(UpdateCommand).rejects(new ConditionalCheckFailedException({ message: 'held', $metadata: {} }));
    db.on(GetCommand).resolves({ Item: { pk: entry.key, status: 'open', caseId: 'case-9', displayId: '9', subject: 's', caseType: 'Quota Request', createdAt: entry.createdAt } });

    // Act
    const result = await ledger.claim(entry);

    // Assess
    expect(result).toMatchObject({ claimed: false, entry: { caseId: 'case-9' } });
  });
});

describe('threshold history', () => {
  it('a throttled write becomes TransientAwsError', async () => {
    // Arrange
    const history = new DynamoDbThresholdHistory({ tableName: 'history', client: DynamoDBDocumentClient.from(new DynamoDBClient({ region: 'us-east-1' })) });
    db.on(PutCommand).rejects(throttle());

    // Act / Assess
    await expect(history.record([{ model: 'M', at: '2026-06-01T10:00:00.000Z', quota: 'TPM' } as never])).rejects.toBeInstanceOf(TransientAwsError);
  });
});
