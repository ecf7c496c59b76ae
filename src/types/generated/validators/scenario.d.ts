/* Generated from schemas/scenario.schema.json by `npm run gen:types`. Do not edit. */
import type { StandaloneValidator } from './standalone-validator.js';

/** Validates a scenario file (or one of its event shapes), filling in its defaults. */
export declare const validateScenario: StandaloneValidator;
/** Validates a scenario file (or one of its event shapes), filling in its defaults. */
export declare const validateQuotaChangeEvent: StandaloneValidator;
/** Validates a scenario file (or one of its event shapes), filling in its defaults. */
export declare const validateShorthandEvent: StandaloneValidator;
/** Validates a scenario file (or one of its event shapes), filling in its defaults. */
export declare const validateFullEvent: StandaloneValidator;
