/**
 * InferenceProfilesPort on the scenario's `inferenceProfiles` (what Bedrock would list in the simulated account):
 * ListInferenceProfiles (APPLICATION) and GetInferenceProfile, counted and faulted like every simulated call.
 */
import type { InferenceProfileInfo } from '#core/inference-profiles.js';
import type { InferenceProfilesPort } from '#ports/index.js';
import { faultError, type SandboxAccount } from './account.js';

/** The scenario's profiles in the port's shape (ARNs in the scenario's account and Region). */
export const scenarioInferenceProfiles = (account: SandboxAccount): InferenceProfileInfo[] =>
  (account.scenario.inferenceProfiles ?? []).map((profile) => {
    const type = profile.type ?? 'APPLICATION';
    const resource = type === 'SYSTEM_DEFINED' ? 'inference-profile' : 'application-inference-profile';
    return {
      profileId: profile.profileId,
      profileArn: `arn:aws:bedrock:${account.region}:${account.account}:${resource}/${profile.profileId}`,
      name: profile.name,
      type,
      status: profile.status ?? 'ACTIVE',
      modelArns: [...profile.models],
    };
  });

export class SandboxInferenceProfiles implements InferenceProfilesPort {
  constructor(private readonly account: SandboxAccount) {}

  async listApplicationProfiles(): Promise<InferenceProfileInfo[]> {
    return this.call('Bedrock.ListInferenceProfiles', () => scenarioInferenceProfiles(this.account).filter((p) => p.type === 'APPLICATION'));
  }

  async getProfile(profileId: string): Promise<InferenceProfileInfo | undefined> {
    return this.call('Bedrock.GetInferenceProfile', () => scenarioInferenceProfiles(this.account).find((p) => p.profileId === profileId));
  }

  private call<T>(api: string, fn: () => T): Promise<T> {
    return this.account.callWithFaults(api, fn, (fault) => faultError(fault, api));
  }
}
