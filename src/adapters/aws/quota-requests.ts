/** QuotaRequestsPort on Service Quotas RequestServiceQuotaIncrease and its request history. */
import {
  GetRequestedServiceQuotaChangeCommand,
  ListRequestedServiceQuotaChangeHistoryByQuotaCommand,
  RequestServiceQuotaIncreaseCommand,
} from '@aws-sdk/client-service-quotas';
import type { RequestedServiceQuotaChange, RequestStatus, ServiceQuotasClient } from '@aws-sdk/client-service-quotas';
import { InvalidStepInputError, PermanentAwsError, QuotaRequestUnavailableError, TransientAwsError } from '#core/errors.js';
import type { ModelRef, QuotaIncreaseRequest, QuotaRequestStatus } from '#core/model.js';
import type { QuotaRequestsPort } from '#ports/index.js';
import { awsErrorName, callAws, mapAwsError } from './errors.js';
import { BEDROCK_SERVICE_CODE, readQuota } from './quotas.js';

/**
 * RequestServiceQuotaIncrease errors that mean "Service Quotas cannot take this request here" (no service-linked
 * role or trusted access, organisation setup, quota not adjustable or in a state that refuses requests, too many
 * open requests, access denied by IAM or an SCP, unknown quota). The workflow then falls back to a Support case,
 * which a retry would not change.
 */
const UNAVAILABLE_ERRORS = new Set([
  'NoAvailableOrganizationException',
  'AWSServiceAccessNotEnabledException',
  'OrganizationNotInAllFeaturesModeException',
  'TemplatesNotAvailableInRegionException',
  'DependencyAccessDeniedException',
  'QuotaExceededException',
  'InvalidResourceStateException',
  'IllegalArgumentException',
  'AccessDeniedException',
  'NoSuchResourceException',
]);

/** The open states of a request: an increase in one of them blocks a new request for the same quota. */
const OPEN_STATUSES: readonly RequestStatus[] = ['PENDING', 'CASE_OPENED'];

const STATUSES: readonly QuotaRequestStatus[] = ['PENDING', 'CASE_OPENED', 'APPROVED', 'DENIED', 'CASE_CLOSED', 'NOT_APPROVED', 'INVALID_REQUEST'];

const toRequest = (change: RequestedServiceQuotaChange, fallback: { quotaCode: string; desiredValue: number }): QuotaIncreaseRequest => {
  if (!change.Id) throw new PermanentAwsError('Service Quotas returned a quota request without an Id; cannot track it.');
  const request: QuotaIncreaseRequest = {
    requestId: change.Id,
    quotaCode: change.QuotaCode ?? fallback.quotaCode,
    desiredValue: change.DesiredValue ?? fallback.desiredValue,
    // An unknown future status is treated as still pending: the poll loop keeps waiting rather than failing.
    status: STATUSES.find((status) => status === change.Status) ?? 'PENDING',
  };
  // Service Quotas reports the Support case by its display id (the numeric one).
  if (change.CaseId) request.caseDisplayId = change.CaseId;
  if (change.Created) request.created = new Date(change.Created).toISOString();
  return request;
};

/** Options of ServiceQuotasIncreaseRequests. */
export interface ServiceQuotasIncreaseRequestsOptions {
  /** The Service Quotas client, in the Region of the model. */
  client: ServiceQuotasClient;
}

export class ServiceQuotasIncreaseRequests implements QuotaRequestsPort {
  private readonly client: ServiceQuotasClient;

  constructor(options: ServiceQuotasIncreaseRequestsOptions) {
    this.client = options.client;
  }

  async requestIncrease(model: ModelRef, quotaCode: string, desiredValue: number): Promise<QuotaIncreaseRequest> {
    if (!Number.isFinite(desiredValue) || desiredValue <= 0) {
      throw new InvalidStepInputError(`The desired value ${desiredValue} for quota ${quotaCode} of ${model.name} is not a positive number.`);
    }
    // Checked here because Service Quotas answers a too-low value with a bare IllegalArgumentException, which would
    // read as "Service Quotas unavailable" and open a Support case for nothing.
    const current = await readQuota(this.client, quotaCode);
    if (current?.Value !== undefined && desiredValue <= current.Value) {
      throw new InvalidStepInputError(
        `The desired value ${desiredValue} for quota ${quotaCode} (${current.QuotaName ?? 'unnamed'}) of ${model.name} is not above its current value ` +
          `${current.Value}; an increase must ask for more. The quota may have been raised since it was read: recompute the request from the current value.`,
      );
    }

    try {
      const response = await this.client.send(
        new RequestServiceQuotaIncreaseCommand({ ServiceCode: BEDROCK_SERVICE_CODE, QuotaCode: quotaCode, DesiredValue: desiredValue, SupportCaseAllowed: true }),
      );
      if (!response.RequestedQuota) throw new PermanentAwsError(`ServiceQuotas.RequestServiceQuotaIncrease returned no request for quota ${quotaCode}.`);
      return toRequest(response.RequestedQuota, { quotaCode, desiredValue });
    } catch (error) {
      const name = awsErrorName(error);
      if (name === 'ResourceAlreadyExistsException') return this.pendingRequest(model, quotaCode, desiredValue);
      if (UNAVAILABLE_ERRORS.has(name)) {
        const detail = error instanceof Error && error.message ? `: ${error.message}` : '';
        throw new QuotaRequestUnavailableError(
          `Service Quotas cannot take the increase request for quota ${quotaCode} of ${model.name} (${name}${detail}). ` +
            'Falling back to a Support case is the way to ask for it.',
          { cause: error },
        );
      }
      throw mapAwsError(error, 'ServiceQuotas.RequestServiceQuotaIncrease');
    }
  }

  async getRequest(requestId: string): Promise<QuotaIncreaseRequest> {
    const response = await callAws('ServiceQuotas.GetRequestedServiceQuotaChange', () =>
      this.client.send(new GetRequestedServiceQuotaChangeCommand({ RequestId: requestId })),
    );
    if (!response.RequestedQuota) throw new PermanentAwsError(`ServiceQuotas.GetRequestedServiceQuotaChange returned nothing for request ${requestId}.`);
    return toRequest(response.RequestedQuota, { quotaCode: '', desiredValue: 0 });
  }

  /** The open request that made RequestServiceQuotaIncrease answer ResourceAlreadyExistsException (newest first). */
  private async pendingRequest(model: ModelRef, quotaCode: string, desiredValue: number): Promise<QuotaIncreaseRequest> {
    const open: RequestedServiceQuotaChange[] = [];
    for (const status of OPEN_STATUSES) {
      let nextToken: string | undefined;
      do {
        const token = nextToken;
        const page = await callAws('ServiceQuotas.ListRequestedServiceQuotaChangeHistoryByQuota', () =>
          this.client.send(
            new ListRequestedServiceQuotaChangeHistoryByQuotaCommand({ ServiceCode: BEDROCK_SERVICE_CODE, QuotaCode: quotaCode, Status: status, MaxResults: 100, NextToken: token }),
          ),
        );
        open.push(...(page.RequestedQuotas ?? []));
        nextToken = page.NextToken;
      } while (nextToken);
    }
    const newest = open
      .filter((change) => change.Id)
      .sort((a, b) => new Date(b.Created ?? 0).getTime() - new Date(a.Created ?? 0).getTime())[0];
    if (!newest) {
      // It closed between the two calls: asking again will either create a request or find the open one.
      throw new TransientAwsError(
        `Service Quotas says an increase request for quota ${quotaCode} of ${model.name} already exists, but none is PENDING or CASE_OPENED now. Retry the step.`,
      );
    }
    return { ...toRequest(newest, { quotaCode, desiredValue }), alreadyPending: true };
  }
}
