/**
 * The CDK app's template tests, run as one Jest test file. Jest gives every test file a module registry of its own:
 * each would load aws-cdk-lib and the app's modules again and warm the JIT on a first synthesis again (~3 s of CPU a
 * file), and synthesize the example app again. Here the suites share one registry and one example app
 * (helpers.ts exampleStacks): measured, the five files took 37 s of CPU apart and 21.5 s together.
 *
 * Run one suite: `npx jest test/infra/app.test.ts -t 'CoreStack'` (its top-level describe). A new template suite:
 * a `*.suite.ts` imported below (a `*.test.ts` of its own works too, at the cost above). cdk-nag and the CloudFormation
 * validation stay in nag.test.ts (run by the other Jest worker meanwhile); the configuration tests, which load no CDK
 * module, in config.test.ts.
 */
import './core-stack.suite.js';
import './threshold-updater.suite.js';
import './model-alarms.suite.js';
import './models-per-stack.suite.js';
import './organization.suite.js';
