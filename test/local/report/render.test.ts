import { existsSync, readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CLIENT_SCRIPT } from '#local/report/client.js';
import { compactSeries, renderHtmlReport, stateGraph, traceExecution } from '#local/report/render.js';
import type { ReportExecution, ReportIncident, ReportInput, ReportModelSeries, ReportScenario } from '#local/report/render.js';

const REPO_ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
const OPS_ALERT_ASL = join(REPO_ROOT, 'statemachine', 'ops-alert.asl.json');

/** Small, but with every shape the renderer must handle: Catch, Choice + Default, Parallel, a Wait loop, Fail. */
const DEFINITION = {
  StartAt: 'Resolve',
  States: {
    Resolve: { Type: 'Task', Resource: 'arn:resolve', Next: 'HasAlarms', Catch: [{ ErrorEquals: ['States.ALL'], Next: 'NotifyFailure' }] },
    HasAlarms: { Type: 'Choice', Choices: [{ Variable: '$.count', NumericGreaterThan: 0, Next: 'Fetch' }], Default: 'NothingToDo' },
    NothingToDo: { Type: 'Succeed' },
    Fetch: {
      Type: 'Parallel',
      Branches: [
        { StartAt: 'FetchQuotas', States: { FetchQuotas: { Type: 'Task', Resource: 'arn:quotas', End: true } } },
        { StartAt: 'FetchUsage', States: { FetchUsage: { Type: 'Task', Resource: 'arn:usage', End: true } } },
      ],
      Next: 'Poll',
      Catch: [{ ErrorEquals: ['States.ALL'], Next: 'NotifyFailure' }],
    },
    Poll: { Type: 'Task', Resource: 'arn:poll', Next: 'IsDone' },
    IsDone: { Type: 'Choice', Choices: [{ Variable: '$.done', BooleanEquals: true, Next: 'Notify' }], Default: 'WaitABit' },
    WaitABit: { Type: 'Wait', Seconds: 60, Next: 'Poll' },
    Notify: { Type: 'Task', Resource: 'arn:notify', End: true },
    NotifyFailure: { Type: 'Task', Resource: 'arn:notify-failure', Next: 'Failed' },
    Failed: { Type: 'Fail', Error: 'WorkflowFailed' },
  },
};
const STATE_NAMES = ['Resolve', 'HasAlarms', 'NothingToDo', 'Fetch', 'FetchQuotas', 'FetchUsage', 'Poll', 'IsDone', 'WaitABit', 'Notify', 'NotifyFailure', 'Failed'];

const HAPPY_PATH = ['Resolve', 'HasAlarms', 'Fetch', 'FetchQuotas', 'FetchUsage', 'Poll', 'IsDone', 'WaitABit', 'Poll', 'IsDone', 'Notify'];

const execution = (overrides: Partial<ReportExecution> = {}): ReportExecution => ({
  label: 'event 1 — Throttles on G-Opus-4-6 at 2026-06-01T10:00:00Z',
  at: '2026-06-01T10:00:00.000Z',
  executionName: 'sim-1',
  status: 'SUCCEEDED',
  path: HAPPY_PATH,
  decision: {
    severity: 'CRITICAL',
    scenario: 'high_usage',
    caseType: 'quota_increase',
    quotaIncreases: [
      { quota: 'TPM', current: 200_000, requested: 400_000, asReference: false },
      { quota: 'RPM', current: 100, requested: 200, asReference: true },
    ],
  },
  caseAction: { action: 'created', caseId: 'case-123', displayId: '1234567890' },
  notification: { sent: true, subject: 'CRITICAL: throttles', body: 'Hello' },
  ...overrides,
});

const incident = (executions: ReportExecution[], overrides: Partial<ReportIncident> = {}): ReportIncident => ({
  model: 'G-Opus-4-6',
  account: '123456789012',
  at: executions[0]?.at ?? '2026-06-01T10:00:00.000Z',
  executions,
  folded: [],
  usage: { status: 'ok', windowStart: '2026-05-18T10:01:00.000Z', windowEnd: '2026-06-01T10:01:00.000Z', peakRpm: 30, peakTpm: 3000 },
  ...overrides,
});

const MODEL_SERIES: ReportModelSeries = {
  model: 'G-Opus-4-6',
  hourly: [0, 1, 3].map((h) => ({ t: Date.UTC(2026, 5, 1, h), peakRpm: 10 * h, peakTpm: 1000 * h })),
  history: [{ t: Date.UTC(2026, 5, 1, 10), rpmQuota: null, tpmQuota: 200_000, rpmThreshold: null, tpmThreshold: 160_000 }],
};

const scenario = (incidents: ReportIncident[], overrides: Partial<ReportScenario> = {}): ReportScenario => ({
  name: 'high-usage', incidents, models: [MODEL_SERIES], ...overrides,
});

const input = (scenarios: ReportScenario[], definition: unknown = DEFINITION): ReportInput => ({
  title: 'Ops alert — local simulation',
  generatedAt: '2026-06-01T12:00:00Z',
  definition,
  scenarios,
});

interface ClientData {
  scenarios: { edges: number[]; nodes: number[] }[];
  series: [number, (number | null)[], (number | null)[]][];
  histories: (number | null)[][][];
  incidents: {
    scenario: number; title: string; model?: string; series?: number; history?: number;
    usage?: { window?: number[]; peaks?: number[]; unavailable?: string };
    trace: { edges: number[]; nodes: number[]; failed: number };
    folded: string[][];
    executions: { title: string; decision: string[][] | null; caseAction: string[][]; email: string[] | null; path: string[] }[];
  }[];
}

/** The JSON block the page's script reads. */
const clientData = (html: string): ClientData => {
  const block = html.match(/<script type="application\/gzip\+base64" id="report-data">([A-Za-z0-9+/=]*)<\/script>/)?.[1];
  expect(block).toBeDefined();
  return JSON.parse(gunzipSync(Buffer.from(block ?? '', 'base64')).toString('utf8')) as ClientData;
};

/** State name → node index (`data-n`) in the drawing of the page's graph template. */
const nodeIndices = (html: string): Map<string, number> =>
  new Map([...html.matchAll(/<g class="node [^"]*" data-n="(\d+)" data-state="([^"]*)"/g)].map((m) => [m[2] as string, Number(m[1])]));

const FAKE_CHART_JS = '/* chart.js stand-in */ window.Chart = function () {};';

describe('stateGraph', () => {
  it('has a node per state, nested branch states included, plus start, end and the Parallel join', () => {
    // Act
    const graph = stateGraph(DEFINITION);

    // Assess
    const states = graph.nodes.filter((n) => n.state !== undefined);
    expect(states.map((n) => n.state).sort()).toEqual([...STATE_NAMES].sort());
    expect(graph.nodes.find((n) => n.id === 'HasAlarms')).toMatchObject({ type: 'Choice', label: 'HasAlarms' });
    expect(graph.nodes.find((n) => n.id === 'WaitABit')).toMatchObject({ type: 'Wait' });
    expect(graph.nodes.filter((n) => n.state === undefined).map((n) => [n.id, n.type])).toEqual([
      ['#start', 'Start'],
      ['#join:Fetch', 'Join'],
      ['#end', 'End'],
    ]);
    // Each branch is a group owned by the Parallel; its states sit inside it.
    expect(graph.groups).toEqual([
      { id: '#group:Fetch:0', label: 'branch 1', owner: 'Fetch' },
      { id: '#group:Fetch:1', label: 'branch 2', owner: 'Fetch' },
    ]);
    expect(graph.nodes.find((n) => n.id === 'FetchUsage')?.group).toBe('#group:Fetch:1');
  });

  it('has Next, Choice, Default, Catch, branch and End edges', () => {
    // Act
    const graph = stateGraph(DEFINITION);

    // Assess
    const edges = graph.edges.map((e) => `${e.from} -${e.kind}-> ${e.to}`).sort();
    expect(edges).toEqual(
      [
        '#start -next-> Resolve',
        'Resolve -next-> HasAlarms',
        'Resolve -catch-> NotifyFailure',
        'HasAlarms -choice-> Fetch',
        'HasAlarms -default-> NothingToDo',
        'NothingToDo -next-> #end',
        'Fetch -branch-> FetchQuotas',
        'Fetch -branch-> FetchUsage',
        'FetchQuotas -next-> #join:Fetch',
        'FetchUsage -next-> #join:Fetch',
        '#join:Fetch -next-> Poll',
        'Fetch -catch-> NotifyFailure',
        'Poll -next-> IsDone',
        'IsDone -choice-> Notify',
        'IsDone -default-> WaitABit',
        'WaitABit -next-> Poll',
        'Notify -next-> #end',
        'NotifyFailure -next-> Failed',
        'Failed -next-> #end',
      ].sort(),
    );
    expect(graph.edges.find((e) => e.kind === 'choice' && e.from === 'HasAlarms')?.label).toBe('count > 0');
    // Catch-all edges are recognisable by their dashes; only specific errors are spelled out.
    expect(graph.edges.find((e) => e.kind === 'catch' && e.from === 'Resolve')?.label).toBeUndefined();
  });

  it('walks a Map item processor like a one-branch Parallel', () => {
    // Prepare
    const definition = {
      StartAt: 'EachModel',
      States: {
        EachModel: { Type: 'Map', ItemProcessor: { StartAt: 'Check', States: { Check: { Type: 'Pass', End: true } } }, End: true },
      },
    };

    // Act
    const graph = stateGraph(definition);

    // Assess
    expect(graph.edges.map((e) => `${e.from} -${e.kind}-> ${e.to}`)).toEqual([
      '#start -next-> EachModel',
      'Check -next-> #join:EachModel',
      'EachModel -branch-> Check',
      '#join:EachModel -next-> #end',
    ]);
  });

  it('rejects a definition that is not ASL, and a Next to a state that does not exist', () => {
    expect(() => stateGraph({ States: {} })).toThrow(/StartAt and States/);
    expect(() => stateGraph({ StartAt: 'A', States: { A: { Type: 'Pass', Next: 'B' } } })).toThrow(/unknown state "B"/);
  });
});

describe('traceExecution', () => {
  it('takes the loop edges, both branch edges, and the join to the next state', () => {
    // Prepare
    const graph = stateGraph(DEFINITION);

    // Act
    const trace = traceExecution(graph, { path: HAPPY_PATH, status: 'SUCCEEDED' });

    // Assess
    const taken = [...trace.takenEdges].map((i) => `${graph.edges[i]?.from}>${graph.edges[i]?.to}`).sort();
    expect(taken).toEqual(
      [
        '#start>Resolve',
        'Resolve>HasAlarms',
        'HasAlarms>Fetch',
        'Fetch>FetchQuotas',
        'Fetch>FetchUsage',
        'FetchQuotas>#join:Fetch',
        'FetchUsage>#join:Fetch',
        '#join:Fetch>Poll',
        'Poll>IsDone',
        'IsDone>WaitABit',
        'WaitABit>Poll',
        'IsDone>Notify',
        'Notify>#end',
      ].sort(),
    );
    expect(trace.visits.get('Poll')).toBe(2);
    expect(trace.unknownStates).toEqual([]);
  });

  it('takes the Catch edge of the failed state and not its Next', () => {
    // Prepare
    const graph = stateGraph(DEFINITION);

    // Act
    const trace = traceExecution(graph, { path: ['Resolve', 'NotifyFailure', 'Failed'], failedState: 'Resolve', status: 'FAILED' });

    // Assess
    const taken = [...trace.takenEdges].map((i) => `${graph.edges[i]?.from}-${graph.edges[i]?.kind}>${graph.edges[i]?.to}`).sort();
    expect(taken).toEqual(['#start-next>Resolve', 'Resolve-catch>NotifyFailure', 'NotifyFailure-next>Failed', 'Failed-next>#end'].sort());
    expect(trace.failed).toBe('Resolve');
  });

  it('does not join a Parallel whose branch failed, and follows the Parallel’s Catch instead', () => {
    // Prepare
    const graph = stateGraph(DEFINITION);

    // Act
    const trace = traceExecution(graph, {
      path: ['Resolve', 'HasAlarms', 'Fetch', 'FetchQuotas', 'FetchUsage', 'NotifyFailure', 'Failed'],
      failedState: 'FetchUsage',
      status: 'FAILED',
    });

    // Assess
    const taken = [...trace.takenEdges].map((i) => `${graph.edges[i]?.from}-${graph.edges[i]?.kind}>${graph.edges[i]?.to}`);
    expect(taken).toContain('FetchQuotas-next>#join:Fetch');
    expect(taken).toContain('Fetch-catch>NotifyFailure');
    expect(taken).not.toContain('FetchUsage-next>#join:Fetch');
    expect(taken).not.toContain('#join:Fetch-next>Poll');
  });
});

describe('renderHtmlReport', () => {
  it('one row per incident: the folded executions of an incident make no row of their own', () => {
    // Prepare
    const folded = [{ label: 'composite -> ALARM', at: '2026-06-01T10:00:00.000Z', why: 'the alarm rule does not match this event, nothing started' }];

    // Act
    const html = renderHtmlReport(input([scenario([incident([execution()], { folded }), incident([execution({ executionName: 'sim-2', status: 'FAILED' })])])]), { chartJsSource: FAKE_CHART_JS });

    // Assess
    expect(html.match(/<div class="row inc"/g)).toHaveLength(2);
    expect(html).toContain('2 incidents · 3 executions');
    const data = clientData(html);
    expect(data.incidents[0]?.folded).toEqual([['composite -> ALARM', '2026-06-01T10:00:00.000Z', 'the alarm rule does not match this event, nothing started']]);
    expect(data.incidents[0]?.executions[0]?.decision).toContainEqual(['Quota increases', 'TPM: 200,000 → 400,000; RPM: 100 → 200 (reference)']);
    expect(html).toContain('+1 more');
  });

  it('counts per scenario how many executions took each edge, and keeps each incident’s own path for the highlight', () => {
    // Prepare
    const failing = execution({ executionName: 'sim-2', path: ['Resolve', 'HasAlarms', 'Fetch', 'FetchQuotas', 'FetchUsage', 'NotifyFailure', 'Failed'], failedState: 'Fetch', status: 'FAILED' });
    const graph = stateGraph(DEFINITION);
    const edge = (from: string, to: string): number => graph.edges.findIndex((e) => e.from === from && e.to === to);

    // Act
    const html = renderHtmlReport(input([scenario([incident([execution()]), incident([failing])]), scenario([incident([execution()])], { name: 'other' })]), { chartJsSource: FAKE_CHART_JS });

    // Assess
    const data = clientData(html);
    const first = data.scenarios[0];
    expect(first?.edges[edge('Resolve', 'HasAlarms')]).toBe(2);
    expect(first?.edges[edge('IsDone', 'Notify')]).toBe(1);
    expect(first?.edges[edge('Fetch', 'NotifyFailure')]).toBe(1);
    expect(first?.edges[edge('HasAlarms', 'NothingToDo')]).toBe(0);
    expect(data.scenarios[1]?.edges[edge('Resolve', 'HasAlarms')]).toBe(1);
    const nodes = nodeIndices(html);
    expect(data.incidents[1]?.trace.failed).toBe(nodes.get('Fetch'));
    expect(data.incidents[1]?.trace.edges).toContain(edge('Fetch', 'NotifyFailure'));
    expect(data.incidents[1]?.trace.edges).not.toContain(edge('IsDone', 'Notify'));
    expect(data.incidents[0]?.trace.nodes).toContain(nodes.get('Notify'));
    // The graph is drawn once, in a template the page clones per scenario.
    expect(html.match(/<svg class="graph"/g)).toHaveLength(1);
    expect(html).toMatch(/<template id="graph-template"><svg class="graph"/);
    expect(html.match(/<button type="button" data-graph="\d+">/g)).toHaveLength(2);
  });

  it('embeds each model’s hourly series once, as numbers, shared by every incident and scenario that has the same', () => {
    // Act
    const html = renderHtmlReport(input([scenario([incident([execution()]), incident([execution()])]), scenario([incident([execution()])], { name: 'copy' })]), { chartJsSource: FAKE_CHART_JS });

    // Assess
    const data = clientData(html);
    expect(data.series).toEqual([[Date.UTC(2026, 5, 1, 0), [0, 10, null, 30], [0, 1000, null, 3000]]]);
    expect(data.histories).toEqual([[[Date.UTC(2026, 5, 1, 10), null, 200_000, null, 160_000]]]);
    expect(data.incidents.map((i) => [i.series, i.history])).toEqual([[0, 0], [0, 0], [0, 0]]);
    expect(data.incidents[0]?.usage).toEqual({ window: [Date.parse('2026-05-18T10:01:00.000Z'), Date.parse('2026-06-01T10:01:00.000Z')], peaks: [30, 3000], peaksAt: [null, null] });
  });

  it('says why an incident has no usage chart rather than drawing an empty one', () => {
    const html = renderHtmlReport(input([scenario([incident([execution()], { usage: { status: 'unavailable', reason: 'CloudWatch GetMetricData failed' } })])]), { chartJsSource: FAKE_CHART_JS });
    const data = clientData(html);
    expect(data.incidents[0]?.usage).toEqual({ unavailable: 'CloudWatch GetMetricData failed' });
    expect(data.incidents[0]?.series).toBeUndefined();
  });

  it('offers a filter per model, account, Region, scenario, case action and status, with the values present', () => {
    // Act
    const html = renderHtmlReport(input([
      scenario([incident([execution()]), incident([execution({ status: 'FAILED', caseAction: { action: 'failed' } })], { model: 'Llama 3', account: '210987654321', region: 'us-west-2' })]),
      scenario([incident([execution({ caseAction: { action: 'appended' } })])], { name: 'other' }),
    ]), { chartJsSource: FAKE_CHART_JS });

    // Assess
    const options = (filter: string): string[] =>
      [...(html.match(new RegExp(`<select data-filter="${filter}">(.*?)</select>`))?.[1] ?? '').matchAll(/<option value="([^"]*)"/g)].map((m) => m[1] as string);
    expect(options('model')).toEqual(['', 'G-Opus-4-6', 'Llama_3']);
    expect(options('account')).toEqual(['', '123456789012', '210987654321']);
    expect(options('region')).toEqual(['', '(none)', 'us-west-2']);
    expect(options('scenario')).toEqual(['', 'high-usage', 'other']);
    expect(options('action')).toEqual(['', 'appended', 'created', 'failed']);
    expect(options('status')).toEqual(['', 'FAILED', 'SUCCEEDED']);
    expect(html).toContain('<div class="row inc" data-i="1" data-model="Llama_3" data-account="210987654321" data-region="us-west-2" data-scenario="high-usage" data-action="failed" data-status="FAILED">');
  });

  it('escapes text that comes from alarms and e-mails, in the markup and in the data block', () => {
    // Prepare
    const hostile = execution({
      label: 'event <img src=x onerror=alert(1)>',
      notification: { sent: true, subject: 'a "quoted" <b>subject</b>', body: 'line 1\n</script><script>alert("pwned")</script>\n' },
    });

    // Act
    const html = renderHtmlReport(input([scenario([incident([hostile], { model: 'm</script><script>alert(1)</script>' })])]), { chartJsSource: FAKE_CHART_JS });

    // Assess
    expect(html).not.toContain('<script>alert');
    expect(html).not.toContain('<img');
    expect(html).not.toContain('<b>subject');
    expect(clientData(html).incidents[0]?.executions[0]?.email).toEqual(['a "quoted" <b>subject</b>', 'line 1\n</script><script>alert("pwned")</script>\n']);
  });

  it('inlines the installed Chart.js and the page script', () => {
    const html = renderHtmlReport(input([scenario([incident([execution()])])]));
    expect(html).toMatch(/<script type="text\/plain" id="chartjs-source">\/\*!\s*\* Chart\.js v4/);
    expect(html).toContain(CLIENT_SCRIPT.slice(0, 40));
  });

  it('refers to nothing outside the file', () => {
    // Act
    const html = renderHtmlReport(input([scenario([incident([execution()])])]));

    // Assess
    expect(html).not.toMatch(/\b(?:src|href)\s*=\s*["']?\s*(?:https?:)?\/\//i);
    expect(html).not.toMatch(/sourceMappingURL/);
  });

  it('leaves the chart library out when no incident has usage', () => {
    const html = renderHtmlReport(input([scenario([incident([execution()], { usage: undefined })], { models: [] })]));
    expect(html).not.toContain('Chart.js v4');
  });
});

describe('compactSeries', () => {
  it('one value per hour from the first to the last, null where the hour had no data point', () => {
    const t = Date.UTC(2026, 5, 1);
    expect(compactSeries([{ t, peakRpm: 1, peakTpm: 2 }, { t: t + 2 * 3_600_000, peakRpm: 3, peakTpm: 4 }])).toEqual([t, [1, null, 3], [2, null, 4]]);
    expect(compactSeries([])).toEqual([0, [], []]);
  });
});

// The lead is writing statemachine/ops-alert.asl.json in parallel: until it exists this block is skipped.
const describeIfOpsAlertAsl = existsSync(OPS_ALERT_ASL) ? describe : describe.skip;
describeIfOpsAlertAsl('renderHtmlReport on statemachine/ops-alert.asl.json (skipped while the file does not exist)', () => {
  it('draws every state of the real definition', () => {
    // Prepare
    const definition: unknown = JSON.parse(readFileSync(OPS_ALERT_ASL, 'utf8'));
    const names = stateGraph(definition)
      .nodes.map((n) => n.state)
      .filter((s): s is string => s !== undefined);

    // Act
    const html = renderHtmlReport(input([scenario([incident([execution({ path: [] })])])], definition), { chartJsSource: FAKE_CHART_JS });

    // Assess
    const drawn = nodeIndices(html);
    expect(names.length).toBeGreaterThan(0);
    for (const name of names) expect(drawn.has(name)).toBe(true);
    for (const name of collectStateNames(definition)) expect(drawn.has(name)).toBe(true);
  });
});

/** Every state name in an ASL document, found independently of stateGraph (any `States` object, at any depth). */
function collectStateNames(value: unknown, out: string[] = []): string[] {
  if (Array.isArray(value)) value.forEach((v) => collectStateNames(v, out));
  else if (typeof value === 'object' && value !== null) {
    for (const [key, child] of Object.entries(value)) {
      if (key === 'States' && typeof child === 'object' && child !== null && !Array.isArray(child)) out.push(...Object.keys(child));
      collectStateNames(child, out);
    }
  }
  return out;
}
