/* Generated from schemas/scenario.schema.json by `npm run gen:types`. Do not edit. */
import type { StandaloneValidator } from './standalone-validator.js';

/** Validates a scenario file, filling in its defaults. */
export declare const validateScenario: StandaloneValidator;
