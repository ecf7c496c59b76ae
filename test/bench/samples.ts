import { runSimulation, sampleScenarioFiles } from '#cli/simulate-command.js';
import type { BenchSection } from './section.js';

/** The bundled scenarios through the local engine (what `npm start` does), dynalite start included. */
export const samples: BenchSection = {
  id: 'samples',
  name: 'Local simulation of the bundled scenarios',
  async run() {
    const files = sampleScenarioFiles();
    const started = performance.now();
    const runs = await runSimulation(files);
    const seconds = (performance.now() - started) / 1000;
    const executions = runs.reduce((n, r) => n + r.results.length, 0);
    console.log(`  ${files.length} scenarios, ${executions} executions in ${seconds.toFixed(2)} s (${(executions / seconds).toFixed(1)} executions/s)`);
    return { sampleExecutions: executions, sampleSeconds: Math.round(seconds * 100) / 100 };
  },
};
