/** QuotasPort on Service Quotas: explicit quota codes first, else discovery by quota name (quota-names.ts). */
import {
  GetAWSDefaultServiceQuotaCommand,
  GetServiceQuotaCommand,
  ListAWSDefaultServiceQuotasCommand,
  ListServiceQuotasCommand,
} from '@aws-sdk/client-service-quotas';
import type { ServiceQuota, ServiceQuotasClient } from '@aws-sdk/client-service-quotas';
import { QUOTA_KEYS, QUOTA_NAMES, type QuotaName } from '#core/catalogue.js';
import { PermanentAwsError } from '#core/errors.js';
import type { ModelQuotas, ModelRef, QuotaValue } from '#core/model.js';
import type { QuotasPort } from '#ports/index.js';
import { awsErrorName, callAws, mapAwsError } from './errors.js';
import { findMantleQuota, findModelQuota } from './quota-names.js';
import type { QuotaRate } from './quota-names.js';

export const BEDROCK_SERVICE_CODE = 'bedrock';

const RATE_OF: Record<'RPM' | 'TPM', QuotaRate> = { RPM: 'requests-per-minute', TPM: 'tokens-per-minute' };
const KEY_OF = QUOTA_KEYS;

/**
 * Reads a quota's applied value, or its AWS default when Service Quotas has no applied value for it
 * (GetServiceQuota answers NoSuchResourceException then). Undefined when the quota does not exist at all.
 */
export const readQuota = async (client: ServiceQuotasClient, quotaCode: string): Promise<ServiceQuota | undefined> => {
  try {
    const applied = await client.send(new GetServiceQuotaCommand({ ServiceCode: BEDROCK_SERVICE_CODE, QuotaCode: quotaCode }));
    if (applied.Quota) return applied.Quota;
  } catch (error) {
    if (awsErrorName(error) !== 'NoSuchResourceException') throw mapAwsError(error, 'ServiceQuotas.GetServiceQuota');
  }
  try {
    const fallback = await client.send(new GetAWSDefaultServiceQuotaCommand({ ServiceCode: BEDROCK_SERVICE_CODE, QuotaCode: quotaCode }));
    return fallback.Quota;
  } catch (error) {
    if (awsErrorName(error) === 'NoSuchResourceException') return undefined;
    throw mapAwsError(error, 'ServiceQuotas.GetAWSDefaultServiceQuota');
  }
};

/** Options of ServiceQuotasModelQuotas. */
export interface ServiceQuotasModelQuotasOptions {
  /** The Service Quotas client, in the Region of the model (quotas are per Region). */
  client: ServiceQuotasClient;
}

export class ServiceQuotasModelQuotas implements QuotasPort {
  private readonly client: ServiceQuotasClient;
  /** The listings are long (hundreds of Bedrock quotas) and change rarely: read once per instance. */
  private applied?: Promise<ServiceQuota[]>;
  private defaults?: Promise<ServiceQuota[]>;

  constructor(options: ServiceQuotasModelQuotasOptions) {
    this.client = options.client;
  }

  async getModelQuotas(model: ModelRef): Promise<ModelQuotas> {
    const quotas: ModelQuotas = {};
    for (const quota of QUOTA_NAMES) {
      // The output-tokens quota exists only on bedrock-mantle.
      if (quota === 'OutputTPM' && model.endpoint !== 'bedrock-mantle') continue;
      const value = await this.quotaOf(model, quota);
      if (value) quotas[KEY_OF[quota]] = value;
    }
    return quotas;
  }

  private async quotaOf(model: ModelRef, quota: QuotaName): Promise<QuotaValue | undefined> {
    const explicit = model.quotaCodes?.[KEY_OF[quota]];
    // A discovered quota comes with its value: the applied listing holds what GetServiceQuota answers for that code,
    // the defaults listing what GetAWSDefaultServiceQuota answers, so it is not read a second time.
    const listed = explicit ? undefined : await this.discover(model, quota);
    const code = explicit ?? listed?.QuotaCode;
    if (!code) return undefined;
    const found = listed ?? await readQuota(this.client, code);
    if (!found) {
      // Only an explicit code can be missing (a discovered one was just listed): the configuration is wrong.
      throw new PermanentAwsError(
        `Service Quotas has no quota ${code} for service "${BEDROCK_SERVICE_CODE}" in this Region (configured as the ${quota} quota of ${model.name}). ` +
          'Fix models[].quotaCodes in the runtime settings, or remove it to let the quota be discovered by name.',
      );
    }
    return {
      quota,
      code,
      name: found.QuotaName ?? code,
      value: found.Value ?? 0,
      adjustable: found.Adjustable ?? false,
    };
  }

  /** The quota of a model by name, as listed: first among the applied quotas, then among the AWS defaults. */
  private async discover(model: ModelRef, quota: QuotaName): Promise<ServiceQuota | undefined> {
    const { modelId } = model;
    if (model.endpoint === 'bedrock-mantle') {
      // bedrock-mantle has no request quota; its TPM is the input-tokens quota, OutputTPM the output-tokens one.
      if (quota === 'RPM') return undefined;
      const direction = quota === 'TPM' ? 'input' : 'output';
      const applied = findMantleQuota(direction, modelId, await this.listApplied());
      if (applied?.QuotaCode) return applied;
      const fallback = findMantleQuota(direction, modelId, await this.listDefaults());
      return fallback?.QuotaCode ? fallback : undefined;
    }
    if (quota === 'OutputTPM') return undefined;
    const rate = RATE_OF[quota];
    const applied = findModelQuota(modelId, rate, await this.listApplied());
    if (applied?.QuotaCode) return applied;
    const fallback = findModelQuota(modelId, rate, await this.listDefaults());
    return fallback?.QuotaCode ? fallback : undefined;
  }

  private listApplied(): Promise<ServiceQuota[]> {
    this.applied ??= this.listAll('ServiceQuotas.ListServiceQuotas', async (token) => {
      const page = await this.client.send(new ListServiceQuotasCommand({ ServiceCode: BEDROCK_SERVICE_CODE, MaxResults: 100, NextToken: token }));
      return { items: page.Quotas ?? [], next: page.NextToken };
    }).catch((error: unknown) => {
      this.applied = undefined; // a failed listing must not stay cached
      throw error;
    });
    return this.applied;
  }

  private listDefaults(): Promise<ServiceQuota[]> {
    this.defaults ??= this.listAll('ServiceQuotas.ListAWSDefaultServiceQuotas', async (token) => {
      const page = await this.client.send(new ListAWSDefaultServiceQuotasCommand({ ServiceCode: BEDROCK_SERVICE_CODE, MaxResults: 100, NextToken: token }));
      return { items: page.Quotas ?? [], next: page.NextToken };
    }).catch((error: unknown) => {
      this.defaults = undefined;
      throw error;
    });
    return this.defaults;
  }

  /** Follows NextToken to the end: Service Quotas may return short pages before the last one. */
  private async listAll(api: string, page: (token?: string) => Promise<{ items: ServiceQuota[]; next?: string }>): Promise<ServiceQuota[]> {
    const all: ServiceQuota[] = [];
    let token: string | undefined;
    do {
      const current = token;
      const { items, next } = await callAws(api, () => page(current));
      all.push(...items);
      token = next;
    } while (token);
    return all;
  }
}
