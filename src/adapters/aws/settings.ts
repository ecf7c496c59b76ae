/** SettingsPort on Parameter Store, read through Powertools Parameters (cached for `maxAgeSeconds`). */
import { GetParameterError, ParameterNotFoundError, TransformParameterError } from '@aws-lambda-powertools/parameters';
import { SSMProvider } from '@aws-lambda-powertools/parameters/ssm';
import type { SSMClient } from '@aws-sdk/client-ssm';
import { InvalidSettingsError } from '#core/errors.js';
import type { SettingsPort } from '#ports/index.js';
import { awsErrorName, mapAwsError } from './errors.js';

/** Options of ParameterStoreSettings. */
export interface ParameterStoreSettingsOptions {
  /** The SSM parameter holding the settings JSON, or a function that returns its name (read lazily, on first load). */
  parameterName: string | (() => string);
  /** The SSM client; Powertools builds one when omitted. */
  client?: SSMClient;
  /**
   * How long a read document is reused, in seconds: a warm function sees a changed setting within this time.
   * @default 60
   */
  maxAgeSeconds?: number;
}

export class ParameterStoreSettings implements SettingsPort {
  private readonly provider: SSMProvider;
  private readonly parameterName: () => string;
  private readonly maxAgeSeconds: number;

  constructor(options: ParameterStoreSettingsOptions) {
    this.provider = options.client ? new SSMProvider({ awsSdkV3Client: options.client }) : new SSMProvider();
    const { parameterName } = options;
    this.parameterName = typeof parameterName === 'string' ? () => parameterName : parameterName;
    this.maxAgeSeconds = options.maxAgeSeconds ?? 60;
  }

  /** The parsed JSON document; the caller validates it against the schema. */
  async loadDocument(): Promise<unknown> {
    const name = this.parameterName();
    try {
      return await this.provider.get(name, { maxAge: this.maxAgeSeconds, transform: 'json', throwOnMissing: true });
    } catch (error) {
      throw this.mapError(error, name);
    }
  }

  private mapError(error: unknown, name: string): Error {
    if (error instanceof TransformParameterError) {
      return new InvalidSettingsError(
        `SSM parameter ${name} does not hold valid JSON (${error.message}). ` +
          'Put the runtime settings document there as JSON (schemas/runtime-settings.schema.json), e.g. by redeploying the stack.',
        { cause: error },
      );
    }
    // Powertools wraps every SDK failure in GetParameterError with the SDK error as `cause`.
    const cause = error instanceof GetParameterError && error.cause !== undefined ? error.cause : undefined;
    if (error instanceof ParameterNotFoundError || awsErrorName(cause) === 'ParameterNotFound') {
      return new InvalidSettingsError(
        `SSM parameter ${name} does not exist in this account and Region. ` +
          'Deploy the stack (it creates the parameter with the runtime settings), or create it with the settings JSON document.',
        { cause: error },
      );
    }
    return mapAwsError(cause ?? error, 'SSM.GetParameter');
  }
}
