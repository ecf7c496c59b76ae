/**
 * The idempotency table in process, for the local runtime: a Powertools persistence layer over a Map with the same
 * conditions as its DynamoDB layer. A record is written only if its key is absent, its record has expired, or it is
 * in progress and its in-progress expiry has passed; otherwise the write fails with the record that holds the key (as
 * DynamoDB's ReturnValuesOnConditionCheckFailure gives it). Updates and deletes are unconditional, as there.
 * Records are copied in and out, as a table would. Proven against the DynamoDB layer by one contract test
 * (test/adapters/idempotency-contract.test.ts).
 */
import { IdempotencyItemAlreadyExistsError, IdempotencyItemNotFoundError, IdempotencyRecordStatus } from '@aws-lambda-powertools/idempotency';
import { BasePersistenceLayer, IdempotencyRecord } from '@aws-lambda-powertools/idempotency/persistence';

interface StoredRecord {
  status: ReturnType<IdempotencyRecord['getStatus']>;
  expiryTimestamp?: number;
  inProgressExpiryTimestamp?: number;
  responseData?: unknown;
  payloadHash?: string;
}

/** One table: share it between the persistence layers of every handler (one layer per handler, as Powertools needs). */
export class InMemoryIdempotencyTable {
  readonly items = new Map<string, StoredRecord>();
}

export class InMemoryPersistenceLayer extends BasePersistenceLayer {
  constructor(private readonly table: InMemoryIdempotencyTable) {
    super();
  }

  protected override async _getRecord(idempotencyKey: string): Promise<IdempotencyRecord> {
    const item = this.table.items.get(idempotencyKey);
    if (!item) throw new IdempotencyItemNotFoundError();
    return toRecord(idempotencyKey, item);
  }

  protected override async _putRecord(record: IdempotencyRecord): Promise<void> {
    const now = Date.now();
    const held = this.table.items.get(record.idempotencyKey);
    const free = !held
      || (held.expiryTimestamp !== undefined && held.expiryTimestamp < now / 1000)
      || (held.status === IdempotencyRecordStatus.INPROGRESS && held.inProgressExpiryTimestamp !== undefined && held.inProgressExpiryTimestamp < now);
    if (!free) {
      throw new IdempotencyItemAlreadyExistsError(`Failed to put record for already existing idempotency key: ${record.idempotencyKey}`, toRecord(record.idempotencyKey, held));
    }
    // A whole-item put: what the old record had is gone.
    this.table.items.set(record.idempotencyKey, {
      status: record.getStatus(),
      ...(record.expiryTimestamp !== undefined ? { expiryTimestamp: record.expiryTimestamp } : {}),
      ...(record.inProgressExpiryTimestamp !== undefined ? { inProgressExpiryTimestamp: record.inProgressExpiryTimestamp } : {}),
      ...(this.isPayloadValidationEnabled() && record.payloadHash !== undefined ? { payloadHash: record.payloadHash } : {}),
    });
  }

  protected override async _updateRecord(record: IdempotencyRecord): Promise<void> {
    // UpdateItem: sets the given attributes, keeps the others, creates the item if it is gone.
    const item: StoredRecord = { ...(this.table.items.get(record.idempotencyKey) ?? { status: record.getStatus() }) };
    item.status = record.getStatus();
    if (record.expiryTimestamp !== undefined) item.expiryTimestamp = record.expiryTimestamp;
    if (record.responseData !== undefined) item.responseData = structuredClone(record.responseData);
    if (this.isPayloadValidationEnabled() && record.payloadHash !== undefined) item.payloadHash = record.payloadHash;
    this.table.items.set(record.idempotencyKey, item);
  }

  protected override async _deleteRecord(record: IdempotencyRecord): Promise<void> {
    this.table.items.delete(record.idempotencyKey);
  }
}

const toRecord = (idempotencyKey: string, item: StoredRecord): IdempotencyRecord =>
  new IdempotencyRecord({
    idempotencyKey,
    status: item.status,
    ...(item.expiryTimestamp !== undefined ? { expiryTimestamp: item.expiryTimestamp } : {}),
    ...(item.inProgressExpiryTimestamp !== undefined ? { inProgressExpiryTimestamp: item.inProgressExpiryTimestamp } : {}),
    ...(item.responseData !== undefined ? { responseData: structuredClone(item.responseData) as never } : {}),
    ...(item.payloadHash !== undefined ? { payloadHash: item.payloadHash } : {}),
  });
