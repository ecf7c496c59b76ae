import { runDeployedFiles, formatDenials } from '../../src/local/deployed/run-files.js';
const t = Date.now();
const runs = await runDeployedFiles([process.argv[2]!]);
for (const r of runs) for (const x of r.results) console.log(JSON.stringify({ status: x.execution.status, err: x.execution.error, cause: x.execution.cause?.slice(0, 300), failed: x.execution.failedState, ca: x.caseAction.action, reason: x.caseAction.reason, email: x.notification.sent ? x.notification.subject : null, states: x.execution.states.length }));
console.log(formatDenials(runs));
console.log(JSON.stringify(runs[0]!.counters));
console.log('ms', Date.now() - t);
