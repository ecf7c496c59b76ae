/* Generated from schemas/runtime-settings.schema.json by `npm run gen:types`. Do not edit. */

/**
 * The runtime settings document (one JSON document in Parameter Store per deployment; the `settings` of a scenario file overrides its optional parts). Defaults are declared here and applied in one place (src/workflow/settings.ts).
 */
export interface RuntimeSettingsDocument {
  schemaVersion?: 1;
  /**
   * Used in alarm names, case subjects and e-mails.
   */
  customerName: string;
  /**
   * @minItems 1
   */
  models: [MonitoredModel, ...MonitoredModel[]];
  caseAutomation?: CaseAutomation;
  quotaPolicy?: QuotaPolicy;
  /**
   * Days of per-minute usage examined (CloudWatch keeps 60-second data for 15 days).
   */
  usageWindowDays?: number;
  /**
   * Alarms of one model going into ALARM within this window make one incident. The maximum bounds the execution: the state machine's TimeoutSeconds is derived from this schema's maxima (settle window + poll attempts x (interval + Task timeout) + the steps' allowance, src/workflow/timeouts.ts); raise a maximum only with it.
   */
  settleWindowSeconds?: number;
  /**
   * Organization mode: the accounts whose settings differ from the document-wide ones, or that have a friendly name, by account id. An account not listed takes the document-wide settings.
   */
  accounts?: {
    [k: string]: AccountOverride;
  };
  /**
   * Organization mode: settings shared by the accounts of an organizational unit, by OU id. Precedence: an account's own entry under `accounts`, then its OU's, then the document-wide value. The OU of an account is the one that lists it under `accounts` here (the event names no OU, and the workflow makes no Organizations call to find it: list the members with `aws organizations list-accounts-for-parent --parent-id ou-...`). An account may be listed by one OU only.
   */
  organizationalUnits?: {
    [k: string]: OrganizationalUnitOverride;
  };
  /**
   * How long to wait for Service Quotas to open the support case of an increase request. The maxima of intervalSeconds and maxAttempts bound the execution: the state machine's TimeoutSeconds is derived from them (src/workflow/timeouts.ts), so every valid setting finishes before the execution times out.
   */
  quotaCasePoll?: {
    intervalSeconds?: number;
    maxAttempts?: number;
  };
  /**
   * Storm control for the e-mails: repeated failures and repeated incidents are folded into the next e-mail instead of one e-mail each.
   */
  notificationWindows?: {
    /**
     * One failure e-mail per cause (the error name and its message with ids, numbers and times taken out) within this many minutes: the other executions that fail with the same cause are counted, and the next failure e-mail after the window says how many ("and 9 more executions failed with the same cause since 10:02"). Each execution still fails and can be re-driven. 0: one e-mail per failed execution. Read even from a document that is otherwise invalid: bad settings are the usual cause of a storm.
     */
    failureEmailMinutes?: number;
    /**
     * Cool-down per (account, Region, model, category) after an incident e-mail and case append: within it, a repeated incident with nothing new (same case, no alarm kind the last e-mail did not report, no higher severity) is recorded in the case ledger and shown in the execution's output but sends no e-mail and no append; the next e-mail and append list what was folded ("5 more transitions of Throttles since 10:02 UTC"). The folding execution waits for the end of the window and sends that summary itself if nothing else did, so no transition is lost. Anything new goes out at once. 30 minutes: a flapping alarm (about one transition a minute) makes two e-mails an hour instead of sixty, while a support engineer still sees the storm's progress at least every half hour; longer windows make the summary late, and a folding execution waits up to the window (the state machine's TimeoutSeconds covers the maximum). 0: off, every incident is sent.
     */
    incidentCoolDownMinutes?: number;
  };
}
export interface MonitoredModel {
  /**
   * Display name used in alarm names, e.g. G-Opus-4-6.
   */
  name: string;
  /**
   * Model id or inference profile id (the ModelId metric dimension).
   */
  modelId: string;
  /**
   * Absent: bedrock-runtime. Which Bedrock inference endpoint serves the model: bedrock-runtime (InvokeModel/Converse; metrics AWS/Bedrock, dimension ModelId) or bedrock-mantle (OpenAI-compatible Responses/Chat Completions, Anthropic Messages; metrics AWS/BedrockMantle, dimension Model). The endpoints have separate quotas: a model served on both is declared twice, once per endpoint, under two names.
   */
  endpoint?: 'bedrock-runtime' | 'bedrock-mantle';
  /**
   * Application inference profiles drawing on this model's quota (bedrock-runtime only). Their traffic is published per profile while the quota is the model's: usage, error and usage alarms and decisions use the per-minute sum over the model and these profiles. At most 10 (one GetMetricData page).
   *
   * @maxItems 10
   */
  applicationProfiles?:
    | []
    | [
        {
          /**
           * Who uses it (team or application), for the breakdown in cases and e-mails.
           */
          name: string;
          /**
           * The profile id (the part after application-inference-profile/ in its ARN): the ModelId dimension value of its metrics.
           */
          profileId: string;
          /**
           * Alarms of this profile's own traffic, besides the model's (whose error alarms sum every source): e.g. ["ServerErrors", "HighLatency"]. Named {Customer}-Bedrock-{Kind}-{Severity}-{Model}.{profile name}, same settings and classification as the model's alarm of that kind, and part of the model's composite. Absent: none.
           */
          alarms?: ('ClientErrors' | 'ServerErrors' | 'Throttles' | 'HighLatency')[];
        }
      ]
    | [
        {
          /**
           * Who uses it (team or application), for the breakdown in cases and e-mails.
           */
          name: string;
          /**
           * The profile id (the part after application-inference-profile/ in its ARN): the ModelId dimension value of its metrics.
           */
          profileId: string;
          /**
           * Alarms of this profile's own traffic, besides the model's (whose error alarms sum every source): e.g. ["ServerErrors", "HighLatency"]. Named {Customer}-Bedrock-{Kind}-{Severity}-{Model}.{profile name}, same settings and classification as the model's alarm of that kind, and part of the model's composite. Absent: none.
           */
          alarms?: ('ClientErrors' | 'ServerErrors' | 'Throttles' | 'HighLatency')[];
        },
        {
          /**
           * Who uses it (team or application), for the breakdown in cases and e-mails.
           */
          name: string;
          /**
           * The profile id (the part after application-inference-profile/ in its ARN): the ModelId dimension value of its metrics.
           */
          profileId: string;
          /**
           * Alarms of this profile's own traffic, besides the model's (whose error alarms sum every source): e.g. ["ServerErrors", "HighLatency"]. Named {Customer}-Bedrock-{Kind}-{Severity}-{Model}.{profile name}, same settings and classification as the model's alarm of that kind, and part of the model's composite. Absent: none.
           */
          alarms?: ('ClientErrors' | 'ServerErrors' | 'Throttles' | 'HighLatency')[];
        }
      ]
    | [
        {
          /**
           * Who uses it (team or application), for the breakdown in cases and e-mails.
           */
          name: string;
          /**
           * The profile id (the part after application-inference-profile/ in its ARN): the ModelId dimension value of its metrics.
           */
          profileId: string;
          /**
           * Alarms of this profile's own traffic, besides the model's (whose error alarms sum every source): e.g. ["ServerErrors", "HighLatency"]. Named {Customer}-Bedrock-{Kind}-{Severity}-{Model}.{profile name}, same settings and classification as the model's alarm of that kind, and part of the model's composite. Absent: none.
           */
          alarms?: ('ClientErrors' | 'ServerErrors' | 'Throttles' | 'HighLatency')[];
        },
        {
          /**
           * Who uses it (team or application), for the breakdown in cases and e-mails.
           */
          name: string;
          /**
           * The profile id (the part after application-inference-profile/ in its ARN): the ModelId dimension value of its metrics.
           */
          profileId: string;
          /**
           * Alarms of this profile's own traffic, besides the model's (whose error alarms sum every source): e.g. ["ServerErrors", "HighLatency"]. Named {Customer}-Bedrock-{Kind}-{Severity}-{Model}.{profile name}, same settings and classification as the model's alarm of that kind, and part of the model's composite. Absent: none.
           */
          alarms?: ('ClientErrors' | 'ServerErrors' | 'Throttles' | 'HighLatency')[];
        },
        {
          /**
           * Who uses it (team or application), for the breakdown in cases and e-mails.
           */
          name: string;
          /**
           * The profile id (the part after application-inference-profile/ in its ARN): the ModelId dimension value of its metrics.
           */
          profileId: string;
          /**
           * Alarms of this profile's own traffic, besides the model's (whose error alarms sum every source): e.g. ["ServerErrors", "HighLatency"]. Named {Customer}-Bedrock-{Kind}-{Severity}-{Model}.{profile name}, same settings and classification as the model's alarm of that kind, and part of the model's composite. Absent: none.
           */
          alarms?: ('ClientErrors' | 'ServerErrors' | 'Throttles' | 'HighLatency')[];
        }
      ]
    | [
        {
          /**
           * Who uses it (team or application), for the breakdown in cases and e-mails.
           */
          name: string;
          /**
           * The profile id (the part after application-inference-profile/ in its ARN): the ModelId dimension value of its metrics.
           */
          profileId: string;
          /**
           * Alarms of this profile's own traffic, besides the model's (whose error alarms sum every source): e.g. ["ServerErrors", "HighLatency"]. Named {Customer}-Bedrock-{Kind}-{Severity}-{Model}.{profile name}, same settings and classification as the model's alarm of that kind, and part of the model's composite. Absent: none.
           */
          alarms?: ('ClientErrors' | 'ServerErrors' | 'Throttles' | 'HighLatency')[];
        },
        {
          /**
           * Who uses it (team or application), for the breakdown in cases and e-mails.
           */
          name: string;
          /**
           * The profile id (the part after application-inference-profile/ in its ARN): the ModelId dimension value of its metrics.
           */
          profileId: string;
          /**
           * Alarms of this profile's own traffic, besides the model's (whose error alarms sum every source): e.g. ["ServerErrors", "HighLatency"]. Named {Customer}-Bedrock-{Kind}-{Severity}-{Model}.{profile name}, same settings and classification as the model's alarm of that kind, and part of the model's composite. Absent: none.
           */
          alarms?: ('ClientErrors' | 'ServerErrors' | 'Throttles' | 'HighLatency')[];
        },
        {
          /**
           * Who uses it (team or application), for the breakdown in cases and e-mails.
           */
          name: string;
          /**
           * The profile id (the part after application-inference-profile/ in its ARN): the ModelId dimension value of its metrics.
           */
          profileId: string;
          /**
           * Alarms of this profile's own traffic, besides the model's (whose error alarms sum every source): e.g. ["ServerErrors", "HighLatency"]. Named {Customer}-Bedrock-{Kind}-{Severity}-{Model}.{profile name}, same settings and classification as the model's alarm of that kind, and part of the model's composite. Absent: none.
           */
          alarms?: ('ClientErrors' | 'ServerErrors' | 'Throttles' | 'HighLatency')[];
        },
        {
          /**
           * Who uses it (team or application), for the breakdown in cases and e-mails.
           */
          name: string;
          /**
           * The profile id (the part after application-inference-profile/ in its ARN): the ModelId dimension value of its metrics.
           */
          profileId: string;
          /**
           * Alarms of this profile's own traffic, besides the model's (whose error alarms sum every source): e.g. ["ServerErrors", "HighLatency"]. Named {Customer}-Bedrock-{Kind}-{Severity}-{Model}.{profile name}, same settings and classification as the model's alarm of that kind, and part of the model's composite. Absent: none.
           */
          alarms?: ('ClientErrors' | 'ServerErrors' | 'Throttles' | 'HighLatency')[];
        }
      ]
    | [
        {
          /**
           * Who uses it (team or application), for the breakdown in cases and e-mails.
           */
          name: string;
          /**
           * The profile id (the part after application-inference-profile/ in its ARN): the ModelId dimension value of its metrics.
           */
          profileId: string;
          /**
           * Alarms of this profile's own traffic, besides the model's (whose error alarms sum every source): e.g. ["ServerErrors", "HighLatency"]. Named {Customer}-Bedrock-{Kind}-{Severity}-{Model}.{profile name}, same settings and classification as the model's alarm of that kind, and part of the model's composite. Absent: none.
           */
          alarms?: ('ClientErrors' | 'ServerErrors' | 'Throttles' | 'HighLatency')[];
        },
        {
          /**
           * Who uses it (team or application), for the breakdown in cases and e-mails.
           */
          name: string;
          /**
           * The profile id (the part after application-inference-profile/ in its ARN): the ModelId dimension value of its metrics.
           */
          profileId: string;
          /**
           * Alarms of this profile's own traffic, besides the model's (whose error alarms sum every source): e.g. ["ServerErrors", "HighLatency"]. Named {Customer}-Bedrock-{Kind}-{Severity}-{Model}.{profile name}, same settings and classification as the model's alarm of that kind, and part of the model's composite. Absent: none.
           */
          alarms?: ('ClientErrors' | 'ServerErrors' | 'Throttles' | 'HighLatency')[];
        },
        {
          /**
           * Who uses it (team or application), for the breakdown in cases and e-mails.
           */
          name: string;
          /**
           * The profile id (the part after application-inference-profile/ in its ARN): the ModelId dimension value of its metrics.
           */
          profileId: string;
          /**
           * Alarms of this profile's own traffic, besides the model's (whose error alarms sum every source): e.g. ["ServerErrors", "HighLatency"]. Named {Customer}-Bedrock-{Kind}-{Severity}-{Model}.{profile name}, same settings and classification as the model's alarm of that kind, and part of the model's composite. Absent: none.
           */
          alarms?: ('ClientErrors' | 'ServerErrors' | 'Throttles' | 'HighLatency')[];
        },
        {
          /**
           * Who uses it (team or application), for the breakdown in cases and e-mails.
           */
          name: string;
          /**
           * The profile id (the part after application-inference-profile/ in its ARN): the ModelId dimension value of its metrics.
           */
          profileId: string;
          /**
           * Alarms of this profile's own traffic, besides the model's (whose error alarms sum every source): e.g. ["ServerErrors", "HighLatency"]. Named {Customer}-Bedrock-{Kind}-{Severity}-{Model}.{profile name}, same settings and classification as the model's alarm of that kind, and part of the model's composite. Absent: none.
           */
          alarms?: ('ClientErrors' | 'ServerErrors' | 'Throttles' | 'HighLatency')[];
        },
        {
          /**
           * Who uses it (team or application), for the breakdown in cases and e-mails.
           */
          name: string;
          /**
           * The profile id (the part after application-inference-profile/ in its ARN): the ModelId dimension value of its metrics.
           */
          profileId: string;
          /**
           * Alarms of this profile's own traffic, besides the model's (whose error alarms sum every source): e.g. ["ServerErrors", "HighLatency"]. Named {Customer}-Bedrock-{Kind}-{Severity}-{Model}.{profile name}, same settings and classification as the model's alarm of that kind, and part of the model's composite. Absent: none.
           */
          alarms?: ('ClientErrors' | 'ServerErrors' | 'Throttles' | 'HighLatency')[];
        }
      ]
    | [
        {
          /**
           * Who uses it (team or application), for the breakdown in cases and e-mails.
           */
          name: string;
          /**
           * The profile id (the part after application-inference-profile/ in its ARN): the ModelId dimension value of its metrics.
           */
          profileId: string;
          /**
           * Alarms of this profile's own traffic, besides the model's (whose error alarms sum every source): e.g. ["ServerErrors", "HighLatency"]. Named {Customer}-Bedrock-{Kind}-{Severity}-{Model}.{profile name}, same settings and classification as the model's alarm of that kind, and part of the model's composite. Absent: none.
           */
          alarms?: ('ClientErrors' | 'ServerErrors' | 'Throttles' | 'HighLatency')[];
        },
        {
          /**
           * Who uses it (team or application), for the breakdown in cases and e-mails.
           */
          name: string;
          /**
           * The profile id (the part after application-inference-profile/ in its ARN): the ModelId dimension value of its metrics.
           */
          profileId: string;
          /**
           * Alarms of this profile's own traffic, besides the model's (whose error alarms sum every source): e.g. ["ServerErrors", "HighLatency"]. Named {Customer}-Bedrock-{Kind}-{Severity}-{Model}.{profile name}, same settings and classification as the model's alarm of that kind, and part of the model's composite. Absent: none.
           */
          alarms?: ('ClientErrors' | 'ServerErrors' | 'Throttles' | 'HighLatency')[];
        },
        {
          /**
           * Who uses it (team or application), for the breakdown in cases and e-mails.
           */
          name: string;
          /**
           * The profile id (the part after application-inference-profile/ in its ARN): the ModelId dimension value of its metrics.
           */
          profileId: string;
          /**
           * Alarms of this profile's own traffic, besides the model's (whose error alarms sum every source): e.g. ["ServerErrors", "HighLatency"]. Named {Customer}-Bedrock-{Kind}-{Severity}-{Model}.{profile name}, same settings and classification as the model's alarm of that kind, and part of the model's composite. Absent: none.
           */
          alarms?: ('ClientErrors' | 'ServerErrors' | 'Throttles' | 'HighLatency')[];
        },
        {
          /**
           * Who uses it (team or application), for the breakdown in cases and e-mails.
           */
          name: string;
          /**
           * The profile id (the part after application-inference-profile/ in its ARN): the ModelId dimension value of its metrics.
           */
          profileId: string;
          /**
           * Alarms of this profile's own traffic, besides the model's (whose error alarms sum every source): e.g. ["ServerErrors", "HighLatency"]. Named {Customer}-Bedrock-{Kind}-{Severity}-{Model}.{profile name}, same settings and classification as the model's alarm of that kind, and part of the model's composite. Absent: none.
           */
          alarms?: ('ClientErrors' | 'ServerErrors' | 'Throttles' | 'HighLatency')[];
        },
        {
          /**
           * Who uses it (team or application), for the breakdown in cases and e-mails.
           */
          name: string;
          /**
           * The profile id (the part after application-inference-profile/ in its ARN): the ModelId dimension value of its metrics.
           */
          profileId: string;
          /**
           * Alarms of this profile's own traffic, besides the model's (whose error alarms sum every source): e.g. ["ServerErrors", "HighLatency"]. Named {Customer}-Bedrock-{Kind}-{Severity}-{Model}.{profile name}, same settings and classification as the model's alarm of that kind, and part of the model's composite. Absent: none.
           */
          alarms?: ('ClientErrors' | 'ServerErrors' | 'Throttles' | 'HighLatency')[];
        },
        {
          /**
           * Who uses it (team or application), for the breakdown in cases and e-mails.
           */
          name: string;
          /**
           * The profile id (the part after application-inference-profile/ in its ARN): the ModelId dimension value of its metrics.
           */
          profileId: string;
          /**
           * Alarms of this profile's own traffic, besides the model's (whose error alarms sum every source): e.g. ["ServerErrors", "HighLatency"]. Named {Customer}-Bedrock-{Kind}-{Severity}-{Model}.{profile name}, same settings and classification as the model's alarm of that kind, and part of the model's composite. Absent: none.
           */
          alarms?: ('ClientErrors' | 'ServerErrors' | 'Throttles' | 'HighLatency')[];
        }
      ]
    | [
        {
          /**
           * Who uses it (team or application), for the breakdown in cases and e-mails.
           */
          name: string;
          /**
           * The profile id (the part after application-inference-profile/ in its ARN): the ModelId dimension value of its metrics.
           */
          profileId: string;
          /**
           * Alarms of this profile's own traffic, besides the model's (whose error alarms sum every source): e.g. ["ServerErrors", "HighLatency"]. Named {Customer}-Bedrock-{Kind}-{Severity}-{Model}.{profile name}, same settings and classification as the model's alarm of that kind, and part of the model's composite. Absent: none.
           */
          alarms?: ('ClientErrors' | 'ServerErrors' | 'Throttles' | 'HighLatency')[];
        },
        {
          /**
           * Who uses it (team or application), for the breakdown in cases and e-mails.
           */
          name: string;
          /**
           * The profile id (the part after application-inference-profile/ in its ARN): the ModelId dimension value of its metrics.
           */
          profileId: string;
          /**
           * Alarms of this profile's own traffic, besides the model's (whose error alarms sum every source): e.g. ["ServerErrors", "HighLatency"]. Named {Customer}-Bedrock-{Kind}-{Severity}-{Model}.{profile name}, same settings and classification as the model's alarm of that kind, and part of the model's composite. Absent: none.
           */
          alarms?: ('ClientErrors' | 'ServerErrors' | 'Throttles' | 'HighLatency')[];
        },
        {
          /**
           * Who uses it (team or application), for the breakdown in cases and e-mails.
           */
          name: string;
          /**
           * The profile id (the part after application-inference-profile/ in its ARN): the ModelId dimension value of its metrics.
           */
          profileId: string;
          /**
           * Alarms of this profile's own traffic, besides the model's (whose error alarms sum every source): e.g. ["ServerErrors", "HighLatency"]. Named {Customer}-Bedrock-{Kind}-{Severity}-{Model}.{profile name}, same settings and classification as the model's alarm of that kind, and part of the model's composite. Absent: none.
           */
          alarms?: ('ClientErrors' | 'ServerErrors' | 'Throttles' | 'HighLatency')[];
        },
        {
          /**
           * Who uses it (team or application), for the breakdown in cases and e-mails.
           */
          name: string;
          /**
           * The profile id (the part after application-inference-profile/ in its ARN): the ModelId dimension value of its metrics.
           */
          profileId: string;
          /**
           * Alarms of this profile's own traffic, besides the model's (whose error alarms sum every source): e.g. ["ServerErrors", "HighLatency"]. Named {Customer}-Bedrock-{Kind}-{Severity}-{Model}.{profile name}, same settings and classification as the model's alarm of that kind, and part of the model's composite. Absent: none.
           */
          alarms?: ('ClientErrors' | 'ServerErrors' | 'Throttles' | 'HighLatency')[];
        },
        {
          /**
           * Who uses it (team or application), for the breakdown in cases and e-mails.
           */
          name: string;
          /**
           * The profile id (the part after application-inference-profile/ in its ARN): the ModelId dimension value of its metrics.
           */
          profileId: string;
          /**
           * Alarms of this profile's own traffic, besides the model's (whose error alarms sum every source): e.g. ["ServerErrors", "HighLatency"]. Named {Customer}-Bedrock-{Kind}-{Severity}-{Model}.{profile name}, same settings and classification as the model's alarm of that kind, and part of the model's composite. Absent: none.
           */
          alarms?: ('ClientErrors' | 'ServerErrors' | 'Throttles' | 'HighLatency')[];
        },
        {
          /**
           * Who uses it (team or application), for the breakdown in cases and e-mails.
           */
          name: string;
          /**
           * The profile id (the part after application-inference-profile/ in its ARN): the ModelId dimension value of its metrics.
           */
          profileId: string;
          /**
           * Alarms of this profile's own traffic, besides the model's (whose error alarms sum every source): e.g. ["ServerErrors", "HighLatency"]. Named {Customer}-Bedrock-{Kind}-{Severity}-{Model}.{profile name}, same settings and classification as the model's alarm of that kind, and part of the model's composite. Absent: none.
           */
          alarms?: ('ClientErrors' | 'ServerErrors' | 'Throttles' | 'HighLatency')[];
        },
        {
          /**
           * Who uses it (team or application), for the breakdown in cases and e-mails.
           */
          name: string;
          /**
           * The profile id (the part after application-inference-profile/ in its ARN): the ModelId dimension value of its metrics.
           */
          profileId: string;
          /**
           * Alarms of this profile's own traffic, besides the model's (whose error alarms sum every source): e.g. ["ServerErrors", "HighLatency"]. Named {Customer}-Bedrock-{Kind}-{Severity}-{Model}.{profile name}, same settings and classification as the model's alarm of that kind, and part of the model's composite. Absent: none.
           */
          alarms?: ('ClientErrors' | 'ServerErrors' | 'Throttles' | 'HighLatency')[];
        }
      ]
    | [
        {
          /**
           * Who uses it (team or application), for the breakdown in cases and e-mails.
           */
          name: string;
          /**
           * The profile id (the part after application-inference-profile/ in its ARN): the ModelId dimension value of its metrics.
           */
          profileId: string;
          /**
           * Alarms of this profile's own traffic, besides the model's (whose error alarms sum every source): e.g. ["ServerErrors", "HighLatency"]. Named {Customer}-Bedrock-{Kind}-{Severity}-{Model}.{profile name}, same settings and classification as the model's alarm of that kind, and part of the model's composite. Absent: none.
           */
          alarms?: ('ClientErrors' | 'ServerErrors' | 'Throttles' | 'HighLatency')[];
        },
        {
          /**
           * Who uses it (team or application), for the breakdown in cases and e-mails.
           */
          name: string;
          /**
           * The profile id (the part after application-inference-profile/ in its ARN): the ModelId dimension value of its metrics.
           */
          profileId: string;
          /**
           * Alarms of this profile's own traffic, besides the model's (whose error alarms sum every source): e.g. ["ServerErrors", "HighLatency"]. Named {Customer}-Bedrock-{Kind}-{Severity}-{Model}.{profile name}, same settings and classification as the model's alarm of that kind, and part of the model's composite. Absent: none.
           */
          alarms?: ('ClientErrors' | 'ServerErrors' | 'Throttles' | 'HighLatency')[];
        },
        {
          /**
           * Who uses it (team or application), for the breakdown in cases and e-mails.
           */
          name: string;
          /**
           * The profile id (the part after application-inference-profile/ in its ARN): the ModelId dimension value of its metrics.
           */
          profileId: string;
          /**
           * Alarms of this profile's own traffic, besides the model's (whose error alarms sum every source): e.g. ["ServerErrors", "HighLatency"]. Named {Customer}-Bedrock-{Kind}-{Severity}-{Model}.{profile name}, same settings and classification as the model's alarm of that kind, and part of the model's composite. Absent: none.
           */
          alarms?: ('ClientErrors' | 'ServerErrors' | 'Throttles' | 'HighLatency')[];
        },
        {
          /**
           * Who uses it (team or application), for the breakdown in cases and e-mails.
           */
          name: string;
          /**
           * The profile id (the part after application-inference-profile/ in its ARN): the ModelId dimension value of its metrics.
           */
          profileId: string;
          /**
           * Alarms of this profile's own traffic, besides the model's (whose error alarms sum every source): e.g. ["ServerErrors", "HighLatency"]. Named {Customer}-Bedrock-{Kind}-{Severity}-{Model}.{profile name}, same settings and classification as the model's alarm of that kind, and part of the model's composite. Absent: none.
           */
          alarms?: ('ClientErrors' | 'ServerErrors' | 'Throttles' | 'HighLatency')[];
        },
        {
          /**
           * Who uses it (team or application), for the breakdown in cases and e-mails.
           */
          name: string;
          /**
           * The profile id (the part after application-inference-profile/ in its ARN): the ModelId dimension value of its metrics.
           */
          profileId: string;
          /**
           * Alarms of this profile's own traffic, besides the model's (whose error alarms sum every source): e.g. ["ServerErrors", "HighLatency"]. Named {Customer}-Bedrock-{Kind}-{Severity}-{Model}.{profile name}, same settings and classification as the model's alarm of that kind, and part of the model's composite. Absent: none.
           */
          alarms?: ('ClientErrors' | 'ServerErrors' | 'Throttles' | 'HighLatency')[];
        },
        {
          /**
           * Who uses it (team or application), for the breakdown in cases and e-mails.
           */
          name: string;
          /**
           * The profile id (the part after application-inference-profile/ in its ARN): the ModelId dimension value of its metrics.
           */
          profileId: string;
          /**
           * Alarms of this profile's own traffic, besides the model's (whose error alarms sum every source): e.g. ["ServerErrors", "HighLatency"]. Named {Customer}-Bedrock-{Kind}-{Severity}-{Model}.{profile name}, same settings and classification as the model's alarm of that kind, and part of the model's composite. Absent: none.
           */
          alarms?: ('ClientErrors' | 'ServerErrors' | 'Throttles' | 'HighLatency')[];
        },
        {
          /**
           * Who uses it (team or application), for the breakdown in cases and e-mails.
           */
          name: string;
          /**
           * The profile id (the part after application-inference-profile/ in its ARN): the ModelId dimension value of its metrics.
           */
          profileId: string;
          /**
           * Alarms of this profile's own traffic, besides the model's (whose error alarms sum every source): e.g. ["ServerErrors", "HighLatency"]. Named {Customer}-Bedrock-{Kind}-{Severity}-{Model}.{profile name}, same settings and classification as the model's alarm of that kind, and part of the model's composite. Absent: none.
           */
          alarms?: ('ClientErrors' | 'ServerErrors' | 'Throttles' | 'HighLatency')[];
        },
        {
          /**
           * Who uses it (team or application), for the breakdown in cases and e-mails.
           */
          name: string;
          /**
           * The profile id (the part after application-inference-profile/ in its ARN): the ModelId dimension value of its metrics.
           */
          profileId: string;
          /**
           * Alarms of this profile's own traffic, besides the model's (whose error alarms sum every source): e.g. ["ServerErrors", "HighLatency"]. Named {Customer}-Bedrock-{Kind}-{Severity}-{Model}.{profile name}, same settings and classification as the model's alarm of that kind, and part of the model's composite. Absent: none.
           */
          alarms?: ('ClientErrors' | 'ServerErrors' | 'Throttles' | 'HighLatency')[];
        }
      ]
    | [
        {
          /**
           * Who uses it (team or application), for the breakdown in cases and e-mails.
           */
          name: string;
          /**
           * The profile id (the part after application-inference-profile/ in its ARN): the ModelId dimension value of its metrics.
           */
          profileId: string;
          /**
           * Alarms of this profile's own traffic, besides the model's (whose error alarms sum every source): e.g. ["ServerErrors", "HighLatency"]. Named {Customer}-Bedrock-{Kind}-{Severity}-{Model}.{profile name}, same settings and classification as the model's alarm of that kind, and part of the model's composite. Absent: none.
           */
          alarms?: ('ClientErrors' | 'ServerErrors' | 'Throttles' | 'HighLatency')[];
        },
        {
          /**
           * Who uses it (team or application), for the breakdown in cases and e-mails.
           */
          name: string;
          /**
           * The profile id (the part after application-inference-profile/ in its ARN): the ModelId dimension value of its metrics.
           */
          profileId: string;
          /**
           * Alarms of this profile's own traffic, besides the model's (whose error alarms sum every source): e.g. ["ServerErrors", "HighLatency"]. Named {Customer}-Bedrock-{Kind}-{Severity}-{Model}.{profile name}, same settings and classification as the model's alarm of that kind, and part of the model's composite. Absent: none.
           */
          alarms?: ('ClientErrors' | 'ServerErrors' | 'Throttles' | 'HighLatency')[];
        },
        {
          /**
           * Who uses it (team or application), for the breakdown in cases and e-mails.
           */
          name: string;
          /**
           * The profile id (the part after application-inference-profile/ in its ARN): the ModelId dimension value of its metrics.
           */
          profileId: string;
          /**
           * Alarms of this profile's own traffic, besides the model's (whose error alarms sum every source): e.g. ["ServerErrors", "HighLatency"]. Named {Customer}-Bedrock-{Kind}-{Severity}-{Model}.{profile name}, same settings and classification as the model's alarm of that kind, and part of the model's composite. Absent: none.
           */
          alarms?: ('ClientErrors' | 'ServerErrors' | 'Throttles' | 'HighLatency')[];
        },
        {
          /**
           * Who uses it (team or application), for the breakdown in cases and e-mails.
           */
          name: string;
          /**
           * The profile id (the part after application-inference-profile/ in its ARN): the ModelId dimension value of its metrics.
           */
          profileId: string;
          /**
           * Alarms of this profile's own traffic, besides the model's (whose error alarms sum every source): e.g. ["ServerErrors", "HighLatency"]. Named {Customer}-Bedrock-{Kind}-{Severity}-{Model}.{profile name}, same settings and classification as the model's alarm of that kind, and part of the model's composite. Absent: none.
           */
          alarms?: ('ClientErrors' | 'ServerErrors' | 'Throttles' | 'HighLatency')[];
        },
        {
          /**
           * Who uses it (team or application), for the breakdown in cases and e-mails.
           */
          name: string;
          /**
           * The profile id (the part after application-inference-profile/ in its ARN): the ModelId dimension value of its metrics.
           */
          profileId: string;
          /**
           * Alarms of this profile's own traffic, besides the model's (whose error alarms sum every source): e.g. ["ServerErrors", "HighLatency"]. Named {Customer}-Bedrock-{Kind}-{Severity}-{Model}.{profile name}, same settings and classification as the model's alarm of that kind, and part of the model's composite. Absent: none.
           */
          alarms?: ('ClientErrors' | 'ServerErrors' | 'Throttles' | 'HighLatency')[];
        },
        {
          /**
           * Who uses it (team or application), for the breakdown in cases and e-mails.
           */
          name: string;
          /**
           * The profile id (the part after application-inference-profile/ in its ARN): the ModelId dimension value of its metrics.
           */
          profileId: string;
          /**
           * Alarms of this profile's own traffic, besides the model's (whose error alarms sum every source): e.g. ["ServerErrors", "HighLatency"]. Named {Customer}-Bedrock-{Kind}-{Severity}-{Model}.{profile name}, same settings and classification as the model's alarm of that kind, and part of the model's composite. Absent: none.
           */
          alarms?: ('ClientErrors' | 'ServerErrors' | 'Throttles' | 'HighLatency')[];
        },
        {
          /**
           * Who uses it (team or application), for the breakdown in cases and e-mails.
           */
          name: string;
          /**
           * The profile id (the part after application-inference-profile/ in its ARN): the ModelId dimension value of its metrics.
           */
          profileId: string;
          /**
           * Alarms of this profile's own traffic, besides the model's (whose error alarms sum every source): e.g. ["ServerErrors", "HighLatency"]. Named {Customer}-Bedrock-{Kind}-{Severity}-{Model}.{profile name}, same settings and classification as the model's alarm of that kind, and part of the model's composite. Absent: none.
           */
          alarms?: ('ClientErrors' | 'ServerErrors' | 'Throttles' | 'HighLatency')[];
        },
        {
          /**
           * Who uses it (team or application), for the breakdown in cases and e-mails.
           */
          name: string;
          /**
           * The profile id (the part after application-inference-profile/ in its ARN): the ModelId dimension value of its metrics.
           */
          profileId: string;
          /**
           * Alarms of this profile's own traffic, besides the model's (whose error alarms sum every source): e.g. ["ServerErrors", "HighLatency"]. Named {Customer}-Bedrock-{Kind}-{Severity}-{Model}.{profile name}, same settings and classification as the model's alarm of that kind, and part of the model's composite. Absent: none.
           */
          alarms?: ('ClientErrors' | 'ServerErrors' | 'Throttles' | 'HighLatency')[];
        },
        {
          /**
           * Who uses it (team or application), for the breakdown in cases and e-mails.
           */
          name: string;
          /**
           * The profile id (the part after application-inference-profile/ in its ARN): the ModelId dimension value of its metrics.
           */
          profileId: string;
          /**
           * Alarms of this profile's own traffic, besides the model's (whose error alarms sum every source): e.g. ["ServerErrors", "HighLatency"]. Named {Customer}-Bedrock-{Kind}-{Severity}-{Model}.{profile name}, same settings and classification as the model's alarm of that kind, and part of the model's composite. Absent: none.
           */
          alarms?: ('ClientErrors' | 'ServerErrors' | 'Throttles' | 'HighLatency')[];
        }
      ]
    | [
        {
          /**
           * Who uses it (team or application), for the breakdown in cases and e-mails.
           */
          name: string;
          /**
           * The profile id (the part after application-inference-profile/ in its ARN): the ModelId dimension value of its metrics.
           */
          profileId: string;
          /**
           * Alarms of this profile's own traffic, besides the model's (whose error alarms sum every source): e.g. ["ServerErrors", "HighLatency"]. Named {Customer}-Bedrock-{Kind}-{Severity}-{Model}.{profile name}, same settings and classification as the model's alarm of that kind, and part of the model's composite. Absent: none.
           */
          alarms?: ('ClientErrors' | 'ServerErrors' | 'Throttles' | 'HighLatency')[];
        },
        {
          /**
           * Who uses it (team or application), for the breakdown in cases and e-mails.
           */
          name: string;
          /**
           * The profile id (the part after application-inference-profile/ in its ARN): the ModelId dimension value of its metrics.
           */
          profileId: string;
          /**
           * Alarms of this profile's own traffic, besides the model's (whose error alarms sum every source): e.g. ["ServerErrors", "HighLatency"]. Named {Customer}-Bedrock-{Kind}-{Severity}-{Model}.{profile name}, same settings and classification as the model's alarm of that kind, and part of the model's composite. Absent: none.
           */
          alarms?: ('ClientErrors' | 'ServerErrors' | 'Throttles' | 'HighLatency')[];
        },
        {
          /**
           * Who uses it (team or application), for the breakdown in cases and e-mails.
           */
          name: string;
          /**
           * The profile id (the part after application-inference-profile/ in its ARN): the ModelId dimension value of its metrics.
           */
          profileId: string;
          /**
           * Alarms of this profile's own traffic, besides the model's (whose error alarms sum every source): e.g. ["ServerErrors", "HighLatency"]. Named {Customer}-Bedrock-{Kind}-{Severity}-{Model}.{profile name}, same settings and classification as the model's alarm of that kind, and part of the model's composite. Absent: none.
           */
          alarms?: ('ClientErrors' | 'ServerErrors' | 'Throttles' | 'HighLatency')[];
        },
        {
          /**
           * Who uses it (team or application), for the breakdown in cases and e-mails.
           */
          name: string;
          /**
           * The profile id (the part after application-inference-profile/ in its ARN): the ModelId dimension value of its metrics.
           */
          profileId: string;
          /**
           * Alarms of this profile's own traffic, besides the model's (whose error alarms sum every source): e.g. ["ServerErrors", "HighLatency"]. Named {Customer}-Bedrock-{Kind}-{Severity}-{Model}.{profile name}, same settings and classification as the model's alarm of that kind, and part of the model's composite. Absent: none.
           */
          alarms?: ('ClientErrors' | 'ServerErrors' | 'Throttles' | 'HighLatency')[];
        },
        {
          /**
           * Who uses it (team or application), for the breakdown in cases and e-mails.
           */
          name: string;
          /**
           * The profile id (the part after application-inference-profile/ in its ARN): the ModelId dimension value of its metrics.
           */
          profileId: string;
          /**
           * Alarms of this profile's own traffic, besides the model's (whose error alarms sum every source): e.g. ["ServerErrors", "HighLatency"]. Named {Customer}-Bedrock-{Kind}-{Severity}-{Model}.{profile name}, same settings and classification as the model's alarm of that kind, and part of the model's composite. Absent: none.
           */
          alarms?: ('ClientErrors' | 'ServerErrors' | 'Throttles' | 'HighLatency')[];
        },
        {
          /**
           * Who uses it (team or application), for the breakdown in cases and e-mails.
           */
          name: string;
          /**
           * The profile id (the part after application-inference-profile/ in its ARN): the ModelId dimension value of its metrics.
           */
          profileId: string;
          /**
           * Alarms of this profile's own traffic, besides the model's (whose error alarms sum every source): e.g. ["ServerErrors", "HighLatency"]. Named {Customer}-Bedrock-{Kind}-{Severity}-{Model}.{profile name}, same settings and classification as the model's alarm of that kind, and part of the model's composite. Absent: none.
           */
          alarms?: ('ClientErrors' | 'ServerErrors' | 'Throttles' | 'HighLatency')[];
        },
        {
          /**
           * Who uses it (team or application), for the breakdown in cases and e-mails.
           */
          name: string;
          /**
           * The profile id (the part after application-inference-profile/ in its ARN): the ModelId dimension value of its metrics.
           */
          profileId: string;
          /**
           * Alarms of this profile's own traffic, besides the model's (whose error alarms sum every source): e.g. ["ServerErrors", "HighLatency"]. Named {Customer}-Bedrock-{Kind}-{Severity}-{Model}.{profile name}, same settings and classification as the model's alarm of that kind, and part of the model's composite. Absent: none.
           */
          alarms?: ('ClientErrors' | 'ServerErrors' | 'Throttles' | 'HighLatency')[];
        },
        {
          /**
           * Who uses it (team or application), for the breakdown in cases and e-mails.
           */
          name: string;
          /**
           * The profile id (the part after application-inference-profile/ in its ARN): the ModelId dimension value of its metrics.
           */
          profileId: string;
          /**
           * Alarms of this profile's own traffic, besides the model's (whose error alarms sum every source): e.g. ["ServerErrors", "HighLatency"]. Named {Customer}-Bedrock-{Kind}-{Severity}-{Model}.{profile name}, same settings and classification as the model's alarm of that kind, and part of the model's composite. Absent: none.
           */
          alarms?: ('ClientErrors' | 'ServerErrors' | 'Throttles' | 'HighLatency')[];
        },
        {
          /**
           * Who uses it (team or application), for the breakdown in cases and e-mails.
           */
          name: string;
          /**
           * The profile id (the part after application-inference-profile/ in its ARN): the ModelId dimension value of its metrics.
           */
          profileId: string;
          /**
           * Alarms of this profile's own traffic, besides the model's (whose error alarms sum every source): e.g. ["ServerErrors", "HighLatency"]. Named {Customer}-Bedrock-{Kind}-{Severity}-{Model}.{profile name}, same settings and classification as the model's alarm of that kind, and part of the model's composite. Absent: none.
           */
          alarms?: ('ClientErrors' | 'ServerErrors' | 'Throttles' | 'HighLatency')[];
        },
        {
          /**
           * Who uses it (team or application), for the breakdown in cases and e-mails.
           */
          name: string;
          /**
           * The profile id (the part after application-inference-profile/ in its ARN): the ModelId dimension value of its metrics.
           */
          profileId: string;
          /**
           * Alarms of this profile's own traffic, besides the model's (whose error alarms sum every source): e.g. ["ServerErrors", "HighLatency"]. Named {Customer}-Bedrock-{Kind}-{Severity}-{Model}.{profile name}, same settings and classification as the model's alarm of that kind, and part of the model's composite. Absent: none.
           */
          alarms?: ('ClientErrors' | 'ServerErrors' | 'Throttles' | 'HighLatency')[];
        }
      ];
  quotaCodes?: {
    rpm?: string;
    tpm?: string;
    /**
     * bedrock-mantle only: the output-tokens-per-minute quota.
     */
    outputTpm?: string;
  };
  overrides?: PercentOverrides;
}
export interface PercentOverrides {
  rpmIncreasePercent?: number;
  tpmIncreasePercent?: number;
  rpmThresholdPercent?: number;
  tpmThresholdPercent?: number;
}
export interface CaseAutomation {
  enabled?: boolean;
  /**
   * An open case younger than this blocks a new one of the same category.
   */
  lookbackDays?: number;
  severity?: {
    CRITICAL?: 'low' | 'normal' | 'high' | 'urgent' | 'critical';
    WARNING?: 'low' | 'normal' | 'high' | 'urgent' | 'critical';
  };
  /**
   * @maxItems 10
   */
  ccEmailAddresses?:
    | []
    | [string]
    | [string, string]
    | [string, string, string]
    | [string, string, string, string]
    | [string, string, string, string, string]
    | [string, string, string, string, string, string]
    | [string, string, string, string, string, string, string]
    | [string, string, string, string, string, string, string, string]
    | [string, string, string, string, string, string, string, string, string]
    | [string, string, string, string, string, string, string, string, string, string];
  useCaseDescription?: string;
  language?: 'en' | 'ja' | 'zh' | 'ko';
  /**
   * When Service Quotas cannot take an increase request, open a Support case with the same content.
   */
  fallbackToSupportCase?: boolean;
}
export interface QuotaPolicy {
  rpmIncreasePercent?: number;
  tpmIncreasePercent?: number;
  rpmThresholdPercent?: number;
  tpmThresholdPercent?: number;
}
/**
 * This interface was referenced by `undefined`'s JSON-Schema definition
 * via the `patternProperty` "^[0-9]{12}$".
 */
export interface AccountOverride {
  /**
   * Friendly name shown with the account id in e-mails and cases.
   */
  name?: string;
  /**
   * basic and developer plans cannot use the AWS Support API: no Support case is opened for the account.
   */
  supportPlan?: 'basic' | 'developer' | 'business' | 'enterprise-on-ramp' | 'enterprise';
  caseAutomation?: CaseAutomationOverride;
}
/**
 * The caseAutomation settings one account overrides (no defaults: what is not given is the document-wide value).
 */
export interface CaseAutomationOverride {
  enabled?: boolean;
  lookbackDays?: number;
  severity?: {
    CRITICAL?: 'low' | 'normal' | 'high' | 'urgent' | 'critical';
    WARNING?: 'low' | 'normal' | 'high' | 'urgent' | 'critical';
  };
  /**
   * @maxItems 10
   */
  ccEmailAddresses?:
    | []
    | [string]
    | [string, string]
    | [string, string, string]
    | [string, string, string, string]
    | [string, string, string, string, string]
    | [string, string, string, string, string, string]
    | [string, string, string, string, string, string, string]
    | [string, string, string, string, string, string, string, string]
    | [string, string, string, string, string, string, string, string, string]
    | [string, string, string, string, string, string, string, string, string, string];
  useCaseDescription?: string;
  language?: 'en' | 'ja' | 'zh' | 'ko';
  fallbackToSupportCase?: boolean;
}
/**
 * This interface was referenced by `undefined`'s JSON-Schema definition
 * via the `patternProperty` "^ou-[a-z0-9]{4,32}-[a-z0-9]{8,32}$".
 */
export interface OrganizationalUnitOverride {
  /**
   * Friendly name of the OU (for people reading the document).
   */
  name?: string;
  /**
   * The OU's member accounts these settings apply to.
   *
   * @maxItems 1000
   */
  accounts: string[];
  /**
   * The Support plan of the OU's accounts (an account's own supportPlan wins).
   */
  supportPlan?: 'basic' | 'developer' | 'business' | 'enterprise-on-ramp' | 'enterprise';
  caseAutomation?: CaseAutomationOverride;
}
