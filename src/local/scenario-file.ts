/** A scenario file (schemas/scenario.schema.json), read and validated; apart from the engine (simulate.ts runs it). */
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import type { Scenario } from '#types/generated/scenario.js';
import { parseScenario } from '#workflow/validate.js';

export const loadScenarioFile = (path: string): { name: string; scenario: Scenario } => {
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new Error(`Cannot read scenario ${path}: ${(error as Error).message}`, { cause: error });
  }
  const scenario = parseScenario(json, path);
  return { name: scenario.name ?? basename(path).replace(/\.json$/, ''), scenario };
};
