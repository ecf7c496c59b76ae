/**
 * The alarms of up to `deployment.modelsPerStack` models. Alarm stacks reference nothing in the core stack (the
 * EventBridge rule matches alarm names by prefix, the dashboard builds alarm ARNs from names), so they deploy and
 * change independently and a model can be added without touching the workflow.
 */
import { Annotations, Stack } from 'aws-cdk-lib';
import type { StackProps } from 'aws-cdk-lib';
import type { Construct } from 'constructs';
import type { ResolvedModel } from '../config.js';
import { ModelAlarms } from '../constructs/model-alarms.js';

export interface ModelAlarmsStackProps extends StackProps {
  customerName: string;
  models: readonly ResolvedModel[];
}

export class ModelAlarmsStack extends Stack {
  public readonly modelAlarms: ModelAlarms[];

  constructor(scope: Construct, id: string, props: ModelAlarmsStackProps) {
    super(scope, id, props);
    this.modelAlarms = props.models.map((model) => {
      const alarms = new ModelAlarms(this, model.name, { customerName: props.customerName, model });
      if (alarms.unsizedKinds.length > 0) {
        Annotations.of(alarms).addWarningV2(
          'bedrock-ops-alert:unsizedUsageAlarm',
          `${model.name}: no current quota value for ${alarms.unsizedKinds.join(', ')} in the configuration; the alarm keeps a placeholder threshold until the threshold updater runs. Set models[].currentQuotas to size it at deploy.`,
        );
      }
      return alarms;
    });
  }
}
