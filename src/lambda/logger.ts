/** The one Logger instance, built once and imported everywhere (Powertools). */
import { Logger } from '@aws-lambda-powertools/logger';
import { search } from '@aws-lambda-powertools/logger/correlationId';

// correlationIdSearchFn lets injectLambdaContext take the execution name from the event as the correlation id.
export const logger = new Logger({ serviceName: process.env.POWERTOOLS_SERVICE_NAME ?? 'bedrock-ops-alert', correlationIdSearchFn: search });
