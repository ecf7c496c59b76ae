/**
 * Organization mode: the credentials a hub step uses in the account of its event, from the spoke role of that account
 * (src/workflow/organization.ts names it). Assumed once per account and kept for their lifetime: every client of every
 * port of the step shares them, and a warm container assumes again only when they near their expiry (5 minutes
 * before, the SDK's own refresh window). A failed AssumeRole is not cached: the next call tries again.
 */
import type { STSClient } from '@aws-sdk/client-sts';
import type { SpokeAccessPort, TemporaryCredentials } from '#ports/index.js';
import type { CallCounter } from './call-counter.js';
import { spokeRoleArn } from '#workflow/organization.js';

export type { TemporaryCredentials } from '#ports/index.js';

export interface AssumeRoleRequest {
  roleArn: string;
  sessionName: string;
  /** The STS endpoint's Region (the hub's own, the SDK's default chain when omitted). */
  region?: string;
}

/** One AssumeRole call. */
export type AssumeRole = (request: AssumeRoleRequest) => Promise<TemporaryCredentials>;

/** Credentials are assumed again this long before they expire. */
export const REFRESH_MARGIN_MS = 5 * 60_000;
/** The spoke role's MaxSessionDuration (infra/stacks/spoke-stack.ts). */
export const SPOKE_SESSION_SECONDS = 3600;

/**
 * AssumeRole with the STS client (STS in the hub's Region, with the function's own credentials). The STS client is one
 * of the clients the nodejs22.x runtime provides, like the others the bundles leave external; one client per Region.
 * It is loaded on the first AssumeRole only: every step bundle carries this module (the handler factory), and a
 * single-account deployment never assumes a role, so its cold starts do not load STS.
 */
export const sdkAssumeRole = (counter?: CallCounter): AssumeRole => {
  const clients = new Map<string, STSClient>();
  return async (request) => {
    counter?.record('STS.AssumeRole');
    const { AssumeRoleCommand, STSClient: Client } = await import('@aws-sdk/client-sts');
    const key = request.region ?? '';
    let client = clients.get(key);
    if (!client) {
      client = new Client(request.region ? { region: request.region } : {});
      clients.set(key, client);
    }
    const { Credentials: answer } = await client.send(new AssumeRoleCommand({
      RoleArn: request.roleArn, RoleSessionName: request.sessionName, DurationSeconds: SPOKE_SESSION_SECONDS,
    }));
    if (!answer?.AccessKeyId || !answer.SecretAccessKey) throw new Error(`STS AssumeRole of ${request.roleArn} answered without credentials`);
    return {
      accessKeyId: answer.AccessKeyId,
      secretAccessKey: answer.SecretAccessKey,
      ...(answer.SessionToken ? { sessionToken: answer.SessionToken } : {}),
      ...(answer.Expiration ? { expiration: answer.Expiration } : {}),
    };
  };
};

export interface SpokeCredentialsOptions {
  /** The spoke role's name (the same in every account). */
  roleName: string;
  /** The session name the spoke's CloudTrail shows (which step acted). */
  sessionName: string;
  partition?: string;
  region?: string;
  /** @default sdkAssumeRole() */
  assume?: AssumeRole;
  /** @default Date.now */
  now?: () => number;
}

interface CacheEntry {
  credentials: Promise<TemporaryCredentials>;
  /** Set once the call answered; undefined while it is in flight (concurrent callers share it). */
  expiresAt?: number;
}

export class SpokeCredentials implements SpokeAccessPort {
  private readonly entries = new Map<string, CacheEntry>();
  private readonly assume: AssumeRole;
  private readonly now: () => number;

  constructor(private readonly options: SpokeCredentialsOptions) {
    this.assume = options.assume ?? sdkAssumeRole();
    this.now = options.now ?? Date.now;
  }

  /** An SDK credential provider for `account` (pass it as a client's `credentials`). */
  providerFor(account: string): () => Promise<TemporaryCredentials> {
    return () => this.credentialsOf(account);
  }

  credentialsOf(account: string): Promise<TemporaryCredentials> {
    const entry = this.entries.get(account);
    if (entry && (entry.expiresAt === undefined || entry.expiresAt - REFRESH_MARGIN_MS > this.now())) return entry.credentials;
    const fresh: CacheEntry = {
      credentials: this.assume({
        roleArn: spokeRoleArn({ ...(this.options.partition ? { partition: this.options.partition } : {}), account, roleName: this.options.roleName }),
        sessionName: this.options.sessionName,
        ...(this.options.region ? { region: this.options.region } : {}),
      }).then(
        (credentials) => {
          fresh.expiresAt = credentials.expiration?.getTime() ?? Number.POSITIVE_INFINITY;
          return credentials;
        },
        (error: unknown) => {
          if (this.entries.get(account) === fresh) this.entries.delete(account);
          throw error;
        },
      ),
    };
    this.entries.set(account, fresh);
    return fresh.credentials;
  }
}
