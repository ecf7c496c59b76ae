/* Generated from schemas/alarm-state-change-event.schema.json by `npm run gen:types`. Do not edit. */

/**
 * The EventBridge event CloudWatch emits for an alarm (metric or composite). Fields this project does not use are allowed and ignored. `reasonData` is a JSON string, not an object.
 */
export interface AlarmStateChangeEvent {
  version: string;
  id: string;
  'detail-type': string;
  source: 'aws.cloudwatch';
  account: string;
  time: string;
  /**
   * An AWS Region code (us-east-1, eu-central-2, us-gov-west-1, ap-southeast-4): it becomes the host of console links, so nothing else is accepted.
   */
  region: string;
  resources: string[];
  detail: {
    alarmName: string;
    state: AlarmState;
    previousState?: AlarmState;
    configuration?: {};
  };
}
export interface AlarmState {
  value: 'OK' | 'ALARM' | 'INSUFFICIENT_DATA';
  reason?: string;
  /**
   * JSON-encoded; for a composite: {"triggeringAlarms":[{"arn":...,"state":{"value":...,"timestamp":...}}]}
   */
  reasonData?: string;
  timestamp: string;
  actionsSuppressedBy?: 'WaitPeriod' | 'ExtensionPeriod' | 'Alarm';
  actionsSuppressedReason?: string;
}
