/**
 * cdk-nag (AwsSolutions + Serverless) and the CDK's built-in CloudFormation validation on each distinct app: the
 * example configuration, several alarm stacks, the organization sample's hub with its spokes (a suite of app.test.ts).
 * The template suites build their apps without either (the validation never changes a template); here each app is
 * built as `cdk synth` builds it. The validation engine (a 9 MB WebAssembly rule engine, ~8 s of CPU) loads once per
 * test file, and only for templates it has not passed before (validation-cache.ts: a verdict depends only on the
 * templates and the installed packages).
 */
import { addNagChecks } from '../../infra/nag.js';
import { addOpsAlertStacks } from '../../infra/ops-alert-app.js';
import { SpokeStack } from '../../infra/stacks/spoke-stack.js';
import { configWithModels, definitionForTests, deploymentOf, exampleConfigRaw, newTestApp, organizationSampleRaw, synthCapturingConsole, synthStacks } from './helpers.js';
import { rememberPassedValidations } from './validation-cache.js';

rememberPassedValidations();

/** The example configuration's app as `cdk synth` builds it (validation on, cdk-nag), built once for the tests below. */
let example: ReturnType<typeof synthStacks> | undefined;
const exampleApp = (): ReturnType<typeof synthStacks> => {
  if (!example) {
    example = synthStacks(exampleConfigRaw(), newTestApp({}, { cloudFormationValidation: true }));
    addNagChecks(example.app);
  }
  return example;
};

describe('cdk-nag (AwsSolutions + Serverless)', () => {
  it('finds nothing unacknowledged in the whole app (example configuration), nor the CDK\'s CloudFormation validation', () => {
    const { app } = exampleApp();
    // Findings make synth throw; the message lists them. The report the CDK prints is captured, not shown as errors:
    // it holds only the expected warning about the model without a configured TPM quota.
    const { output } = synthCapturingConsole(app);
    expect(output).not.toMatch(/AwsSolutions-|Serverless-/);
    expect(output).not.toMatch(/\[Error/);
  });

  it('finds nothing with several alarm stacks either', () => {
    const app = newTestApp({}, { cloudFormationValidation: true });
    synthStacks(configWithModels(4, { deployment: { modelsPerStack: 2 } }), app);
    addNagChecks(app);
    expect(synthCapturingConsole(app).output).not.toMatch(/AwsSolutions-|Serverless-/);
  });

  it('has a written reason on every acknowledgement', () => {
    const { stacks } = exampleApp();
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
    const app = newTestApp({}, { cloudFormationValidation: true });
    addOpsAlertStacks(app, deploymentOf(organizationSampleRaw()), { stateMachineDefinition: definitionForTests(), nag: true });
    addNagChecks(app);
    expect(synthCapturingConsole(app).output).not.toMatch(/AwsSolutions-|Serverless-/);
  });

  it('finds nothing unacknowledged in the spoke', () => {
    const app = newTestApp();
    new SpokeStack(app, 'Spoke', { customerName: 'Acme', alarmNamePrefix: 'Acme-Bedrock-', models: deploymentOf(organizationSampleRaw()).models });
    addNagChecks(app);
    const { output } = synthCapturingConsole(app);
    expect(output).not.toMatch(/AwsSolutions-|Serverless-/);
  });
});
