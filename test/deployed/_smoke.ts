import { join } from 'node:path';
import { synthesizeApp } from '../../src/local/deployed/synth.js';
import { readAssembly } from '../../src/local/deployed/assembly.js';
import { LocalLambdaService } from '../../src/local/deployed/containers.js';
import { PROJECT_ROOT } from '../../src/local/runtime.js';
const app = synthesizeApp();
const a = readAssembly(app.dir, app.coreTemplate, { account: '123456789012', region: 'us-east-1' });
const fn = a.functions.find((f) => f.logicalId.startsWith('StepsResolveChildAlarms'))!;
const svc = new LocalLambdaService({ functions: a.functions, region: 'us-east-1', nodeModules: join(PROJECT_ROOT, 'node_modules'), baseEnvironment: { AWS_ACCESS_KEY_ID: 'x', AWS_SECRET_ACCESS_KEY: 'y' }, verbose: true,
  onCall: async (f, m, inv) => { console.log('CALL', f.logicalId, m.type, m.call.service, m.call.operation, JSON.stringify(m.call.input).slice(0, 200), m.call.region, inv.now.toISOString()); 
    if (m.call.operation === 'GetParameter') return { ok: true, output: { Parameter: { Name: m.call.input.Name, Value: a.parameters[0]!.value, Type: 'String' } } };
    return { ok: false, error: { name: 'AccessDeniedException', message: 'User is not authorized', props: { $fault: 'client', $metadata: { httpStatusCode: 400 } } } }; } });
const t = Date.now(); console.log("synthMs", app.synthMs);
import { readFileSync } from 'node:fs';
const ev = JSON.parse(readFileSync('samples/events/metric-alarm-state-change.json', 'utf8'));
try { console.log(await svc.invoke(fn, { event: ev, execution: { id: 'x', name: 'n', startedAt: '2026-06-01T10:00:00Z' } }, new Date('2026-06-01T10:00:00Z'), 'n')); } catch (e) { console.log('ERR', (e as Error).name, (e as Error).message); }
console.log('ms', Date.now() - t);
await svc.close();
const svc2 = new LocalLambdaService({ functions: a.functions, region: 'us-east-1', nodeModules: join(PROJECT_ROOT, 'node_modules'), baseEnvironment: {}, onCall: async () => ({ ok: false, error: { name: 'X', message: 'x', props: {} } }) });
const t2 = Date.now();
await Promise.all(a.functions.slice(0, 6).map((f) => svc2.invoke(f, {}, new Date()).catch((e) => (e as Error).name)));
console.log('6 cold starts ms', Date.now() - t2);
await svc2.close();
