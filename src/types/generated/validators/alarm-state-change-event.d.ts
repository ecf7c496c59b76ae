/* Generated from schemas/alarm-state-change-event.schema.json by `npm run gen:types`. Do not edit. */
import type { StandaloneValidator } from './standalone-validator.js';

/** Validates the EventBridge alarm event. */
export declare const validateAlarmEvent: StandaloneValidator;
