/**
 * The HTML report of a local simulation, made to scale to storms: one row per incident (every execution that belonged
 * to it; duplicates and no-ops folded into a line each) in one summary table that filters by model, account, Region,
 * scenario, case action and status; per scenario one state graph with how many executions took each edge, an
 * incident's own path highlighted on demand; per incident the decision, the case action, the e-mail and the usage
 * charts (quota and alarm threshold as step lines, the alarm time and the decision's peak marked).
 *
 * Size and load time stay small: the graph is drawn once in a <template> and cloned per scenario when shown; the
 * details and charts of an incident are built in the browser only when its row is opened (client.ts), from one JSON
 * block of numbers and display strings where each model's usage is one shared series, embedded gzipped in base64
 * (base64 has no character that could close the script element). Chart.js is embedded as text and run when the
 * first incident is opened, so loading the page does not compile it. One self-contained file
 * (Chart.js inlined, no external URL) so it opens offline. Apart from reading the Chart.js bundle once
 * (chartjs-asset.ts), rendering is a pure function of its input: the caller passes the time.
 */
import { supportCaseUrl } from '#core/case-action.js';
import { chartJsUmdSource } from './chartjs-asset.js';
import { CLIENT_SCRIPT } from './client.js';
import { layoutStateGraph, renderGraphSvg, type GraphLayout } from './graph-svg.js';
import { gzipSync } from 'node:zlib';
import { escapeHtml, scriptSafe } from './html.js';
import { stateGraph, traceExecution } from './state-graph.js';
import type { ReportExecution, ReportIncident, ReportInput, ReportModelSeries } from './model.js';
import type { StateGraph } from './state-graph.js';

export { stateGraph, traceExecution } from './state-graph.js';
export type { StateGraph, StateNode, StateEdge, StateGroup, EdgeKind, ExecutionTrace } from './state-graph.js';
export { layoutStateGraph, renderGraphSvg } from './graph-svg.js';
export type { ReportExecution, ReportIncident, ReportInput, ReportModelSeries, ReportScenario, FoldedExecution } from './model.js';

export interface RenderOptions {
  /**
   * The Chart.js UMD bundle to inline.
   * @default the installed chart.js package's dist/chart.umd.min.js
   */
  chartJsSource?: string;
}

export const COLOURS = { usage: '#1f6feb', quota: '#c62828', threshold: '#e07b00', alarm: '#7c3aed', peak: '#111827' } as const;

const numberFormat = new Intl.NumberFormat('en-US');
const fmt = (n: number): string => numberFormat.format(n);
const HOUR = 3_600_000;

const statusTone = (status: string): string =>
  status === 'SUCCEEDED' ? 'ok' : status === 'FAILED' || status === 'TIMED_OUT' || status === 'ABORTED' ? 'bad' : 'neutral';
const statusBadge = (status: string): string => `<span class="badge ${statusTone(status)}">${escapeHtml(status)}</span>`;

/** The display ids of every case of the action: its own and those of its quota requests, once each. */
const allCases = (caseAction: ReportExecution['caseAction']): string[] =>
  [...new Set([...(caseAction.displayId ? [caseAction.displayId] : []), ...(caseAction.cases ?? []).map((c) => c.displayId)])];

const caseActionSummary = (caseAction: ReportExecution['caseAction']): string => {
  const cases = allCases(caseAction);
  const reference = cases.length > 0 ? cases.join(', ') : caseAction.caseId;
  return reference ? `${caseAction.action} (${reference})` : caseAction.action;
};

const decisionSummary = (decision: ReportExecution['decision']): string =>
  decision === null ? 'no decision' : [decision.severity, decision.scenario ?? 'no scenario', decision.caseType ?? 'no case'].join(' · ');

/** The incident's status: the worst of its executions'. */
export const incidentStatus = (incident: ReportIncident): string => {
  const statuses = incident.executions.map((e) => e.status);
  return statuses.find((s) => statusTone(s) === 'bad') ?? statuses.find((s) => statusTone(s) === 'neutral') ?? statuses[0] ?? 'SUCCEEDED';
};

const decisionRows = (decision: NonNullable<ReportExecution['decision']>): [string, string][] => [
  ['Severity', decision.severity],
  ['Scenario', decision.scenario ?? '—'],
  ['Case type', decision.caseType ?? '—'],
  ['Quota increases', decision.quotaIncreases.length === 0 ? '—' : decision.quotaIncreases.map((q) => `${q.quota}: ${fmt(q.current)} → ${fmt(q.requested)}${q.asReference ? ' (reference)' : ''}`).join('; ')],
  ...(decision.rationale ? [['Why', decision.rationale] as [string, string]] : []),
];

const caseRows = (caseAction: ReportExecution['caseAction']): [string, string][] => [
  ['Action', caseAction.action],
  ...(caseAction.displayId || caseAction.caseId
    ? [['Case', [caseAction.displayId ? `${caseAction.displayId} ${supportCaseUrl(caseAction.displayId)}` : '', caseAction.caseId ?? ''].filter(Boolean).join(' · ')] as [string, string]]
    : []),
  ...(caseAction.cases ?? []).map((c): [string, string] => [`${c.quota ? `${c.quota} ` : ''}quota request case`, `${c.displayId} ${supportCaseUrl(c.displayId)}`]),
  ...(caseAction.reason ? [['Reason', caseAction.reason] as [string, string]] : []),
];

/** Index of each node id in graph.nodes: the drawing's `data-n`. */
const nodeIndex = (graph: StateGraph): Map<string, number> => new Map(graph.nodes.map((n, i) => [n.id, i]));

/** Interns equal values (the same model's series in many scenarios): each is embedded once. */
class Table<T> {
  readonly rows: T[] = [];
  private readonly index = new Map<string, number>();
  add(value: T): number {
    const key = JSON.stringify(value);
    let i = this.index.get(key);
    if (i === undefined) {
      i = this.rows.length;
      this.rows.push(value);
      this.index.set(key, i);
    }
    return i;
  }
}

/** Hourly peaks as numbers: the first hour, then one value per hour (null: no data point in that hour). */
export const compactSeries = (hourly: ReportModelSeries['hourly']): [number, (number | null)[], (number | null)[]] => {
  const first = hourly[0];
  if (!first) return [0, [], []];
  const last = hourly[hourly.length - 1] ?? first;
  const length = Math.round((last.t - first.t) / HOUR) + 1;
  const rpm: (number | null)[] = Array.from({ length }, () => null);
  const tpm: (number | null)[] = Array.from({ length }, () => null);
  for (const h of hourly) {
    const i = Math.round((h.t - first.t) / HOUR);
    rpm[i] = h.peakRpm;
    tpm[i] = h.peakTpm;
  }
  return [first.t, rpm, tpm];
};

const compactHistory = (history: ReportModelSeries['history']): (number | null | undefined)[][] =>
  history.map((h) => [h.t, h.rpmQuota, h.tpmQuota, h.rpmThreshold, h.tpmThreshold]);

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
/* The incident list: rows on a grid, each scenario's block laid out only when it comes near the screen. */
.summary { background: #fff; border: 1px solid var(--line); }
.summary .row { display: grid; grid-template-columns: 4% 11% 10% 31% 11% 15% 18%; border-bottom: 1px solid var(--line); }
.summary .row > span { padding: 6px 10px; overflow-wrap: anywhere; min-width: 0; }
.summary .head { background: #eef0f3; font-weight: 600; }
.summary .badge { white-space: nowrap; overflow-wrap: normal; }
.summary .scenario { content-visibility: auto; contain-intrinsic-size: auto 120px; }
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
.summary .inc { cursor: pointer; }
.summary .inc:hover { background: #f4f8ff; }
.summary .inc.open { background: #eef4ff; }
.summary .inc > span:first-child::before { content: '▸ '; color: var(--muted); }
.summary .inc.open > span:first-child::before { content: '▾ '; }
.summary .sc-head { background: #f0f2f5; font-weight: 600; font-size: 14px; padding: 6px 10px; border-bottom: 1px solid var(--line); }
.summary .detail, .summary .graph-row { padding: 12px 16px 20px; border-bottom: 1px solid var(--line); }
[hidden] { display: none !important; }
.filters { display: flex; gap: 12px; flex-wrap: wrap; align-items: center; margin: 8px 0 12px; }
.filters label { font-size: 12px; color: var(--muted); display: flex; flex-direction: column; gap: 2px; }
.filters select { font: inherit; padding: 2px 4px; min-width: 120px; }
button { font: inherit; font-size: 12px; padding: 2px 10px; border: 1px solid var(--line); border-radius: 6px; background: #fff; cursor: pointer; }
button:hover { background: #eef4ff; }
h4 { font-size: 12px; color: var(--muted); margin: 12px 0 4px; text-transform: uppercase; letter-spacing: .04em; }
div.execution { border-top: 1px solid var(--line); padding-top: 8px; margin-top: 8px; }
div.execution h3 { text-transform: none; letter-spacing: 0; color: #1f2328; font-size: 14px; }
ul.folded { margin: 4px 0 8px; padding-left: 18px; color: var(--muted); }
.graph-note { font-size: 12px; color: var(--muted); margin: 0 0 6px; }
.graph .edge .edge-count { font-size: 11px; font-weight: 700; fill: var(--ok); text-anchor: start; }
.graph.highlighting .edge:not(.hl), .graph.highlighting .node:not(.hl) { opacity: .3; }
.graph .edge.hl path { stroke: #1f6feb; stroke-width: 3.2; }
.graph .node.hl rect { stroke: #1f6feb; stroke-width: 2.6; }
.graph .node.hl-failed rect { stroke: var(--bad); fill: var(--bad-bg); }
p.no-data { padding: 10px; border: 1px dashed var(--line); border-radius: 6px; }
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

const FILTERS = [
  ['model', 'Model'],
  ['account', 'Account'],
  ['region', 'Region'],
  ['scenario', 'Scenario'],
  ['action', 'Case action'],
  ['status', 'Status'],
] as const;
type FilterKey = (typeof FILTERS)[number][0];

/** A filter attribute holds space-separated tokens: spaces inside one value become underscores. */
const token = (value: string): string => value.trim().replace(/\s+/g, '_');

/**
 * The layout of a definition's state graph, made once per distinct definition in the process (dagre takes 0.1-0.2 s
 * for the workflow's graph; every report of a run, and every report a test file renders, has the same definition).
 * Read only: every report reads the same layout.
 */
const layouts = new Map<string, GraphLayout>();
const layoutOf = (definition: ReportInput['definition']): GraphLayout => {
  const key = JSON.stringify(definition);
  let layout = layouts.get(key);
  if (!layout) {
    layout = layoutStateGraph(stateGraph(definition));
    if (layouts.size >= 16) layouts.clear();
    layouts.set(key, layout);
  }
  return layout;
};

export const renderHtmlReport = (input: ReportInput, options: RenderOptions = {}): string => {
  // One layout for the whole report; each scenario only counts its executions on it.
  const layout = layoutOf(input.definition);
  const nodes = nodeIndex(layout.graph);
  const series = new Table<ReturnType<typeof compactSeries>>();
  const histories = new Table<ReturnType<typeof compactHistory>>();
  const scenarios: { edges: number[]; nodes: number[] }[] = [];
  const incidents: unknown[] = [];
  const filterValues = new Map<FilterKey, Set<string>>(FILTERS.map(([key]) => [key, new Set<string>()]));
  const bodies: string[] = [];
  let executionCount = 0;
  const statusCounts = new Map<string, number>();

  input.scenarios.forEach((scenario, sc) => {
    const edgeCounts: number[] = Array.from({ length: layout.graph.edges.length }, () => 0);
    const nodeCounts: number[] = Array.from({ length: layout.graph.nodes.length }, () => 0);
    const modelSeries = new Map(scenario.models.map((m) => [m.model, { series: series.add(compactSeries(m.hourly)), history: histories.add(compactHistory(m.history)) }]));
    const rows: string[] = [];
    for (const incident of scenario.incidents) {
      const i = incidents.length;
      const edges = new Set<number>();
      const visited = new Set<number>();
      let failed = -1;
      for (const execution of incident.executions) {
        executionCount++;
        statusCounts.set(execution.status, (statusCounts.get(execution.status) ?? 0) + 1);
        if (execution.path.length === 0) continue;
        const trace = traceExecution(layout.graph, execution);
        for (const e of trace.takenEdges) {
          edges.add(e);
          edgeCounts[e] = (edgeCounts[e] ?? 0) + 1;
        }
        for (const id of trace.visited) {
          const n = nodes.get(id);
          if (n === undefined) continue;
          visited.add(n);
          nodeCounts[n] = (nodeCounts[n] ?? 0) + 1;
        }
        if (trace.failed !== undefined) failed = nodes.get(trace.failed) ?? -1;
      }
      executionCount += incident.folded.length;
      const lead = incident.executions[0];
      const status = incidentStatus(incident);
      const actions = [...new Set(incident.executions.map((e) => e.caseAction.action))];
      const title = `${lead?.label ?? 'incident'}${incident.model ? ` · ${incident.model}` : ''}`;
      const shared = incident.model ? modelSeries.get(incident.seriesKey ?? incident.model) : undefined;
      const usage =
        incident.usage?.status === 'unavailable'
          ? { unavailable: incident.usage.reason }
          : incident.usage?.status === 'ok' && shared
            ? { window: [Date.parse(incident.usage.windowStart), Date.parse(incident.usage.windowEnd)], peaks: [incident.usage.peakRpm, incident.usage.peakTpm], peaksAt: [incident.usage.peakRpmAt ?? null, incident.usage.peakTpmAt ?? null] }
            : undefined;
      incidents.push({
        scenario: sc, title, at: Date.parse(incident.at),
        ...(incident.model ? { model: incident.model } : {}),
        ...(usage ? { usage } : {}),
        ...(shared && usage && 'window' in usage ? { series: shared.series, history: shared.history } : {}),
        trace: { edges: [...edges].sort((a, b) => a - b), nodes: [...visited].sort((a, b) => a - b), failed },
        folded: incident.folded.map((f) => [f.label, f.at, f.why]),
        executions: incident.executions.map((x) => ({
          title: `${x.label} · ${x.executionName} · ${x.status}`,
          ...(x.reason ? { reason: x.reason } : {}),
          decision: x.decision ? decisionRows(x.decision) : null,
          caseAction: caseRows(x.caseAction),
          email: x.notification.sent ? [x.notification.subject ?? '', x.notification.body ?? ''] : null,
          path: x.path,
          ...(x.failedState ? { failedState: x.failedState } : {}),
        })),
      });
      const attributes: Record<FilterKey, string[]> = {
        model: [incident.model ?? '(none)'], account: [incident.account], region: [incident.region ?? '(none)'], scenario: [scenario.name], action: actions, status: [status],
      };
      for (const [key, values] of Object.entries(attributes) as [FilterKey, string[]][]) for (const v of values) filterValues.get(key)?.add(v);
      const data = FILTERS.map(([key]) => ` data-${key}="${escapeHtml(attributes[key].map(token).join(' '))}"`).join('');
      const more = incident.executions.length - 1 + incident.folded.length;
      rows.push(
        `<div class="row inc" data-i="${i}"${data}><span>${i + 1}</span><span>${escapeHtml(incident.at.replace('T', ' ').replace(/:\d\d(\.\d+)?Z$/, 'Z'))}</span>` +
          `<span>${escapeHtml(incident.model ?? '—')}</span><span>${escapeHtml(lead?.label ?? '')}${more > 0 ? ` <i class="muted">+${more} more</i>` : ''}</span>` +
          `<span>${statusBadge(status)}</span><span>${escapeHtml(decisionSummary(lead?.decision ?? null))}</span>` +
          `<span>${escapeHtml(incident.executions.map((e) => caseActionSummary(e.caseAction)).join('; '))}</span></div>`,
      );
    }
    scenarios.push({ edges: edgeCounts, nodes: nodeCounts });
    bodies.push(
      `<div class="scenario" data-sc="${sc}">` +
        `<div class="sc-head">Scenario ${escapeHtml(scenario.name)} <span class="muted">· ${scenario.incidents.length} incident${scenario.incidents.length === 1 ? '' : 's'}</span> ` +
        `<button type="button" data-graph="${sc}">State graph</button></div>` +
        rows.join('') +
        '</div>',
    );
  });

  const select = ([key, label]: (typeof FILTERS)[number]): string =>
    `<label>${label}<select data-filter="${key}"><option value="">all</option>${[...(filterValues.get(key) ?? [])]
      .sort()
      .map((v) => `<option value="${escapeHtml(token(v))}">${escapeHtml(v)}</option>`)
      .join('')}</select></label>`;
  const countText = [...statusCounts].map(([status, n]) => `${n} ${status.toLowerCase()}`).join(', ');
  const data = { scenarios, series: series.rows, histories: histories.rows, incidents };
  const hasCharts = incidents.some((i) => (i as { series?: number }).series !== undefined);

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
<p class="counts">Generated ${escapeHtml(input.generatedAt)} · ${input.scenarios.length} scenario${input.scenarios.length === 1 ? '' : 's'} · ${incidents.length} incident${incidents.length === 1 ? '' : 's'} · ${executionCount} execution${executionCount === 1 ? '' : 's'}${countText ? ` (${escapeHtml(countText)})` : ''}</p>
</header>
<section id="summary">
<h2>Incidents</h2>
${
  incidents.length === 0
    ? '<p class="muted">No executions.</p>'
    : `<div class="filters">${FILTERS.map(select).join('')}<span id="shown" class="muted">${incidents.length} of ${incidents.length} incidents shown</span></div>` +
      '<p class="muted">Open a row for its executions, e-mail and usage charts; “State graph” shows how many executions took each edge.</p>' +
      '<div class="summary" id="incidents" role="table"><div class="row head"><span>#</span><span>First event (UTC)</span><span>Model</span><span>Event</span><span>Status</span><span>Decision</span><span>Case action</span></div>' +
      `${bodies.join('\n')}</div>`
}
<p class="legend"><span><span class="swatch visited"></span>taken / visited</span><span><span class="swatch failed"></span>failed</span><span><span class="swatch unvisited"></span>not visited</span><span>dashed edge: Catch</span><span style="color:${COLOURS.quota}">- - quota</span><span style="color:${COLOURS.threshold}">··· alarm threshold</span><span style="color:${COLOURS.alarm}">┆ alarm time</span><span>▲ peak the decision used</span></p>
</section>
<template id="graph-template">${renderGraphSvg(layout, undefined, 'State graph')}</template>
<footer>Charts drawn with Chart.js, graph laid out with dagre; both embedded, the file works offline.</footer>
<script type="application/gzip+base64" id="report-data">${gzipSync(JSON.stringify(data), { level: 9 }).toString('base64')}</script>
${hasCharts ? `<script type="text/plain" id="chartjs-source">${scriptSafe(options.chartJsSource ?? chartJsUmdSource())}</script>\n` : ''}<script>${scriptSafe(CLIENT_SCRIPT)}</script>
</body>
</html>
`;
};
