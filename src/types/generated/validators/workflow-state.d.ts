/* Generated from schemas/workflow-state.schema.json by `npm run gen:types`. Do not edit. */
import type { StandaloneValidator } from './standalone-validator.js';

/** Validates the workflow state as each step receives it. */
export declare const validateClassifyAlarmsInput: StandaloneValidator;
/** Validates the workflow state as each step receives it. */
export declare const validateFetchQuotasInput: StandaloneValidator;
/** Validates the workflow state as each step receives it. */
export declare const validateFetchUsageInput: StandaloneValidator;
/** Validates the workflow state as each step receives it. */
export declare const validateDecideScenarioInput: StandaloneValidator;
/** Validates the workflow state as each step receives it. */
export declare const validateFindOpenCaseInput: StandaloneValidator;
/** Validates the workflow state as each step receives it. */
export declare const validateRequestQuotaIncreaseInput: StandaloneValidator;
/** Validates the workflow state as each step receives it. */
export declare const validatePollQuotaCaseInput: StandaloneValidator;
/** Validates the workflow state as each step receives it. */
export declare const validateCreateSupportCaseInput: StandaloneValidator;
/** Validates the workflow state as each step receives it. */
export declare const validateAppendToCaseInput: StandaloneValidator;
/** Validates the workflow state as each step receives it. */
export declare const validateNotifyInput: StandaloneValidator;
