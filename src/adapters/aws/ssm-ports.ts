/** The settings port on Parameter Store. */
import { SSMClient } from '@aws-sdk/client-ssm';
import type { Ports } from '#ports/index.js';
import { ENV, requireEnv } from '#workflow/environment.js';
import { awsClient, type AwsClientOptions, type AwsPortsOptions } from './client-cache.js';
import { ParameterStoreSettings } from './settings.js';

export const ssmClient = (options: AwsClientOptions = {}): SSMClient => awsClient('ssm', options, (config) => new SSMClient(config));

/**
 * The parameter name is read from the environment on the first read, not when the port is built. `maxAgeSeconds`:
 * how long a read document is reused (the threshold updater passes 0: a settings-change run must see the new values).
 */
export const awsSettingsPort = (options: AwsPortsOptions & { maxAgeSeconds?: number } = {}, client = ssmClient(options)): Ports['settings'] =>
  new ParameterStoreSettings({
    client, parameterName: () => requireEnv(ENV.settingsParameterName, options.env ?? process.env),
    ...(options.maxAgeSeconds !== undefined ? { maxAgeSeconds: options.maxAgeSeconds } : {}),
  });
