/**
 * `ops-alert simulate --deployed`: scenario files run through the deployed artifact (deployed-run.ts), each with the
 * app synthesized for the scenario's customer from the configuration file (cached, synth.ts).
 */
import { loadScenarioFile } from '../scenario-file.js';
import { DeployedHost, runScenarioDeployed, type DeployedScenarioRun } from './deployed-run.js';
import { synthesizeApp } from './synth.js';

export const runDeployedFiles = async (files: string[], options: { configPath?: string; verbose?: boolean; redrive?: boolean } = {}): Promise<DeployedScenarioRun[]> => {
  const runs: DeployedScenarioRun[] = [];
  const host = await DeployedHost.start(options.verbose ? { verbose: true } : {});
  try {
    for (const file of files) {
      const { name, scenario } = loadScenarioFile(file);
      const app = await synthesizeApp({ customerName: scenario.customerName, ...(options.configPath ? { configPath: options.configPath } : {}) });
      try {
        runs.push(await runScenarioDeployed(name, scenario, { app, host, ...(options.redrive ? { redrive: true } : {}) }));
      } finally {
        app.dispose();
      }
    }
  } finally {
    await host.close();
  }
  return runs;
};

/** One line per denied call, and a total. */
export const formatDenials = (runs: DeployedScenarioRun[]): string => {
  const lines = runs.flatMap((run) => run.denials.map((d) => `DENIED ${run.name}: ${d.principalArn} ${d.action} on ${d.resource} (${d.service}.${d.operation}, ${d.result})`));
  const calls = runs.reduce((sum, run) => sum + Object.values(run.counters.awsCalls).reduce((a, b) => a + b, 0), 0);
  return `${lines.join('\n')}${lines.length > 0 ? '\n' : ''}deployed-artifact run: ${lines.length} denied call(s) of ${calls} AWS call(s) checked against the functions' roles\n`;
};
