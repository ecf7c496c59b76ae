/**
 * Organization mode of the deployed-artifact run: the simulated AWS STS and the organization it answers in.
 *
 * AssumeRole is decided as IAM decides it (iam.ts evaluateAssumeRole): the target role's trust policy as the spoke
 * template synthesized it (read per stack instance by assembly.ts readSpokeInstance) and the caller's identity
 * policies as the hub template gave them, with the organization's ids in the request context. An allowed call answers
 * temporary credentials whose access key id names the session: every later call signed with them is checked against
 * the ASSUMED role's policies, in its account (deployed-run.ts), never against the caller's.
 */
import { evaluateAssumeRole, type AssumeRoleCaller, type IamResult, type IdentityPolicy, type PolicyDocument } from './iam.js';
import { sdkServiceError } from './aws-api.js';

/** A role some account of the simulated world holds: a spoke's access role, or a role a test adds. */
export interface SimulatedRole {
  arn: string;
  account: string;
  name: string;
  trustPolicy: PolicyDocument;
  policies: IdentityPolicy[];
  maxSessionDurationSeconds: number;
}

/** The organization: which account belongs to which organization (an account of none: undefined). */
export interface SimulatedOrganization {
  id: string;
  organizationOf(account: string): string | undefined;
}

/** An organization of the given member accounts; `others` puts further accounts in other organizations. */
export const organizationOf = (id: string, members: Iterable<string>, others: Readonly<Record<string, string>> = {}): SimulatedOrganization => {
  const set = new Set(members);
  return { id, organizationOf: (account) => (set.has(account) ? id : others[account]) };
};

/** Credentials STS gave: which role session they stand for, until when. */
export interface AssumedSession {
  accessKeyId: string;
  role: SimulatedRole;
  sessionName: string;
  /** `arn:aws:sts::ACCOUNT:assumed-role/ROLE/SESSION` */
  sessionArn: string;
  expiration: Date;
  /** Who assumed it (the caller's principal id in the enforcer). */
  callerId: string;
}

/** One AssumeRole the simulated STS answered. */
export interface AssumeRoleRecord {
  callerId: string;
  roleArn: string;
  account: string;
  result: IamResult;
  at: string;
}

const text = (value: unknown): string | undefined => (typeof value === 'string' && value.length > 0 ? value : undefined);

/** sts:AssumeRole denied, as STS answers it (query protocol: AccessDenied, HTTP 403). */
const denied = (caller: AssumeRoleCaller, roleArn: string, result: IamResult): Error =>
  sdkServiceError('AccessDenied', `User: ${caller.sessionArn} is not authorized to perform: sts:AssumeRole on resource: ${roleArn}${result === 'ExplicitlyDenied' ? ' with an explicit deny' : ''}`, { fault: 'client', status: 403 });

export class SimulatedSts {
  private readonly roles = new Map<string, SimulatedRole>();
  private readonly sessions = new Map<string, AssumedSession>();
  /** Every AssumeRole answered, in order. */
  readonly calls: AssumeRoleRecord[] = [];
  private sequence = 0;

  constructor(readonly organization: SimulatedOrganization, roles: Iterable<SimulatedRole> = []) {
    for (const role of roles) this.addRole(role);
  }

  addRole(role: SimulatedRole): void {
    this.roles.set(role.arn, role);
  }

  role(arn: string): SimulatedRole | undefined {
    return this.roles.get(arn);
  }

  /** The session the access key id stands for (undefined: not credentials this STS gave). */
  session(accessKeyId: string | undefined): AssumedSession | undefined {
    return accessKeyId ? this.sessions.get(accessKeyId) : undefined;
  }

  /**
   * Answers AssumeRole (the SDK's output shape), or throws what STS answers: AccessDenied when IAM refuses (a role
   * that does not exist is refused the same way), ValidationError for a bad input.
   */
  async assumeRole(caller: AssumeRoleCaller & { id: string }, input: Record<string, unknown>, now: Date, region: string): Promise<Record<string, unknown>> {
    const roleArn = text(input.RoleArn);
    const sessionName = text(input.RoleSessionName);
    if (!roleArn || !sessionName || !/^[\w+=,.@-]{2,64}$/.test(sessionName)) {
      throw sdkServiceError('ValidationError', `AssumeRole needs a RoleArn and a RoleSessionName of 2 to 64 characters [\\w+=,.@-] (got ${JSON.stringify({ roleArn, sessionName })})`, { fault: 'client', status: 400 });
    }
    const role = this.roles.get(roleArn);
    const account = roleArn.split(':')[4] ?? '';
    const organizationId = this.organization.organizationOf(account);
    const result: IamResult = role
      ? await evaluateAssumeRole({
        caller, sessionName, region,
        target: { roleArn, account: role.account, trustPolicy: role.trustPolicy, ...(organizationId ? { organizationId } : {}) },
        ...(text(input.ExternalId) ? { externalId: text(input.ExternalId)! } : {}),
      })
      : 'ImplicitlyDenied';
    this.calls.push({ callerId: caller.id, roleArn, account, result, at: now.toISOString() });
    if (result !== 'Allowed' || !role) throw denied(caller, roleArn, result);
    const duration = typeof input.DurationSeconds === 'number' ? input.DurationSeconds : 3600;
    if (duration < 900 || duration > role.maxSessionDurationSeconds) {
      throw sdkServiceError('ValidationError', `The requested DurationSeconds ${duration} exceeds the MaxSessionDuration set for this role (${role.maxSessionDurationSeconds}) or is under 900.`, { fault: 'client', status: 400 });
    }
    this.sequence += 1;
    const accessKeyId = `ASIASIMSTS${String(this.sequence).padStart(10, '0')}`;
    const sessionArn = `arn:aws:sts::${role.account}:assumed-role/${role.name}/${sessionName}`;
    const expiration = new Date(now.getTime() + duration * 1000);
    this.sessions.set(accessKeyId, { accessKeyId, role, sessionName, sessionArn, expiration, callerId: caller.id });
    return {
      Credentials: { AccessKeyId: accessKeyId, SecretAccessKey: `simulated-${this.sequence}`, SessionToken: `simulated-session-${this.sequence}`, Expiration: expiration },
      AssumedRoleUser: { AssumedRoleId: `AROASIM${String(this.sequence).padStart(10, '0')}:${sessionName}`, Arn: sessionArn },
    };
  }
}
