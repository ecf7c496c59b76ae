import { loadScenarioFile, simulateScenario } from '../../src/local/simulate.js';
import { startLocalDynamoDb } from '../../src/local/local-dynamodb.js';
import { DeployedHost, runScenarioDeployed } from '../../src/local/deployed/deployed-run.js';
import { synthesizeApp } from '../../src/local/deployed/synth.js';
const app = synthesizeApp();
const dynamo = await startLocalDynamoDb();
const h = await DeployedHost.start();
for (const file of process.argv.slice(2)) {
  const { name, scenario } = loadScenarioFile(file);
  const t = Date.now();
  const run = await runScenarioDeployed(name, scenario, { app, host: h, mutate: (a) => { for (const f of a.functions) f.policies.push({ name: 'extra', document: { Statement: [{ Effect: 'Allow', Action: ['cloudwatch:DescribeAlarms', 'kms:GenerateDataKey', 'kms:GenerateDataKey*', 'kms:Decrypt', 'servicequotas:*', 'support:*', 'dynamodb:*'], Resource: '*' }] } }); } });
  const ms = Date.now() - t;
  for (const st of run.states) console.log('USAGE', JSON.stringify((st as { facts?: { usage?: unknown } } | undefined)?.facts?.usage)?.slice(0, 600));
  const src = await simulateScenario(name, scenario, { dynamo });
  run.results.forEach((x, i) => {
    const s = src.results[i]!;
    if (process.env.DIFF) { const a = JSON.stringify({ d: x.decision, c: x.caseAction, n: x.notification }, null, 1).split('\n'); const b = JSON.stringify({ d: s.decision, c: s.caseAction, n: s.notification }, null, 1).split('\n'); a.forEach((l, k) => { if (l !== b[k]) console.log('  DEP', k, l.slice(0, 200), '\n  SRC', k, (b[k] ?? '').slice(0, 200)); }); }
    console.log(name, i, JSON.stringify({ status: [x.execution.status, s.execution.status], err: x.execution.error, cause: x.execution.cause?.slice(0, 250), failed: x.execution.failedState, ca: [x.caseAction.action, s.caseAction.action], email: [x.notification.sent && x.notification.subject, s.notification.sent && s.notification.subject], same: JSON.stringify([x.decision, x.caseAction, x.notification]) === JSON.stringify([s.decision, s.caseAction, s.notification]) }));
  });
  const A = run.account.emails.map((e) => e.body).join('\n====\n'); const B = src.account.emails.map((e) => e.body).join('\n====\n');
  let k = 0; while (k < A.length && A[k] === B[k]) k++;
  if (k < Math.max(A.length, B.length)) console.log('EMAILDIFF at', k, '\nDEP:', JSON.stringify(A.slice(k - 150, k + 200)), '\nSRC:', JSON.stringify(B.slice(k - 150, k + 200)));
  for (const d of run.denials) console.log('DENIED', d.principalArn.split('/').pop(), d.action, d.resource);
  console.log(name, 'ms', ms, JSON.stringify(run.counters));
}
await dynamo.close(); await h.close();
