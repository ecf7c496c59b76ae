/**
 * The IAM grants are exactly what the code calls. Two halves:
 * - the port declarations (src/adapters/port-grants.ts) list exactly the calls their adapters' code can make (the
 *   "Service.Operation" labels of callAws / mapAwsError / the ledger's call), so no grant is unused and no call is
 *   left out;
 * - every bundled sample scenario runs through the source-level simulation, which records the calls each step made
 *   (the sandbox counts them with the same labels, the ledger labels its DynamoDB calls), and each step's calls are
 *   among the calls its ports declare. The synthesized app allows each step's function every call its ports declare
 *   (test/infra/core-stack.suite.ts, 'grants each step exactly what the ports it takes can call'), so each call is
 *   allowed by that function's IAM policy; this file loads no CDK module (the template tests share one example app).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { jest } from '@jest/globals';
import { DynamoDbCaseLedger } from '#adapters/dynamodb/case-ledger.js';
import { grantsOfStep, IAM_PREFIX, PORT_GRANTS, THRESHOLD_UPDATER_GRANTS, type AwsCall } from '#adapters/port-grants.js';
import { currentExecutionTime } from '#adapters/sandbox/virtual-clock.js';
import { startLocalDynamoDb, type LocalDynamoDb } from '#local/local-dynamodb.js';
import { dynaliteTables, inMemoryTables, type LocalTables } from '#local/local-tables.js';
import { PROJECT_ROOT } from '#local/project-root.js';
import { simulateScenario } from '#local/simulate.js';
import { loadScenarioFile } from '#local/scenario-file.js';
import type { Ports } from '#ports/index.js';
import { LAMBDA_STEPS } from '#workflow/steps.js';

const LABEL = /'((?:CloudWatch|ServiceQuotas|Support|SNS|SSM|DynamoDB|SFN|Bedrock|CloudFormation)\.[A-Za-z]+)'/g;
const labelsIn = (text: string): Set<string> => new Set([...text.matchAll(LABEL)].map((m) => m[1] ?? ''));
const source = (path: string): string => readFileSync(join(PROJECT_ROOT, path), 'utf8');
/** The part of quotas.ts the quota requests share: readQuota (the current value before an increase). */
const readQuotaSource = (): string => {
  const text = source('src/adapters/aws/quotas.ts');
  const start = text.indexOf('export const readQuota');
  return text.slice(start, text.indexOf('\n};\n', start));
};

/** Where each port's adapter code lives. */
const ADAPTER_CODE: { readonly [P in keyof Ports]: () => string } = {
  alarms: () => source('src/adapters/aws/alarms.ts'),
  usage: () => source('src/adapters/aws/usage.ts'),
  quotas: () => source('src/adapters/aws/quotas.ts'),
  quotaRequests: () => source('src/adapters/aws/quota-requests.ts') + readQuotaSource(),
  cases: () => source('src/adapters/aws/support.ts'),
  notifications: () => source('src/adapters/aws/notifications.ts'),
  executions: () => source('src/adapters/aws/sfn-ports.ts'),
  settings: () => source('src/adapters/aws/settings.ts'),
  ledger: () => source('src/adapters/dynamodb/case-ledger.ts'),
  clock: () => '',
};

describe('port declarations', () => {
  it.each(Object.keys(PORT_GRANTS) as (keyof Ports)[])('%s declares exactly the calls its adapter code makes', (port) => {
    // Act
    const declared = new Set(PORT_GRANTS[port].flatMap((grant) => grant.calls));

    // Assess
    expect([...labelsIn(ADAPTER_CODE[port]())].sort()).toEqual([...declared].sort());
  });

  it('the threshold updater\'s ports declare exactly the calls their adapters make (history and deployments share a table)', () => {
    // Arrange
    const declared = (...ports: (keyof typeof THRESHOLD_UPDATER_GRANTS)[]): string[] =>
      [...new Set(ports.flatMap((port) => THRESHOLD_UPDATER_GRANTS[port].flatMap((grant) => grant.calls)))].sort();

    // Assess
    expect([...labelsIn(source('src/adapters/aws/threshold-alarms.ts'))].sort()).toEqual(declared('alarms'));
    expect([...labelsIn(source('src/adapters/dynamodb/threshold-history.ts'))].sort()).toEqual(declared('history', 'deployments'));
    expect(declared('quotas')).toEqual([...labelsIn(ADAPTER_CODE.quotas())].sort());
    expect(declared('notifications')).toEqual([...labelsIn(ADAPTER_CODE.notifications())].sort());
    expect([...labelsIn(source('src/adapters/aws/inference-profiles.ts'))].sort()).toEqual(declared('profiles'));
    expect([...labelsIn(source('src/adapters/aws/stack-instances.ts'))].sort()).toEqual(declared('stackInstances'));
  });

  it('every "*" grant says why', () => {
    const unexplained = [...Object.values(PORT_GRANTS), ...Object.values(THRESHOLD_UPDATER_GRANTS)].flat().filter((grant) => grant.on === 'any' && !grant.why);
    expect(unexplained).toEqual([]);
  });
});

describe('every sample scenario: each step calls only what its ports declare (so what its synthesized role allows)', () => {
  let dynamo: LocalDynamoDb;
  /** step → labels it used, over all samples */
  const used = new Map<string, Set<string>>();
  const record = (step: string | undefined, call: string): void => {
    const key = step ?? '(no step)';
    used.set(key, (used.get(key) ?? new Set<string>()).add(call));
  };

  beforeAll(async () => {
    dynamo = await startLocalDynamoDb();
    // The ledger on dynalite (its DynamoDB calls are the ones under test), idempotency in process: Powertools' own
    // DynamoDB calls are not labelled per step, so dynalite there only cost time (half of this setup).
    const onDynalite = dynaliteTables(dynamo);
    const tables: LocalTables = {
      kind: 'dynalite',
      createTables: async (prefix) => ({ ...(await inMemoryTables().createTables(prefix)), ledger: (await onDynalite.createTables(prefix)).ledger }),
    };
    // The ledger's DynamoDB calls, by the step that made them (the sandbox records its own calls per step).
    const ledger = DynamoDbCaseLedger.prototype as unknown as { call: (api: AwsCall, send: () => Promise<unknown>) => Promise<unknown> };
    const original = ledger.call;
    const spy = jest.spyOn(ledger, 'call').mockImplementation(function (this: unknown, api, send) {
      record(currentExecutionTime()?.step, api);
      return original.call(this, api, send);
    });
    try {
      const dir = join(PROJECT_ROOT, 'samples', 'scenarios');
      for (const file of readdirSync(dir).filter((f) => f.endsWith('.json')).sort()) {
        const { name, scenario } = loadScenarioFile(join(dir, file));
        const run = await simulateScenario(name, scenario, { tables });
        // AWS calls only: the sandbox also counts the ledger's methods ("CaseLedger.claim") for its fault injection.
        // The hub's calls and, in an organization, each member's (the steps' calls in the spoke accounts).
        for (const holder of new Set([run.account, ...run.organization.memberAccounts()])) {
          for (const [step, calls] of holder.callsByStep) for (const call of calls) if (call.split('.')[0] as string in IAM_PREFIX) record(step, call);
        }
      }
    } finally {
      spy.mockRestore();
    }
  }, 300_000);
  afterAll(async () => dynamo?.close());

  it('records the calls of every step of the samples\' paths that calls AWS', () => {
    // (Calls outside a step are the threshold updater's, run by the samples' quotaChange events: not the workflow's.)
    for (const step of ['ResolveChildAlarms', 'ClassifyAlarms', 'FetchQuotas', 'FetchUsage', 'FindOpenCase', 'RequestQuotaIncrease', 'PollQuotaCase', 'CreateSupportCase', 'AppendToCase', 'Notify']) {
      expect([step, (used.get(step)?.size ?? 0) > 0]).toEqual([step, true]);
    }
  });

  it('each step\'s calls are among its ports\' declared calls (each of which its function\'s role allows)', () => {
    // Act / Assess
    const uncovered: string[] = [];
    for (const step of LAMBDA_STEPS) {
      const calls = [...(used.get(step.id) ?? [])] as AwsCall[];
      const declared = new Set(grantsOfStep(step).flatMap((grant) => grant.calls));
      for (const call of calls) if (!declared.has(call)) uncovered.push(`${step.id}: ${call} is not a call of its ports`);
    }
    expect(uncovered).toEqual([]);
  });
});
