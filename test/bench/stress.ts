import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { PROJECT_ROOT } from '#local/project-root.js';
import type { BenchSection } from './section.js';
import { countDelivery, countStorm, runStorm, stormScenario, STORM_MODELS, TaskTape } from './storm.js';

// BENCH_STRESS_EVENTS / BENCH_MEMORY_EVENTS: smaller storms while working on the runtime (the figures use the defaults).
const EVENTS = Number(process.env.BENCH_STRESS_EVENTS ?? 1000);
const MEMORY_EVENTS = Number(process.env.BENCH_MEMORY_EVENTS ?? 2000);

/** The 2,000-event storm in a child process: its peak RSS is the storm's alone. */
const stormInChildProcess = async (events: number): Promise<{ seconds: number; peakRssMb: number; failed: number; duplicates: number }> => {
  const { stdout } = await promisify(execFile)(process.execPath, [join(PROJECT_ROOT, 'bin/run-ts.mjs'), join(PROJECT_ROOT, 'test/bench/storm-child.ts'), String(events)], { cwd: PROJECT_ROOT, maxBuffer: 1 << 20 });
  const last = stdout.trim().split('\n').pop() ?? '';
  return JSON.parse(last) as { seconds: number; peakRssMb: number; failed: number; duplicates: number };
};

/**
 * 1,000 alarm events over 20 models through the local engine (storm.ts), then the same events through the same
 * definition with every Task answering its recorded result at once (the engine's floor), then a 2,000-event storm in
 * a child process for its peak memory. The storm runs with the incident cool-down at its default (as deployed) and
 * once more with it off: e-mails and appends per model with and without, and transitions lost (0: every one is named
 * by some e-mail and some case communication of its model, counted from the simulated account).
 */
export const stress: BenchSection = {
  id: 'stress',
  name: `Stress: ${EVENTS} events over ${STORM_MODELS} models (local engine, in-process tables), its floor, and ${MEMORY_EVENTS} events for memory`,
  async run() {
    const { scenario, deliveries, transitions } = stormScenario(EVENTS);
    const tape = new TaskTape();
    const { run, seconds, cpuSeconds } = await runStorm(scenario, tape.record);
    const counts = countStorm(run);
    const delivered = countDelivery(run, transitions);
    const noCoolDown = stormScenario(EVENTS, 0);
    const withoutRun = await runStorm(noCoolDown.scenario);
    const without = { ...countStorm(withoutRun.run), ...countDelivery(withoutRun.run, noCoolDown.transitions) };
    const floor = await runStorm(scenario, tape.replay);
    const floorCounts = { failed: floor.run.results.filter((r) => r.execution.status !== 'SUCCEEDED').length };
    // 0: skip the memory storm (while iterating)
    const memory = MEMORY_EVENTS > 0 ? await stormInChildProcess(MEMORY_EVENTS) : { seconds: 0, peakRssMb: 0, failed: 0, duplicates: 0 };

    console.log(`  ${deliveries} deliveries (${EVENTS} events, every 10th twice) -> ${run.results.length} results in ${seconds.toFixed(2)} s (CPU ${cpuSeconds.toFixed(2)} s)`);
    console.log(`  ${(deliveries / seconds).toFixed(1)} events/s; failed executions ${counts.failed}`);
    console.log(`  cases created ${counts.casesCreated} (${STORM_MODELS} models x 2 categories at most), appends ${counts.appends}, e-mails ${counts.emails}`);
    console.log(`  duplicates: ${counts.duplicates} (cases ${counts.duplicateCases}, appends ${counts.duplicateAppends}, e-mails ${counts.duplicateEmails}); target 0`);
    console.log(`  per model: ${delivered.emailsPerModel} e-mails and ${delivered.appendsPerModel} appends with the incident cool-down (default), ${without.emailsPerModel} and ${without.appendsPerModel} without (notificationWindows.incidentCoolDownMinutes 0)`);
    console.log(`  lost transitions (named by no e-mail or no case communication of their model): ${delivered.lostTransitions} with the cool-down, ${without.lostTransitions} without; duplicates without it ${without.duplicates}, failed ${without.failed}; target 0`);
    console.log(`  floor (same events, same definition, every Task answering its recorded result at once): ${floor.seconds.toFixed(2)} s (CPU ${floor.cpuSeconds.toFixed(2)} s), failed ${floorCounts.failed}`);
    console.log(`  stress / floor: ${(seconds / floor.seconds).toFixed(2)} wall, ${(cpuSeconds / floor.cpuSeconds).toFixed(2)} CPU (target <= 2.5)`);
    console.log(`  ${MEMORY_EVENTS} events in a child process: ${memory.seconds.toFixed(2)} s, peak RSS ${memory.peakRssMb} MB, failed ${memory.failed}, duplicates ${memory.duplicates}`);
    return {
      stressEvents: deliveries, stressSeconds: Math.round(seconds * 100) / 100, floorSeconds: Math.round(floor.seconds * 100) / 100,
      stressCpuSeconds: Math.round(cpuSeconds * 100) / 100, floorCpuSeconds: Math.round(floor.cpuSeconds * 100) / 100,
      eventsPerSecond: Math.round((deliveries / seconds) * 10) / 10,
      stressFailed: counts.failed, casesCreated: counts.casesCreated, appends: counts.appends, emails: counts.emails, duplicates: counts.duplicates,
      stormEmailsPerModel: delivered.emailsPerModel, stormEmailsPerModelNoCooldown: without.emailsPerModel,
      stormAppendsPerModel: delivered.appendsPerModel, stormAppendsPerModelNoCooldown: without.appendsPerModel,
      stormLostTransitions: delivered.lostTransitions, stormLostTransitionsNoCooldown: without.lostTransitions, stormDuplicatesNoCooldown: without.duplicates,
      rssMb2000: memory.peakRssMb, stress2000Seconds: memory.seconds, stress2000Failed: memory.failed, stress2000Duplicates: memory.duplicates,
    };
  },
};
