/**
 * `ops-alert simulate --html FILE`: the HTML report of the runs. Loaded only when a report is asked for (simulate-command.ts):
 * the report brings its graph layout (dagre) and chart code, which a simulation alone never needs.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PROJECT_ROOT } from '#local/project-root.js';
import { reportScenario } from '#local/report/from-runs.js';
import { renderHtmlReport } from '#local/report/render.js';
import type { ScenarioRun } from '#local/simulate.js';
import { STATE_MACHINE_DEFINITION_PATH } from '#workflow/steps.js';

/** The HTML report of the runs: one row per incident, its details and charts built in the browser when opened. */
export const renderReport = (runs: ScenarioRun[]): string =>
  renderHtmlReport({ title: 'Bedrock Ops Alert - local simulation', generatedAt: new Date().toISOString(), definition: loadRawDefinition(), scenarios: runs.map(reportScenario) });

/** The definition as written (placeholders and all): the report draws its graph. */
const loadRawDefinition = (): unknown => JSON.parse(readFileSync(join(PROJECT_ROOT, STATE_MACHINE_DEFINITION_PATH), 'utf8'));
