/**
 * The CDK app's template tests, run as one Jest test file. Jest gives every test file a module registry of its own:
 * each would load aws-cdk-lib and the app's modules again and warm the JIT on a first synthesis again (~3 s of CPU a
 * file), and synthesize the example app again. Here the suites share one registry and one example app
 * (helpers.ts exampleStacks): measured, the five files took 37 s of CPU apart and 21.5 s together.
 *
 * Run one suite: `npx jest test/infra/app.test.ts -t 'CoreStack'` (its top-level describe). A new template suite:
 * a `*.suite.ts` imported below (a `*.test.ts` of its own works too, at the cost above). cdk-nag and the CloudFormation
 * validation (nag.suite.ts) are here too, on the same apps (helpers.ts sharedStacks: each distinct app built once, as
 * `cdk synth` builds it); the configuration tests, which load no CDK module, are in config.test.ts. The other tests read no CDK app (the synthesized app's side of step-definitions.test.ts and of
 * grants.test.ts is core-stack.suite.ts), so aws-cdk-lib loads in one Jest worker only (the deployed-artifact tier
 * reads an assembly synthesized once, normally by a background process: src/local/deployed/synth.ts).
 */
import './core-stack.suite.js';
import './threshold-updater.suite.js';
import './model-alarms.suite.js';
import './models-per-stack.suite.js';
import './organization.suite.js';
import './nag.suite.js';
