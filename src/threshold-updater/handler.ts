/**
 * The threshold updater's entry logic, for its three triggers:
 * - the CloudFormation custom resource (Provider framework) on every Create/Update of the core stack: it stores the
 *   deployment description it carries (for the scheduled runs) and recalculates at once, so a stack update that
 *   reset a threshold to its deploy-time value is corrected in the same deploy; Delete changes nothing;
 * - the EventBridge schedule: recalculates from the stored description;
 * - a "Parameter Store Change" event of the runtime settings parameter (the home of the threshold percents):
 *   recalculates from the stored description with the new percents, so the alarms follow an edit within minutes.
 * Every history entry records which of the three ran it (`trigger`).
 * Bad quota data is not a failure of the run (it is notified and the thresholds stay); a failure to read or write
 * the alarms or the history is, so the function's error alarm fires and CloudFormation reports it.
 */
import type { Logger } from '@aws-lambda-powertools/logger';
import { ThresholdUpdateFailedError } from '#core/errors.js';
import { parseThresholdDeployment } from '#core/threshold-deployment.js';
import type { DeploymentStorePort, ThresholdUpdaterPorts } from '#ports/index.js';
import { updateThresholds } from './update.js';
import type { TargetPortsOf, ThresholdUpdateSummary, ThresholdUpdateTrigger } from './update.js';

export interface ThresholdHandlerDeps {
  ports: () => ThresholdUpdaterPorts & { deployments: DeploymentStorePort };
  /** Organization mode: the quotas and alarms ports of an account and Region, through its spoke role. */
  portsOf?: TargetPortsOf;
  now: () => Date;
  logger: Pick<Logger, 'info' | 'warn' | 'error'>;
}

interface CustomResourceEvent {
  RequestType: 'Create' | 'Update' | 'Delete';
  PhysicalResourceId?: string;
  ResourceProperties?: { Deployment?: unknown };
}

const isCustomResourceEvent = (event: unknown): event is CustomResourceEvent =>
  typeof event === 'object' && event !== null && ['Create', 'Update', 'Delete'].includes(String((event as { RequestType?: unknown }).RequestType));

/** The EventBridge event SSM emits when a parameter is created, updated or deleted (source aws.ssm). */
export const isParameterStoreChangeEvent = (event: unknown): event is { source: 'aws.ssm'; 'detail-type': 'Parameter Store Change'; detail: { name?: string; operation?: string } } =>
  typeof event === 'object' && event !== null &&
  (event as { source?: unknown }).source === 'aws.ssm' && (event as { 'detail-type'?: unknown })['detail-type'] === 'Parameter Store Change';

export const physicalResourceIdOf = (customerName: string): string => `${customerName}-bedrock-ops-alert-thresholds`;

export type ThresholdHandlerResponse = { PhysicalResourceId: string; Data: Record<string, string> } | ThresholdUpdateSummary | { skipped: string };

export const createThresholdHandler = (deps: ThresholdHandlerDeps) => {
  let ports: ReturnType<ThresholdHandlerDeps['ports']> | undefined;

  const report = (summary: ThresholdUpdateSummary): void => {
    const listing = summary.spokeInstances;
    if (listing?.status === 'failed') {
      // Never silently narrower: the run acted in the configured accounts only, and says which stack set it could not list.
      deps.logger.warn('spoke stack instances not listed: acted in the configured accounts only', { stackSet: listing.stackSet, error: listing.error, notes: listing.notes });
    } else if (listing) {
      deps.logger.info('spoke stack instances', { stackSet: listing.stackSet, instances: listing.instances, added: listing.added, skipped: listing.skipped });
    }
    for (const result of summary.results) {
      const where = result.account ? { account: result.account, region: result.region } : {};
      // One log line per recorded change: the dashboard's history widget (Logs Insights) reads these.
      for (const change of result.changes) deps.logger.info('threshold history', { ...change });
      if (result.status === 'failed') deps.logger.warn('threshold update failed', { model: result.model, ...where, error: result.error });
      for (const note of result.notes) deps.logger.info('threshold note', { model: result.model, ...where, note });
    }
    const failed = summary.results.filter((r) => r.status === 'failed' && r.error?.name !== 'QuotaDataError');
    if (failed.length > 0) {
      const name = (r: (typeof failed)[number]): string => (r.account ? `${r.model} in ${r.account}/${r.region}` : r.model);
      throw new ThresholdUpdateFailedError(
        `Threshold update failed for ${failed.map((r) => `${name(r)} (${r.error?.name}: ${r.error?.message})`).join('; ')}. Their alarms keep their previous thresholds; the next run retries.`,
      );
    }
  };

  return async (event: unknown): Promise<ThresholdHandlerResponse> => {
    ports ??= deps.ports();
    if (isCustomResourceEvent(event)) {
      const deployment = parseThresholdDeployment(event.ResourceProperties?.Deployment);
      const physicalId = physicalResourceIdOf(deployment.customerName);
      // The history and the alarms outlive a stack deletion's custom resource: nothing to undo.
      if (event.RequestType === 'Delete') return { PhysicalResourceId: event.PhysicalResourceId ?? physicalId, Data: {} };
      await ports.deployments.save(deployment);
      const summary = await updateThresholds(deployment, ports, deps.now(), 'deploy', deps.portsOf);
      report(summary);
      const count = (status: string) => String(summary.results.filter((r) => r.status === status).length);
      const listing = summary.spokeInstances;
      return {
        PhysicalResourceId: physicalId,
        Data: {
          Updated: count('updated'), Unchanged: count('unchanged'), QuotaDataErrors: count('failed'),
          ...(listing ? { SpokeInstances: listing.status === 'listed' ? `listed: ${listing.added.length} target(s) added` : `not listed: ${listing.error.name}` } : {}),
        },
      };
    }
    const trigger: ThresholdUpdateTrigger = isParameterStoreChangeEvent(event) ? 'settings_changed' : 'schedule';
    if (trigger === 'settings_changed') deps.logger.info('runtime settings changed: recalculating the thresholds', { ...(event as { detail: object }).detail });
    const deployment = await ports.deployments.load();
    if (!deployment) {
      deps.logger.warn('no deployment description yet: the custom resource has not run; nothing to update');
      return { skipped: 'no deployment description' };
    }
    const summary = await updateThresholds(deployment, ports, deps.now(), trigger, deps.portsOf);
    report(summary);
    return summary;
  };
};
