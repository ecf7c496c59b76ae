/* Generated from schemas/runtime-settings.schema.json by `npm run gen:types`. Do not edit. */
import type { StandaloneValidator } from './standalone-validator.js';

/** Validates the runtime settings document, filling in its defaults. */
export declare const validateRuntimeSettings: StandaloneValidator;
