/**
 * Organization mode: the spoke as CloudFormation StackSets with service-managed permissions, deployed to the
 * configured organizational units and Regions, and automatically to accounts that join those OUs.
 *
 * Why `CfnStackSet` with the spoke template as an asset rather than the `cdk-stacksets` library: the spoke has no
 * assets of its own (no Lambda code: alarms, one rule, one queue, two roles), so all the library would add is the
 * template-as-asset step, which is a few lines here; it is a 0.0.x (experimental) package, one more dependency to pin
 * against aws-cdk-lib, and it hides the CfnStackSet properties (callAs, operation preferences, managed execution) that
 * an organization deployment needs to set.
 *
 * How: each spoke stack is synthesized in an App of its own (same feature flags as cdk.json, cdk-nag when the hub is
 * checked), into a directory inside the hub's cloud assembly; its template file becomes an S3 asset of the hub stack
 * and the stack set's TemplateURL. One stack set per spoke template: the spoke (alarms of the first model group,
 * forwarding rule, access role) and one per further model-alarm group (33 models each, the measured per-stack maximum).
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { App, Stack, Stage } from 'aws-cdk-lib';
import { CfnStackSet } from 'aws-cdk-lib/aws-cloudformation';
import type { IEventBus } from 'aws-cdk-lib/aws-events';
import { Asset } from 'aws-cdk-lib/aws-s3-assets';
import { Construct } from 'constructs';
import { hubStepRoleArnPattern, spokeStackSetName as stackSetNameOf } from '#workflow/organization.js';
import { REPO_ROOT } from '../config.js';
import type { OrganizationConfig, ResolvedDeployment } from '../config.js';
import { addNagChecks } from '../nag.js';
import { ModelAlarmsStack } from '../stacks/model-alarms-stack.js';
import { SPOKE_PARAMETERS, SpokeStack } from '../stacks/spoke-stack.js';

export interface SpokeStackSetsProps {
  deployment: ResolvedDeployment;
  organization: OrganizationConfig;
  /** The hub's organization event bus (the spokes forward to it). */
  eventBus: IEventBus;
  /** Run cdk-nag on the spoke templates (findings make the synth fail, as for the hub). @default false */
  nag?: boolean;
}

/** One synthesized spoke template and the stack set that deploys it. */
export interface SpokeTemplate {
  stackName: string;
  template: Record<string, unknown>;
  /** Size of the template file (bytes), the figure CloudFormation's 1 MB TemplateURL limit applies to. */
  bytes: number;
  stackSet: CfnStackSet;
}

const cdkJsonContext = (): Record<string, unknown> =>
  (JSON.parse(readFileSync(resolve(REPO_ROOT, 'cdk.json'), 'utf8')) as { context: Record<string, unknown> }).context;

/** The context keys that turn the CDK's stack traces in the construct metadata off (cx-api's names). */
const STACK_TRACE_CONTEXT = ['aws:cdk:disable-stack-trace', 'aws:cdk:disable-creation-stack-traces'];

/** The Region whose spoke instance creates the account's access role: the first configured one. */
export const roleRegionOf = (organization: OrganizationConfig): string => {
  const [first] = organization.spokes.regions;
  if (!first) throw new Error('organization/spokes/regions is empty (the schema requires one Region at least)');
  return first;
};

export const spokeStackSetName = (deployment: ResolvedDeployment, group: number): string => stackSetNameOf(deployment.stackNamePrefix, group);

export class SpokeStackSets extends Construct {
  public readonly templates: SpokeTemplate[] = [];
  /** The spoke App (its stacks are never deployed directly: only through the stack sets). */
  public readonly spokeApp: App;

  constructor(scope: Construct, id: string, props: SpokeStackSetsProps) {
    super(scope, id);
    const { deployment, organization } = props;
    const outdir = join(Stage.of(this)?.outdir ?? '.', `spoke.${id}`);
    // The CDK's built-in CloudFormation validation as the hub app has it (on by default; tests that only read
    // templates turn it off on the hub app, and it then costs nothing here either).
    const hubApp = Stage.of(this)?.node.root;
    const builtinCloudFormationValidation = hubApp instanceof App ? hubApp._builtinCloudFormationValidation : true;
    // The hub app's choice of construct stack traces in the metadata too (tests turn them off: they cost time, and only
    // go to the manifest).
    const stackTraces = Object.fromEntries(STACK_TRACE_CONTEXT.map((key) => [key, this.node.tryGetContext(key) as unknown]).filter(([, value]) => value !== undefined));
    // And its choice of writing the construct tree (tree.json, which tests skip: it is not part of a template).
    const treeMetadata = hubApp instanceof App ? hubApp._treeMetadata : true;
    this.spokeApp = new App({ outdir, analyticsReporting: false, builtinCloudFormationValidation, treeMetadata, context: { ...cdkJsonContext(), ...stackTraces } });
    const stacks: Stack[] = [];
    deployment.alarmStacks.forEach((models, index) => {
      if (index === 0) {
        stacks.push(new SpokeStack(this.spokeApp, spokeStackSetName(deployment, 1), {
          description: `Bedrock Ops Alert (${deployment.customerName}) spoke: alarms of ${models.length} model(s), forwarding to the hub, the hub's access role`,
          customerName: deployment.customerName,
          alarmNamePrefix: deployment.alarmNamePrefix,
          models,
        }));
      } else if (models.length > 0) {
        stacks.push(new ModelAlarmsStack(this.spokeApp, spokeStackSetName(deployment, index + 1), {
          description: `Bedrock Ops Alert (${deployment.customerName}) spoke: alarms of ${models.length} model(s)`,
          customerName: deployment.customerName,
          models,
        }));
      }
    });
    if (props.nag) addNagChecks(this.spokeApp);
    const assembly = this.spokeApp.synth();

    stacks.forEach((stack, index) => {
      const artifact = assembly.getStackByName(stack.stackName);
      const templateFile = artifact.templateFullPath;
      const asset = new Asset(this, `Template${index + 1}`, { path: templateFile });
      const isSpoke = stack instanceof SpokeStack;
      const stackSet = new CfnStackSet(this, `StackSet${index + 1}`, {
        stackSetName: stack.stackName,
        description: stack.templateOptions.description ?? `Bedrock Ops Alert (${deployment.customerName}) spoke`,
        permissionModel: 'SERVICE_MANAGED',
        callAs: organization.callAs,
        // Accounts that join an OU get the spoke; an account that leaves loses it (its alarms and role are deleted).
        autoDeployment: { enabled: true, retainStacksOnAccountRemoval: false },
        managedExecution: { Active: true },
        capabilities: isSpoke ? ['CAPABILITY_NAMED_IAM'] : [],
        operationPreferences: {
          regionConcurrencyType: 'PARALLEL',
          maxConcurrentPercentage: organization.spokes.maxConcurrentPercentage,
          failureTolerancePercentage: organization.spokes.failureTolerancePercentage,
        },
        templateUrl: asset.httpUrl,
        ...(isSpoke ? {
          parameters: [
            { parameterKey: SPOKE_PARAMETERS.hubEventBusArn, parameterValue: props.eventBus.eventBusArn },
            { parameterKey: SPOKE_PARAMETERS.hubAccount, parameterValue: organization.hubAccount },
            { parameterKey: SPOKE_PARAMETERS.hubStepRoleArnPattern, parameterValue: hubStepRoleArnPattern({ partition: Stack.of(this).partition, hubAccount: organization.hubAccount, customerName: deployment.customerName }) },
            { parameterKey: SPOKE_PARAMETERS.organizationId, parameterValue: organization.organizationId },
            { parameterKey: SPOKE_PARAMETERS.roleRegion, parameterValue: roleRegionOf(organization) },
          ],
        } : {}),
        stackInstancesGroup: [{
          deploymentTargets: { organizationalUnitIds: organization.spokes.organizationalUnits },
          regions: organization.spokes.regions,
        }],
      });
      this.templates.push({ stackName: stack.stackName, template: artifact.template as Record<string, unknown>, bytes: readFileSync(templateFile).byteLength, stackSet });
    });
  }
}
