import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { renderHtmlReport, stateGraph, traceExecution } from '../../../src/local/report/render.js';
import type { ReportExecution, ReportInput } from '../../../src/local/report/render.js';

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
  scenario: 'high-usage',
  label: 'event 1 — Throttles on G-Opus-4-6 at 2026-06-01T10:00:00Z',
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
  caseAction: { action: 'requested', caseId: 'case-123', displayId: '1234567890' },
  notification: { sent: true, subject: 'CRITICAL: throttles', body: 'Hello' },
  usage: {
    model: 'G-Opus-4-6',
    hourly: [0, 1, 2, 3].map((h) => ({ t: Date.UTC(2026, 5, 1, h), peakRpm: 10 * h, peakTpm: 1000 * h })),
    tpmQuota: 200_000,
    tpmThreshold: 160_000,
  },
  ...overrides,
});

const input = (executions: ReportExecution[], definition: unknown = DEFINITION): ReportInput => ({
  title: 'Ops alert — local simulation',
  generatedAt: '2026-06-01T12:00:00Z',
  definition,
  executions,
});

/** The HTML of one execution's section. */
const section = (html: string, index: number): string => {
  const start = html.indexOf(`<section class="execution" id="ex-${index}">`);
  expect(start).toBeGreaterThanOrEqual(0);
  return html.slice(start, html.indexOf('</section>', start));
};

/** State name → highlight class, read back from the SVG nodes of one section. */
const highlights = (sectionHtml: string): Map<string, string> => {
  const found = new Map<string, string>();
  for (const m of sectionHtml.matchAll(/<g class="node [^"]*?\b(visited|failed|unvisited)"\s+data-state="([^"]*)"/g)) {
    found.set(m[2] as string, m[1] as string);
  }
  return found;
};

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
  it('writes one section per execution and a summary row linking to each', () => {
    // Act
    const html = renderHtmlReport(input([execution(), execution({ executionName: 'sim-2', status: 'FAILED' })]), { chartJsSource: FAKE_CHART_JS });

    // Assess
    expect(html.match(/<section class="execution"/g)).toHaveLength(2);
    expect(html).toContain('href="#ex-1"');
    expect(html).toContain('href="#ex-2"');
    expect(html).toContain('TPM: 200,000 → 400,000');
    expect(html).toContain('RPM: 100 → 200 <span class="muted">(reference)</span>');
  });

  it('highlights exactly the visited states, and the failed one in its own class', () => {
    // Prepare
    const failing = execution({ path: ['Resolve', 'HasAlarms', 'Fetch', 'FetchQuotas', 'FetchUsage', 'NotifyFailure', 'Failed'], failedState: 'Fetch', status: 'FAILED' });

    // Act
    const html = renderHtmlReport(input([execution(), failing]), { chartJsSource: FAKE_CHART_JS });

    // Assess
    const first = highlights(section(html, 1));
    expect(first.size).toBe(STATE_NAMES.length);
    expect([...first].filter(([, c]) => c === 'visited').map(([s]) => s).sort()).toEqual([...new Set(HAPPY_PATH)].sort());
    expect([...first].filter(([, c]) => c === 'failed')).toEqual([]);
    const second = highlights(section(html, 2));
    expect([...second].filter(([, c]) => c === 'failed').map(([s]) => s)).toEqual(['Fetch']);
    expect([...second].filter(([, c]) => c === 'visited').map(([s]) => s).sort()).toEqual(['Failed', 'FetchQuotas', 'FetchUsage', 'HasAlarms', 'NotifyFailure', 'Resolve']);
    // The poll loop ran twice.
    expect(section(html, 1)).toMatch(/data-state="Poll"[^>]*>(?:(?!<\/g>).)*<g class="count"[^>]*>.*?×2<\/text>/);
  });

  it('escapes text that comes from alarms and e-mails', () => {
    // Prepare
    const hostile = execution({
      label: 'event <img src=x onerror=alert(1)>',
      notification: { sent: true, subject: 'a "quoted" <b>subject</b>', body: 'line 1\n<script>alert("pwned")</script>\n' },
    });

    // Act
    const html = renderHtmlReport(input([hostile]), { chartJsSource: FAKE_CHART_JS });

    // Assess
    expect(html).not.toContain('<script>alert');
    expect(html).toContain('&lt;script&gt;alert(&quot;pwned&quot;)&lt;/script&gt;');
    expect(html).not.toContain('<img');
    expect(html).not.toContain('<b>subject');
  });

  it('keeps data inside the JSON blocks from closing them', () => {
    // Prepare
    const sneaky = execution();
    if (sneaky.usage) sneaky.usage = { ...sneaky.usage, model: 'm</script><script>alert(1)</script>' };

    // Act
    const html = renderHtmlReport(input([sneaky]), { chartJsSource: FAKE_CHART_JS });

    // Assess
    expect(html).not.toContain('<script>alert(1)');
  });

  it('inlines the installed Chart.js and embeds a chart per metric with quota and threshold lines', () => {
    // Act
    const html = renderHtmlReport(input([execution()]));

    // Assess
    expect(html).toMatch(/<script>\/\*!\s*\* Chart\.js v4/);
    expect(html).toContain('data-chart="chart-1-rpm"');
    expect(html).toContain('data-chart="chart-1-tpm"');
    const tpm = JSON.parse(html.match(/<script type="application\/json" id="chart-1-tpm">(.*?)<\/script>/)?.[1] ?? 'null');
    expect(tpm.data.datasets.map((d: { label: string }) => d.label)).toEqual(['Hourly peak TPM', 'TPM quota', 'TPM alarm threshold']);
    expect(tpm.data.datasets[1].data).toEqual([200_000, 200_000, 200_000, 200_000]);
    // No RPM quota (Bedrock no longer enforces one): no quota line, and the table says so.
    const rpm = JSON.parse(html.match(/<script type="application\/json" id="chart-1-rpm">(.*?)<\/script>/)?.[1] ?? 'null');
    expect(rpm.data.datasets.map((d: { label: string }) => d.label)).toEqual(['Hourly peak RPM']);
    expect(html).toContain('no quota');
  });

  it('refers to nothing outside the file', () => {
    // Act
    const html = renderHtmlReport(input([execution()]));

    // Assess
    expect(html).not.toMatch(/\b(?:src|href)\s*=\s*["']?\s*(?:https?:)?\/\//i);
    expect(html).not.toMatch(/sourceMappingURL/);
  });

  it('leaves the chart library out when no execution has usage', () => {
    const html = renderHtmlReport(input([execution({ usage: undefined })]));
    expect(html).not.toContain('Chart.js v4');
    expect(html).not.toContain('<canvas');
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
    const html = renderHtmlReport(input([execution({ path: [] })], definition), { chartJsSource: FAKE_CHART_JS });

    // Assess
    const drawn = highlights(section(html, 1));
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
