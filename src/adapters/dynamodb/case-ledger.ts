/**
 * The case ledger on DynamoDB (the same code on AWS and on the local dynalite): one open case per
 * (account, region, model, category), claimed with a conditional write so concurrent incidents make one case.
 */
import { ConditionalCheckFailedException, DynamoDBClient, type DynamoDBClientConfig } from '@aws-sdk/client-dynamodb';
import { DeleteCommand, DynamoDBDocumentClient, GetCommand, PutCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import type { CoolDownRecord, FoldedTransition } from '#core/cool-down.js';
import { PENDING_CASE_PREFIX, type CaseLedgerPort, type ClaimResult, type FailureNote, type LedgerEntry } from '#ports/index.js';
import { CASE_LEDGER_TABLE } from '#workflow/environment.js';
import { TransientAwsError } from '#core/errors.js';
import { mapAwsError } from '../aws/errors.js';
import type { AwsCall } from '../port-grants.js';

interface LedgerItem {
  pk: string;
  status: 'open' | 'closed';
  caseId: string;
  displayId: string;
  subject: string;
  caseType: string;
  createdAt: string;
  communicated?: Set<string>;
  /** The execution holding a pending claim */
  execution?: string;
  /** The pending claim a case completed */
  openedFor?: string;
  expiresAt: number;
}

/** Entries are removed by TTL a year after the case was opened; the lookback window itself is checked on read. */
const RETENTION_SECONDS = 366 * 86_400;
/** Notification notes only need to outlive retries and re-drives (14 days). */
const NOTIFICATION_RETENTION_SECONDS = 15 * 86_400;

export class DynamoDbCaseLedger implements CaseLedgerPort {
  private readonly db: DynamoDBDocumentClient;

  constructor(private readonly tableName: string, clientConfig: DynamoDBClientConfig = {}) {
    this.db = DynamoDBDocumentClient.from(new DynamoDBClient(clientConfig));
  }

  /** Every DynamoDB call of the ledger, labelled as the grants name it (src/adapters/port-grants.ts). */
  private call<T>(api: AwsCall, send: () => Promise<T>): Promise<T> {
    return callLedger(api, send);
  }

  async get(key: string): Promise<LedgerEntry | undefined> {
    const { Item } = await this.call('DynamoDB.GetItem', () => this.db.send(new GetCommand({ TableName: this.tableName, Key: { [CASE_LEDGER_TABLE.partitionKey]: key }, ConsistentRead: true })));
    const item = Item as LedgerItem | undefined;
    return item && item.status === 'open' ? toEntry(item) : undefined;
  }

  async claim(entry: LedgerEntry, staleBefore?: Date, abandonedCaseId?: string): Promise<ClaimResult> {
    const key = { [CASE_LEDGER_TABLE.partitionKey]: entry.key };
    const names = { '#status': 'status' };
    // 1. The holder claims again (a retry): an UpdateItem that only adds, so the entry keeps what it knows (the
    //    transitions communicated, the append in progress). A whole-item PutItem here once erased both.
    try {
      const { Attributes } = await this.call('DynamoDB.UpdateItem', () => this.db.send(new UpdateCommand({
        TableName: this.tableName,
        Key: key,
        UpdateExpression: entry.communicated.length > 0 ? 'ADD communicated :ids' : 'SET caseId = :caseId',
        ConditionExpression: '#status = :open AND caseId = :caseId',
        ExpressionAttributeNames: names,
        ExpressionAttributeValues: { ':open': 'open', ':caseId': entry.caseId, ...(entry.communicated.length > 0 ? { ':ids': new Set(entry.communicated) } : {}) },
        ReturnValues: 'ALL_NEW',
      })));
      return { claimed: true, entry: toEntry(Attributes as LedgerItem), reclaimed: true };
    } catch (error) {
      if (!isConditionFailure(error)) throw error;
    }
    // 2. Take the key: free, closed, or a pending claim that was abandoned (older than staleBefore, or the one the
    //    caller knows to be abandoned). Everything of the previous holder is replaced.
    try {
      const sets = ['#status = :open', 'caseId = :caseId', 'displayId = :displayId', 'subject = :subject', 'caseType = :caseType', 'createdAt = :createdAt', 'expiresAt = :expiresAt'];
      if (entry.communicated.length > 0) sets.push('communicated = :ids');
      if (entry.execution) sets.push('execution = :execution');
      const removes = ['appending', 'openedFor', ...(entry.communicated.length > 0 ? [] : ['communicated']), ...(entry.execution ? [] : ['execution'])];
      const { Attributes } = await this.call('DynamoDB.UpdateItem', () => this.db.send(new UpdateCommand({
        TableName: this.tableName,
        Key: key,
        UpdateExpression: `SET ${sets.join(', ')} REMOVE ${removes.join(', ')}`,
        ConditionExpression: 'attribute_not_exists(pk) OR #status <> :open OR (begins_with(caseId, :pending) AND (createdAt < :staleBefore OR caseId = :abandoned))',
        ExpressionAttributeNames: names,
        ExpressionAttributeValues: {
          ':open': 'open', ':caseId': entry.caseId, ':displayId': entry.displayId, ':subject': entry.subject, ':caseType': entry.caseType,
          ':createdAt': entry.createdAt, ':expiresAt': Math.floor(Date.parse(entry.createdAt) / 1000) + RETENTION_SECONDS,
          ':pending': PENDING_CASE_PREFIX, ':staleBefore': (staleBefore ?? new Date(0)).toISOString(), ':abandoned': abandonedCaseId ?? '',
          ...(entry.communicated.length > 0 ? { ':ids': new Set(entry.communicated) } : {}),
          ...(entry.execution ? { ':execution': entry.execution } : {}),
        },
        ReturnValues: 'ALL_OLD',
      })));
      const old = Attributes as LedgerItem | undefined;
      const replaced = old?.status === 'open' && old.caseId.startsWith(PENDING_CASE_PREFIX) ? toEntry(old) : undefined;
      return { claimed: true, entry, reclaimed: false, ...(replaced ? { replaced } : {}) };
    } catch (error) {
      if (!isConditionFailure(error)) throw error;
      const held = await this.get(entry.key);
      if (!held) throw new Error(`Case ledger: ${entry.key} is held but could not be read back; retry`, { cause: error });
      return { claimed: false, entry: held, reclaimed: false };
    }
  }

  async complete(pendingCaseId: string, entry: LedgerEntry): Promise<void> {
    await this.call('DynamoDB.UpdateItem', () => this.db.send(new UpdateCommand({
      TableName: this.tableName,
      Key: { [CASE_LEDGER_TABLE.partitionKey]: entry.key },
      UpdateExpression: 'SET caseId = :caseId, displayId = :displayId, subject = :subject, createdAt = :createdAt, expiresAt = :expiresAt, openedFor = :pendingId' +
        (entry.communicated.length > 0 ? ' ADD communicated :ids' : ''),
      ConditionExpression: 'caseId = :pendingId AND #status = :open',
      ExpressionAttributeNames: { '#status': 'status' },
      ExpressionAttributeValues: {
        ':caseId': entry.caseId, ':displayId': entry.displayId, ':subject': entry.subject, ':createdAt': entry.createdAt,
        ':expiresAt': Math.floor(Date.parse(entry.createdAt) / 1000) + RETENTION_SECONDS, ':pendingId': pendingCaseId, ':open': 'open',
        ...(entry.communicated.length > 0 ? { ':ids': new Set(entry.communicated) } : {}),
      },
    })));
  }

  async beginAppend(key: string, appendId: string): Promise<{ firstAttempt: boolean }> {
    const { Attributes } = await this.call('DynamoDB.UpdateItem', () => this.db.send(new UpdateCommand({
      TableName: this.tableName,
      Key: { [CASE_LEDGER_TABLE.partitionKey]: key },
      UpdateExpression: 'ADD appending :id',
      ConditionExpression: 'attribute_exists(pk)',
      ExpressionAttributeValues: { ':id': new Set([appendId]) },
      ReturnValues: 'UPDATED_OLD',
    })));
    const before = (Attributes?.appending as Set<string> | undefined) ?? new Set<string>();
    return { firstAttempt: !before.has(appendId) };
  }

  async markCommunicated(key: string, transitionIds: readonly string[], appendId?: string): Promise<string[]> {
    if (transitionIds.length === 0 && !appendId) return [];
    // ADD on a string set is atomic; the old set tells which ids were new, even under concurrency.
    const { Attributes } = await this.call('DynamoDB.UpdateItem', () => this.db.send(new UpdateCommand({
      TableName: this.tableName,
      Key: { [CASE_LEDGER_TABLE.partitionKey]: key },
      UpdateExpression: [transitionIds.length > 0 ? 'ADD communicated :ids' : '', appendId ? 'DELETE appending :append' : ''].filter(Boolean).join(' '),
      ConditionExpression: 'attribute_exists(pk)',
      ExpressionAttributeValues: {
        ...(transitionIds.length > 0 ? { ':ids': new Set(transitionIds) } : {}),
        ...(appendId ? { ':append': new Set([appendId]) } : {}),
      },
      ReturnValues: 'UPDATED_OLD',
    })));
    const before = (Attributes?.communicated as Set<string> | undefined) ?? new Set<string>();
    return transitionIds.filter((id) => !before.has(id));
  }

  async beginNotification(id: string, attempt?: string): Promise<'first' | 'sent' | 'unknown'> {
    const pk = `notification#${id}`;
    try {
      await this.call('DynamoDB.PutItem', () => this.db.send(new PutCommand({
        TableName: this.tableName,
        Item: { pk, status: 'sending', ...(attempt ? { attempt } : {}), expiresAt: Math.floor(Date.now() / 1000) + NOTIFICATION_RETENTION_SECONDS },
        ConditionExpression: 'attribute_not_exists(pk)',
      })));
      return 'first';
    } catch (error) {
      if (!isConditionFailure(error)) throw error;
      const { Item } = await this.call('DynamoDB.GetItem', () => this.db.send(new GetCommand({ TableName: this.tableName, Key: { pk }, ConsistentRead: true })));
      return Item?.status === 'sent' ? 'sent' : 'unknown';
    }
  }

  async withdrawNotification(id: string, attempt: string): Promise<void> {
    try {
      await this.call('DynamoDB.DeleteItem', () => this.db.send(new DeleteCommand({
        TableName: this.tableName,
        Key: { pk: `notification#${id}` },
        ConditionExpression: '#status = :sending AND attempt = :attempt',
        ExpressionAttributeNames: { '#status': 'status' },
        ExpressionAttributeValues: { ':sending': 'sending', ':attempt': attempt },
      })));
    } catch (error) {
      // Not this attempt's note (another attempt began it, or it was never written): nothing to take back.
      if (!isConditionFailure(error)) throw error;
    }
  }

  async endNotification(id: string, outcome: 'sent' | 'failed'): Promise<void> {
    const pk = `notification#${id}`;
    if (outcome === 'failed') {
      await this.call('DynamoDB.DeleteItem', () => this.db.send(new DeleteCommand({ TableName: this.tableName, Key: { pk } })));
      return;
    }
    await this.call('DynamoDB.UpdateItem', () => this.db.send(new UpdateCommand({
      TableName: this.tableName, Key: { pk }, UpdateExpression: 'SET #status = :sent', ExpressionAttributeNames: { '#status': 'status' }, ExpressionAttributeValues: { ':sent': 'sent' },
    })));
  }

  async noteFailure(cause: string, failureId: string, at: string, windowSeconds: number): Promise<FailureNote> {
    const pk = `failure#${cause}`;
    // Optimistic: read the window, then write on the condition that it is still the one read. A lost race reads again.
    for (let round = 0; round < 8; round++) {
      const { Item } = await this.call('DynamoDB.GetItem', () => this.db.send(new GetCommand({ TableName: this.tableName, Key: { pk }, ConsistentRead: true })));
      const window = Item as { owner: string; windowStart: string; folded?: Set<string>; firstFoldedAt?: string; carried?: number; carriedSince?: string } | undefined;
      if (window?.owner === failureId) return { send: true, folded: window.carried ?? 0, ...(window.carriedSince ? { since: window.carriedSince } : {}) };
      const same = { ':owner': window?.owner ?? '', ':windowStart': window?.windowStart ?? '' };
      try {
        if (window && Date.parse(at) < Date.parse(window.windowStart) + windowSeconds * 1000) {
          await this.call('DynamoDB.UpdateItem', () => this.db.send(new UpdateCommand({
            TableName: this.tableName,
            Key: { pk },
            UpdateExpression: 'ADD folded :id SET firstFoldedAt = if_not_exists(firstFoldedAt, :at)',
            ConditionExpression: '#owner = :owner AND windowStart = :windowStart',
            ExpressionAttributeNames: { '#owner': 'owner' },
            ExpressionAttributeValues: { ':id': new Set([failureId]), ':at': at, ...same },
          })));
          return { send: false, windowStartedAt: window.windowStart };
        }
        const carried = window?.folded?.size ?? 0;
        await this.call('DynamoDB.PutItem', () => this.db.send(new PutCommand({
          TableName: this.tableName,
          Item: {
            pk, owner: failureId, windowStart: at, carried, ...(window?.firstFoldedAt ? { carriedSince: window.firstFoldedAt } : {}),
            expiresAt: Math.floor(Date.parse(at) / 1000) + NOTIFICATION_RETENTION_SECONDS,
          },
          ...(window
            ? { ConditionExpression: '#owner = :owner AND windowStart = :windowStart', ExpressionAttributeNames: { '#owner': 'owner' }, ExpressionAttributeValues: same }
            : { ConditionExpression: 'attribute_not_exists(pk)' }),
        })));
        return { send: true, folded: carried, ...(window?.firstFoldedAt ? { since: window.firstFoldedAt } : {}) };
      } catch (error) {
        if (!isConditionFailure(error)) throw error;
      }
    }
    throw new TransientAwsError(`Case ledger: the failure window of ${cause.slice(0, 80)} kept changing under concurrent failures; retry`);
  }

  async getCoolDown(key: string): Promise<CoolDownRecord | undefined> {
    const { Item } = await this.call('DynamoDB.GetItem', () => this.db.send(new GetCommand({ TableName: this.tableName, Key: { [CASE_LEDGER_TABLE.partitionKey]: coolDownPk(key) }, ConsistentRead: true })));
    if (!Item) return undefined;
    const { record, folds, foldWrites } = Item as { record: string; folds?: Record<string, string>; foldWrites?: number };
    const whole = JSON.parse(record) as CoolDownRecord;
    const folded = Object.values(folds ?? {}).map((text) => JSON.parse(text) as FoldedTransition)
      .sort((a, b) => a.at.localeCompare(b.at) || a.id.localeCompare(b.id));
    return { ...whole, folded, ...(foldWrites ? { foldWrites } : {}) };
  }

  async putCoolDown(record: CoolDownRecord, foldWrites: number): Promise<boolean> {
    // The send's part is one JSON attribute with its version beside it for the condition; the folded transitions are
    // a map by transition id (what foldCoolDown adds to), and foldWrites counts the folds since this send.
    const { folded, foldWrites: _read, ...sent } = record;
    const times = [record.lastSent?.at, ...folded.map((f) => f.at)].filter((t): t is string => typeof t === 'string').map(Date.parse).filter((t) => !Number.isNaN(t));
    const latest = times.length > 0 ? Math.max(...times) : 0;
    try {
      await this.call('DynamoDB.PutItem', () => this.db.send(new PutCommand({
        TableName: this.tableName,
        Item: {
          [CASE_LEDGER_TABLE.partitionKey]: coolDownPk(record.key), version: record.version, record: JSON.stringify(sent),
          folds: Object.fromEntries(folded.map((f) => [f.id, JSON.stringify(f)])), foldWrites: 0, expiresAt: Math.floor(latest / 1000) + NOTIFICATION_RETENTION_SECONDS,
        },
        ...(record.version <= 1
          ? { ConditionExpression: 'attribute_not_exists(pk)' }
          : {
            ConditionExpression: foldWrites === 0 ? 'version = :previous AND (attribute_not_exists(foldWrites) OR foldWrites = :folds)' : 'version = :previous AND foldWrites = :folds',
            ExpressionAttributeValues: { ':previous': record.version - 1, ':folds': foldWrites },
          }),
      })));
      return true;
    } catch (error) {
      if (!isConditionFailure(error)) throw error;
      return false;
    }
  }

  async foldCoolDown(key: string, version: number, folded: readonly FoldedTransition[]): Promise<boolean> {
    // One UpdateItem that adds each transition under its id (if_not_exists: a retry adds nothing twice): concurrent
    // folds all land; only a send in between (another version) refuses it.
    const names: Record<string, string> = { '#folds': 'folds' };
    const values: Record<string, unknown> = { ':version': version, ':one': 1 };
    const sets = folded.map((f, i) => {
      names[`#f${i}`] = f.id;
      values[`:f${i}`] = JSON.stringify(f);
      return `#folds.#f${i} = if_not_exists(#folds.#f${i}, :f${i})`;
    });
    const times = folded.map((f) => Date.parse(f.at)).filter((t) => !Number.isNaN(t));
    if (times.length > 0) {
      sets.push('expiresAt = :expiresAt');
      values[':expiresAt'] = Math.floor(Math.max(...times) / 1000) + NOTIFICATION_RETENTION_SECONDS;
    }
    try {
      await this.call('DynamoDB.UpdateItem', () => this.db.send(new UpdateCommand({
        TableName: this.tableName,
        Key: { [CASE_LEDGER_TABLE.partitionKey]: coolDownPk(key) },
        UpdateExpression: `${sets.length > 0 ? `SET ${sets.join(', ')} ` : ''}ADD foldWrites :one`,
        ConditionExpression: 'version = :version AND attribute_exists(#folds)',
        ExpressionAttributeNames: names,
        ExpressionAttributeValues: values,
      })));
      return true;
    } catch (error) {
      if (!isConditionFailure(error)) throw error;
      return false;
    }
  }

  async release(key: string, caseId: string): Promise<void> {
    try {
      await this.call('DynamoDB.UpdateItem', () => this.db.send(new UpdateCommand({
        TableName: this.tableName,
        Key: { [CASE_LEDGER_TABLE.partitionKey]: key },
        UpdateExpression: 'SET #status = :closed',
        ConditionExpression: 'caseId = :caseId',
        ExpressionAttributeNames: { '#status': 'status' },
        ExpressionAttributeValues: { ':closed': 'closed', ':caseId': caseId },
      })));
    } catch (error) {
      // Another execution already replaced the entry with a newer case: nothing to release.
      if (!isConditionFailure(error)) throw error;
    }
  }
}

/**
 * Runs one DynamoDB call through the project's AWS error mapping (throttling and 5xx become TransientAwsError, which
 * the definition retries). A failed condition is not an error of the call but an answer: it passes through as is.
 */
const callLedger = async <T>(api: AwsCall, send: () => Promise<T>): Promise<T> => {
  try {
    return await send();
  } catch (error) {
    if (isConditionFailure(error)) throw error;
    throw mapAwsError(error, api);
  }
};

/** The cool-down record of a ledger key lives beside its entry. */
const coolDownPk = (key: string): string => `cooldown#${key}`;

const isConditionFailure = (error: unknown): boolean =>
  error instanceof ConditionalCheckFailedException || (error as Error).name === 'ConditionalCheckFailedException';

const toEntry = (item: LedgerItem): LedgerEntry => ({
  key: item.pk, caseId: item.caseId, displayId: item.displayId, subject: item.subject, caseType: item.caseType,
  createdAt: item.createdAt, communicated: [...(item.communicated ?? [])], ...(item.execution ? { execution: item.execution } : {}), ...(item.openedFor ? { openedFor: item.openedFor } : {}),
});
