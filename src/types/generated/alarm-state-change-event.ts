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
