/**
 * ThresholdHistoryPort and DeploymentStorePort on one DynamoDB table (works on the local dynalite too). History is
 * kept for good (no TTL): it is small (one item per change) and it is the audit of every threshold ever set.
 */
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import type { DynamoDBClientConfig } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient, GetCommand, PutCommand, QueryCommand, ScanCommand } from '@aws-sdk/lib-dynamodb';
import type { QueryCommandOutput, ScanCommandOutput } from '@aws-sdk/lib-dynamodb';
import { callAws } from '../aws/errors.js';
import type { ThresholdHistoryEntry } from '#core/thresholds.js';
import { parseThresholdDeployment } from '#core/threshold-deployment.js';
import type { ThresholdDeployment } from '#core/threshold-deployment.js';
import type { DeploymentStorePort, ThresholdHistoryPort } from '#ports/index.js';

/**
 * History items: pk `MODEL#{model}` (organization mode: `MODEL#{model}#{account}#{region}`, one model's alarms in one
 * account and Region), sk `{ISO time}#{RPM|TPM}` (a model's history is one Query, newest first). The deployment
 * description: pk `DEPLOYMENT`, sk `CURRENT`.
 */
export const HISTORY_PK_PREFIX = 'MODEL#';
export const DEPLOYMENT_KEY = { pk: 'DEPLOYMENT', sk: 'CURRENT' } as const;

type HistoryItem = ThresholdHistoryEntry & { pk: string; sk: string };

const DEFAULT_LIMIT = 1000;

/** The partition of one model's history (in one account and Region, organization mode). */
export const historyPartitionOf = (where: { model: string; account?: string; region?: string }): string =>
  `${HISTORY_PK_PREFIX}${where.model}${where.account ? `#${where.account}#${where.region ?? ''}` : ''}`;

export const historyKeyOf = (entry: Pick<ThresholdHistoryEntry, 'model' | 'at' | 'quota' | 'account' | 'region'>): { pk: string; sk: string } => ({
  pk: historyPartitionOf(entry),
  sk: `${entry.at}#${entry.quota}`,
});

const toEntry = ({ pk: _pk, sk: _sk, ...entry }: HistoryItem): ThresholdHistoryEntry => entry;

export interface DynamoDbThresholdHistoryOptions {
  tableName: string;
  /** A DocumentClient to use (tests), else one is built from `clientConfig`. */
  client?: DynamoDBDocumentClient;
  clientConfig?: DynamoDBClientConfig;
}

export class DynamoDbThresholdHistory implements ThresholdHistoryPort, DeploymentStorePort {
  private readonly db: DynamoDBDocumentClient;
  private readonly tableName: string;

  constructor(options: DynamoDbThresholdHistoryOptions) {
    this.tableName = options.tableName;
    this.db = options.client ?? DynamoDBDocumentClient.from(new DynamoDBClient(options.clientConfig ?? {}), { marshallOptions: { removeUndefinedValues: true } });
  }

  async record(entries: readonly ThresholdHistoryEntry[]): Promise<void> {
    for (const entry of entries) {
      await callAws('DynamoDB.PutItem', () => this.db.send(new PutCommand({ TableName: this.tableName, Item: { ...historyKeyOf(entry), ...entry } })));
    }
  }

  async list(options: { model?: string; account?: string; region?: string; limit?: number } = {}): Promise<ThresholdHistoryEntry[]> {
    const limit = options.limit ?? DEFAULT_LIMIT;
    const items: HistoryItem[] = [];
    let start: Record<string, unknown> | undefined;
    if (options.model !== undefined) {
      const pk = historyPartitionOf({ ...options, model: options.model });
      do {
        const page: QueryCommandOutput = await callAws('DynamoDB.Query', () => this.db.send(new QueryCommand({
          TableName: this.tableName,
          KeyConditionExpression: 'pk = :pk',
          ExpressionAttributeValues: { ':pk': pk },
          ScanIndexForward: false,
          Limit: limit,
          ExclusiveStartKey: start,
        })));
        items.push(...((page.Items ?? []) as HistoryItem[]));
        start = page.LastEvaluatedKey;
      } while (start && items.length < limit);
      return items.slice(0, limit).map(toEntry);
    }
    // Every model: the table holds one item per change, so a filtered scan stays small.
    do {
      const page: ScanCommandOutput = await callAws('DynamoDB.Scan', () => this.db.send(new ScanCommand({
        TableName: this.tableName,
        FilterExpression: 'begins_with(pk, :prefix)',
        ExpressionAttributeValues: { ':prefix': HISTORY_PK_PREFIX },
        ExclusiveStartKey: start,
      })));
      items.push(...((page.Items ?? []) as HistoryItem[]));
      start = page.LastEvaluatedKey;
    } while (start);
    return items.sort((a, b) => (a.sk < b.sk ? 1 : a.sk > b.sk ? -1 : a.model.localeCompare(b.model))).slice(0, limit).map(toEntry);
  }

  async save(deployment: ThresholdDeployment): Promise<void> {
    await callAws('DynamoDB.PutItem', () => this.db.send(new PutCommand({ TableName: this.tableName, Item: { ...DEPLOYMENT_KEY, document: JSON.stringify(deployment) } })));
  }

  async load(): Promise<ThresholdDeployment | undefined> {
    const { Item } = await callAws('DynamoDB.GetItem', () => this.db.send(new GetCommand({ TableName: this.tableName, Key: { ...DEPLOYMENT_KEY }, ConsistentRead: true })));
    return Item ? parseThresholdDeployment(Item.document) : undefined;
  }
}
