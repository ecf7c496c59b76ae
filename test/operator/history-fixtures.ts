import type { HistoryEvent, HistoryEventType, TaskFailedEventDetails } from '@aws-sdk/client-sfn';

export const T0 = Date.parse('2026-11-20T10:15:31.000Z');

/**
 * Builds a GetExecutionHistory event list the way Step Functions numbers it: ids from 1, each event pointing at
 * the previous event of its chain. Events are 100 ms apart unless `at` (ms after T0) says otherwise.
 */
export class HistoryBuilder {
  readonly events: HistoryEvent[] = [];

  add(type: HistoryEventType, previousEventId: number, extra: Partial<HistoryEvent> = {}, at?: number): number {
    const id = this.events.length + 1;
    this.events.push({ id, previousEventId, type, timestamp: new Date(T0 + (at ?? id * 100)), ...extra });
    return id;
  }

  enter(type: HistoryEventType, name: string, previousEventId: number, at?: number): number {
    return this.add(type, previousEventId, { stateEnteredEventDetails: { name } }, at);
  }

  exit(type: HistoryEventType, name: string, previousEventId: number, at?: number): number {
    return this.add(type, previousEventId, { stateExitedEventDetails: { name } }, at);
  }

  /** A Lambda task that runs once and succeeds; returns the id of the exit event. */
  lambdaTask(name: string, previousEventId: number): number {
    const entered = this.enter('TaskStateEntered', name, previousEventId);
    const scheduled = this.add('TaskScheduled', entered, { taskScheduledEventDetails: { resourceType: 'lambda', resource: 'invoke', region: 'us-east-1', parameters: '{}' } });
    const started = this.add('TaskStarted', scheduled);
    const succeeded = this.add('TaskSucceeded', started);
    return this.exit('TaskStateExited', name, succeeded);
  }
}

/** TaskFailed details of a Lambda invoke task. */
export const taskFailed = (error: string, cause?: string): { taskFailedEventDetails: TaskFailedEventDetails } => ({
  taskFailedEventDetails: { resourceType: 'lambda', resource: 'invoke', error, ...(cause === undefined ? {} : { cause }) },
});
