/* Generated from schemas/scenario.schema.json by `npm run gen:types`. Do not edit. */

/**
 * Quota increase requests already pending in Service Quotas (a new request for the same quota answers ResourceAlreadyExistsException).
 */
export type PendingQuotaRequests = {
  model: string;
  quota: 'RPM' | 'TPM' | 'OutputTPM';
  desiredValue: number;
  caseDisplayId?: string;
  created?: string;
}[];

/**
 * A simulated AWS account and the alarm events to replay through the workflow (`ops-alert simulate --scenario FILE`). A user-facing contract: extend it, never break it. The simulated clock is each event's `at`.
 */
export interface Scenario {
  $comment?: string;
  /**
   * Defaults to the file name.
   */
  name?: string;
  description?: string;
  customerName: string;
  /**
   * Optional runtime settings (caseAutomation, quotaPolicy, usageWindowDays, settleWindowSeconds, quotaCasePoll...). Validated by the workflow itself, like the Parameter Store document: bad settings fail the execution.
   */
  settings?: {};
  /**
   * false = the Support API answers SubscriptionRequiredException.
   */
  supportPlan?: boolean;
  /**
   * false = RequestServiceQuotaIncrease fails (e.g. no service-linked role): the workflow falls back to a Support case.
   */
  serviceQuotasAvailable?: boolean;
  /**
   * How many GetRequestedServiceQuotaChange polls before Service Quotas reports the case id of a new request (0 = at once).
   */
  quotaCaseOpensAfterPolls?: number;
  /**
   * How Service Quotas ends new increase requests instead of opening a case: at the given poll, a request for the quota (or any) ends with the status. APPROVED raises the quota to the desired value (and the thresholds follow).
   */
  quotaRequestOutcomes?: {
    /**
     * Only requests for this quota (default: all).
     */
    quota?: 'RPM' | 'TPM' | 'OutputTPM';
    status: 'APPROVED' | 'DENIED' | 'NOT_APPROVED' | 'INVALID_REQUEST' | 'CASE_CLOSED';
    /**
     * The GetRequestedServiceQuotaChange poll at which the request ends.
     */
    afterPolls?: number;
  }[];
  /**
   * Quotas whose increase Service Quotas refuses to take (QuotaRequestUnavailableError, e.g. not adjustable here) while the others can be requested.
   */
  unrequestableQuotas?: ('RPM' | 'TPM' | 'OutputTPM')[];
  region?: string;
  account?: string;
  /**
   * Organization mode (hub and spokes): the member accounts the workflow acts in, each with its Regions. The top-level `account` and `region` are then the hub's (where the workflow, ledger, topics and settings live); the top-level `models` are the deployment's models (deployed as alarms in every Region of every account), and each Region may give a model its own quotas and usage. Each event names its `account` and `region` (default: the first account and its first Region). Absent: single-account mode, the top-level account is the only one.
   *
   * @minItems 1
   */
  accounts?: [MemberAccount, ...MemberAccount[]];
  /**
   * E-mail subscribers with their preference (the SNS filter policy). Default: one subscriber with preference all.
   */
  subscribers?: {
    email: string;
    preference: 'all' | 'critical' | 'warning';
    /**
     * Organization mode: only the e-mails about these accounts (the subscription's filter on the `account` message attribute, as the deployment config's notifications.emails[].accounts). Absent: every account.
     *
     * @minItems 1
     */
    accounts?: [string, ...string[]];
  }[];
  /**
   * @minItems 1
   */
  models: [Model, ...Model[]];
  /**
   * The account's inference profiles as Bedrock lists them (ListInferenceProfiles / GetInferenceProfile): the threshold updater's discovery reads them (at deploy, before the first event, and at each quotaChange). Application profiles whose models draw on a monitored model are summed with it (src/core/inference-profiles.ts); a system-defined profile gives the models of a monitored cross-Region profile id. Absent: Bedrock lists none.
   */
  inferenceProfiles?: {
    profileId: string;
    name: string;
    type?: 'APPLICATION' | 'SYSTEM_DEFINED';
    status?: string;
    /**
     * models[].modelArn: foundation-model ARNs (or a system-defined profile's ARN).
     */
    models: string[];
    /**
     * Absent = no usage history. {peakRpm, peakTpm} = a generated 14-day series with those peaks. {series} = explicit per-minute points. {unavailable: true} = the metrics API fails.
     */
    usage?:
      | {
          peakRpm: number;
          peakTpm: number;
          avgInputTokensPerRequest?: number;
          avgOutputTokensPerRequest?: number;
          /**
           * bedrock-mantle: the busiest minute's output tokens (TotalOutputTokens). Absent: output tokens follow peakTpm and the input/output shares.
           */
          peakOutputTpm?: number;
        }
      | {
          series: {
            at: string;
            invocations: number;
            estimatedTpm?: number;
            inputTokens?: number;
            outputTokens?: number;
          }[];
        }
      | {
          unavailable: true;
        };
  }[];
  openCases?: OpenCase[];
  pendingQuotaRequests?: PendingQuotaRequests;
  /**
   * Each entry is one of three shapes, told apart by its keys: `quotaChange` (a quota change), `detail-type`/`source`/`detail` (a full EventBridge event), otherwise a shorthand alarm event (`model`, `alarms`, `at`). Errors are reported for the shape the entry was meant to be.
   *
   * @minItems 1
   */
  events: [
    QuotaChangeEvent | CaseResolvedEvent | ShorthandEvent | FullEvent,
    ...(QuotaChangeEvent | CaseResolvedEvent | ShorthandEvent | FullEvent)[]
  ];
  /**
   * Deliveries whose times fall within this many seconds of the first of their group run concurrently (each still on its own simulated clock). 0 = only deliveries of the same instant.
   */
  concurrentWithinSeconds?: number;
  /**
   * Faults injected into the simulated AWS APIs (issue 4: retries and re-drives must not duplicate or lose anything).
   */
  faults?: Fault[];
  /**
   * true: some executions of this scenario are meant to fail (a fault, or settings that are invalid on purpose). `ops-alert simulate` then exits 0 when they do, and does not check the scenario's settings before running. Otherwise any failed execution makes it exit 1, and invalid settings are reported before anything runs.
   */
  expectFailedExecutions?: boolean;
}
export interface MemberAccount {
  /**
   * The member account's id.
   */
  id: string;
  /**
   * Friendly name shown with the account id in e-mails and cases (the runtime settings' accounts.{id}.name).
   */
  name?: string;
  /**
   * false = the account has no Business, Enterprise On-Ramp or Enterprise Support plan: its Support API answers SubscriptionRequiredException.
   */
  supportPlan?: boolean;
  /**
   * false = RequestServiceQuotaIncrease fails in this account.
   */
  serviceQuotasAvailable?: boolean;
  /**
   * false = the deployment configuration's organization.accounts does not list this account: it joined a spoke OU later and got the spoke (alarms at the configuration's quota values) by automatic deployment. The hub's threshold updater finds it only among the spoke stack set's instances (CloudFormation ListStackInstances, which the simulated organization answers with every member account and Region).
   */
  listed?: boolean;
  /**
   * @minItems 1
   */
  regions: [MemberRegion, ...MemberRegion[]];
}
export interface MemberRegion {
  region: string;
  /**
   * This Region's quotas and usage of the deployment's models (by name, one of the top-level `models`); a model not listed keeps the top-level values.
   */
  models?: RegionModel[];
  /**
   * Support cases already open for this account and Region.
   */
  openCases?: OpenCase[];
  pendingQuotaRequests?: PendingQuotaRequests;
}
export interface RegionModel {
  /**
   * A model name of the top-level `models`.
   */
  name: string;
  quotas?: Quotas;
  /**
   * true = the Service Quotas read fails (access denied).
   */
  quotasUnavailable?: boolean;
  /**
   * Absent = no usage history. {peakRpm, peakTpm} = a generated 14-day series with those peaks. {series} = explicit per-minute points. {unavailable: true} = the metrics API fails.
   */
  usage?:
    | {
        peakRpm: number;
        peakTpm: number;
        avgInputTokensPerRequest?: number;
        avgOutputTokensPerRequest?: number;
        /**
         * bedrock-mantle: the busiest minute's output tokens (TotalOutputTokens). Absent: output tokens follow peakTpm and the input/output shares.
         */
        peakOutputTpm?: number;
      }
    | {
        series: {
          at: string;
          invocations: number;
          estimatedTpm?: number;
          inputTokens?: number;
          outputTokens?: number;
        }[];
      }
    | {
        unavailable: true;
      };
}
/**
 * Current quota values. A missing key = the model has no such quota.
 */
export interface Quotas {
  rpm?: number;
  tpm?: number;
  /**
   * bedrock-mantle only: the "Bedrock Mantle output tokens per minute" quota.
   */
  outputTpm?: number;
}
export interface OpenCase {
  subject: string;
  status?: string;
  timeCreated: string;
  caseId?: string;
  displayId?: string;
  communications?: string[];
}
export interface Model {
  name: string;
  modelId: string;
  /**
   * Which Bedrock inference endpoint serves the model: bedrock-runtime (InvokeModel/Converse; metrics AWS/Bedrock, dimension ModelId) or bedrock-mantle (OpenAI-compatible Responses/Chat Completions, Anthropic Messages; metrics AWS/BedrockMantle, dimension Model). The endpoints have separate quotas: a model served on both is declared twice, once per endpoint, under two names. Absent: bedrock-runtime.
   */
  endpoint?: 'bedrock-runtime' | 'bedrock-mantle';
  /**
   * Application inference profiles drawing on this model's quota (bedrock-runtime only). Their traffic is published per profile while the quota is the model's: usage, error and usage alarms and decisions use the per-minute sum over the model and these profiles. At most 10 (one GetMetricData page). Each profile's usage is its own traffic; the model's `usage` is the direct traffic.
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
           * Absent = no usage history. {peakRpm, peakTpm} = a generated 14-day series with those peaks. {series} = explicit per-minute points. {unavailable: true} = the metrics API fails.
           */
          usage?:
            | {
                peakRpm: number;
                peakTpm: number;
                avgInputTokensPerRequest?: number;
                avgOutputTokensPerRequest?: number;
              }
            | {
                series: {
                  at: string;
                  invocations: number;
                  estimatedTpm?: number;
                  inputTokens?: number;
                  outputTokens?: number;
                }[];
              }
            | {
                unavailable: true;
              };
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
           * Absent = no usage history. {peakRpm, peakTpm} = a generated 14-day series with those peaks. {series} = explicit per-minute points. {unavailable: true} = the metrics API fails.
           */
          usage?:
            | {
                peakRpm: number;
                peakTpm: number;
                avgInputTokensPerRequest?: number;
                avgOutputTokensPerRequest?: number;
              }
            | {
                series: {
                  at: string;
                  invocations: number;
                  estimatedTpm?: number;
                  inputTokens?: number;
                  outputTokens?: number;
                }[];
              }
            | {
                unavailable: true;
              };
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
           * Absent = no usage history. {peakRpm, peakTpm} = a generated 14-day series with those peaks. {series} = explicit per-minute points. {unavailable: true} = the metrics API fails.
           */
          usage?:
            | {
                peakRpm: number;
                peakTpm: number;
                avgInputTokensPerRequest?: number;
                avgOutputTokensPerRequest?: number;
              }
            | {
                series: {
                  at: string;
                  invocations: number;
                  estimatedTpm?: number;
                  inputTokens?: number;
                  outputTokens?: number;
                }[];
              }
            | {
                unavailable: true;
              };
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
           * Absent = no usage history. {peakRpm, peakTpm} = a generated 14-day series with those peaks. {series} = explicit per-minute points. {unavailable: true} = the metrics API fails.
           */
          usage?:
            | {
                peakRpm: number;
                peakTpm: number;
                avgInputTokensPerRequest?: number;
                avgOutputTokensPerRequest?: number;
              }
            | {
                series: {
                  at: string;
                  invocations: number;
                  estimatedTpm?: number;
                  inputTokens?: number;
                  outputTokens?: number;
                }[];
              }
            | {
                unavailable: true;
              };
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
           * Absent = no usage history. {peakRpm, peakTpm} = a generated 14-day series with those peaks. {series} = explicit per-minute points. {unavailable: true} = the metrics API fails.
           */
          usage?:
            | {
                peakRpm: number;
                peakTpm: number;
                avgInputTokensPerRequest?: number;
                avgOutputTokensPerRequest?: number;
              }
            | {
                series: {
                  at: string;
                  invocations: number;
                  estimatedTpm?: number;
                  inputTokens?: number;
                  outputTokens?: number;
                }[];
              }
            | {
                unavailable: true;
              };
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
           * Absent = no usage history. {peakRpm, peakTpm} = a generated 14-day series with those peaks. {series} = explicit per-minute points. {unavailable: true} = the metrics API fails.
           */
          usage?:
            | {
                peakRpm: number;
                peakTpm: number;
                avgInputTokensPerRequest?: number;
                avgOutputTokensPerRequest?: number;
              }
            | {
                series: {
                  at: string;
                  invocations: number;
                  estimatedTpm?: number;
                  inputTokens?: number;
                  outputTokens?: number;
                }[];
              }
            | {
                unavailable: true;
              };
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
           * Absent = no usage history. {peakRpm, peakTpm} = a generated 14-day series with those peaks. {series} = explicit per-minute points. {unavailable: true} = the metrics API fails.
           */
          usage?:
            | {
                peakRpm: number;
                peakTpm: number;
                avgInputTokensPerRequest?: number;
                avgOutputTokensPerRequest?: number;
              }
            | {
                series: {
                  at: string;
                  invocations: number;
                  estimatedTpm?: number;
                  inputTokens?: number;
                  outputTokens?: number;
                }[];
              }
            | {
                unavailable: true;
              };
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
           * Absent = no usage history. {peakRpm, peakTpm} = a generated 14-day series with those peaks. {series} = explicit per-minute points. {unavailable: true} = the metrics API fails.
           */
          usage?:
            | {
                peakRpm: number;
                peakTpm: number;
                avgInputTokensPerRequest?: number;
                avgOutputTokensPerRequest?: number;
              }
            | {
                series: {
                  at: string;
                  invocations: number;
                  estimatedTpm?: number;
                  inputTokens?: number;
                  outputTokens?: number;
                }[];
              }
            | {
                unavailable: true;
              };
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
           * Absent = no usage history. {peakRpm, peakTpm} = a generated 14-day series with those peaks. {series} = explicit per-minute points. {unavailable: true} = the metrics API fails.
           */
          usage?:
            | {
                peakRpm: number;
                peakTpm: number;
                avgInputTokensPerRequest?: number;
                avgOutputTokensPerRequest?: number;
              }
            | {
                series: {
                  at: string;
                  invocations: number;
                  estimatedTpm?: number;
                  inputTokens?: number;
                  outputTokens?: number;
                }[];
              }
            | {
                unavailable: true;
              };
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
           * Absent = no usage history. {peakRpm, peakTpm} = a generated 14-day series with those peaks. {series} = explicit per-minute points. {unavailable: true} = the metrics API fails.
           */
          usage?:
            | {
                peakRpm: number;
                peakTpm: number;
                avgInputTokensPerRequest?: number;
                avgOutputTokensPerRequest?: number;
              }
            | {
                series: {
                  at: string;
                  invocations: number;
                  estimatedTpm?: number;
                  inputTokens?: number;
                  outputTokens?: number;
                }[];
              }
            | {
                unavailable: true;
              };
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
           * Absent = no usage history. {peakRpm, peakTpm} = a generated 14-day series with those peaks. {series} = explicit per-minute points. {unavailable: true} = the metrics API fails.
           */
          usage?:
            | {
                peakRpm: number;
                peakTpm: number;
                avgInputTokensPerRequest?: number;
                avgOutputTokensPerRequest?: number;
              }
            | {
                series: {
                  at: string;
                  invocations: number;
                  estimatedTpm?: number;
                  inputTokens?: number;
                  outputTokens?: number;
                }[];
              }
            | {
                unavailable: true;
              };
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
           * Absent = no usage history. {peakRpm, peakTpm} = a generated 14-day series with those peaks. {series} = explicit per-minute points. {unavailable: true} = the metrics API fails.
           */
          usage?:
            | {
                peakRpm: number;
                peakTpm: number;
                avgInputTokensPerRequest?: number;
                avgOutputTokensPerRequest?: number;
              }
            | {
                series: {
                  at: string;
                  invocations: number;
                  estimatedTpm?: number;
                  inputTokens?: number;
                  outputTokens?: number;
                }[];
              }
            | {
                unavailable: true;
              };
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
           * Absent = no usage history. {peakRpm, peakTpm} = a generated 14-day series with those peaks. {series} = explicit per-minute points. {unavailable: true} = the metrics API fails.
           */
          usage?:
            | {
                peakRpm: number;
                peakTpm: number;
                avgInputTokensPerRequest?: number;
                avgOutputTokensPerRequest?: number;
              }
            | {
                series: {
                  at: string;
                  invocations: number;
                  estimatedTpm?: number;
                  inputTokens?: number;
                  outputTokens?: number;
                }[];
              }
            | {
                unavailable: true;
              };
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
           * Absent = no usage history. {peakRpm, peakTpm} = a generated 14-day series with those peaks. {series} = explicit per-minute points. {unavailable: true} = the metrics API fails.
           */
          usage?:
            | {
                peakRpm: number;
                peakTpm: number;
                avgInputTokensPerRequest?: number;
                avgOutputTokensPerRequest?: number;
              }
            | {
                series: {
                  at: string;
                  invocations: number;
                  estimatedTpm?: number;
                  inputTokens?: number;
                  outputTokens?: number;
                }[];
              }
            | {
                unavailable: true;
              };
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
           * Absent = no usage history. {peakRpm, peakTpm} = a generated 14-day series with those peaks. {series} = explicit per-minute points. {unavailable: true} = the metrics API fails.
           */
          usage?:
            | {
                peakRpm: number;
                peakTpm: number;
                avgInputTokensPerRequest?: number;
                avgOutputTokensPerRequest?: number;
              }
            | {
                series: {
                  at: string;
                  invocations: number;
                  estimatedTpm?: number;
                  inputTokens?: number;
                  outputTokens?: number;
                }[];
              }
            | {
                unavailable: true;
              };
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
           * Absent = no usage history. {peakRpm, peakTpm} = a generated 14-day series with those peaks. {series} = explicit per-minute points. {unavailable: true} = the metrics API fails.
           */
          usage?:
            | {
                peakRpm: number;
                peakTpm: number;
                avgInputTokensPerRequest?: number;
                avgOutputTokensPerRequest?: number;
              }
            | {
                series: {
                  at: string;
                  invocations: number;
                  estimatedTpm?: number;
                  inputTokens?: number;
                  outputTokens?: number;
                }[];
              }
            | {
                unavailable: true;
              };
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
           * Absent = no usage history. {peakRpm, peakTpm} = a generated 14-day series with those peaks. {series} = explicit per-minute points. {unavailable: true} = the metrics API fails.
           */
          usage?:
            | {
                peakRpm: number;
                peakTpm: number;
                avgInputTokensPerRequest?: number;
                avgOutputTokensPerRequest?: number;
              }
            | {
                series: {
                  at: string;
                  invocations: number;
                  estimatedTpm?: number;
                  inputTokens?: number;
                  outputTokens?: number;
                }[];
              }
            | {
                unavailable: true;
              };
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
           * Absent = no usage history. {peakRpm, peakTpm} = a generated 14-day series with those peaks. {series} = explicit per-minute points. {unavailable: true} = the metrics API fails.
           */
          usage?:
            | {
                peakRpm: number;
                peakTpm: number;
                avgInputTokensPerRequest?: number;
                avgOutputTokensPerRequest?: number;
              }
            | {
                series: {
                  at: string;
                  invocations: number;
                  estimatedTpm?: number;
                  inputTokens?: number;
                  outputTokens?: number;
                }[];
              }
            | {
                unavailable: true;
              };
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
           * Absent = no usage history. {peakRpm, peakTpm} = a generated 14-day series with those peaks. {series} = explicit per-minute points. {unavailable: true} = the metrics API fails.
           */
          usage?:
            | {
                peakRpm: number;
                peakTpm: number;
                avgInputTokensPerRequest?: number;
                avgOutputTokensPerRequest?: number;
              }
            | {
                series: {
                  at: string;
                  invocations: number;
                  estimatedTpm?: number;
                  inputTokens?: number;
                  outputTokens?: number;
                }[];
              }
            | {
                unavailable: true;
              };
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
           * Absent = no usage history. {peakRpm, peakTpm} = a generated 14-day series with those peaks. {series} = explicit per-minute points. {unavailable: true} = the metrics API fails.
           */
          usage?:
            | {
                peakRpm: number;
                peakTpm: number;
                avgInputTokensPerRequest?: number;
                avgOutputTokensPerRequest?: number;
              }
            | {
                series: {
                  at: string;
                  invocations: number;
                  estimatedTpm?: number;
                  inputTokens?: number;
                  outputTokens?: number;
                }[];
              }
            | {
                unavailable: true;
              };
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
           * Absent = no usage history. {peakRpm, peakTpm} = a generated 14-day series with those peaks. {series} = explicit per-minute points. {unavailable: true} = the metrics API fails.
           */
          usage?:
            | {
                peakRpm: number;
                peakTpm: number;
                avgInputTokensPerRequest?: number;
                avgOutputTokensPerRequest?: number;
              }
            | {
                series: {
                  at: string;
                  invocations: number;
                  estimatedTpm?: number;
                  inputTokens?: number;
                  outputTokens?: number;
                }[];
              }
            | {
                unavailable: true;
              };
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
           * Absent = no usage history. {peakRpm, peakTpm} = a generated 14-day series with those peaks. {series} = explicit per-minute points. {unavailable: true} = the metrics API fails.
           */
          usage?:
            | {
                peakRpm: number;
                peakTpm: number;
                avgInputTokensPerRequest?: number;
                avgOutputTokensPerRequest?: number;
              }
            | {
                series: {
                  at: string;
                  invocations: number;
                  estimatedTpm?: number;
                  inputTokens?: number;
                  outputTokens?: number;
                }[];
              }
            | {
                unavailable: true;
              };
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
           * Absent = no usage history. {peakRpm, peakTpm} = a generated 14-day series with those peaks. {series} = explicit per-minute points. {unavailable: true} = the metrics API fails.
           */
          usage?:
            | {
                peakRpm: number;
                peakTpm: number;
                avgInputTokensPerRequest?: number;
                avgOutputTokensPerRequest?: number;
              }
            | {
                series: {
                  at: string;
                  invocations: number;
                  estimatedTpm?: number;
                  inputTokens?: number;
                  outputTokens?: number;
                }[];
              }
            | {
                unavailable: true;
              };
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
           * Absent = no usage history. {peakRpm, peakTpm} = a generated 14-day series with those peaks. {series} = explicit per-minute points. {unavailable: true} = the metrics API fails.
           */
          usage?:
            | {
                peakRpm: number;
                peakTpm: number;
                avgInputTokensPerRequest?: number;
                avgOutputTokensPerRequest?: number;
              }
            | {
                series: {
                  at: string;
                  invocations: number;
                  estimatedTpm?: number;
                  inputTokens?: number;
                  outputTokens?: number;
                }[];
              }
            | {
                unavailable: true;
              };
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
           * Absent = no usage history. {peakRpm, peakTpm} = a generated 14-day series with those peaks. {series} = explicit per-minute points. {unavailable: true} = the metrics API fails.
           */
          usage?:
            | {
                peakRpm: number;
                peakTpm: number;
                avgInputTokensPerRequest?: number;
                avgOutputTokensPerRequest?: number;
              }
            | {
                series: {
                  at: string;
                  invocations: number;
                  estimatedTpm?: number;
                  inputTokens?: number;
                  outputTokens?: number;
                }[];
              }
            | {
                unavailable: true;
              };
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
           * Absent = no usage history. {peakRpm, peakTpm} = a generated 14-day series with those peaks. {series} = explicit per-minute points. {unavailable: true} = the metrics API fails.
           */
          usage?:
            | {
                peakRpm: number;
                peakTpm: number;
                avgInputTokensPerRequest?: number;
                avgOutputTokensPerRequest?: number;
              }
            | {
                series: {
                  at: string;
                  invocations: number;
                  estimatedTpm?: number;
                  inputTokens?: number;
                  outputTokens?: number;
                }[];
              }
            | {
                unavailable: true;
              };
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
           * Absent = no usage history. {peakRpm, peakTpm} = a generated 14-day series with those peaks. {series} = explicit per-minute points. {unavailable: true} = the metrics API fails.
           */
          usage?:
            | {
                peakRpm: number;
                peakTpm: number;
                avgInputTokensPerRequest?: number;
                avgOutputTokensPerRequest?: number;
              }
            | {
                series: {
                  at: string;
                  invocations: number;
                  estimatedTpm?: number;
                  inputTokens?: number;
                  outputTokens?: number;
                }[];
              }
            | {
                unavailable: true;
              };
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
           * Absent = no usage history. {peakRpm, peakTpm} = a generated 14-day series with those peaks. {series} = explicit per-minute points. {unavailable: true} = the metrics API fails.
           */
          usage?:
            | {
                peakRpm: number;
                peakTpm: number;
                avgInputTokensPerRequest?: number;
                avgOutputTokensPerRequest?: number;
              }
            | {
                series: {
                  at: string;
                  invocations: number;
                  estimatedTpm?: number;
                  inputTokens?: number;
                  outputTokens?: number;
                }[];
              }
            | {
                unavailable: true;
              };
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
           * Absent = no usage history. {peakRpm, peakTpm} = a generated 14-day series with those peaks. {series} = explicit per-minute points. {unavailable: true} = the metrics API fails.
           */
          usage?:
            | {
                peakRpm: number;
                peakTpm: number;
                avgInputTokensPerRequest?: number;
                avgOutputTokensPerRequest?: number;
              }
            | {
                series: {
                  at: string;
                  invocations: number;
                  estimatedTpm?: number;
                  inputTokens?: number;
                  outputTokens?: number;
                }[];
              }
            | {
                unavailable: true;
              };
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
           * Absent = no usage history. {peakRpm, peakTpm} = a generated 14-day series with those peaks. {series} = explicit per-minute points. {unavailable: true} = the metrics API fails.
           */
          usage?:
            | {
                peakRpm: number;
                peakTpm: number;
                avgInputTokensPerRequest?: number;
                avgOutputTokensPerRequest?: number;
              }
            | {
                series: {
                  at: string;
                  invocations: number;
                  estimatedTpm?: number;
                  inputTokens?: number;
                  outputTokens?: number;
                }[];
              }
            | {
                unavailable: true;
              };
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
           * Absent = no usage history. {peakRpm, peakTpm} = a generated 14-day series with those peaks. {series} = explicit per-minute points. {unavailable: true} = the metrics API fails.
           */
          usage?:
            | {
                peakRpm: number;
                peakTpm: number;
                avgInputTokensPerRequest?: number;
                avgOutputTokensPerRequest?: number;
              }
            | {
                series: {
                  at: string;
                  invocations: number;
                  estimatedTpm?: number;
                  inputTokens?: number;
                  outputTokens?: number;
                }[];
              }
            | {
                unavailable: true;
              };
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
           * Absent = no usage history. {peakRpm, peakTpm} = a generated 14-day series with those peaks. {series} = explicit per-minute points. {unavailable: true} = the metrics API fails.
           */
          usage?:
            | {
                peakRpm: number;
                peakTpm: number;
                avgInputTokensPerRequest?: number;
                avgOutputTokensPerRequest?: number;
              }
            | {
                series: {
                  at: string;
                  invocations: number;
                  estimatedTpm?: number;
                  inputTokens?: number;
                  outputTokens?: number;
                }[];
              }
            | {
                unavailable: true;
              };
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
           * Absent = no usage history. {peakRpm, peakTpm} = a generated 14-day series with those peaks. {series} = explicit per-minute points. {unavailable: true} = the metrics API fails.
           */
          usage?:
            | {
                peakRpm: number;
                peakTpm: number;
                avgInputTokensPerRequest?: number;
                avgOutputTokensPerRequest?: number;
              }
            | {
                series: {
                  at: string;
                  invocations: number;
                  estimatedTpm?: number;
                  inputTokens?: number;
                  outputTokens?: number;
                }[];
              }
            | {
                unavailable: true;
              };
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
           * Absent = no usage history. {peakRpm, peakTpm} = a generated 14-day series with those peaks. {series} = explicit per-minute points. {unavailable: true} = the metrics API fails.
           */
          usage?:
            | {
                peakRpm: number;
                peakTpm: number;
                avgInputTokensPerRequest?: number;
                avgOutputTokensPerRequest?: number;
              }
            | {
                series: {
                  at: string;
                  invocations: number;
                  estimatedTpm?: number;
                  inputTokens?: number;
                  outputTokens?: number;
                }[];
              }
            | {
                unavailable: true;
              };
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
           * Absent = no usage history. {peakRpm, peakTpm} = a generated 14-day series with those peaks. {series} = explicit per-minute points. {unavailable: true} = the metrics API fails.
           */
          usage?:
            | {
                peakRpm: number;
                peakTpm: number;
                avgInputTokensPerRequest?: number;
                avgOutputTokensPerRequest?: number;
              }
            | {
                series: {
                  at: string;
                  invocations: number;
                  estimatedTpm?: number;
                  inputTokens?: number;
                  outputTokens?: number;
                }[];
              }
            | {
                unavailable: true;
              };
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
           * Absent = no usage history. {peakRpm, peakTpm} = a generated 14-day series with those peaks. {series} = explicit per-minute points. {unavailable: true} = the metrics API fails.
           */
          usage?:
            | {
                peakRpm: number;
                peakTpm: number;
                avgInputTokensPerRequest?: number;
                avgOutputTokensPerRequest?: number;
              }
            | {
                series: {
                  at: string;
                  invocations: number;
                  estimatedTpm?: number;
                  inputTokens?: number;
                  outputTokens?: number;
                }[];
              }
            | {
                unavailable: true;
              };
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
           * Absent = no usage history. {peakRpm, peakTpm} = a generated 14-day series with those peaks. {series} = explicit per-minute points. {unavailable: true} = the metrics API fails.
           */
          usage?:
            | {
                peakRpm: number;
                peakTpm: number;
                avgInputTokensPerRequest?: number;
                avgOutputTokensPerRequest?: number;
              }
            | {
                series: {
                  at: string;
                  invocations: number;
                  estimatedTpm?: number;
                  inputTokens?: number;
                  outputTokens?: number;
                }[];
              }
            | {
                unavailable: true;
              };
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
           * Absent = no usage history. {peakRpm, peakTpm} = a generated 14-day series with those peaks. {series} = explicit per-minute points. {unavailable: true} = the metrics API fails.
           */
          usage?:
            | {
                peakRpm: number;
                peakTpm: number;
                avgInputTokensPerRequest?: number;
                avgOutputTokensPerRequest?: number;
              }
            | {
                series: {
                  at: string;
                  invocations: number;
                  estimatedTpm?: number;
                  inputTokens?: number;
                  outputTokens?: number;
                }[];
              }
            | {
                unavailable: true;
              };
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
           * Absent = no usage history. {peakRpm, peakTpm} = a generated 14-day series with those peaks. {series} = explicit per-minute points. {unavailable: true} = the metrics API fails.
           */
          usage?:
            | {
                peakRpm: number;
                peakTpm: number;
                avgInputTokensPerRequest?: number;
                avgOutputTokensPerRequest?: number;
              }
            | {
                series: {
                  at: string;
                  invocations: number;
                  estimatedTpm?: number;
                  inputTokens?: number;
                  outputTokens?: number;
                }[];
              }
            | {
                unavailable: true;
              };
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
           * Absent = no usage history. {peakRpm, peakTpm} = a generated 14-day series with those peaks. {series} = explicit per-minute points. {unavailable: true} = the metrics API fails.
           */
          usage?:
            | {
                peakRpm: number;
                peakTpm: number;
                avgInputTokensPerRequest?: number;
                avgOutputTokensPerRequest?: number;
              }
            | {
                series: {
                  at: string;
                  invocations: number;
                  estimatedTpm?: number;
                  inputTokens?: number;
                  outputTokens?: number;
                }[];
              }
            | {
                unavailable: true;
              };
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
           * Absent = no usage history. {peakRpm, peakTpm} = a generated 14-day series with those peaks. {series} = explicit per-minute points. {unavailable: true} = the metrics API fails.
           */
          usage?:
            | {
                peakRpm: number;
                peakTpm: number;
                avgInputTokensPerRequest?: number;
                avgOutputTokensPerRequest?: number;
              }
            | {
                series: {
                  at: string;
                  invocations: number;
                  estimatedTpm?: number;
                  inputTokens?: number;
                  outputTokens?: number;
                }[];
              }
            | {
                unavailable: true;
              };
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
           * Absent = no usage history. {peakRpm, peakTpm} = a generated 14-day series with those peaks. {series} = explicit per-minute points. {unavailable: true} = the metrics API fails.
           */
          usage?:
            | {
                peakRpm: number;
                peakTpm: number;
                avgInputTokensPerRequest?: number;
                avgOutputTokensPerRequest?: number;
              }
            | {
                series: {
                  at: string;
                  invocations: number;
                  estimatedTpm?: number;
                  inputTokens?: number;
                  outputTokens?: number;
                }[];
              }
            | {
                unavailable: true;
              };
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
           * Absent = no usage history. {peakRpm, peakTpm} = a generated 14-day series with those peaks. {series} = explicit per-minute points. {unavailable: true} = the metrics API fails.
           */
          usage?:
            | {
                peakRpm: number;
                peakTpm: number;
                avgInputTokensPerRequest?: number;
                avgOutputTokensPerRequest?: number;
              }
            | {
                series: {
                  at: string;
                  invocations: number;
                  estimatedTpm?: number;
                  inputTokens?: number;
                  outputTokens?: number;
                }[];
              }
            | {
                unavailable: true;
              };
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
           * Absent = no usage history. {peakRpm, peakTpm} = a generated 14-day series with those peaks. {series} = explicit per-minute points. {unavailable: true} = the metrics API fails.
           */
          usage?:
            | {
                peakRpm: number;
                peakTpm: number;
                avgInputTokensPerRequest?: number;
                avgOutputTokensPerRequest?: number;
              }
            | {
                series: {
                  at: string;
                  invocations: number;
                  estimatedTpm?: number;
                  inputTokens?: number;
                  outputTokens?: number;
                }[];
              }
            | {
                unavailable: true;
              };
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
           * Absent = no usage history. {peakRpm, peakTpm} = a generated 14-day series with those peaks. {series} = explicit per-minute points. {unavailable: true} = the metrics API fails.
           */
          usage?:
            | {
                peakRpm: number;
                peakTpm: number;
                avgInputTokensPerRequest?: number;
                avgOutputTokensPerRequest?: number;
              }
            | {
                series: {
                  at: string;
                  invocations: number;
                  estimatedTpm?: number;
                  inputTokens?: number;
                  outputTokens?: number;
                }[];
              }
            | {
                unavailable: true;
              };
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
           * Absent = no usage history. {peakRpm, peakTpm} = a generated 14-day series with those peaks. {series} = explicit per-minute points. {unavailable: true} = the metrics API fails.
           */
          usage?:
            | {
                peakRpm: number;
                peakTpm: number;
                avgInputTokensPerRequest?: number;
                avgOutputTokensPerRequest?: number;
              }
            | {
                series: {
                  at: string;
                  invocations: number;
                  estimatedTpm?: number;
                  inputTokens?: number;
                  outputTokens?: number;
                }[];
              }
            | {
                unavailable: true;
              };
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
           * Absent = no usage history. {peakRpm, peakTpm} = a generated 14-day series with those peaks. {series} = explicit per-minute points. {unavailable: true} = the metrics API fails.
           */
          usage?:
            | {
                peakRpm: number;
                peakTpm: number;
                avgInputTokensPerRequest?: number;
                avgOutputTokensPerRequest?: number;
              }
            | {
                series: {
                  at: string;
                  invocations: number;
                  estimatedTpm?: number;
                  inputTokens?: number;
                  outputTokens?: number;
                }[];
              }
            | {
                unavailable: true;
              };
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
           * Absent = no usage history. {peakRpm, peakTpm} = a generated 14-day series with those peaks. {series} = explicit per-minute points. {unavailable: true} = the metrics API fails.
           */
          usage?:
            | {
                peakRpm: number;
                peakTpm: number;
                avgInputTokensPerRequest?: number;
                avgOutputTokensPerRequest?: number;
              }
            | {
                series: {
                  at: string;
                  invocations: number;
                  estimatedTpm?: number;
                  inputTokens?: number;
                  outputTokens?: number;
                }[];
              }
            | {
                unavailable: true;
              };
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
           * Absent = no usage history. {peakRpm, peakTpm} = a generated 14-day series with those peaks. {series} = explicit per-minute points. {unavailable: true} = the metrics API fails.
           */
          usage?:
            | {
                peakRpm: number;
                peakTpm: number;
                avgInputTokensPerRequest?: number;
                avgOutputTokensPerRequest?: number;
              }
            | {
                series: {
                  at: string;
                  invocations: number;
                  estimatedTpm?: number;
                  inputTokens?: number;
                  outputTokens?: number;
                }[];
              }
            | {
                unavailable: true;
              };
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
           * Absent = no usage history. {peakRpm, peakTpm} = a generated 14-day series with those peaks. {series} = explicit per-minute points. {unavailable: true} = the metrics API fails.
           */
          usage?:
            | {
                peakRpm: number;
                peakTpm: number;
                avgInputTokensPerRequest?: number;
                avgOutputTokensPerRequest?: number;
              }
            | {
                series: {
                  at: string;
                  invocations: number;
                  estimatedTpm?: number;
                  inputTokens?: number;
                  outputTokens?: number;
                }[];
              }
            | {
                unavailable: true;
              };
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
           * Absent = no usage history. {peakRpm, peakTpm} = a generated 14-day series with those peaks. {series} = explicit per-minute points. {unavailable: true} = the metrics API fails.
           */
          usage?:
            | {
                peakRpm: number;
                peakTpm: number;
                avgInputTokensPerRequest?: number;
                avgOutputTokensPerRequest?: number;
              }
            | {
                series: {
                  at: string;
                  invocations: number;
                  estimatedTpm?: number;
                  inputTokens?: number;
                  outputTokens?: number;
                }[];
              }
            | {
                unavailable: true;
              };
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
           * Absent = no usage history. {peakRpm, peakTpm} = a generated 14-day series with those peaks. {series} = explicit per-minute points. {unavailable: true} = the metrics API fails.
           */
          usage?:
            | {
                peakRpm: number;
                peakTpm: number;
                avgInputTokensPerRequest?: number;
                avgOutputTokensPerRequest?: number;
              }
            | {
                series: {
                  at: string;
                  invocations: number;
                  estimatedTpm?: number;
                  inputTokens?: number;
                  outputTokens?: number;
                }[];
              }
            | {
                unavailable: true;
              };
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
           * Absent = no usage history. {peakRpm, peakTpm} = a generated 14-day series with those peaks. {series} = explicit per-minute points. {unavailable: true} = the metrics API fails.
           */
          usage?:
            | {
                peakRpm: number;
                peakTpm: number;
                avgInputTokensPerRequest?: number;
                avgOutputTokensPerRequest?: number;
              }
            | {
                series: {
                  at: string;
                  invocations: number;
                  estimatedTpm?: number;
                  inputTokens?: number;
                  outputTokens?: number;
                }[];
              }
            | {
                unavailable: true;
              };
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
           * Absent = no usage history. {peakRpm, peakTpm} = a generated 14-day series with those peaks. {series} = explicit per-minute points. {unavailable: true} = the metrics API fails.
           */
          usage?:
            | {
                peakRpm: number;
                peakTpm: number;
                avgInputTokensPerRequest?: number;
                avgOutputTokensPerRequest?: number;
              }
            | {
                series: {
                  at: string;
                  invocations: number;
                  estimatedTpm?: number;
                  inputTokens?: number;
                  outputTokens?: number;
                }[];
              }
            | {
                unavailable: true;
              };
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
           * Absent = no usage history. {peakRpm, peakTpm} = a generated 14-day series with those peaks. {series} = explicit per-minute points. {unavailable: true} = the metrics API fails.
           */
          usage?:
            | {
                peakRpm: number;
                peakTpm: number;
                avgInputTokensPerRequest?: number;
                avgOutputTokensPerRequest?: number;
              }
            | {
                series: {
                  at: string;
                  invocations: number;
                  estimatedTpm?: number;
                  inputTokens?: number;
                  outputTokens?: number;
                }[];
              }
            | {
                unavailable: true;
              };
        }
      ];
  quotaCodes?: {
    rpm?: string;
    tpm?: string;
    outputTpm?: string;
  };
  quotas?: Quotas;
  /**
   * true = the Service Quotas read fails (access denied).
   */
  quotasUnavailable?: boolean;
  /**
   * Absent = no usage history. {peakRpm, peakTpm} = a generated 14-day series with those peaks. {series} = explicit per-minute points. {unavailable: true} = the metrics API fails.
   */
  usage?:
    | {
        peakRpm: number;
        peakTpm: number;
        avgInputTokensPerRequest?: number;
        avgOutputTokensPerRequest?: number;
        /**
         * bedrock-mantle: the busiest minute's output tokens (TotalOutputTokens). Absent: output tokens follow peakTpm and the input/output shares.
         */
        peakOutputTpm?: number;
      }
    | {
        series: {
          at: string;
          invocations: number;
          estimatedTpm?: number;
          inputTokens?: number;
          outputTokens?: number;
        }[];
      }
    | {
        unavailable: true;
      };
}
/**
 * Service Quotas changes a model's quotas between events (an approved increase, a quota that no longer exists, or quotas that cannot be read), then the threshold updater runs as on its schedule: the usage alarms are resized with their complete configuration, the change is recorded and the team is told. Give it its own `at`: events of the same instant run concurrently.
 */
export interface QuotaChangeEvent {
  label?: string;
  at: string;
  quotaChange: {
    /**
     * A model name of `models`.
     */
    model: string;
    /**
     * New quota values; null = the model no longer has that quota (its RPM usage alarm is removed). Omitted keys keep their value.
     */
    quotas?: {
      rpm?: number | null;
      tpm?: number | null;
      outputTpm?: number | null;
    };
    /**
     * true = Service Quotas reads fail from now on (access denied): the updater reports it and keeps the thresholds.
     */
    quotasUnavailable?: boolean;
  };
  /**
   * Organization mode: the member account of the event (default: the first of `accounts`). Single-account mode: the scenario's account, if given.
   */
  account?: string;
  /**
   * The Region of the event (default: the account's first Region; single-account mode: the scenario's Region).
   */
  region?: string;
}
/**
 * AWS Support resolves the open cases of a model and case type at a time (for example the increase was granted): the next incident of that model and category opens a new case instead of appending to the resolved one. For a Quota Request, the cases Service Quotas opened for the model's requests are resolved too, and those requests end CASE_CLOSED.
 */
export interface CaseResolvedEvent {
  label?: string;
  at: string;
  caseResolved: {
    /**
     * A model name of `models`.
     */
    model: string;
    caseType: 'Quota Request' | 'Investigation Request';
  };
  /**
   * Organization mode: the member account of the event (default: the first of `accounts`). Single-account mode: the scenario's account, if given.
   */
  account?: string;
  /**
   * The Region of the event (default: the account's first Region; single-account mode: the scenario's Region).
   */
  region?: string;
}
export interface ShorthandEvent {
  label?: string;
  /**
   * A model name of `models`.
   */
  model: string;
  /**
   * Alarm kinds (catalogue names) going into ALARM (or OK with `state`).
   *
   * @minItems 1
   */
  alarms: [string, ...string[]];
  at: string;
  state?: 'ALARM' | 'OK';
  /**
   * How many times EventBridge delivers each event (at-least-once delivery).
   */
  deliveries?: number;
  /**
   * Organization mode: the member account of the event (default: the first of `accounts`). Single-account mode: the scenario's account, if given.
   */
  account?: string;
  /**
   * The Region of the event (default: the account's first Region; single-account mode: the scenario's Region).
   */
  region?: string;
}
/**
 * A complete EventBridge event, used as it is.
 */
export interface FullEvent {
  'detail-type': string;
  source: string;
}
export interface Fault {
  /**
   * The simulated call, as "Service.Operation": Support.CreateCase, Support.AddCommunicationToCase, ServiceQuotas.RequestServiceQuotaIncrease, ServiceQuotas.GetRequestedServiceQuotaChange, SNS.Publish, CloudWatch.DescribeAlarms, CloudWatch.GetMetricData, ServiceQuotas.GetServiceQuota, Support.DescribeCases..., or a write of the case ledger: CaseLedger.claim, CaseLedger.complete, CaseLedger.beginAppend, CaseLedger.markCommunicated, CaseLedger.beginNotification, CaseLedger.withdrawNotification, CaseLedger.endNotification, CaseLedger.release, CaseLedger.noteFailure, CaseLedger.putCoolDown.
   */
  api: string;
  /**
   * throttling / permanent: AWS refused the call, so it never takes effect, whatever the phase. server (5xx) / timeout / crash: the caller cannot tell (with phase after, the call did act: the 'death after the side effect'); on a call that is not idempotent (CreateCase, AddCommunicationToCase, Publish, RequestServiceQuotaIncrease, a ledger write) a 5xx is an unknown outcome. permanent: a non-retryable error (the execution fails and can be re-driven).
   */
  error: 'throttling' | 'server' | 'timeout' | 'crash' | 'permanent';
  /**
   * before: the call fails without effect. after: the call takes effect, then the caller sees the error.
   */
  phase?: 'before' | 'after';
  /**
   * How many calls fail.
   */
  times?: number;
  /**
   * Let this many calls of the API succeed first.
   */
  skipCalls?: number;
}
