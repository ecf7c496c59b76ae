/**
 * The HTML report of a local simulation: per execution, the state graph with the path it took, the decision, the
 * case action, the e-mail, and the model's usage against quota and threshold. One self-contained file (Chart.js
 * inlined, no external URL) so it opens offline and can be attached to a ticket. Apart from reading the Chart.js
 * bundle once (chartjs-asset.ts), rendering is a pure function of its input: the caller passes the time.
 */
import { supportCaseUrl } from '../../core/case-action.js';
import { chartJsUmdSource } from './chartjs-asset.js';
import { layoutStateGraph, renderGraphSvg } from './graph-svg.js';
import { escapeHtml, jsonForScript, scriptSafe } from './html.js';
import { stateGraph, traceExecution } from './state-graph.js';
import { usageChartConfig, COLOURS } from './usage-chart.js';
import type { GraphLayout } from './graph-svg.js';
import type { UsageMetric } from './usage-chart.js';

export { stateGraph, traceExecution } from './state-graph.js';
export type { StateGraph, StateNode, StateEdge, StateGroup, EdgeKind, ExecutionTrace } from './state-graph.js';
export { layoutStateGraph, renderGraphSvg } from './graph-svg.js';

export interface ReportUsage {
  model: string;
  /** hourly peaks over the usage window, epoch ms */
  hourly: { t: number; peakRpm: number; peakTpm: number }[];
  rpmQuota?: number;
  tpmQuota?: number;
  rpmThreshold?: number;
  tpmThreshold?: number;
}

export interface ReportExecution {
  /** scenario name */
  scenario: string;
  /** e.g. "event 1 — Throttles on G-Opus-4-6 at 2026-06-01T10:00:00Z" */
  label: string;
  executionName: string;
  /** SUCCEEDED | FAILED | ... */
  status: string;
  /** state names in the order they were entered (may repeat, e.g. a poll loop) */
  path: string[];
  /** the state where it failed, if any */
  failedState?: string;
  decision: {
    severity: string;
    scenario: string | null;
    caseType: string | null;
    quotaIncreases: { quota: string; current: number; requested: number; asReference: boolean }[];
  } | null;
  caseAction: {
    action: string; caseId?: string | null; displayId?: string | null; reason?: string;
    /** Every case the incident touched: Service Quotas may open one case per quota request. */
    cases?: { displayId: string; quota?: string }[];
  };
  notification: { sent: boolean; subject?: string; body?: string };
  usage?: ReportUsage;
}

export interface ReportInput {
  title: string;
  generatedAt: string;
  /** the ASL JSON object */
  definition: unknown;
  executions: ReportExecution[];
}

export interface RenderOptions {
  /**
   * The Chart.js UMD bundle to inline.
   * @default the installed chart.js package's dist/chart.umd.min.js
   */
  chartJsSource?: string;
}

const numberFormat = new Intl.NumberFormat('en-US');
const fmt = (n: number): string => numberFormat.format(n);
const percent = (part: number, whole: number): string => `${(Math.round((part / whole) * 1000) / 10).toFixed(1)} %`;

const sectionId = (index: number): string => `ex-${index + 1}`;

const statusBadge = (status: string): string => {
  const tone = status === 'SUCCEEDED' ? 'ok' : status === 'FAILED' || status === 'TIMED_OUT' || status === 'ABORTED' ? 'bad' : 'neutral';
  return `<span class="badge ${tone}">${escapeHtml(status)}</span>`;
};

const decisionSummary = (decision: ReportExecution['decision']): string =>
  decision === null
    ? 'no decision'
    : [decision.severity, decision.scenario ?? 'no scenario', decision.caseType ?? 'no case'].join(' · ');

/** The display ids of every case of the action: its own and those of its quota requests, once each. */
const allCases = (caseAction: ReportExecution['caseAction']): string[] =>
  [...new Set([...(caseAction.displayId ? [caseAction.displayId] : []), ...(caseAction.cases ?? []).map((c) => c.displayId)])];

const caseActionSummary = (caseAction: ReportExecution['caseAction']): string => {
  const cases = allCases(caseAction);
  const reference = cases.length > 0 ? cases.join(', ') : caseAction.caseId;
  return reference ? `${caseAction.action} (${reference})` : caseAction.action;
};

/** The case and its Support console link, as text: the report refers to nothing outside itself. */
const caseLinkHtml = (displayId: string): string =>
  `${escapeHtml(displayId)} <code class="muted">${escapeHtml(supportCaseUrl(displayId))}</code>`;

const dash = '<span class="muted">—</span>';
const textOrDash = (value: string | null | undefined): string => (value === null || value === undefined || value === '' ? dash : escapeHtml(value));

const decisionTable = (decision: ReportExecution['decision']): string => {
  if (decision === null) return '<p class="muted">No decision: the execution ended before the scenario was decided.</p>';
  const increases =
    decision.quotaIncreases.length === 0
      ? dash
      : `<ul class="plain">${decision.quotaIncreases
          .map(
            (q) =>
              `<li>${escapeHtml(q.quota)}: ${fmt(q.current)} → ${fmt(q.requested)}${q.asReference ? ' <span class="muted">(reference)</span>' : ''}</li>`,
          )
          .join('')}</ul>`;
  return (
    '<table class="kv">' +
    `<tr><th>Severity</th><td><span class="sev sev-${escapeHtml(decision.severity.toLowerCase())}">${escapeHtml(decision.severity)}</span></td></tr>` +
    `<tr><th>Scenario</th><td>${textOrDash(decision.scenario)}</td></tr>` +
    `<tr><th>Case type</th><td>${textOrDash(decision.caseType)}</td></tr>` +
    `<tr><th>Quota increases</th><td>${increases}</td></tr>` +
    '</table>'
  );
};

const caseActionTable = (caseAction: ReportExecution['caseAction']): string =>
  '<table class="kv">' +
  `<tr><th>Action</th><td>${escapeHtml(caseAction.action)}</td></tr>` +
  (caseAction.displayId || caseAction.caseId
    ? `<tr><th>Case</th><td>${caseAction.displayId ? caseLinkHtml(caseAction.displayId) : dash}${caseAction.caseId ? ` <span class="muted">${escapeHtml(caseAction.caseId)}</span>` : ''}</td></tr>`
    : '') +
  ((caseAction.cases ?? []).length > 0
    ? `<tr><th>Quota request cases</th><td><ul class="plain">${(caseAction.cases ?? [])
        .map((c) => `<li>${c.quota ? `${escapeHtml(c.quota)}: ` : ''}case ${caseLinkHtml(c.displayId)}</li>`)
        .join('')}</ul></td></tr>`
    : '') +
  (caseAction.reason ? `<tr><th>Reason</th><td>${escapeHtml(caseAction.reason)}</td></tr>` : '') +
  '</table>';

const notificationBlock = (notification: ReportExecution['notification']): string => {
  if (!notification.sent) return '<p class="muted">No e-mail was sent.</p>';
  return (
    `<p class="subject"><span class="muted">Subject:</span> ${textOrDash(notification.subject)}</p>` +
    `<pre class="email">${notification.body === undefined ? '' : escapeHtml(notification.body)}</pre>`
  );
};

const pathText = (execution: ReportExecution): string => {
  if (execution.path.length === 0) return '<p class="muted">No state was entered.</p>';
  const steps = execution.path.map((name, i) => {
    const failed = name === execution.failedState && i === execution.path.lastIndexOf(name);
    return failed ? `<span class="path-failed">${escapeHtml(name)}</span>` : escapeHtml(name);
  });
  return `<p class="path">${steps.join(' <span class="muted">→</span> ')}</p>`;
};

const usageBlock = (usage: ReportUsage, index: number, charts: { id: string; config: unknown }[]): string => {
  const row = (metric: UsageMetric): string => {
    const unit = metric === 'rpm' ? 'RPM' : 'TPM';
    const peaks = usage.hourly.map((h) => (metric === 'rpm' ? h.peakRpm : h.peakTpm));
    const peak = peaks.length > 0 ? Math.max(...peaks) : undefined;
    const quota = metric === 'rpm' ? usage.rpmQuota : usage.tpmQuota;
    const threshold = metric === 'rpm' ? usage.rpmThreshold : usage.tpmThreshold;
    return (
      `<tr><th>${unit}</th><td>${peak === undefined ? dash : fmt(peak)}</td>` +
      `<td>${quota === undefined ? '<span class="muted">no quota</span>' : fmt(quota)}</td>` +
      `<td>${threshold === undefined ? dash : fmt(threshold)}</td>` +
      `<td>${peak !== undefined && quota ? percent(peak, quota) : dash}</td></tr>`
    );
  };
  const canvases = (['rpm', 'tpm'] as const).map((metric) => {
    const id = `chart-${index + 1}-${metric}`;
    charts.push({ id, config: usageChartConfig(usage, metric) });
    return `<div class="chart"><canvas data-chart="${id}" aria-label="${metric.toUpperCase()} usage chart" role="img"></canvas></div>`;
  });
  return (
    `<h3>Usage of ${escapeHtml(usage.model)}</h3>` +
    '<table class="grid usage"><thead><tr><th></th><th>Highest hourly peak</th><th>Quota</th><th>Alarm threshold</th><th>Peak of quota</th></tr></thead>' +
    `<tbody>${row('rpm')}${row('tpm')}</tbody></table>` +
    (usage.hourly.length === 0 ? '<p class="muted">No usage data points in the window.</p>' : `<div class="charts">${canvases.join('')}</div>`)
  );
};

const executionSection = (
  execution: ReportExecution,
  index: number,
  layout: GraphLayout,
  charts: { id: string; config: unknown }[],
): string => {
  const trace = traceExecution(layout.graph, execution);
  const unknown =
    trace.unknownStates.length > 0
      ? `<p class="warning">Not states of this definition: ${[...new Set(trace.unknownStates)].map(escapeHtml).join(', ')}</p>`
      : '';
  return (
    `<section class="execution" id="${sectionId(index)}">` +
    `<h2><span class="index">${index + 1}.</span> ${escapeHtml(execution.label)} ${statusBadge(execution.status)}</h2>` +
    `<p class="meta">Scenario <strong>${escapeHtml(execution.scenario)}</strong> · execution <code>${escapeHtml(execution.executionName)}</code>` +
    (execution.failedState ? ` · failed in <strong class="path-failed">${escapeHtml(execution.failedState)}</strong>` : '') +
    ' · <a href="#summary">back to summary</a></p>' +
    '<div class="columns"><div>' +
    `<h3>Decision</h3>${decisionTable(execution.decision)}` +
    `<h3>Case action</h3>${caseActionTable(execution.caseAction)}` +
    `</div><div><h3>E-mail</h3>${notificationBlock(execution.notification)}</div></div>` +
    // Full width: a real workflow's graph is wide, and a narrow column would shrink its names out of legibility.
    `<h3>Path through the state graph</h3>${pathText(execution)}${unknown}` +
    `<div class="graph-frame">${renderGraphSvg(layout, trace, `Path of ${execution.executionName}`)}</div>` +
    (execution.usage ? usageBlock(execution.usage, index, charts) : '') +
    '</section>'
  );
};

const summaryTable = (executions: ReportExecution[]): string =>
  '<table class="grid summary"><thead><tr><th>#</th><th>Scenario</th><th>Event</th><th>Status</th><th>Decision</th><th>Case action</th></tr></thead><tbody>' +
  executions
    .map(
      (e, i) =>
        `<tr><td>${i + 1}</td><td>${escapeHtml(e.scenario)}</td><td><a href="#${sectionId(i)}">${escapeHtml(e.label)}</a></td>` +
        `<td>${statusBadge(e.status)}</td><td>${escapeHtml(decisionSummary(e.decision))}</td><td>${escapeHtml(caseActionSummary(e.caseAction))}</td></tr>`,
    )
    .join('') +
  '</tbody></table>';

const STYLE = `
:root { color-scheme: light; --ok: #2e7d32; --ok-bg: #e3f4e5; --bad: #c62828; --bad-bg: #fde4e2; --muted: #6b7280; --line: #d8dce2; }
* { box-sizing: border-box; }
body { margin: 0; padding: 24px 32px 48px; font: 14px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, Helvetica, Arial, sans-serif; color: #1f2328; background: #f6f7f9; }
h1 { font-size: 22px; margin: 0 0 4px; }
h2 { font-size: 17px; margin: 0 0 6px; display: flex; gap: 8px; align-items: baseline; flex-wrap: wrap; }
h3 { font-size: 13px; text-transform: uppercase; letter-spacing: .04em; color: var(--muted); margin: 18px 0 6px; }
a { color: #0b5cad; }
code { font: 12px ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; }
.muted, .meta { color: var(--muted); }
.meta strong { color: #1f2328; }
.index { color: var(--muted); }
.counts { margin: 4px 0 16px; color: var(--muted); }
table { border-collapse: collapse; }
table.grid { width: 100%; background: #fff; border: 1px solid var(--line); }
table.grid th, table.grid td { text-align: left; padding: 6px 10px; border-bottom: 1px solid var(--line); vertical-align: top; }
table.grid thead th { background: #eef0f3; font-weight: 600; }
table.usage { width: auto; }
table.kv th { text-align: left; font-weight: 600; padding: 3px 14px 3px 0; vertical-align: top; white-space: nowrap; }
table.kv td { padding: 3px 0; }
ul.plain { margin: 0; padding: 0; list-style: none; }
.badge { display: inline-block; font-size: 11px; font-weight: 700; letter-spacing: .03em; padding: 1px 8px; border-radius: 10px; border: 1px solid; }
.badge.ok { color: var(--ok); background: var(--ok-bg); }
.badge.bad { color: var(--bad); background: var(--bad-bg); }
.badge.neutral { color: #555; background: #eee; }
.sev { font-weight: 700; }
.sev-critical { color: var(--bad); }
.sev-warning { color: #b45309; }
section.execution { background: #fff; border: 1px solid var(--line); border-radius: 8px; padding: 16px 20px; margin: 20px 0; }
.columns { display: grid; grid-template-columns: minmax(280px, 1fr) minmax(280px, 1.4fr); gap: 28px; align-items: start; }
.columns > div { min-width: 0; }
@media (max-width: 900px) { .columns { grid-template-columns: 1fr; } }
pre.email { white-space: pre-wrap; word-break: break-word; background: #f6f8fa; border: 1px solid var(--line); border-radius: 6px; padding: 10px 12px; font: 12px/1.5 ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; max-height: 420px; overflow: auto; }
.subject { margin: 0 0 6px; font-weight: 600; }
.path { font-size: 12px; line-height: 1.7; margin: 0 0 8px; }
.path-failed { color: var(--bad); font-weight: 700; }
.warning { color: #b45309; }
.graph-frame { overflow: auto; border: 1px solid var(--line); border-radius: 6px; background: #fcfcfd; padding: 6px; text-align: center; }
svg.graph { height: auto; font-family: system-ui, -apple-system, "Segoe UI", Roboto, Helvetica, Arial, sans-serif; }
.legend { font-size: 12px; color: var(--muted); display: flex; gap: 14px; flex-wrap: wrap; margin: 6px 0 0; }
.swatch { display: inline-block; width: 12px; height: 12px; border-radius: 3px; vertical-align: -2px; margin-right: 4px; border: 1.5px solid; }
.swatch.visited { background: var(--ok-bg); border-color: var(--ok); }
.swatch.failed { background: var(--bad-bg); border-color: var(--bad); }
.swatch.unvisited { background: #f2f3f5; border-color: #b8bcc4; }
.graph .group rect { fill: #f4f6fa; stroke: #c9ced8; stroke-dasharray: 4 3; }
.graph .group text { font-size: 10px; fill: var(--muted); }
.graph .node rect, .graph .node circle { fill: #fff; stroke: #8a919c; stroke-width: 1.2; }
.graph .node text { text-anchor: middle; }
.graph .node .name { font-size: 13px; font-weight: 600; fill: #1f2328; }
.graph .node .type { font-size: 11px; fill: var(--muted); }
.graph .node g.count rect { fill: var(--ok); stroke: #fff; stroke-width: 1.5; }
.graph .node .count text { font-size: 10.5px; font-weight: 700; fill: #fff; }
.graph .t-start rect, .graph .t-end rect { fill: #eef0f3; }
.graph .t-join circle { fill: #8a919c; }
.graph .node.visited rect { fill: var(--ok-bg); stroke: var(--ok); stroke-width: 2; }
.graph .node.visited circle { fill: var(--ok); stroke: var(--ok); }
.graph .node.failed rect { fill: var(--bad-bg); stroke: var(--bad); stroke-width: 2.5; }
.graph .node.failed .name { fill: var(--bad); }
.graph .node.unvisited rect { fill: #f2f3f5; stroke: #c3c7ce; }
.graph .node.unvisited circle { fill: #c3c7ce; stroke: #c3c7ce; }
.graph .node.unvisited .name, .graph .node.unvisited .type { fill: #9aa0a8; }
.graph .edge path { fill: none; stroke: #9aa0a8; stroke-width: 1.3; marker-end: url(#arrow); }
.graph .edge.k-catch path { stroke-dasharray: 5 4; }
.graph .edge.not-taken path { stroke: #cdd1d7; marker-end: url(#arrow-faint); }
.graph .edge.taken path { stroke: var(--ok); stroke-width: 2.6; marker-end: url(#arrow-taken); }
.graph .edge text { font-size: 10.5px; text-anchor: middle; fill: #4b5563; }
.graph .edge.not-taken text { fill: #a3a8b0; }
.graph .edge.taken text { fill: var(--ok); font-weight: 600; }
.graph .edge-label-bg { fill: #fcfcfd; opacity: .9; }
.charts { display: grid; grid-template-columns: repeat(auto-fit, minmax(380px, 1fr)); gap: 16px; margin-top: 10px; }
.chart { position: relative; height: 280px; }
footer { color: var(--muted); font-size: 12px; margin-top: 24px; }
`;

// Arrowheads are defined once for the whole document; every graph's edges refer to them by id.
const MARKERS =
  '<svg width="0" height="0" style="position:absolute" aria-hidden="true"><defs>' +
  [
    ['arrow', '#9aa0a8'],
    ['arrow-faint', '#cdd1d7'],
    ['arrow-taken', '#2e7d32'],
  ]
    .map(
      ([id, colour]) =>
        `<marker id="${id}" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" markerUnits="userSpaceOnUse" orient="auto-start-reverse"><path d="M0 0 L10 5 L0 10 z" fill="${colour}"/></marker>`,
    )
    .join('') +
  '</defs></svg>';

// Runs in the browser: builds every chart from its JSON block, so the configuration stays generated (and tested) here.
const CHART_BOOT = `(function () {
  if (typeof Chart === 'undefined') return;
  document.querySelectorAll('canvas[data-chart]').forEach(function (canvas) {
    var config = document.getElementById(canvas.getAttribute('data-chart'));
    if (config) new Chart(canvas, JSON.parse(config.textContent));
  });
})();`;

export const renderHtmlReport = (input: ReportInput, options: RenderOptions = {}): string => {
  // One layout for the whole report: each execution only changes the highlight classes.
  const layout = layoutStateGraph(stateGraph(input.definition));
  const charts: { id: string; config: unknown }[] = [];
  const sections = input.executions.map((execution, index) => executionSection(execution, index, layout, charts));
  const counts = new Map<string, number>();
  for (const e of input.executions) counts.set(e.status, (counts.get(e.status) ?? 0) + 1);
  const countText = [...counts].map(([status, n]) => `${n} ${status.toLowerCase()}`).join(', ');

  const chartScripts =
    charts.length === 0
      ? ''
      : charts.map((c) => `<script type="application/json" id="${c.id}">${jsonForScript(c.config)}</script>`).join('\n') +
        `\n<script>${scriptSafe(options.chartJsSource ?? chartJsUmdSource())}</script>\n<script>${CHART_BOOT}</script>`;

  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(input.title)}</title>
<style>${STYLE}</style>
</head>
<body>
${MARKERS}
<header>
<h1>${escapeHtml(input.title)}</h1>
<p class="counts">Generated ${escapeHtml(input.generatedAt)} · ${input.executions.length} execution${input.executions.length === 1 ? '' : 's'}${countText ? ` (${escapeHtml(countText)})` : ''}</p>
</header>
<section id="summary">
<h2>Summary</h2>
${input.executions.length === 0 ? '<p class="muted">No executions.</p>' : summaryTable(input.executions)}
<p class="legend"><span><span class="swatch visited"></span>visited</span><span><span class="swatch failed"></span>failed</span><span><span class="swatch unvisited"></span>not visited</span><span>dashed edge: Catch</span><span>×n: entered n times</span><span style="color:${COLOURS.quota}">- - quota</span><span style="color:${COLOURS.threshold}">··· alarm threshold</span></p>
</section>
${sections.join('\n')}
<footer>Charts drawn with Chart.js, graph laid out with dagre; both embedded, the file works offline.</footer>
${chartScripts}
</body>
</html>
`;
};
