/** `ops-alert simulate`: replay scenarios through the real workflow on the local engine and show what it would do. */
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import cliProgress from 'cli-progress';
import type { CliIo, SimulateOptions } from './usage.js';
import { supportCaseUrl } from '#core/case-action.js';
import { n } from '#core/text-sections.js';
import { PROJECT_ROOT } from '#local/project-root.js';
import { accountStateOf, checkScenarioSettings, simulateScenario, withRetryErrors, type ScenarioRun, type SimulationResult } from '#local/simulate.js';
import { loadScenarioFile } from '#local/scenario-file.js';
import { logger } from '#lambda/logger.js';
import { formatTimeline } from '#operator/timeline-format.js';
import type { TimelineEvent } from '#core/timeline.js';
import type { SimulationOutput } from '#types/generated/simulation-output.js';

export const SAMPLES_DIR = join(PROJECT_ROOT, 'samples', 'scenarios');

/** Runs the scenarios and returns every run; the CLI prints them. Exported for tests. */
export const runSimulation = async (
  files: string[],
  onProgress?: (done: number, total: number) => void,
  options: { redrive?: boolean } = {},
): Promise<ScenarioRun[]> => {
  // Every file is read and checked before anything runs: one clear error rather than executions failing on it.
  const loaded = files.map((file) => {
    const found = loadScenarioFile(file);
    checkScenarioSettings(file, found.scenario);
    return found;
  });
  // The idempotency and ledger tables in process (src/local/local-tables.ts): a fresh pair per scenario.
  const runs: ScenarioRun[] = [];
  for (const { name, scenario } of loaded) {
    runs.push(await simulateScenario(name, scenario, { ...(onProgress ? { onExecution: onProgress } : {}), ...(options.redrive ? { redrive: true } : {}) }));
  }
  return runs;
};

export const sampleScenarioFiles = (): string[] =>
  readdirSync(SAMPLES_DIR).filter((f) => f.endsWith('.json')).sort().map((f) => join(SAMPLES_DIR, f));

/**
 * `ops-alert simulate` once its options are parsed (program.ts defines them): runs the scenarios, prints the runs (or
 * one JSON object), writes the report; resolves to the exit status (1 when an execution failed unexpectedly).
 */
export const simulateAction = async (options: SimulateOptions, io: Required<CliIo>): Promise<number> => {
  const { stdout, stderr } = io;
  const files = [...(options.scenario ?? []).map((f) => resolve(f)), ...(options.samples ? sampleScenarioFiles() : [])];
  logger.setLogLevel(options.verbose ? 'DEBUG' : 'SILENT');
  const bar = new cliProgress.SingleBar({ stream: stderr, format: 'simulating [{bar}] {value}/{total} executions', hideCursor: true }, cliProgress.Presets.shades_classic);
  let barStarted = false;
  // Progress only for a person watching: never in a pipe, a file or CI logs.
  const showProgress = Boolean(stderr.isTTY);
  // Loaded only here: it needs the CDK and the IAM evaluator (devDependencies).
  const deployed = options.deployed ? await import('#local/deployed/run-files.js') : undefined;
  const deployedRuns = deployed ? await deployed.runDeployedFiles(files, { ...(options.config ? { configPath: resolve(options.config) } : {}), ...(options.verbose ? { verbose: true } : {}), ...(options.redrive ? { redrive: true } : {}) }) : undefined;
  const runs = deployedRuns ?? await runSimulation(files, (done, total) => {
    if (!showProgress || total < 10) return;
    if (!barStarted) {
      bar.start(total, 0);
      barStarted = true;
    }
    bar.setTotal(total);
    bar.update(done);
  }, { redrive: Boolean(options.redrive) });
  if (barStarted) bar.stop();
  if (deployed && deployedRuns) (options.json ? stderr : stdout).write(deployed.formatDenials(deployedRuns));
  const results = runs.flatMap((r) => r.results);
  if (options.json) {
    const unchangedEvents = runs.flatMap((r) => r.unchanged);
    const output: SimulationOutput = { results, account: accountStateOf(runs), ...(unchangedEvents.length > 0 ? { unchangedEvents } : {}) };
    stdout.write(`${JSON.stringify(output, null, 2)}\n`);
  } else {
    for (const run of runs) stdout.write(formatRun(run));
    stdout.write(summaryLine(results, runs.reduce((sum, r) => sum + r.unchanged.length, 0)));
  }
  if (options.html) {
    // Loaded only here: the report brings its graph layout and chart code (html-report.ts).
    const { renderReport } = await import('./html-report.js');
    const path = resolve(options.html);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, renderReport(runs));
    stderr.write(`HTML report: ${path}\n`);
  }
  const unexpected = unexpectedFailures(runs);
  if (unexpected.length === 0) return 0;
  stderr.write(
    `error: ${unexpected.map((u) => `${u.failed} execution(s) of scenario ${u.scenario} failed`).join('; ')}.\n` +
      '  See each execution\'s error above (or in --json); set "expectFailedExecutions": true in a scenario whose failures are intended.\n',
  );
  return 1;
};

/** Scenarios with failed executions they did not expect (`expectFailedExecutions`): `simulate` then exits 1. */
export const unexpectedFailures = (runs: ScenarioRun[]): { scenario: string; failed: number }[] =>
  runs
    .filter((run) => !run.scenario.expectFailedExecutions)
    .map((run) => ({ scenario: run.name, failed: run.results.filter((r) => r.execution.status !== 'SUCCEEDED').length }))
    .filter((u) => u.failed > 0);

/**
 * The text of one scenario, in the scenario's clock: per event its execution (timeline, decision, case, e-mail);
 * the other executions of the same incident that did nothing more (a composite's event, a duplicate delivery) are
 * folded into one line under it; an event that changed no alarm state says so.
 */
export const formatRun = (run: ScenarioRun): string => {
  const lines = [`\n=== Scenario ${run.name}${run.scenario.description ? `: ${run.scenario.description}` : ''} ===`];
  // Events that changed no alarm state come in their scenario order, before the executions of later events.
  const unchanged = [...run.unchanged].sort((a, b) => a.index - b.index);
  const sayUnchanged = (beforeIndex: number): void => {
    while (unchanged.length > 0 && (unchanged[0]?.index ?? 0) < beforeIndex) {
      const u = unchanged.shift();
      if (u) lines.push('', `--- ${u.label} (at ${u.at})`, `no execution: ${u.reason}`);
    }
  };
  const notMatched = (r: SimulationResult | undefined): boolean => r?.caseAction.reason === 'not_matched';
  // An event the alarm rule does not deliver (the composite's, an OK transition) belongs to the incident its
  // scenario event started, if one did.
  const incidentOf = (i: number): string => {
    const r = run.results[i];
    const started = notMatched(r) ? run.results.findIndex((o) => o.event.index === r?.event.index && !notMatched(o)) : i;
    const at = started >= 0 ? started : i;
    return run.states[at]?.classification?.incidentKey ?? `execution:${run.results[at]?.execution.name ?? at}`;
  };
  const foldable = (r: SimulationResult): boolean =>
    r.execution.status === 'SUCCEEDED' && !r.notification.sent && (r.caseAction.action === 'suppressed' || r.caseAction.reason === 'duplicate_delivery' || notMatched(r));
  // Each incident's block is the execution that acted (else its first); the others that did nothing fold under it.
  const lead = new Map<string, number>();
  run.results.forEach((r, i) => {
    const key = incidentOf(i);
    const current = lead.get(key);
    if (current === undefined || (foldable(run.results[current] as SimulationResult) && !foldable(r))) lead.set(key, i);
  });
  const folded = new Set<number>();
  run.results.forEach((r, i) => {
    if (folded.has(i) || (foldable(r) && lead.get(incidentOf(i)) !== i)) return;
    sayUnchanged(r.event.index);
    lines.push('', `--- ${r.event.label} (at ${r.event.at})`);
    lines.push(`execution ${r.execution.name}: ${r.execution.status}${r.execution.redriveCount ? ` after ${r.execution.redriveCount} redrive(s)` : ''}${r.execution.reason ? ` (${r.execution.reason})` : ''}`);
    const timeline = inScenarioClock(withRetryErrors((run.records[i]?.timeline ?? []) as TimelineEvent[]), r.event.at);
    if (timeline.length > 0) lines.push(indent(formatTimeline(timeline)));
    if (r.execution.error) lines.push(`error: ${r.execution.error}: ${r.execution.cause ?? ''}`);
    if (r.decision) {
      lines.push(`decision: ${r.decision.severity} ${r.decision.scenario} -> ${r.decision.caseType} (route ${r.decision.route ?? '?'})`);
      if (r.decision.rationale) lines.push(`  ${r.decision.rationale}`);
      for (const q of r.decision.quotaIncreases) lines.push(`  ${q.quota}: ${n(q.current)} -> ${n(q.requested)}${q.asReference ? ' (reference only)' : ''}`);
    }
    const c = r.caseAction;
    lines.push(`case: ${c.action}${c.reason ? ` (${c.reason})` : ''}${c.displayId ? ` case ${c.displayId}` : ''}${c.subject ? ` "${c.subject}"` : ''}${c.via ? ` via ${c.via}` : ''}`);
    for (const q of (c.quotaRequests ?? []) as { quota?: string; requestId?: string; caseDisplayId?: string }[]) {
      lines.push(`  ${q.quota ?? '?'} request ${q.requestId ?? '?'}: ${q.caseDisplayId ? `case ${q.caseDisplayId} ${supportCaseUrl(q.caseDisplayId)}` : 'no case opened yet'}`);
    }
    if (r.notification.sent) {
      lines.push(`email: ${r.notification.subject} -> ${(r.notification.recipients ?? []).join(', ') || 'no subscriber matches its filter'}`);
      lines.push(indent(r.notification.body ?? '', '    | '));
    } else lines.push('email: none');
    // The rest of the same incident that did nothing more: one line each.
    const incident = incidentOf(i);
    run.results.forEach((other, j) => {
      if (j === i || folded.has(j) || incidentOf(j) !== incident || !foldable(other)) return;
      folded.add(j);
      const why = other.caseAction.reason === 'duplicate_delivery'
        ? 'duplicate delivery, no second execution'
        : notMatched(other) ? 'the alarm rule does not match this event, nothing started' : `execution ${other.execution.status.toLowerCase()}, ${other.caseAction.reason ?? other.caseAction.action}`;
      lines.push(`  + same incident: ${other.event.label} (at ${other.event.at}): ${why}; no case action, no e-mail`);
    });
  });
  sayUnchanged(Number.POSITIVE_INFINITY);
  return `${lines.join('\n')}\n`;
};

/**
 * The timeline in the scenario's clock: the local engine stamps events with the wall clock, so each is moved by the
 * same amount to start at the event's time (durations and order are kept).
 */
const inScenarioClock = (timeline: TimelineEvent[], at: string): TimelineEvent[] => {
  const first = Date.parse(timeline[0]?.timestamp ?? '');
  const start = Date.parse(at);
  if (Number.isNaN(first) || Number.isNaN(start)) return timeline;
  return timeline.map((e) => ({ ...e, timestamp: new Date(Date.parse(e.timestamp) - first + start).toISOString() }));
};

const indent = (text: string, prefix = '  '): string => text.split('\n').map((l) => `${prefix}${l}`).join('\n');

const summaryLine = (all: SimulationResult[], unchanged = 0): string => {
  // Events the alarm rule does not deliver (composites, OK transitions) started nothing: counted apart.
  const results = all.filter((r) => r.caseAction.reason !== 'not_matched');
  const notMatched = all.length - results.length;
  const count = (pred: (r: SimulationResult) => boolean): number => results.filter(pred).length;
  return `\n${results.length} executions: ${count((r) => r.execution.status === 'SUCCEEDED')} succeeded, ${count((r) => r.execution.status === 'FAILED')} failed; ` +
    `cases created ${count((r) => r.caseAction.action === 'created')}, appended ${count((r) => r.caseAction.action === 'appended')}, ` +
    `duplicates suppressed ${count((r) => r.caseAction.action === 'suppressed' || r.caseAction.reason === 'duplicate_delivery')}; e-mails ${count((r) => r.notification.sent)}` +
    `${notMatched > 0 ? `; ${notMatched} event(s) not matched by the alarm rule (composite alarms, OK transitions), so nothing started` : ''}` +
    `${unchanged > 0 ? `; ${unchanged} event(s) changed no alarm state, so no execution ran (see "no execution" above)` : ''}\n`;
};
