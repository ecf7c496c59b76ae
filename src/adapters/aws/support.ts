/**
 * SupportCasesPort on the AWS Support API. The Support API has one endpoint per partition (the SDK picks it from the
 * client's Region) and needs a Business, Enterprise On-Ramp or Enterprise Support plan.
 */
import {
  AddCommunicationToCaseCommand,
  CreateCaseCommand,
  DescribeCasesCommand,
  DescribeCommunicationsCommand,
  DescribeServicesCommand,
  DescribeSeverityLevelsCommand,
} from '@aws-sdk/client-support';
import type { CaseDetails, DescribeCasesCommandInput, Service, SupportClient } from '@aws-sdk/client-support';
import { CaseCreationLimitError, NoSupportPlanError, PermanentAwsError } from '#core/errors.js';
import type { NewSupportCase, SupportCase } from '#core/model.js';
import type { SupportCasesPort } from '#ports/index.js';
import { awsErrorName, mapAwsError, mapNotIdempotentError } from './errors.js';
import { fitSupportText } from './text-limits.js';

/** Severity codes from the lowest to the highest. */
export const SEVERITY_ORDER = ['low', 'normal', 'high', 'urgent', 'critical'] as const;

const MAX_CC_ADDRESSES = 10;

/**
 * The severity to send: the requested one when the plan offers it, else the highest offered one not above it (a plan
 * without "urgent" still gets "high"), else the lowest offered one. Undefined when nothing is offered, so Support
 * applies its default. Never a reason to fail. Pure.
 */
export const chooseSeverity = (requested: string, offered: readonly string[]): string | undefined => {
  if (offered.includes(requested)) return requested;
  const rank = (code: string): number => SEVERITY_ORDER.indexOf(code as (typeof SEVERITY_ORDER)[number]);
  const known = offered.filter((code) => rank(code) >= 0).sort((a, b) => rank(a) - rank(b));
  const requestedRank = rank(requested);
  const notAbove = known.filter((code) => requestedRank < 0 || rank(code) <= requestedRank);
  return notAbove[notAbove.length - 1] ?? known[0] ?? offered[0];
};

/** Where a Bedrock technical case goes: service and category codes as DescribeServices names them. */
export interface CaseRouting {
  serviceCode: string;
  categoryCode?: string;
}

/**
 * Picks the Bedrock service among DescribeServices' answer (the one named plainly "Amazon Bedrock" before wider
 * matches such as "Amazon Bedrock AgentCore"), and a general category. Undefined when no service mentions Bedrock. Pure.
 */
export const chooseBedrockRouting = (services: readonly Service[]): CaseRouting | undefined => {
  const bedrock = services
    .filter((service) => service.code && /bedrock/i.test(`${service.code} ${service.name ?? ''}`))
    .sort((a, b) => routingRank(a) - routingRank(b) || (a.name ?? '').length - (b.name ?? '').length)[0];
  if (!bedrock?.code) return undefined;
  const categories = (bedrock.categories ?? []).filter((category) => category.code);
  const preferences = [/general[- ]guidance/i, /^other/i, /general/i, /other/i];
  const category = preferences.map((pattern) => categories.find((c) => pattern.test(`${c.name ?? ''}|${c.code ?? ''}`))).find(Boolean) ?? categories[0];
  return category?.code ? { serviceCode: bedrock.code, categoryCode: category.code } : { serviceCode: bedrock.code };
};

const routingRank = (service: Service): number => {
  if (service.code === 'amazon-bedrock' || /^amazon bedrock$/i.test(service.name ?? '')) return 0;
  if (/^amazon bedrock\b/i.test(service.name ?? '')) return 1;
  return 2;
};

const toCase = (details: CaseDetails): SupportCase | undefined => {
  if (!details.caseId) return undefined;
  return {
    caseId: details.caseId,
    displayId: details.displayId ?? '',
    subject: details.subject ?? '',
    status: details.status ?? 'opened',
    timeCreated: details.timeCreated ?? '',
  };
};

/** Options of AwsSupportCases. */
export interface AwsSupportCasesOptions {
  /** A Support client (any Region: the SDK resolves its partition's Support endpoint). */
  client: SupportClient;
  /**
   * Delays before each attempt to read a new case back for its displayId: a case may take a moment to be listed.
   * @default [0, 500, 1500]
   */
  readBackDelaysMs?: readonly number[];
}

export class AwsSupportCases implements SupportCasesPort {
  private readonly client: SupportClient;
  private readonly readBackDelaysMs: readonly number[];
  /** Service routing and the plan's severities do not change while a function lives: read once. */
  private routing?: Promise<CaseRouting>;
  private severities?: Promise<string[]>;

  constructor(options: AwsSupportCasesOptions) {
    this.client = options.client;
    this.readBackDelaysMs = options.readBackDelaysMs ?? [0, 500, 1500];
  }

  async listOpenCases(afterTime: Date): Promise<SupportCase[]> {
    const cases: SupportCase[] = [];
    let nextToken: string | undefined;
    do {
      const page = await this.call('Support.DescribeCases', (client) =>
        client.send(
          new DescribeCasesCommand({
            afterTime: afterTime.toISOString(),
            includeResolvedCases: false,
            includeCommunications: false,
            maxResults: 100,
            nextToken,
          }),
        ),
      );
      for (const details of page.cases ?? []) {
        const found = toCase(details);
        if (found && found.status !== 'resolved') cases.push(found);
      }
      nextToken = page.nextToken;
    } while (nextToken);
    return cases;
  }

  async findByDisplayId(displayId: string): Promise<SupportCase | undefined> {
    const found = await this.describe({ displayId, includeResolvedCases: true, includeCommunications: false });
    // Matched strictly: a case listed for any other reason is never taken for the one asked.
    return found.find((c) => c.displayId === displayId);
  }

  async getCase(caseId: string): Promise<SupportCase | undefined> {
    const found = await this.describe({ caseIdList: [caseId], includeResolvedCases: true, includeCommunications: false });
    return found.find((c) => c.caseId === caseId);
  }

  async createCase(request: NewSupportCase): Promise<SupportCase> {
    const routing = await this.caseRouting();
    const severityCode = chooseSeverity(request.severityCode, await this.offeredSeverities());
    const ccEmailAddresses = [...new Set(request.ccEmailAddresses)].slice(0, MAX_CC_ADDRESSES);
    const created = await this.call('Support.CreateCase', (client) =>
      client.send(
        new CreateCaseCommand({
          subject: request.subject,
          communicationBody: fitSupportText(request.body),
          issueType: 'technical',
          serviceCode: routing.serviceCode,
          categoryCode: routing.categoryCode,
          severityCode,
          ccEmailAddresses: ccEmailAddresses.length > 0 ? ccEmailAddresses : undefined,
          language: request.language,
        }),
      ),
    );
    if (!created.caseId) throw new PermanentAwsError('Support.CreateCase returned no caseId.');
    return this.readBack(created.caseId, request.subject);
  }

  /** DescribeCommunications (all pages after `after`, newest first) searched for the marker. */
  async hasCommunication(caseId: string, marker: string, after: Date): Promise<boolean> {
    let nextToken: string | undefined;
    do {
      const page = await this.call('Support.DescribeCommunications', (client) =>
        client.send(new DescribeCommunicationsCommand({ caseId, afterTime: after.toISOString(), maxResults: 100, nextToken })),
      );
      if ((page.communications ?? []).some((c) => c.body?.includes(marker))) return true;
      nextToken = page.nextToken;
    } while (nextToken);
    return false;
  }

  async addCommunication(caseId: string, body: string): Promise<void> {
    // Service Quotas reports cases by display id (digits only); AddCommunicationToCase needs the "case-..." id.
    let targetId = caseId;
    if (/^\d+$/.test(caseId)) {
      const found = await this.findByDisplayId(caseId);
      if (!found) throw new PermanentAwsError(`No Support case has display id ${caseId}; cannot add a communication to it.`);
      targetId = found.caseId;
    }
    const result = await this.call('Support.AddCommunicationToCase', (client) =>
      client.send(new AddCommunicationToCaseCommand({ caseId: targetId, communicationBody: fitSupportText(body) })),
    );
    if (result.result === false) throw new PermanentAwsError(`Support.AddCommunicationToCase did not add the communication to case ${targetId}.`);
  }

  /**
   * The new case as DescribeCases shows it, for its displayId (CreateCase returns only the caseId). Nothing after a
   * successful CreateCase may throw: a retried step would open a second case. If the case cannot be read back, it is
   * returned with an empty displayId.
   */
  private async readBack(caseId: string, subject: string): Promise<SupportCase> {
    for (const delay of this.readBackDelaysMs) {
      if (delay > 0) await new Promise((resolve) => setTimeout(resolve, delay));
      try {
        const [found] = await this.describe({ caseIdList: [caseId], includeResolvedCases: true, includeCommunications: false });
        if (found?.displayId) return found;
      } catch {
        // Try again; see above.
      }
    }
    return { caseId, displayId: '', subject, status: 'opened', timeCreated: new Date().toISOString() };
  }

  private async describe(input: DescribeCasesCommandInput): Promise<SupportCase[]> {
    try {
      const page = await this.call('Support.DescribeCases', (client) => client.send(new DescribeCasesCommand(input)));
      return (page.cases ?? []).flatMap((details) => toCase(details) ?? []);
    } catch (error) {
      if (error instanceof PermanentAwsError && awsErrorName(error.cause) === 'CaseIdNotFound') return [];
      throw error;
    }
  }

  private caseRouting(): Promise<CaseRouting> {
    this.routing ??= this.call('Support.DescribeServices', (client) => client.send(new DescribeServicesCommand({})))
      .then((response) => {
        const routing = chooseBedrockRouting(response.services ?? []);
        if (!routing) {
          throw new PermanentAwsError(
            'Support.DescribeServices lists no service for Amazon Bedrock, so a technical case cannot be routed. ' +
              'Check the Support plan of the account, or open the case from the Support console.',
          );
        }
        return routing;
      })
      .catch((error: unknown) => {
        this.routing = undefined; // a failed lookup must not stay cached
        throw error;
      });
    return this.routing;
  }

  private offeredSeverities(): Promise<string[]> {
    this.severities ??= this.call('Support.DescribeSeverityLevels', (client) => client.send(new DescribeSeverityLevelsCommand({})))
      .then((response) => (response.severityLevels ?? []).flatMap((level) => level.code ?? []))
      .catch((error: unknown) => {
        this.severities = undefined;
        throw error;
      });
    return this.severities;
  }

  /** One Support call, with the Support-specific outcomes typed before the general mapping. */
  private async call<T>(api: string, send: (client: SupportClient) => Promise<T>): Promise<T> {
    try {
      return await send(this.client);
    } catch (error) {
      throw mapSupportError(error, api);
    }
  }
}

/** Support errors: no plan and too many cases are outcomes the workflow reports, not failures to retry. */
export const mapSupportError = (error: unknown, api: string): Error => {
  const name = awsErrorName(error);
  if (name === 'SubscriptionRequiredException') {
    return new NoSupportPlanError(
      `${api}: the AWS Support API needs a Business, Enterprise On-Ramp or Enterprise Support plan, and this account has none ` +
        '(SubscriptionRequiredException). Upgrade the plan to let Bedrock Ops Alert open and update cases, or open the case from the Support console.',
      { cause: error },
    );
  }
  if (name === 'CaseCreationLimitExceeded') {
    return new CaseCreationLimitError(
      `${api}: AWS Support refused a new case because the account has too many cases open or created recently (CaseCreationLimitExceeded). ` +
        'Resolve cases that are no longer needed, or wait and retry later.',
      { cause: error },
    );
  }
  return NOT_IDEMPOTENT_CALLS.has(api) ? mapNotIdempotentError(error, api) : mapAwsError(error, api);
};

/** Support calls that must not be sent twice blindly: a 5xx or a network error on them is an unknown outcome. */
const NOT_IDEMPOTENT_CALLS = new Set(['Support.CreateCase', 'Support.AddCommunicationToCase']);
