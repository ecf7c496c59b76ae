/* Generated from schemas/deployment-config.schema.json by `npm run gen:types`. Do not edit. */
import cjs0 from "ajv/dist/runtime/ucs2length.js";
import cjs1 from "ajv/dist/runtime/equal.js";
"use strict";
export const validateDeploymentConfig = validate21;
const schema6 = {"$schema":"http://json-schema.org/draft-07/schema#","$id":"https://bedrock-ops-alert.dev/schemas/deployment-config.schema.json","title":"DeploymentConfig","description":"The one configuration file of a Bedrock Ops Alert deployment (ops-alert.config.json). The CDK app validates it at synth and applies the defaults declared here (ajv useDefaults): this schema is the one place where a default lives. Keys starting with \"$comment\" are allowed in every object, because JSON has no comments.","type":"object","additionalProperties":false,"patternProperties":{"^\\$comment":{"type":"string"}},"required":["customerName","models","notifications"],"properties":{"$schema":{"type":"string"},"customerName":{"type":"string","pattern":"^[A-Za-z0-9-]{1,32}$","description":"Short customer or team name: the {Customer} of alarm names `{Customer}-Bedrock-{Kind}-{Severity}-{Model}`, case subjects and e-mails."},"models":{"type":"array","minItems":1,"maxItems":125,"description":"The monitored models. At most 125: each model has 4 anomaly detectors and CloudWatch allows 500 anomaly-detection models per account and Region.","items":{"$ref":"#/definitions/model"}},"alarms":{"$ref":"#/definitions/alarmSettings","default":{}},"quotaPolicy":{"$ref":"runtime-settings.schema.json#/definitions/quotaPolicy","default":{}},"caseAutomation":{"$ref":"runtime-settings.schema.json#/definitions/caseAutomation","default":{}},"notifications":{"$ref":"#/definitions/notifications"},"schedules":{"$ref":"#/definitions/schedules","default":{}},"workflow":{"$ref":"#/definitions/workflow","default":{}},"deployment":{"$ref":"#/definitions/deployment","default":{}},"organization":{"$ref":"#/definitions/organization"}},"definitions":{"model":{"type":"object","additionalProperties":false,"patternProperties":{"^\\$comment":{"type":"string"}},"required":["name","modelId"],"properties":{"name":{"type":"string","pattern":"^[A-Za-z0-9-]{1,32}$","description":"Display name used in alarm names, e.g. G-Opus-4-6. Unique within the file."},"modelId":{"type":"string","minLength":1,"maxLength":2048,"description":"Model id or inference profile id: the value of the ModelId dimension of the AWS/Bedrock metrics."},"endpoint":{"enum":["bedrock-runtime","bedrock-mantle"],"description":"Absent: bedrock-runtime. Which Bedrock inference endpoint serves the model: bedrock-runtime (InvokeModel/Converse; metrics AWS/Bedrock, dimension ModelId) or bedrock-mantle (OpenAI-compatible Responses/Chat Completions, Anthropic Messages; metrics AWS/BedrockMantle, dimension Model). The endpoints have separate quotas: a model served on both is declared twice, once per endpoint, under two names."},"applicationProfiles":{"type":"array","maxItems":10,"description":"Application inference profiles drawing on this model's quota (bedrock-runtime only). Their traffic is published per profile while the quota is the model's: usage, error and usage alarms and decisions use the per-minute sum over the model and these profiles. At most 10 (one GetMetricData page).","items":{"type":"object","additionalProperties":false,"required":["name","profileId"],"properties":{"name":{"type":"string","pattern":"^[A-Za-z0-9_.-]{1,64}$","description":"Who uses it (team or application), for the breakdown in cases and e-mails."},"profileId":{"type":"string","pattern":"^[a-zA-Z0-9:.-]{1,64}$","description":"The profile id (the part after application-inference-profile/ in its ARN): the ModelId dimension value of its metrics."},"alarms":{"type":"array","uniqueItems":true,"items":{"enum":["ClientErrors","ServerErrors","Throttles","HighLatency"]},"description":"Alarms of this profile's own traffic, besides the model's (whose error alarms sum every source): e.g. [\"ServerErrors\", \"HighLatency\"]. Named {Customer}-Bedrock-{Kind}-{Severity}-{Model}.{profile name}, same settings and classification as the model's alarm of that kind, and part of the model's composite. Absent: none."}}}},"quotaCodes":{"type":"object","additionalProperties":false,"description":"Explicit Service Quotas codes. Omitted: the workflow looks the quotas up by name. A model has an RPM quota (and so a HighInvocationRate alarm) only when `quotaCodes.rpm` or `currentQuotas.rpm` is given: Bedrock stopped enforcing RPM quotas on bedrock-runtime in 2026.","properties":{"rpm":{"type":"string","pattern":"^L-[0-9A-F]{8}$"},"tpm":{"type":"string","pattern":"^L-[0-9A-F]{8}$","description":"bedrock-runtime: the tokens-per-minute quota; bedrock-mantle: \"Bedrock Mantle input tokens per minute for …\"."},"outputTpm":{"type":"string","pattern":"^L-[0-9A-F]{8}$","description":"bedrock-mantle only: \"Bedrock Mantle output tokens per minute for …\" (the HighOutputTPMQuotaUsage alarm and its increase requests). Omitted: found by name."}}},"currentQuotas":{"type":"object","additionalProperties":false,"description":"Current quota values, to size the usage alarms at deploy time (threshold = quota x threshold percent). Omitted: the usage alarm is created unsized (see docs/deployment.md) and the threshold updater sets it from the live quota.","properties":{"rpm":{"type":"number","exclusiveMinimum":0,"description":"Requests per minute."},"tpm":{"type":"number","exclusiveMinimum":0,"description":"Tokens per minute (bedrock-mantle: input tokens per minute)."},"outputTpm":{"type":"number","exclusiveMinimum":0,"description":"bedrock-mantle only: output tokens per minute (sizes HighOutputTPMQuotaUsage)."}}},"overrides":{"$ref":"#/definitions/modelOverrides"},"alarmStack":{"type":"integer","minimum":1,"description":"Pins the model's alarms to model-alarm stack number N. Unpinned models fill the stacks in file order; pin models before removing or reordering others, so no alarm has to move between stacks."}}},"modelOverrides":{"type":"object","additionalProperties":false,"patternProperties":{"^\\$comment":{"type":"string"}},"description":"Per-model settings that win over the file-wide ones.","properties":{"rpmIncreasePercent":{"type":"number","minimum":0,"maximum":100},"tpmIncreasePercent":{"type":"number","minimum":0,"maximum":100},"rpmThresholdPercent":{"type":"number","exclusiveMinimum":0,"maximum":100},"tpmThresholdPercent":{"type":"number","exclusiveMinimum":0,"maximum":100},"alarms":{"$ref":"#/definitions/alarmSettingsOverride"}}},"period":{"enum":[60,300,900,3600]},"alarmSettings":{"type":"object","additionalProperties":false,"patternProperties":{"^\\$comment":{"type":"string"}},"description":"Alarm settings by evaluation profile (the `evaluation` of each catalogue entry). Defaults are the original's.","properties":{"critical":{"type":"object","additionalProperties":false,"default":{},"description":"ClientErrors, ServerErrors, Throttles: Sum per period > errorThreshold for evaluationPeriods periods.","properties":{"errorThreshold":{"type":"number","minimum":0,"default":5},"periodSeconds":{"$ref":"#/definitions/period","default":60},"evaluationPeriods":{"type":"integer","minimum":1,"maximum":1440,"default":5}}},"usage":{"type":"object","additionalProperties":false,"default":{},"description":"HighInvocationRate, HighTPMQuotaUsage, HighOutputTPMQuotaUsage (bedrock-mantle): Sum per minute > quota x threshold percent. The period is fixed at 60 s because quotas are per minute.","properties":{"evaluationPeriods":{"type":"integer","minimum":1,"maximum":1440,"default":5}}},"latency":{"type":"object","additionalProperties":false,"default":{},"description":"HighLatency: Average InvocationLatency > thresholdMs.","properties":{"thresholdMs":{"type":"number","minimum":1000,"default":240000},"periodSeconds":{"$ref":"#/definitions/period","default":300},"evaluationPeriods":{"type":"integer","minimum":1,"maximum":1440,"default":2}}},"anomaly":{"type":"object","additionalProperties":false,"default":{},"description":"InvocationAnomaly, InputTokenAnomaly, OutputTokenAnomaly, LatencyAnomaly: above the upper edge of an anomaly band `stdDevs` standard deviations wide.","properties":{"stdDevs":{"type":"number","exclusiveMinimum":0,"maximum":100,"default":9},"periodSeconds":{"$ref":"#/definitions/period","default":900},"evaluationPeriods":{"type":"integer","minimum":1,"maximum":96,"default":12}}}}},"alarmSettingsOverride":{"type":"object","additionalProperties":false,"description":"Same shape as `alarms`, every field optional, no defaults (a missing field falls back to the file-wide value).","properties":{"critical":{"type":"object","additionalProperties":false,"properties":{"errorThreshold":{"type":"number","minimum":0},"periodSeconds":{"$ref":"#/definitions/period"},"evaluationPeriods":{"type":"integer","minimum":1,"maximum":1440}}},"usage":{"type":"object","additionalProperties":false,"properties":{"evaluationPeriods":{"type":"integer","minimum":1,"maximum":1440}}},"latency":{"type":"object","additionalProperties":false,"properties":{"thresholdMs":{"type":"number","minimum":1000},"periodSeconds":{"$ref":"#/definitions/period"},"evaluationPeriods":{"type":"integer","minimum":1,"maximum":1440}}},"anomaly":{"type":"object","additionalProperties":false,"properties":{"stdDevs":{"type":"number","exclusiveMinimum":0,"maximum":100},"periodSeconds":{"$ref":"#/definitions/period"},"evaluationPeriods":{"type":"integer","minimum":1,"maximum":96}}}}},"organization":{"type":"object","additionalProperties":false,"patternProperties":{"^\\$comment":{"type":"string"}},"required":["organizationId","hubAccount","spokes"],"description":"Organization mode (hub and spokes). Omitted: single-account mode, one deployment in the account and Region deployed to. Present: the app synthesizes the hub (workflow, tables, topics, settings, an event bus accepting the project's events from the organization only) and the spoke as a CloudFormation StackSet with service-managed permissions, deployed to the organizational units and Regions below and automatically to accounts that join them. See docs/deployment.md.","properties":{"organizationId":{"type":"string","pattern":"^o-[a-z0-9]{10,32}$","description":"The AWS Organizations id: the aws:PrincipalOrgID the hub's event bus and the spoke roles require."},"hubAccount":{"type":"string","pattern":"^[0-9]{12}$","description":"The account the hub is deployed to (the management account or a delegated administrator for CloudFormation StackSets)."},"callAs":{"enum":["SELF","DELEGATED_ADMIN"],"default":"DELEGATED_ADMIN","description":"SELF when the hub account is the organization's management account; DELEGATED_ADMIN when it is a registered delegated administrator of CloudFormation StackSets."},"spokes":{"type":"object","additionalProperties":false,"patternProperties":{"^\\$comment":{"type":"string"}},"required":["organizationalUnits","regions"],"properties":{"organizationalUnits":{"type":"array","minItems":1,"maxItems":100,"uniqueItems":true,"items":{"type":"string","pattern":"^(ou-[a-z0-9]{4,32}-[a-z0-9]{8,32}|r-[a-z0-9]{4,32})$"},"description":"Organizational units (or the root) the spoke stack set deploys to, including accounts that join them later. Service-managed stack sets never deploy to the management account."},"regions":{"type":"array","minItems":1,"maxItems":30,"uniqueItems":true,"items":{"type":"string","pattern":"^[a-z]{2}(-[a-z]+)+-[0-9]$"},"description":"The Regions of each account where Bedrock is monitored."},"maxConcurrentPercentage":{"type":"integer","minimum":1,"maximum":100,"default":25,"description":"Share of accounts a stack set operation deploys to at once, per Region."},"failureTolerancePercentage":{"type":"integer","minimum":0,"maximum":100,"default":10,"description":"Share of accounts per Region whose deployment may fail before the operation stops."}}},"accounts":{"type":"array","maxItems":1000,"description":"Accounts that differ from the file-wide settings or that have a friendly name. Accounts not listed take the file-wide settings and are named by their id.","items":{"$ref":"#/definitions/accountSettings"}},"organizationalUnits":{"type":"array","maxItems":100,"description":"Settings shared by the accounts of an OU (an account's own entry under `accounts` wins). The event names no OU: each entry lists its member accounts (`aws organizations list-accounts-for-parent --parent-id ou-...`); an account may be listed by one OU only.","items":{"$ref":"#/definitions/organizationalUnitSettings"}}}},"organizationalUnitSettings":{"type":"object","additionalProperties":false,"patternProperties":{"^\\$comment":{"type":"string"}},"required":["id","accounts"],"properties":{"id":{"type":"string","pattern":"^ou-[a-z0-9]{4,32}-[a-z0-9]{8,32}$"},"name":{"type":"string","pattern":"^[A-Za-z0-9][A-Za-z0-9 ._-]{0,49}$"},"accounts":{"type":"array","minItems":1,"maxItems":1000,"uniqueItems":true,"items":{"type":"string","pattern":"^[0-9]{12}$"}},"supportPlan":{"enum":["basic","developer","business","enterprise-on-ramp","enterprise"]},"caseAutomation":{"$ref":"runtime-settings.schema.json#/definitions/caseAutomationOverride"}}},"accountSettings":{"type":"object","additionalProperties":false,"patternProperties":{"^\\$comment":{"type":"string"}},"required":["id"],"properties":{"id":{"type":"string","pattern":"^[0-9]{12}$"},"name":{"type":"string","pattern":"^[A-Za-z0-9][A-Za-z0-9 ._-]{0,49}$","description":"Friendly name shown with the id in e-mails and cases, e.g. Payments-Prod."},"supportPlan":{"enum":["basic","developer","business","enterprise-on-ramp","enterprise"],"description":"The account's AWS Support plan. basic and developer have no access to the AWS Support API: no Support case is opened for that account (quota increase requests still are)."},"caseAutomation":{"$ref":"runtime-settings.schema.json#/definitions/caseAutomationOverride"}}},"notifications":{"type":"object","additionalProperties":false,"patternProperties":{"^\\$comment":{"type":"string"}},"required":["emails"],"properties":{"emails":{"type":"array","minItems":1,"maxItems":100,"description":"Incident e-mails. Each address gets one SNS subscription filtered on the `severity` message attribute.","items":{"$ref":"#/definitions/emailSubscription"}},"operationsEmails":{"type":"array","maxItems":100,"items":{"type":"string","format":"email"},"description":"Who receives the operational alarms of the deployment itself (failed executions, dead letters, Lambda errors). Omitted: every address of `emails`."}}},"emailSubscription":{"type":"object","additionalProperties":false,"required":["address"],"properties":{"address":{"type":"string","format":"email"},"preference":{"enum":["all","critical","warning"],"default":"all","description":"all = every incident; critical / warning = only incidents of that severity."},"accounts":{"type":"array","minItems":1,"maxItems":100,"uniqueItems":true,"items":{"type":"string","pattern":"^[0-9]{12}$"},"description":"Organization mode: only the e-mails about these accounts (an SNS filter policy on the `account` message attribute). Absent: every account. Messages that name no account (a workflow failure before the event was read) do not reach a subscriber with this filter."}}},"schedules":{"type":"object","additionalProperties":false,"patternProperties":{"^\\$comment":{"type":"string"}},"properties":{"thresholdUpdate":{"type":"object","additionalProperties":false,"default":{},"description":"When the threshold updater re-reads the quotas and resizes the usage alarms.","properties":{"enabled":{"type":"boolean","default":true},"expression":{"type":"string","pattern":"^(rate|cron)\\(.+\\)$","default":"rate(1 day)","description":"An EventBridge Scheduler / rule expression."}}}}},"workflow":{"type":"object","additionalProperties":false,"patternProperties":{"^\\$comment":{"type":"string"}},"description":"Runtime knobs copied into the settings document (same meaning and defaults as schemas/runtime-settings.schema.json).","properties":{"settleWindowSeconds":{"type":"integer","minimum":0,"maximum":900,"default":60},"usageWindowDays":{"type":"integer","minimum":1,"maximum":15,"default":14},"quotaCasePoll":{"type":"object","additionalProperties":false,"default":{},"properties":{"intervalSeconds":{"type":"integer","minimum":1,"maximum":300,"default":20},"maxAttempts":{"type":"integer","minimum":1,"maximum":60,"default":15}}}}},"deployment":{"type":"object","additionalProperties":false,"patternProperties":{"^\\$comment":{"type":"string"}},"properties":{"stackNamePrefix":{"type":"string","pattern":"^[A-Za-z][A-Za-z0-9-]{0,80}$","description":"Default `{customerName}-BedrockOpsAlert`."},"modelsPerStack":{"type":"integer","minimum":1,"maximum":33,"default":33,"description":"Models per model-alarm stack. 33 is the measured maximum under CloudFormation's 500-resource limit (docs/deployment.md)."},"logRetentionDays":{"enum":[1,3,5,7,14,30,60,90,120,150,180,365,400,545,731,1096,1827,2192,2557,2922,3288,3653],"default":90},"logLevel":{"enum":["DEBUG","INFO","WARN","ERROR"],"default":"INFO"},"settingsParameterName":{"type":"string","pattern":"^/[A-Za-z0-9_.\\-/]{1,1000}$","description":"Default `/{customerName}/bedrock-ops-alert/settings`."}}}}};
const func2 = Object.prototype.hasOwnProperty;
const pattern0 = new RegExp("^\\$comment", "u");
const pattern1 = new RegExp("^[A-Za-z0-9-]{1,32}$", "u");
const schema7 = {"type":"object","additionalProperties":false,"patternProperties":{"^\\$comment":{"type":"string"}},"required":["name","modelId"],"properties":{"name":{"type":"string","pattern":"^[A-Za-z0-9-]{1,32}$","description":"Display name used in alarm names, e.g. G-Opus-4-6. Unique within the file."},"modelId":{"type":"string","minLength":1,"maxLength":2048,"description":"Model id or inference profile id: the value of the ModelId dimension of the AWS/Bedrock metrics."},"endpoint":{"enum":["bedrock-runtime","bedrock-mantle"],"description":"Absent: bedrock-runtime. Which Bedrock inference endpoint serves the model: bedrock-runtime (InvokeModel/Converse; metrics AWS/Bedrock, dimension ModelId) or bedrock-mantle (OpenAI-compatible Responses/Chat Completions, Anthropic Messages; metrics AWS/BedrockMantle, dimension Model). The endpoints have separate quotas: a model served on both is declared twice, once per endpoint, under two names."},"applicationProfiles":{"type":"array","maxItems":10,"description":"Application inference profiles drawing on this model's quota (bedrock-runtime only). Their traffic is published per profile while the quota is the model's: usage, error and usage alarms and decisions use the per-minute sum over the model and these profiles. At most 10 (one GetMetricData page).","items":{"type":"object","additionalProperties":false,"required":["name","profileId"],"properties":{"name":{"type":"string","pattern":"^[A-Za-z0-9_.-]{1,64}$","description":"Who uses it (team or application), for the breakdown in cases and e-mails."},"profileId":{"type":"string","pattern":"^[a-zA-Z0-9:.-]{1,64}$","description":"The profile id (the part after application-inference-profile/ in its ARN): the ModelId dimension value of its metrics."},"alarms":{"type":"array","uniqueItems":true,"items":{"enum":["ClientErrors","ServerErrors","Throttles","HighLatency"]},"description":"Alarms of this profile's own traffic, besides the model's (whose error alarms sum every source): e.g. [\"ServerErrors\", \"HighLatency\"]. Named {Customer}-Bedrock-{Kind}-{Severity}-{Model}.{profile name}, same settings and classification as the model's alarm of that kind, and part of the model's composite. Absent: none."}}}},"quotaCodes":{"type":"object","additionalProperties":false,"description":"Explicit Service Quotas codes. Omitted: the workflow looks the quotas up by name. A model has an RPM quota (and so a HighInvocationRate alarm) only when `quotaCodes.rpm` or `currentQuotas.rpm` is given: Bedrock stopped enforcing RPM quotas on bedrock-runtime in 2026.","properties":{"rpm":{"type":"string","pattern":"^L-[0-9A-F]{8}$"},"tpm":{"type":"string","pattern":"^L-[0-9A-F]{8}$","description":"bedrock-runtime: the tokens-per-minute quota; bedrock-mantle: \"Bedrock Mantle input tokens per minute for …\"."},"outputTpm":{"type":"string","pattern":"^L-[0-9A-F]{8}$","description":"bedrock-mantle only: \"Bedrock Mantle output tokens per minute for …\" (the HighOutputTPMQuotaUsage alarm and its increase requests). Omitted: found by name."}}},"currentQuotas":{"type":"object","additionalProperties":false,"description":"Current quota values, to size the usage alarms at deploy time (threshold = quota x threshold percent). Omitted: the usage alarm is created unsized (see docs/deployment.md) and the threshold updater sets it from the live quota.","properties":{"rpm":{"type":"number","exclusiveMinimum":0,"description":"Requests per minute."},"tpm":{"type":"number","exclusiveMinimum":0,"description":"Tokens per minute (bedrock-mantle: input tokens per minute)."},"outputTpm":{"type":"number","exclusiveMinimum":0,"description":"bedrock-mantle only: output tokens per minute (sizes HighOutputTPMQuotaUsage)."}}},"overrides":{"$ref":"#/definitions/modelOverrides"},"alarmStack":{"type":"integer","minimum":1,"description":"Pins the model's alarms to model-alarm stack number N. Unpinned models fill the stacks in file order; pin models before removing or reordering others, so no alarm has to move between stacks."}}};
const pattern4 = new RegExp("^[A-Za-z0-9_.-]{1,64}$", "u");
const pattern5 = new RegExp("^[a-zA-Z0-9:.-]{1,64}$", "u");
const pattern6 = new RegExp("^L-[0-9A-F]{8}$", "u");
const func3 = cjs0.default;
const func0 = cjs1.default;
const schema8 = {"type":"object","additionalProperties":false,"patternProperties":{"^\\$comment":{"type":"string"}},"description":"Per-model settings that win over the file-wide ones.","properties":{"rpmIncreasePercent":{"type":"number","minimum":0,"maximum":100},"tpmIncreasePercent":{"type":"number","minimum":0,"maximum":100},"rpmThresholdPercent":{"type":"number","exclusiveMinimum":0,"maximum":100},"tpmThresholdPercent":{"type":"number","exclusiveMinimum":0,"maximum":100},"alarms":{"$ref":"#/definitions/alarmSettingsOverride"}}};
const schema9 = {"type":"object","additionalProperties":false,"description":"Same shape as `alarms`, every field optional, no defaults (a missing field falls back to the file-wide value).","properties":{"critical":{"type":"object","additionalProperties":false,"properties":{"errorThreshold":{"type":"number","minimum":0},"periodSeconds":{"$ref":"#/definitions/period"},"evaluationPeriods":{"type":"integer","minimum":1,"maximum":1440}}},"usage":{"type":"object","additionalProperties":false,"properties":{"evaluationPeriods":{"type":"integer","minimum":1,"maximum":1440}}},"latency":{"type":"object","additionalProperties":false,"properties":{"thresholdMs":{"type":"number","minimum":1000},"periodSeconds":{"$ref":"#/definitions/period"},"evaluationPeriods":{"type":"integer","minimum":1,"maximum":1440}}},"anomaly":{"type":"object","additionalProperties":false,"properties":{"stdDevs":{"type":"number","exclusiveMinimum":0,"maximum":100},"periodSeconds":{"$ref":"#/definitions/period"},"evaluationPeriods":{"type":"integer","minimum":1,"maximum":96}}}}};
const schema10 = {"enum":[60,300,900,3600]};

function validate25(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(!((((data === 60) || (data === 300)) || (data === 900)) || (data === 3600))){
const err0 = {instancePath,schemaPath:"#/enum",keyword:"enum",params:{allowedValues: schema10.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
validate25.errors = vErrors;
return errors === 0;
}


function validate24(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!((((key0 === "critical") || (key0 === "usage")) || (key0 === "latency")) || (key0 === "anomaly"))){
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
if(data.critical !== undefined){
let data0 = data.critical;
if(data0 && typeof data0 == "object" && !Array.isArray(data0)){
for(const key1 in data0){
if(!(((key1 === "errorThreshold") || (key1 === "periodSeconds")) || (key1 === "evaluationPeriods"))){
const err1 = {instancePath:instancePath+"/critical",schemaPath:"#/properties/critical/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data0.errorThreshold !== undefined){
let data1 = data0.errorThreshold;
if(typeof data1 == "number"){
if(data1 < 0 || isNaN(data1)){
const err2 = {instancePath:instancePath+"/critical/errorThreshold",schemaPath:"#/properties/critical/properties/errorThreshold/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
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
const err3 = {instancePath:instancePath+"/critical/errorThreshold",schemaPath:"#/properties/critical/properties/errorThreshold/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data0.periodSeconds !== undefined){
if(!(validate25(data0.periodSeconds, {instancePath:instancePath+"/critical/periodSeconds",parentData:data0,parentDataProperty:"periodSeconds",rootData}))){
vErrors = vErrors === null ? validate25.errors : vErrors.concat(validate25.errors);
errors = vErrors.length;
}
}
if(data0.evaluationPeriods !== undefined){
let data3 = data0.evaluationPeriods;
if(!((typeof data3 == "number") && (!(data3 % 1) && !isNaN(data3)))){
const err4 = {instancePath:instancePath+"/critical/evaluationPeriods",schemaPath:"#/properties/critical/properties/evaluationPeriods/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(typeof data3 == "number"){
if(data3 > 1440 || isNaN(data3)){
const err5 = {instancePath:instancePath+"/critical/evaluationPeriods",schemaPath:"#/properties/critical/properties/evaluationPeriods/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1440},message:"must be <= 1440"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(data3 < 1 || isNaN(data3)){
const err6 = {instancePath:instancePath+"/critical/evaluationPeriods",schemaPath:"#/properties/critical/properties/evaluationPeriods/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
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
}
else {
const err7 = {instancePath:instancePath+"/critical",schemaPath:"#/properties/critical/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.usage !== undefined){
let data4 = data.usage;
if(data4 && typeof data4 == "object" && !Array.isArray(data4)){
for(const key2 in data4){
if(!(key2 === "evaluationPeriods")){
const err8 = {instancePath:instancePath+"/usage",schemaPath:"#/properties/usage/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data4.evaluationPeriods !== undefined){
let data5 = data4.evaluationPeriods;
if(!((typeof data5 == "number") && (!(data5 % 1) && !isNaN(data5)))){
const err9 = {instancePath:instancePath+"/usage/evaluationPeriods",schemaPath:"#/properties/usage/properties/evaluationPeriods/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if(typeof data5 == "number"){
if(data5 > 1440 || isNaN(data5)){
const err10 = {instancePath:instancePath+"/usage/evaluationPeriods",schemaPath:"#/properties/usage/properties/evaluationPeriods/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1440},message:"must be <= 1440"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
if(data5 < 1 || isNaN(data5)){
const err11 = {instancePath:instancePath+"/usage/evaluationPeriods",schemaPath:"#/properties/usage/properties/evaluationPeriods/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
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
}
else {
const err12 = {instancePath:instancePath+"/usage",schemaPath:"#/properties/usage/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data.latency !== undefined){
let data6 = data.latency;
if(data6 && typeof data6 == "object" && !Array.isArray(data6)){
for(const key3 in data6){
if(!(((key3 === "thresholdMs") || (key3 === "periodSeconds")) || (key3 === "evaluationPeriods"))){
const err13 = {instancePath:instancePath+"/latency",schemaPath:"#/properties/latency/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key3},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data6.thresholdMs !== undefined){
let data7 = data6.thresholdMs;
if(typeof data7 == "number"){
if(data7 < 1000 || isNaN(data7)){
const err14 = {instancePath:instancePath+"/latency/thresholdMs",schemaPath:"#/properties/latency/properties/thresholdMs/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1000},message:"must be >= 1000"};
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
const err15 = {instancePath:instancePath+"/latency/thresholdMs",schemaPath:"#/properties/latency/properties/thresholdMs/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
if(data6.periodSeconds !== undefined){
if(!(validate25(data6.periodSeconds, {instancePath:instancePath+"/latency/periodSeconds",parentData:data6,parentDataProperty:"periodSeconds",rootData}))){
vErrors = vErrors === null ? validate25.errors : vErrors.concat(validate25.errors);
errors = vErrors.length;
}
}
if(data6.evaluationPeriods !== undefined){
let data9 = data6.evaluationPeriods;
if(!((typeof data9 == "number") && (!(data9 % 1) && !isNaN(data9)))){
const err16 = {instancePath:instancePath+"/latency/evaluationPeriods",schemaPath:"#/properties/latency/properties/evaluationPeriods/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
if(typeof data9 == "number"){
if(data9 > 1440 || isNaN(data9)){
const err17 = {instancePath:instancePath+"/latency/evaluationPeriods",schemaPath:"#/properties/latency/properties/evaluationPeriods/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1440},message:"must be <= 1440"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
if(data9 < 1 || isNaN(data9)){
const err18 = {instancePath:instancePath+"/latency/evaluationPeriods",schemaPath:"#/properties/latency/properties/evaluationPeriods/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
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
}
else {
const err19 = {instancePath:instancePath+"/latency",schemaPath:"#/properties/latency/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
if(data.anomaly !== undefined){
let data10 = data.anomaly;
if(data10 && typeof data10 == "object" && !Array.isArray(data10)){
for(const key4 in data10){
if(!(((key4 === "stdDevs") || (key4 === "periodSeconds")) || (key4 === "evaluationPeriods"))){
const err20 = {instancePath:instancePath+"/anomaly",schemaPath:"#/properties/anomaly/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key4},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
if(data10.stdDevs !== undefined){
let data11 = data10.stdDevs;
if(typeof data11 == "number"){
if(data11 > 100 || isNaN(data11)){
const err21 = {instancePath:instancePath+"/anomaly/stdDevs",schemaPath:"#/properties/anomaly/properties/stdDevs/maximum",keyword:"maximum",params:{comparison: "<=", limit: 100},message:"must be <= 100"};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
if(data11 <= 0 || isNaN(data11)){
const err22 = {instancePath:instancePath+"/anomaly/stdDevs",schemaPath:"#/properties/anomaly/properties/stdDevs/exclusiveMinimum",keyword:"exclusiveMinimum",params:{comparison: ">", limit: 0},message:"must be > 0"};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
else {
const err23 = {instancePath:instancePath+"/anomaly/stdDevs",schemaPath:"#/properties/anomaly/properties/stdDevs/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
if(data10.periodSeconds !== undefined){
if(!(validate25(data10.periodSeconds, {instancePath:instancePath+"/anomaly/periodSeconds",parentData:data10,parentDataProperty:"periodSeconds",rootData}))){
vErrors = vErrors === null ? validate25.errors : vErrors.concat(validate25.errors);
errors = vErrors.length;
}
}
if(data10.evaluationPeriods !== undefined){
let data13 = data10.evaluationPeriods;
if(!((typeof data13 == "number") && (!(data13 % 1) && !isNaN(data13)))){
const err24 = {instancePath:instancePath+"/anomaly/evaluationPeriods",schemaPath:"#/properties/anomaly/properties/evaluationPeriods/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
if(typeof data13 == "number"){
if(data13 > 96 || isNaN(data13)){
const err25 = {instancePath:instancePath+"/anomaly/evaluationPeriods",schemaPath:"#/properties/anomaly/properties/evaluationPeriods/maximum",keyword:"maximum",params:{comparison: "<=", limit: 96},message:"must be <= 96"};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
if(data13 < 1 || isNaN(data13)){
const err26 = {instancePath:instancePath+"/anomaly/evaluationPeriods",schemaPath:"#/properties/anomaly/properties/evaluationPeriods/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
}
}
else {
const err27 = {instancePath:instancePath+"/anomaly",schemaPath:"#/properties/anomaly/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
}
}
else {
const err28 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
validate24.errors = vErrors;
return errors === 0;
}


function validate23(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!((((((key0 === "rpmIncreasePercent") || (key0 === "tpmIncreasePercent")) || (key0 === "rpmThresholdPercent")) || (key0 === "tpmThresholdPercent")) || (key0 === "alarms")) || (pattern0.test(key0)))){
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
if(data.rpmIncreasePercent !== undefined){
let data0 = data.rpmIncreasePercent;
if(typeof data0 == "number"){
if(data0 > 100 || isNaN(data0)){
const err1 = {instancePath:instancePath+"/rpmIncreasePercent",schemaPath:"#/properties/rpmIncreasePercent/maximum",keyword:"maximum",params:{comparison: "<=", limit: 100},message:"must be <= 100"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data0 < 0 || isNaN(data0)){
const err2 = {instancePath:instancePath+"/rpmIncreasePercent",schemaPath:"#/properties/rpmIncreasePercent/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
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
const err3 = {instancePath:instancePath+"/rpmIncreasePercent",schemaPath:"#/properties/rpmIncreasePercent/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.tpmIncreasePercent !== undefined){
let data1 = data.tpmIncreasePercent;
if(typeof data1 == "number"){
if(data1 > 100 || isNaN(data1)){
const err4 = {instancePath:instancePath+"/tpmIncreasePercent",schemaPath:"#/properties/tpmIncreasePercent/maximum",keyword:"maximum",params:{comparison: "<=", limit: 100},message:"must be <= 100"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(data1 < 0 || isNaN(data1)){
const err5 = {instancePath:instancePath+"/tpmIncreasePercent",schemaPath:"#/properties/tpmIncreasePercent/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
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
const err6 = {instancePath:instancePath+"/tpmIncreasePercent",schemaPath:"#/properties/tpmIncreasePercent/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.rpmThresholdPercent !== undefined){
let data2 = data.rpmThresholdPercent;
if(typeof data2 == "number"){
if(data2 > 100 || isNaN(data2)){
const err7 = {instancePath:instancePath+"/rpmThresholdPercent",schemaPath:"#/properties/rpmThresholdPercent/maximum",keyword:"maximum",params:{comparison: "<=", limit: 100},message:"must be <= 100"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(data2 <= 0 || isNaN(data2)){
const err8 = {instancePath:instancePath+"/rpmThresholdPercent",schemaPath:"#/properties/rpmThresholdPercent/exclusiveMinimum",keyword:"exclusiveMinimum",params:{comparison: ">", limit: 0},message:"must be > 0"};
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
const err9 = {instancePath:instancePath+"/rpmThresholdPercent",schemaPath:"#/properties/rpmThresholdPercent/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.tpmThresholdPercent !== undefined){
let data3 = data.tpmThresholdPercent;
if(typeof data3 == "number"){
if(data3 > 100 || isNaN(data3)){
const err10 = {instancePath:instancePath+"/tpmThresholdPercent",schemaPath:"#/properties/tpmThresholdPercent/maximum",keyword:"maximum",params:{comparison: "<=", limit: 100},message:"must be <= 100"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
if(data3 <= 0 || isNaN(data3)){
const err11 = {instancePath:instancePath+"/tpmThresholdPercent",schemaPath:"#/properties/tpmThresholdPercent/exclusiveMinimum",keyword:"exclusiveMinimum",params:{comparison: ">", limit: 0},message:"must be > 0"};
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
const err12 = {instancePath:instancePath+"/tpmThresholdPercent",schemaPath:"#/properties/tpmThresholdPercent/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data.alarms !== undefined){
if(!(validate24(data.alarms, {instancePath:instancePath+"/alarms",parentData:data,parentDataProperty:"alarms",rootData}))){
vErrors = vErrors === null ? validate24.errors : vErrors.concat(validate24.errors);
errors = vErrors.length;
}
}
for(const key1 in data){
if(pattern0.test(key1)){
if(typeof data[key1] !== "string"){
const err13 = {instancePath:instancePath+"/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/patternProperties/%5E%5C%24comment/type",keyword:"type",params:{type: "string"},message:"must be string"};
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
}
else {
const err14 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
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
if(!(((((((((key0 === "name") || (key0 === "modelId")) || (key0 === "endpoint")) || (key0 === "applicationProfiles")) || (key0 === "quotaCodes")) || (key0 === "currentQuotas")) || (key0 === "overrides")) || (key0 === "alarmStack")) || (pattern0.test(key0)))){
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
let data0 = data.name;
if(typeof data0 === "string"){
if(!pattern1.test(data0)){
const err3 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9-]{1,32}$"},message:"must match pattern \""+"^[A-Za-z0-9-]{1,32}$"+"\""};
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
const err4 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.modelId !== undefined){
let data1 = data.modelId;
if(typeof data1 === "string"){
if(func3(data1) > 2048){
const err5 = {instancePath:instancePath+"/modelId",schemaPath:"#/properties/modelId/maxLength",keyword:"maxLength",params:{limit: 2048},message:"must NOT have more than 2048 characters"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(func3(data1) < 1){
const err6 = {instancePath:instancePath+"/modelId",schemaPath:"#/properties/modelId/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
else {
const err7 = {instancePath:instancePath+"/modelId",schemaPath:"#/properties/modelId/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.endpoint !== undefined){
let data2 = data.endpoint;
if(!((data2 === "bedrock-runtime") || (data2 === "bedrock-mantle"))){
const err8 = {instancePath:instancePath+"/endpoint",schemaPath:"#/properties/endpoint/enum",keyword:"enum",params:{allowedValues: schema7.properties.endpoint.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.applicationProfiles !== undefined){
let data3 = data.applicationProfiles;
if(Array.isArray(data3)){
if(data3.length > 10){
const err9 = {instancePath:instancePath+"/applicationProfiles",schemaPath:"#/properties/applicationProfiles/maxItems",keyword:"maxItems",params:{limit: 10},message:"must NOT have more than 10 items"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
const len0 = data3.length;
for(let i0=0; i0<len0; i0++){
let data4 = data3[i0];
if(data4 && typeof data4 == "object" && !Array.isArray(data4)){
if(data4.name === undefined){
const err10 = {instancePath:instancePath+"/applicationProfiles/" + i0,schemaPath:"#/properties/applicationProfiles/items/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
if(data4.profileId === undefined){
const err11 = {instancePath:instancePath+"/applicationProfiles/" + i0,schemaPath:"#/properties/applicationProfiles/items/required",keyword:"required",params:{missingProperty: "profileId"},message:"must have required property '"+"profileId"+"'"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
for(const key1 in data4){
if(!(((key1 === "name") || (key1 === "profileId")) || (key1 === "alarms"))){
const err12 = {instancePath:instancePath+"/applicationProfiles/" + i0,schemaPath:"#/properties/applicationProfiles/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data4.name !== undefined){
let data5 = data4.name;
if(typeof data5 === "string"){
if(!pattern4.test(data5)){
const err13 = {instancePath:instancePath+"/applicationProfiles/" + i0+"/name",schemaPath:"#/properties/applicationProfiles/items/properties/name/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9_.-]{1,64}$"},message:"must match pattern \""+"^[A-Za-z0-9_.-]{1,64}$"+"\""};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
else {
const err14 = {instancePath:instancePath+"/applicationProfiles/" + i0+"/name",schemaPath:"#/properties/applicationProfiles/items/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(data4.profileId !== undefined){
let data6 = data4.profileId;
if(typeof data6 === "string"){
if(!pattern5.test(data6)){
const err15 = {instancePath:instancePath+"/applicationProfiles/" + i0+"/profileId",schemaPath:"#/properties/applicationProfiles/items/properties/profileId/pattern",keyword:"pattern",params:{pattern: "^[a-zA-Z0-9:.-]{1,64}$"},message:"must match pattern \""+"^[a-zA-Z0-9:.-]{1,64}$"+"\""};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
else {
const err16 = {instancePath:instancePath+"/applicationProfiles/" + i0+"/profileId",schemaPath:"#/properties/applicationProfiles/items/properties/profileId/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
if(data4.alarms !== undefined){
let data7 = data4.alarms;
if(Array.isArray(data7)){
const len1 = data7.length;
for(let i1=0; i1<len1; i1++){
let data8 = data7[i1];
if(!((((data8 === "ClientErrors") || (data8 === "ServerErrors")) || (data8 === "Throttles")) || (data8 === "HighLatency"))){
const err17 = {instancePath:instancePath+"/applicationProfiles/" + i0+"/alarms/" + i1,schemaPath:"#/properties/applicationProfiles/items/properties/alarms/items/enum",keyword:"enum",params:{allowedValues: schema7.properties.applicationProfiles.items.properties.alarms.items.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
let i2 = data7.length;
let j0;
if(i2 > 1){
outer0:
for(;i2--;){
for(j0 = i2; j0--;){
if(func0(data7[i2], data7[j0])){
const err18 = {instancePath:instancePath+"/applicationProfiles/" + i0+"/alarms",schemaPath:"#/properties/applicationProfiles/items/properties/alarms/uniqueItems",keyword:"uniqueItems",params:{i: i2, j: j0},message:"must NOT have duplicate items (items ## "+j0+" and "+i2+" are identical)"};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
break outer0;
}
}
}
}
}
else {
const err19 = {instancePath:instancePath+"/applicationProfiles/" + i0+"/alarms",schemaPath:"#/properties/applicationProfiles/items/properties/alarms/type",keyword:"type",params:{type: "array"},message:"must be array"};
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
const err20 = {instancePath:instancePath+"/applicationProfiles/" + i0,schemaPath:"#/properties/applicationProfiles/items/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
}
else {
const err21 = {instancePath:instancePath+"/applicationProfiles",schemaPath:"#/properties/applicationProfiles/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
if(data.quotaCodes !== undefined){
let data9 = data.quotaCodes;
if(data9 && typeof data9 == "object" && !Array.isArray(data9)){
for(const key2 in data9){
if(!(((key2 === "rpm") || (key2 === "tpm")) || (key2 === "outputTpm"))){
const err22 = {instancePath:instancePath+"/quotaCodes",schemaPath:"#/properties/quotaCodes/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
if(data9.rpm !== undefined){
let data10 = data9.rpm;
if(typeof data10 === "string"){
if(!pattern6.test(data10)){
const err23 = {instancePath:instancePath+"/quotaCodes/rpm",schemaPath:"#/properties/quotaCodes/properties/rpm/pattern",keyword:"pattern",params:{pattern: "^L-[0-9A-F]{8}$"},message:"must match pattern \""+"^L-[0-9A-F]{8}$"+"\""};
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
const err24 = {instancePath:instancePath+"/quotaCodes/rpm",schemaPath:"#/properties/quotaCodes/properties/rpm/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
if(data9.tpm !== undefined){
let data11 = data9.tpm;
if(typeof data11 === "string"){
if(!pattern6.test(data11)){
const err25 = {instancePath:instancePath+"/quotaCodes/tpm",schemaPath:"#/properties/quotaCodes/properties/tpm/pattern",keyword:"pattern",params:{pattern: "^L-[0-9A-F]{8}$"},message:"must match pattern \""+"^L-[0-9A-F]{8}$"+"\""};
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
const err26 = {instancePath:instancePath+"/quotaCodes/tpm",schemaPath:"#/properties/quotaCodes/properties/tpm/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
if(data9.outputTpm !== undefined){
let data12 = data9.outputTpm;
if(typeof data12 === "string"){
if(!pattern6.test(data12)){
const err27 = {instancePath:instancePath+"/quotaCodes/outputTpm",schemaPath:"#/properties/quotaCodes/properties/outputTpm/pattern",keyword:"pattern",params:{pattern: "^L-[0-9A-F]{8}$"},message:"must match pattern \""+"^L-[0-9A-F]{8}$"+"\""};
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
const err28 = {instancePath:instancePath+"/quotaCodes/outputTpm",schemaPath:"#/properties/quotaCodes/properties/outputTpm/type",keyword:"type",params:{type: "string"},message:"must be string"};
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
const err29 = {instancePath:instancePath+"/quotaCodes",schemaPath:"#/properties/quotaCodes/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
}
if(data.currentQuotas !== undefined){
let data13 = data.currentQuotas;
if(data13 && typeof data13 == "object" && !Array.isArray(data13)){
for(const key3 in data13){
if(!(((key3 === "rpm") || (key3 === "tpm")) || (key3 === "outputTpm"))){
const err30 = {instancePath:instancePath+"/currentQuotas",schemaPath:"#/properties/currentQuotas/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key3},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
}
if(data13.rpm !== undefined){
let data14 = data13.rpm;
if(typeof data14 == "number"){
if(data14 <= 0 || isNaN(data14)){
const err31 = {instancePath:instancePath+"/currentQuotas/rpm",schemaPath:"#/properties/currentQuotas/properties/rpm/exclusiveMinimum",keyword:"exclusiveMinimum",params:{comparison: ">", limit: 0},message:"must be > 0"};
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
const err32 = {instancePath:instancePath+"/currentQuotas/rpm",schemaPath:"#/properties/currentQuotas/properties/rpm/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
}
if(data13.tpm !== undefined){
let data15 = data13.tpm;
if(typeof data15 == "number"){
if(data15 <= 0 || isNaN(data15)){
const err33 = {instancePath:instancePath+"/currentQuotas/tpm",schemaPath:"#/properties/currentQuotas/properties/tpm/exclusiveMinimum",keyword:"exclusiveMinimum",params:{comparison: ">", limit: 0},message:"must be > 0"};
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
const err34 = {instancePath:instancePath+"/currentQuotas/tpm",schemaPath:"#/properties/currentQuotas/properties/tpm/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
}
if(data13.outputTpm !== undefined){
let data16 = data13.outputTpm;
if(typeof data16 == "number"){
if(data16 <= 0 || isNaN(data16)){
const err35 = {instancePath:instancePath+"/currentQuotas/outputTpm",schemaPath:"#/properties/currentQuotas/properties/outputTpm/exclusiveMinimum",keyword:"exclusiveMinimum",params:{comparison: ">", limit: 0},message:"must be > 0"};
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
const err36 = {instancePath:instancePath+"/currentQuotas/outputTpm",schemaPath:"#/properties/currentQuotas/properties/outputTpm/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
}
}
else {
const err37 = {instancePath:instancePath+"/currentQuotas",schemaPath:"#/properties/currentQuotas/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
}
if(data.overrides !== undefined){
if(!(validate23(data.overrides, {instancePath:instancePath+"/overrides",parentData:data,parentDataProperty:"overrides",rootData}))){
vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
errors = vErrors.length;
}
}
if(data.alarmStack !== undefined){
let data18 = data.alarmStack;
if(!((typeof data18 == "number") && (!(data18 % 1) && !isNaN(data18)))){
const err38 = {instancePath:instancePath+"/alarmStack",schemaPath:"#/properties/alarmStack/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
if(typeof data18 == "number"){
if(data18 < 1 || isNaN(data18)){
const err39 = {instancePath:instancePath+"/alarmStack",schemaPath:"#/properties/alarmStack/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
}
}
for(const key4 in data){
if(pattern0.test(key4)){
if(typeof data[key4] !== "string"){
const err40 = {instancePath:instancePath+"/" + key4.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/patternProperties/%5E%5C%24comment/type",keyword:"type",params:{type: "string"},message:"must be string"};
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
}
else {
const err41 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
validate22.errors = vErrors;
return errors === 0;
}

const schema11 = {"type":"object","additionalProperties":false,"patternProperties":{"^\\$comment":{"type":"string"}},"description":"Alarm settings by evaluation profile (the `evaluation` of each catalogue entry). Defaults are the original's.","properties":{"critical":{"type":"object","additionalProperties":false,"default":{},"description":"ClientErrors, ServerErrors, Throttles: Sum per period > errorThreshold for evaluationPeriods periods.","properties":{"errorThreshold":{"type":"number","minimum":0,"default":5},"periodSeconds":{"$ref":"#/definitions/period","default":60},"evaluationPeriods":{"type":"integer","minimum":1,"maximum":1440,"default":5}}},"usage":{"type":"object","additionalProperties":false,"default":{},"description":"HighInvocationRate, HighTPMQuotaUsage, HighOutputTPMQuotaUsage (bedrock-mantle): Sum per minute > quota x threshold percent. The period is fixed at 60 s because quotas are per minute.","properties":{"evaluationPeriods":{"type":"integer","minimum":1,"maximum":1440,"default":5}}},"latency":{"type":"object","additionalProperties":false,"default":{},"description":"HighLatency: Average InvocationLatency > thresholdMs.","properties":{"thresholdMs":{"type":"number","minimum":1000,"default":240000},"periodSeconds":{"$ref":"#/definitions/period","default":300},"evaluationPeriods":{"type":"integer","minimum":1,"maximum":1440,"default":2}}},"anomaly":{"type":"object","additionalProperties":false,"default":{},"description":"InvocationAnomaly, InputTokenAnomaly, OutputTokenAnomaly, LatencyAnomaly: above the upper edge of an anomaly band `stdDevs` standard deviations wide.","properties":{"stdDevs":{"type":"number","exclusiveMinimum":0,"maximum":100,"default":9},"periodSeconds":{"$ref":"#/definitions/period","default":900},"evaluationPeriods":{"type":"integer","minimum":1,"maximum":96,"default":12}}}}};

function validate32(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.critical === undefined){
data.critical = {};
}
if(data.usage === undefined){
data.usage = {};
}
if(data.latency === undefined){
data.latency = {};
}
if(data.anomaly === undefined){
data.anomaly = {};
}
for(const key0 in data){
if(!(((((key0 === "critical") || (key0 === "usage")) || (key0 === "latency")) || (key0 === "anomaly")) || (pattern0.test(key0)))){
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
let data0 = data.critical;
if(data0 && typeof data0 == "object" && !Array.isArray(data0)){
if(data0.errorThreshold === undefined){
data0.errorThreshold = 5;
}
if(data0.periodSeconds === undefined){
data0.periodSeconds = 60;
}
if(data0.evaluationPeriods === undefined){
data0.evaluationPeriods = 5;
}
for(const key1 in data0){
if(!(((key1 === "errorThreshold") || (key1 === "periodSeconds")) || (key1 === "evaluationPeriods"))){
const err1 = {instancePath:instancePath+"/critical",schemaPath:"#/properties/critical/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
let data1 = data0.errorThreshold;
if(typeof data1 == "number"){
if(data1 < 0 || isNaN(data1)){
const err2 = {instancePath:instancePath+"/critical/errorThreshold",schemaPath:"#/properties/critical/properties/errorThreshold/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
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
const err3 = {instancePath:instancePath+"/critical/errorThreshold",schemaPath:"#/properties/critical/properties/errorThreshold/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(!(validate25(data0.periodSeconds, {instancePath:instancePath+"/critical/periodSeconds",parentData:data0,parentDataProperty:"periodSeconds",rootData}))){
vErrors = vErrors === null ? validate25.errors : vErrors.concat(validate25.errors);
errors = vErrors.length;
}
let data3 = data0.evaluationPeriods;
if(!((typeof data3 == "number") && (!(data3 % 1) && !isNaN(data3)))){
const err4 = {instancePath:instancePath+"/critical/evaluationPeriods",schemaPath:"#/properties/critical/properties/evaluationPeriods/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(typeof data3 == "number"){
if(data3 > 1440 || isNaN(data3)){
const err5 = {instancePath:instancePath+"/critical/evaluationPeriods",schemaPath:"#/properties/critical/properties/evaluationPeriods/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1440},message:"must be <= 1440"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(data3 < 1 || isNaN(data3)){
const err6 = {instancePath:instancePath+"/critical/evaluationPeriods",schemaPath:"#/properties/critical/properties/evaluationPeriods/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
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
const err7 = {instancePath:instancePath+"/critical",schemaPath:"#/properties/critical/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
let data4 = data.usage;
if(data4 && typeof data4 == "object" && !Array.isArray(data4)){
if(data4.evaluationPeriods === undefined){
data4.evaluationPeriods = 5;
}
for(const key2 in data4){
if(!(key2 === "evaluationPeriods")){
const err8 = {instancePath:instancePath+"/usage",schemaPath:"#/properties/usage/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
let data5 = data4.evaluationPeriods;
if(!((typeof data5 == "number") && (!(data5 % 1) && !isNaN(data5)))){
const err9 = {instancePath:instancePath+"/usage/evaluationPeriods",schemaPath:"#/properties/usage/properties/evaluationPeriods/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if(typeof data5 == "number"){
if(data5 > 1440 || isNaN(data5)){
const err10 = {instancePath:instancePath+"/usage/evaluationPeriods",schemaPath:"#/properties/usage/properties/evaluationPeriods/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1440},message:"must be <= 1440"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
if(data5 < 1 || isNaN(data5)){
const err11 = {instancePath:instancePath+"/usage/evaluationPeriods",schemaPath:"#/properties/usage/properties/evaluationPeriods/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
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
const err12 = {instancePath:instancePath+"/usage",schemaPath:"#/properties/usage/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
let data6 = data.latency;
if(data6 && typeof data6 == "object" && !Array.isArray(data6)){
if(data6.thresholdMs === undefined){
data6.thresholdMs = 240000;
}
if(data6.periodSeconds === undefined){
data6.periodSeconds = 300;
}
if(data6.evaluationPeriods === undefined){
data6.evaluationPeriods = 2;
}
for(const key3 in data6){
if(!(((key3 === "thresholdMs") || (key3 === "periodSeconds")) || (key3 === "evaluationPeriods"))){
const err13 = {instancePath:instancePath+"/latency",schemaPath:"#/properties/latency/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key3},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
let data7 = data6.thresholdMs;
if(typeof data7 == "number"){
if(data7 < 1000 || isNaN(data7)){
const err14 = {instancePath:instancePath+"/latency/thresholdMs",schemaPath:"#/properties/latency/properties/thresholdMs/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1000},message:"must be >= 1000"};
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
const err15 = {instancePath:instancePath+"/latency/thresholdMs",schemaPath:"#/properties/latency/properties/thresholdMs/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
if(!(validate25(data6.periodSeconds, {instancePath:instancePath+"/latency/periodSeconds",parentData:data6,parentDataProperty:"periodSeconds",rootData}))){
vErrors = vErrors === null ? validate25.errors : vErrors.concat(validate25.errors);
errors = vErrors.length;
}
let data9 = data6.evaluationPeriods;
if(!((typeof data9 == "number") && (!(data9 % 1) && !isNaN(data9)))){
const err16 = {instancePath:instancePath+"/latency/evaluationPeriods",schemaPath:"#/properties/latency/properties/evaluationPeriods/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
if(typeof data9 == "number"){
if(data9 > 1440 || isNaN(data9)){
const err17 = {instancePath:instancePath+"/latency/evaluationPeriods",schemaPath:"#/properties/latency/properties/evaluationPeriods/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1440},message:"must be <= 1440"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
if(data9 < 1 || isNaN(data9)){
const err18 = {instancePath:instancePath+"/latency/evaluationPeriods",schemaPath:"#/properties/latency/properties/evaluationPeriods/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
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
const err19 = {instancePath:instancePath+"/latency",schemaPath:"#/properties/latency/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
let data10 = data.anomaly;
if(data10 && typeof data10 == "object" && !Array.isArray(data10)){
if(data10.stdDevs === undefined){
data10.stdDevs = 9;
}
if(data10.periodSeconds === undefined){
data10.periodSeconds = 900;
}
if(data10.evaluationPeriods === undefined){
data10.evaluationPeriods = 12;
}
for(const key4 in data10){
if(!(((key4 === "stdDevs") || (key4 === "periodSeconds")) || (key4 === "evaluationPeriods"))){
const err20 = {instancePath:instancePath+"/anomaly",schemaPath:"#/properties/anomaly/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key4},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
let data11 = data10.stdDevs;
if(typeof data11 == "number"){
if(data11 > 100 || isNaN(data11)){
const err21 = {instancePath:instancePath+"/anomaly/stdDevs",schemaPath:"#/properties/anomaly/properties/stdDevs/maximum",keyword:"maximum",params:{comparison: "<=", limit: 100},message:"must be <= 100"};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
if(data11 <= 0 || isNaN(data11)){
const err22 = {instancePath:instancePath+"/anomaly/stdDevs",schemaPath:"#/properties/anomaly/properties/stdDevs/exclusiveMinimum",keyword:"exclusiveMinimum",params:{comparison: ">", limit: 0},message:"must be > 0"};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
else {
const err23 = {instancePath:instancePath+"/anomaly/stdDevs",schemaPath:"#/properties/anomaly/properties/stdDevs/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
if(!(validate25(data10.periodSeconds, {instancePath:instancePath+"/anomaly/periodSeconds",parentData:data10,parentDataProperty:"periodSeconds",rootData}))){
vErrors = vErrors === null ? validate25.errors : vErrors.concat(validate25.errors);
errors = vErrors.length;
}
let data13 = data10.evaluationPeriods;
if(!((typeof data13 == "number") && (!(data13 % 1) && !isNaN(data13)))){
const err24 = {instancePath:instancePath+"/anomaly/evaluationPeriods",schemaPath:"#/properties/anomaly/properties/evaluationPeriods/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
if(typeof data13 == "number"){
if(data13 > 96 || isNaN(data13)){
const err25 = {instancePath:instancePath+"/anomaly/evaluationPeriods",schemaPath:"#/properties/anomaly/properties/evaluationPeriods/maximum",keyword:"maximum",params:{comparison: "<=", limit: 96},message:"must be <= 96"};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
if(data13 < 1 || isNaN(data13)){
const err26 = {instancePath:instancePath+"/anomaly/evaluationPeriods",schemaPath:"#/properties/anomaly/properties/evaluationPeriods/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
}
else {
const err27 = {instancePath:instancePath+"/anomaly",schemaPath:"#/properties/anomaly/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
for(const key5 in data){
if(pattern0.test(key5)){
if(typeof data[key5] !== "string"){
const err28 = {instancePath:instancePath+"/" + key5.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/patternProperties/%5E%5C%24comment/type",keyword:"type",params:{type: "string"},message:"must be string"};
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
}
else {
const err29 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
validate32.errors = vErrors;
return errors === 0;
}

const schema16 = {"type":"object","additionalProperties":false,"properties":{"rpmIncreasePercent":{"type":"number","minimum":0,"maximum":100,"default":25},"tpmIncreasePercent":{"type":"number","minimum":0,"maximum":100,"default":25},"rpmThresholdPercent":{"type":"number","exclusiveMinimum":0,"maximum":100,"default":80},"tpmThresholdPercent":{"type":"number","exclusiveMinimum":0,"maximum":100,"default":80}}};

function validate53(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.rpmIncreasePercent === undefined){
data.rpmIncreasePercent = 25;
}
if(data.tpmIncreasePercent === undefined){
data.tpmIncreasePercent = 25;
}
if(data.rpmThresholdPercent === undefined){
data.rpmThresholdPercent = 80;
}
if(data.tpmThresholdPercent === undefined){
data.tpmThresholdPercent = 80;
}
for(const key0 in data){
if(!((((key0 === "rpmIncreasePercent") || (key0 === "tpmIncreasePercent")) || (key0 === "rpmThresholdPercent")) || (key0 === "tpmThresholdPercent"))){
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
let data0 = data.rpmIncreasePercent;
if(typeof data0 == "number"){
if(data0 > 100 || isNaN(data0)){
const err1 = {instancePath:instancePath+"/rpmIncreasePercent",schemaPath:"#/properties/rpmIncreasePercent/maximum",keyword:"maximum",params:{comparison: "<=", limit: 100},message:"must be <= 100"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data0 < 0 || isNaN(data0)){
const err2 = {instancePath:instancePath+"/rpmIncreasePercent",schemaPath:"#/properties/rpmIncreasePercent/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
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
const err3 = {instancePath:instancePath+"/rpmIncreasePercent",schemaPath:"#/properties/rpmIncreasePercent/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
let data1 = data.tpmIncreasePercent;
if(typeof data1 == "number"){
if(data1 > 100 || isNaN(data1)){
const err4 = {instancePath:instancePath+"/tpmIncreasePercent",schemaPath:"#/properties/tpmIncreasePercent/maximum",keyword:"maximum",params:{comparison: "<=", limit: 100},message:"must be <= 100"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(data1 < 0 || isNaN(data1)){
const err5 = {instancePath:instancePath+"/tpmIncreasePercent",schemaPath:"#/properties/tpmIncreasePercent/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
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
const err6 = {instancePath:instancePath+"/tpmIncreasePercent",schemaPath:"#/properties/tpmIncreasePercent/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
let data2 = data.rpmThresholdPercent;
if(typeof data2 == "number"){
if(data2 > 100 || isNaN(data2)){
const err7 = {instancePath:instancePath+"/rpmThresholdPercent",schemaPath:"#/properties/rpmThresholdPercent/maximum",keyword:"maximum",params:{comparison: "<=", limit: 100},message:"must be <= 100"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(data2 <= 0 || isNaN(data2)){
const err8 = {instancePath:instancePath+"/rpmThresholdPercent",schemaPath:"#/properties/rpmThresholdPercent/exclusiveMinimum",keyword:"exclusiveMinimum",params:{comparison: ">", limit: 0},message:"must be > 0"};
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
const err9 = {instancePath:instancePath+"/rpmThresholdPercent",schemaPath:"#/properties/rpmThresholdPercent/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
let data3 = data.tpmThresholdPercent;
if(typeof data3 == "number"){
if(data3 > 100 || isNaN(data3)){
const err10 = {instancePath:instancePath+"/tpmThresholdPercent",schemaPath:"#/properties/tpmThresholdPercent/maximum",keyword:"maximum",params:{comparison: "<=", limit: 100},message:"must be <= 100"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
if(data3 <= 0 || isNaN(data3)){
const err11 = {instancePath:instancePath+"/tpmThresholdPercent",schemaPath:"#/properties/tpmThresholdPercent/exclusiveMinimum",keyword:"exclusiveMinimum",params:{comparison: ">", limit: 0},message:"must be > 0"};
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
const err12 = {instancePath:instancePath+"/tpmThresholdPercent",schemaPath:"#/properties/tpmThresholdPercent/type",keyword:"type",params:{type: "number"},message:"must be number"};
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
const err13 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
validate53.errors = vErrors;
return errors === 0;
}

const schema15 = {"type":"object","additionalProperties":false,"properties":{"enabled":{"type":"boolean","default":true},"lookbackDays":{"type":"integer","minimum":1,"maximum":365,"default":60,"description":"An open case younger than this blocks a new one of the same category."},"severity":{"type":"object","additionalProperties":false,"default":{},"properties":{"CRITICAL":{"enum":["low","normal","high","urgent","critical"],"default":"high"},"WARNING":{"enum":["low","normal","high","urgent","critical"],"default":"normal"}}},"ccEmailAddresses":{"type":"array","maxItems":10,"items":{"type":"string","format":"email"},"default":[]},"useCaseDescription":{"type":"string","maxLength":1000,"default":"Enterprise production workload serving real-time AI-powered features to end users."},"language":{"enum":["en","ja","zh","ko"],"default":"en"},"fallbackToSupportCase":{"type":"boolean","default":true,"description":"When Service Quotas cannot take an increase request, open a Support case with the same content."}}};
const formats0 = /^[a-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[a-z0-9!#$%&'*+/=?^_`{|}~-]+)*@(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z0-9](?:[a-z0-9-]*[a-z0-9])?$/i;

function validate55(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.enabled === undefined){
data.enabled = true;
}
if(data.lookbackDays === undefined){
data.lookbackDays = 60;
}
if(data.severity === undefined){
data.severity = {};
}
if(data.ccEmailAddresses === undefined){
data.ccEmailAddresses = [];
}
if(data.useCaseDescription === undefined){
data.useCaseDescription = "Enterprise production workload serving real-time AI-powered features to end users.";
}
if(data.language === undefined){
data.language = "en";
}
if(data.fallbackToSupportCase === undefined){
data.fallbackToSupportCase = true;
}
for(const key0 in data){
if(!(((((((key0 === "enabled") || (key0 === "lookbackDays")) || (key0 === "severity")) || (key0 === "ccEmailAddresses")) || (key0 === "useCaseDescription")) || (key0 === "language")) || (key0 === "fallbackToSupportCase"))){
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
if(typeof data.enabled !== "boolean"){
const err1 = {instancePath:instancePath+"/enabled",schemaPath:"#/properties/enabled/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
let data1 = data.lookbackDays;
if(!((typeof data1 == "number") && (!(data1 % 1) && !isNaN(data1)))){
const err2 = {instancePath:instancePath+"/lookbackDays",schemaPath:"#/properties/lookbackDays/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(typeof data1 == "number"){
if(data1 > 365 || isNaN(data1)){
const err3 = {instancePath:instancePath+"/lookbackDays",schemaPath:"#/properties/lookbackDays/maximum",keyword:"maximum",params:{comparison: "<=", limit: 365},message:"must be <= 365"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data1 < 1 || isNaN(data1)){
const err4 = {instancePath:instancePath+"/lookbackDays",schemaPath:"#/properties/lookbackDays/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
let data2 = data.severity;
if(data2 && typeof data2 == "object" && !Array.isArray(data2)){
if(data2.CRITICAL === undefined){
data2.CRITICAL = "high";
}
if(data2.WARNING === undefined){
data2.WARNING = "normal";
}
for(const key1 in data2){
if(!((key1 === "CRITICAL") || (key1 === "WARNING"))){
const err5 = {instancePath:instancePath+"/severity",schemaPath:"#/properties/severity/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
let data3 = data2.CRITICAL;
if(!(((((data3 === "low") || (data3 === "normal")) || (data3 === "high")) || (data3 === "urgent")) || (data3 === "critical"))){
const err6 = {instancePath:instancePath+"/severity/CRITICAL",schemaPath:"#/properties/severity/properties/CRITICAL/enum",keyword:"enum",params:{allowedValues: schema15.properties.severity.properties.CRITICAL.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
let data4 = data2.WARNING;
if(!(((((data4 === "low") || (data4 === "normal")) || (data4 === "high")) || (data4 === "urgent")) || (data4 === "critical"))){
const err7 = {instancePath:instancePath+"/severity/WARNING",schemaPath:"#/properties/severity/properties/WARNING/enum",keyword:"enum",params:{allowedValues: schema15.properties.severity.properties.WARNING.enum},message:"must be equal to one of the allowed values"};
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
const err8 = {instancePath:instancePath+"/severity",schemaPath:"#/properties/severity/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
let data5 = data.ccEmailAddresses;
if(Array.isArray(data5)){
if(data5.length > 10){
const err9 = {instancePath:instancePath+"/ccEmailAddresses",schemaPath:"#/properties/ccEmailAddresses/maxItems",keyword:"maxItems",params:{limit: 10},message:"must NOT have more than 10 items"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
const len0 = data5.length;
for(let i0=0; i0<len0; i0++){
let data6 = data5[i0];
if(typeof data6 === "string"){
if(!(formats0.test(data6))){
const err10 = {instancePath:instancePath+"/ccEmailAddresses/" + i0,schemaPath:"#/properties/ccEmailAddresses/items/format",keyword:"format",params:{format: "email"},message:"must match format \""+"email"+"\""};
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
const err11 = {instancePath:instancePath+"/ccEmailAddresses/" + i0,schemaPath:"#/properties/ccEmailAddresses/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
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
const err12 = {instancePath:instancePath+"/ccEmailAddresses",schemaPath:"#/properties/ccEmailAddresses/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
let data7 = data.useCaseDescription;
if(typeof data7 === "string"){
if(func3(data7) > 1000){
const err13 = {instancePath:instancePath+"/useCaseDescription",schemaPath:"#/properties/useCaseDescription/maxLength",keyword:"maxLength",params:{limit: 1000},message:"must NOT have more than 1000 characters"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
else {
const err14 = {instancePath:instancePath+"/useCaseDescription",schemaPath:"#/properties/useCaseDescription/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
let data8 = data.language;
if(!((((data8 === "en") || (data8 === "ja")) || (data8 === "zh")) || (data8 === "ko"))){
const err15 = {instancePath:instancePath+"/language",schemaPath:"#/properties/language/enum",keyword:"enum",params:{allowedValues: schema15.properties.language.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
if(typeof data.fallbackToSupportCase !== "boolean"){
const err16 = {instancePath:instancePath+"/fallbackToSupportCase",schemaPath:"#/properties/fallbackToSupportCase/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
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
const err17 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
validate55.errors = vErrors;
return errors === 0;
}

const schema22 = {"type":"object","additionalProperties":false,"patternProperties":{"^\\$comment":{"type":"string"}},"required":["emails"],"properties":{"emails":{"type":"array","minItems":1,"maxItems":100,"description":"Incident e-mails. Each address gets one SNS subscription filtered on the `severity` message attribute.","items":{"$ref":"#/definitions/emailSubscription"}},"operationsEmails":{"type":"array","maxItems":100,"items":{"type":"string","format":"email"},"description":"Who receives the operational alarms of the deployment itself (failed executions, dead letters, Lambda errors). Omitted: every address of `emails`."}}};
const schema23 = {"type":"object","additionalProperties":false,"required":["address"],"properties":{"address":{"type":"string","format":"email"},"preference":{"enum":["all","critical","warning"],"default":"all","description":"all = every incident; critical / warning = only incidents of that severity."},"accounts":{"type":"array","minItems":1,"maxItems":100,"uniqueItems":true,"items":{"type":"string","pattern":"^[0-9]{12}$"},"description":"Organization mode: only the e-mails about these accounts (an SNS filter policy on the `account` message attribute). Absent: every account. Messages that name no account (a workflow failure before the event was read) do not reach a subscriber with this filter."}}};
const pattern21 = new RegExp("^[0-9]{12}$", "u");

function validate58(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.preference === undefined){
data.preference = "all";
}
if(data.address === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "address"},message:"must have required property '"+"address"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
for(const key0 in data){
if(!(((key0 === "address") || (key0 === "preference")) || (key0 === "accounts"))){
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
if(data.address !== undefined){
let data0 = data.address;
if(typeof data0 === "string"){
if(!(formats0.test(data0))){
const err2 = {instancePath:instancePath+"/address",schemaPath:"#/properties/address/format",keyword:"format",params:{format: "email"},message:"must match format \""+"email"+"\""};
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
const err3 = {instancePath:instancePath+"/address",schemaPath:"#/properties/address/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
let data1 = data.preference;
if(!(((data1 === "all") || (data1 === "critical")) || (data1 === "warning"))){
const err4 = {instancePath:instancePath+"/preference",schemaPath:"#/properties/preference/enum",keyword:"enum",params:{allowedValues: schema23.properties.preference.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(data.accounts !== undefined){
let data2 = data.accounts;
if(Array.isArray(data2)){
if(data2.length > 100){
const err5 = {instancePath:instancePath+"/accounts",schemaPath:"#/properties/accounts/maxItems",keyword:"maxItems",params:{limit: 100},message:"must NOT have more than 100 items"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(data2.length < 1){
const err6 = {instancePath:instancePath+"/accounts",schemaPath:"#/properties/accounts/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"};
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
let data3 = data2[i0];
if(typeof data3 === "string"){
if(!pattern21.test(data3)){
const err7 = {instancePath:instancePath+"/accounts/" + i0,schemaPath:"#/properties/accounts/items/pattern",keyword:"pattern",params:{pattern: "^[0-9]{12}$"},message:"must match pattern \""+"^[0-9]{12}$"+"\""};
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
const err8 = {instancePath:instancePath+"/accounts/" + i0,schemaPath:"#/properties/accounts/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
let i1 = data2.length;
let j0;
if(i1 > 1){
const indices0 = {};
for(;i1--;){
let item0 = data2[i1];
if(typeof item0 !== "string"){
continue;
}
if(typeof indices0[item0] == "number"){
j0 = indices0[item0];
const err9 = {instancePath:instancePath+"/accounts",schemaPath:"#/properties/accounts/uniqueItems",keyword:"uniqueItems",params:{i: i1, j: j0},message:"must NOT have duplicate items (items ## "+j0+" and "+i1+" are identical)"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
break;
}
indices0[item0] = i1;
}
}
}
else {
const err10 = {instancePath:instancePath+"/accounts",schemaPath:"#/properties/accounts/type",keyword:"type",params:{type: "array"},message:"must be array"};
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
validate58.errors = vErrors;
return errors === 0;
}


function validate57(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.emails === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "emails"},message:"must have required property '"+"emails"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
for(const key0 in data){
if(!(((key0 === "emails") || (key0 === "operationsEmails")) || (pattern0.test(key0)))){
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
if(data.emails !== undefined){
let data0 = data.emails;
if(Array.isArray(data0)){
if(data0.length > 100){
const err2 = {instancePath:instancePath+"/emails",schemaPath:"#/properties/emails/maxItems",keyword:"maxItems",params:{limit: 100},message:"must NOT have more than 100 items"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data0.length < 1){
const err3 = {instancePath:instancePath+"/emails",schemaPath:"#/properties/emails/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
const len0 = data0.length;
for(let i0=0; i0<len0; i0++){
if(!(validate58(data0[i0], {instancePath:instancePath+"/emails/" + i0,parentData:data0,parentDataProperty:i0,rootData}))){
vErrors = vErrors === null ? validate58.errors : vErrors.concat(validate58.errors);
errors = vErrors.length;
}
}
}
else {
const err4 = {instancePath:instancePath+"/emails",schemaPath:"#/properties/emails/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.operationsEmails !== undefined){
let data2 = data.operationsEmails;
if(Array.isArray(data2)){
if(data2.length > 100){
const err5 = {instancePath:instancePath+"/operationsEmails",schemaPath:"#/properties/operationsEmails/maxItems",keyword:"maxItems",params:{limit: 100},message:"must NOT have more than 100 items"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
const len1 = data2.length;
for(let i1=0; i1<len1; i1++){
let data3 = data2[i1];
if(typeof data3 === "string"){
if(!(formats0.test(data3))){
const err6 = {instancePath:instancePath+"/operationsEmails/" + i1,schemaPath:"#/properties/operationsEmails/items/format",keyword:"format",params:{format: "email"},message:"must match format \""+"email"+"\""};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
else {
const err7 = {instancePath:instancePath+"/operationsEmails/" + i1,schemaPath:"#/properties/operationsEmails/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
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
const err8 = {instancePath:instancePath+"/operationsEmails",schemaPath:"#/properties/operationsEmails/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
for(const key1 in data){
if(pattern0.test(key1)){
if(typeof data[key1] !== "string"){
const err9 = {instancePath:instancePath+"/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/patternProperties/%5E%5C%24comment/type",keyword:"type",params:{type: "string"},message:"must be string"};
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
validate57.errors = vErrors;
return errors === 0;
}

const schema24 = {"type":"object","additionalProperties":false,"patternProperties":{"^\\$comment":{"type":"string"}},"properties":{"thresholdUpdate":{"type":"object","additionalProperties":false,"default":{},"description":"When the threshold updater re-reads the quotas and resizes the usage alarms.","properties":{"enabled":{"type":"boolean","default":true},"expression":{"type":"string","pattern":"^(rate|cron)\\(.+\\)$","default":"rate(1 day)","description":"An EventBridge Scheduler / rule expression."}}}}};
const pattern32 = new RegExp("^(rate|cron)\\(.+\\)$", "u");

function validate61(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.thresholdUpdate === undefined){
data.thresholdUpdate = {};
}
for(const key0 in data){
if(!((key0 === "thresholdUpdate") || (pattern0.test(key0)))){
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
let data0 = data.thresholdUpdate;
if(data0 && typeof data0 == "object" && !Array.isArray(data0)){
if(data0.enabled === undefined){
data0.enabled = true;
}
if(data0.expression === undefined){
data0.expression = "rate(1 day)";
}
for(const key1 in data0){
if(!((key1 === "enabled") || (key1 === "expression"))){
const err1 = {instancePath:instancePath+"/thresholdUpdate",schemaPath:"#/properties/thresholdUpdate/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(typeof data0.enabled !== "boolean"){
const err2 = {instancePath:instancePath+"/thresholdUpdate/enabled",schemaPath:"#/properties/thresholdUpdate/properties/enabled/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
let data2 = data0.expression;
if(typeof data2 === "string"){
if(!pattern32.test(data2)){
const err3 = {instancePath:instancePath+"/thresholdUpdate/expression",schemaPath:"#/properties/thresholdUpdate/properties/expression/pattern",keyword:"pattern",params:{pattern: "^(rate|cron)\\(.+\\)$"},message:"must match pattern \""+"^(rate|cron)\\(.+\\)$"+"\""};
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
const err4 = {instancePath:instancePath+"/thresholdUpdate/expression",schemaPath:"#/properties/thresholdUpdate/properties/expression/type",keyword:"type",params:{type: "string"},message:"must be string"};
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
const err5 = {instancePath:instancePath+"/thresholdUpdate",schemaPath:"#/properties/thresholdUpdate/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
for(const key2 in data){
if(pattern0.test(key2)){
if(typeof data[key2] !== "string"){
const err6 = {instancePath:instancePath+"/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/patternProperties/%5E%5C%24comment/type",keyword:"type",params:{type: "string"},message:"must be string"};
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
validate61.errors = vErrors;
return errors === 0;
}

const schema25 = {"type":"object","additionalProperties":false,"patternProperties":{"^\\$comment":{"type":"string"}},"description":"Runtime knobs copied into the settings document (same meaning and defaults as schemas/runtime-settings.schema.json).","properties":{"settleWindowSeconds":{"type":"integer","minimum":0,"maximum":900,"default":60},"usageWindowDays":{"type":"integer","minimum":1,"maximum":15,"default":14},"quotaCasePoll":{"type":"object","additionalProperties":false,"default":{},"properties":{"intervalSeconds":{"type":"integer","minimum":1,"maximum":300,"default":20},"maxAttempts":{"type":"integer","minimum":1,"maximum":60,"default":15}}}}};

function validate63(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.settleWindowSeconds === undefined){
data.settleWindowSeconds = 60;
}
if(data.usageWindowDays === undefined){
data.usageWindowDays = 14;
}
if(data.quotaCasePoll === undefined){
data.quotaCasePoll = {};
}
for(const key0 in data){
if(!((((key0 === "settleWindowSeconds") || (key0 === "usageWindowDays")) || (key0 === "quotaCasePoll")) || (pattern0.test(key0)))){
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
let data0 = data.settleWindowSeconds;
if(!((typeof data0 == "number") && (!(data0 % 1) && !isNaN(data0)))){
const err1 = {instancePath:instancePath+"/settleWindowSeconds",schemaPath:"#/properties/settleWindowSeconds/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(typeof data0 == "number"){
if(data0 > 900 || isNaN(data0)){
const err2 = {instancePath:instancePath+"/settleWindowSeconds",schemaPath:"#/properties/settleWindowSeconds/maximum",keyword:"maximum",params:{comparison: "<=", limit: 900},message:"must be <= 900"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data0 < 0 || isNaN(data0)){
const err3 = {instancePath:instancePath+"/settleWindowSeconds",schemaPath:"#/properties/settleWindowSeconds/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
let data1 = data.usageWindowDays;
if(!((typeof data1 == "number") && (!(data1 % 1) && !isNaN(data1)))){
const err4 = {instancePath:instancePath+"/usageWindowDays",schemaPath:"#/properties/usageWindowDays/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(typeof data1 == "number"){
if(data1 > 15 || isNaN(data1)){
const err5 = {instancePath:instancePath+"/usageWindowDays",schemaPath:"#/properties/usageWindowDays/maximum",keyword:"maximum",params:{comparison: "<=", limit: 15},message:"must be <= 15"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(data1 < 1 || isNaN(data1)){
const err6 = {instancePath:instancePath+"/usageWindowDays",schemaPath:"#/properties/usageWindowDays/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
let data2 = data.quotaCasePoll;
if(data2 && typeof data2 == "object" && !Array.isArray(data2)){
if(data2.intervalSeconds === undefined){
data2.intervalSeconds = 20;
}
if(data2.maxAttempts === undefined){
data2.maxAttempts = 15;
}
for(const key1 in data2){
if(!((key1 === "intervalSeconds") || (key1 === "maxAttempts"))){
const err7 = {instancePath:instancePath+"/quotaCasePoll",schemaPath:"#/properties/quotaCasePoll/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
let data3 = data2.intervalSeconds;
if(!((typeof data3 == "number") && (!(data3 % 1) && !isNaN(data3)))){
const err8 = {instancePath:instancePath+"/quotaCasePoll/intervalSeconds",schemaPath:"#/properties/quotaCasePoll/properties/intervalSeconds/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if(typeof data3 == "number"){
if(data3 > 300 || isNaN(data3)){
const err9 = {instancePath:instancePath+"/quotaCasePoll/intervalSeconds",schemaPath:"#/properties/quotaCasePoll/properties/intervalSeconds/maximum",keyword:"maximum",params:{comparison: "<=", limit: 300},message:"must be <= 300"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if(data3 < 1 || isNaN(data3)){
const err10 = {instancePath:instancePath+"/quotaCasePoll/intervalSeconds",schemaPath:"#/properties/quotaCasePoll/properties/intervalSeconds/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
let data4 = data2.maxAttempts;
if(!((typeof data4 == "number") && (!(data4 % 1) && !isNaN(data4)))){
const err11 = {instancePath:instancePath+"/quotaCasePoll/maxAttempts",schemaPath:"#/properties/quotaCasePoll/properties/maxAttempts/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
if(typeof data4 == "number"){
if(data4 > 60 || isNaN(data4)){
const err12 = {instancePath:instancePath+"/quotaCasePoll/maxAttempts",schemaPath:"#/properties/quotaCasePoll/properties/maxAttempts/maximum",keyword:"maximum",params:{comparison: "<=", limit: 60},message:"must be <= 60"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
if(data4 < 1 || isNaN(data4)){
const err13 = {instancePath:instancePath+"/quotaCasePoll/maxAttempts",schemaPath:"#/properties/quotaCasePoll/properties/maxAttempts/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
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
else {
const err14 = {instancePath:instancePath+"/quotaCasePoll",schemaPath:"#/properties/quotaCasePoll/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
for(const key2 in data){
if(pattern0.test(key2)){
if(typeof data[key2] !== "string"){
const err15 = {instancePath:instancePath+"/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/patternProperties/%5E%5C%24comment/type",keyword:"type",params:{type: "string"},message:"must be string"};
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
const err16 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
validate63.errors = vErrors;
return errors === 0;
}

const schema26 = {"type":"object","additionalProperties":false,"patternProperties":{"^\\$comment":{"type":"string"}},"properties":{"stackNamePrefix":{"type":"string","pattern":"^[A-Za-z][A-Za-z0-9-]{0,80}$","description":"Default `{customerName}-BedrockOpsAlert`."},"modelsPerStack":{"type":"integer","minimum":1,"maximum":33,"default":33,"description":"Models per model-alarm stack. 33 is the measured maximum under CloudFormation's 500-resource limit (docs/deployment.md)."},"logRetentionDays":{"enum":[1,3,5,7,14,30,60,90,120,150,180,365,400,545,731,1096,1827,2192,2557,2922,3288,3653],"default":90},"logLevel":{"enum":["DEBUG","INFO","WARN","ERROR"],"default":"INFO"},"settingsParameterName":{"type":"string","pattern":"^/[A-Za-z0-9_.\\-/]{1,1000}$","description":"Default `/{customerName}/bedrock-ops-alert/settings`."}}};
const pattern37 = new RegExp("^[A-Za-z][A-Za-z0-9-]{0,80}$", "u");
const pattern38 = new RegExp("^/[A-Za-z0-9_.\\-/]{1,1000}$", "u");

function validate65(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.modelsPerStack === undefined){
data.modelsPerStack = 33;
}
if(data.logRetentionDays === undefined){
data.logRetentionDays = 90;
}
if(data.logLevel === undefined){
data.logLevel = "INFO";
}
for(const key0 in data){
if(!((((((key0 === "stackNamePrefix") || (key0 === "modelsPerStack")) || (key0 === "logRetentionDays")) || (key0 === "logLevel")) || (key0 === "settingsParameterName")) || (pattern0.test(key0)))){
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
if(data.stackNamePrefix !== undefined){
let data0 = data.stackNamePrefix;
if(typeof data0 === "string"){
if(!pattern37.test(data0)){
const err1 = {instancePath:instancePath+"/stackNamePrefix",schemaPath:"#/properties/stackNamePrefix/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z][A-Za-z0-9-]{0,80}$"},message:"must match pattern \""+"^[A-Za-z][A-Za-z0-9-]{0,80}$"+"\""};
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
const err2 = {instancePath:instancePath+"/stackNamePrefix",schemaPath:"#/properties/stackNamePrefix/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
let data1 = data.modelsPerStack;
if(!((typeof data1 == "number") && (!(data1 % 1) && !isNaN(data1)))){
const err3 = {instancePath:instancePath+"/modelsPerStack",schemaPath:"#/properties/modelsPerStack/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(typeof data1 == "number"){
if(data1 > 33 || isNaN(data1)){
const err4 = {instancePath:instancePath+"/modelsPerStack",schemaPath:"#/properties/modelsPerStack/maximum",keyword:"maximum",params:{comparison: "<=", limit: 33},message:"must be <= 33"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(data1 < 1 || isNaN(data1)){
const err5 = {instancePath:instancePath+"/modelsPerStack",schemaPath:"#/properties/modelsPerStack/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
let data2 = data.logRetentionDays;
if(!((((((((((((((((((((((data2 === 1) || (data2 === 3)) || (data2 === 5)) || (data2 === 7)) || (data2 === 14)) || (data2 === 30)) || (data2 === 60)) || (data2 === 90)) || (data2 === 120)) || (data2 === 150)) || (data2 === 180)) || (data2 === 365)) || (data2 === 400)) || (data2 === 545)) || (data2 === 731)) || (data2 === 1096)) || (data2 === 1827)) || (data2 === 2192)) || (data2 === 2557)) || (data2 === 2922)) || (data2 === 3288)) || (data2 === 3653))){
const err6 = {instancePath:instancePath+"/logRetentionDays",schemaPath:"#/properties/logRetentionDays/enum",keyword:"enum",params:{allowedValues: schema26.properties.logRetentionDays.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
let data3 = data.logLevel;
if(!((((data3 === "DEBUG") || (data3 === "INFO")) || (data3 === "WARN")) || (data3 === "ERROR"))){
const err7 = {instancePath:instancePath+"/logLevel",schemaPath:"#/properties/logLevel/enum",keyword:"enum",params:{allowedValues: schema26.properties.logLevel.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(data.settingsParameterName !== undefined){
let data4 = data.settingsParameterName;
if(typeof data4 === "string"){
if(!pattern38.test(data4)){
const err8 = {instancePath:instancePath+"/settingsParameterName",schemaPath:"#/properties/settingsParameterName/pattern",keyword:"pattern",params:{pattern: "^/[A-Za-z0-9_.\\-/]{1,1000}$"},message:"must match pattern \""+"^/[A-Za-z0-9_.\\-/]{1,1000}$"+"\""};
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
const err9 = {instancePath:instancePath+"/settingsParameterName",schemaPath:"#/properties/settingsParameterName/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
for(const key1 in data){
if(pattern0.test(key1)){
if(typeof data[key1] !== "string"){
const err10 = {instancePath:instancePath+"/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/patternProperties/%5E%5C%24comment/type",keyword:"type",params:{type: "string"},message:"must be string"};
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
validate65.errors = vErrors;
return errors === 0;
}

const schema27 = {"type":"object","additionalProperties":false,"patternProperties":{"^\\$comment":{"type":"string"}},"required":["organizationId","hubAccount","spokes"],"description":"Organization mode (hub and spokes). Omitted: single-account mode, one deployment in the account and Region deployed to. Present: the app synthesizes the hub (workflow, tables, topics, settings, an event bus accepting the project's events from the organization only) and the spoke as a CloudFormation StackSet with service-managed permissions, deployed to the organizational units and Regions below and automatically to accounts that join them. See docs/deployment.md.","properties":{"organizationId":{"type":"string","pattern":"^o-[a-z0-9]{10,32}$","description":"The AWS Organizations id: the aws:PrincipalOrgID the hub's event bus and the spoke roles require."},"hubAccount":{"type":"string","pattern":"^[0-9]{12}$","description":"The account the hub is deployed to (the management account or a delegated administrator for CloudFormation StackSets)."},"callAs":{"enum":["SELF","DELEGATED_ADMIN"],"default":"DELEGATED_ADMIN","description":"SELF when the hub account is the organization's management account; DELEGATED_ADMIN when it is a registered delegated administrator of CloudFormation StackSets."},"spokes":{"type":"object","additionalProperties":false,"patternProperties":{"^\\$comment":{"type":"string"}},"required":["organizationalUnits","regions"],"properties":{"organizationalUnits":{"type":"array","minItems":1,"maxItems":100,"uniqueItems":true,"items":{"type":"string","pattern":"^(ou-[a-z0-9]{4,32}-[a-z0-9]{8,32}|r-[a-z0-9]{4,32})$"},"description":"Organizational units (or the root) the spoke stack set deploys to, including accounts that join them later. Service-managed stack sets never deploy to the management account."},"regions":{"type":"array","minItems":1,"maxItems":30,"uniqueItems":true,"items":{"type":"string","pattern":"^[a-z]{2}(-[a-z]+)+-[0-9]$"},"description":"The Regions of each account where Bedrock is monitored."},"maxConcurrentPercentage":{"type":"integer","minimum":1,"maximum":100,"default":25,"description":"Share of accounts a stack set operation deploys to at once, per Region."},"failureTolerancePercentage":{"type":"integer","minimum":0,"maximum":100,"default":10,"description":"Share of accounts per Region whose deployment may fail before the operation stops."}}},"accounts":{"type":"array","maxItems":1000,"description":"Accounts that differ from the file-wide settings or that have a friendly name. Accounts not listed take the file-wide settings and are named by their id.","items":{"$ref":"#/definitions/accountSettings"}},"organizationalUnits":{"type":"array","maxItems":100,"description":"Settings shared by the accounts of an OU (an account's own entry under `accounts` wins). The event names no OU: each entry lists its member accounts (`aws organizations list-accounts-for-parent --parent-id ou-...`); an account may be listed by one OU only.","items":{"$ref":"#/definitions/organizationalUnitSettings"}}}};
const pattern41 = new RegExp("^o-[a-z0-9]{10,32}$", "u");
const pattern44 = new RegExp("^(ou-[a-z0-9]{4,32}-[a-z0-9]{8,32}|r-[a-z0-9]{4,32})$", "u");
const pattern45 = new RegExp("^[a-z]{2}(-[a-z]+)+-[0-9]$", "u");
const schema28 = {"type":"object","additionalProperties":false,"patternProperties":{"^\\$comment":{"type":"string"}},"required":["id"],"properties":{"id":{"type":"string","pattern":"^[0-9]{12}$"},"name":{"type":"string","pattern":"^[A-Za-z0-9][A-Za-z0-9 ._-]{0,49}$","description":"Friendly name shown with the id in e-mails and cases, e.g. Payments-Prod."},"supportPlan":{"enum":["basic","developer","business","enterprise-on-ramp","enterprise"],"description":"The account's AWS Support plan. basic and developer have no access to the AWS Support API: no Support case is opened for that account (quota increase requests still are)."},"caseAutomation":{"$ref":"runtime-settings.schema.json#/definitions/caseAutomationOverride"}}};
const pattern23 = new RegExp("^[A-Za-z0-9][A-Za-z0-9 ._-]{0,49}$", "u");
const schema18 = {"type":"object","additionalProperties":false,"description":"The caseAutomation settings one account overrides (no defaults: what is not given is the document-wide value).","properties":{"enabled":{"type":"boolean"},"lookbackDays":{"type":"integer","minimum":1,"maximum":365},"severity":{"type":"object","additionalProperties":false,"properties":{"CRITICAL":{"enum":["low","normal","high","urgent","critical"]},"WARNING":{"enum":["low","normal","high","urgent","critical"]}}},"ccEmailAddresses":{"type":"array","maxItems":10,"items":{"type":"string","format":"email"}},"useCaseDescription":{"type":"string","maxLength":1000},"language":{"enum":["en","ja","zh","ko"]},"fallbackToSupportCase":{"type":"boolean"}}};

function validate69(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!(((((((key0 === "enabled") || (key0 === "lookbackDays")) || (key0 === "severity")) || (key0 === "ccEmailAddresses")) || (key0 === "useCaseDescription")) || (key0 === "language")) || (key0 === "fallbackToSupportCase"))){
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
if(data.enabled !== undefined){
if(typeof data.enabled !== "boolean"){
const err1 = {instancePath:instancePath+"/enabled",schemaPath:"#/properties/enabled/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.lookbackDays !== undefined){
let data1 = data.lookbackDays;
if(!((typeof data1 == "number") && (!(data1 % 1) && !isNaN(data1)))){
const err2 = {instancePath:instancePath+"/lookbackDays",schemaPath:"#/properties/lookbackDays/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(typeof data1 == "number"){
if(data1 > 365 || isNaN(data1)){
const err3 = {instancePath:instancePath+"/lookbackDays",schemaPath:"#/properties/lookbackDays/maximum",keyword:"maximum",params:{comparison: "<=", limit: 365},message:"must be <= 365"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data1 < 1 || isNaN(data1)){
const err4 = {instancePath:instancePath+"/lookbackDays",schemaPath:"#/properties/lookbackDays/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
}
if(data.severity !== undefined){
let data2 = data.severity;
if(data2 && typeof data2 == "object" && !Array.isArray(data2)){
for(const key1 in data2){
if(!((key1 === "CRITICAL") || (key1 === "WARNING"))){
const err5 = {instancePath:instancePath+"/severity",schemaPath:"#/properties/severity/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data2.CRITICAL !== undefined){
let data3 = data2.CRITICAL;
if(!(((((data3 === "low") || (data3 === "normal")) || (data3 === "high")) || (data3 === "urgent")) || (data3 === "critical"))){
const err6 = {instancePath:instancePath+"/severity/CRITICAL",schemaPath:"#/properties/severity/properties/CRITICAL/enum",keyword:"enum",params:{allowedValues: schema18.properties.severity.properties.CRITICAL.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data2.WARNING !== undefined){
let data4 = data2.WARNING;
if(!(((((data4 === "low") || (data4 === "normal")) || (data4 === "high")) || (data4 === "urgent")) || (data4 === "critical"))){
const err7 = {instancePath:instancePath+"/severity/WARNING",schemaPath:"#/properties/severity/properties/WARNING/enum",keyword:"enum",params:{allowedValues: schema18.properties.severity.properties.WARNING.enum},message:"must be equal to one of the allowed values"};
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
const err8 = {instancePath:instancePath+"/severity",schemaPath:"#/properties/severity/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.ccEmailAddresses !== undefined){
let data5 = data.ccEmailAddresses;
if(Array.isArray(data5)){
if(data5.length > 10){
const err9 = {instancePath:instancePath+"/ccEmailAddresses",schemaPath:"#/properties/ccEmailAddresses/maxItems",keyword:"maxItems",params:{limit: 10},message:"must NOT have more than 10 items"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
const len0 = data5.length;
for(let i0=0; i0<len0; i0++){
let data6 = data5[i0];
if(typeof data6 === "string"){
if(!(formats0.test(data6))){
const err10 = {instancePath:instancePath+"/ccEmailAddresses/" + i0,schemaPath:"#/properties/ccEmailAddresses/items/format",keyword:"format",params:{format: "email"},message:"must match format \""+"email"+"\""};
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
const err11 = {instancePath:instancePath+"/ccEmailAddresses/" + i0,schemaPath:"#/properties/ccEmailAddresses/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
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
const err12 = {instancePath:instancePath+"/ccEmailAddresses",schemaPath:"#/properties/ccEmailAddresses/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data.useCaseDescription !== undefined){
let data7 = data.useCaseDescription;
if(typeof data7 === "string"){
if(func3(data7) > 1000){
const err13 = {instancePath:instancePath+"/useCaseDescription",schemaPath:"#/properties/useCaseDescription/maxLength",keyword:"maxLength",params:{limit: 1000},message:"must NOT have more than 1000 characters"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
else {
const err14 = {instancePath:instancePath+"/useCaseDescription",schemaPath:"#/properties/useCaseDescription/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(data.language !== undefined){
let data8 = data.language;
if(!((((data8 === "en") || (data8 === "ja")) || (data8 === "zh")) || (data8 === "ko"))){
const err15 = {instancePath:instancePath+"/language",schemaPath:"#/properties/language/enum",keyword:"enum",params:{allowedValues: schema18.properties.language.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
if(data.fallbackToSupportCase !== undefined){
if(typeof data.fallbackToSupportCase !== "boolean"){
const err16 = {instancePath:instancePath+"/fallbackToSupportCase",schemaPath:"#/properties/fallbackToSupportCase/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
}
else {
const err17 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
validate69.errors = vErrors;
return errors === 0;
}


function validate68(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
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
for(const key0 in data){
if(!(((((key0 === "id") || (key0 === "name")) || (key0 === "supportPlan")) || (key0 === "caseAutomation")) || (pattern0.test(key0)))){
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
if(data.id !== undefined){
let data0 = data.id;
if(typeof data0 === "string"){
if(!pattern21.test(data0)){
const err2 = {instancePath:instancePath+"/id",schemaPath:"#/properties/id/pattern",keyword:"pattern",params:{pattern: "^[0-9]{12}$"},message:"must match pattern \""+"^[0-9]{12}$"+"\""};
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
const err3 = {instancePath:instancePath+"/id",schemaPath:"#/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.name !== undefined){
let data1 = data.name;
if(typeof data1 === "string"){
if(!pattern23.test(data1)){
const err4 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9][A-Za-z0-9 ._-]{0,49}$"},message:"must match pattern \""+"^[A-Za-z0-9][A-Za-z0-9 ._-]{0,49}$"+"\""};
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
if(data.supportPlan !== undefined){
let data2 = data.supportPlan;
if(!(((((data2 === "basic") || (data2 === "developer")) || (data2 === "business")) || (data2 === "enterprise-on-ramp")) || (data2 === "enterprise"))){
const err6 = {instancePath:instancePath+"/supportPlan",schemaPath:"#/properties/supportPlan/enum",keyword:"enum",params:{allowedValues: schema28.properties.supportPlan.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.caseAutomation !== undefined){
if(!(validate69(data.caseAutomation, {instancePath:instancePath+"/caseAutomation",parentData:data,parentDataProperty:"caseAutomation",rootData}))){
vErrors = vErrors === null ? validate69.errors : vErrors.concat(validate69.errors);
errors = vErrors.length;
}
}
for(const key1 in data){
if(pattern0.test(key1)){
if(typeof data[key1] !== "string"){
const err7 = {instancePath:instancePath+"/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/patternProperties/%5E%5C%24comment/type",keyword:"type",params:{type: "string"},message:"must be string"};
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
}
else {
const err8 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
validate68.errors = vErrors;
return errors === 0;
}

const schema30 = {"type":"object","additionalProperties":false,"patternProperties":{"^\\$comment":{"type":"string"}},"required":["id","accounts"],"properties":{"id":{"type":"string","pattern":"^ou-[a-z0-9]{4,32}-[a-z0-9]{8,32}$"},"name":{"type":"string","pattern":"^[A-Za-z0-9][A-Za-z0-9 ._-]{0,49}$"},"accounts":{"type":"array","minItems":1,"maxItems":1000,"uniqueItems":true,"items":{"type":"string","pattern":"^[0-9]{12}$"}},"supportPlan":{"enum":["basic","developer","business","enterprise-on-ramp","enterprise"]},"caseAutomation":{"$ref":"runtime-settings.schema.json#/definitions/caseAutomationOverride"}}};
const pattern24 = new RegExp("^ou-[a-z0-9]{4,32}-[a-z0-9]{8,32}$", "u");

function validate72(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
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
if(data.accounts === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "accounts"},message:"must have required property '"+"accounts"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
for(const key0 in data){
if(!((((((key0 === "id") || (key0 === "name")) || (key0 === "accounts")) || (key0 === "supportPlan")) || (key0 === "caseAutomation")) || (pattern0.test(key0)))){
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
if(!pattern24.test(data0)){
const err3 = {instancePath:instancePath+"/id",schemaPath:"#/properties/id/pattern",keyword:"pattern",params:{pattern: "^ou-[a-z0-9]{4,32}-[a-z0-9]{8,32}$"},message:"must match pattern \""+"^ou-[a-z0-9]{4,32}-[a-z0-9]{8,32}$"+"\""};
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
if(!pattern23.test(data1)){
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
if(data.accounts !== undefined){
let data2 = data.accounts;
if(Array.isArray(data2)){
if(data2.length > 1000){
const err7 = {instancePath:instancePath+"/accounts",schemaPath:"#/properties/accounts/maxItems",keyword:"maxItems",params:{limit: 1000},message:"must NOT have more than 1000 items"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(data2.length < 1){
const err8 = {instancePath:instancePath+"/accounts",schemaPath:"#/properties/accounts/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
const len0 = data2.length;
for(let i0=0; i0<len0; i0++){
let data3 = data2[i0];
if(typeof data3 === "string"){
if(!pattern21.test(data3)){
const err9 = {instancePath:instancePath+"/accounts/" + i0,schemaPath:"#/properties/accounts/items/pattern",keyword:"pattern",params:{pattern: "^[0-9]{12}$"},message:"must match pattern \""+"^[0-9]{12}$"+"\""};
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
const err10 = {instancePath:instancePath+"/accounts/" + i0,schemaPath:"#/properties/accounts/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
let i1 = data2.length;
let j0;
if(i1 > 1){
const indices0 = {};
for(;i1--;){
let item0 = data2[i1];
if(typeof item0 !== "string"){
continue;
}
if(typeof indices0[item0] == "number"){
j0 = indices0[item0];
const err11 = {instancePath:instancePath+"/accounts",schemaPath:"#/properties/accounts/uniqueItems",keyword:"uniqueItems",params:{i: i1, j: j0},message:"must NOT have duplicate items (items ## "+j0+" and "+i1+" are identical)"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
break;
}
indices0[item0] = i1;
}
}
}
else {
const err12 = {instancePath:instancePath+"/accounts",schemaPath:"#/properties/accounts/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data.supportPlan !== undefined){
let data4 = data.supportPlan;
if(!(((((data4 === "basic") || (data4 === "developer")) || (data4 === "business")) || (data4 === "enterprise-on-ramp")) || (data4 === "enterprise"))){
const err13 = {instancePath:instancePath+"/supportPlan",schemaPath:"#/properties/supportPlan/enum",keyword:"enum",params:{allowedValues: schema30.properties.supportPlan.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data.caseAutomation !== undefined){
if(!(validate69(data.caseAutomation, {instancePath:instancePath+"/caseAutomation",parentData:data,parentDataProperty:"caseAutomation",rootData}))){
vErrors = vErrors === null ? validate69.errors : vErrors.concat(validate69.errors);
errors = vErrors.length;
}
}
for(const key1 in data){
if(pattern0.test(key1)){
if(typeof data[key1] !== "string"){
const err14 = {instancePath:instancePath+"/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/patternProperties/%5E%5C%24comment/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
}
}
else {
const err15 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
validate72.errors = vErrors;
return errors === 0;
}


function validate67(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.callAs === undefined){
data.callAs = "DELEGATED_ADMIN";
}
if(data.organizationId === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "organizationId"},message:"must have required property '"+"organizationId"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.hubAccount === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "hubAccount"},message:"must have required property '"+"hubAccount"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.spokes === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "spokes"},message:"must have required property '"+"spokes"+"'"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
for(const key0 in data){
if(!(((((((key0 === "organizationId") || (key0 === "hubAccount")) || (key0 === "callAs")) || (key0 === "spokes")) || (key0 === "accounts")) || (key0 === "organizationalUnits")) || (pattern0.test(key0)))){
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
if(data.organizationId !== undefined){
let data0 = data.organizationId;
if(typeof data0 === "string"){
if(!pattern41.test(data0)){
const err4 = {instancePath:instancePath+"/organizationId",schemaPath:"#/properties/organizationId/pattern",keyword:"pattern",params:{pattern: "^o-[a-z0-9]{10,32}$"},message:"must match pattern \""+"^o-[a-z0-9]{10,32}$"+"\""};
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
const err5 = {instancePath:instancePath+"/organizationId",schemaPath:"#/properties/organizationId/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.hubAccount !== undefined){
let data1 = data.hubAccount;
if(typeof data1 === "string"){
if(!pattern21.test(data1)){
const err6 = {instancePath:instancePath+"/hubAccount",schemaPath:"#/properties/hubAccount/pattern",keyword:"pattern",params:{pattern: "^[0-9]{12}$"},message:"must match pattern \""+"^[0-9]{12}$"+"\""};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
else {
const err7 = {instancePath:instancePath+"/hubAccount",schemaPath:"#/properties/hubAccount/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
let data2 = data.callAs;
if(!((data2 === "SELF") || (data2 === "DELEGATED_ADMIN"))){
const err8 = {instancePath:instancePath+"/callAs",schemaPath:"#/properties/callAs/enum",keyword:"enum",params:{allowedValues: schema27.properties.callAs.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if(data.spokes !== undefined){
let data3 = data.spokes;
if(data3 && typeof data3 == "object" && !Array.isArray(data3)){
if(data3.maxConcurrentPercentage === undefined){
data3.maxConcurrentPercentage = 25;
}
if(data3.failureTolerancePercentage === undefined){
data3.failureTolerancePercentage = 10;
}
if(data3.organizationalUnits === undefined){
const err9 = {instancePath:instancePath+"/spokes",schemaPath:"#/properties/spokes/required",keyword:"required",params:{missingProperty: "organizationalUnits"},message:"must have required property '"+"organizationalUnits"+"'"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if(data3.regions === undefined){
const err10 = {instancePath:instancePath+"/spokes",schemaPath:"#/properties/spokes/required",keyword:"required",params:{missingProperty: "regions"},message:"must have required property '"+"regions"+"'"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
for(const key1 in data3){
if(!(((((key1 === "organizationalUnits") || (key1 === "regions")) || (key1 === "maxConcurrentPercentage")) || (key1 === "failureTolerancePercentage")) || (pattern0.test(key1)))){
const err11 = {instancePath:instancePath+"/spokes",schemaPath:"#/properties/spokes/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data3.organizationalUnits !== undefined){
let data4 = data3.organizationalUnits;
if(Array.isArray(data4)){
if(data4.length > 100){
const err12 = {instancePath:instancePath+"/spokes/organizationalUnits",schemaPath:"#/properties/spokes/properties/organizationalUnits/maxItems",keyword:"maxItems",params:{limit: 100},message:"must NOT have more than 100 items"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
if(data4.length < 1){
const err13 = {instancePath:instancePath+"/spokes/organizationalUnits",schemaPath:"#/properties/spokes/properties/organizationalUnits/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
const len0 = data4.length;
for(let i0=0; i0<len0; i0++){
let data5 = data4[i0];
if(typeof data5 === "string"){
if(!pattern44.test(data5)){
const err14 = {instancePath:instancePath+"/spokes/organizationalUnits/" + i0,schemaPath:"#/properties/spokes/properties/organizationalUnits/items/pattern",keyword:"pattern",params:{pattern: "^(ou-[a-z0-9]{4,32}-[a-z0-9]{8,32}|r-[a-z0-9]{4,32})$"},message:"must match pattern \""+"^(ou-[a-z0-9]{4,32}-[a-z0-9]{8,32}|r-[a-z0-9]{4,32})$"+"\""};
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
const err15 = {instancePath:instancePath+"/spokes/organizationalUnits/" + i0,schemaPath:"#/properties/spokes/properties/organizationalUnits/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
let i1 = data4.length;
let j0;
if(i1 > 1){
const indices0 = {};
for(;i1--;){
let item0 = data4[i1];
if(typeof item0 !== "string"){
continue;
}
if(typeof indices0[item0] == "number"){
j0 = indices0[item0];
const err16 = {instancePath:instancePath+"/spokes/organizationalUnits",schemaPath:"#/properties/spokes/properties/organizationalUnits/uniqueItems",keyword:"uniqueItems",params:{i: i1, j: j0},message:"must NOT have duplicate items (items ## "+j0+" and "+i1+" are identical)"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
break;
}
indices0[item0] = i1;
}
}
}
else {
const err17 = {instancePath:instancePath+"/spokes/organizationalUnits",schemaPath:"#/properties/spokes/properties/organizationalUnits/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
if(data3.regions !== undefined){
let data6 = data3.regions;
if(Array.isArray(data6)){
if(data6.length > 30){
const err18 = {instancePath:instancePath+"/spokes/regions",schemaPath:"#/properties/spokes/properties/regions/maxItems",keyword:"maxItems",params:{limit: 30},message:"must NOT have more than 30 items"};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
if(data6.length < 1){
const err19 = {instancePath:instancePath+"/spokes/regions",schemaPath:"#/properties/spokes/properties/regions/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
const len1 = data6.length;
for(let i2=0; i2<len1; i2++){
let data7 = data6[i2];
if(typeof data7 === "string"){
if(!pattern45.test(data7)){
const err20 = {instancePath:instancePath+"/spokes/regions/" + i2,schemaPath:"#/properties/spokes/properties/regions/items/pattern",keyword:"pattern",params:{pattern: "^[a-z]{2}(-[a-z]+)+-[0-9]$"},message:"must match pattern \""+"^[a-z]{2}(-[a-z]+)+-[0-9]$"+"\""};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
else {
const err21 = {instancePath:instancePath+"/spokes/regions/" + i2,schemaPath:"#/properties/spokes/properties/regions/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
let i3 = data6.length;
let j1;
if(i3 > 1){
const indices1 = {};
for(;i3--;){
let item1 = data6[i3];
if(typeof item1 !== "string"){
continue;
}
if(typeof indices1[item1] == "number"){
j1 = indices1[item1];
const err22 = {instancePath:instancePath+"/spokes/regions",schemaPath:"#/properties/spokes/properties/regions/uniqueItems",keyword:"uniqueItems",params:{i: i3, j: j1},message:"must NOT have duplicate items (items ## "+j1+" and "+i3+" are identical)"};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
break;
}
indices1[item1] = i3;
}
}
}
else {
const err23 = {instancePath:instancePath+"/spokes/regions",schemaPath:"#/properties/spokes/properties/regions/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
let data8 = data3.maxConcurrentPercentage;
if(!((typeof data8 == "number") && (!(data8 % 1) && !isNaN(data8)))){
const err24 = {instancePath:instancePath+"/spokes/maxConcurrentPercentage",schemaPath:"#/properties/spokes/properties/maxConcurrentPercentage/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
if(typeof data8 == "number"){
if(data8 > 100 || isNaN(data8)){
const err25 = {instancePath:instancePath+"/spokes/maxConcurrentPercentage",schemaPath:"#/properties/spokes/properties/maxConcurrentPercentage/maximum",keyword:"maximum",params:{comparison: "<=", limit: 100},message:"must be <= 100"};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
if(data8 < 1 || isNaN(data8)){
const err26 = {instancePath:instancePath+"/spokes/maxConcurrentPercentage",schemaPath:"#/properties/spokes/properties/maxConcurrentPercentage/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
let data9 = data3.failureTolerancePercentage;
if(!((typeof data9 == "number") && (!(data9 % 1) && !isNaN(data9)))){
const err27 = {instancePath:instancePath+"/spokes/failureTolerancePercentage",schemaPath:"#/properties/spokes/properties/failureTolerancePercentage/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
if(typeof data9 == "number"){
if(data9 > 100 || isNaN(data9)){
const err28 = {instancePath:instancePath+"/spokes/failureTolerancePercentage",schemaPath:"#/properties/spokes/properties/failureTolerancePercentage/maximum",keyword:"maximum",params:{comparison: "<=", limit: 100},message:"must be <= 100"};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
if(data9 < 0 || isNaN(data9)){
const err29 = {instancePath:instancePath+"/spokes/failureTolerancePercentage",schemaPath:"#/properties/spokes/properties/failureTolerancePercentage/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
}
for(const key2 in data3){
if(pattern0.test(key2)){
if(typeof data3[key2] !== "string"){
const err30 = {instancePath:instancePath+"/spokes/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/spokes/patternProperties/%5E%5C%24comment/type",keyword:"type",params:{type: "string"},message:"must be string"};
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
}
else {
const err31 = {instancePath:instancePath+"/spokes",schemaPath:"#/properties/spokes/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
}
if(data.accounts !== undefined){
let data11 = data.accounts;
if(Array.isArray(data11)){
if(data11.length > 1000){
const err32 = {instancePath:instancePath+"/accounts",schemaPath:"#/properties/accounts/maxItems",keyword:"maxItems",params:{limit: 1000},message:"must NOT have more than 1000 items"};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
const len2 = data11.length;
for(let i4=0; i4<len2; i4++){
if(!(validate68(data11[i4], {instancePath:instancePath+"/accounts/" + i4,parentData:data11,parentDataProperty:i4,rootData}))){
vErrors = vErrors === null ? validate68.errors : vErrors.concat(validate68.errors);
errors = vErrors.length;
}
}
}
else {
const err33 = {instancePath:instancePath+"/accounts",schemaPath:"#/properties/accounts/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
}
if(data.organizationalUnits !== undefined){
let data13 = data.organizationalUnits;
if(Array.isArray(data13)){
if(data13.length > 100){
const err34 = {instancePath:instancePath+"/organizationalUnits",schemaPath:"#/properties/organizationalUnits/maxItems",keyword:"maxItems",params:{limit: 100},message:"must NOT have more than 100 items"};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
const len3 = data13.length;
for(let i5=0; i5<len3; i5++){
if(!(validate72(data13[i5], {instancePath:instancePath+"/organizationalUnits/" + i5,parentData:data13,parentDataProperty:i5,rootData}))){
vErrors = vErrors === null ? validate72.errors : vErrors.concat(validate72.errors);
errors = vErrors.length;
}
}
}
else {
const err35 = {instancePath:instancePath+"/organizationalUnits",schemaPath:"#/properties/organizationalUnits/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
}
for(const key3 in data){
if(pattern0.test(key3)){
if(typeof data[key3] !== "string"){
const err36 = {instancePath:instancePath+"/" + key3.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/patternProperties/%5E%5C%24comment/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
}
}
}
else {
const err37 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
validate67.errors = vErrors;
return errors === 0;
}


function validate21(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="https://bedrock-ops-alert.dev/schemas/deployment-config.schema.json" */;
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.alarms === undefined){
data.alarms = {};
}
if(data.quotaPolicy === undefined){
data.quotaPolicy = {};
}
if(data.caseAutomation === undefined){
data.caseAutomation = {};
}
if(data.schedules === undefined){
data.schedules = {};
}
if(data.workflow === undefined){
data.workflow = {};
}
if(data.deployment === undefined){
data.deployment = {};
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
if(data.notifications === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "notifications"},message:"must have required property '"+"notifications"+"'"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
for(const key0 in data){
if(!((func2.call(schema6.properties, key0)) || (pattern0.test(key0)))){
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
if(data.$schema !== undefined){
if(typeof data.$schema !== "string"){
const err4 = {instancePath:instancePath+"/$schema",schemaPath:"#/properties/%24schema/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.customerName !== undefined){
let data1 = data.customerName;
if(typeof data1 === "string"){
if(!pattern1.test(data1)){
const err5 = {instancePath:instancePath+"/customerName",schemaPath:"#/properties/customerName/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9-]{1,32}$"},message:"must match pattern \""+"^[A-Za-z0-9-]{1,32}$"+"\""};
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
const err6 = {instancePath:instancePath+"/customerName",schemaPath:"#/properties/customerName/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.models !== undefined){
let data2 = data.models;
if(Array.isArray(data2)){
if(data2.length > 125){
const err7 = {instancePath:instancePath+"/models",schemaPath:"#/properties/models/maxItems",keyword:"maxItems",params:{limit: 125},message:"must NOT have more than 125 items"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(data2.length < 1){
const err8 = {instancePath:instancePath+"/models",schemaPath:"#/properties/models/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
const len0 = data2.length;
for(let i0=0; i0<len0; i0++){
if(!(validate22(data2[i0], {instancePath:instancePath+"/models/" + i0,parentData:data2,parentDataProperty:i0,rootData}))){
vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);
errors = vErrors.length;
}
}
}
else {
const err9 = {instancePath:instancePath+"/models",schemaPath:"#/properties/models/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(!(validate32(data.alarms, {instancePath:instancePath+"/alarms",parentData:data,parentDataProperty:"alarms",rootData}))){
vErrors = vErrors === null ? validate32.errors : vErrors.concat(validate32.errors);
errors = vErrors.length;
}
if(!(validate53(data.quotaPolicy, {instancePath:instancePath+"/quotaPolicy",parentData:data,parentDataProperty:"quotaPolicy",rootData}))){
vErrors = vErrors === null ? validate53.errors : vErrors.concat(validate53.errors);
errors = vErrors.length;
}
if(!(validate55(data.caseAutomation, {instancePath:instancePath+"/caseAutomation",parentData:data,parentDataProperty:"caseAutomation",rootData}))){
vErrors = vErrors === null ? validate55.errors : vErrors.concat(validate55.errors);
errors = vErrors.length;
}
if(data.notifications !== undefined){
if(!(validate57(data.notifications, {instancePath:instancePath+"/notifications",parentData:data,parentDataProperty:"notifications",rootData}))){
vErrors = vErrors === null ? validate57.errors : vErrors.concat(validate57.errors);
errors = vErrors.length;
}
}
if(!(validate61(data.schedules, {instancePath:instancePath+"/schedules",parentData:data,parentDataProperty:"schedules",rootData}))){
vErrors = vErrors === null ? validate61.errors : vErrors.concat(validate61.errors);
errors = vErrors.length;
}
if(!(validate63(data.workflow, {instancePath:instancePath+"/workflow",parentData:data,parentDataProperty:"workflow",rootData}))){
vErrors = vErrors === null ? validate63.errors : vErrors.concat(validate63.errors);
errors = vErrors.length;
}
if(!(validate65(data.deployment, {instancePath:instancePath+"/deployment",parentData:data,parentDataProperty:"deployment",rootData}))){
vErrors = vErrors === null ? validate65.errors : vErrors.concat(validate65.errors);
errors = vErrors.length;
}
if(data.organization !== undefined){
if(!(validate67(data.organization, {instancePath:instancePath+"/organization",parentData:data,parentDataProperty:"organization",rootData}))){
vErrors = vErrors === null ? validate67.errors : vErrors.concat(validate67.errors);
errors = vErrors.length;
}
}
for(const key1 in data){
if(pattern0.test(key1)){
if(typeof data[key1] !== "string"){
const err10 = {instancePath:instancePath+"/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/patternProperties/%5E%5C%24comment/type",keyword:"type",params:{type: "string"},message:"must be string"};
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
validate21.errors = vErrors;
return errors === 0;
}

