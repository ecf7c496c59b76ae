/* Generated from schemas/scenario.schema.json by `npm run gen:types`. Do not edit. */
import cjs0 from "ajv/dist/runtime/ucs2length.js";
import cjs1 from "ajv-formats/dist/formats.js";
"use strict";
export const validateScenario = validate21;
const schema6 = {"$schema":"http://json-schema.org/draft-07/schema#","$id":"https://bedrock-ops-alert.dev/schemas/scenario.schema.json","title":"Scenario","description":"A simulated AWS account and the alarm events to replay through the workflow (`ops-alert simulate --scenario FILE`). A user-facing contract: extend it, never break it. The simulated clock is each event's `at`.","type":"object","additionalProperties":false,"required":["customerName","models","events"],"properties":{"$comment":{"type":"string"},"name":{"type":"string","description":"Defaults to the file name."},"description":{"type":"string"},"customerName":{"type":"string"},"settings":{"type":"object","description":"Optional runtime settings (caseAutomation, quotaPolicy, usageWindowDays, settleWindowSeconds, quotaCasePoll...). Validated by the workflow itself, like the Parameter Store document: bad settings fail the execution."},"supportPlan":{"type":"boolean","default":true,"description":"false = the Support API answers SubscriptionRequiredException."},"serviceQuotasAvailable":{"type":"boolean","default":true,"description":"false = RequestServiceQuotaIncrease fails (e.g. no service-linked role): the workflow falls back to a Support case."},"quotaCaseOpensAfterPolls":{"type":"integer","minimum":0,"default":1,"description":"How many GetRequestedServiceQuotaChange polls before Service Quotas reports the case id of a new request (0 = at once)."},"quotaRequestOutcomes":{"type":"array","description":"How Service Quotas ends new increase requests instead of opening a case: at the given poll, a request for the quota (or any) ends with the status. APPROVED raises the quota to the desired value (and the thresholds follow).","items":{"type":"object","additionalProperties":false,"required":["status"],"properties":{"quota":{"enum":["RPM","TPM","OutputTPM"],"description":"Only requests for this quota (default: all)."},"status":{"enum":["APPROVED","DENIED","NOT_APPROVED","INVALID_REQUEST","CASE_CLOSED"]},"afterPolls":{"type":"integer","minimum":1,"default":1,"description":"The GetRequestedServiceQuotaChange poll at which the request ends."}}}},"unrequestableQuotas":{"type":"array","items":{"enum":["RPM","TPM","OutputTPM"]},"description":"Quotas whose increase Service Quotas refuses to take (QuotaRequestUnavailableError, e.g. not adjustable here) while the others can be requested."},"region":{"type":"string","default":"us-east-1"},"account":{"type":"string","pattern":"^[0-9]{12}$","default":"123456789012"},"accounts":{"type":"array","minItems":1,"description":"Organization mode (hub and spokes): the member accounts the workflow acts in, each with its Regions. The top-level `account` and `region` are then the hub's (where the workflow, ledger, topics and settings live); the top-level `models` are the deployment's models (deployed as alarms in every Region of every account), and each Region may give a model its own quotas and usage. Each event names its `account` and `region` (default: the first account and its first Region). Absent: single-account mode, the top-level account is the only one.","items":{"$ref":"#/definitions/memberAccount"}},"subscribers":{"type":"array","description":"E-mail subscribers with their preference (the SNS filter policy). Default: one subscriber with preference all.","items":{"type":"object","additionalProperties":false,"required":["email","preference"],"properties":{"email":{"type":"string"},"preference":{"enum":["all","critical","warning"]},"accounts":{"type":"array","minItems":1,"uniqueItems":true,"items":{"type":"string","pattern":"^[0-9]{12}$"},"description":"Organization mode: only the e-mails about these accounts (the subscription's filter on the `account` message attribute, as the deployment config's notifications.emails[].accounts). Absent: every account."}}}},"models":{"type":"array","minItems":1,"items":{"$ref":"#/definitions/model"}},"inferenceProfiles":{"type":"array","description":"The account's inference profiles as Bedrock lists them (ListInferenceProfiles / GetInferenceProfile): the threshold updater's discovery reads them (at deploy, before the first event, and at each quotaChange). Application profiles whose models draw on a monitored model are summed with it (src/core/inference-profiles.ts); a system-defined profile gives the models of a monitored cross-Region profile id. Absent: Bedrock lists none.","items":{"type":"object","additionalProperties":false,"required":["profileId","name","models"],"properties":{"profileId":{"type":"string","minLength":1},"name":{"type":"string","minLength":1},"type":{"enum":["APPLICATION","SYSTEM_DEFINED"],"default":"APPLICATION"},"status":{"type":"string","default":"ACTIVE"},"models":{"type":"array","items":{"type":"string"},"description":"models[].modelArn: foundation-model ARNs (or a system-defined profile's ARN)."},"usage":{"$ref":"#/definitions/model/properties/usage","description":"This profile's own traffic (what CloudWatch publishes for its ModelId), as a model's `usage`. The usage read sums it once the threshold updater has discovered the profile and added it to the model's summed usage alarm (a scenario with inferenceProfiles runs the updater at deploy, before its first event). Absent: no traffic."}}}},"openCases":{"type":"array","items":{"$ref":"#/definitions/openCase"}},"pendingQuotaRequests":{"type":"array","description":"Quota increase requests already pending in Service Quotas (a new request for the same quota answers ResourceAlreadyExistsException).","items":{"type":"object","additionalProperties":false,"required":["model","quota","desiredValue"],"properties":{"model":{"type":"string"},"quota":{"enum":["RPM","TPM","OutputTPM"]},"desiredValue":{"type":"number"},"caseDisplayId":{"type":"string"},"created":{"type":"string","format":"date-time"}}}},"events":{"type":"array","minItems":1,"items":{"anyOf":[{"$ref":"#/definitions/quotaChangeEvent"},{"$ref":"#/definitions/caseResolvedEvent"},{"$ref":"#/definitions/shorthandEvent"},{"$ref":"#/definitions/fullEvent"}]},"description":"Each entry is one of three shapes, told apart by its keys: `quotaChange` (a quota change), `detail-type`/`source`/`detail` (a full EventBridge event), otherwise a shorthand alarm event (`model`, `alarms`, `at`). Errors are reported for the shape the entry was meant to be."},"concurrentWithinSeconds":{"type":"integer","minimum":0,"default":0,"description":"Deliveries whose times fall within this many seconds of the first of their group run concurrently (each still on its own simulated clock). 0 = only deliveries of the same instant."},"faults":{"type":"array","description":"Faults injected into the simulated AWS APIs (issue 4: retries and re-drives must not duplicate or lose anything).","items":{"$ref":"#/definitions/fault"}},"expectFailedExecutions":{"type":"boolean","default":false,"description":"true: some executions of this scenario are meant to fail (a fault, or settings that are invalid on purpose). `ops-alert simulate` then exits 0 when they do, and does not check the scenario's settings before running. Otherwise any failed execution makes it exit 1, and invalid settings are reported before anything runs."}},"definitions":{"model":{"type":"object","additionalProperties":false,"required":["name","modelId"],"properties":{"name":{"type":"string"},"modelId":{"type":"string"},"endpoint":{"enum":["bedrock-runtime","bedrock-mantle"],"description":"Which Bedrock inference endpoint serves the model: bedrock-runtime (InvokeModel/Converse; metrics AWS/Bedrock, dimension ModelId) or bedrock-mantle (OpenAI-compatible Responses/Chat Completions, Anthropic Messages; metrics AWS/BedrockMantle, dimension Model). The endpoints have separate quotas: a model served on both is declared twice, once per endpoint, under two names. Absent: bedrock-runtime."},"applicationProfiles":{"type":"array","maxItems":10,"description":"Application inference profiles drawing on this model's quota (bedrock-runtime only). Their traffic is published per profile while the quota is the model's: usage, error and usage alarms and decisions use the per-minute sum over the model and these profiles. At most 10 (one GetMetricData page). Each profile's usage is its own traffic; the model's `usage` is the direct traffic.","items":{"type":"object","additionalProperties":false,"required":["name","profileId"],"properties":{"name":{"type":"string","pattern":"^[A-Za-z0-9_.-]{1,64}$","description":"Who uses it (team or application), for the breakdown in cases and e-mails."},"profileId":{"type":"string","pattern":"^[a-zA-Z0-9:.-]{1,64}$","description":"The profile id (the part after application-inference-profile/ in its ARN): the ModelId dimension value of its metrics."},"usage":{"description":"Absent = no usage history. {peakRpm, peakTpm} = a generated 14-day series with those peaks. {series} = explicit per-minute points. {unavailable: true} = the metrics API fails.","anyOf":[{"type":"object","additionalProperties":false,"required":["peakRpm","peakTpm"],"properties":{"peakRpm":{"type":"number","minimum":0},"peakTpm":{"type":"number","minimum":0},"avgInputTokensPerRequest":{"type":"number","minimum":0},"avgOutputTokensPerRequest":{"type":"number","minimum":0}}},{"type":"object","additionalProperties":false,"required":["series"],"properties":{"series":{"type":"array","items":{"type":"object","additionalProperties":false,"required":["at","invocations"],"properties":{"at":{"type":"string","format":"date-time"},"invocations":{"type":"number","minimum":0},"estimatedTpm":{"type":"number","minimum":0},"inputTokens":{"type":"number","minimum":0},"outputTokens":{"type":"number","minimum":0}}}}}},{"type":"object","additionalProperties":false,"required":["unavailable"],"properties":{"unavailable":{"const":true}}}]}}}},"quotaCodes":{"type":"object","additionalProperties":false,"properties":{"rpm":{"type":"string"},"tpm":{"type":"string"},"outputTpm":{"type":"string"}}},"quotas":{"type":"object","additionalProperties":false,"description":"Current quota values. A missing key = the model has no such quota.","properties":{"rpm":{"type":"number","minimum":0},"tpm":{"type":"number","minimum":0},"outputTpm":{"type":"number","minimum":0,"description":"bedrock-mantle only: the \"Bedrock Mantle output tokens per minute\" quota."}}},"quotasUnavailable":{"type":"boolean","description":"true = the Service Quotas read fails (access denied)."},"usage":{"description":"Absent = no usage history. {peakRpm, peakTpm} = a generated 14-day series with those peaks. {series} = explicit per-minute points. {unavailable: true} = the metrics API fails.","anyOf":[{"type":"object","additionalProperties":false,"required":["peakRpm","peakTpm"],"properties":{"peakRpm":{"type":"number","minimum":0},"peakTpm":{"type":"number","minimum":0},"avgInputTokensPerRequest":{"type":"number","minimum":0},"avgOutputTokensPerRequest":{"type":"number","minimum":0},"peakOutputTpm":{"type":"number","minimum":0,"description":"bedrock-mantle: the busiest minute's output tokens (TotalOutputTokens). Absent: output tokens follow peakTpm and the input/output shares."}}},{"type":"object","additionalProperties":false,"required":["series"],"properties":{"series":{"type":"array","items":{"type":"object","additionalProperties":false,"required":["at","invocations"],"properties":{"at":{"type":"string","format":"date-time"},"invocations":{"type":"number","minimum":0},"estimatedTpm":{"type":"number","minimum":0},"inputTokens":{"type":"number","minimum":0},"outputTokens":{"type":"number","minimum":0}}}}}},{"type":"object","additionalProperties":false,"required":["unavailable"],"properties":{"unavailable":{"const":true}}}]}}},"openCase":{"type":"object","additionalProperties":false,"required":["subject","timeCreated"],"properties":{"subject":{"type":"string"},"status":{"type":"string","default":"opened"},"timeCreated":{"type":"string","format":"date-time"},"caseId":{"type":"string"},"displayId":{"type":"string"},"communications":{"type":"array","items":{"type":"string"}}}},"shorthandEvent":{"type":"object","additionalProperties":false,"required":["model","alarms","at"],"properties":{"label":{"type":"string"},"model":{"type":"string","description":"A model name of `models`."},"alarms":{"type":"array","minItems":1,"items":{"type":"string"},"description":"Alarm kinds (catalogue names) going into ALARM (or OK with `state`)."},"at":{"type":"string","format":"date-time"},"state":{"enum":["ALARM","OK"],"default":"ALARM"},"deliveries":{"type":"integer","minimum":1,"default":1,"description":"How many times EventBridge delivers each event (at-least-once delivery)."},"account":{"type":"string","pattern":"^[0-9]{12}$","description":"Organization mode: the member account of the event (default: the first of `accounts`). Single-account mode: the scenario's account, if given."},"region":{"type":"string","pattern":"^[a-z]{2}(-[a-z]+)+-[0-9]$","description":"The Region of the event (default: the account's first Region; single-account mode: the scenario's Region)."}}},"fullEvent":{"type":"object","required":["detail-type","source"],"description":"A complete EventBridge event, used as it is.","properties":{"detail-type":{"type":"string"},"source":{"type":"string"}}},"fault":{"type":"object","additionalProperties":false,"required":["api","error"],"properties":{"api":{"type":"string","description":"The simulated call, as \"Service.Operation\": Support.CreateCase, Support.AddCommunicationToCase, ServiceQuotas.RequestServiceQuotaIncrease, ServiceQuotas.GetRequestedServiceQuotaChange, SNS.Publish, CloudWatch.DescribeAlarms, CloudWatch.GetMetricData, ServiceQuotas.GetServiceQuota, Support.DescribeCases..., or a write of the case ledger: CaseLedger.claim, CaseLedger.complete, CaseLedger.beginAppend, CaseLedger.markCommunicated, CaseLedger.beginNotification, CaseLedger.withdrawNotification, CaseLedger.endNotification, CaseLedger.release, CaseLedger.noteFailure, CaseLedger.putCoolDown."},"error":{"enum":["throttling","server","timeout","crash","permanent"],"description":"throttling / permanent: AWS refused the call, so it never takes effect, whatever the phase. server (5xx) / timeout / crash: the caller cannot tell (with phase after, the call did act: the 'death after the side effect'); on a call that is not idempotent (CreateCase, AddCommunicationToCase, Publish, RequestServiceQuotaIncrease, a ledger write) a 5xx is an unknown outcome. permanent: a non-retryable error (the execution fails and can be re-driven)."},"phase":{"enum":["before","after"],"default":"before","description":"before: the call fails without effect. after: the call takes effect, then the caller sees the error."},"times":{"type":"integer","minimum":1,"default":1,"description":"How many calls fail."},"skipCalls":{"type":"integer","minimum":0,"default":0,"description":"Let this many calls of the API succeed first."}}},"quotaChangeEvent":{"type":"object","additionalProperties":false,"required":["quotaChange","at"],"description":"Service Quotas changes a model's quotas between events (an approved increase, a quota that no longer exists, or quotas that cannot be read), then the threshold updater runs as on its schedule: the usage alarms are resized with their complete configuration, the change is recorded and the team is told. Give it its own `at`: events of the same instant run concurrently.","properties":{"label":{"type":"string"},"at":{"type":"string","format":"date-time"},"quotaChange":{"type":"object","additionalProperties":false,"required":["model"],"properties":{"model":{"type":"string","description":"A model name of `models`."},"quotas":{"type":"object","additionalProperties":false,"description":"New quota values; null = the model no longer has that quota (its RPM usage alarm is removed). Omitted keys keep their value.","properties":{"rpm":{"type":["number","null"],"minimum":0},"tpm":{"type":["number","null"],"minimum":0},"outputTpm":{"type":["number","null"],"minimum":0}}},"quotasUnavailable":{"type":"boolean","description":"true = Service Quotas reads fail from now on (access denied): the updater reports it and keeps the thresholds."}}},"account":{"type":"string","pattern":"^[0-9]{12}$","description":"Organization mode: the member account of the event (default: the first of `accounts`). Single-account mode: the scenario's account, if given."},"region":{"type":"string","pattern":"^[a-z]{2}(-[a-z]+)+-[0-9]$","description":"The Region of the event (default: the account's first Region; single-account mode: the scenario's Region)."}}},"caseResolvedEvent":{"type":"object","additionalProperties":false,"required":["caseResolved","at"],"description":"AWS Support resolves the open cases of a model and case type at a time (for example the increase was granted): the next incident of that model and category opens a new case instead of appending to the resolved one. For a Quota Request, the cases Service Quotas opened for the model's requests are resolved too, and those requests end CASE_CLOSED.","properties":{"label":{"type":"string"},"at":{"type":"string","format":"date-time"},"caseResolved":{"type":"object","additionalProperties":false,"required":["model","caseType"],"properties":{"model":{"type":"string","description":"A model name of `models`."},"caseType":{"enum":["Quota Request","Investigation Request"]}}},"account":{"type":"string","pattern":"^[0-9]{12}$","description":"Organization mode: the member account of the event (default: the first of `accounts`). Single-account mode: the scenario's account, if given."},"region":{"type":"string","pattern":"^[a-z]{2}(-[a-z]+)+-[0-9]$","description":"The Region of the event (default: the account's first Region; single-account mode: the scenario's Region)."}}},"memberAccount":{"type":"object","additionalProperties":false,"required":["id","regions"],"properties":{"id":{"type":"string","pattern":"^[0-9]{12}$","description":"The member account's id."},"name":{"type":"string","pattern":"^[A-Za-z0-9][A-Za-z0-9 ._-]{0,49}$","description":"Friendly name shown with the account id in e-mails and cases (the runtime settings' accounts.{id}.name)."},"supportPlan":{"type":"boolean","default":true,"description":"false = the account has no Business, Enterprise On-Ramp or Enterprise Support plan: its Support API answers SubscriptionRequiredException."},"serviceQuotasAvailable":{"type":"boolean","default":true,"description":"false = RequestServiceQuotaIncrease fails in this account."},"listed":{"type":"boolean","default":true,"description":"false = the deployment configuration's organization.accounts does not list this account: it joined a spoke OU later and got the spoke (alarms at the configuration's quota values) by automatic deployment. The hub's threshold updater finds it only among the spoke stack set's instances (CloudFormation ListStackInstances, which the simulated organization answers with every member account and Region)."},"regions":{"type":"array","minItems":1,"items":{"$ref":"#/definitions/memberRegion"}}}},"memberRegion":{"type":"object","additionalProperties":false,"required":["region"],"properties":{"region":{"type":"string","pattern":"^[a-z]{2}(-[a-z]+)+-[0-9]$"},"models":{"type":"array","description":"This Region's quotas and usage of the deployment's models (by name, one of the top-level `models`); a model not listed keeps the top-level values.","items":{"$ref":"#/definitions/regionModel"}},"openCases":{"type":"array","description":"Support cases already open for this account and Region.","items":{"$ref":"#/definitions/openCase"}},"pendingQuotaRequests":{"$ref":"#/properties/pendingQuotaRequests"}}},"regionModel":{"type":"object","additionalProperties":false,"required":["name"],"properties":{"name":{"type":"string","description":"A model name of the top-level `models`."},"quotas":{"$ref":"#/definitions/model/properties/quotas"},"quotasUnavailable":{"$ref":"#/definitions/model/properties/quotasUnavailable"},"usage":{"$ref":"#/definitions/model/properties/usage"}}}}};
const func2 = Object.prototype.hasOwnProperty;
const func3 = cjs0.default;
const pattern0 = new RegExp("^[0-9]{12}$", "u");
const schema7 = {"type":"object","additionalProperties":false,"required":["id","regions"],"properties":{"id":{"type":"string","pattern":"^[0-9]{12}$","description":"The member account's id."},"name":{"type":"string","pattern":"^[A-Za-z0-9][A-Za-z0-9 ._-]{0,49}$","description":"Friendly name shown with the account id in e-mails and cases (the runtime settings' accounts.{id}.name)."},"supportPlan":{"type":"boolean","default":true,"description":"false = the account has no Business, Enterprise On-Ramp or Enterprise Support plan: its Support API answers SubscriptionRequiredException."},"serviceQuotasAvailable":{"type":"boolean","default":true,"description":"false = RequestServiceQuotaIncrease fails in this account."},"listed":{"type":"boolean","default":true,"description":"false = the deployment configuration's organization.accounts does not list this account: it joined a spoke OU later and got the spoke (alarms at the configuration's quota values) by automatic deployment. The hub's threshold updater finds it only among the spoke stack set's instances (CloudFormation ListStackInstances, which the simulated organization answers with every member account and Region)."},"regions":{"type":"array","minItems":1,"items":{"$ref":"#/definitions/memberRegion"}}}};
const pattern2 = new RegExp("^[A-Za-z0-9][A-Za-z0-9 ._-]{0,49}$", "u");
const schema8 = {"type":"object","additionalProperties":false,"required":["region"],"properties":{"region":{"type":"string","pattern":"^[a-z]{2}(-[a-z]+)+-[0-9]$"},"models":{"type":"array","description":"This Region's quotas and usage of the deployment's models (by name, one of the top-level `models`); a model not listed keeps the top-level values.","items":{"$ref":"#/definitions/regionModel"}},"openCases":{"type":"array","description":"Support cases already open for this account and Region.","items":{"$ref":"#/definitions/openCase"}},"pendingQuotaRequests":{"$ref":"#/properties/pendingQuotaRequests"}}};
const pattern3 = new RegExp("^[a-z]{2}(-[a-z]+)+-[0-9]$", "u");
const schema9 = {"type":"object","additionalProperties":false,"required":["name"],"properties":{"name":{"type":"string","description":"A model name of the top-level `models`."},"quotas":{"$ref":"#/definitions/model/properties/quotas"},"quotasUnavailable":{"$ref":"#/definitions/model/properties/quotasUnavailable"},"usage":{"$ref":"#/definitions/model/properties/usage"}}};
const schema10 = {"type":"object","additionalProperties":false,"description":"Current quota values. A missing key = the model has no such quota.","properties":{"rpm":{"type":"number","minimum":0},"tpm":{"type":"number","minimum":0},"outputTpm":{"type":"number","minimum":0,"description":"bedrock-mantle only: the \"Bedrock Mantle output tokens per minute\" quota."}}};

function validate25(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!(((key0 === "rpm") || (key0 === "tpm")) || (key0 === "outputTpm"))){
const err0 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
if(data.rpm !== undefined){
let data0 = data.rpm;
if(typeof data0 == "number"){
if(data0 < 0 || isNaN(data0)){
const err1 = {instancePath:instancePath+"/rpm",schemaPath:"#/properties/rpm/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
else {
const err2 = {instancePath:instancePath+"/rpm",schemaPath:"#/properties/rpm/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.tpm !== undefined){
let data1 = data.tpm;
if(typeof data1 == "number"){
if(data1 < 0 || isNaN(data1)){
const err3 = {instancePath:instancePath+"/tpm",schemaPath:"#/properties/tpm/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
else {
const err4 = {instancePath:instancePath+"/tpm",schemaPath:"#/properties/tpm/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.outputTpm !== undefined){
let data2 = data.outputTpm;
if(typeof data2 == "number"){
if(data2 < 0 || isNaN(data2)){
const err5 = {instancePath:instancePath+"/outputTpm",schemaPath:"#/properties/outputTpm/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
else {
const err6 = {instancePath:instancePath+"/outputTpm",schemaPath:"#/properties/outputTpm/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
}
else {
const err7 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
validate25.errors = vErrors;
return errors === 0;
}

const schema11 = {"type":"boolean","description":"true = the Service Quotas read fails (access denied)."};

function validate27(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(typeof data !== "boolean"){
const err0 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
validate27.errors = vErrors;
return errors === 0;
}

const schema12 = {"description":"Absent = no usage history. {peakRpm, peakTpm} = a generated 14-day series with those peaks. {series} = explicit per-minute points. {unavailable: true} = the metrics API fails.","anyOf":[{"type":"object","additionalProperties":false,"required":["peakRpm","peakTpm"],"properties":{"peakRpm":{"type":"number","minimum":0},"peakTpm":{"type":"number","minimum":0},"avgInputTokensPerRequest":{"type":"number","minimum":0},"avgOutputTokensPerRequest":{"type":"number","minimum":0},"peakOutputTpm":{"type":"number","minimum":0,"description":"bedrock-mantle: the busiest minute's output tokens (TotalOutputTokens). Absent: output tokens follow peakTpm and the input/output shares."}}},{"type":"object","additionalProperties":false,"required":["series"],"properties":{"series":{"type":"array","items":{"type":"object","additionalProperties":false,"required":["at","invocations"],"properties":{"at":{"type":"string","format":"date-time"},"invocations":{"type":"number","minimum":0},"estimatedTpm":{"type":"number","minimum":0},"inputTokens":{"type":"number","minimum":0},"outputTokens":{"type":"number","minimum":0}}}}}},{"type":"object","additionalProperties":false,"required":["unavailable"],"properties":{"unavailable":{"const":true}}}]};
const formats0 = cjs1.fullFormats["date-time"];

function validate29(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
const _errs0 = errors;
let valid0 = false;
const _errs1 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.peakRpm === undefined){
const err0 = {instancePath,schemaPath:"#/anyOf/0/required",keyword:"required",params:{missingProperty: "peakRpm"},message:"must have required property '"+"peakRpm"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.peakTpm === undefined){
const err1 = {instancePath,schemaPath:"#/anyOf/0/required",keyword:"required",params:{missingProperty: "peakTpm"},message:"must have required property '"+"peakTpm"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
for(const key0 in data){
if(!(((((key0 === "peakRpm") || (key0 === "peakTpm")) || (key0 === "avgInputTokensPerRequest")) || (key0 === "avgOutputTokensPerRequest")) || (key0 === "peakOutputTpm"))){
const err2 = {instancePath,schemaPath:"#/anyOf/0/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.peakRpm !== undefined){
let data0 = data.peakRpm;
if(typeof data0 == "number"){
if(data0 < 0 || isNaN(data0)){
const err3 = {instancePath:instancePath+"/peakRpm",schemaPath:"#/anyOf/0/properties/peakRpm/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
else {
const err4 = {instancePath:instancePath+"/peakRpm",schemaPath:"#/anyOf/0/properties/peakRpm/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.peakTpm !== undefined){
let data1 = data.peakTpm;
if(typeof data1 == "number"){
if(data1 < 0 || isNaN(data1)){
const err5 = {instancePath:instancePath+"/peakTpm",schemaPath:"#/anyOf/0/properties/peakTpm/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
else {
const err6 = {instancePath:instancePath+"/peakTpm",schemaPath:"#/anyOf/0/properties/peakTpm/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.avgInputTokensPerRequest !== undefined){
let data2 = data.avgInputTokensPerRequest;
if(typeof data2 == "number"){
if(data2 < 0 || isNaN(data2)){
const err7 = {instancePath:instancePath+"/avgInputTokensPerRequest",schemaPath:"#/anyOf/0/properties/avgInputTokensPerRequest/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
else {
const err8 = {instancePath:instancePath+"/avgInputTokensPerRequest",schemaPath:"#/anyOf/0/properties/avgInputTokensPerRequest/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.avgOutputTokensPerRequest !== undefined){
let data3 = data.avgOutputTokensPerRequest;
if(typeof data3 == "number"){
if(data3 < 0 || isNaN(data3)){
const err9 = {instancePath:instancePath+"/avgOutputTokensPerRequest",schemaPath:"#/anyOf/0/properties/avgOutputTokensPerRequest/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
else {
const err10 = {instancePath:instancePath+"/avgOutputTokensPerRequest",schemaPath:"#/anyOf/0/properties/avgOutputTokensPerRequest/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data.peakOutputTpm !== undefined){
let data4 = data.peakOutputTpm;
if(typeof data4 == "number"){
if(data4 < 0 || isNaN(data4)){
const err11 = {instancePath:instancePath+"/peakOutputTpm",schemaPath:"#/anyOf/0/properties/peakOutputTpm/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
else {
const err12 = {instancePath:instancePath+"/peakOutputTpm",schemaPath:"#/anyOf/0/properties/peakOutputTpm/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
}
else {
const err13 = {instancePath,schemaPath:"#/anyOf/0/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
var _valid0 = _errs1 === errors;
valid0 = valid0 || _valid0;
if(!valid0){
const _errs14 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.series === undefined){
const err14 = {instancePath,schemaPath:"#/anyOf/1/required",keyword:"required",params:{missingProperty: "series"},message:"must have required property '"+"series"+"'"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
for(const key1 in data){
if(!(key1 === "series")){
const err15 = {instancePath,schemaPath:"#/anyOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
if(data.series !== undefined){
let data5 = data.series;
if(Array.isArray(data5)){
const len0 = data5.length;
for(let i0=0; i0<len0; i0++){
let data6 = data5[i0];
if(data6 && typeof data6 == "object" && !Array.isArray(data6)){
if(data6.at === undefined){
const err16 = {instancePath:instancePath+"/series/" + i0,schemaPath:"#/anyOf/1/properties/series/items/required",keyword:"required",params:{missingProperty: "at"},message:"must have required property '"+"at"+"'"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
if(data6.invocations === undefined){
const err17 = {instancePath:instancePath+"/series/" + i0,schemaPath:"#/anyOf/1/properties/series/items/required",keyword:"required",params:{missingProperty: "invocations"},message:"must have required property '"+"invocations"+"'"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
for(const key2 in data6){
if(!(((((key2 === "at") || (key2 === "invocations")) || (key2 === "estimatedTpm")) || (key2 === "inputTokens")) || (key2 === "outputTokens"))){
const err18 = {instancePath:instancePath+"/series/" + i0,schemaPath:"#/anyOf/1/properties/series/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
if(data6.at !== undefined){
let data7 = data6.at;
if(typeof data7 === "string"){
if(!(formats0.validate(data7))){
const err19 = {instancePath:instancePath+"/series/" + i0+"/at",schemaPath:"#/anyOf/1/properties/series/items/properties/at/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\""};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
else {
const err20 = {instancePath:instancePath+"/series/" + i0+"/at",schemaPath:"#/anyOf/1/properties/series/items/properties/at/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
if(data6.invocations !== undefined){
let data8 = data6.invocations;
if(typeof data8 == "number"){
if(data8 < 0 || isNaN(data8)){
const err21 = {instancePath:instancePath+"/series/" + i0+"/invocations",schemaPath:"#/anyOf/1/properties/series/items/properties/invocations/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
else {
const err22 = {instancePath:instancePath+"/series/" + i0+"/invocations",schemaPath:"#/anyOf/1/properties/series/items/properties/invocations/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
if(data6.estimatedTpm !== undefined){
let data9 = data6.estimatedTpm;
if(typeof data9 == "number"){
if(data9 < 0 || isNaN(data9)){
const err23 = {instancePath:instancePath+"/series/" + i0+"/estimatedTpm",schemaPath:"#/anyOf/1/properties/series/items/properties/estimatedTpm/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
else {
const err24 = {instancePath:instancePath+"/series/" + i0+"/estimatedTpm",schemaPath:"#/anyOf/1/properties/series/items/properties/estimatedTpm/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
if(data6.inputTokens !== undefined){
let data10 = data6.inputTokens;
if(typeof data10 == "number"){
if(data10 < 0 || isNaN(data10)){
const err25 = {instancePath:instancePath+"/series/" + i0+"/inputTokens",schemaPath:"#/anyOf/1/properties/series/items/properties/inputTokens/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
else {
const err26 = {instancePath:instancePath+"/series/" + i0+"/inputTokens",schemaPath:"#/anyOf/1/properties/series/items/properties/inputTokens/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
if(data6.outputTokens !== undefined){
let data11 = data6.outputTokens;
if(typeof data11 == "number"){
if(data11 < 0 || isNaN(data11)){
const err27 = {instancePath:instancePath+"/series/" + i0+"/outputTokens",schemaPath:"#/anyOf/1/properties/series/items/properties/outputTokens/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
}
else {
const err28 = {instancePath:instancePath+"/series/" + i0+"/outputTokens",schemaPath:"#/anyOf/1/properties/series/items/properties/outputTokens/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
}
}
else {
const err29 = {instancePath:instancePath+"/series/" + i0,schemaPath:"#/anyOf/1/properties/series/items/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
}
}
else {
const err30 = {instancePath:instancePath+"/series",schemaPath:"#/anyOf/1/properties/series/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
}
}
else {
const err31 = {instancePath,schemaPath:"#/anyOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
var _valid0 = _errs14 === errors;
valid0 = valid0 || _valid0;
if(!valid0){
const _errs32 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.unavailable === undefined){
const err32 = {instancePath,schemaPath:"#/anyOf/2/required",keyword:"required",params:{missingProperty: "unavailable"},message:"must have required property '"+"unavailable"+"'"};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
for(const key3 in data){
if(!(key3 === "unavailable")){
const err33 = {instancePath,schemaPath:"#/anyOf/2/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key3},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
}
if(data.unavailable !== undefined){
if(true !== data.unavailable){
const err34 = {instancePath:instancePath+"/unavailable",schemaPath:"#/anyOf/2/properties/unavailable/const",keyword:"const",params:{allowedValue: true},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
}
}
else {
const err35 = {instancePath,schemaPath:"#/anyOf/2/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
var _valid0 = _errs32 === errors;
valid0 = valid0 || _valid0;
}
}
if(!valid0){
const err36 = {instancePath,schemaPath:"#/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
else {
errors = _errs0;
if(vErrors !== null){
if(_errs0){
vErrors.length = _errs0;
}
else {
vErrors = null;
}
}
}
validate29.errors = vErrors;
return errors === 0;
}


function validate24(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.name === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
for(const key0 in data){
if(!((((key0 === "name") || (key0 === "quotas")) || (key0 === "quotasUnavailable")) || (key0 === "usage"))){
const err1 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.name !== undefined){
if(typeof data.name !== "string"){
const err2 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.quotas !== undefined){
if(!(validate25(data.quotas, {instancePath:instancePath+"/quotas",parentData:data,parentDataProperty:"quotas",rootData}))){
vErrors = vErrors === null ? validate25.errors : vErrors.concat(validate25.errors);
errors = vErrors.length;
}
}
if(data.quotasUnavailable !== undefined){
if(!(validate27(data.quotasUnavailable, {instancePath:instancePath+"/quotasUnavailable",parentData:data,parentDataProperty:"quotasUnavailable",rootData}))){
vErrors = vErrors === null ? validate27.errors : vErrors.concat(validate27.errors);
errors = vErrors.length;
}
}
if(data.usage !== undefined){
if(!(validate29(data.usage, {instancePath:instancePath+"/usage",parentData:data,parentDataProperty:"usage",rootData}))){
vErrors = vErrors === null ? validate29.errors : vErrors.concat(validate29.errors);
errors = vErrors.length;
}
}
}
else {
const err3 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
validate24.errors = vErrors;
return errors === 0;
}

const schema13 = {"type":"object","additionalProperties":false,"required":["subject","timeCreated"],"properties":{"subject":{"type":"string"},"status":{"type":"string","default":"opened"},"timeCreated":{"type":"string","format":"date-time"},"caseId":{"type":"string"},"displayId":{"type":"string"},"communications":{"type":"array","items":{"type":"string"}}}};

function validate32(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.status === undefined){
data.status = "opened";
}
if(data.subject === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "subject"},message:"must have required property '"+"subject"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.timeCreated === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "timeCreated"},message:"must have required property '"+"timeCreated"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
for(const key0 in data){
if(!((((((key0 === "subject") || (key0 === "status")) || (key0 === "timeCreated")) || (key0 === "caseId")) || (key0 === "displayId")) || (key0 === "communications"))){
const err2 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.subject !== undefined){
if(typeof data.subject !== "string"){
const err3 = {instancePath:instancePath+"/subject",schemaPath:"#/properties/subject/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(typeof data.status !== "string"){
const err4 = {instancePath:instancePath+"/status",schemaPath:"#/properties/status/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(data.timeCreated !== undefined){
let data2 = data.timeCreated;
if(typeof data2 === "string"){
if(!(formats0.validate(data2))){
const err5 = {instancePath:instancePath+"/timeCreated",schemaPath:"#/properties/timeCreated/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\""};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
else {
const err6 = {instancePath:instancePath+"/timeCreated",schemaPath:"#/properties/timeCreated/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.caseId !== undefined){
if(typeof data.caseId !== "string"){
const err7 = {instancePath:instancePath+"/caseId",schemaPath:"#/properties/caseId/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.displayId !== undefined){
if(typeof data.displayId !== "string"){
const err8 = {instancePath:instancePath+"/displayId",schemaPath:"#/properties/displayId/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.communications !== undefined){
let data5 = data.communications;
if(Array.isArray(data5)){
const len0 = data5.length;
for(let i0=0; i0<len0; i0++){
if(typeof data5[i0] !== "string"){
const err9 = {instancePath:instancePath+"/communications/" + i0,schemaPath:"#/properties/communications/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
}
else {
const err10 = {instancePath:instancePath+"/communications",schemaPath:"#/properties/communications/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
}
else {
const err11 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
validate32.errors = vErrors;
return errors === 0;
}

const schema14 = {"type":"array","description":"Quota increase requests already pending in Service Quotas (a new request for the same quota answers ResourceAlreadyExistsException).","items":{"type":"object","additionalProperties":false,"required":["model","quota","desiredValue"],"properties":{"model":{"type":"string"},"quota":{"enum":["RPM","TPM","OutputTPM"]},"desiredValue":{"type":"number"},"caseDisplayId":{"type":"string"},"created":{"type":"string","format":"date-time"}}}};

function validate34(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(Array.isArray(data)){
const len0 = data.length;
for(let i0=0; i0<len0; i0++){
let data0 = data[i0];
if(data0 && typeof data0 == "object" && !Array.isArray(data0)){
if(data0.model === undefined){
const err0 = {instancePath:instancePath+"/" + i0,schemaPath:"#/items/required",keyword:"required",params:{missingProperty: "model"},message:"must have required property '"+"model"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data0.quota === undefined){
const err1 = {instancePath:instancePath+"/" + i0,schemaPath:"#/items/required",keyword:"required",params:{missingProperty: "quota"},message:"must have required property '"+"quota"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data0.desiredValue === undefined){
const err2 = {instancePath:instancePath+"/" + i0,schemaPath:"#/items/required",keyword:"required",params:{missingProperty: "desiredValue"},message:"must have required property '"+"desiredValue"+"'"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
for(const key0 in data0){
if(!(((((key0 === "model") || (key0 === "quota")) || (key0 === "desiredValue")) || (key0 === "caseDisplayId")) || (key0 === "created"))){
const err3 = {instancePath:instancePath+"/" + i0,schemaPath:"#/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data0.model !== undefined){
if(typeof data0.model !== "string"){
const err4 = {instancePath:instancePath+"/" + i0+"/model",schemaPath:"#/items/properties/model/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data0.quota !== undefined){
let data2 = data0.quota;
if(!(((data2 === "RPM") || (data2 === "TPM")) || (data2 === "OutputTPM"))){
const err5 = {instancePath:instancePath+"/" + i0+"/quota",schemaPath:"#/items/properties/quota/enum",keyword:"enum",params:{allowedValues: schema14.items.properties.quota.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data0.desiredValue !== undefined){
if(!(typeof data0.desiredValue == "number")){
const err6 = {instancePath:instancePath+"/" + i0+"/desiredValue",schemaPath:"#/items/properties/desiredValue/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data0.caseDisplayId !== undefined){
if(typeof data0.caseDisplayId !== "string"){
const err7 = {instancePath:instancePath+"/" + i0+"/caseDisplayId",schemaPath:"#/items/properties/caseDisplayId/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data0.created !== undefined){
let data5 = data0.created;
if(typeof data5 === "string"){
if(!(formats0.validate(data5))){
const err8 = {instancePath:instancePath+"/" + i0+"/created",schemaPath:"#/items/properties/created/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\""};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
else {
const err9 = {instancePath:instancePath+"/" + i0+"/created",schemaPath:"#/items/properties/created/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
}
else {
const err10 = {instancePath:instancePath+"/" + i0,schemaPath:"#/items/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
}
else {
const err11 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
validate34.errors = vErrors;
return errors === 0;
}


function validate23(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.region === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "region"},message:"must have required property '"+"region"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
for(const key0 in data){
if(!((((key0 === "region") || (key0 === "models")) || (key0 === "openCases")) || (key0 === "pendingQuotaRequests"))){
const err1 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.region !== undefined){
let data0 = data.region;
if(typeof data0 === "string"){
if(!pattern3.test(data0)){
const err2 = {instancePath:instancePath+"/region",schemaPath:"#/properties/region/pattern",keyword:"pattern",params:{pattern: "^[a-z]{2}(-[a-z]+)+-[0-9]$"},message:"must match pattern \""+"^[a-z]{2}(-[a-z]+)+-[0-9]$"+"\""};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
else {
const err3 = {instancePath:instancePath+"/region",schemaPath:"#/properties/region/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.models !== undefined){
let data1 = data.models;
if(Array.isArray(data1)){
const len0 = data1.length;
for(let i0=0; i0<len0; i0++){
if(!(validate24(data1[i0], {instancePath:instancePath+"/models/" + i0,parentData:data1,parentDataProperty:i0,rootData}))){
vErrors = vErrors === null ? validate24.errors : vErrors.concat(validate24.errors);
errors = vErrors.length;
}
}
}
else {
const err4 = {instancePath:instancePath+"/models",schemaPath:"#/properties/models/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.openCases !== undefined){
let data3 = data.openCases;
if(Array.isArray(data3)){
const len1 = data3.length;
for(let i1=0; i1<len1; i1++){
if(!(validate32(data3[i1], {instancePath:instancePath+"/openCases/" + i1,parentData:data3,parentDataProperty:i1,rootData}))){
vErrors = vErrors === null ? validate32.errors : vErrors.concat(validate32.errors);
errors = vErrors.length;
}
}
}
else {
const err5 = {instancePath:instancePath+"/openCases",schemaPath:"#/properties/openCases/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.pendingQuotaRequests !== undefined){
if(!(validate34(data.pendingQuotaRequests, {instancePath:instancePath+"/pendingQuotaRequests",parentData:data,parentDataProperty:"pendingQuotaRequests",rootData}))){
vErrors = vErrors === null ? validate34.errors : vErrors.concat(validate34.errors);
errors = vErrors.length;
}
}
}
else {
const err6 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
validate23.errors = vErrors;
return errors === 0;
}


function validate22(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.supportPlan === undefined){
data.supportPlan = true;
}
if(data.serviceQuotasAvailable === undefined){
data.serviceQuotasAvailable = true;
}
if(data.listed === undefined){
data.listed = true;
}
if(data.id === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.regions === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "regions"},message:"must have required property '"+"regions"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
for(const key0 in data){
if(!((((((key0 === "id") || (key0 === "name")) || (key0 === "supportPlan")) || (key0 === "serviceQuotasAvailable")) || (key0 === "listed")) || (key0 === "regions"))){
const err2 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.id !== undefined){
let data0 = data.id;
if(typeof data0 === "string"){
if(!pattern0.test(data0)){
const err3 = {instancePath:instancePath+"/id",schemaPath:"#/properties/id/pattern",keyword:"pattern",params:{pattern: "^[0-9]{12}$"},message:"must match pattern \""+"^[0-9]{12}$"+"\""};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
else {
const err4 = {instancePath:instancePath+"/id",schemaPath:"#/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.name !== undefined){
let data1 = data.name;
if(typeof data1 === "string"){
if(!pattern2.test(data1)){
const err5 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9][A-Za-z0-9 ._-]{0,49}$"},message:"must match pattern \""+"^[A-Za-z0-9][A-Za-z0-9 ._-]{0,49}$"+"\""};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
else {
const err6 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(typeof data.supportPlan !== "boolean"){
const err7 = {instancePath:instancePath+"/supportPlan",schemaPath:"#/properties/supportPlan/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(typeof data.serviceQuotasAvailable !== "boolean"){
const err8 = {instancePath:instancePath+"/serviceQuotasAvailable",schemaPath:"#/properties/serviceQuotasAvailable/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if(typeof data.listed !== "boolean"){
const err9 = {instancePath:instancePath+"/listed",schemaPath:"#/properties/listed/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if(data.regions !== undefined){
let data5 = data.regions;
if(Array.isArray(data5)){
if(data5.length < 1){
const err10 = {instancePath:instancePath+"/regions",schemaPath:"#/properties/regions/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
const len0 = data5.length;
for(let i0=0; i0<len0; i0++){
if(!(validate23(data5[i0], {instancePath:instancePath+"/regions/" + i0,parentData:data5,parentDataProperty:i0,rootData}))){
vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
errors = vErrors.length;
}
}
}
else {
const err11 = {instancePath:instancePath+"/regions",schemaPath:"#/properties/regions/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
}
else {
const err12 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
validate22.errors = vErrors;
return errors === 0;
}

const schema15 = {"type":"object","additionalProperties":false,"required":["name","modelId"],"properties":{"name":{"type":"string"},"modelId":{"type":"string"},"endpoint":{"enum":["bedrock-runtime","bedrock-mantle"],"description":"Which Bedrock inference endpoint serves the model: bedrock-runtime (InvokeModel/Converse; metrics AWS/Bedrock, dimension ModelId) or bedrock-mantle (OpenAI-compatible Responses/Chat Completions, Anthropic Messages; metrics AWS/BedrockMantle, dimension Model). The endpoints have separate quotas: a model served on both is declared twice, once per endpoint, under two names. Absent: bedrock-runtime."},"applicationProfiles":{"type":"array","maxItems":10,"description":"Application inference profiles drawing on this model's quota (bedrock-runtime only). Their traffic is published per profile while the quota is the model's: usage, error and usage alarms and decisions use the per-minute sum over the model and these profiles. At most 10 (one GetMetricData page). Each profile's usage is its own traffic; the model's `usage` is the direct traffic.","items":{"type":"object","additionalProperties":false,"required":["name","profileId"],"properties":{"name":{"type":"string","pattern":"^[A-Za-z0-9_.-]{1,64}$","description":"Who uses it (team or application), for the breakdown in cases and e-mails."},"profileId":{"type":"string","pattern":"^[a-zA-Z0-9:.-]{1,64}$","description":"The profile id (the part after application-inference-profile/ in its ARN): the ModelId dimension value of its metrics."},"usage":{"description":"Absent = no usage history. {peakRpm, peakTpm} = a generated 14-day series with those peaks. {series} = explicit per-minute points. {unavailable: true} = the metrics API fails.","anyOf":[{"type":"object","additionalProperties":false,"required":["peakRpm","peakTpm"],"properties":{"peakRpm":{"type":"number","minimum":0},"peakTpm":{"type":"number","minimum":0},"avgInputTokensPerRequest":{"type":"number","minimum":0},"avgOutputTokensPerRequest":{"type":"number","minimum":0}}},{"type":"object","additionalProperties":false,"required":["series"],"properties":{"series":{"type":"array","items":{"type":"object","additionalProperties":false,"required":["at","invocations"],"properties":{"at":{"type":"string","format":"date-time"},"invocations":{"type":"number","minimum":0},"estimatedTpm":{"type":"number","minimum":0},"inputTokens":{"type":"number","minimum":0},"outputTokens":{"type":"number","minimum":0}}}}}},{"type":"object","additionalProperties":false,"required":["unavailable"],"properties":{"unavailable":{"const":true}}}]}}}},"quotaCodes":{"type":"object","additionalProperties":false,"properties":{"rpm":{"type":"string"},"tpm":{"type":"string"},"outputTpm":{"type":"string"}}},"quotas":{"type":"object","additionalProperties":false,"description":"Current quota values. A missing key = the model has no such quota.","properties":{"rpm":{"type":"number","minimum":0},"tpm":{"type":"number","minimum":0},"outputTpm":{"type":"number","minimum":0,"description":"bedrock-mantle only: the \"Bedrock Mantle output tokens per minute\" quota."}}},"quotasUnavailable":{"type":"boolean","description":"true = the Service Quotas read fails (access denied)."},"usage":{"description":"Absent = no usage history. {peakRpm, peakTpm} = a generated 14-day series with those peaks. {series} = explicit per-minute points. {unavailable: true} = the metrics API fails.","anyOf":[{"type":"object","additionalProperties":false,"required":["peakRpm","peakTpm"],"properties":{"peakRpm":{"type":"number","minimum":0},"peakTpm":{"type":"number","minimum":0},"avgInputTokensPerRequest":{"type":"number","minimum":0},"avgOutputTokensPerRequest":{"type":"number","minimum":0},"peakOutputTpm":{"type":"number","minimum":0,"description":"bedrock-mantle: the busiest minute's output tokens (TotalOutputTokens). Absent: output tokens follow peakTpm and the input/output shares."}}},{"type":"object","additionalProperties":false,"required":["series"],"properties":{"series":{"type":"array","items":{"type":"object","additionalProperties":false,"required":["at","invocations"],"properties":{"at":{"type":"string","format":"date-time"},"invocations":{"type":"number","minimum":0},"estimatedTpm":{"type":"number","minimum":0},"inputTokens":{"type":"number","minimum":0},"outputTokens":{"type":"number","minimum":0}}}}}},{"type":"object","additionalProperties":false,"required":["unavailable"],"properties":{"unavailable":{"const":true}}}]}}};
const pattern5 = new RegExp("^[A-Za-z0-9_.-]{1,64}$", "u");
const pattern6 = new RegExp("^[a-zA-Z0-9:.-]{1,64}$", "u");

function validate38(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.name === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.modelId === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "modelId"},message:"must have required property '"+"modelId"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
for(const key0 in data){
if(!((((((((key0 === "name") || (key0 === "modelId")) || (key0 === "endpoint")) || (key0 === "applicationProfiles")) || (key0 === "quotaCodes")) || (key0 === "quotas")) || (key0 === "quotasUnavailable")) || (key0 === "usage"))){
const err2 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.name !== undefined){
if(typeof data.name !== "string"){
const err3 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.modelId !== undefined){
if(typeof data.modelId !== "string"){
const err4 = {instancePath:instancePath+"/modelId",schemaPath:"#/properties/modelId/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.endpoint !== undefined){
let data2 = data.endpoint;
if(!((data2 === "bedrock-runtime") || (data2 === "bedrock-mantle"))){
const err5 = {instancePath:instancePath+"/endpoint",schemaPath:"#/properties/endpoint/enum",keyword:"enum",params:{allowedValues: schema15.properties.endpoint.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.applicationProfiles !== undefined){
let data3 = data.applicationProfiles;
if(Array.isArray(data3)){
if(data3.length > 10){
const err6 = {instancePath:instancePath+"/applicationProfiles",schemaPath:"#/properties/applicationProfiles/maxItems",keyword:"maxItems",params:{limit: 10},message:"must NOT have more than 10 items"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
const len0 = data3.length;
for(let i0=0; i0<len0; i0++){
let data4 = data3[i0];
if(data4 && typeof data4 == "object" && !Array.isArray(data4)){
if(data4.name === undefined){
const err7 = {instancePath:instancePath+"/applicationProfiles/" + i0,schemaPath:"#/properties/applicationProfiles/items/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(data4.profileId === undefined){
const err8 = {instancePath:instancePath+"/applicationProfiles/" + i0,schemaPath:"#/properties/applicationProfiles/items/required",keyword:"required",params:{missingProperty: "profileId"},message:"must have required property '"+"profileId"+"'"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
for(const key1 in data4){
if(!(((key1 === "name") || (key1 === "profileId")) || (key1 === "usage"))){
const err9 = {instancePath:instancePath+"/applicationProfiles/" + i0,schemaPath:"#/properties/applicationProfiles/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data4.name !== undefined){
let data5 = data4.name;
if(typeof data5 === "string"){
if(!pattern5.test(data5)){
const err10 = {instancePath:instancePath+"/applicationProfiles/" + i0+"/name",schemaPath:"#/properties/applicationProfiles/items/properties/name/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9_.-]{1,64}$"},message:"must match pattern \""+"^[A-Za-z0-9_.-]{1,64}$"+"\""};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
else {
const err11 = {instancePath:instancePath+"/applicationProfiles/" + i0+"/name",schemaPath:"#/properties/applicationProfiles/items/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data4.profileId !== undefined){
let data6 = data4.profileId;
if(typeof data6 === "string"){
if(!pattern6.test(data6)){
const err12 = {instancePath:instancePath+"/applicationProfiles/" + i0+"/profileId",schemaPath:"#/properties/applicationProfiles/items/properties/profileId/pattern",keyword:"pattern",params:{pattern: "^[a-zA-Z0-9:.-]{1,64}$"},message:"must match pattern \""+"^[a-zA-Z0-9:.-]{1,64}$"+"\""};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
else {
const err13 = {instancePath:instancePath+"/applicationProfiles/" + i0+"/profileId",schemaPath:"#/properties/applicationProfiles/items/properties/profileId/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data4.usage !== undefined){
let data7 = data4.usage;
const _errs17 = errors;
let valid4 = false;
const _errs18 = errors;
if(data7 && typeof data7 == "object" && !Array.isArray(data7)){
if(data7.peakRpm === undefined){
const err14 = {instancePath:instancePath+"/applicationProfiles/" + i0+"/usage",schemaPath:"#/properties/applicationProfiles/items/properties/usage/anyOf/0/required",keyword:"required",params:{missingProperty: "peakRpm"},message:"must have required property '"+"peakRpm"+"'"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
if(data7.peakTpm === undefined){
const err15 = {instancePath:instancePath+"/applicationProfiles/" + i0+"/usage",schemaPath:"#/properties/applicationProfiles/items/properties/usage/anyOf/0/required",keyword:"required",params:{missingProperty: "peakTpm"},message:"must have required property '"+"peakTpm"+"'"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
for(const key2 in data7){
if(!((((key2 === "peakRpm") || (key2 === "peakTpm")) || (key2 === "avgInputTokensPerRequest")) || (key2 === "avgOutputTokensPerRequest"))){
const err16 = {instancePath:instancePath+"/applicationProfiles/" + i0+"/usage",schemaPath:"#/properties/applicationProfiles/items/properties/usage/anyOf/0/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
if(data7.peakRpm !== undefined){
let data8 = data7.peakRpm;
if(typeof data8 == "number"){
if(data8 < 0 || isNaN(data8)){
const err17 = {instancePath:instancePath+"/applicationProfiles/" + i0+"/usage/peakRpm",schemaPath:"#/properties/applicationProfiles/items/properties/usage/anyOf/0/properties/peakRpm/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
else {
const err18 = {instancePath:instancePath+"/applicationProfiles/" + i0+"/usage/peakRpm",schemaPath:"#/properties/applicationProfiles/items/properties/usage/anyOf/0/properties/peakRpm/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
if(data7.peakTpm !== undefined){
let data9 = data7.peakTpm;
if(typeof data9 == "number"){
if(data9 < 0 || isNaN(data9)){
const err19 = {instancePath:instancePath+"/applicationProfiles/" + i0+"/usage/peakTpm",schemaPath:"#/properties/applicationProfiles/items/properties/usage/anyOf/0/properties/peakTpm/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
else {
const err20 = {instancePath:instancePath+"/applicationProfiles/" + i0+"/usage/peakTpm",schemaPath:"#/properties/applicationProfiles/items/properties/usage/anyOf/0/properties/peakTpm/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
if(data7.avgInputTokensPerRequest !== undefined){
let data10 = data7.avgInputTokensPerRequest;
if(typeof data10 == "number"){
if(data10 < 0 || isNaN(data10)){
const err21 = {instancePath:instancePath+"/applicationProfiles/" + i0+"/usage/avgInputTokensPerRequest",schemaPath:"#/properties/applicationProfiles/items/properties/usage/anyOf/0/properties/avgInputTokensPerRequest/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
else {
const err22 = {instancePath:instancePath+"/applicationProfiles/" + i0+"/usage/avgInputTokensPerRequest",schemaPath:"#/properties/applicationProfiles/items/properties/usage/anyOf/0/properties/avgInputTokensPerRequest/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
if(data7.avgOutputTokensPerRequest !== undefined){
let data11 = data7.avgOutputTokensPerRequest;
if(typeof data11 == "number"){
if(data11 < 0 || isNaN(data11)){
const err23 = {instancePath:instancePath+"/applicationProfiles/" + i0+"/usage/avgOutputTokensPerRequest",schemaPath:"#/properties/applicationProfiles/items/properties/usage/anyOf/0/properties/avgOutputTokensPerRequest/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
else {
const err24 = {instancePath:instancePath+"/applicationProfiles/" + i0+"/usage/avgOutputTokensPerRequest",schemaPath:"#/properties/applicationProfiles/items/properties/usage/anyOf/0/properties/avgOutputTokensPerRequest/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
}
else {
const err25 = {instancePath:instancePath+"/applicationProfiles/" + i0+"/usage",schemaPath:"#/properties/applicationProfiles/items/properties/usage/anyOf/0/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
var _valid0 = _errs18 === errors;
valid4 = valid4 || _valid0;
if(!valid4){
const _errs29 = errors;
if(data7 && typeof data7 == "object" && !Array.isArray(data7)){
if(data7.series === undefined){
const err26 = {instancePath:instancePath+"/applicationProfiles/" + i0+"/usage",schemaPath:"#/properties/applicationProfiles/items/properties/usage/anyOf/1/required",keyword:"required",params:{missingProperty: "series"},message:"must have required property '"+"series"+"'"};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
for(const key3 in data7){
if(!(key3 === "series")){
const err27 = {instancePath:instancePath+"/applicationProfiles/" + i0+"/usage",schemaPath:"#/properties/applicationProfiles/items/properties/usage/anyOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key3},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
}
if(data7.series !== undefined){
let data12 = data7.series;
if(Array.isArray(data12)){
const len1 = data12.length;
for(let i1=0; i1<len1; i1++){
let data13 = data12[i1];
if(data13 && typeof data13 == "object" && !Array.isArray(data13)){
if(data13.at === undefined){
const err28 = {instancePath:instancePath+"/applicationProfiles/" + i0+"/usage/series/" + i1,schemaPath:"#/properties/applicationProfiles/items/properties/usage/anyOf/1/properties/series/items/required",keyword:"required",params:{missingProperty: "at"},message:"must have required property '"+"at"+"'"};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
if(data13.invocations === undefined){
const err29 = {instancePath:instancePath+"/applicationProfiles/" + i0+"/usage/series/" + i1,schemaPath:"#/properties/applicationProfiles/items/properties/usage/anyOf/1/properties/series/items/required",keyword:"required",params:{missingProperty: "invocations"},message:"must have required property '"+"invocations"+"'"};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
for(const key4 in data13){
if(!(((((key4 === "at") || (key4 === "invocations")) || (key4 === "estimatedTpm")) || (key4 === "inputTokens")) || (key4 === "outputTokens"))){
const err30 = {instancePath:instancePath+"/applicationProfiles/" + i0+"/usage/series/" + i1,schemaPath:"#/properties/applicationProfiles/items/properties/usage/anyOf/1/properties/series/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key4},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
}
if(data13.at !== undefined){
let data14 = data13.at;
if(typeof data14 === "string"){
if(!(formats0.validate(data14))){
const err31 = {instancePath:instancePath+"/applicationProfiles/" + i0+"/usage/series/" + i1+"/at",schemaPath:"#/properties/applicationProfiles/items/properties/usage/anyOf/1/properties/series/items/properties/at/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\""};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
}
else {
const err32 = {instancePath:instancePath+"/applicationProfiles/" + i0+"/usage/series/" + i1+"/at",schemaPath:"#/properties/applicationProfiles/items/properties/usage/anyOf/1/properties/series/items/properties/at/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
}
if(data13.invocations !== undefined){
let data15 = data13.invocations;
if(typeof data15 == "number"){
if(data15 < 0 || isNaN(data15)){
const err33 = {instancePath:instancePath+"/applicationProfiles/" + i0+"/usage/series/" + i1+"/invocations",schemaPath:"#/properties/applicationProfiles/items/properties/usage/anyOf/1/properties/series/items/properties/invocations/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
}
else {
const err34 = {instancePath:instancePath+"/applicationProfiles/" + i0+"/usage/series/" + i1+"/invocations",schemaPath:"#/properties/applicationProfiles/items/properties/usage/anyOf/1/properties/series/items/properties/invocations/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
}
if(data13.estimatedTpm !== undefined){
let data16 = data13.estimatedTpm;
if(typeof data16 == "number"){
if(data16 < 0 || isNaN(data16)){
const err35 = {instancePath:instancePath+"/applicationProfiles/" + i0+"/usage/series/" + i1+"/estimatedTpm",schemaPath:"#/properties/applicationProfiles/items/properties/usage/anyOf/1/properties/series/items/properties/estimatedTpm/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
}
else {
const err36 = {instancePath:instancePath+"/applicationProfiles/" + i0+"/usage/series/" + i1+"/estimatedTpm",schemaPath:"#/properties/applicationProfiles/items/properties/usage/anyOf/1/properties/series/items/properties/estimatedTpm/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
}
if(data13.inputTokens !== undefined){
let data17 = data13.inputTokens;
if(typeof data17 == "number"){
if(data17 < 0 || isNaN(data17)){
const err37 = {instancePath:instancePath+"/applicationProfiles/" + i0+"/usage/series/" + i1+"/inputTokens",schemaPath:"#/properties/applicationProfiles/items/properties/usage/anyOf/1/properties/series/items/properties/inputTokens/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
}
else {
const err38 = {instancePath:instancePath+"/applicationProfiles/" + i0+"/usage/series/" + i1+"/inputTokens",schemaPath:"#/properties/applicationProfiles/items/properties/usage/anyOf/1/properties/series/items/properties/inputTokens/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
}
if(data13.outputTokens !== undefined){
let data18 = data13.outputTokens;
if(typeof data18 == "number"){
if(data18 < 0 || isNaN(data18)){
const err39 = {instancePath:instancePath+"/applicationProfiles/" + i0+"/usage/series/" + i1+"/outputTokens",schemaPath:"#/properties/applicationProfiles/items/properties/usage/anyOf/1/properties/series/items/properties/outputTokens/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
}
else {
const err40 = {instancePath:instancePath+"/applicationProfiles/" + i0+"/usage/series/" + i1+"/outputTokens",schemaPath:"#/properties/applicationProfiles/items/properties/usage/anyOf/1/properties/series/items/properties/outputTokens/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
}
}
else {
const err41 = {instancePath:instancePath+"/applicationProfiles/" + i0+"/usage/series/" + i1,schemaPath:"#/properties/applicationProfiles/items/properties/usage/anyOf/1/properties/series/items/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
}
}
else {
const err42 = {instancePath:instancePath+"/applicationProfiles/" + i0+"/usage/series",schemaPath:"#/properties/applicationProfiles/items/properties/usage/anyOf/1/properties/series/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err42];
}
else {
vErrors.push(err42);
}
errors++;
}
}
}
else {
const err43 = {instancePath:instancePath+"/applicationProfiles/" + i0+"/usage",schemaPath:"#/properties/applicationProfiles/items/properties/usage/anyOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err43];
}
else {
vErrors.push(err43);
}
errors++;
}
var _valid0 = _errs29 === errors;
valid4 = valid4 || _valid0;
if(!valid4){
const _errs47 = errors;
if(data7 && typeof data7 == "object" && !Array.isArray(data7)){
if(data7.unavailable === undefined){
const err44 = {instancePath:instancePath+"/applicationProfiles/" + i0+"/usage",schemaPath:"#/properties/applicationProfiles/items/properties/usage/anyOf/2/required",keyword:"required",params:{missingProperty: "unavailable"},message:"must have required property '"+"unavailable"+"'"};
if(vErrors === null){
vErrors = [err44];
}
else {
vErrors.push(err44);
}
errors++;
}
for(const key5 in data7){
if(!(key5 === "unavailable")){
const err45 = {instancePath:instancePath+"/applicationProfiles/" + i0+"/usage",schemaPath:"#/properties/applicationProfiles/items/properties/usage/anyOf/2/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key5},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err45];
}
else {
vErrors.push(err45);
}
errors++;
}
}
if(data7.unavailable !== undefined){
if(true !== data7.unavailable){
const err46 = {instancePath:instancePath+"/applicationProfiles/" + i0+"/usage/unavailable",schemaPath:"#/properties/applicationProfiles/items/properties/usage/anyOf/2/properties/unavailable/const",keyword:"const",params:{allowedValue: true},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err46];
}
else {
vErrors.push(err46);
}
errors++;
}
}
}
else {
const err47 = {instancePath:instancePath+"/applicationProfiles/" + i0+"/usage",schemaPath:"#/properties/applicationProfiles/items/properties/usage/anyOf/2/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err47];
}
else {
vErrors.push(err47);
}
errors++;
}
var _valid0 = _errs47 === errors;
valid4 = valid4 || _valid0;
}
}
if(!valid4){
const err48 = {instancePath:instancePath+"/applicationProfiles/" + i0+"/usage",schemaPath:"#/properties/applicationProfiles/items/properties/usage/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err48];
}
else {
vErrors.push(err48);
}
errors++;
}
else {
errors = _errs17;
if(vErrors !== null){
if(_errs17){
vErrors.length = _errs17;
}
else {
vErrors = null;
}
}
}
}
}
else {
const err49 = {instancePath:instancePath+"/applicationProfiles/" + i0,schemaPath:"#/properties/applicationProfiles/items/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err49];
}
else {
vErrors.push(err49);
}
errors++;
}
}
}
else {
const err50 = {instancePath:instancePath+"/applicationProfiles",schemaPath:"#/properties/applicationProfiles/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err50];
}
else {
vErrors.push(err50);
}
errors++;
}
}
if(data.quotaCodes !== undefined){
let data20 = data.quotaCodes;
if(data20 && typeof data20 == "object" && !Array.isArray(data20)){
for(const key6 in data20){
if(!(((key6 === "rpm") || (key6 === "tpm")) || (key6 === "outputTpm"))){
const err51 = {instancePath:instancePath+"/quotaCodes",schemaPath:"#/properties/quotaCodes/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key6},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err51];
}
else {
vErrors.push(err51);
}
errors++;
}
}
if(data20.rpm !== undefined){
if(typeof data20.rpm !== "string"){
const err52 = {instancePath:instancePath+"/quotaCodes/rpm",schemaPath:"#/properties/quotaCodes/properties/rpm/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err52];
}
else {
vErrors.push(err52);
}
errors++;
}
}
if(data20.tpm !== undefined){
if(typeof data20.tpm !== "string"){
const err53 = {instancePath:instancePath+"/quotaCodes/tpm",schemaPath:"#/properties/quotaCodes/properties/tpm/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err53];
}
else {
vErrors.push(err53);
}
errors++;
}
}
if(data20.outputTpm !== undefined){
if(typeof data20.outputTpm !== "string"){
const err54 = {instancePath:instancePath+"/quotaCodes/outputTpm",schemaPath:"#/properties/quotaCodes/properties/outputTpm/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err54];
}
else {
vErrors.push(err54);
}
errors++;
}
}
}
else {
const err55 = {instancePath:instancePath+"/quotaCodes",schemaPath:"#/properties/quotaCodes/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err55];
}
else {
vErrors.push(err55);
}
errors++;
}
}
if(data.quotas !== undefined){
let data24 = data.quotas;
if(data24 && typeof data24 == "object" && !Array.isArray(data24)){
for(const key7 in data24){
if(!(((key7 === "rpm") || (key7 === "tpm")) || (key7 === "outputTpm"))){
const err56 = {instancePath:instancePath+"/quotas",schemaPath:"#/properties/quotas/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key7},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err56];
}
else {
vErrors.push(err56);
}
errors++;
}
}
if(data24.rpm !== undefined){
let data25 = data24.rpm;
if(typeof data25 == "number"){
if(data25 < 0 || isNaN(data25)){
const err57 = {instancePath:instancePath+"/quotas/rpm",schemaPath:"#/properties/quotas/properties/rpm/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err57];
}
else {
vErrors.push(err57);
}
errors++;
}
}
else {
const err58 = {instancePath:instancePath+"/quotas/rpm",schemaPath:"#/properties/quotas/properties/rpm/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err58];
}
else {
vErrors.push(err58);
}
errors++;
}
}
if(data24.tpm !== undefined){
let data26 = data24.tpm;
if(typeof data26 == "number"){
if(data26 < 0 || isNaN(data26)){
const err59 = {instancePath:instancePath+"/quotas/tpm",schemaPath:"#/properties/quotas/properties/tpm/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err59];
}
else {
vErrors.push(err59);
}
errors++;
}
}
else {
const err60 = {instancePath:instancePath+"/quotas/tpm",schemaPath:"#/properties/quotas/properties/tpm/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err60];
}
else {
vErrors.push(err60);
}
errors++;
}
}
if(data24.outputTpm !== undefined){
let data27 = data24.outputTpm;
if(typeof data27 == "number"){
if(data27 < 0 || isNaN(data27)){
const err61 = {instancePath:instancePath+"/quotas/outputTpm",schemaPath:"#/properties/quotas/properties/outputTpm/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err61];
}
else {
vErrors.push(err61);
}
errors++;
}
}
else {
const err62 = {instancePath:instancePath+"/quotas/outputTpm",schemaPath:"#/properties/quotas/properties/outputTpm/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err62];
}
else {
vErrors.push(err62);
}
errors++;
}
}
}
else {
const err63 = {instancePath:instancePath+"/quotas",schemaPath:"#/properties/quotas/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err63];
}
else {
vErrors.push(err63);
}
errors++;
}
}
if(data.quotasUnavailable !== undefined){
if(typeof data.quotasUnavailable !== "boolean"){
const err64 = {instancePath:instancePath+"/quotasUnavailable",schemaPath:"#/properties/quotasUnavailable/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err64];
}
else {
vErrors.push(err64);
}
errors++;
}
}
if(data.usage !== undefined){
let data29 = data.usage;
const _errs72 = errors;
let valid13 = false;
const _errs73 = errors;
if(data29 && typeof data29 == "object" && !Array.isArray(data29)){
if(data29.peakRpm === undefined){
const err65 = {instancePath:instancePath+"/usage",schemaPath:"#/properties/usage/anyOf/0/required",keyword:"required",params:{missingProperty: "peakRpm"},message:"must have required property '"+"peakRpm"+"'"};
if(vErrors === null){
vErrors = [err65];
}
else {
vErrors.push(err65);
}
errors++;
}
if(data29.peakTpm === undefined){
const err66 = {instancePath:instancePath+"/usage",schemaPath:"#/properties/usage/anyOf/0/required",keyword:"required",params:{missingProperty: "peakTpm"},message:"must have required property '"+"peakTpm"+"'"};
if(vErrors === null){
vErrors = [err66];
}
else {
vErrors.push(err66);
}
errors++;
}
for(const key8 in data29){
if(!(((((key8 === "peakRpm") || (key8 === "peakTpm")) || (key8 === "avgInputTokensPerRequest")) || (key8 === "avgOutputTokensPerRequest")) || (key8 === "peakOutputTpm"))){
const err67 = {instancePath:instancePath+"/usage",schemaPath:"#/properties/usage/anyOf/0/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key8},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err67];
}
else {
vErrors.push(err67);
}
errors++;
}
}
if(data29.peakRpm !== undefined){
let data30 = data29.peakRpm;
if(typeof data30 == "number"){
if(data30 < 0 || isNaN(data30)){
const err68 = {instancePath:instancePath+"/usage/peakRpm",schemaPath:"#/properties/usage/anyOf/0/properties/peakRpm/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err68];
}
else {
vErrors.push(err68);
}
errors++;
}
}
else {
const err69 = {instancePath:instancePath+"/usage/peakRpm",schemaPath:"#/properties/usage/anyOf/0/properties/peakRpm/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err69];
}
else {
vErrors.push(err69);
}
errors++;
}
}
if(data29.peakTpm !== undefined){
let data31 = data29.peakTpm;
if(typeof data31 == "number"){
if(data31 < 0 || isNaN(data31)){
const err70 = {instancePath:instancePath+"/usage/peakTpm",schemaPath:"#/properties/usage/anyOf/0/properties/peakTpm/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err70];
}
else {
vErrors.push(err70);
}
errors++;
}
}
else {
const err71 = {instancePath:instancePath+"/usage/peakTpm",schemaPath:"#/properties/usage/anyOf/0/properties/peakTpm/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err71];
}
else {
vErrors.push(err71);
}
errors++;
}
}
if(data29.avgInputTokensPerRequest !== undefined){
let data32 = data29.avgInputTokensPerRequest;
if(typeof data32 == "number"){
if(data32 < 0 || isNaN(data32)){
const err72 = {instancePath:instancePath+"/usage/avgInputTokensPerRequest",schemaPath:"#/properties/usage/anyOf/0/properties/avgInputTokensPerRequest/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err72];
}
else {
vErrors.push(err72);
}
errors++;
}
}
else {
const err73 = {instancePath:instancePath+"/usage/avgInputTokensPerRequest",schemaPath:"#/properties/usage/anyOf/0/properties/avgInputTokensPerRequest/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err73];
}
else {
vErrors.push(err73);
}
errors++;
}
}
if(data29.avgOutputTokensPerRequest !== undefined){
let data33 = data29.avgOutputTokensPerRequest;
if(typeof data33 == "number"){
if(data33 < 0 || isNaN(data33)){
const err74 = {instancePath:instancePath+"/usage/avgOutputTokensPerRequest",schemaPath:"#/properties/usage/anyOf/0/properties/avgOutputTokensPerRequest/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err74];
}
else {
vErrors.push(err74);
}
errors++;
}
}
else {
const err75 = {instancePath:instancePath+"/usage/avgOutputTokensPerRequest",schemaPath:"#/properties/usage/anyOf/0/properties/avgOutputTokensPerRequest/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err75];
}
else {
vErrors.push(err75);
}
errors++;
}
}
if(data29.peakOutputTpm !== undefined){
let data34 = data29.peakOutputTpm;
if(typeof data34 == "number"){
if(data34 < 0 || isNaN(data34)){
const err76 = {instancePath:instancePath+"/usage/peakOutputTpm",schemaPath:"#/properties/usage/anyOf/0/properties/peakOutputTpm/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err76];
}
else {
vErrors.push(err76);
}
errors++;
}
}
else {
const err77 = {instancePath:instancePath+"/usage/peakOutputTpm",schemaPath:"#/properties/usage/anyOf/0/properties/peakOutputTpm/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err77];
}
else {
vErrors.push(err77);
}
errors++;
}
}
}
else {
const err78 = {instancePath:instancePath+"/usage",schemaPath:"#/properties/usage/anyOf/0/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err78];
}
else {
vErrors.push(err78);
}
errors++;
}
var _valid1 = _errs73 === errors;
valid13 = valid13 || _valid1;
if(!valid13){
const _errs86 = errors;
if(data29 && typeof data29 == "object" && !Array.isArray(data29)){
if(data29.series === undefined){
const err79 = {instancePath:instancePath+"/usage",schemaPath:"#/properties/usage/anyOf/1/required",keyword:"required",params:{missingProperty: "series"},message:"must have required property '"+"series"+"'"};
if(vErrors === null){
vErrors = [err79];
}
else {
vErrors.push(err79);
}
errors++;
}
for(const key9 in data29){
if(!(key9 === "series")){
const err80 = {instancePath:instancePath+"/usage",schemaPath:"#/properties/usage/anyOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key9},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err80];
}
else {
vErrors.push(err80);
}
errors++;
}
}
if(data29.series !== undefined){
let data35 = data29.series;
if(Array.isArray(data35)){
const len2 = data35.length;
for(let i2=0; i2<len2; i2++){
let data36 = data35[i2];
if(data36 && typeof data36 == "object" && !Array.isArray(data36)){
if(data36.at === undefined){
const err81 = {instancePath:instancePath+"/usage/series/" + i2,schemaPath:"#/properties/usage/anyOf/1/properties/series/items/required",keyword:"required",params:{missingProperty: "at"},message:"must have required property '"+"at"+"'"};
if(vErrors === null){
vErrors = [err81];
}
else {
vErrors.push(err81);
}
errors++;
}
if(data36.invocations === undefined){
const err82 = {instancePath:instancePath+"/usage/series/" + i2,schemaPath:"#/properties/usage/anyOf/1/properties/series/items/required",keyword:"required",params:{missingProperty: "invocations"},message:"must have required property '"+"invocations"+"'"};
if(vErrors === null){
vErrors = [err82];
}
else {
vErrors.push(err82);
}
errors++;
}
for(const key10 in data36){
if(!(((((key10 === "at") || (key10 === "invocations")) || (key10 === "estimatedTpm")) || (key10 === "inputTokens")) || (key10 === "outputTokens"))){
const err83 = {instancePath:instancePath+"/usage/series/" + i2,schemaPath:"#/properties/usage/anyOf/1/properties/series/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key10},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err83];
}
else {
vErrors.push(err83);
}
errors++;
}
}
if(data36.at !== undefined){
let data37 = data36.at;
if(typeof data37 === "string"){
if(!(formats0.validate(data37))){
const err84 = {instancePath:instancePath+"/usage/series/" + i2+"/at",schemaPath:"#/properties/usage/anyOf/1/properties/series/items/properties/at/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\""};
if(vErrors === null){
vErrors = [err84];
}
else {
vErrors.push(err84);
}
errors++;
}
}
else {
const err85 = {instancePath:instancePath+"/usage/series/" + i2+"/at",schemaPath:"#/properties/usage/anyOf/1/properties/series/items/properties/at/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err85];
}
else {
vErrors.push(err85);
}
errors++;
}
}
if(data36.invocations !== undefined){
let data38 = data36.invocations;
if(typeof data38 == "number"){
if(data38 < 0 || isNaN(data38)){
const err86 = {instancePath:instancePath+"/usage/series/" + i2+"/invocations",schemaPath:"#/properties/usage/anyOf/1/properties/series/items/properties/invocations/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err86];
}
else {
vErrors.push(err86);
}
errors++;
}
}
else {
const err87 = {instancePath:instancePath+"/usage/series/" + i2+"/invocations",schemaPath:"#/properties/usage/anyOf/1/properties/series/items/properties/invocations/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err87];
}
else {
vErrors.push(err87);
}
errors++;
}
}
if(data36.estimatedTpm !== undefined){
let data39 = data36.estimatedTpm;
if(typeof data39 == "number"){
if(data39 < 0 || isNaN(data39)){
const err88 = {instancePath:instancePath+"/usage/series/" + i2+"/estimatedTpm",schemaPath:"#/properties/usage/anyOf/1/properties/series/items/properties/estimatedTpm/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err88];
}
else {
vErrors.push(err88);
}
errors++;
}
}
else {
const err89 = {instancePath:instancePath+"/usage/series/" + i2+"/estimatedTpm",schemaPath:"#/properties/usage/anyOf/1/properties/series/items/properties/estimatedTpm/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err89];
}
else {
vErrors.push(err89);
}
errors++;
}
}
if(data36.inputTokens !== undefined){
let data40 = data36.inputTokens;
if(typeof data40 == "number"){
if(data40 < 0 || isNaN(data40)){
const err90 = {instancePath:instancePath+"/usage/series/" + i2+"/inputTokens",schemaPath:"#/properties/usage/anyOf/1/properties/series/items/properties/inputTokens/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err90];
}
else {
vErrors.push(err90);
}
errors++;
}
}
else {
const err91 = {instancePath:instancePath+"/usage/series/" + i2+"/inputTokens",schemaPath:"#/properties/usage/anyOf/1/properties/series/items/properties/inputTokens/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err91];
}
else {
vErrors.push(err91);
}
errors++;
}
}
if(data36.outputTokens !== undefined){
let data41 = data36.outputTokens;
if(typeof data41 == "number"){
if(data41 < 0 || isNaN(data41)){
const err92 = {instancePath:instancePath+"/usage/series/" + i2+"/outputTokens",schemaPath:"#/properties/usage/anyOf/1/properties/series/items/properties/outputTokens/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err92];
}
else {
vErrors.push(err92);
}
errors++;
}
}
else {
const err93 = {instancePath:instancePath+"/usage/series/" + i2+"/outputTokens",schemaPath:"#/properties/usage/anyOf/1/properties/series/items/properties/outputTokens/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err93];
}
else {
vErrors.push(err93);
}
errors++;
}
}
}
else {
const err94 = {instancePath:instancePath+"/usage/series/" + i2,schemaPath:"#/properties/usage/anyOf/1/properties/series/items/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err94];
}
else {
vErrors.push(err94);
}
errors++;
}
}
}
else {
const err95 = {instancePath:instancePath+"/usage/series",schemaPath:"#/properties/usage/anyOf/1/properties/series/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err95];
}
else {
vErrors.push(err95);
}
errors++;
}
}
}
else {
const err96 = {instancePath:instancePath+"/usage",schemaPath:"#/properties/usage/anyOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err96];
}
else {
vErrors.push(err96);
}
errors++;
}
var _valid1 = _errs86 === errors;
valid13 = valid13 || _valid1;
if(!valid13){
const _errs104 = errors;
if(data29 && typeof data29 == "object" && !Array.isArray(data29)){
if(data29.unavailable === undefined){
const err97 = {instancePath:instancePath+"/usage",schemaPath:"#/properties/usage/anyOf/2/required",keyword:"required",params:{missingProperty: "unavailable"},message:"must have required property '"+"unavailable"+"'"};
if(vErrors === null){
vErrors = [err97];
}
else {
vErrors.push(err97);
}
errors++;
}
for(const key11 in data29){
if(!(key11 === "unavailable")){
const err98 = {instancePath:instancePath+"/usage",schemaPath:"#/properties/usage/anyOf/2/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key11},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err98];
}
else {
vErrors.push(err98);
}
errors++;
}
}
if(data29.unavailable !== undefined){
if(true !== data29.unavailable){
const err99 = {instancePath:instancePath+"/usage/unavailable",schemaPath:"#/properties/usage/anyOf/2/properties/unavailable/const",keyword:"const",params:{allowedValue: true},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err99];
}
else {
vErrors.push(err99);
}
errors++;
}
}
}
else {
const err100 = {instancePath:instancePath+"/usage",schemaPath:"#/properties/usage/anyOf/2/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err100];
}
else {
vErrors.push(err100);
}
errors++;
}
var _valid1 = _errs104 === errors;
valid13 = valid13 || _valid1;
}
}
if(!valid13){
const err101 = {instancePath:instancePath+"/usage",schemaPath:"#/properties/usage/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err101];
}
else {
vErrors.push(err101);
}
errors++;
}
else {
errors = _errs72;
if(vErrors !== null){
if(_errs72){
vErrors.length = _errs72;
}
else {
vErrors = null;
}
}
}
}
}
else {
const err102 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err102];
}
else {
vErrors.push(err102);
}
errors++;
}
validate38.errors = vErrors;
return errors === 0;
}

const schema16 = {"type":"object","additionalProperties":false,"required":["quotaChange","at"],"description":"Service Quotas changes a model's quotas between events (an approved increase, a quota that no longer exists, or quotas that cannot be read), then the threshold updater runs as on its schedule: the usage alarms are resized with their complete configuration, the change is recorded and the team is told. Give it its own `at`: events of the same instant run concurrently.","properties":{"label":{"type":"string"},"at":{"type":"string","format":"date-time"},"quotaChange":{"type":"object","additionalProperties":false,"required":["model"],"properties":{"model":{"type":"string","description":"A model name of `models`."},"quotas":{"type":"object","additionalProperties":false,"description":"New quota values; null = the model no longer has that quota (its RPM usage alarm is removed). Omitted keys keep their value.","properties":{"rpm":{"type":["number","null"],"minimum":0},"tpm":{"type":["number","null"],"minimum":0},"outputTpm":{"type":["number","null"],"minimum":0}}},"quotasUnavailable":{"type":"boolean","description":"true = Service Quotas reads fail from now on (access denied): the updater reports it and keeps the thresholds."}}},"account":{"type":"string","pattern":"^[0-9]{12}$","description":"Organization mode: the member account of the event (default: the first of `accounts`). Single-account mode: the scenario's account, if given."},"region":{"type":"string","pattern":"^[a-z]{2}(-[a-z]+)+-[0-9]$","description":"The Region of the event (default: the account's first Region; single-account mode: the scenario's Region)."}}};

function validate42(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.quotaChange === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "quotaChange"},message:"must have required property '"+"quotaChange"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.at === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "at"},message:"must have required property '"+"at"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
for(const key0 in data){
if(!(((((key0 === "label") || (key0 === "at")) || (key0 === "quotaChange")) || (key0 === "account")) || (key0 === "region"))){
const err2 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.label !== undefined){
if(typeof data.label !== "string"){
const err3 = {instancePath:instancePath+"/label",schemaPath:"#/properties/label/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.at !== undefined){
let data1 = data.at;
if(typeof data1 === "string"){
if(!(formats0.validate(data1))){
const err4 = {instancePath:instancePath+"/at",schemaPath:"#/properties/at/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\""};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
else {
const err5 = {instancePath:instancePath+"/at",schemaPath:"#/properties/at/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.quotaChange !== undefined){
let data2 = data.quotaChange;
if(data2 && typeof data2 == "object" && !Array.isArray(data2)){
if(data2.model === undefined){
const err6 = {instancePath:instancePath+"/quotaChange",schemaPath:"#/properties/quotaChange/required",keyword:"required",params:{missingProperty: "model"},message:"must have required property '"+"model"+"'"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
for(const key1 in data2){
if(!(((key1 === "model") || (key1 === "quotas")) || (key1 === "quotasUnavailable"))){
const err7 = {instancePath:instancePath+"/quotaChange",schemaPath:"#/properties/quotaChange/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data2.model !== undefined){
if(typeof data2.model !== "string"){
const err8 = {instancePath:instancePath+"/quotaChange/model",schemaPath:"#/properties/quotaChange/properties/model/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data2.quotas !== undefined){
let data4 = data2.quotas;
if(data4 && typeof data4 == "object" && !Array.isArray(data4)){
for(const key2 in data4){
if(!(((key2 === "rpm") || (key2 === "tpm")) || (key2 === "outputTpm"))){
const err9 = {instancePath:instancePath+"/quotaChange/quotas",schemaPath:"#/properties/quotaChange/properties/quotas/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data4.rpm !== undefined){
let data5 = data4.rpm;
if((!(typeof data5 == "number")) && (data5 !== null)){
const err10 = {instancePath:instancePath+"/quotaChange/quotas/rpm",schemaPath:"#/properties/quotaChange/properties/quotas/properties/rpm/type",keyword:"type",params:{type: schema16.properties.quotaChange.properties.quotas.properties.rpm.type},message:"must be number,null"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
if(typeof data5 == "number"){
if(data5 < 0 || isNaN(data5)){
const err11 = {instancePath:instancePath+"/quotaChange/quotas/rpm",schemaPath:"#/properties/quotaChange/properties/quotas/properties/rpm/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
}
if(data4.tpm !== undefined){
let data6 = data4.tpm;
if((!(typeof data6 == "number")) && (data6 !== null)){
const err12 = {instancePath:instancePath+"/quotaChange/quotas/tpm",schemaPath:"#/properties/quotaChange/properties/quotas/properties/tpm/type",keyword:"type",params:{type: schema16.properties.quotaChange.properties.quotas.properties.tpm.type},message:"must be number,null"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
if(typeof data6 == "number"){
if(data6 < 0 || isNaN(data6)){
const err13 = {instancePath:instancePath+"/quotaChange/quotas/tpm",schemaPath:"#/properties/quotaChange/properties/quotas/properties/tpm/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
}
if(data4.outputTpm !== undefined){
let data7 = data4.outputTpm;
if((!(typeof data7 == "number")) && (data7 !== null)){
const err14 = {instancePath:instancePath+"/quotaChange/quotas/outputTpm",schemaPath:"#/properties/quotaChange/properties/quotas/properties/outputTpm/type",keyword:"type",params:{type: schema16.properties.quotaChange.properties.quotas.properties.outputTpm.type},message:"must be number,null"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
if(typeof data7 == "number"){
if(data7 < 0 || isNaN(data7)){
const err15 = {instancePath:instancePath+"/quotaChange/quotas/outputTpm",schemaPath:"#/properties/quotaChange/properties/quotas/properties/outputTpm/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
}
}
else {
const err16 = {instancePath:instancePath+"/quotaChange/quotas",schemaPath:"#/properties/quotaChange/properties/quotas/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
if(data2.quotasUnavailable !== undefined){
if(typeof data2.quotasUnavailable !== "boolean"){
const err17 = {instancePath:instancePath+"/quotaChange/quotasUnavailable",schemaPath:"#/properties/quotaChange/properties/quotasUnavailable/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
}
else {
const err18 = {instancePath:instancePath+"/quotaChange",schemaPath:"#/properties/quotaChange/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
if(data.account !== undefined){
let data9 = data.account;
if(typeof data9 === "string"){
if(!pattern0.test(data9)){
const err19 = {instancePath:instancePath+"/account",schemaPath:"#/properties/account/pattern",keyword:"pattern",params:{pattern: "^[0-9]{12}$"},message:"must match pattern \""+"^[0-9]{12}$"+"\""};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
else {
const err20 = {instancePath:instancePath+"/account",schemaPath:"#/properties/account/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
if(data.region !== undefined){
let data10 = data.region;
if(typeof data10 === "string"){
if(!pattern3.test(data10)){
const err21 = {instancePath:instancePath+"/region",schemaPath:"#/properties/region/pattern",keyword:"pattern",params:{pattern: "^[a-z]{2}(-[a-z]+)+-[0-9]$"},message:"must match pattern \""+"^[a-z]{2}(-[a-z]+)+-[0-9]$"+"\""};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
else {
const err22 = {instancePath:instancePath+"/region",schemaPath:"#/properties/region/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
}
else {
const err23 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
validate42.errors = vErrors;
return errors === 0;
}

const schema17 = {"type":"object","additionalProperties":false,"required":["caseResolved","at"],"description":"AWS Support resolves the open cases of a model and case type at a time (for example the increase was granted): the next incident of that model and category opens a new case instead of appending to the resolved one. For a Quota Request, the cases Service Quotas opened for the model's requests are resolved too, and those requests end CASE_CLOSED.","properties":{"label":{"type":"string"},"at":{"type":"string","format":"date-time"},"caseResolved":{"type":"object","additionalProperties":false,"required":["model","caseType"],"properties":{"model":{"type":"string","description":"A model name of `models`."},"caseType":{"enum":["Quota Request","Investigation Request"]}}},"account":{"type":"string","pattern":"^[0-9]{12}$","description":"Organization mode: the member account of the event (default: the first of `accounts`). Single-account mode: the scenario's account, if given."},"region":{"type":"string","pattern":"^[a-z]{2}(-[a-z]+)+-[0-9]$","description":"The Region of the event (default: the account's first Region; single-account mode: the scenario's Region)."}}};

function validate44(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.caseResolved === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "caseResolved"},message:"must have required property '"+"caseResolved"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.at === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "at"},message:"must have required property '"+"at"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
for(const key0 in data){
if(!(((((key0 === "label") || (key0 === "at")) || (key0 === "caseResolved")) || (key0 === "account")) || (key0 === "region"))){
const err2 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.label !== undefined){
if(typeof data.label !== "string"){
const err3 = {instancePath:instancePath+"/label",schemaPath:"#/properties/label/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.at !== undefined){
let data1 = data.at;
if(typeof data1 === "string"){
if(!(formats0.validate(data1))){
const err4 = {instancePath:instancePath+"/at",schemaPath:"#/properties/at/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\""};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
else {
const err5 = {instancePath:instancePath+"/at",schemaPath:"#/properties/at/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.caseResolved !== undefined){
let data2 = data.caseResolved;
if(data2 && typeof data2 == "object" && !Array.isArray(data2)){
if(data2.model === undefined){
const err6 = {instancePath:instancePath+"/caseResolved",schemaPath:"#/properties/caseResolved/required",keyword:"required",params:{missingProperty: "model"},message:"must have required property '"+"model"+"'"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(data2.caseType === undefined){
const err7 = {instancePath:instancePath+"/caseResolved",schemaPath:"#/properties/caseResolved/required",keyword:"required",params:{missingProperty: "caseType"},message:"must have required property '"+"caseType"+"'"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
for(const key1 in data2){
if(!((key1 === "model") || (key1 === "caseType"))){
const err8 = {instancePath:instancePath+"/caseResolved",schemaPath:"#/properties/caseResolved/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data2.model !== undefined){
if(typeof data2.model !== "string"){
const err9 = {instancePath:instancePath+"/caseResolved/model",schemaPath:"#/properties/caseResolved/properties/model/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data2.caseType !== undefined){
let data4 = data2.caseType;
if(!((data4 === "Quota Request") || (data4 === "Investigation Request"))){
const err10 = {instancePath:instancePath+"/caseResolved/caseType",schemaPath:"#/properties/caseResolved/properties/caseType/enum",keyword:"enum",params:{allowedValues: schema17.properties.caseResolved.properties.caseType.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
}
else {
const err11 = {instancePath:instancePath+"/caseResolved",schemaPath:"#/properties/caseResolved/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data.account !== undefined){
let data5 = data.account;
if(typeof data5 === "string"){
if(!pattern0.test(data5)){
const err12 = {instancePath:instancePath+"/account",schemaPath:"#/properties/account/pattern",keyword:"pattern",params:{pattern: "^[0-9]{12}$"},message:"must match pattern \""+"^[0-9]{12}$"+"\""};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
else {
const err13 = {instancePath:instancePath+"/account",schemaPath:"#/properties/account/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data.region !== undefined){
let data6 = data.region;
if(typeof data6 === "string"){
if(!pattern3.test(data6)){
const err14 = {instancePath:instancePath+"/region",schemaPath:"#/properties/region/pattern",keyword:"pattern",params:{pattern: "^[a-z]{2}(-[a-z]+)+-[0-9]$"},message:"must match pattern \""+"^[a-z]{2}(-[a-z]+)+-[0-9]$"+"\""};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
else {
const err15 = {instancePath:instancePath+"/region",schemaPath:"#/properties/region/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
}
else {
const err16 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
validate44.errors = vErrors;
return errors === 0;
}

const schema18 = {"type":"object","additionalProperties":false,"required":["model","alarms","at"],"properties":{"label":{"type":"string"},"model":{"type":"string","description":"A model name of `models`."},"alarms":{"type":"array","minItems":1,"items":{"type":"string"},"description":"Alarm kinds (catalogue names) going into ALARM (or OK with `state`)."},"at":{"type":"string","format":"date-time"},"state":{"enum":["ALARM","OK"],"default":"ALARM"},"deliveries":{"type":"integer","minimum":1,"default":1,"description":"How many times EventBridge delivers each event (at-least-once delivery)."},"account":{"type":"string","pattern":"^[0-9]{12}$","description":"Organization mode: the member account of the event (default: the first of `accounts`). Single-account mode: the scenario's account, if given."},"region":{"type":"string","pattern":"^[a-z]{2}(-[a-z]+)+-[0-9]$","description":"The Region of the event (default: the account's first Region; single-account mode: the scenario's Region)."}}};

function validate46(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.state === undefined){
data.state = "ALARM";
}
if(data.deliveries === undefined){
data.deliveries = 1;
}
if(data.model === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "model"},message:"must have required property '"+"model"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.alarms === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "alarms"},message:"must have required property '"+"alarms"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.at === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "at"},message:"must have required property '"+"at"+"'"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
for(const key0 in data){
if(!((((((((key0 === "label") || (key0 === "model")) || (key0 === "alarms")) || (key0 === "at")) || (key0 === "state")) || (key0 === "deliveries")) || (key0 === "account")) || (key0 === "region"))){
const err3 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.label !== undefined){
if(typeof data.label !== "string"){
const err4 = {instancePath:instancePath+"/label",schemaPath:"#/properties/label/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.model !== undefined){
if(typeof data.model !== "string"){
const err5 = {instancePath:instancePath+"/model",schemaPath:"#/properties/model/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.alarms !== undefined){
let data2 = data.alarms;
if(Array.isArray(data2)){
if(data2.length < 1){
const err6 = {instancePath:instancePath+"/alarms",schemaPath:"#/properties/alarms/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
const len0 = data2.length;
for(let i0=0; i0<len0; i0++){
if(typeof data2[i0] !== "string"){
const err7 = {instancePath:instancePath+"/alarms/" + i0,schemaPath:"#/properties/alarms/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
}
else {
const err8 = {instancePath:instancePath+"/alarms",schemaPath:"#/properties/alarms/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.at !== undefined){
let data4 = data.at;
if(typeof data4 === "string"){
if(!(formats0.validate(data4))){
const err9 = {instancePath:instancePath+"/at",schemaPath:"#/properties/at/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\""};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
else {
const err10 = {instancePath:instancePath+"/at",schemaPath:"#/properties/at/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
let data5 = data.state;
if(!((data5 === "ALARM") || (data5 === "OK"))){
const err11 = {instancePath:instancePath+"/state",schemaPath:"#/properties/state/enum",keyword:"enum",params:{allowedValues: schema18.properties.state.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
let data6 = data.deliveries;
if(!((typeof data6 == "number") && (!(data6 % 1) && !isNaN(data6)))){
const err12 = {instancePath:instancePath+"/deliveries",schemaPath:"#/properties/deliveries/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
if(typeof data6 == "number"){
if(data6 < 1 || isNaN(data6)){
const err13 = {instancePath:instancePath+"/deliveries",schemaPath:"#/properties/deliveries/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data.account !== undefined){
let data7 = data.account;
if(typeof data7 === "string"){
if(!pattern0.test(data7)){
const err14 = {instancePath:instancePath+"/account",schemaPath:"#/properties/account/pattern",keyword:"pattern",params:{pattern: "^[0-9]{12}$"},message:"must match pattern \""+"^[0-9]{12}$"+"\""};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
else {
const err15 = {instancePath:instancePath+"/account",schemaPath:"#/properties/account/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
if(data.region !== undefined){
let data8 = data.region;
if(typeof data8 === "string"){
if(!pattern3.test(data8)){
const err16 = {instancePath:instancePath+"/region",schemaPath:"#/properties/region/pattern",keyword:"pattern",params:{pattern: "^[a-z]{2}(-[a-z]+)+-[0-9]$"},message:"must match pattern \""+"^[a-z]{2}(-[a-z]+)+-[0-9]$"+"\""};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
else {
const err17 = {instancePath:instancePath+"/region",schemaPath:"#/properties/region/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
}
else {
const err18 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
validate46.errors = vErrors;
return errors === 0;
}

const schema19 = {"type":"object","required":["detail-type","source"],"description":"A complete EventBridge event, used as it is.","properties":{"detail-type":{"type":"string"},"source":{"type":"string"}}};

function validate48(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data["detail-type"] === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "detail-type"},message:"must have required property '"+"detail-type"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.source === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "source"},message:"must have required property '"+"source"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data["detail-type"] !== undefined){
if(typeof data["detail-type"] !== "string"){
const err2 = {instancePath:instancePath+"/detail-type",schemaPath:"#/properties/detail-type/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.source !== undefined){
if(typeof data.source !== "string"){
const err3 = {instancePath:instancePath+"/source",schemaPath:"#/properties/source/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
}
else {
const err4 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
validate48.errors = vErrors;
return errors === 0;
}

const schema20 = {"type":"object","additionalProperties":false,"required":["api","error"],"properties":{"api":{"type":"string","description":"The simulated call, as \"Service.Operation\": Support.CreateCase, Support.AddCommunicationToCase, ServiceQuotas.RequestServiceQuotaIncrease, ServiceQuotas.GetRequestedServiceQuotaChange, SNS.Publish, CloudWatch.DescribeAlarms, CloudWatch.GetMetricData, ServiceQuotas.GetServiceQuota, Support.DescribeCases..., or a write of the case ledger: CaseLedger.claim, CaseLedger.complete, CaseLedger.beginAppend, CaseLedger.markCommunicated, CaseLedger.beginNotification, CaseLedger.withdrawNotification, CaseLedger.endNotification, CaseLedger.release, CaseLedger.noteFailure, CaseLedger.putCoolDown."},"error":{"enum":["throttling","server","timeout","crash","permanent"],"description":"throttling / permanent: AWS refused the call, so it never takes effect, whatever the phase. server (5xx) / timeout / crash: the caller cannot tell (with phase after, the call did act: the 'death after the side effect'); on a call that is not idempotent (CreateCase, AddCommunicationToCase, Publish, RequestServiceQuotaIncrease, a ledger write) a 5xx is an unknown outcome. permanent: a non-retryable error (the execution fails and can be re-driven)."},"phase":{"enum":["before","after"],"default":"before","description":"before: the call fails without effect. after: the call takes effect, then the caller sees the error."},"times":{"type":"integer","minimum":1,"default":1,"description":"How many calls fail."},"skipCalls":{"type":"integer","minimum":0,"default":0,"description":"Let this many calls of the API succeed first."}}};

function validate50(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.phase === undefined){
data.phase = "before";
}
if(data.times === undefined){
data.times = 1;
}
if(data.skipCalls === undefined){
data.skipCalls = 0;
}
if(data.api === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "api"},message:"must have required property '"+"api"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.error === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "error"},message:"must have required property '"+"error"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
for(const key0 in data){
if(!(((((key0 === "api") || (key0 === "error")) || (key0 === "phase")) || (key0 === "times")) || (key0 === "skipCalls"))){
const err2 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.api !== undefined){
if(typeof data.api !== "string"){
const err3 = {instancePath:instancePath+"/api",schemaPath:"#/properties/api/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.error !== undefined){
let data1 = data.error;
if(!(((((data1 === "throttling") || (data1 === "server")) || (data1 === "timeout")) || (data1 === "crash")) || (data1 === "permanent"))){
const err4 = {instancePath:instancePath+"/error",schemaPath:"#/properties/error/enum",keyword:"enum",params:{allowedValues: schema20.properties.error.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
let data2 = data.phase;
if(!((data2 === "before") || (data2 === "after"))){
const err5 = {instancePath:instancePath+"/phase",schemaPath:"#/properties/phase/enum",keyword:"enum",params:{allowedValues: schema20.properties.phase.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
let data3 = data.times;
if(!((typeof data3 == "number") && (!(data3 % 1) && !isNaN(data3)))){
const err6 = {instancePath:instancePath+"/times",schemaPath:"#/properties/times/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(typeof data3 == "number"){
if(data3 < 1 || isNaN(data3)){
const err7 = {instancePath:instancePath+"/times",schemaPath:"#/properties/times/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
let data4 = data.skipCalls;
if(!((typeof data4 == "number") && (!(data4 % 1) && !isNaN(data4)))){
const err8 = {instancePath:instancePath+"/skipCalls",schemaPath:"#/properties/skipCalls/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if(typeof data4 == "number"){
if(data4 < 0 || isNaN(data4)){
const err9 = {instancePath:instancePath+"/skipCalls",schemaPath:"#/properties/skipCalls/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
}
else {
const err10 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
validate50.errors = vErrors;
return errors === 0;
}


function validate21(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="https://bedrock-ops-alert.dev/schemas/scenario.schema.json" */;
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.supportPlan === undefined){
data.supportPlan = true;
}
if(data.serviceQuotasAvailable === undefined){
data.serviceQuotasAvailable = true;
}
if(data.quotaCaseOpensAfterPolls === undefined){
data.quotaCaseOpensAfterPolls = 1;
}
if(data.region === undefined){
data.region = "us-east-1";
}
if(data.account === undefined){
data.account = "123456789012";
}
if(data.concurrentWithinSeconds === undefined){
data.concurrentWithinSeconds = 0;
}
if(data.expectFailedExecutions === undefined){
data.expectFailedExecutions = false;
}
if(data.customerName === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "customerName"},message:"must have required property '"+"customerName"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.models === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "models"},message:"must have required property '"+"models"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.events === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "events"},message:"must have required property '"+"events"+"'"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
for(const key0 in data){
if(!(func2.call(schema6.properties, key0))){
const err3 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.$comment !== undefined){
if(typeof data.$comment !== "string"){
const err4 = {instancePath:instancePath+"/$comment",schemaPath:"#/properties/%24comment/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.name !== undefined){
if(typeof data.name !== "string"){
const err5 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.description !== undefined){
if(typeof data.description !== "string"){
const err6 = {instancePath:instancePath+"/description",schemaPath:"#/properties/description/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.customerName !== undefined){
if(typeof data.customerName !== "string"){
const err7 = {instancePath:instancePath+"/customerName",schemaPath:"#/properties/customerName/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.settings !== undefined){
let data4 = data.settings;
if(!(data4 && typeof data4 == "object" && !Array.isArray(data4))){
const err8 = {instancePath:instancePath+"/settings",schemaPath:"#/properties/settings/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(typeof data.supportPlan !== "boolean"){
const err9 = {instancePath:instancePath+"/supportPlan",schemaPath:"#/properties/supportPlan/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if(typeof data.serviceQuotasAvailable !== "boolean"){
const err10 = {instancePath:instancePath+"/serviceQuotasAvailable",schemaPath:"#/properties/serviceQuotasAvailable/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
let data7 = data.quotaCaseOpensAfterPolls;
if(!((typeof data7 == "number") && (!(data7 % 1) && !isNaN(data7)))){
const err11 = {instancePath:instancePath+"/quotaCaseOpensAfterPolls",schemaPath:"#/properties/quotaCaseOpensAfterPolls/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
if(typeof data7 == "number"){
if(data7 < 0 || isNaN(data7)){
const err12 = {instancePath:instancePath+"/quotaCaseOpensAfterPolls",schemaPath:"#/properties/quotaCaseOpensAfterPolls/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data.quotaRequestOutcomes !== undefined){
let data8 = data.quotaRequestOutcomes;
if(Array.isArray(data8)){
const len0 = data8.length;
for(let i0=0; i0<len0; i0++){
let data9 = data8[i0];
if(data9 && typeof data9 == "object" && !Array.isArray(data9)){
if(data9.afterPolls === undefined){
data9.afterPolls = 1;
}
if(data9.status === undefined){
const err13 = {instancePath:instancePath+"/quotaRequestOutcomes/" + i0,schemaPath:"#/properties/quotaRequestOutcomes/items/required",keyword:"required",params:{missingProperty: "status"},message:"must have required property '"+"status"+"'"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
for(const key1 in data9){
if(!(((key1 === "quota") || (key1 === "status")) || (key1 === "afterPolls"))){
const err14 = {instancePath:instancePath+"/quotaRequestOutcomes/" + i0,schemaPath:"#/properties/quotaRequestOutcomes/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(data9.quota !== undefined){
let data10 = data9.quota;
if(!(((data10 === "RPM") || (data10 === "TPM")) || (data10 === "OutputTPM"))){
const err15 = {instancePath:instancePath+"/quotaRequestOutcomes/" + i0+"/quota",schemaPath:"#/properties/quotaRequestOutcomes/items/properties/quota/enum",keyword:"enum",params:{allowedValues: schema6.properties.quotaRequestOutcomes.items.properties.quota.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
if(data9.status !== undefined){
let data11 = data9.status;
if(!(((((data11 === "APPROVED") || (data11 === "DENIED")) || (data11 === "NOT_APPROVED")) || (data11 === "INVALID_REQUEST")) || (data11 === "CASE_CLOSED"))){
const err16 = {instancePath:instancePath+"/quotaRequestOutcomes/" + i0+"/status",schemaPath:"#/properties/quotaRequestOutcomes/items/properties/status/enum",keyword:"enum",params:{allowedValues: schema6.properties.quotaRequestOutcomes.items.properties.status.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
let data12 = data9.afterPolls;
if(!((typeof data12 == "number") && (!(data12 % 1) && !isNaN(data12)))){
const err17 = {instancePath:instancePath+"/quotaRequestOutcomes/" + i0+"/afterPolls",schemaPath:"#/properties/quotaRequestOutcomes/items/properties/afterPolls/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
if(typeof data12 == "number"){
if(data12 < 1 || isNaN(data12)){
const err18 = {instancePath:instancePath+"/quotaRequestOutcomes/" + i0+"/afterPolls",schemaPath:"#/properties/quotaRequestOutcomes/items/properties/afterPolls/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
}
else {
const err19 = {instancePath:instancePath+"/quotaRequestOutcomes/" + i0,schemaPath:"#/properties/quotaRequestOutcomes/items/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
}
else {
const err20 = {instancePath:instancePath+"/quotaRequestOutcomes",schemaPath:"#/properties/quotaRequestOutcomes/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
if(data.unrequestableQuotas !== undefined){
let data13 = data.unrequestableQuotas;
if(Array.isArray(data13)){
const len1 = data13.length;
for(let i1=0; i1<len1; i1++){
let data14 = data13[i1];
if(!(((data14 === "RPM") || (data14 === "TPM")) || (data14 === "OutputTPM"))){
const err21 = {instancePath:instancePath+"/unrequestableQuotas/" + i1,schemaPath:"#/properties/unrequestableQuotas/items/enum",keyword:"enum",params:{allowedValues: schema6.properties.unrequestableQuotas.items.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
}
else {
const err22 = {instancePath:instancePath+"/unrequestableQuotas",schemaPath:"#/properties/unrequestableQuotas/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
if(typeof data.region !== "string"){
const err23 = {instancePath:instancePath+"/region",schemaPath:"#/properties/region/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
let data16 = data.account;
if(typeof data16 === "string"){
if(!pattern0.test(data16)){
const err24 = {instancePath:instancePath+"/account",schemaPath:"#/properties/account/pattern",keyword:"pattern",params:{pattern: "^[0-9]{12}$"},message:"must match pattern \""+"^[0-9]{12}$"+"\""};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
else {
const err25 = {instancePath:instancePath+"/account",schemaPath:"#/properties/account/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
if(data.accounts !== undefined){
let data17 = data.accounts;
if(Array.isArray(data17)){
if(data17.length < 1){
const err26 = {instancePath:instancePath+"/accounts",schemaPath:"#/properties/accounts/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
const len2 = data17.length;
for(let i2=0; i2<len2; i2++){
if(!(validate22(data17[i2], {instancePath:instancePath+"/accounts/" + i2,parentData:data17,parentDataProperty:i2,rootData}))){
vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);
errors = vErrors.length;
}
}
}
else {
const err27 = {instancePath:instancePath+"/accounts",schemaPath:"#/properties/accounts/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
}
if(data.subscribers !== undefined){
let data19 = data.subscribers;
if(Array.isArray(data19)){
const len3 = data19.length;
for(let i3=0; i3<len3; i3++){
let data20 = data19[i3];
if(data20 && typeof data20 == "object" && !Array.isArray(data20)){
if(data20.email === undefined){
const err28 = {instancePath:instancePath+"/subscribers/" + i3,schemaPath:"#/properties/subscribers/items/required",keyword:"required",params:{missingProperty: "email"},message:"must have required property '"+"email"+"'"};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
if(data20.preference === undefined){
const err29 = {instancePath:instancePath+"/subscribers/" + i3,schemaPath:"#/properties/subscribers/items/required",keyword:"required",params:{missingProperty: "preference"},message:"must have required property '"+"preference"+"'"};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
for(const key2 in data20){
if(!(((key2 === "email") || (key2 === "preference")) || (key2 === "accounts"))){
const err30 = {instancePath:instancePath+"/subscribers/" + i3,schemaPath:"#/properties/subscribers/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
}
if(data20.email !== undefined){
if(typeof data20.email !== "string"){
const err31 = {instancePath:instancePath+"/subscribers/" + i3+"/email",schemaPath:"#/properties/subscribers/items/properties/email/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
}
if(data20.preference !== undefined){
let data22 = data20.preference;
if(!(((data22 === "all") || (data22 === "critical")) || (data22 === "warning"))){
const err32 = {instancePath:instancePath+"/subscribers/" + i3+"/preference",schemaPath:"#/properties/subscribers/items/properties/preference/enum",keyword:"enum",params:{allowedValues: schema6.properties.subscribers.items.properties.preference.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
}
if(data20.accounts !== undefined){
let data23 = data20.accounts;
if(Array.isArray(data23)){
if(data23.length < 1){
const err33 = {instancePath:instancePath+"/subscribers/" + i3+"/accounts",schemaPath:"#/properties/subscribers/items/properties/accounts/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
const len4 = data23.length;
for(let i4=0; i4<len4; i4++){
let data24 = data23[i4];
if(typeof data24 === "string"){
if(!pattern0.test(data24)){
const err34 = {instancePath:instancePath+"/subscribers/" + i3+"/accounts/" + i4,schemaPath:"#/properties/subscribers/items/properties/accounts/items/pattern",keyword:"pattern",params:{pattern: "^[0-9]{12}$"},message:"must match pattern \""+"^[0-9]{12}$"+"\""};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
}
else {
const err35 = {instancePath:instancePath+"/subscribers/" + i3+"/accounts/" + i4,schemaPath:"#/properties/subscribers/items/properties/accounts/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
}
let i5 = data23.length;
let j0;
if(i5 > 1){
const indices0 = {};
for(;i5--;){
let item0 = data23[i5];
if(typeof item0 !== "string"){
continue;
}
if(typeof indices0[item0] == "number"){
j0 = indices0[item0];
const err36 = {instancePath:instancePath+"/subscribers/" + i3+"/accounts",schemaPath:"#/properties/subscribers/items/properties/accounts/uniqueItems",keyword:"uniqueItems",params:{i: i5, j: j0},message:"must NOT have duplicate items (items ## "+j0+" and "+i5+" are identical)"};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
break;
}
indices0[item0] = i5;
}
}
}
else {
const err37 = {instancePath:instancePath+"/subscribers/" + i3+"/accounts",schemaPath:"#/properties/subscribers/items/properties/accounts/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
}
}
else {
const err38 = {instancePath:instancePath+"/subscribers/" + i3,schemaPath:"#/properties/subscribers/items/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
}
}
else {
const err39 = {instancePath:instancePath+"/subscribers",schemaPath:"#/properties/subscribers/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
}
if(data.models !== undefined){
let data25 = data.models;
if(Array.isArray(data25)){
if(data25.length < 1){
const err40 = {instancePath:instancePath+"/models",schemaPath:"#/properties/models/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
const len5 = data25.length;
for(let i6=0; i6<len5; i6++){
if(!(validate38(data25[i6], {instancePath:instancePath+"/models/" + i6,parentData:data25,parentDataProperty:i6,rootData}))){
vErrors = vErrors === null ? validate38.errors : vErrors.concat(validate38.errors);
errors = vErrors.length;
}
}
}
else {
const err41 = {instancePath:instancePath+"/models",schemaPath:"#/properties/models/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
}
if(data.inferenceProfiles !== undefined){
let data27 = data.inferenceProfiles;
if(Array.isArray(data27)){
const len6 = data27.length;
for(let i7=0; i7<len6; i7++){
let data28 = data27[i7];
if(data28 && typeof data28 == "object" && !Array.isArray(data28)){
if(data28.type === undefined){
data28.type = "APPLICATION";
}
if(data28.status === undefined){
data28.status = "ACTIVE";
}
if(data28.profileId === undefined){
const err42 = {instancePath:instancePath+"/inferenceProfiles/" + i7,schemaPath:"#/properties/inferenceProfiles/items/required",keyword:"required",params:{missingProperty: "profileId"},message:"must have required property '"+"profileId"+"'"};
if(vErrors === null){
vErrors = [err42];
}
else {
vErrors.push(err42);
}
errors++;
}
if(data28.name === undefined){
const err43 = {instancePath:instancePath+"/inferenceProfiles/" + i7,schemaPath:"#/properties/inferenceProfiles/items/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'"};
if(vErrors === null){
vErrors = [err43];
}
else {
vErrors.push(err43);
}
errors++;
}
if(data28.models === undefined){
const err44 = {instancePath:instancePath+"/inferenceProfiles/" + i7,schemaPath:"#/properties/inferenceProfiles/items/required",keyword:"required",params:{missingProperty: "models"},message:"must have required property '"+"models"+"'"};
if(vErrors === null){
vErrors = [err44];
}
else {
vErrors.push(err44);
}
errors++;
}
for(const key3 in data28){
if(!((((((key3 === "profileId") || (key3 === "name")) || (key3 === "type")) || (key3 === "status")) || (key3 === "models")) || (key3 === "usage"))){
const err45 = {instancePath:instancePath+"/inferenceProfiles/" + i7,schemaPath:"#/properties/inferenceProfiles/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key3},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err45];
}
else {
vErrors.push(err45);
}
errors++;
}
}
if(data28.profileId !== undefined){
let data29 = data28.profileId;
if(typeof data29 === "string"){
if(func3(data29) < 1){
const err46 = {instancePath:instancePath+"/inferenceProfiles/" + i7+"/profileId",schemaPath:"#/properties/inferenceProfiles/items/properties/profileId/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err46];
}
else {
vErrors.push(err46);
}
errors++;
}
}
else {
const err47 = {instancePath:instancePath+"/inferenceProfiles/" + i7+"/profileId",schemaPath:"#/properties/inferenceProfiles/items/properties/profileId/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err47];
}
else {
vErrors.push(err47);
}
errors++;
}
}
if(data28.name !== undefined){
let data30 = data28.name;
if(typeof data30 === "string"){
if(func3(data30) < 1){
const err48 = {instancePath:instancePath+"/inferenceProfiles/" + i7+"/name",schemaPath:"#/properties/inferenceProfiles/items/properties/name/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err48];
}
else {
vErrors.push(err48);
}
errors++;
}
}
else {
const err49 = {instancePath:instancePath+"/inferenceProfiles/" + i7+"/name",schemaPath:"#/properties/inferenceProfiles/items/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err49];
}
else {
vErrors.push(err49);
}
errors++;
}
}
let data31 = data28.type;
if(!((data31 === "APPLICATION") || (data31 === "SYSTEM_DEFINED"))){
const err50 = {instancePath:instancePath+"/inferenceProfiles/" + i7+"/type",schemaPath:"#/properties/inferenceProfiles/items/properties/type/enum",keyword:"enum",params:{allowedValues: schema6.properties.inferenceProfiles.items.properties.type.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err50];
}
else {
vErrors.push(err50);
}
errors++;
}
if(typeof data28.status !== "string"){
const err51 = {instancePath:instancePath+"/inferenceProfiles/" + i7+"/status",schemaPath:"#/properties/inferenceProfiles/items/properties/status/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err51];
}
else {
vErrors.push(err51);
}
errors++;
}
if(data28.models !== undefined){
let data33 = data28.models;
if(Array.isArray(data33)){
const len7 = data33.length;
for(let i8=0; i8<len7; i8++){
if(typeof data33[i8] !== "string"){
const err52 = {instancePath:instancePath+"/inferenceProfiles/" + i7+"/models/" + i8,schemaPath:"#/properties/inferenceProfiles/items/properties/models/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err52];
}
else {
vErrors.push(err52);
}
errors++;
}
}
}
else {
const err53 = {instancePath:instancePath+"/inferenceProfiles/" + i7+"/models",schemaPath:"#/properties/inferenceProfiles/items/properties/models/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err53];
}
else {
vErrors.push(err53);
}
errors++;
}
}
if(data28.usage !== undefined){
if(!(validate29(data28.usage, {instancePath:instancePath+"/inferenceProfiles/" + i7+"/usage",parentData:data28,parentDataProperty:"usage",rootData}))){
vErrors = vErrors === null ? validate29.errors : vErrors.concat(validate29.errors);
errors = vErrors.length;
}
}
}
else {
const err54 = {instancePath:instancePath+"/inferenceProfiles/" + i7,schemaPath:"#/properties/inferenceProfiles/items/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err54];
}
else {
vErrors.push(err54);
}
errors++;
}
}
}
else {
const err55 = {instancePath:instancePath+"/inferenceProfiles",schemaPath:"#/properties/inferenceProfiles/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err55];
}
else {
vErrors.push(err55);
}
errors++;
}
}
if(data.openCases !== undefined){
let data36 = data.openCases;
if(Array.isArray(data36)){
const len8 = data36.length;
for(let i9=0; i9<len8; i9++){
if(!(validate32(data36[i9], {instancePath:instancePath+"/openCases/" + i9,parentData:data36,parentDataProperty:i9,rootData}))){
vErrors = vErrors === null ? validate32.errors : vErrors.concat(validate32.errors);
errors = vErrors.length;
}
}
}
else {
const err56 = {instancePath:instancePath+"/openCases",schemaPath:"#/properties/openCases/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err56];
}
else {
vErrors.push(err56);
}
errors++;
}
}
if(data.pendingQuotaRequests !== undefined){
let data38 = data.pendingQuotaRequests;
if(Array.isArray(data38)){
const len9 = data38.length;
for(let i10=0; i10<len9; i10++){
let data39 = data38[i10];
if(data39 && typeof data39 == "object" && !Array.isArray(data39)){
if(data39.model === undefined){
const err57 = {instancePath:instancePath+"/pendingQuotaRequests/" + i10,schemaPath:"#/properties/pendingQuotaRequests/items/required",keyword:"required",params:{missingProperty: "model"},message:"must have required property '"+"model"+"'"};
if(vErrors === null){
vErrors = [err57];
}
else {
vErrors.push(err57);
}
errors++;
}
if(data39.quota === undefined){
const err58 = {instancePath:instancePath+"/pendingQuotaRequests/" + i10,schemaPath:"#/properties/pendingQuotaRequests/items/required",keyword:"required",params:{missingProperty: "quota"},message:"must have required property '"+"quota"+"'"};
if(vErrors === null){
vErrors = [err58];
}
else {
vErrors.push(err58);
}
errors++;
}
if(data39.desiredValue === undefined){
const err59 = {instancePath:instancePath+"/pendingQuotaRequests/" + i10,schemaPath:"#/properties/pendingQuotaRequests/items/required",keyword:"required",params:{missingProperty: "desiredValue"},message:"must have required property '"+"desiredValue"+"'"};
if(vErrors === null){
vErrors = [err59];
}
else {
vErrors.push(err59);
}
errors++;
}
for(const key4 in data39){
if(!(((((key4 === "model") || (key4 === "quota")) || (key4 === "desiredValue")) || (key4 === "caseDisplayId")) || (key4 === "created"))){
const err60 = {instancePath:instancePath+"/pendingQuotaRequests/" + i10,schemaPath:"#/properties/pendingQuotaRequests/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key4},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err60];
}
else {
vErrors.push(err60);
}
errors++;
}
}
if(data39.model !== undefined){
if(typeof data39.model !== "string"){
const err61 = {instancePath:instancePath+"/pendingQuotaRequests/" + i10+"/model",schemaPath:"#/properties/pendingQuotaRequests/items/properties/model/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err61];
}
else {
vErrors.push(err61);
}
errors++;
}
}
if(data39.quota !== undefined){
let data41 = data39.quota;
if(!(((data41 === "RPM") || (data41 === "TPM")) || (data41 === "OutputTPM"))){
const err62 = {instancePath:instancePath+"/pendingQuotaRequests/" + i10+"/quota",schemaPath:"#/properties/pendingQuotaRequests/items/properties/quota/enum",keyword:"enum",params:{allowedValues: schema6.properties.pendingQuotaRequests.items.properties.quota.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err62];
}
else {
vErrors.push(err62);
}
errors++;
}
}
if(data39.desiredValue !== undefined){
if(!(typeof data39.desiredValue == "number")){
const err63 = {instancePath:instancePath+"/pendingQuotaRequests/" + i10+"/desiredValue",schemaPath:"#/properties/pendingQuotaRequests/items/properties/desiredValue/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err63];
}
else {
vErrors.push(err63);
}
errors++;
}
}
if(data39.caseDisplayId !== undefined){
if(typeof data39.caseDisplayId !== "string"){
const err64 = {instancePath:instancePath+"/pendingQuotaRequests/" + i10+"/caseDisplayId",schemaPath:"#/properties/pendingQuotaRequests/items/properties/caseDisplayId/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err64];
}
else {
vErrors.push(err64);
}
errors++;
}
}
if(data39.created !== undefined){
let data44 = data39.created;
if(typeof data44 === "string"){
if(!(formats0.validate(data44))){
const err65 = {instancePath:instancePath+"/pendingQuotaRequests/" + i10+"/created",schemaPath:"#/properties/pendingQuotaRequests/items/properties/created/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\""};
if(vErrors === null){
vErrors = [err65];
}
else {
vErrors.push(err65);
}
errors++;
}
}
else {
const err66 = {instancePath:instancePath+"/pendingQuotaRequests/" + i10+"/created",schemaPath:"#/properties/pendingQuotaRequests/items/properties/created/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err66];
}
else {
vErrors.push(err66);
}
errors++;
}
}
}
else {
const err67 = {instancePath:instancePath+"/pendingQuotaRequests/" + i10,schemaPath:"#/properties/pendingQuotaRequests/items/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err67];
}
else {
vErrors.push(err67);
}
errors++;
}
}
}
else {
const err68 = {instancePath:instancePath+"/pendingQuotaRequests",schemaPath:"#/properties/pendingQuotaRequests/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err68];
}
else {
vErrors.push(err68);
}
errors++;
}
}
if(data.events !== undefined){
let data45 = data.events;
if(Array.isArray(data45)){
if(data45.length < 1){
const err69 = {instancePath:instancePath+"/events",schemaPath:"#/properties/events/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"};
if(vErrors === null){
vErrors = [err69];
}
else {
vErrors.push(err69);
}
errors++;
}
const len10 = data45.length;
for(let i11=0; i11<len10; i11++){
let data46 = data45[i11];
const _errs89 = errors;
let valid28 = false;
const _errs90 = errors;
if(!(validate42(data46, {instancePath:instancePath+"/events/" + i11,parentData:data45,parentDataProperty:i11,rootData}))){
vErrors = vErrors === null ? validate42.errors : vErrors.concat(validate42.errors);
errors = vErrors.length;
}
var _valid0 = _errs90 === errors;
valid28 = valid28 || _valid0;
if(!valid28){
const _errs91 = errors;
if(!(validate44(data46, {instancePath:instancePath+"/events/" + i11,parentData:data45,parentDataProperty:i11,rootData}))){
vErrors = vErrors === null ? validate44.errors : vErrors.concat(validate44.errors);
errors = vErrors.length;
}
var _valid0 = _errs91 === errors;
valid28 = valid28 || _valid0;
if(!valid28){
const _errs92 = errors;
if(!(validate46(data46, {instancePath:instancePath+"/events/" + i11,parentData:data45,parentDataProperty:i11,rootData}))){
vErrors = vErrors === null ? validate46.errors : vErrors.concat(validate46.errors);
errors = vErrors.length;
}
var _valid0 = _errs92 === errors;
valid28 = valid28 || _valid0;
if(!valid28){
const _errs93 = errors;
if(!(validate48(data46, {instancePath:instancePath+"/events/" + i11,parentData:data45,parentDataProperty:i11,rootData}))){
vErrors = vErrors === null ? validate48.errors : vErrors.concat(validate48.errors);
errors = vErrors.length;
}
var _valid0 = _errs93 === errors;
valid28 = valid28 || _valid0;
}
}
}
if(!valid28){
const err70 = {instancePath:instancePath+"/events/" + i11,schemaPath:"#/properties/events/items/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err70];
}
else {
vErrors.push(err70);
}
errors++;
}
else {
errors = _errs89;
if(vErrors !== null){
if(_errs89){
vErrors.length = _errs89;
}
else {
vErrors = null;
}
}
}
}
}
else {
const err71 = {instancePath:instancePath+"/events",schemaPath:"#/properties/events/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err71];
}
else {
vErrors.push(err71);
}
errors++;
}
}
let data47 = data.concurrentWithinSeconds;
if(!((typeof data47 == "number") && (!(data47 % 1) && !isNaN(data47)))){
const err72 = {instancePath:instancePath+"/concurrentWithinSeconds",schemaPath:"#/properties/concurrentWithinSeconds/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err72];
}
else {
vErrors.push(err72);
}
errors++;
}
if(typeof data47 == "number"){
if(data47 < 0 || isNaN(data47)){
const err73 = {instancePath:instancePath+"/concurrentWithinSeconds",schemaPath:"#/properties/concurrentWithinSeconds/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err73];
}
else {
vErrors.push(err73);
}
errors++;
}
}
if(data.faults !== undefined){
let data48 = data.faults;
if(Array.isArray(data48)){
const len11 = data48.length;
for(let i12=0; i12<len11; i12++){
if(!(validate50(data48[i12], {instancePath:instancePath+"/faults/" + i12,parentData:data48,parentDataProperty:i12,rootData}))){
vErrors = vErrors === null ? validate50.errors : vErrors.concat(validate50.errors);
errors = vErrors.length;
}
}
}
else {
const err74 = {instancePath:instancePath+"/faults",schemaPath:"#/properties/faults/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err74];
}
else {
vErrors.push(err74);
}
errors++;
}
}
if(typeof data.expectFailedExecutions !== "boolean"){
const err75 = {instancePath:instancePath+"/expectFailedExecutions",schemaPath:"#/properties/expectFailedExecutions/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err75];
}
else {
vErrors.push(err75);
}
errors++;
}
}
else {
const err76 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err76];
}
else {
vErrors.push(err76);
}
errors++;
}
validate21.errors = vErrors;
return errors === 0;
}

export const validateQuotaChangeEvent = validate52;
const schema21 = {"$ref":"https://bedrock-ops-alert.dev/schemas/scenario.schema.json#/definitions/quotaChangeEvent"};

function validate53(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.quotaChange === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "quotaChange"},message:"must have required property '"+"quotaChange"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.at === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "at"},message:"must have required property '"+"at"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
for(const key0 in data){
if(!(((((key0 === "label") || (key0 === "at")) || (key0 === "quotaChange")) || (key0 === "account")) || (key0 === "region"))){
const err2 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.label !== undefined){
if(typeof data.label !== "string"){
const err3 = {instancePath:instancePath+"/label",schemaPath:"#/properties/label/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.at !== undefined){
let data1 = data.at;
if(typeof data1 === "string"){
if(!(formats0.validate(data1))){
const err4 = {instancePath:instancePath+"/at",schemaPath:"#/properties/at/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\""};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
else {
const err5 = {instancePath:instancePath+"/at",schemaPath:"#/properties/at/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.quotaChange !== undefined){
let data2 = data.quotaChange;
if(data2 && typeof data2 == "object" && !Array.isArray(data2)){
if(data2.model === undefined){
const err6 = {instancePath:instancePath+"/quotaChange",schemaPath:"#/properties/quotaChange/required",keyword:"required",params:{missingProperty: "model"},message:"must have required property '"+"model"+"'"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
for(const key1 in data2){
if(!(((key1 === "model") || (key1 === "quotas")) || (key1 === "quotasUnavailable"))){
const err7 = {instancePath:instancePath+"/quotaChange",schemaPath:"#/properties/quotaChange/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data2.model !== undefined){
if(typeof data2.model !== "string"){
const err8 = {instancePath:instancePath+"/quotaChange/model",schemaPath:"#/properties/quotaChange/properties/model/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data2.quotas !== undefined){
let data4 = data2.quotas;
if(data4 && typeof data4 == "object" && !Array.isArray(data4)){
for(const key2 in data4){
if(!(((key2 === "rpm") || (key2 === "tpm")) || (key2 === "outputTpm"))){
const err9 = {instancePath:instancePath+"/quotaChange/quotas",schemaPath:"#/properties/quotaChange/properties/quotas/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data4.rpm !== undefined){
let data5 = data4.rpm;
if((!(typeof data5 == "number")) && (data5 !== null)){
const err10 = {instancePath:instancePath+"/quotaChange/quotas/rpm",schemaPath:"#/properties/quotaChange/properties/quotas/properties/rpm/type",keyword:"type",params:{type: schema16.properties.quotaChange.properties.quotas.properties.rpm.type},message:"must be number,null"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
if(typeof data5 == "number"){
if(data5 < 0 || isNaN(data5)){
const err11 = {instancePath:instancePath+"/quotaChange/quotas/rpm",schemaPath:"#/properties/quotaChange/properties/quotas/properties/rpm/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
}
if(data4.tpm !== undefined){
let data6 = data4.tpm;
if((!(typeof data6 == "number")) && (data6 !== null)){
const err12 = {instancePath:instancePath+"/quotaChange/quotas/tpm",schemaPath:"#/properties/quotaChange/properties/quotas/properties/tpm/type",keyword:"type",params:{type: schema16.properties.quotaChange.properties.quotas.properties.tpm.type},message:"must be number,null"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
if(typeof data6 == "number"){
if(data6 < 0 || isNaN(data6)){
const err13 = {instancePath:instancePath+"/quotaChange/quotas/tpm",schemaPath:"#/properties/quotaChange/properties/quotas/properties/tpm/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
}
if(data4.outputTpm !== undefined){
let data7 = data4.outputTpm;
if((!(typeof data7 == "number")) && (data7 !== null)){
const err14 = {instancePath:instancePath+"/quotaChange/quotas/outputTpm",schemaPath:"#/properties/quotaChange/properties/quotas/properties/outputTpm/type",keyword:"type",params:{type: schema16.properties.quotaChange.properties.quotas.properties.outputTpm.type},message:"must be number,null"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
if(typeof data7 == "number"){
if(data7 < 0 || isNaN(data7)){
const err15 = {instancePath:instancePath+"/quotaChange/quotas/outputTpm",schemaPath:"#/properties/quotaChange/properties/quotas/properties/outputTpm/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
}
}
else {
const err16 = {instancePath:instancePath+"/quotaChange/quotas",schemaPath:"#/properties/quotaChange/properties/quotas/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
if(data2.quotasUnavailable !== undefined){
if(typeof data2.quotasUnavailable !== "boolean"){
const err17 = {instancePath:instancePath+"/quotaChange/quotasUnavailable",schemaPath:"#/properties/quotaChange/properties/quotasUnavailable/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
}
else {
const err18 = {instancePath:instancePath+"/quotaChange",schemaPath:"#/properties/quotaChange/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
if(data.account !== undefined){
let data9 = data.account;
if(typeof data9 === "string"){
if(!pattern0.test(data9)){
const err19 = {instancePath:instancePath+"/account",schemaPath:"#/properties/account/pattern",keyword:"pattern",params:{pattern: "^[0-9]{12}$"},message:"must match pattern \""+"^[0-9]{12}$"+"\""};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
else {
const err20 = {instancePath:instancePath+"/account",schemaPath:"#/properties/account/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
if(data.region !== undefined){
let data10 = data.region;
if(typeof data10 === "string"){
if(!pattern3.test(data10)){
const err21 = {instancePath:instancePath+"/region",schemaPath:"#/properties/region/pattern",keyword:"pattern",params:{pattern: "^[a-z]{2}(-[a-z]+)+-[0-9]$"},message:"must match pattern \""+"^[a-z]{2}(-[a-z]+)+-[0-9]$"+"\""};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
else {
const err22 = {instancePath:instancePath+"/region",schemaPath:"#/properties/region/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
}
else {
const err23 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
validate53.errors = vErrors;
return errors === 0;
}


function validate52(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(!(validate53(data, {instancePath,parentData,parentDataProperty,rootData}))){
vErrors = vErrors === null ? validate53.errors : vErrors.concat(validate53.errors);
errors = vErrors.length;
}
validate52.errors = vErrors;
return errors === 0;
}

export const validateShorthandEvent = validate55;
const schema23 = {"$ref":"https://bedrock-ops-alert.dev/schemas/scenario.schema.json#/definitions/shorthandEvent"};

function validate56(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.state === undefined){
data.state = "ALARM";
}
if(data.deliveries === undefined){
data.deliveries = 1;
}
if(data.model === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "model"},message:"must have required property '"+"model"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.alarms === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "alarms"},message:"must have required property '"+"alarms"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.at === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "at"},message:"must have required property '"+"at"+"'"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
for(const key0 in data){
if(!((((((((key0 === "label") || (key0 === "model")) || (key0 === "alarms")) || (key0 === "at")) || (key0 === "state")) || (key0 === "deliveries")) || (key0 === "account")) || (key0 === "region"))){
const err3 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.label !== undefined){
if(typeof data.label !== "string"){
const err4 = {instancePath:instancePath+"/label",schemaPath:"#/properties/label/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.model !== undefined){
if(typeof data.model !== "string"){
const err5 = {instancePath:instancePath+"/model",schemaPath:"#/properties/model/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.alarms !== undefined){
let data2 = data.alarms;
if(Array.isArray(data2)){
if(data2.length < 1){
const err6 = {instancePath:instancePath+"/alarms",schemaPath:"#/properties/alarms/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
const len0 = data2.length;
for(let i0=0; i0<len0; i0++){
if(typeof data2[i0] !== "string"){
const err7 = {instancePath:instancePath+"/alarms/" + i0,schemaPath:"#/properties/alarms/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
}
else {
const err8 = {instancePath:instancePath+"/alarms",schemaPath:"#/properties/alarms/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.at !== undefined){
let data4 = data.at;
if(typeof data4 === "string"){
if(!(formats0.validate(data4))){
const err9 = {instancePath:instancePath+"/at",schemaPath:"#/properties/at/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\""};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
else {
const err10 = {instancePath:instancePath+"/at",schemaPath:"#/properties/at/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
let data5 = data.state;
if(!((data5 === "ALARM") || (data5 === "OK"))){
const err11 = {instancePath:instancePath+"/state",schemaPath:"#/properties/state/enum",keyword:"enum",params:{allowedValues: schema18.properties.state.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
let data6 = data.deliveries;
if(!((typeof data6 == "number") && (!(data6 % 1) && !isNaN(data6)))){
const err12 = {instancePath:instancePath+"/deliveries",schemaPath:"#/properties/deliveries/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
if(typeof data6 == "number"){
if(data6 < 1 || isNaN(data6)){
const err13 = {instancePath:instancePath+"/deliveries",schemaPath:"#/properties/deliveries/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data.account !== undefined){
let data7 = data.account;
if(typeof data7 === "string"){
if(!pattern0.test(data7)){
const err14 = {instancePath:instancePath+"/account",schemaPath:"#/properties/account/pattern",keyword:"pattern",params:{pattern: "^[0-9]{12}$"},message:"must match pattern \""+"^[0-9]{12}$"+"\""};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
else {
const err15 = {instancePath:instancePath+"/account",schemaPath:"#/properties/account/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
if(data.region !== undefined){
let data8 = data.region;
if(typeof data8 === "string"){
if(!pattern3.test(data8)){
const err16 = {instancePath:instancePath+"/region",schemaPath:"#/properties/region/pattern",keyword:"pattern",params:{pattern: "^[a-z]{2}(-[a-z]+)+-[0-9]$"},message:"must match pattern \""+"^[a-z]{2}(-[a-z]+)+-[0-9]$"+"\""};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
else {
const err17 = {instancePath:instancePath+"/region",schemaPath:"#/properties/region/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
}
else {
const err18 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
validate56.errors = vErrors;
return errors === 0;
}


function validate55(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(!(validate56(data, {instancePath,parentData,parentDataProperty,rootData}))){
vErrors = vErrors === null ? validate56.errors : vErrors.concat(validate56.errors);
errors = vErrors.length;
}
validate55.errors = vErrors;
return errors === 0;
}

export const validateFullEvent = validate58;
const schema25 = {"$ref":"https://bedrock-ops-alert.dev/schemas/scenario.schema.json#/definitions/fullEvent"};

function validate59(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data["detail-type"] === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "detail-type"},message:"must have required property '"+"detail-type"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.source === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "source"},message:"must have required property '"+"source"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data["detail-type"] !== undefined){
if(typeof data["detail-type"] !== "string"){
const err2 = {instancePath:instancePath+"/detail-type",schemaPath:"#/properties/detail-type/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.source !== undefined){
if(typeof data.source !== "string"){
const err3 = {instancePath:instancePath+"/source",schemaPath:"#/properties/source/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
}
else {
const err4 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
validate59.errors = vErrors;
return errors === 0;
}


function validate58(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(!(validate59(data, {instancePath,parentData,parentDataProperty,rootData}))){
vErrors = vErrors === null ? validate59.errors : vErrors.concat(validate59.errors);
errors = vErrors.length;
}
validate58.errors = vErrors;
return errors === 0;
}

