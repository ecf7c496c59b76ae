import { GetParameterCommand, ParameterNotFound, SSMClient } from '@aws-sdk/client-ssm';
import { mockClient } from 'aws-sdk-client-mock';
import 'aws-sdk-client-mock-jest';
import { ParameterStoreSettings } from '#adapters/aws/settings.js';
import { InvalidSettingsError, PermanentAwsError, TransientAwsError } from '#core/errors.js';
import { sdkError } from './sdk-errors.js';

const ssm = mockClient(SSMClient);
const NAME = '/acme/bedrock-ops-alert/settings';
const DOCUMENT = { customerName: 'Acme', models: [{ name: 'G-Opus-4-6', modelId: 'global.anthropic.claude-opus-4-6-v1' }] };

const adapter = (options: { maxAgeSeconds?: number; parameterName?: string | (() => string) } = {}): ParameterStoreSettings =>
  new ParameterStoreSettings({ client: new SSMClient({}), parameterName: NAME, ...options });

afterEach(() => {
  ssm.reset();
});

describe('ParameterStoreSettings.loadDocument', () => {
  it('returns the parsed JSON document', async () => {
    // Prepare
    ssm.on(GetParameterCommand).resolves({ Parameter: { Name: NAME, Value: JSON.stringify(DOCUMENT) } });

    // Act
    const document = await adapter().loadDocument();

    // Assess
    expect(document).toEqual(DOCUMENT);
    expect(ssm).toHaveReceivedCommandWith(GetParameterCommand, { Name: NAME });
  });

  it('reuses the document within maxAge, and reads again when caching is off', async () => {
    // Prepare
    ssm.on(GetParameterCommand).resolves({ Parameter: { Name: NAME, Value: '{"a":1}' } });
    const cached = adapter();
    const uncached = adapter({ maxAgeSeconds: 0 });

    // Act
    await cached.loadDocument();
    await cached.loadDocument();
    await uncached.loadDocument();
    await uncached.loadDocument();

    // Assess
    expect(ssm).toHaveReceivedCommandTimes(GetParameterCommand, 3);
  });

  it('throws InvalidSettingsError naming the parameter when it does not exist', async () => {
    // Prepare
    ssm.on(GetParameterCommand).rejects(new ParameterNotFound({ message: 'not found', $metadata: {} }));

    // Act
    const result = adapter().loadDocument();

    // Assess
    await expect(result).rejects.toBeInstanceOf(InvalidSettingsError);
    await expect(result).rejects.toThrow(`SSM parameter ${NAME} does not exist`);
  });

  it('throws InvalidSettingsError naming the parameter when it is not JSON', async () => {
    // Prepare
    ssm.on(GetParameterCommand).resolves({ Parameter: { Name: NAME, Value: 'customerName: Acme' } });

    // Act
    const result = adapter().loadDocument();

    // Assess
    await expect(result).rejects.toBeInstanceOf(InvalidSettingsError);
    await expect(result).rejects.toThrow(new RegExp(`SSM parameter ${NAME} does not hold valid JSON.*runtime-settings\\.schema\\.json`));
  });

  it('maps access denied to PermanentAwsError and throttling to TransientAwsError', async () => {
    // Prepare
    ssm
      .on(GetParameterCommand)
      .rejectsOnce(sdkError('AccessDeniedException'))
      .rejectsOnce(sdkError('ThrottlingException'));

    // Act
    const first = adapter().loadDocument();
    await expect(first).rejects.toBeInstanceOf(PermanentAwsError);
    await expect(first).rejects.toThrow(/SSM\.GetParameter failed with AccessDeniedException/);
    const second = adapter().loadDocument();

    // Assess
    await expect(second).rejects.toBeInstanceOf(TransientAwsError);
  });

  it('reads the parameter name lazily', async () => {
    // Prepare
    let reads = 0;
    ssm.on(GetParameterCommand).resolves({ Parameter: { Name: NAME, Value: '{}' } });
    const settings = adapter({
      parameterName: () => {
        reads += 1;
        return NAME;
      },
    });

    // Act
    const before = reads;
    await settings.loadDocument();

    // Assess
    expect(before).toBe(0);
    expect(reads).toBe(1);
  });
});
