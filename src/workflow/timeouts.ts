/**
 * The time limits of the workflow, in one place: the CDK app gives each step function STEP_FUNCTION_TIMEOUT_SECONDS,
 * the definition gives each Lambda Task STEP_TASK_TIMEOUT_SECONDS (checked at synth and by test/workflow/timeouts.test.ts),
 * and the execution's TimeoutSeconds is derived from the largest settings the runtime settings schema allows.
 */

/** Each step function's Lambda timeout. */
export const STEP_FUNCTION_TIMEOUT_SECONDS = 60;

/**
 * Each Lambda Task's TimeoutSeconds: above the function's own timeout, so a function that runs out of time fails as
 * `Sandbox.Timedout` (retried) rather than racing the Task's `States.Timeout`.
 */
export const STEP_TASK_TIMEOUT_SECONDS = 90;

/** Time for the steps themselves outside the waits: every Task once, with its retries' backoff. */
export const STEPS_ALLOWANCE_SECONDS = 1800;

/**
 * The settings that make an execution long: the settle window, the quota-case poll loop, and the incident cool-down (a
 * folding execution waits for the end of the window, src/core/cool-down.ts).
 */
export interface DurationSettings {
  settleWindowSeconds: number;
  pollIntervalSeconds: number;
  pollAttempts: number;
  coolDownSeconds: number;
}

/** The longest an execution may legitimately run with these settings: the execution's TimeoutSeconds must cover it. */
export const executionTimeoutSeconds = (settings: DurationSettings): number =>
  settings.settleWindowSeconds + settings.coolDownSeconds + settings.pollAttempts * (settings.pollIntervalSeconds + STEP_TASK_TIMEOUT_SECONDS) + STEPS_ALLOWANCE_SECONDS;

interface SettingsSchema {
  properties: {
    settleWindowSeconds: { maximum: number };
    quotaCasePoll: { properties: { intervalSeconds: { maximum: number }; maxAttempts: { maximum: number } } };
    notificationWindows: { properties: { incidentCoolDownMinutes: { maximum: number } } };
  };
}

/** The largest values schemas/runtime-settings.schema.json allows (so every valid settings document fits). */
export const schemaMaxima = (schema: unknown): DurationSettings => {
  const { properties } = schema as SettingsSchema;
  return {
    settleWindowSeconds: properties.settleWindowSeconds.maximum,
    pollIntervalSeconds: properties.quotaCasePoll.properties.intervalSeconds.maximum,
    pollAttempts: properties.quotaCasePoll.properties.maxAttempts.maximum,
    coolDownSeconds: properties.notificationWindows.properties.incidentCoolDownMinutes.maximum * 60,
  };
};

/** Each Task whose Resource is a step function (a `${...FunctionArn}` placeholder or a Lambda invocation), with its TimeoutSeconds. */
export const lambdaTaskTimeouts = (definition: unknown): [string, unknown][] => {
  const found: [string, unknown][] = [];
  const walk = (states: Record<string, Record<string, unknown>>): void => {
    for (const [name, state] of Object.entries(states)) {
      if (state.Type === 'Task' && typeof state.Resource === 'string' && /FunctionArn\}$|^arn:aws:states:::lambda:invoke|:lambda:/.test(state.Resource)) found.push([name, state.TimeoutSeconds]);
      for (const branch of (state.Branches as { States: Record<string, Record<string, unknown>> }[] | undefined) ?? []) walk(branch.States);
      const processor = (state.ItemProcessor ?? state.Iterator) as { States: Record<string, Record<string, unknown>> } | undefined;
      if (processor) walk(processor.States);
    }
  };
  walk((definition as { States: Record<string, Record<string, unknown>> }).States);
  return found;
};
