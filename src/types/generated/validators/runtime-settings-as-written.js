/* Generated from schemas/runtime-settings.schema.json by `npm run gen:types`. Do not edit. */
import cjs0 from "ajv/dist/runtime/ucs2length.js";
import cjs1 from "ajv/dist/runtime/equal.js";
"use strict";
export const validateRuntimeSettingsAsWritten = validate21;
const schema6 = {"$schema":"http://json-schema.org/draft-07/schema#","$id":"https://bedrock-ops-alert.dev/schemas/runtime-settings.schema.json","title":"RuntimeSettingsDocument","description":"The runtime settings document (one JSON document in Parameter Store per deployment; the `settings` of a scenario file overrides its optional parts). Defaults are declared here and applied in one place (src/workflow/settings.ts).","type":"object","additionalProperties":false,"required":["customerName","models"],"properties":{"schemaVersion":{"const":1,"default":1},"customerName":{"type":"string","pattern":"^[A-Za-z0-9-]{1,32}$","description":"Used in alarm names, case subjects and e-mails."},"models":{"type":"array","minItems":1,"items":{"$ref":"#/definitions/monitoredModel"}},"caseAutomation":{"$ref":"#/definitions/caseAutomation","default":{}},"quotaPolicy":{"$ref":"#/definitions/quotaPolicy","default":{}},"usageWindowDays":{"type":"integer","minimum":1,"maximum":15,"default":14,"description":"Days of per-minute usage examined (CloudWatch keeps 60-second data for 15 days)."},"settleWindowSeconds":{"type":"integer","minimum":0,"maximum":900,"default":60,"description":"Alarms of one model going into ALARM within this window make one incident. The maximum bounds the execution: the state machine's TimeoutSeconds is derived from this schema's maxima (settle window + poll attempts x (interval + Task timeout) + the steps' allowance, src/workflow/timeouts.ts); raise a maximum only with it."},"accounts":{"type":"object","additionalProperties":false,"description":"Organization mode: the accounts whose settings differ from the document-wide ones, or that have a friendly name, by account id. An account not listed takes the document-wide settings.","patternProperties":{"^[0-9]{12}$":{"$ref":"#/definitions/accountOverride"}}},"organizationalUnits":{"type":"object","additionalProperties":false,"description":"Organization mode: settings shared by the accounts of an organizational unit, by OU id. Precedence: an account's own entry under `accounts`, then its OU's, then the document-wide value. The OU of an account is the one that lists it under `accounts` here (the event names no OU, and the workflow makes no Organizations call to find it: list the members with `aws organizations list-accounts-for-parent --parent-id ou-...`). An account may be listed by one OU only.","patternProperties":{"^ou-[a-z0-9]{4,32}-[a-z0-9]{8,32}$":{"$ref":"#/definitions/organizationalUnitOverride"}}},"quotaCasePoll":{"type":"object","additionalProperties":false,"default":{},"description":"How long to wait for Service Quotas to open the support case of an increase request. The maxima of intervalSeconds and maxAttempts bound the execution: the state machine's TimeoutSeconds is derived from them (src/workflow/timeouts.ts), so every valid setting finishes before the execution times out.","properties":{"intervalSeconds":{"type":"integer","minimum":1,"maximum":300,"default":20},"maxAttempts":{"type":"integer","minimum":1,"maximum":60,"default":15}}},"notificationWindows":{"type":"object","additionalProperties":false,"default":{},"description":"Storm control for the e-mails: repeated failures and repeated incidents are folded into the next e-mail instead of one e-mail each.","properties":{"failureEmailMinutes":{"type":"integer","minimum":0,"maximum":1440,"default":15,"description":"One failure e-mail per cause (the error name and its message with ids, numbers and times taken out) within this many minutes: the other executions that fail with the same cause are counted, and the next failure e-mail after the window says how many (\"and 9 more executions failed with the same cause since 10:02\"). Each execution still fails and can be re-driven. 0: one e-mail per failed execution. Read even from a document that is otherwise invalid: bad settings are the usual cause of a storm."},"incidentCoolDownMinutes":{"type":"integer","minimum":0,"maximum":120,"default":30,"description":"Cool-down per (account, Region, model, category) after an incident e-mail and case append: within it, a repeated incident with nothing new (same case, no alarm kind the last e-mail did not report, no higher severity) is recorded in the case ledger and shown in the execution's output but sends no e-mail and no append; the next e-mail and append list what was folded (\"5 more transitions of Throttles since 10:02 UTC\"). The folding execution waits for the end of the window and sends that summary itself if nothing else did, so no transition is lost. Anything new goes out at once. 30 minutes: a flapping alarm (about one transition a minute) makes two e-mails an hour instead of sixty, while a support engineer still sees the storm's progress at least every half hour; longer windows make the summary late, and a folding execution waits up to the window (the state machine's TimeoutSeconds covers the maximum). 0: off, every incident is sent."}}}},"definitions":{"percentOverrides":{"type":"object","additionalProperties":false,"properties":{"rpmIncreasePercent":{"type":"number","minimum":0,"maximum":100},"tpmIncreasePercent":{"type":"number","minimum":0,"maximum":100},"rpmThresholdPercent":{"type":"number","exclusiveMinimum":0,"maximum":100},"tpmThresholdPercent":{"type":"number","exclusiveMinimum":0,"maximum":100}}},"monitoredModel":{"type":"object","additionalProperties":false,"required":["name","modelId"],"properties":{"name":{"type":"string","pattern":"^[A-Za-z0-9-]{1,32}$","description":"Display name used in alarm names, e.g. G-Opus-4-6."},"modelId":{"type":"string","minLength":1,"maxLength":2048,"description":"Model id or inference profile id (the ModelId metric dimension)."},"endpoint":{"enum":["bedrock-runtime","bedrock-mantle"],"description":"Absent: bedrock-runtime. Which Bedrock inference endpoint serves the model: bedrock-runtime (InvokeModel/Converse; metrics AWS/Bedrock, dimension ModelId) or bedrock-mantle (OpenAI-compatible Responses/Chat Completions, Anthropic Messages; metrics AWS/BedrockMantle, dimension Model). The endpoints have separate quotas: a model served on both is declared twice, once per endpoint, under two names."},"applicationProfiles":{"type":"array","maxItems":10,"description":"Application inference profiles drawing on this model's quota (bedrock-runtime only). Their traffic is published per profile while the quota is the model's: usage, error and usage alarms and decisions use the per-minute sum over the model and these profiles. At most 10 (one GetMetricData page).","items":{"type":"object","additionalProperties":false,"required":["name","profileId"],"properties":{"name":{"type":"string","pattern":"^[A-Za-z0-9_.-]{1,64}$","description":"Who uses it (team or application), for the breakdown in cases and e-mails."},"profileId":{"type":"string","pattern":"^[a-zA-Z0-9:.-]{1,64}$","description":"The profile id (the part after application-inference-profile/ in its ARN): the ModelId dimension value of its metrics."},"alarms":{"type":"array","uniqueItems":true,"items":{"enum":["ClientErrors","ServerErrors","Throttles","HighLatency"]},"description":"Alarms of this profile's own traffic, besides the model's (whose error alarms sum every source): e.g. [\"ServerErrors\", \"HighLatency\"]. Named {Customer}-Bedrock-{Kind}-{Severity}-{Model}.{profile name}, same settings and classification as the model's alarm of that kind, and part of the model's composite. Absent: none."}}}},"quotaCodes":{"type":"object","additionalProperties":false,"properties":{"rpm":{"type":"string","pattern":"^L-[0-9A-F]{8}$"},"tpm":{"type":"string","pattern":"^L-[0-9A-F]{8}$"},"outputTpm":{"type":"string","pattern":"^L-[0-9A-F]{8}$","description":"bedrock-mantle only: the output-tokens-per-minute quota."}}},"overrides":{"$ref":"#/definitions/percentOverrides"}}},"caseAutomation":{"type":"object","additionalProperties":false,"properties":{"enabled":{"type":"boolean","default":true},"lookbackDays":{"type":"integer","minimum":1,"maximum":365,"default":60,"description":"An open case younger than this blocks a new one of the same category."},"severity":{"type":"object","additionalProperties":false,"default":{},"properties":{"CRITICAL":{"enum":["low","normal","high","urgent","critical"],"default":"high"},"WARNING":{"enum":["low","normal","high","urgent","critical"],"default":"normal"}}},"ccEmailAddresses":{"type":"array","maxItems":10,"items":{"type":"string","format":"email"},"default":[]},"useCaseDescription":{"type":"string","maxLength":1000,"default":"Enterprise production workload serving real-time AI-powered features to end users."},"language":{"enum":["en","ja","zh","ko"],"default":"en"},"fallbackToSupportCase":{"type":"boolean","default":true,"description":"When Service Quotas cannot take an increase request, open a Support case with the same content."}}},"accountOverride":{"type":"object","additionalProperties":false,"properties":{"name":{"type":"string","pattern":"^[A-Za-z0-9][A-Za-z0-9 ._-]{0,49}$","description":"Friendly name shown with the account id in e-mails and cases."},"supportPlan":{"enum":["basic","developer","business","enterprise-on-ramp","enterprise"],"description":"basic and developer plans cannot use the AWS Support API: no Support case is opened for the account."},"caseAutomation":{"$ref":"#/definitions/caseAutomationOverride"}}},"organizationalUnitOverride":{"type":"object","additionalProperties":false,"required":["accounts"],"properties":{"name":{"type":"string","pattern":"^[A-Za-z0-9][A-Za-z0-9 ._-]{0,49}$","description":"Friendly name of the OU (for people reading the document)."},"accounts":{"type":"array","maxItems":1000,"uniqueItems":true,"items":{"type":"string","pattern":"^[0-9]{12}$"},"description":"The OU's member accounts these settings apply to."},"supportPlan":{"enum":["basic","developer","business","enterprise-on-ramp","enterprise"],"description":"The Support plan of the OU's accounts (an account's own supportPlan wins)."},"caseAutomation":{"$ref":"#/definitions/caseAutomationOverride"}}},"caseAutomationOverride":{"type":"object","additionalProperties":false,"description":"The caseAutomation settings one account overrides (no defaults: what is not given is the document-wide value).","properties":{"enabled":{"type":"boolean"},"lookbackDays":{"type":"integer","minimum":1,"maximum":365},"severity":{"type":"object","additionalProperties":false,"properties":{"CRITICAL":{"enum":["low","normal","high","urgent","critical"]},"WARNING":{"enum":["low","normal","high","urgent","critical"]}}},"ccEmailAddresses":{"type":"array","maxItems":10,"items":{"type":"string","format":"email"}},"useCaseDescription":{"type":"string","maxLength":1000},"language":{"enum":["en","ja","zh","ko"]},"fallbackToSupportCase":{"type":"boolean"}}},"quotaPolicy":{"type":"object","additionalProperties":false,"properties":{"rpmIncreasePercent":{"type":"number","minimum":0,"maximum":100,"default":25},"tpmIncreasePercent":{"type":"number","minimum":0,"maximum":100,"default":25},"rpmThresholdPercent":{"type":"number","exclusiveMinimum":0,"maximum":100,"default":80},"tpmThresholdPercent":{"type":"number","exclusiveMinimum":0,"maximum":100,"default":80}}}}};
const func2 = Object.prototype.hasOwnProperty;
const pattern0 = new RegExp("^[A-Za-z0-9-]{1,32}$", "u");
const pattern7 = new RegExp("^[0-9]{12}$", "u");
const pattern10 = new RegExp("^ou-[a-z0-9]{4,32}-[a-z0-9]{8,32}$", "u");
const schema7 = {"type":"object","additionalProperties":false,"required":["name","modelId"],"properties":{"name":{"type":"string","pattern":"^[A-Za-z0-9-]{1,32}$","description":"Display name used in alarm names, e.g. G-Opus-4-6."},"modelId":{"type":"string","minLength":1,"maxLength":2048,"description":"Model id or inference profile id (the ModelId metric dimension)."},"endpoint":{"enum":["bedrock-runtime","bedrock-mantle"],"description":"Absent: bedrock-runtime. Which Bedrock inference endpoint serves the model: bedrock-runtime (InvokeModel/Converse; metrics AWS/Bedrock, dimension ModelId) or bedrock-mantle (OpenAI-compatible Responses/Chat Completions, Anthropic Messages; metrics AWS/BedrockMantle, dimension Model). The endpoints have separate quotas: a model served on both is declared twice, once per endpoint, under two names."},"applicationProfiles":{"type":"array","maxItems":10,"description":"Application inference profiles drawing on this model's quota (bedrock-runtime only). Their traffic is published per profile while the quota is the model's: usage, error and usage alarms and decisions use the per-minute sum over the model and these profiles. At most 10 (one GetMetricData page).","items":{"type":"object","additionalProperties":false,"required":["name","profileId"],"properties":{"name":{"type":"string","pattern":"^[A-Za-z0-9_.-]{1,64}$","description":"Who uses it (team or application), for the breakdown in cases and e-mails."},"profileId":{"type":"string","pattern":"^[a-zA-Z0-9:.-]{1,64}$","description":"The profile id (the part after application-inference-profile/ in its ARN): the ModelId dimension value of its metrics."},"alarms":{"type":"array","uniqueItems":true,"items":{"enum":["ClientErrors","ServerErrors","Throttles","HighLatency"]},"description":"Alarms of this profile's own traffic, besides the model's (whose error alarms sum every source): e.g. [\"ServerErrors\", \"HighLatency\"]. Named {Customer}-Bedrock-{Kind}-{Severity}-{Model}.{profile name}, same settings and classification as the model's alarm of that kind, and part of the model's composite. Absent: none."}}}},"quotaCodes":{"type":"object","additionalProperties":false,"properties":{"rpm":{"type":"string","pattern":"^L-[0-9A-F]{8}$"},"tpm":{"type":"string","pattern":"^L-[0-9A-F]{8}$"},"outputTpm":{"type":"string","pattern":"^L-[0-9A-F]{8}$","description":"bedrock-mantle only: the output-tokens-per-minute quota."}}},"overrides":{"$ref":"#/definitions/percentOverrides"}}};
const pattern2 = new RegExp("^[A-Za-z0-9_.-]{1,64}$", "u");
const pattern3 = new RegExp("^[a-zA-Z0-9:.-]{1,64}$", "u");
const pattern4 = new RegExp("^L-[0-9A-F]{8}$", "u");
const func3 = cjs0.default;
const func0 = cjs1.default;
const schema8 = {"type":"object","additionalProperties":false,"properties":{"rpmIncreasePercent":{"type":"number","minimum":0,"maximum":100},"tpmIncreasePercent":{"type":"number","minimum":0,"maximum":100},"rpmThresholdPercent":{"type":"number","exclusiveMinimum":0,"maximum":100},"tpmThresholdPercent":{"type":"number","exclusiveMinimum":0,"maximum":100}}};

function validate23(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
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
if(!((((((key0 === "name") || (key0 === "modelId")) || (key0 === "endpoint")) || (key0 === "applicationProfiles")) || (key0 === "quotaCodes")) || (key0 === "overrides"))){
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
if(!pattern0.test(data0)){
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
if(!pattern2.test(data5)){
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
if(!pattern3.test(data6)){
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
if(!pattern4.test(data10)){
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
if(!pattern4.test(data11)){
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
if(!pattern4.test(data12)){
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
if(data.overrides !== undefined){
if(!(validate23(data.overrides, {instancePath:instancePath+"/overrides",parentData:data,parentDataProperty:"overrides",rootData}))){
vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
errors = vErrors.length;
}
}
}
else {
const err30 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
validate22.errors = vErrors;
return errors === 0;
}

const schema9 = {"type":"object","additionalProperties":false,"properties":{"enabled":{"type":"boolean","default":true},"lookbackDays":{"type":"integer","minimum":1,"maximum":365,"default":60,"description":"An open case younger than this blocks a new one of the same category."},"severity":{"type":"object","additionalProperties":false,"default":{},"properties":{"CRITICAL":{"enum":["low","normal","high","urgent","critical"],"default":"high"},"WARNING":{"enum":["low","normal","high","urgent","critical"],"default":"normal"}}},"ccEmailAddresses":{"type":"array","maxItems":10,"items":{"type":"string","format":"email"},"default":[]},"useCaseDescription":{"type":"string","maxLength":1000,"default":"Enterprise production workload serving real-time AI-powered features to end users."},"language":{"enum":["en","ja","zh","ko"],"default":"en"},"fallbackToSupportCase":{"type":"boolean","default":true,"description":"When Service Quotas cannot take an increase request, open a Support case with the same content."}}};
const formats0 = /^[a-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[a-z0-9!#$%&'*+/=?^_`{|}~-]+)*@(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z0-9](?:[a-z0-9-]*[a-z0-9])?$/i;

function validate26(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
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
const err6 = {instancePath:instancePath+"/severity/CRITICAL",schemaPath:"#/properties/severity/properties/CRITICAL/enum",keyword:"enum",params:{allowedValues: schema9.properties.severity.properties.CRITICAL.enum},message:"must be equal to one of the allowed values"};
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
const err7 = {instancePath:instancePath+"/severity/WARNING",schemaPath:"#/properties/severity/properties/WARNING/enum",keyword:"enum",params:{allowedValues: schema9.properties.severity.properties.WARNING.enum},message:"must be equal to one of the allowed values"};
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
const err15 = {instancePath:instancePath+"/language",schemaPath:"#/properties/language/enum",keyword:"enum",params:{allowedValues: schema9.properties.language.enum},message:"must be equal to one of the allowed values"};
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
validate26.errors = vErrors;
return errors === 0;
}

const schema10 = {"type":"object","additionalProperties":false,"properties":{"rpmIncreasePercent":{"type":"number","minimum":0,"maximum":100,"default":25},"tpmIncreasePercent":{"type":"number","minimum":0,"maximum":100,"default":25},"rpmThresholdPercent":{"type":"number","exclusiveMinimum":0,"maximum":100,"default":80},"tpmThresholdPercent":{"type":"number","exclusiveMinimum":0,"maximum":100,"default":80}}};

function validate28(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
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
validate28.errors = vErrors;
return errors === 0;
}

const schema11 = {"type":"object","additionalProperties":false,"properties":{"name":{"type":"string","pattern":"^[A-Za-z0-9][A-Za-z0-9 ._-]{0,49}$","description":"Friendly name shown with the account id in e-mails and cases."},"supportPlan":{"enum":["basic","developer","business","enterprise-on-ramp","enterprise"],"description":"basic and developer plans cannot use the AWS Support API: no Support case is opened for the account."},"caseAutomation":{"$ref":"#/definitions/caseAutomationOverride"}}};
const pattern9 = new RegExp("^[A-Za-z0-9][A-Za-z0-9 ._-]{0,49}$", "u");
const schema12 = {"type":"object","additionalProperties":false,"description":"The caseAutomation settings one account overrides (no defaults: what is not given is the document-wide value).","properties":{"enabled":{"type":"boolean"},"lookbackDays":{"type":"integer","minimum":1,"maximum":365},"severity":{"type":"object","additionalProperties":false,"properties":{"CRITICAL":{"enum":["low","normal","high","urgent","critical"]},"WARNING":{"enum":["low","normal","high","urgent","critical"]}}},"ccEmailAddresses":{"type":"array","maxItems":10,"items":{"type":"string","format":"email"}},"useCaseDescription":{"type":"string","maxLength":1000},"language":{"enum":["en","ja","zh","ko"]},"fallbackToSupportCase":{"type":"boolean"}}};

function validate31(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
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
const err6 = {instancePath:instancePath+"/severity/CRITICAL",schemaPath:"#/properties/severity/properties/CRITICAL/enum",keyword:"enum",params:{allowedValues: schema12.properties.severity.properties.CRITICAL.enum},message:"must be equal to one of the allowed values"};
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
const err7 = {instancePath:instancePath+"/severity/WARNING",schemaPath:"#/properties/severity/properties/WARNING/enum",keyword:"enum",params:{allowedValues: schema12.properties.severity.properties.WARNING.enum},message:"must be equal to one of the allowed values"};
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
const err15 = {instancePath:instancePath+"/language",schemaPath:"#/properties/language/enum",keyword:"enum",params:{allowedValues: schema12.properties.language.enum},message:"must be equal to one of the allowed values"};
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
validate31.errors = vErrors;
return errors === 0;
}


function validate30(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!(((key0 === "name") || (key0 === "supportPlan")) || (key0 === "caseAutomation"))){
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
if(data.name !== undefined){
let data0 = data.name;
if(typeof data0 === "string"){
if(!pattern9.test(data0)){
const err1 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9][A-Za-z0-9 ._-]{0,49}$"},message:"must match pattern \""+"^[A-Za-z0-9][A-Za-z0-9 ._-]{0,49}$"+"\""};
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
if(data.supportPlan !== undefined){
let data1 = data.supportPlan;
if(!(((((data1 === "basic") || (data1 === "developer")) || (data1 === "business")) || (data1 === "enterprise-on-ramp")) || (data1 === "enterprise"))){
const err3 = {instancePath:instancePath+"/supportPlan",schemaPath:"#/properties/supportPlan/enum",keyword:"enum",params:{allowedValues: schema11.properties.supportPlan.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.caseAutomation !== undefined){
if(!(validate31(data.caseAutomation, {instancePath:instancePath+"/caseAutomation",parentData:data,parentDataProperty:"caseAutomation",rootData}))){
vErrors = vErrors === null ? validate31.errors : vErrors.concat(validate31.errors);
errors = vErrors.length;
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
validate30.errors = vErrors;
return errors === 0;
}

const schema13 = {"type":"object","additionalProperties":false,"required":["accounts"],"properties":{"name":{"type":"string","pattern":"^[A-Za-z0-9][A-Za-z0-9 ._-]{0,49}$","description":"Friendly name of the OU (for people reading the document)."},"accounts":{"type":"array","maxItems":1000,"uniqueItems":true,"items":{"type":"string","pattern":"^[0-9]{12}$"},"description":"The OU's member accounts these settings apply to."},"supportPlan":{"enum":["basic","developer","business","enterprise-on-ramp","enterprise"],"description":"The Support plan of the OU's accounts (an account's own supportPlan wins)."},"caseAutomation":{"$ref":"#/definitions/caseAutomationOverride"}}};

function validate34(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.accounts === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "accounts"},message:"must have required property '"+"accounts"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
for(const key0 in data){
if(!((((key0 === "name") || (key0 === "accounts")) || (key0 === "supportPlan")) || (key0 === "caseAutomation"))){
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
let data0 = data.name;
if(typeof data0 === "string"){
if(!pattern9.test(data0)){
const err2 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9][A-Za-z0-9 ._-]{0,49}$"},message:"must match pattern \""+"^[A-Za-z0-9][A-Za-z0-9 ._-]{0,49}$"+"\""};
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
if(data.accounts !== undefined){
let data1 = data.accounts;
if(Array.isArray(data1)){
if(data1.length > 1000){
const err4 = {instancePath:instancePath+"/accounts",schemaPath:"#/properties/accounts/maxItems",keyword:"maxItems",params:{limit: 1000},message:"must NOT have more than 1000 items"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
const len0 = data1.length;
for(let i0=0; i0<len0; i0++){
let data2 = data1[i0];
if(typeof data2 === "string"){
if(!pattern7.test(data2)){
const err5 = {instancePath:instancePath+"/accounts/" + i0,schemaPath:"#/properties/accounts/items/pattern",keyword:"pattern",params:{pattern: "^[0-9]{12}$"},message:"must match pattern \""+"^[0-9]{12}$"+"\""};
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
const err6 = {instancePath:instancePath+"/accounts/" + i0,schemaPath:"#/properties/accounts/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
let i1 = data1.length;
let j0;
if(i1 > 1){
const indices0 = {};
for(;i1--;){
let item0 = data1[i1];
if(typeof item0 !== "string"){
continue;
}
if(typeof indices0[item0] == "number"){
j0 = indices0[item0];
const err7 = {instancePath:instancePath+"/accounts",schemaPath:"#/properties/accounts/uniqueItems",keyword:"uniqueItems",params:{i: i1, j: j0},message:"must NOT have duplicate items (items ## "+j0+" and "+i1+" are identical)"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
break;
}
indices0[item0] = i1;
}
}
}
else {
const err8 = {instancePath:instancePath+"/accounts",schemaPath:"#/properties/accounts/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.supportPlan !== undefined){
let data3 = data.supportPlan;
if(!(((((data3 === "basic") || (data3 === "developer")) || (data3 === "business")) || (data3 === "enterprise-on-ramp")) || (data3 === "enterprise"))){
const err9 = {instancePath:instancePath+"/supportPlan",schemaPath:"#/properties/supportPlan/enum",keyword:"enum",params:{allowedValues: schema13.properties.supportPlan.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.caseAutomation !== undefined){
if(!(validate31(data.caseAutomation, {instancePath:instancePath+"/caseAutomation",parentData:data,parentDataProperty:"caseAutomation",rootData}))){
vErrors = vErrors === null ? validate31.errors : vErrors.concat(validate31.errors);
errors = vErrors.length;
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
validate34.errors = vErrors;
return errors === 0;
}


function validate21(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="https://bedrock-ops-alert.dev/schemas/runtime-settings.schema.json" */;
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
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
for(const key0 in data){
if(!(func2.call(schema6.properties, key0))){
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
if(data.schemaVersion !== undefined){
if(1 !== data.schemaVersion){
const err3 = {instancePath:instancePath+"/schemaVersion",schemaPath:"#/properties/schemaVersion/const",keyword:"const",params:{allowedValue: 1},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.customerName !== undefined){
let data1 = data.customerName;
if(typeof data1 === "string"){
if(!pattern0.test(data1)){
const err4 = {instancePath:instancePath+"/customerName",schemaPath:"#/properties/customerName/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9-]{1,32}$"},message:"must match pattern \""+"^[A-Za-z0-9-]{1,32}$"+"\""};
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
const err5 = {instancePath:instancePath+"/customerName",schemaPath:"#/properties/customerName/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.models !== undefined){
let data2 = data.models;
if(Array.isArray(data2)){
if(data2.length < 1){
const err6 = {instancePath:instancePath+"/models",schemaPath:"#/properties/models/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"};
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
if(!(validate22(data2[i0], {instancePath:instancePath+"/models/" + i0,parentData:data2,parentDataProperty:i0,rootData}))){
vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);
errors = vErrors.length;
}
}
}
else {
const err7 = {instancePath:instancePath+"/models",schemaPath:"#/properties/models/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.caseAutomation !== undefined){
if(!(validate26(data.caseAutomation, {instancePath:instancePath+"/caseAutomation",parentData:data,parentDataProperty:"caseAutomation",rootData}))){
vErrors = vErrors === null ? validate26.errors : vErrors.concat(validate26.errors);
errors = vErrors.length;
}
}
if(data.quotaPolicy !== undefined){
if(!(validate28(data.quotaPolicy, {instancePath:instancePath+"/quotaPolicy",parentData:data,parentDataProperty:"quotaPolicy",rootData}))){
vErrors = vErrors === null ? validate28.errors : vErrors.concat(validate28.errors);
errors = vErrors.length;
}
}
if(data.usageWindowDays !== undefined){
let data6 = data.usageWindowDays;
if(!((typeof data6 == "number") && (!(data6 % 1) && !isNaN(data6)))){
const err8 = {instancePath:instancePath+"/usageWindowDays",schemaPath:"#/properties/usageWindowDays/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if(typeof data6 == "number"){
if(data6 > 15 || isNaN(data6)){
const err9 = {instancePath:instancePath+"/usageWindowDays",schemaPath:"#/properties/usageWindowDays/maximum",keyword:"maximum",params:{comparison: "<=", limit: 15},message:"must be <= 15"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if(data6 < 1 || isNaN(data6)){
const err10 = {instancePath:instancePath+"/usageWindowDays",schemaPath:"#/properties/usageWindowDays/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
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
if(data.settleWindowSeconds !== undefined){
let data7 = data.settleWindowSeconds;
if(!((typeof data7 == "number") && (!(data7 % 1) && !isNaN(data7)))){
const err11 = {instancePath:instancePath+"/settleWindowSeconds",schemaPath:"#/properties/settleWindowSeconds/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
if(typeof data7 == "number"){
if(data7 > 900 || isNaN(data7)){
const err12 = {instancePath:instancePath+"/settleWindowSeconds",schemaPath:"#/properties/settleWindowSeconds/maximum",keyword:"maximum",params:{comparison: "<=", limit: 900},message:"must be <= 900"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
if(data7 < 0 || isNaN(data7)){
const err13 = {instancePath:instancePath+"/settleWindowSeconds",schemaPath:"#/properties/settleWindowSeconds/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
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
if(data.accounts !== undefined){
let data8 = data.accounts;
if(data8 && typeof data8 == "object" && !Array.isArray(data8)){
for(const key1 in data8){
if(!(pattern7.test(key1))){
const err14 = {instancePath:instancePath+"/accounts",schemaPath:"#/properties/accounts/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
for(const key2 in data8){
if(pattern7.test(key2)){
if(!(validate30(data8[key2], {instancePath:instancePath+"/accounts/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),parentData:data8,parentDataProperty:key2,rootData}))){
vErrors = vErrors === null ? validate30.errors : vErrors.concat(validate30.errors);
errors = vErrors.length;
}
}
}
}
else {
const err15 = {instancePath:instancePath+"/accounts",schemaPath:"#/properties/accounts/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
if(data.organizationalUnits !== undefined){
let data10 = data.organizationalUnits;
if(data10 && typeof data10 == "object" && !Array.isArray(data10)){
for(const key3 in data10){
if(!(pattern10.test(key3))){
const err16 = {instancePath:instancePath+"/organizationalUnits",schemaPath:"#/properties/organizationalUnits/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key3},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
for(const key4 in data10){
if(pattern10.test(key4)){
if(!(validate34(data10[key4], {instancePath:instancePath+"/organizationalUnits/" + key4.replace(/~/g, "~0").replace(/\//g, "~1"),parentData:data10,parentDataProperty:key4,rootData}))){
vErrors = vErrors === null ? validate34.errors : vErrors.concat(validate34.errors);
errors = vErrors.length;
}
}
}
}
else {
const err17 = {instancePath:instancePath+"/organizationalUnits",schemaPath:"#/properties/organizationalUnits/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
if(data.quotaCasePoll !== undefined){
let data12 = data.quotaCasePoll;
if(data12 && typeof data12 == "object" && !Array.isArray(data12)){
for(const key5 in data12){
if(!((key5 === "intervalSeconds") || (key5 === "maxAttempts"))){
const err18 = {instancePath:instancePath+"/quotaCasePoll",schemaPath:"#/properties/quotaCasePoll/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key5},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
if(data12.intervalSeconds !== undefined){
let data13 = data12.intervalSeconds;
if(!((typeof data13 == "number") && (!(data13 % 1) && !isNaN(data13)))){
const err19 = {instancePath:instancePath+"/quotaCasePoll/intervalSeconds",schemaPath:"#/properties/quotaCasePoll/properties/intervalSeconds/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
if(typeof data13 == "number"){
if(data13 > 300 || isNaN(data13)){
const err20 = {instancePath:instancePath+"/quotaCasePoll/intervalSeconds",schemaPath:"#/properties/quotaCasePoll/properties/intervalSeconds/maximum",keyword:"maximum",params:{comparison: "<=", limit: 300},message:"must be <= 300"};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
if(data13 < 1 || isNaN(data13)){
const err21 = {instancePath:instancePath+"/quotaCasePoll/intervalSeconds",schemaPath:"#/properties/quotaCasePoll/properties/intervalSeconds/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
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
if(data12.maxAttempts !== undefined){
let data14 = data12.maxAttempts;
if(!((typeof data14 == "number") && (!(data14 % 1) && !isNaN(data14)))){
const err22 = {instancePath:instancePath+"/quotaCasePoll/maxAttempts",schemaPath:"#/properties/quotaCasePoll/properties/maxAttempts/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
if(typeof data14 == "number"){
if(data14 > 60 || isNaN(data14)){
const err23 = {instancePath:instancePath+"/quotaCasePoll/maxAttempts",schemaPath:"#/properties/quotaCasePoll/properties/maxAttempts/maximum",keyword:"maximum",params:{comparison: "<=", limit: 60},message:"must be <= 60"};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
if(data14 < 1 || isNaN(data14)){
const err24 = {instancePath:instancePath+"/quotaCasePoll/maxAttempts",schemaPath:"#/properties/quotaCasePoll/properties/maxAttempts/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
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
}
else {
const err25 = {instancePath:instancePath+"/quotaCasePoll",schemaPath:"#/properties/quotaCasePoll/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
if(data.notificationWindows !== undefined){
let data15 = data.notificationWindows;
if(data15 && typeof data15 == "object" && !Array.isArray(data15)){
for(const key6 in data15){
if(!((key6 === "failureEmailMinutes") || (key6 === "incidentCoolDownMinutes"))){
const err26 = {instancePath:instancePath+"/notificationWindows",schemaPath:"#/properties/notificationWindows/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key6},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
if(data15.failureEmailMinutes !== undefined){
let data16 = data15.failureEmailMinutes;
if(!((typeof data16 == "number") && (!(data16 % 1) && !isNaN(data16)))){
const err27 = {instancePath:instancePath+"/notificationWindows/failureEmailMinutes",schemaPath:"#/properties/notificationWindows/properties/failureEmailMinutes/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
if(typeof data16 == "number"){
if(data16 > 1440 || isNaN(data16)){
const err28 = {instancePath:instancePath+"/notificationWindows/failureEmailMinutes",schemaPath:"#/properties/notificationWindows/properties/failureEmailMinutes/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1440},message:"must be <= 1440"};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
if(data16 < 0 || isNaN(data16)){
const err29 = {instancePath:instancePath+"/notificationWindows/failureEmailMinutes",schemaPath:"#/properties/notificationWindows/properties/failureEmailMinutes/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
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
if(data15.incidentCoolDownMinutes !== undefined){
let data17 = data15.incidentCoolDownMinutes;
if(!((typeof data17 == "number") && (!(data17 % 1) && !isNaN(data17)))){
const err30 = {instancePath:instancePath+"/notificationWindows/incidentCoolDownMinutes",schemaPath:"#/properties/notificationWindows/properties/incidentCoolDownMinutes/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
if(typeof data17 == "number"){
if(data17 > 120 || isNaN(data17)){
const err31 = {instancePath:instancePath+"/notificationWindows/incidentCoolDownMinutes",schemaPath:"#/properties/notificationWindows/properties/incidentCoolDownMinutes/maximum",keyword:"maximum",params:{comparison: "<=", limit: 120},message:"must be <= 120"};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
if(data17 < 0 || isNaN(data17)){
const err32 = {instancePath:instancePath+"/notificationWindows/incidentCoolDownMinutes",schemaPath:"#/properties/notificationWindows/properties/incidentCoolDownMinutes/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
}
}
}
else {
const err33 = {instancePath:instancePath+"/notificationWindows",schemaPath:"#/properties/notificationWindows/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
}
}
else {
const err34 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
validate21.errors = vErrors;
return errors === 0;
}

