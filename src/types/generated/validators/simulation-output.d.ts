/* Generated from schemas/simulation-output.schema.json by `npm run gen:types`. Do not edit. */
import type { StandaloneValidator } from './standalone-validator.js';

/** Validates the output of `ops-alert simulate --json`. */
export declare const validateSimulationOutput: StandaloneValidator;
