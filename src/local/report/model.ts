/**
 * What the HTML report shows, per scenario: its incidents (each with every execution that belonged to it) and, per
 * model, one usage series and one quota/threshold history shared by all its incidents. Plain data: from-runs.ts
 * builds it from a simulation, render.ts turns it into the page.
 */
import type { HourlyPeak } from '#core/usage.js';

export interface ReportExecution {
  /** e.g. "event 1: Throttles on G-Opus-4-6" */
  label: string;
  /** ISO time of the event */
  at: string;
  executionName: string;
  /** SUCCEEDED | FAILED | ... */
  status: string;
  /** state names in the order they were entered (may repeat, e.g. a poll loop) */
  path: string[];
  /** the state where it failed, if any */
  failedState?: string;
  /** why it ended as it did, when the run says (an error, nothing to do, a threshold update) */
  reason?: string;
  decision: {
    severity: string;
    scenario: string | null;
    caseType: string | null;
    rationale?: string;
    quotaIncreases: { quota: string; current: number; requested: number; asReference: boolean }[];
  } | null;
  caseAction: {
    action: string; caseId?: string | null; displayId?: string | null; reason?: string;
    /** Every case the incident touched: Service Quotas may open one case per quota request. */
    cases?: { displayId: string; quota?: string }[];
  };
  notification: { sent: boolean; subject?: string; body?: string };
}

/** An execution of the incident that did nothing more (a duplicate delivery, an event nothing started for...). */
export interface FoldedExecution {
  label: string;
  at: string;
  /** one line: why it did nothing */
  why: string;
}

export interface ReportIncident {
  /** the model the incident is about; absent when the execution ended before knowing it */
  model?: string;
  account: string;
  /** Organization mode: the usage series of the incident's account, Region and model (ReportModelSeries.model); default `model`. */
  seriesKey?: string;
  /** The Region of the incident (absent in reports written before it was recorded). */
  region?: string;
  /** ISO time of its first event */
  at: string;
  /** the executions that did something, the one that acted first */
  executions: ReportExecution[];
  folded: FoldedExecution[];
  /** What the decision read of the usage: the window and the peaks it used, or why it had none. */
  usage?:
    | { status: 'ok'; windowStart: string; windowEnd: string; peakRpm: number; peakTpm: number; /** epoch ms of the peak minutes */ peakRpmAt?: number; peakTpmAt?: number }
    | { status: 'unavailable'; reason: string };
}

/** A model's hourly peaks over the scenario and its quota/threshold history (a step line: each value holds until the next). */
export interface ReportModelSeries {
  model: string;
  hourly: HourlyPeak[];
  history: { t: number; rpmQuota?: number | null; tpmQuota?: number | null; rpmThreshold?: number | null; tpmThreshold?: number | null }[];
}

export interface ReportScenario {
  name: string;
  incidents: ReportIncident[];
  models: ReportModelSeries[];
}

export interface ReportInput {
  title: string;
  generatedAt: string;
  /** the ASL JSON object */
  definition: unknown;
  scenarios: ReportScenario[];
}
