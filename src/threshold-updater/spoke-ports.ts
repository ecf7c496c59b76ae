/**
 * Organization mode: the threshold updater's quotas and alarms ports in one account and Region, with the credentials
 * of that account's spoke role (the same role the workflow's steps assume, src/workflow/organization.ts). The role is
 * assumed once per account per container lifetime (src/adapters/aws/spoke-credentials.ts) and serves every Region of
 * the account. Nothing in single-account mode (no spoke role name in the environment).
 */
import { awsThresholdAlarmsPort } from '#adapters/aws/cloudwatch-ports.js';
import type { AwsPortsOptions } from '#adapters/aws/client-cache.js';
import { awsInferenceProfilesPort } from '#adapters/aws/inference-profiles.js';
import { awsQuotasPort } from '#adapters/aws/service-quotas-ports.js';
import { SpokeCredentials } from '#adapters/aws/spoke-credentials.js';
import { ENV } from '#workflow/environment.js';
import { spokeSessionName } from '#workflow/organization.js';
import type { TargetPortsOf } from './update.js';

/** The session name the spokes' CloudTrail shows for the updater. */
export const THRESHOLD_UPDATER_SESSION = spokeSessionName('UpdateThresholds');

export const spokeTargetPorts = (
  env: NodeJS.ProcessEnv,
  options: { credentials?: SpokeCredentials; aws?: Pick<AwsPortsOptions, 'counter'> } = {},
): { portsOf?: TargetPortsOf } => {
  const roleName = env[ENV.spokeRoleName];
  if (!roleName) return {};
  const credentials = options.credentials ?? new SpokeCredentials({ roleName, sessionName: THRESHOLD_UPDATER_SESSION });
  return {
    portsOf: async (target) => {
      // Assumed before any call: an account whose role cannot be assumed fails as one, not as one error per model.
      await credentials.credentialsOf(target.account);
      const where: AwsPortsOptions = { ...options.aws, account: target.account, region: target.region, credentials: credentials.providerFor(target.account) };
      return { quotas: awsQuotasPort(where), alarms: awsThresholdAlarmsPort(where), profiles: awsInferenceProfilesPort(where) };
    },
  };
};
