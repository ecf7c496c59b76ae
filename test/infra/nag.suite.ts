/**
 * cdk-nag (AwsSolutions + Serverless) and the CDK's built-in CloudFormation validation on each distinct app: the
 * example configuration, several alarm stacks, the organization sample's hub with its spokes (a suite of app.test.ts).
 * Each app is built as `cdk synth` builds it (helpers.ts checkedApp: findings make the construction or the synth throw)
 * and shared with the template suites that read it, which would otherwise build it again without the checks (neither
 * changes a template). The validation engine (a 9 MB WebAssembly rule engine, ~8 s of CPU) loads once per test file,
 * and only for templates it has not passed before (validation-cache.ts: a verdict depends only on the templates and the
 * installed packages).
 */
import { addNagChecks } from '../../infra/nag.js';
import { SpokeStack } from '../../infra/stacks/spoke-stack.js';
import { deploymentOf, exampleConfigRaw, exampleStacks, newTestApp, organizationSampleRaw, sharedCheckedApp, synthCapturingConsole, variedConfigRaw } from './helpers.js';

/** What a checked app's construction and synth threw (a finding's message lists the findings), or undefined. */
const failureOf = (error: unknown): string | undefined => (error === undefined ? undefined : String((error as Error).message ?? error));

describe('cdk-nag (AwsSolutions + Serverless)', () => {
  it('finds nothing unacknowledged in the whole app (example configuration), nor the CDK\'s CloudFormation validation', () => {
    const { output, error } = sharedCheckedApp(exampleConfigRaw());
    // Findings make synth throw; the message lists them. The report the CDK prints is captured, not shown as errors:
    // it holds only the expected warning about the model without a configured TPM quota.
    expect(failureOf(error)).toBeUndefined();
    expect(output).not.toMatch(/AwsSolutions-|Serverless-/);
    expect(output).not.toMatch(/\[Error/);
  });

  it('finds nothing with several alarm stacks, a warning-only subscriber and a disabled schedule either (helpers.ts variedConfigRaw)', () => {
    const { built, output, error } = sharedCheckedApp(variedConfigRaw());
    expect(failureOf(error)).toBeUndefined();
    expect(built?.stacks.alarms.length).toBeGreaterThan(1);
    expect(output).not.toMatch(/AwsSolutions-|Serverless-/);
  });

  it('has a written reason on every acknowledgement', () => {
    const { stacks } = exampleStacks();
    const reasons = stacks.core.node.findAll()
      .flatMap((construct) => construct.node.metadata)
      .filter((entry) => entry.type === 'aws:cdk:acknowledged-rules')
      .flatMap((entry) => Object.values(entry.data as Record<string, string>));
    expect(reasons.length).toBeGreaterThan(0);
    for (const reason of reasons) expect(reason.length).toBeGreaterThan(40);
  });
});

describe('organization mode: cdk-nag', () => {
  it('finds nothing unacknowledged in the hub (nor in the spokes it synthesizes, checked with nag: true), nor the CDK\'s CloudFormation validation', () => {
    const { output, error } = sharedCheckedApp(organizationSampleRaw());
    expect(failureOf(error)).toBeUndefined();
    expect(output).not.toMatch(/AwsSolutions-|Serverless-/);
  });

  it('finds nothing unacknowledged in the spoke', () => {
    const app = newTestApp();
    new SpokeStack(app, 'Spoke', { customerName: 'Acme', alarmNamePrefix: 'Acme-Bedrock-', models: deploymentOf(organizationSampleRaw()).models });
    addNagChecks(app);
    const { output } = synthCapturingConsole(app);
    expect(output).not.toMatch(/AwsSolutions-|Serverless-/);
  });
});
