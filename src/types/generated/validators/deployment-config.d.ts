/* Generated from schemas/deployment-config.schema.json by `npm run gen:types`. Do not edit. */
import type { StandaloneValidator } from './standalone-validator.js';

/** Validates a deployment configuration, filling in its defaults. */
export declare const validateDeploymentConfig: StandaloneValidator;
