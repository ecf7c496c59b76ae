/**
 * InferenceProfilesPort on Bedrock (control plane): ListInferenceProfiles (typeEquals APPLICATION, every page) and
 * GetInferenceProfile (a system-defined profile's models). Read-only; the threshold updater calls it once per run.
 */
import { BedrockClient, GetInferenceProfileCommand, ListInferenceProfilesCommand } from '@aws-sdk/client-bedrock';
import type { GetInferenceProfileCommandOutput, InferenceProfileSummary } from '@aws-sdk/client-bedrock';
import type { InferenceProfileInfo } from '#core/inference-profiles.js';
import type { InferenceProfilesPort } from '#ports/index.js';
import { awsClient, type AwsClientOptions, type AwsPortsOptions } from './client-cache.js';
import { awsErrorName, callAws } from './errors.js';

/** ListInferenceProfiles answers at most 1000 per page. */
const PAGE_SIZE = 1000;

type ProfileShape = Pick<InferenceProfileSummary, 'inferenceProfileId' | 'inferenceProfileArn' | 'inferenceProfileName' | 'type' | 'status' | 'models'>;

const infoOf = (profile: ProfileShape | GetInferenceProfileCommandOutput): InferenceProfileInfo | undefined => {
  if (!profile.inferenceProfileId || !profile.inferenceProfileArn) return undefined;
  return {
    profileId: profile.inferenceProfileId,
    profileArn: profile.inferenceProfileArn,
    name: profile.inferenceProfileName ?? profile.inferenceProfileId,
    type: profile.type === 'SYSTEM_DEFINED' ? 'SYSTEM_DEFINED' : 'APPLICATION',
    status: profile.status ?? 'ACTIVE',
    modelArns: (profile.models ?? []).flatMap((model) => (model.modelArn ? [model.modelArn] : [])),
  };
};

export class BedrockInferenceProfiles implements InferenceProfilesPort {
  constructor(private readonly client: BedrockClient) {}

  async listApplicationProfiles(): Promise<InferenceProfileInfo[]> {
    const profiles: InferenceProfileInfo[] = [];
    let nextToken: string | undefined;
    do {
      const page = await callAws('Bedrock.ListInferenceProfiles', () =>
        this.client.send(new ListInferenceProfilesCommand({ typeEquals: 'APPLICATION', maxResults: PAGE_SIZE, ...(nextToken ? { nextToken } : {}) })));
      for (const summary of page.inferenceProfileSummaries ?? []) {
        const info = infoOf(summary);
        if (info) profiles.push(info);
      }
      nextToken = page.nextToken;
    } while (nextToken);
    return profiles;
  }

  async getProfile(profileId: string): Promise<InferenceProfileInfo | undefined> {
    try {
      return infoOf(await callAws('Bedrock.GetInferenceProfile', () => this.client.send(new GetInferenceProfileCommand({ inferenceProfileIdentifier: profileId }))));
    } catch (error) {
      // No such profile: the monitored id is not a system-defined profile of this Region.
      if (awsErrorName((error as { cause?: unknown }).cause) === 'ResourceNotFoundException') return undefined;
      throw error;
    }
  }
}

export const bedrockClient = (options: AwsClientOptions = {}): BedrockClient => awsClient('bedrock', options, (config) => new BedrockClient(config));

export const awsInferenceProfilesPort = (options: AwsPortsOptions = {}, client = bedrockClient(options)): InferenceProfilesPort => new BedrockInferenceProfiles(client);
