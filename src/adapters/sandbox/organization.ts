/**
 * The simulated organization of a scenario (hub and spokes). The hub is the scenario's own account: the workflow's
 * notifications, settings, ledger and executions live there. The members are the accounts and Regions the workflow
 * acts in, each a SandboxAccount of its own (alarms, quotas, usage, Support cases, Service Quotas requests); a
 * single-account scenario has one member, the hub itself, reached without any role.
 *
 * Organization mode: a step reaches a member's ports only through the spoke access of its container (one per step's
 * handler, as a Lambda container keeps its SpokeCredentials): the real caching class (spoke-credentials.ts) with a
 * simulated STS that counts every AssumeRole per container and account and refuses an account outside the
 * organization (SpokeAccessDeniedError). The Support API is modelled per account and Region (the workflow's ledger
 * keeps one open case per account, Region, model and category either way).
 */
import { SpokeAccessDeniedError } from '#core/errors.js';
import type { Ports, SpokeAccessPort, StackInstancesPort } from '#ports/index.js';
import type { StackInstanceSummary } from '#core/threshold-deployment.js';
import type { Scenario } from '#types/generated/scenario.js';
import { checkScenarioOrganization, scenarioEventTarget, scenarioMembers, type ScenarioTarget } from '#workflow/validate.js';
import { spokeRoleName, spokeSessionName, type SpokePort, type SpokeTarget } from '#workflow/organization.js';
import { SPOKE_SESSION_SECONDS, SpokeCredentials, type AssumeRole } from '../aws/spoke-credentials.js';
import { faultError, SandboxAccount } from './account.js';

/** One simulated STS AssumeRole call. */
export interface AssumeRoleCall {
  /** The container (a step's handler) that made it. */
  container: string;
  account: string;
  /** Simulated time of the call (ISO-8601). */
  at: string;
  /** Refused: the account is outside the organization. */
  refused: boolean;
}

const key = (target: ScenarioTarget): string => `${target.account}|${target.region}`;

/** A member's scenario: the hub's, with this account's Support plan and this Region's quotas, usage and open cases. */
const memberScenario = (scenario: Scenario, account: NonNullable<Scenario['accounts']>[number], region: NonNullable<Scenario['accounts']>[number]['regions'][number]): Scenario => {
  const own = new Map((region.models ?? []).map((m) => [m.name, m]));
  const { accounts: _accounts, faults: _faults, ...rest } = scenario;
  return {
    ...rest,
    account: account.id,
    region: region.region,
    supportPlan: account.supportPlan ?? scenario.supportPlan ?? true,
    serviceQuotasAvailable: account.serviceQuotasAvailable ?? scenario.serviceQuotasAvailable ?? true,
    models: scenario.models.map((model) => {
      const { name: _name, ...override } = own.get(model.name) ?? { name: model.name };
      return { ...structuredClone(model), ...structuredClone(override) };
    }) as Scenario['models'],
    openCases: region.openCases ?? [],
    pendingQuotaRequests: region.pendingQuotaRequests ?? [],
  };
};

export class SandboxOrganization {
  readonly hub: SandboxAccount;
  /** Organization mode (the scenario lists `accounts`); otherwise the hub is the only member. */
  readonly isOrganization: boolean;
  /** Every simulated AssumeRole, in call order. */
  readonly assumeRoleCalls: AssumeRoleCall[] = [];
  private readonly members = new Map<string, SandboxAccount>();
  private readonly containers = new Map<string, SpokeCredentials>();

  constructor(readonly scenario: Scenario) {
    checkScenarioOrganization(scenario, scenario.name ?? '(scenario)');
    this.hub = new SandboxAccount(scenario);
    this.isOrganization = Boolean(scenario.accounts);
    if (!scenario.accounts) {
      this.members.set(key({ account: this.hub.account, region: this.hub.region }), this.hub);
      return;
    }
    for (const account of scenario.accounts) {
      for (const region of account.regions) this.members.set(key({ account: account.id, region: region.region }), new SandboxAccount(memberScenario(scenario, account, region)));
    }
  }

  /** Every member (account and Region), in the scenario's order. */
  memberAccounts(): SandboxAccount[] {
    return [...this.members.values()];
  }

  /** The member of an account and Region, undefined outside the organization. */
  member(target: SpokeTarget): SandboxAccount | undefined {
    return this.members.get(key(target));
  }

  /** The member a scenario event happens in (its account and Region, or the defaults); InvalidScenarioError outside. */
  memberOfEvent(event: { account?: string; region?: string }, where: string): SandboxAccount {
    const target = scenarioEventTarget(this.scenario, event, where);
    const member = this.member(target);
    if (!member) throw new Error(`${where}: no simulated member for ${target.account} ${target.region}`);
    return member;
  }

  /** The friendly name of a member account, if the scenario gives one. */
  accountName(account: string): string | undefined {
    return this.scenario.accounts?.find((a) => a.id === account)?.name;
  }

  /** The ids of the organization's accounts. */
  accountIds(): string[] {
    return [...new Set(scenarioMembers(this.scenario).map((m) => m.account))];
  }

  /** The accounts the deployment configuration lists (organization.accounts): every member but those with `listed: false`. */
  listedAccountIds(): string[] {
    const unlisted = new Set((this.scenario.accounts ?? []).filter((a) => a.listed === false).map((a) => a.id));
    return this.accountIds().filter((id) => !unlisted.has(id));
  }

  /**
   * The spoke stack set's instances, as the hub's CloudFormation lists them: one per member account and Region (the
   * stack set deploys to every account of its OUs, listed or not), each CURRENT. One call, counted on the hub
   * ("CloudFormation.ListStackInstances", where the scenario's faults can refuse it).
   */
  stackInstances(stackSetName: string): Promise<StackInstanceSummary[]> {
    const api = 'CloudFormation.ListStackInstances';
    return this.hub.callWithFaults(api, () => {
      if (!stackSetName) throw new Error('ListStackInstances needs the stack set name');
      return this.currentStackInstances();
    }, (fault) => faultError(fault, api));
  }

  /** Every member account and Region as a CURRENT instance of the spoke stack set (the SDK-level simulation answers them too). */
  currentStackInstances(): StackInstanceSummary[] {
    return this.memberAccounts().map((member) => ({ account: member.account, region: member.region, status: 'CURRENT', detailedStatus: 'SUCCEEDED' }));
  }

  /** The StackInstancesPort of the hub (organization mode). */
  stackInstancesPort(): StackInstancesPort {
    return { listStackInstances: ({ stackSetName }) => this.stackInstances(stackSetName) };
  }

  /** AssumeRole calls by container, then by account (refused ones included). */
  assumeRoleCountsByContainer(): Map<string, Map<string, number>> {
    const counts = new Map<string, Map<string, number>>();
    for (const call of this.assumeRoleCalls) {
      const perAccount = counts.get(call.container) ?? new Map<string, number>();
      perAccount.set(call.account, (perAccount.get(call.account) ?? 0) + 1);
      counts.set(call.container, perAccount);
    }
    return counts;
  }

  /** The simulated STS of one container: counts the call, refuses an account outside the organization. */
  private sts(container: string): AssumeRole {
    return async (request) => {
      const account = request.roleArn.split(':')[4] ?? '';
      const at = this.hub.now();
      const refused = !this.accountIds().includes(account);
      this.assumeRoleCalls.push({ container, account, at: at.toISOString(), refused });
      if (refused) {
        throw new SpokeAccessDeniedError(
          `STS AssumeRole of ${request.roleArn}: AccessDenied. Account ${account} is not in the organization: no spoke role there trusts the hub's steps.`,
        );
      }
      return {
        accessKeyId: `ASIASIM${account}`, secretAccessKey: 'simulated', sessionToken: `${container}@${account}`,
        expiration: new Date(at.getTime() + SPOKE_SESSION_SECONDS * 1000),
      };
    };
  }

  /**
   * The spoke access of a step's container: one per step for the organization's lifetime (a warm Lambda container
   * keeps its credentials), the real caching class with the simulated STS, on the simulated clock.
   */
  spokeAccess(step: string): SpokeAccessPort {
    let access = this.containers.get(step);
    if (!access) {
      access = new SpokeCredentials({
        roleName: spokeRoleName(this.scenario.customerName), sessionName: spokeSessionName(step),
        assume: this.sts(step), now: () => this.hub.now().getTime(),
      });
      this.containers.set(step, access);
    }
    return access;
  }

  /**
   * The spoke ports of one container for the account and Region a step acts in: every call first gets the spoke
   * role's credentials (cached: at most one AssumeRole per account while they last), then acts in that member. An
   * account outside the organization fails at its first call, as an SDK client fails on its credential provider.
   */
  spokePorts(step: string): (target: SpokeTarget) => Pick<Ports, SpokePort> {
    const access = this.spokeAccess(step);
    return (target) => {
      const ports = this.member(target)?.ports();
      const within = async <T>(call: (ports: ReturnType<SandboxAccount['ports']>) => Promise<T>): Promise<T> => {
        await access.credentialsOf(target.account);
        if (!ports) {
          throw new SpokeAccessDeniedError(`No spoke of the organization in account ${target.account}, Region ${target.region}: the stack set does not deploy there.`);
        }
        return call(ports);
      };
      return {
        alarms: { describeAlarms: (names) => within((p) => p.alarms.describeAlarms(names)) },
        quotas: { getModelQuotas: (ref) => within((p) => p.quotas.getModelQuotas(ref)) },
        usage: { getUsageSeries: (ref, window) => within((p) => p.usage.getUsageSeries(ref, window)) },
        quotaRequests: {
          requestIncrease: (ref, code, desired) => within((p) => p.quotaRequests.requestIncrease(ref, code, desired)),
          getRequest: (id) => within((p) => p.quotaRequests.getRequest(id)),
        },
        cases: {
          listOpenCases: (after) => within((p) => p.cases.listOpenCases(after)),
          findByDisplayId: (id) => within((p) => p.cases.findByDisplayId(id)),
          getCase: (id) => within((p) => p.cases.getCase(id)),
          createCase: (request) => within((p) => p.cases.createCase(request)),
          addCommunication: (id, body) => within((p) => p.cases.addCommunication(id, body)),
          hasCommunication: (id, marker, after) => within((p) => p.cases.hasCommunication(id, marker, after)),
        },
      };
    };
  }
}
