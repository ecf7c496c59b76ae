/**
 * The state machine definition as the local engine runs it (statemachine/ops-alert.asl.json, its placeholders filled
 * with the same substitution map as the CDK app), and its states. Apart from the engine (runtime.ts), so that what
 * only reads the definition does not load aws-local-stepfunctions.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { UnsupportedResourceError } from '#core/errors.js';
import { buildSubstitutions, localFunctionArn, STATE_MACHINE_DEFINITION_PATH } from '#workflow/steps.js';
import { PROJECT_ROOT } from './project-root.js';

export interface AslState {
  Type: string;
  Resource?: string;
  Next?: string;
  SecondsPath?: string;
  TimestampPath?: string;
  Seconds?: number;
  Retry?: unknown[];
  Choices?: { Next: string }[];
  Default?: string;
  Catch?: { Next: string }[];
  Branches?: { States: Record<string, AslState> }[];
  ItemProcessor?: { States: Record<string, AslState> };
  Iterator?: { States: Record<string, AslState> };
}
export interface AslDefinition {
  StartAt: string;
  States: Record<string, AslState>;
  [key: string]: unknown;
}

/** The definition exactly as deployed: `${Placeholder}`s replaced by the substitution map (local function ARNs here). */
export const loadDefinition = (substitutions: Record<string, string> = buildSubstitutions(localFunctionArn)): AslDefinition => {
  const text = readFileSync(join(PROJECT_ROOT, STATE_MACHINE_DEFINITION_PATH), 'utf8');
  const filled = text.replace(/\$\{([A-Za-z0-9_]+)\}/g, (whole, name: string) => {
    const value = substitutions[name];
    if (value === undefined) throw new UnsupportedResourceError(`The definition uses \${${name}}, which the substitution map does not fill`);
    return value;
  });
  return JSON.parse(filled) as AslDefinition;
};

/** Every state, Parallel branches and Map processors included. */
export const allStates = (states: Record<string, AslState>): [string, AslState][] =>
  Object.entries(states).flatMap(([name, state]) => [
    [name, state] as [string, AslState],
    ...(state.Branches ?? []).flatMap((b) => allStates(b.States)),
    ...(state.ItemProcessor ? allStates(state.ItemProcessor.States) : []),
    ...(state.Iterator ? allStates(state.Iterator.States) : []),
  ]);
