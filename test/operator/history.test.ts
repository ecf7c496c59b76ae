import { mockClient } from 'aws-sdk-client-mock';
import 'aws-sdk-client-mock-jest';
import { ExecutionDoesNotExist, GetExecutionHistoryCommand, SFNClient } from '@aws-sdk/client-sfn';
import { getTimeline, historyToTimeline } from '#operator/history.js';
import { OperatorError } from '#operator/errors.js';
import { HistoryBuilder, taskFailed } from './history-fixtures.js';

const sfnMock = mockClient(SFNClient);
const EXECUTION_ARN = 'arn:aws:states:us-east-1:123456789012:execution:BedrockOpsAlert:A_20261120T101530123Z';
const LAMBDA_CAUSE = JSON.stringify({ errorType: 'NoSupportPlanError', errorMessage: 'The account has no Business Support plan', trace: ['at x'] });

/** A run that retries FetchQuotas twice, catches a CreateCase failure, notifies and ends in a Fail state. */
const caughtFailureRun = (): HistoryBuilder => {
  const h = new HistoryBuilder();
  const started = h.add('ExecutionStarted', 0);
  const resolved = h.lambdaTask('ResolveChildAlarms', started);
  const fetch = h.enter('TaskStateEntered', 'FetchQuotas', resolved);
  let previous = h.add('TaskScheduled', fetch);
  previous = h.add('TaskStarted', previous);
  previous = h.add('TaskFailed', previous, taskFailed('TransientAwsError', 'Rate exceeded'));
  previous = h.add('TaskScheduled', previous);
  previous = h.add('TaskStarted', previous);
  previous = h.add('TaskFailed', previous, taskFailed('TransientAwsError', 'Rate exceeded'));
  previous = h.add('TaskScheduled', previous);
  previous = h.add('TaskStarted', previous);
  previous = h.add('TaskSucceeded', previous);
  previous = h.exit('TaskStateExited', 'FetchQuotas', previous);
  const create = h.enter('TaskStateEntered', 'CreateCase', previous);
  previous = h.add('TaskScheduled', create);
  previous = h.add('TaskStarted', previous);
  previous = h.add('TaskFailed', previous, taskFailed('NoSupportPlanError', LAMBDA_CAUSE));
  previous = h.exit('TaskStateExited', 'CreateCase', previous);
  previous = h.lambdaTask('NotifyFailure', previous);
  previous = h.enter('FailStateEntered', 'WorkflowFailed', previous);
  h.add('ExecutionFailed', previous, { executionFailedEventDetails: { error: 'CaseActionFailed', cause: 'No case could be created' } });
  return h;
};

describe('historyToTimeline', () => {
  it('maps states, retries with attempt numbers, a catch and the end of the execution', () => {
    // Prepare
    const { events } = caughtFailureRun();

    // Act
    const timeline = historyToTimeline(events);

    // Assess
    expect(timeline.map((event) => [event.type, event.state ?? '', event.retryAttempt ?? '', event.error ?? ''])).toEqual([
      ['ExecutionStarted', '', '', ''],
      ['StateEntered', 'ResolveChildAlarms', '', ''],
      ['StateExited', 'ResolveChildAlarms', '', ''],
      ['StateEntered', 'FetchQuotas', '', ''],
      ['StateFailed', 'FetchQuotas', '', 'TransientAwsError'],
      ['StateRetried', 'FetchQuotas', 1, 'TransientAwsError'],
      ['StateFailed', 'FetchQuotas', '', 'TransientAwsError'],
      ['StateRetried', 'FetchQuotas', 2, 'TransientAwsError'],
      ['StateExited', 'FetchQuotas', '', ''],
      ['StateEntered', 'CreateCase', '', ''],
      ['StateFailed', 'CreateCase', '', 'NoSupportPlanError'],
      ['StateCaught', 'CreateCase', '', 'NoSupportPlanError'],
      ['StateExited', 'CreateCase', '', ''],
      ['StateEntered', 'NotifyFailure', '', ''],
      ['StateExited', 'NotifyFailure', '', ''],
      ['StateEntered', 'WorkflowFailed', '', ''],
      ['ExecutionFailed', '', '', 'CaseActionFailed'],
    ]);
    expect(timeline.find((event) => event.type === 'StateCaught')?.cause).toBe(LAMBDA_CAUSE);
    expect(timeline.at(-1)).toMatchObject({ cause: 'No case could be created', timestamp: events.at(-1)?.timestamp?.toISOString() });
  });

  it('reads Lambda-function (legacy integration) and timeout failures', () => {
    // Prepare
    const h = new HistoryBuilder();
    const started = h.add('ExecutionStarted', 0);
    const entered = h.enter('TaskStateEntered', 'Classify', started);
    let previous = h.add('LambdaFunctionScheduled', entered);
    previous = h.add('LambdaFunctionStarted', previous);
    previous = h.add('LambdaFunctionTimedOut', previous, { lambdaFunctionTimedOutEventDetails: { error: 'States.Timeout', cause: 'Task timed out' } });
    previous = h.add('LambdaFunctionScheduled', previous);
    previous = h.add('LambdaFunctionStarted', previous);
    previous = h.add('LambdaFunctionFailed', previous, { lambdaFunctionFailedEventDetails: { error: 'InvalidSettingsError', cause: 'bad' } });
    h.add('ExecutionFailed', previous, { executionFailedEventDetails: { error: 'InvalidSettingsError', cause: 'bad' } });

    // Act
    const timeline = historyToTimeline(h.events);

    // Assess
    expect(timeline.filter((event) => event.state === 'Classify').map((event) => `${event.type}:${event.error ?? ''}`)).toEqual([
      'StateEntered:', 'StateFailed:States.Timeout', 'StateRetried:States.Timeout', 'StateFailed:InvalidSettingsError',
    ]);
  });

  it('shows a redriven execution re-running the failed state as a new visit', () => {
    // Prepare: the redrive reschedules the Task without a new StateEntered event
    const h = new HistoryBuilder();
    const started = h.add('ExecutionStarted', 0);
    const resolved = h.lambdaTask('ResolveChildAlarms', started);
    const entered = h.enter('TaskStateEntered', 'CreateCase', resolved);
    let previous = h.add('TaskScheduled', entered);
    previous = h.add('TaskStarted', previous);
    previous = h.add('TaskFailed', previous, taskFailed('Lambda.ServiceException', 'boom'));
    previous = h.add('ExecutionFailed', previous, { executionFailedEventDetails: { error: 'Lambda.ServiceException', cause: 'boom' } });
    previous = h.add('ExecutionRedriven', previous, { executionRedrivenEventDetails: { redriveCount: 1 } }, 86_400_000);
    previous = h.add('TaskScheduled', previous, {}, 86_400_100);
    previous = h.add('TaskStarted', previous, {}, 86_400_200);
    previous = h.add('TaskSucceeded', previous, {}, 86_400_300);
    previous = h.exit('TaskStateExited', 'CreateCase', previous, 86_400_400);
    h.add('ExecutionSucceeded', previous, {}, 86_400_500);

    // Act
    const timeline = historyToTimeline(h.events);

    // Assess
    expect(timeline.slice(4).map((event) => `${event.type}:${event.state ?? ''}`)).toEqual([
      'StateFailed:CreateCase', 'ExecutionFailed:', 'ExecutionRedriven:', 'StateEntered:CreateCase', 'StateExited:CreateCase', 'ExecutionSucceeded:',
    ]);
    expect(timeline.find((event) => event.type === 'StateRetried')).toBeUndefined();
    expect(timeline[7]?.timestamp).toBe(new Date(Date.parse('2026-11-20T10:15:31.000Z') + 86_400_100).toISOString());
  });

  it('does not add a visit when the redriven history enters the state again itself', () => {
    // Prepare
    const h = new HistoryBuilder();
    const started = h.add('ExecutionStarted', 0);
    const entered = h.enter('TaskStateEntered', 'CreateCase', started);
    let previous = h.add('TaskScheduled', entered);
    previous = h.add('TaskFailed', previous, taskFailed('X'));
    previous = h.add('ExecutionFailed', previous);
    previous = h.add('ExecutionRedriven', previous);
    previous = h.enter('TaskStateEntered', 'CreateCase', previous);
    previous = h.add('TaskScheduled', previous);
    previous = h.add('TaskSucceeded', previous);
    h.exit('TaskStateExited', 'CreateCase', previous);

    // Act
    const timeline = historyToTimeline(h.events);

    // Assess
    expect(timeline.filter((event) => event.type === 'StateEntered')).toHaveLength(2);
    expect(timeline.filter((event) => event.type === 'StateRetried')).toHaveLength(0);
  });

  it('follows parallel branches by their event chains', () => {
    // Prepare
    const h = new HistoryBuilder();
    const started = h.add('ExecutionStarted', 0);
    const parallel = h.enter('ParallelStateEntered', 'FetchQuotasAndUsage', started);
    const parallelStarted = h.add('ParallelStateStarted', parallel);
    const quotas = h.enter('TaskStateEntered', 'FetchQuotas', parallelStarted);
    const usage = h.enter('TaskStateEntered', 'FetchUsage', parallelStarted);
    const quotasScheduled = h.add('TaskScheduled', quotas);
    const usageScheduled = h.add('TaskScheduled', usage);
    const usageFailed = h.add('TaskFailed', usageScheduled, taskFailed('TransientAwsError'));
    const quotasDone = h.add('TaskSucceeded', quotasScheduled);
    const usageRetry = h.add('TaskScheduled', usageFailed);
    const quotasExit = h.exit('TaskStateExited', 'FetchQuotas', quotasDone);
    const usageDone = h.add('TaskSucceeded', usageRetry);
    const usageExit = h.exit('TaskStateExited', 'FetchUsage', usageDone);
    const succeeded = h.add('ParallelStateSucceeded', Math.max(quotasExit, usageExit));
    h.exit('ParallelStateExited', 'FetchQuotasAndUsage', succeeded);

    // Act
    const timeline = historyToTimeline(h.events);

    // Assess
    expect(timeline.filter((event) => event.type === 'StateRetried')).toEqual([
      expect.objectContaining({ state: 'FetchUsage', retryAttempt: 1, error: 'TransientAwsError' }),
    ]);
    expect(timeline.filter((event) => event.type === 'StateFailed').map((event) => event.state)).toEqual(['FetchUsage']);
  });

  it.each([
    ['ExecutionAborted', { executionAbortedEventDetails: { error: 'Operator', cause: 'stopped by hand' } }, 'ExecutionAborted'],
    ['ExecutionTimedOut', { executionTimedOutEventDetails: { error: 'States.Timeout', cause: 'took too long' } }, 'ExecutionTimedOut'],
  ] as const)('maps %s with its error and cause', (type, details, expected) => {
    // Prepare
    const h = new HistoryBuilder();
    const started = h.add('ExecutionStarted', 0);
    const waiting = h.enter('WaitStateEntered', 'WaitForCaseId', started);
    h.add(type, waiting, details);

    // Act
    const timeline = historyToTimeline(h.events);

    // Assess
    expect(timeline.at(-1)).toMatchObject({ type: expected, error: Object.values(details)[0]?.error, cause: Object.values(details)[0]?.cause });
  });

  it('sorts events by id whatever order they arrive in', () => {
    // Prepare
    const { events } = caughtFailureRun();

    // Act
    const timeline = historyToTimeline([...events].reverse());

    // Assess
    expect(timeline).toEqual(historyToTimeline(events));
  });
});

describe('getTimeline', () => {
  afterEach(() => {
    sfnMock.reset();
  });

  it('reads every page of the history, 1000 events at a time', async () => {
    // Prepare
    const { events } = caughtFailureRun();
    sfnMock
      .on(GetExecutionHistoryCommand, { executionArn: EXECUTION_ARN, maxResults: 1000, nextToken: undefined }).resolves({ events: events.slice(0, 10), nextToken: 'page-2' })
      .on(GetExecutionHistoryCommand, { executionArn: EXECUTION_ARN, maxResults: 1000, nextToken: 'page-2' }).resolves({ events: events.slice(10) });

    // Act
    const timeline = await getTimeline(new SFNClient({}), EXECUTION_ARN);

    // Assess
    expect(sfnMock).toHaveReceivedCommandTimes(GetExecutionHistoryCommand, 2);
    expect(sfnMock).toHaveReceivedNthCommandWith(2, GetExecutionHistoryCommand, { executionArn: EXECUTION_ARN, maxResults: 1000, nextToken: 'page-2' });
    expect(timeline).toEqual(historyToTimeline(events));
  });

  it('turns an unknown execution into an OperatorError that says what to do', async () => {
    // Prepare
    sfnMock.on(GetExecutionHistoryCommand).rejects(new ExecutionDoesNotExist({ message: 'Execution Does Not Exist', $metadata: {} }));

    // Act
    const reading = getTimeline(new SFNClient({}), EXECUTION_ARN);

    // Assess
    await expect(reading).rejects.toBeInstanceOf(OperatorError);
    await expect(reading).rejects.toMatchObject({ code: 'ExecutionNotFound', message: `Execution ${EXECUTION_ARN} does not exist.` });
  });
});
