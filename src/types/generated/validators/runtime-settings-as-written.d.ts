/* Generated from schemas/runtime-settings.schema.json by `npm run gen:types`. Do not edit. */
import type { StandaloneValidator } from './standalone-validator.js';

/** Validates a runtime settings document as written (no defaults filled in). */
export declare const validateRuntimeSettingsAsWritten: StandaloneValidator;
