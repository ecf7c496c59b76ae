/* Generated from schemas/simulation-output.schema.json by `npm run gen:types`. Do not edit. */
"use strict";
export const validateSimulationOutput = validate21;
const schema6 = {"$schema":"http://json-schema.org/draft-07/schema#","$id":"https://bedrock-ops-alert.dev/schemas/simulation-output.schema.json","title":"SimulationOutput","description":"What `ops-alert simulate --json` prints on stdout: one result per workflow execution (per delivered event), and `account`: what the simulated AWS account finally holds (count guarantees from this, never from the executions' own reports).","type":"object","additionalProperties":false,"required":["results"],"properties":{"results":{"type":"array","items":{"$ref":"#/definitions/result"}},"account":{"$ref":"#/definitions/accountState"},"unchangedEvents":{"type":"array","description":"Scenario events that changed no alarm state (every alarm they name was already in that state): CloudWatch emits no event for them, so no execution ran. One entry per such event, with why.","items":{"type":"object","additionalProperties":false,"required":["scenario","index","label","at","reason"],"properties":{"scenario":{"type":"string"},"index":{"type":"integer","description":"The position of the event in the scenario's `events`."},"label":{"type":"string"},"at":{"type":"string"},"reason":{"type":"string","description":"Which alarms were already in the state, and since when."}}}}},"definitions":{"result":{"type":"object","additionalProperties":false,"required":["scenario","event","execution","decision","caseAction","notification"],"properties":{"scenario":{"type":"string"},"event":{"type":"object","additionalProperties":false,"required":["index","label","alarmName","state","at"],"properties":{"index":{"type":"integer"},"delivery":{"type":"integer"},"label":{"type":"string"},"alarmName":{"type":"string"},"state":{"type":"string"},"at":{"type":"string"}}},"execution":{"type":"object","additionalProperties":false,"required":["name","status","states"],"properties":{"name":{"type":"string"},"status":{"enum":["SUCCEEDED","FAILED","TIMED_OUT","ABORTED"]},"states":{"type":"array","items":{"type":"string"},"description":"State names in the order they were entered."},"error":{"type":"string"},"cause":{"type":"string"},"failedState":{"type":"string"},"outcome":{"enum":["incident","nothing_to_do","failed"]},"reason":{"type":"string","description":"Why there was nothing to do."},"redriveCount":{"type":"integer","description":"How many times the execution was re-driven (ops-alert simulate --redrive)."}}},"decision":{"oneOf":[{"type":"null"},{"type":"object","additionalProperties":false,"required":["severity","scenario","caseType","quotaIncreases"],"properties":{"severity":{"enum":["CRITICAL","WARNING"]},"scenario":{"enum":["non_quota","new_model","high_usage","low_usage",null]},"caseType":{"enum":["Quota Request","Investigation Request"]},"route":{"enum":["quota_increase","support_case","none"]},"newModelBasis":{"enum":["no_usage_history","usage_unavailable","quotas_unavailable"]},"rationale":{"type":"string"},"alarms":{"type":"array","items":{"type":"string"}},"thresholds":{"type":"object","properties":{"rpm":{"type":"number"},"tpm":{"type":"number"},"outputTpm":{"type":"number","description":"bedrock-mantle only: the output-tokens-per-minute threshold."}}},"peaks":{"type":"object","properties":{"rpm":{"type":"number"},"tpm":{"type":"number"},"outputTpm":{"type":"number","description":"bedrock-mantle only: output tokens per minute."}}},"quotaIncreases":{"type":"array","items":{"type":"object","additionalProperties":false,"required":["quota","current","requested","asReference"],"properties":{"quota":{"enum":["RPM","TPM","OutputTPM"]},"code":{"type":"string"},"current":{"type":"number"},"requested":{"type":"number"},"asReference":{"type":"boolean"}}}}}}]},"caseAction":{"type":"object","additionalProperties":false,"required":["action"],"properties":{"action":{"enum":["created","appended","suppressed","disabled","none","failed"]},"reason":{"type":"string"},"caseId":{"type":["string","null"]},"displayId":{"type":["string","null"]},"subject":{"type":"string"},"via":{"enum":["support","service_quotas"]},"body":{"type":"string","description":"The text sent to Support (new case or appended communication)."},"quotaRequests":{"type":"array","items":{"type":"object"}}}},"notification":{"type":"object","additionalProperties":false,"required":["sent"],"properties":{"sent":{"type":"boolean"},"subject":{"type":"string"},"body":{"type":"string"},"attributes":{"type":"object"},"recipients":{"type":"array","items":{"type":"string"},"description":"Subscribers whose filter policy accepts the message."}}},"timeline":{"type":"array","items":{"type":"object"}},"thresholdUpdate":{"type":"object","additionalProperties":false,"required":["model","status","changes","deletedAlarms","notes"],"description":"Present for a quotaChange event: what the threshold updater did (the same result as in AWS).","properties":{"model":{"type":"string"},"status":{"enum":["updated","unchanged","failed"]},"quotas":{"type":"object","additionalProperties":false,"required":["rpm","tpm"],"properties":{"rpm":{"type":["number","null"]},"tpm":{"type":["number","null"]},"outputTpm":{"type":["number","null"],"description":"bedrock-mantle only: the output-tokens-per-minute quota."}}},"changes":{"type":"array","items":{"$ref":"#/definitions/thresholdChange"}},"deletedAlarms":{"type":"array","items":{"type":"string"}},"notes":{"type":"array","items":{"type":"string"}},"error":{"type":"object","additionalProperties":false,"required":["name","message"],"properties":{"name":{"type":"string"},"message":{"type":"string"}}}}}}},"thresholdChange":{"type":"object","additionalProperties":false,"required":["model","quota","quotaCode","alarmName","at","oldQuota","newQuota","oldThreshold","newThreshold","thresholdPercent","reason","detail"],"properties":{"model":{"type":"string"},"account":{"type":"string","pattern":"^[0-9]{12}$","description":"Organization mode: the account whose alarm changed (the hub's updater acts through its spoke role). Absent in single-account mode."},"region":{"type":"string","description":"Organization mode: the Region whose alarm changed. Absent in single-account mode."},"at":{"type":"string","description":"ISO-8601 time of the recalculation"},"quota":{"enum":["RPM","TPM","OutputTPM"]},"quotaCode":{"type":["string","null"]},"alarmName":{"type":"string"},"oldQuota":{"type":["number","null"]},"newQuota":{"type":["number","null"]},"oldThreshold":{"type":["number","null"]},"newThreshold":{"type":["number","null"]},"thresholdPercent":{"type":"number"},"reason":{"enum":["quota_increased","quota_decreased","initial_sizing","threshold_corrected","quota_removed","profiles_changed"],"description":"quota_increased: the quota went up (an approved increase); quota_decreased: it went down; initial_sizing: first sizing (no previous quota known, or the alarm was still unsized); threshold_corrected: same quota, but the alarm's threshold was not quota x percent (reset by a stack update, or the percent changed); quota_removed: the quota no longer exists (RPM on bedrock-runtime), the usage alarm was removed; profiles_changed: the application inference profiles drawing on the model's quota changed (discovered with Bedrock ListInferenceProfiles), so the alarm now sums another set of sources"},"detail":{"type":"string","description":"One sentence for people: what changed and why."},"trigger":{"enum":["deploy","schedule","settings_changed"],"description":"What ran the recalculation: deploy (the stack's custom resource), schedule (the periodic run, which finds changed quotas), settings_changed (the runtime settings parameter changed: Parameter Store Change event). Absent in the local simulation and in entries written before it was recorded."}},"description":"One recorded change of one usage alarm (the threshold updater's history entry; src/core/thresholds.ts uses this type). null = not known / no longer exists."},"accountState":{"type":"object","additionalProperties":false,"required":["cases","quotaRequests","emails"],"description":"The final state of the simulated account(s), every scenario together (each item names its scenario).","properties":{"cases":{"type":"array","items":{"type":"object","additionalProperties":false,"required":["scenario","caseId","displayId","subject","status","openedBy","timeCreated","communications"],"properties":{"scenario":{"type":"string"},"account":{"type":"string","description":"The account that holds it (organization scenarios: the member account)."},"region":{"type":"string","description":"The Region it was made in."},"caseId":{"type":"string"},"displayId":{"type":"string"},"subject":{"type":"string"},"status":{"type":"string","description":"Support's status: opened, pending-customer-action, resolved, ..."},"openedBy":{"enum":["workflow","service_quotas","scenario"]},"timeCreated":{"type":"string"},"communications":{"type":"array","items":{"type":"object","additionalProperties":false,"required":["at","body"],"properties":{"at":{"type":"string"},"body":{"type":"string"}}}}}}},"quotaRequests":{"type":"array","items":{"type":"object","additionalProperties":false,"required":["scenario","requestId","model","quota","quotaCode","desiredValue","status","caseId"],"properties":{"scenario":{"type":"string"},"account":{"type":"string","description":"The account that holds it (organization scenarios: the member account)."},"region":{"type":"string","description":"The Region it was made in."},"requestId":{"type":"string"},"model":{"type":"string"},"quota":{"enum":["RPM","TPM","OutputTPM"]},"quotaCode":{"type":"string"},"desiredValue":{"type":"number"},"status":{"type":"string","description":"PENDING, CASE_OPENED, APPROVED, DENIED, NOT_APPROVED, INVALID_REQUEST or CASE_CLOSED"},"caseId":{"type":["string","null"],"description":"The Support case id of the case Service Quotas opened for it (null: none yet)."},"caseDisplayId":{"type":["string","null"]}}}},"emails":{"type":"array","items":{"type":"object","additionalProperties":false,"required":["scenario","subject","body","attributes","recipients","at"],"properties":{"scenario":{"type":"string"},"subject":{"type":"string"},"body":{"type":"string"},"attributes":{"type":"object","additionalProperties":{"type":"string"}},"recipients":{"type":"array","items":{"type":"string"},"description":"Subscribers whose filter policy accepts the message."},"at":{"type":"string"},"executionName":{"type":"string"}}}}}}}};
const schema7 = {"type":"object","additionalProperties":false,"required":["scenario","event","execution","decision","caseAction","notification"],"properties":{"scenario":{"type":"string"},"event":{"type":"object","additionalProperties":false,"required":["index","label","alarmName","state","at"],"properties":{"index":{"type":"integer"},"delivery":{"type":"integer"},"label":{"type":"string"},"alarmName":{"type":"string"},"state":{"type":"string"},"at":{"type":"string"}}},"execution":{"type":"object","additionalProperties":false,"required":["name","status","states"],"properties":{"name":{"type":"string"},"status":{"enum":["SUCCEEDED","FAILED","TIMED_OUT","ABORTED"]},"states":{"type":"array","items":{"type":"string"},"description":"State names in the order they were entered."},"error":{"type":"string"},"cause":{"type":"string"},"failedState":{"type":"string"},"outcome":{"enum":["incident","nothing_to_do","failed"]},"reason":{"type":"string","description":"Why there was nothing to do."},"redriveCount":{"type":"integer","description":"How many times the execution was re-driven (ops-alert simulate --redrive)."}}},"decision":{"oneOf":[{"type":"null"},{"type":"object","additionalProperties":false,"required":["severity","scenario","caseType","quotaIncreases"],"properties":{"severity":{"enum":["CRITICAL","WARNING"]},"scenario":{"enum":["non_quota","new_model","high_usage","low_usage",null]},"caseType":{"enum":["Quota Request","Investigation Request"]},"route":{"enum":["quota_increase","support_case","none"]},"newModelBasis":{"enum":["no_usage_history","usage_unavailable","quotas_unavailable"]},"rationale":{"type":"string"},"alarms":{"type":"array","items":{"type":"string"}},"thresholds":{"type":"object","properties":{"rpm":{"type":"number"},"tpm":{"type":"number"},"outputTpm":{"type":"number","description":"bedrock-mantle only: the output-tokens-per-minute threshold."}}},"peaks":{"type":"object","properties":{"rpm":{"type":"number"},"tpm":{"type":"number"},"outputTpm":{"type":"number","description":"bedrock-mantle only: output tokens per minute."}}},"quotaIncreases":{"type":"array","items":{"type":"object","additionalProperties":false,"required":["quota","current","requested","asReference"],"properties":{"quota":{"enum":["RPM","TPM","OutputTPM"]},"code":{"type":"string"},"current":{"type":"number"},"requested":{"type":"number"},"asReference":{"type":"boolean"}}}}}}]},"caseAction":{"type":"object","additionalProperties":false,"required":["action"],"properties":{"action":{"enum":["created","appended","suppressed","disabled","none","failed"]},"reason":{"type":"string"},"caseId":{"type":["string","null"]},"displayId":{"type":["string","null"]},"subject":{"type":"string"},"via":{"enum":["support","service_quotas"]},"body":{"type":"string","description":"The text sent to Support (new case or appended communication)."},"quotaRequests":{"type":"array","items":{"type":"object"}}}},"notification":{"type":"object","additionalProperties":false,"required":["sent"],"properties":{"sent":{"type":"boolean"},"subject":{"type":"string"},"body":{"type":"string"},"attributes":{"type":"object"},"recipients":{"type":"array","items":{"type":"string"},"description":"Subscribers whose filter policy accepts the message."}}},"timeline":{"type":"array","items":{"type":"object"}},"thresholdUpdate":{"type":"object","additionalProperties":false,"required":["model","status","changes","deletedAlarms","notes"],"description":"Present for a quotaChange event: what the threshold updater did (the same result as in AWS).","properties":{"model":{"type":"string"},"status":{"enum":["updated","unchanged","failed"]},"quotas":{"type":"object","additionalProperties":false,"required":["rpm","tpm"],"properties":{"rpm":{"type":["number","null"]},"tpm":{"type":["number","null"]},"outputTpm":{"type":["number","null"],"description":"bedrock-mantle only: the output-tokens-per-minute quota."}}},"changes":{"type":"array","items":{"$ref":"#/definitions/thresholdChange"}},"deletedAlarms":{"type":"array","items":{"type":"string"}},"notes":{"type":"array","items":{"type":"string"}},"error":{"type":"object","additionalProperties":false,"required":["name","message"],"properties":{"name":{"type":"string"},"message":{"type":"string"}}}}}}};
const func2 = Object.prototype.hasOwnProperty;
const schema8 = {"type":"object","additionalProperties":false,"required":["model","quota","quotaCode","alarmName","at","oldQuota","newQuota","oldThreshold","newThreshold","thresholdPercent","reason","detail"],"properties":{"model":{"type":"string"},"account":{"type":"string","pattern":"^[0-9]{12}$","description":"Organization mode: the account whose alarm changed (the hub's updater acts through its spoke role). Absent in single-account mode."},"region":{"type":"string","description":"Organization mode: the Region whose alarm changed. Absent in single-account mode."},"at":{"type":"string","description":"ISO-8601 time of the recalculation"},"quota":{"enum":["RPM","TPM","OutputTPM"]},"quotaCode":{"type":["string","null"]},"alarmName":{"type":"string"},"oldQuota":{"type":["number","null"]},"newQuota":{"type":["number","null"]},"oldThreshold":{"type":["number","null"]},"newThreshold":{"type":["number","null"]},"thresholdPercent":{"type":"number"},"reason":{"enum":["quota_increased","quota_decreased","initial_sizing","threshold_corrected","quota_removed","profiles_changed"],"description":"quota_increased: the quota went up (an approved increase); quota_decreased: it went down; initial_sizing: first sizing (no previous quota known, or the alarm was still unsized); threshold_corrected: same quota, but the alarm's threshold was not quota x percent (reset by a stack update, or the percent changed); quota_removed: the quota no longer exists (RPM on bedrock-runtime), the usage alarm was removed; profiles_changed: the application inference profiles drawing on the model's quota changed (discovered with Bedrock ListInferenceProfiles), so the alarm now sums another set of sources"},"detail":{"type":"string","description":"One sentence for people: what changed and why."},"trigger":{"enum":["deploy","schedule","settings_changed"],"description":"What ran the recalculation: deploy (the stack's custom resource), schedule (the periodic run, which finds changed quotas), settings_changed (the runtime settings parameter changed: Parameter Store Change event). Absent in the local simulation and in entries written before it was recorded."}},"description":"One recorded change of one usage alarm (the threshold updater's history entry; src/core/thresholds.ts uses this type). null = not known / no longer exists."};
const pattern0 = new RegExp("^[0-9]{12}$", "u");

function validate23(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
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
if(data.quota === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "quota"},message:"must have required property '"+"quota"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.quotaCode === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "quotaCode"},message:"must have required property '"+"quotaCode"+"'"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.alarmName === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "alarmName"},message:"must have required property '"+"alarmName"+"'"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data.at === undefined){
const err4 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "at"},message:"must have required property '"+"at"+"'"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(data.oldQuota === undefined){
const err5 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "oldQuota"},message:"must have required property '"+"oldQuota"+"'"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(data.newQuota === undefined){
const err6 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "newQuota"},message:"must have required property '"+"newQuota"+"'"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(data.oldThreshold === undefined){
const err7 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "oldThreshold"},message:"must have required property '"+"oldThreshold"+"'"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(data.newThreshold === undefined){
const err8 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "newThreshold"},message:"must have required property '"+"newThreshold"+"'"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if(data.thresholdPercent === undefined){
const err9 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "thresholdPercent"},message:"must have required property '"+"thresholdPercent"+"'"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if(data.reason === undefined){
const err10 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "reason"},message:"must have required property '"+"reason"+"'"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
if(data.detail === undefined){
const err11 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "detail"},message:"must have required property '"+"detail"+"'"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
for(const key0 in data){
if(!(func2.call(schema8.properties, key0))){
const err12 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data.model !== undefined){
if(typeof data.model !== "string"){
const err13 = {instancePath:instancePath+"/model",schemaPath:"#/properties/model/type",keyword:"type",params:{type: "string"},message:"must be string"};
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
let data1 = data.account;
if(typeof data1 === "string"){
if(!pattern0.test(data1)){
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
if(typeof data.region !== "string"){
const err16 = {instancePath:instancePath+"/region",schemaPath:"#/properties/region/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
if(data.at !== undefined){
if(typeof data.at !== "string"){
const err17 = {instancePath:instancePath+"/at",schemaPath:"#/properties/at/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
if(data.quota !== undefined){
let data4 = data.quota;
if(!(((data4 === "RPM") || (data4 === "TPM")) || (data4 === "OutputTPM"))){
const err18 = {instancePath:instancePath+"/quota",schemaPath:"#/properties/quota/enum",keyword:"enum",params:{allowedValues: schema8.properties.quota.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
if(data.quotaCode !== undefined){
let data5 = data.quotaCode;
if((typeof data5 !== "string") && (data5 !== null)){
const err19 = {instancePath:instancePath+"/quotaCode",schemaPath:"#/properties/quotaCode/type",keyword:"type",params:{type: schema8.properties.quotaCode.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
if(data.alarmName !== undefined){
if(typeof data.alarmName !== "string"){
const err20 = {instancePath:instancePath+"/alarmName",schemaPath:"#/properties/alarmName/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
if(data.oldQuota !== undefined){
let data7 = data.oldQuota;
if((!(typeof data7 == "number")) && (data7 !== null)){
const err21 = {instancePath:instancePath+"/oldQuota",schemaPath:"#/properties/oldQuota/type",keyword:"type",params:{type: schema8.properties.oldQuota.type},message:"must be number,null"};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
if(data.newQuota !== undefined){
let data8 = data.newQuota;
if((!(typeof data8 == "number")) && (data8 !== null)){
const err22 = {instancePath:instancePath+"/newQuota",schemaPath:"#/properties/newQuota/type",keyword:"type",params:{type: schema8.properties.newQuota.type},message:"must be number,null"};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
if(data.oldThreshold !== undefined){
let data9 = data.oldThreshold;
if((!(typeof data9 == "number")) && (data9 !== null)){
const err23 = {instancePath:instancePath+"/oldThreshold",schemaPath:"#/properties/oldThreshold/type",keyword:"type",params:{type: schema8.properties.oldThreshold.type},message:"must be number,null"};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
if(data.newThreshold !== undefined){
let data10 = data.newThreshold;
if((!(typeof data10 == "number")) && (data10 !== null)){
const err24 = {instancePath:instancePath+"/newThreshold",schemaPath:"#/properties/newThreshold/type",keyword:"type",params:{type: schema8.properties.newThreshold.type},message:"must be number,null"};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
if(data.thresholdPercent !== undefined){
if(!(typeof data.thresholdPercent == "number")){
const err25 = {instancePath:instancePath+"/thresholdPercent",schemaPath:"#/properties/thresholdPercent/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
if(data.reason !== undefined){
let data12 = data.reason;
if(!((((((data12 === "quota_increased") || (data12 === "quota_decreased")) || (data12 === "initial_sizing")) || (data12 === "threshold_corrected")) || (data12 === "quota_removed")) || (data12 === "profiles_changed"))){
const err26 = {instancePath:instancePath+"/reason",schemaPath:"#/properties/reason/enum",keyword:"enum",params:{allowedValues: schema8.properties.reason.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
if(data.detail !== undefined){
if(typeof data.detail !== "string"){
const err27 = {instancePath:instancePath+"/detail",schemaPath:"#/properties/detail/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
}
if(data.trigger !== undefined){
let data14 = data.trigger;
if(!(((data14 === "deploy") || (data14 === "schedule")) || (data14 === "settings_changed"))){
const err28 = {instancePath:instancePath+"/trigger",schemaPath:"#/properties/trigger/enum",keyword:"enum",params:{allowedValues: schema8.properties.trigger.enum},message:"must be equal to one of the allowed values"};
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
const err29 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
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
if(data.scenario === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "scenario"},message:"must have required property '"+"scenario"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.event === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "event"},message:"must have required property '"+"event"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.execution === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "execution"},message:"must have required property '"+"execution"+"'"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.decision === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "decision"},message:"must have required property '"+"decision"+"'"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data.caseAction === undefined){
const err4 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "caseAction"},message:"must have required property '"+"caseAction"+"'"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(data.notification === undefined){
const err5 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "notification"},message:"must have required property '"+"notification"+"'"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
for(const key0 in data){
if(!((((((((key0 === "scenario") || (key0 === "event")) || (key0 === "execution")) || (key0 === "decision")) || (key0 === "caseAction")) || (key0 === "notification")) || (key0 === "timeline")) || (key0 === "thresholdUpdate"))){
const err6 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.scenario !== undefined){
if(typeof data.scenario !== "string"){
const err7 = {instancePath:instancePath+"/scenario",schemaPath:"#/properties/scenario/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.event !== undefined){
let data1 = data.event;
if(data1 && typeof data1 == "object" && !Array.isArray(data1)){
if(data1.index === undefined){
const err8 = {instancePath:instancePath+"/event",schemaPath:"#/properties/event/required",keyword:"required",params:{missingProperty: "index"},message:"must have required property '"+"index"+"'"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if(data1.label === undefined){
const err9 = {instancePath:instancePath+"/event",schemaPath:"#/properties/event/required",keyword:"required",params:{missingProperty: "label"},message:"must have required property '"+"label"+"'"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if(data1.alarmName === undefined){
const err10 = {instancePath:instancePath+"/event",schemaPath:"#/properties/event/required",keyword:"required",params:{missingProperty: "alarmName"},message:"must have required property '"+"alarmName"+"'"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
if(data1.state === undefined){
const err11 = {instancePath:instancePath+"/event",schemaPath:"#/properties/event/required",keyword:"required",params:{missingProperty: "state"},message:"must have required property '"+"state"+"'"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
if(data1.at === undefined){
const err12 = {instancePath:instancePath+"/event",schemaPath:"#/properties/event/required",keyword:"required",params:{missingProperty: "at"},message:"must have required property '"+"at"+"'"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
for(const key1 in data1){
if(!((((((key1 === "index") || (key1 === "delivery")) || (key1 === "label")) || (key1 === "alarmName")) || (key1 === "state")) || (key1 === "at"))){
const err13 = {instancePath:instancePath+"/event",schemaPath:"#/properties/event/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data1.index !== undefined){
let data2 = data1.index;
if(!((typeof data2 == "number") && (!(data2 % 1) && !isNaN(data2)))){
const err14 = {instancePath:instancePath+"/event/index",schemaPath:"#/properties/event/properties/index/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(data1.delivery !== undefined){
let data3 = data1.delivery;
if(!((typeof data3 == "number") && (!(data3 % 1) && !isNaN(data3)))){
const err15 = {instancePath:instancePath+"/event/delivery",schemaPath:"#/properties/event/properties/delivery/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
if(data1.label !== undefined){
if(typeof data1.label !== "string"){
const err16 = {instancePath:instancePath+"/event/label",schemaPath:"#/properties/event/properties/label/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
if(data1.alarmName !== undefined){
if(typeof data1.alarmName !== "string"){
const err17 = {instancePath:instancePath+"/event/alarmName",schemaPath:"#/properties/event/properties/alarmName/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
if(data1.state !== undefined){
if(typeof data1.state !== "string"){
const err18 = {instancePath:instancePath+"/event/state",schemaPath:"#/properties/event/properties/state/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
if(data1.at !== undefined){
if(typeof data1.at !== "string"){
const err19 = {instancePath:instancePath+"/event/at",schemaPath:"#/properties/event/properties/at/type",keyword:"type",params:{type: "string"},message:"must be string"};
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
const err20 = {instancePath:instancePath+"/event",schemaPath:"#/properties/event/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
if(data.execution !== undefined){
let data8 = data.execution;
if(data8 && typeof data8 == "object" && !Array.isArray(data8)){
if(data8.name === undefined){
const err21 = {instancePath:instancePath+"/execution",schemaPath:"#/properties/execution/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'"};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
if(data8.status === undefined){
const err22 = {instancePath:instancePath+"/execution",schemaPath:"#/properties/execution/required",keyword:"required",params:{missingProperty: "status"},message:"must have required property '"+"status"+"'"};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
if(data8.states === undefined){
const err23 = {instancePath:instancePath+"/execution",schemaPath:"#/properties/execution/required",keyword:"required",params:{missingProperty: "states"},message:"must have required property '"+"states"+"'"};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
for(const key2 in data8){
if(!(func2.call(schema7.properties.execution.properties, key2))){
const err24 = {instancePath:instancePath+"/execution",schemaPath:"#/properties/execution/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
if(data8.name !== undefined){
if(typeof data8.name !== "string"){
const err25 = {instancePath:instancePath+"/execution/name",schemaPath:"#/properties/execution/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
if(data8.status !== undefined){
let data10 = data8.status;
if(!((((data10 === "SUCCEEDED") || (data10 === "FAILED")) || (data10 === "TIMED_OUT")) || (data10 === "ABORTED"))){
const err26 = {instancePath:instancePath+"/execution/status",schemaPath:"#/properties/execution/properties/status/enum",keyword:"enum",params:{allowedValues: schema7.properties.execution.properties.status.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
if(data8.states !== undefined){
let data11 = data8.states;
if(Array.isArray(data11)){
const len0 = data11.length;
for(let i0=0; i0<len0; i0++){
if(typeof data11[i0] !== "string"){
const err27 = {instancePath:instancePath+"/execution/states/" + i0,schemaPath:"#/properties/execution/properties/states/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
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
const err28 = {instancePath:instancePath+"/execution/states",schemaPath:"#/properties/execution/properties/states/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
}
if(data8.error !== undefined){
if(typeof data8.error !== "string"){
const err29 = {instancePath:instancePath+"/execution/error",schemaPath:"#/properties/execution/properties/error/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
}
if(data8.cause !== undefined){
if(typeof data8.cause !== "string"){
const err30 = {instancePath:instancePath+"/execution/cause",schemaPath:"#/properties/execution/properties/cause/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
}
if(data8.failedState !== undefined){
if(typeof data8.failedState !== "string"){
const err31 = {instancePath:instancePath+"/execution/failedState",schemaPath:"#/properties/execution/properties/failedState/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
}
if(data8.outcome !== undefined){
let data16 = data8.outcome;
if(!(((data16 === "incident") || (data16 === "nothing_to_do")) || (data16 === "failed"))){
const err32 = {instancePath:instancePath+"/execution/outcome",schemaPath:"#/properties/execution/properties/outcome/enum",keyword:"enum",params:{allowedValues: schema7.properties.execution.properties.outcome.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
}
if(data8.reason !== undefined){
if(typeof data8.reason !== "string"){
const err33 = {instancePath:instancePath+"/execution/reason",schemaPath:"#/properties/execution/properties/reason/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
}
if(data8.redriveCount !== undefined){
let data18 = data8.redriveCount;
if(!((typeof data18 == "number") && (!(data18 % 1) && !isNaN(data18)))){
const err34 = {instancePath:instancePath+"/execution/redriveCount",schemaPath:"#/properties/execution/properties/redriveCount/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
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
const err35 = {instancePath:instancePath+"/execution",schemaPath:"#/properties/execution/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
}
if(data.decision !== undefined){
let data19 = data.decision;
const _errs41 = errors;
let valid5 = false;
let passing0 = null;
const _errs42 = errors;
if(data19 !== null){
const err36 = {instancePath:instancePath+"/decision",schemaPath:"#/properties/decision/oneOf/0/type",keyword:"type",params:{type: "null"},message:"must be null"};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
var _valid0 = _errs42 === errors;
if(_valid0){
valid5 = true;
passing0 = 0;
}
const _errs44 = errors;
if(data19 && typeof data19 == "object" && !Array.isArray(data19)){
if(data19.severity === undefined){
const err37 = {instancePath:instancePath+"/decision",schemaPath:"#/properties/decision/oneOf/1/required",keyword:"required",params:{missingProperty: "severity"},message:"must have required property '"+"severity"+"'"};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
if(data19.scenario === undefined){
const err38 = {instancePath:instancePath+"/decision",schemaPath:"#/properties/decision/oneOf/1/required",keyword:"required",params:{missingProperty: "scenario"},message:"must have required property '"+"scenario"+"'"};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
if(data19.caseType === undefined){
const err39 = {instancePath:instancePath+"/decision",schemaPath:"#/properties/decision/oneOf/1/required",keyword:"required",params:{missingProperty: "caseType"},message:"must have required property '"+"caseType"+"'"};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
if(data19.quotaIncreases === undefined){
const err40 = {instancePath:instancePath+"/decision",schemaPath:"#/properties/decision/oneOf/1/required",keyword:"required",params:{missingProperty: "quotaIncreases"},message:"must have required property '"+"quotaIncreases"+"'"};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
for(const key3 in data19){
if(!(func2.call(schema7.properties.decision.oneOf[1].properties, key3))){
const err41 = {instancePath:instancePath+"/decision",schemaPath:"#/properties/decision/oneOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key3},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
}
if(data19.severity !== undefined){
let data20 = data19.severity;
if(!((data20 === "CRITICAL") || (data20 === "WARNING"))){
const err42 = {instancePath:instancePath+"/decision/severity",schemaPath:"#/properties/decision/oneOf/1/properties/severity/enum",keyword:"enum",params:{allowedValues: schema7.properties.decision.oneOf[1].properties.severity.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err42];
}
else {
vErrors.push(err42);
}
errors++;
}
}
if(data19.scenario !== undefined){
let data21 = data19.scenario;
if(!(((((data21 === "non_quota") || (data21 === "new_model")) || (data21 === "high_usage")) || (data21 === "low_usage")) || (data21 === null))){
const err43 = {instancePath:instancePath+"/decision/scenario",schemaPath:"#/properties/decision/oneOf/1/properties/scenario/enum",keyword:"enum",params:{allowedValues: schema7.properties.decision.oneOf[1].properties.scenario.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err43];
}
else {
vErrors.push(err43);
}
errors++;
}
}
if(data19.caseType !== undefined){
let data22 = data19.caseType;
if(!((data22 === "Quota Request") || (data22 === "Investigation Request"))){
const err44 = {instancePath:instancePath+"/decision/caseType",schemaPath:"#/properties/decision/oneOf/1/properties/caseType/enum",keyword:"enum",params:{allowedValues: schema7.properties.decision.oneOf[1].properties.caseType.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err44];
}
else {
vErrors.push(err44);
}
errors++;
}
}
if(data19.route !== undefined){
let data23 = data19.route;
if(!(((data23 === "quota_increase") || (data23 === "support_case")) || (data23 === "none"))){
const err45 = {instancePath:instancePath+"/decision/route",schemaPath:"#/properties/decision/oneOf/1/properties/route/enum",keyword:"enum",params:{allowedValues: schema7.properties.decision.oneOf[1].properties.route.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err45];
}
else {
vErrors.push(err45);
}
errors++;
}
}
if(data19.newModelBasis !== undefined){
let data24 = data19.newModelBasis;
if(!(((data24 === "no_usage_history") || (data24 === "usage_unavailable")) || (data24 === "quotas_unavailable"))){
const err46 = {instancePath:instancePath+"/decision/newModelBasis",schemaPath:"#/properties/decision/oneOf/1/properties/newModelBasis/enum",keyword:"enum",params:{allowedValues: schema7.properties.decision.oneOf[1].properties.newModelBasis.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err46];
}
else {
vErrors.push(err46);
}
errors++;
}
}
if(data19.rationale !== undefined){
if(typeof data19.rationale !== "string"){
const err47 = {instancePath:instancePath+"/decision/rationale",schemaPath:"#/properties/decision/oneOf/1/properties/rationale/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err47];
}
else {
vErrors.push(err47);
}
errors++;
}
}
if(data19.alarms !== undefined){
let data26 = data19.alarms;
if(Array.isArray(data26)){
const len1 = data26.length;
for(let i1=0; i1<len1; i1++){
if(typeof data26[i1] !== "string"){
const err48 = {instancePath:instancePath+"/decision/alarms/" + i1,schemaPath:"#/properties/decision/oneOf/1/properties/alarms/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err48];
}
else {
vErrors.push(err48);
}
errors++;
}
}
}
else {
const err49 = {instancePath:instancePath+"/decision/alarms",schemaPath:"#/properties/decision/oneOf/1/properties/alarms/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err49];
}
else {
vErrors.push(err49);
}
errors++;
}
}
if(data19.thresholds !== undefined){
let data28 = data19.thresholds;
if(data28 && typeof data28 == "object" && !Array.isArray(data28)){
if(data28.rpm !== undefined){
if(!(typeof data28.rpm == "number")){
const err50 = {instancePath:instancePath+"/decision/thresholds/rpm",schemaPath:"#/properties/decision/oneOf/1/properties/thresholds/properties/rpm/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err50];
}
else {
vErrors.push(err50);
}
errors++;
}
}
if(data28.tpm !== undefined){
if(!(typeof data28.tpm == "number")){
const err51 = {instancePath:instancePath+"/decision/thresholds/tpm",schemaPath:"#/properties/decision/oneOf/1/properties/thresholds/properties/tpm/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err51];
}
else {
vErrors.push(err51);
}
errors++;
}
}
if(data28.outputTpm !== undefined){
if(!(typeof data28.outputTpm == "number")){
const err52 = {instancePath:instancePath+"/decision/thresholds/outputTpm",schemaPath:"#/properties/decision/oneOf/1/properties/thresholds/properties/outputTpm/type",keyword:"type",params:{type: "number"},message:"must be number"};
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
const err53 = {instancePath:instancePath+"/decision/thresholds",schemaPath:"#/properties/decision/oneOf/1/properties/thresholds/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err53];
}
else {
vErrors.push(err53);
}
errors++;
}
}
if(data19.peaks !== undefined){
let data32 = data19.peaks;
if(data32 && typeof data32 == "object" && !Array.isArray(data32)){
if(data32.rpm !== undefined){
if(!(typeof data32.rpm == "number")){
const err54 = {instancePath:instancePath+"/decision/peaks/rpm",schemaPath:"#/properties/decision/oneOf/1/properties/peaks/properties/rpm/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err54];
}
else {
vErrors.push(err54);
}
errors++;
}
}
if(data32.tpm !== undefined){
if(!(typeof data32.tpm == "number")){
const err55 = {instancePath:instancePath+"/decision/peaks/tpm",schemaPath:"#/properties/decision/oneOf/1/properties/peaks/properties/tpm/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err55];
}
else {
vErrors.push(err55);
}
errors++;
}
}
if(data32.outputTpm !== undefined){
if(!(typeof data32.outputTpm == "number")){
const err56 = {instancePath:instancePath+"/decision/peaks/outputTpm",schemaPath:"#/properties/decision/oneOf/1/properties/peaks/properties/outputTpm/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err56];
}
else {
vErrors.push(err56);
}
errors++;
}
}
}
else {
const err57 = {instancePath:instancePath+"/decision/peaks",schemaPath:"#/properties/decision/oneOf/1/properties/peaks/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err57];
}
else {
vErrors.push(err57);
}
errors++;
}
}
if(data19.quotaIncreases !== undefined){
let data36 = data19.quotaIncreases;
if(Array.isArray(data36)){
const len2 = data36.length;
for(let i2=0; i2<len2; i2++){
let data37 = data36[i2];
if(data37 && typeof data37 == "object" && !Array.isArray(data37)){
if(data37.quota === undefined){
const err58 = {instancePath:instancePath+"/decision/quotaIncreases/" + i2,schemaPath:"#/properties/decision/oneOf/1/properties/quotaIncreases/items/required",keyword:"required",params:{missingProperty: "quota"},message:"must have required property '"+"quota"+"'"};
if(vErrors === null){
vErrors = [err58];
}
else {
vErrors.push(err58);
}
errors++;
}
if(data37.current === undefined){
const err59 = {instancePath:instancePath+"/decision/quotaIncreases/" + i2,schemaPath:"#/properties/decision/oneOf/1/properties/quotaIncreases/items/required",keyword:"required",params:{missingProperty: "current"},message:"must have required property '"+"current"+"'"};
if(vErrors === null){
vErrors = [err59];
}
else {
vErrors.push(err59);
}
errors++;
}
if(data37.requested === undefined){
const err60 = {instancePath:instancePath+"/decision/quotaIncreases/" + i2,schemaPath:"#/properties/decision/oneOf/1/properties/quotaIncreases/items/required",keyword:"required",params:{missingProperty: "requested"},message:"must have required property '"+"requested"+"'"};
if(vErrors === null){
vErrors = [err60];
}
else {
vErrors.push(err60);
}
errors++;
}
if(data37.asReference === undefined){
const err61 = {instancePath:instancePath+"/decision/quotaIncreases/" + i2,schemaPath:"#/properties/decision/oneOf/1/properties/quotaIncreases/items/required",keyword:"required",params:{missingProperty: "asReference"},message:"must have required property '"+"asReference"+"'"};
if(vErrors === null){
vErrors = [err61];
}
else {
vErrors.push(err61);
}
errors++;
}
for(const key4 in data37){
if(!(((((key4 === "quota") || (key4 === "code")) || (key4 === "current")) || (key4 === "requested")) || (key4 === "asReference"))){
const err62 = {instancePath:instancePath+"/decision/quotaIncreases/" + i2,schemaPath:"#/properties/decision/oneOf/1/properties/quotaIncreases/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key4},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err62];
}
else {
vErrors.push(err62);
}
errors++;
}
}
if(data37.quota !== undefined){
let data38 = data37.quota;
if(!(((data38 === "RPM") || (data38 === "TPM")) || (data38 === "OutputTPM"))){
const err63 = {instancePath:instancePath+"/decision/quotaIncreases/" + i2+"/quota",schemaPath:"#/properties/decision/oneOf/1/properties/quotaIncreases/items/properties/quota/enum",keyword:"enum",params:{allowedValues: schema7.properties.decision.oneOf[1].properties.quotaIncreases.items.properties.quota.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err63];
}
else {
vErrors.push(err63);
}
errors++;
}
}
if(data37.code !== undefined){
if(typeof data37.code !== "string"){
const err64 = {instancePath:instancePath+"/decision/quotaIncreases/" + i2+"/code",schemaPath:"#/properties/decision/oneOf/1/properties/quotaIncreases/items/properties/code/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err64];
}
else {
vErrors.push(err64);
}
errors++;
}
}
if(data37.current !== undefined){
if(!(typeof data37.current == "number")){
const err65 = {instancePath:instancePath+"/decision/quotaIncreases/" + i2+"/current",schemaPath:"#/properties/decision/oneOf/1/properties/quotaIncreases/items/properties/current/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err65];
}
else {
vErrors.push(err65);
}
errors++;
}
}
if(data37.requested !== undefined){
if(!(typeof data37.requested == "number")){
const err66 = {instancePath:instancePath+"/decision/quotaIncreases/" + i2+"/requested",schemaPath:"#/properties/decision/oneOf/1/properties/quotaIncreases/items/properties/requested/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err66];
}
else {
vErrors.push(err66);
}
errors++;
}
}
if(data37.asReference !== undefined){
if(typeof data37.asReference !== "boolean"){
const err67 = {instancePath:instancePath+"/decision/quotaIncreases/" + i2+"/asReference",schemaPath:"#/properties/decision/oneOf/1/properties/quotaIncreases/items/properties/asReference/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
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
const err68 = {instancePath:instancePath+"/decision/quotaIncreases/" + i2,schemaPath:"#/properties/decision/oneOf/1/properties/quotaIncreases/items/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err68];
}
else {
vErrors.push(err68);
}
errors++;
}
}
}
else {
const err69 = {instancePath:instancePath+"/decision/quotaIncreases",schemaPath:"#/properties/decision/oneOf/1/properties/quotaIncreases/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err69];
}
else {
vErrors.push(err69);
}
errors++;
}
}
}
else {
const err70 = {instancePath:instancePath+"/decision",schemaPath:"#/properties/decision/oneOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err70];
}
else {
vErrors.push(err70);
}
errors++;
}
var _valid0 = _errs44 === errors;
if(_valid0 && valid5){
valid5 = false;
passing0 = [passing0, 1];
}
else {
if(_valid0){
valid5 = true;
passing0 = 1;
}
}
if(!valid5){
const err71 = {instancePath:instancePath+"/decision",schemaPath:"#/properties/decision/oneOf",keyword:"oneOf",params:{passingSchemas: passing0},message:"must match exactly one schema in oneOf"};
if(vErrors === null){
vErrors = [err71];
}
else {
vErrors.push(err71);
}
errors++;
}
else {
errors = _errs41;
if(vErrors !== null){
if(_errs41){
vErrors.length = _errs41;
}
else {
vErrors = null;
}
}
}
}
if(data.caseAction !== undefined){
let data43 = data.caseAction;
if(data43 && typeof data43 == "object" && !Array.isArray(data43)){
if(data43.action === undefined){
const err72 = {instancePath:instancePath+"/caseAction",schemaPath:"#/properties/caseAction/required",keyword:"required",params:{missingProperty: "action"},message:"must have required property '"+"action"+"'"};
if(vErrors === null){
vErrors = [err72];
}
else {
vErrors.push(err72);
}
errors++;
}
for(const key5 in data43){
if(!((((((((key5 === "action") || (key5 === "reason")) || (key5 === "caseId")) || (key5 === "displayId")) || (key5 === "subject")) || (key5 === "via")) || (key5 === "body")) || (key5 === "quotaRequests"))){
const err73 = {instancePath:instancePath+"/caseAction",schemaPath:"#/properties/caseAction/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key5},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err73];
}
else {
vErrors.push(err73);
}
errors++;
}
}
if(data43.action !== undefined){
let data44 = data43.action;
if(!((((((data44 === "created") || (data44 === "appended")) || (data44 === "suppressed")) || (data44 === "disabled")) || (data44 === "none")) || (data44 === "failed"))){
const err74 = {instancePath:instancePath+"/caseAction/action",schemaPath:"#/properties/caseAction/properties/action/enum",keyword:"enum",params:{allowedValues: schema7.properties.caseAction.properties.action.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err74];
}
else {
vErrors.push(err74);
}
errors++;
}
}
if(data43.reason !== undefined){
if(typeof data43.reason !== "string"){
const err75 = {instancePath:instancePath+"/caseAction/reason",schemaPath:"#/properties/caseAction/properties/reason/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err75];
}
else {
vErrors.push(err75);
}
errors++;
}
}
if(data43.caseId !== undefined){
let data46 = data43.caseId;
if((typeof data46 !== "string") && (data46 !== null)){
const err76 = {instancePath:instancePath+"/caseAction/caseId",schemaPath:"#/properties/caseAction/properties/caseId/type",keyword:"type",params:{type: schema7.properties.caseAction.properties.caseId.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err76];
}
else {
vErrors.push(err76);
}
errors++;
}
}
if(data43.displayId !== undefined){
let data47 = data43.displayId;
if((typeof data47 !== "string") && (data47 !== null)){
const err77 = {instancePath:instancePath+"/caseAction/displayId",schemaPath:"#/properties/caseAction/properties/displayId/type",keyword:"type",params:{type: schema7.properties.caseAction.properties.displayId.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err77];
}
else {
vErrors.push(err77);
}
errors++;
}
}
if(data43.subject !== undefined){
if(typeof data43.subject !== "string"){
const err78 = {instancePath:instancePath+"/caseAction/subject",schemaPath:"#/properties/caseAction/properties/subject/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err78];
}
else {
vErrors.push(err78);
}
errors++;
}
}
if(data43.via !== undefined){
let data49 = data43.via;
if(!((data49 === "support") || (data49 === "service_quotas"))){
const err79 = {instancePath:instancePath+"/caseAction/via",schemaPath:"#/properties/caseAction/properties/via/enum",keyword:"enum",params:{allowedValues: schema7.properties.caseAction.properties.via.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err79];
}
else {
vErrors.push(err79);
}
errors++;
}
}
if(data43.body !== undefined){
if(typeof data43.body !== "string"){
const err80 = {instancePath:instancePath+"/caseAction/body",schemaPath:"#/properties/caseAction/properties/body/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err80];
}
else {
vErrors.push(err80);
}
errors++;
}
}
if(data43.quotaRequests !== undefined){
let data51 = data43.quotaRequests;
if(Array.isArray(data51)){
const len3 = data51.length;
for(let i3=0; i3<len3; i3++){
let data52 = data51[i3];
if(!(data52 && typeof data52 == "object" && !Array.isArray(data52))){
const err81 = {instancePath:instancePath+"/caseAction/quotaRequests/" + i3,schemaPath:"#/properties/caseAction/properties/quotaRequests/items/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err81];
}
else {
vErrors.push(err81);
}
errors++;
}
}
}
else {
const err82 = {instancePath:instancePath+"/caseAction/quotaRequests",schemaPath:"#/properties/caseAction/properties/quotaRequests/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err82];
}
else {
vErrors.push(err82);
}
errors++;
}
}
}
else {
const err83 = {instancePath:instancePath+"/caseAction",schemaPath:"#/properties/caseAction/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err83];
}
else {
vErrors.push(err83);
}
errors++;
}
}
if(data.notification !== undefined){
let data53 = data.notification;
if(data53 && typeof data53 == "object" && !Array.isArray(data53)){
if(data53.sent === undefined){
const err84 = {instancePath:instancePath+"/notification",schemaPath:"#/properties/notification/required",keyword:"required",params:{missingProperty: "sent"},message:"must have required property '"+"sent"+"'"};
if(vErrors === null){
vErrors = [err84];
}
else {
vErrors.push(err84);
}
errors++;
}
for(const key6 in data53){
if(!(((((key6 === "sent") || (key6 === "subject")) || (key6 === "body")) || (key6 === "attributes")) || (key6 === "recipients"))){
const err85 = {instancePath:instancePath+"/notification",schemaPath:"#/properties/notification/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key6},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err85];
}
else {
vErrors.push(err85);
}
errors++;
}
}
if(data53.sent !== undefined){
if(typeof data53.sent !== "boolean"){
const err86 = {instancePath:instancePath+"/notification/sent",schemaPath:"#/properties/notification/properties/sent/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err86];
}
else {
vErrors.push(err86);
}
errors++;
}
}
if(data53.subject !== undefined){
if(typeof data53.subject !== "string"){
const err87 = {instancePath:instancePath+"/notification/subject",schemaPath:"#/properties/notification/properties/subject/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err87];
}
else {
vErrors.push(err87);
}
errors++;
}
}
if(data53.body !== undefined){
if(typeof data53.body !== "string"){
const err88 = {instancePath:instancePath+"/notification/body",schemaPath:"#/properties/notification/properties/body/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err88];
}
else {
vErrors.push(err88);
}
errors++;
}
}
if(data53.attributes !== undefined){
let data57 = data53.attributes;
if(!(data57 && typeof data57 == "object" && !Array.isArray(data57))){
const err89 = {instancePath:instancePath+"/notification/attributes",schemaPath:"#/properties/notification/properties/attributes/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err89];
}
else {
vErrors.push(err89);
}
errors++;
}
}
if(data53.recipients !== undefined){
let data58 = data53.recipients;
if(Array.isArray(data58)){
const len4 = data58.length;
for(let i4=0; i4<len4; i4++){
if(typeof data58[i4] !== "string"){
const err90 = {instancePath:instancePath+"/notification/recipients/" + i4,schemaPath:"#/properties/notification/properties/recipients/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err90];
}
else {
vErrors.push(err90);
}
errors++;
}
}
}
else {
const err91 = {instancePath:instancePath+"/notification/recipients",schemaPath:"#/properties/notification/properties/recipients/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err91];
}
else {
vErrors.push(err91);
}
errors++;
}
}
}
else {
const err92 = {instancePath:instancePath+"/notification",schemaPath:"#/properties/notification/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err92];
}
else {
vErrors.push(err92);
}
errors++;
}
}
if(data.timeline !== undefined){
let data60 = data.timeline;
if(Array.isArray(data60)){
const len5 = data60.length;
for(let i5=0; i5<len5; i5++){
let data61 = data60[i5];
if(!(data61 && typeof data61 == "object" && !Array.isArray(data61))){
const err93 = {instancePath:instancePath+"/timeline/" + i5,schemaPath:"#/properties/timeline/items/type",keyword:"type",params:{type: "object"},message:"must be object"};
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
const err94 = {instancePath:instancePath+"/timeline",schemaPath:"#/properties/timeline/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err94];
}
else {
vErrors.push(err94);
}
errors++;
}
}
if(data.thresholdUpdate !== undefined){
let data62 = data.thresholdUpdate;
if(data62 && typeof data62 == "object" && !Array.isArray(data62)){
if(data62.model === undefined){
const err95 = {instancePath:instancePath+"/thresholdUpdate",schemaPath:"#/properties/thresholdUpdate/required",keyword:"required",params:{missingProperty: "model"},message:"must have required property '"+"model"+"'"};
if(vErrors === null){
vErrors = [err95];
}
else {
vErrors.push(err95);
}
errors++;
}
if(data62.status === undefined){
const err96 = {instancePath:instancePath+"/thresholdUpdate",schemaPath:"#/properties/thresholdUpdate/required",keyword:"required",params:{missingProperty: "status"},message:"must have required property '"+"status"+"'"};
if(vErrors === null){
vErrors = [err96];
}
else {
vErrors.push(err96);
}
errors++;
}
if(data62.changes === undefined){
const err97 = {instancePath:instancePath+"/thresholdUpdate",schemaPath:"#/properties/thresholdUpdate/required",keyword:"required",params:{missingProperty: "changes"},message:"must have required property '"+"changes"+"'"};
if(vErrors === null){
vErrors = [err97];
}
else {
vErrors.push(err97);
}
errors++;
}
if(data62.deletedAlarms === undefined){
const err98 = {instancePath:instancePath+"/thresholdUpdate",schemaPath:"#/properties/thresholdUpdate/required",keyword:"required",params:{missingProperty: "deletedAlarms"},message:"must have required property '"+"deletedAlarms"+"'"};
if(vErrors === null){
vErrors = [err98];
}
else {
vErrors.push(err98);
}
errors++;
}
if(data62.notes === undefined){
const err99 = {instancePath:instancePath+"/thresholdUpdate",schemaPath:"#/properties/thresholdUpdate/required",keyword:"required",params:{missingProperty: "notes"},message:"must have required property '"+"notes"+"'"};
if(vErrors === null){
vErrors = [err99];
}
else {
vErrors.push(err99);
}
errors++;
}
for(const key7 in data62){
if(!(((((((key7 === "model") || (key7 === "status")) || (key7 === "quotas")) || (key7 === "changes")) || (key7 === "deletedAlarms")) || (key7 === "notes")) || (key7 === "error"))){
const err100 = {instancePath:instancePath+"/thresholdUpdate",schemaPath:"#/properties/thresholdUpdate/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key7},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err100];
}
else {
vErrors.push(err100);
}
errors++;
}
}
if(data62.model !== undefined){
if(typeof data62.model !== "string"){
const err101 = {instancePath:instancePath+"/thresholdUpdate/model",schemaPath:"#/properties/thresholdUpdate/properties/model/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err101];
}
else {
vErrors.push(err101);
}
errors++;
}
}
if(data62.status !== undefined){
let data64 = data62.status;
if(!(((data64 === "updated") || (data64 === "unchanged")) || (data64 === "failed"))){
const err102 = {instancePath:instancePath+"/thresholdUpdate/status",schemaPath:"#/properties/thresholdUpdate/properties/status/enum",keyword:"enum",params:{allowedValues: schema7.properties.thresholdUpdate.properties.status.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err102];
}
else {
vErrors.push(err102);
}
errors++;
}
}
if(data62.quotas !== undefined){
let data65 = data62.quotas;
if(data65 && typeof data65 == "object" && !Array.isArray(data65)){
if(data65.rpm === undefined){
const err103 = {instancePath:instancePath+"/thresholdUpdate/quotas",schemaPath:"#/properties/thresholdUpdate/properties/quotas/required",keyword:"required",params:{missingProperty: "rpm"},message:"must have required property '"+"rpm"+"'"};
if(vErrors === null){
vErrors = [err103];
}
else {
vErrors.push(err103);
}
errors++;
}
if(data65.tpm === undefined){
const err104 = {instancePath:instancePath+"/thresholdUpdate/quotas",schemaPath:"#/properties/thresholdUpdate/properties/quotas/required",keyword:"required",params:{missingProperty: "tpm"},message:"must have required property '"+"tpm"+"'"};
if(vErrors === null){
vErrors = [err104];
}
else {
vErrors.push(err104);
}
errors++;
}
for(const key8 in data65){
if(!(((key8 === "rpm") || (key8 === "tpm")) || (key8 === "outputTpm"))){
const err105 = {instancePath:instancePath+"/thresholdUpdate/quotas",schemaPath:"#/properties/thresholdUpdate/properties/quotas/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key8},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err105];
}
else {
vErrors.push(err105);
}
errors++;
}
}
if(data65.rpm !== undefined){
let data66 = data65.rpm;
if((!(typeof data66 == "number")) && (data66 !== null)){
const err106 = {instancePath:instancePath+"/thresholdUpdate/quotas/rpm",schemaPath:"#/properties/thresholdUpdate/properties/quotas/properties/rpm/type",keyword:"type",params:{type: schema7.properties.thresholdUpdate.properties.quotas.properties.rpm.type},message:"must be number,null"};
if(vErrors === null){
vErrors = [err106];
}
else {
vErrors.push(err106);
}
errors++;
}
}
if(data65.tpm !== undefined){
let data67 = data65.tpm;
if((!(typeof data67 == "number")) && (data67 !== null)){
const err107 = {instancePath:instancePath+"/thresholdUpdate/quotas/tpm",schemaPath:"#/properties/thresholdUpdate/properties/quotas/properties/tpm/type",keyword:"type",params:{type: schema7.properties.thresholdUpdate.properties.quotas.properties.tpm.type},message:"must be number,null"};
if(vErrors === null){
vErrors = [err107];
}
else {
vErrors.push(err107);
}
errors++;
}
}
if(data65.outputTpm !== undefined){
let data68 = data65.outputTpm;
if((!(typeof data68 == "number")) && (data68 !== null)){
const err108 = {instancePath:instancePath+"/thresholdUpdate/quotas/outputTpm",schemaPath:"#/properties/thresholdUpdate/properties/quotas/properties/outputTpm/type",keyword:"type",params:{type: schema7.properties.thresholdUpdate.properties.quotas.properties.outputTpm.type},message:"must be number,null"};
if(vErrors === null){
vErrors = [err108];
}
else {
vErrors.push(err108);
}
errors++;
}
}
}
else {
const err109 = {instancePath:instancePath+"/thresholdUpdate/quotas",schemaPath:"#/properties/thresholdUpdate/properties/quotas/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err109];
}
else {
vErrors.push(err109);
}
errors++;
}
}
if(data62.changes !== undefined){
let data69 = data62.changes;
if(Array.isArray(data69)){
const len6 = data69.length;
for(let i6=0; i6<len6; i6++){
if(!(validate23(data69[i6], {instancePath:instancePath+"/thresholdUpdate/changes/" + i6,parentData:data69,parentDataProperty:i6,rootData}))){
vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
errors = vErrors.length;
}
}
}
else {
const err110 = {instancePath:instancePath+"/thresholdUpdate/changes",schemaPath:"#/properties/thresholdUpdate/properties/changes/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err110];
}
else {
vErrors.push(err110);
}
errors++;
}
}
if(data62.deletedAlarms !== undefined){
let data71 = data62.deletedAlarms;
if(Array.isArray(data71)){
const len7 = data71.length;
for(let i7=0; i7<len7; i7++){
if(typeof data71[i7] !== "string"){
const err111 = {instancePath:instancePath+"/thresholdUpdate/deletedAlarms/" + i7,schemaPath:"#/properties/thresholdUpdate/properties/deletedAlarms/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err111];
}
else {
vErrors.push(err111);
}
errors++;
}
}
}
else {
const err112 = {instancePath:instancePath+"/thresholdUpdate/deletedAlarms",schemaPath:"#/properties/thresholdUpdate/properties/deletedAlarms/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err112];
}
else {
vErrors.push(err112);
}
errors++;
}
}
if(data62.notes !== undefined){
let data73 = data62.notes;
if(Array.isArray(data73)){
const len8 = data73.length;
for(let i8=0; i8<len8; i8++){
if(typeof data73[i8] !== "string"){
const err113 = {instancePath:instancePath+"/thresholdUpdate/notes/" + i8,schemaPath:"#/properties/thresholdUpdate/properties/notes/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err113];
}
else {
vErrors.push(err113);
}
errors++;
}
}
}
else {
const err114 = {instancePath:instancePath+"/thresholdUpdate/notes",schemaPath:"#/properties/thresholdUpdate/properties/notes/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err114];
}
else {
vErrors.push(err114);
}
errors++;
}
}
if(data62.error !== undefined){
let data75 = data62.error;
if(data75 && typeof data75 == "object" && !Array.isArray(data75)){
if(data75.name === undefined){
const err115 = {instancePath:instancePath+"/thresholdUpdate/error",schemaPath:"#/properties/thresholdUpdate/properties/error/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'"};
if(vErrors === null){
vErrors = [err115];
}
else {
vErrors.push(err115);
}
errors++;
}
if(data75.message === undefined){
const err116 = {instancePath:instancePath+"/thresholdUpdate/error",schemaPath:"#/properties/thresholdUpdate/properties/error/required",keyword:"required",params:{missingProperty: "message"},message:"must have required property '"+"message"+"'"};
if(vErrors === null){
vErrors = [err116];
}
else {
vErrors.push(err116);
}
errors++;
}
for(const key9 in data75){
if(!((key9 === "name") || (key9 === "message"))){
const err117 = {instancePath:instancePath+"/thresholdUpdate/error",schemaPath:"#/properties/thresholdUpdate/properties/error/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key9},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err117];
}
else {
vErrors.push(err117);
}
errors++;
}
}
if(data75.name !== undefined){
if(typeof data75.name !== "string"){
const err118 = {instancePath:instancePath+"/thresholdUpdate/error/name",schemaPath:"#/properties/thresholdUpdate/properties/error/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err118];
}
else {
vErrors.push(err118);
}
errors++;
}
}
if(data75.message !== undefined){
if(typeof data75.message !== "string"){
const err119 = {instancePath:instancePath+"/thresholdUpdate/error/message",schemaPath:"#/properties/thresholdUpdate/properties/error/properties/message/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err119];
}
else {
vErrors.push(err119);
}
errors++;
}
}
}
else {
const err120 = {instancePath:instancePath+"/thresholdUpdate/error",schemaPath:"#/properties/thresholdUpdate/properties/error/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err120];
}
else {
vErrors.push(err120);
}
errors++;
}
}
}
else {
const err121 = {instancePath:instancePath+"/thresholdUpdate",schemaPath:"#/properties/thresholdUpdate/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err121];
}
else {
vErrors.push(err121);
}
errors++;
}
}
}
else {
const err122 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err122];
}
else {
vErrors.push(err122);
}
errors++;
}
validate22.errors = vErrors;
return errors === 0;
}

const schema9 = {"type":"object","additionalProperties":false,"required":["cases","quotaRequests","emails"],"description":"The final state of the simulated account(s), every scenario together (each item names its scenario).","properties":{"cases":{"type":"array","items":{"type":"object","additionalProperties":false,"required":["scenario","caseId","displayId","subject","status","openedBy","timeCreated","communications"],"properties":{"scenario":{"type":"string"},"account":{"type":"string","description":"The account that holds it (organization scenarios: the member account)."},"region":{"type":"string","description":"The Region it was made in."},"caseId":{"type":"string"},"displayId":{"type":"string"},"subject":{"type":"string"},"status":{"type":"string","description":"Support's status: opened, pending-customer-action, resolved, ..."},"openedBy":{"enum":["workflow","service_quotas","scenario"]},"timeCreated":{"type":"string"},"communications":{"type":"array","items":{"type":"object","additionalProperties":false,"required":["at","body"],"properties":{"at":{"type":"string"},"body":{"type":"string"}}}}}}},"quotaRequests":{"type":"array","items":{"type":"object","additionalProperties":false,"required":["scenario","requestId","model","quota","quotaCode","desiredValue","status","caseId"],"properties":{"scenario":{"type":"string"},"account":{"type":"string","description":"The account that holds it (organization scenarios: the member account)."},"region":{"type":"string","description":"The Region it was made in."},"requestId":{"type":"string"},"model":{"type":"string"},"quota":{"enum":["RPM","TPM","OutputTPM"]},"quotaCode":{"type":"string"},"desiredValue":{"type":"number"},"status":{"type":"string","description":"PENDING, CASE_OPENED, APPROVED, DENIED, NOT_APPROVED, INVALID_REQUEST or CASE_CLOSED"},"caseId":{"type":["string","null"],"description":"The Support case id of the case Service Quotas opened for it (null: none yet)."},"caseDisplayId":{"type":["string","null"]}}}},"emails":{"type":"array","items":{"type":"object","additionalProperties":false,"required":["scenario","subject","body","attributes","recipients","at"],"properties":{"scenario":{"type":"string"},"subject":{"type":"string"},"body":{"type":"string"},"attributes":{"type":"object","additionalProperties":{"type":"string"}},"recipients":{"type":"array","items":{"type":"string"},"description":"Subscribers whose filter policy accepts the message."},"at":{"type":"string"},"executionName":{"type":"string"}}}}}};

function validate26(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.cases === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "cases"},message:"must have required property '"+"cases"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.quotaRequests === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "quotaRequests"},message:"must have required property '"+"quotaRequests"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.emails === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "emails"},message:"must have required property '"+"emails"+"'"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
for(const key0 in data){
if(!(((key0 === "cases") || (key0 === "quotaRequests")) || (key0 === "emails"))){
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
if(data.cases !== undefined){
let data0 = data.cases;
if(Array.isArray(data0)){
const len0 = data0.length;
for(let i0=0; i0<len0; i0++){
let data1 = data0[i0];
if(data1 && typeof data1 == "object" && !Array.isArray(data1)){
if(data1.scenario === undefined){
const err4 = {instancePath:instancePath+"/cases/" + i0,schemaPath:"#/properties/cases/items/required",keyword:"required",params:{missingProperty: "scenario"},message:"must have required property '"+"scenario"+"'"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(data1.caseId === undefined){
const err5 = {instancePath:instancePath+"/cases/" + i0,schemaPath:"#/properties/cases/items/required",keyword:"required",params:{missingProperty: "caseId"},message:"must have required property '"+"caseId"+"'"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(data1.displayId === undefined){
const err6 = {instancePath:instancePath+"/cases/" + i0,schemaPath:"#/properties/cases/items/required",keyword:"required",params:{missingProperty: "displayId"},message:"must have required property '"+"displayId"+"'"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(data1.subject === undefined){
const err7 = {instancePath:instancePath+"/cases/" + i0,schemaPath:"#/properties/cases/items/required",keyword:"required",params:{missingProperty: "subject"},message:"must have required property '"+"subject"+"'"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(data1.status === undefined){
const err8 = {instancePath:instancePath+"/cases/" + i0,schemaPath:"#/properties/cases/items/required",keyword:"required",params:{missingProperty: "status"},message:"must have required property '"+"status"+"'"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if(data1.openedBy === undefined){
const err9 = {instancePath:instancePath+"/cases/" + i0,schemaPath:"#/properties/cases/items/required",keyword:"required",params:{missingProperty: "openedBy"},message:"must have required property '"+"openedBy"+"'"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if(data1.timeCreated === undefined){
const err10 = {instancePath:instancePath+"/cases/" + i0,schemaPath:"#/properties/cases/items/required",keyword:"required",params:{missingProperty: "timeCreated"},message:"must have required property '"+"timeCreated"+"'"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
if(data1.communications === undefined){
const err11 = {instancePath:instancePath+"/cases/" + i0,schemaPath:"#/properties/cases/items/required",keyword:"required",params:{missingProperty: "communications"},message:"must have required property '"+"communications"+"'"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
for(const key1 in data1){
if(!(func2.call(schema9.properties.cases.items.properties, key1))){
const err12 = {instancePath:instancePath+"/cases/" + i0,schemaPath:"#/properties/cases/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data1.scenario !== undefined){
if(typeof data1.scenario !== "string"){
const err13 = {instancePath:instancePath+"/cases/" + i0+"/scenario",schemaPath:"#/properties/cases/items/properties/scenario/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data1.account !== undefined){
if(typeof data1.account !== "string"){
const err14 = {instancePath:instancePath+"/cases/" + i0+"/account",schemaPath:"#/properties/cases/items/properties/account/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(data1.region !== undefined){
if(typeof data1.region !== "string"){
const err15 = {instancePath:instancePath+"/cases/" + i0+"/region",schemaPath:"#/properties/cases/items/properties/region/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
if(data1.caseId !== undefined){
if(typeof data1.caseId !== "string"){
const err16 = {instancePath:instancePath+"/cases/" + i0+"/caseId",schemaPath:"#/properties/cases/items/properties/caseId/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
if(data1.displayId !== undefined){
if(typeof data1.displayId !== "string"){
const err17 = {instancePath:instancePath+"/cases/" + i0+"/displayId",schemaPath:"#/properties/cases/items/properties/displayId/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
if(data1.subject !== undefined){
if(typeof data1.subject !== "string"){
const err18 = {instancePath:instancePath+"/cases/" + i0+"/subject",schemaPath:"#/properties/cases/items/properties/subject/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
if(data1.status !== undefined){
if(typeof data1.status !== "string"){
const err19 = {instancePath:instancePath+"/cases/" + i0+"/status",schemaPath:"#/properties/cases/items/properties/status/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
if(data1.openedBy !== undefined){
let data9 = data1.openedBy;
if(!(((data9 === "workflow") || (data9 === "service_quotas")) || (data9 === "scenario"))){
const err20 = {instancePath:instancePath+"/cases/" + i0+"/openedBy",schemaPath:"#/properties/cases/items/properties/openedBy/enum",keyword:"enum",params:{allowedValues: schema9.properties.cases.items.properties.openedBy.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
if(data1.timeCreated !== undefined){
if(typeof data1.timeCreated !== "string"){
const err21 = {instancePath:instancePath+"/cases/" + i0+"/timeCreated",schemaPath:"#/properties/cases/items/properties/timeCreated/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
if(data1.communications !== undefined){
let data11 = data1.communications;
if(Array.isArray(data11)){
const len1 = data11.length;
for(let i1=0; i1<len1; i1++){
let data12 = data11[i1];
if(data12 && typeof data12 == "object" && !Array.isArray(data12)){
if(data12.at === undefined){
const err22 = {instancePath:instancePath+"/cases/" + i0+"/communications/" + i1,schemaPath:"#/properties/cases/items/properties/communications/items/required",keyword:"required",params:{missingProperty: "at"},message:"must have required property '"+"at"+"'"};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
if(data12.body === undefined){
const err23 = {instancePath:instancePath+"/cases/" + i0+"/communications/" + i1,schemaPath:"#/properties/cases/items/properties/communications/items/required",keyword:"required",params:{missingProperty: "body"},message:"must have required property '"+"body"+"'"};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
for(const key2 in data12){
if(!((key2 === "at") || (key2 === "body"))){
const err24 = {instancePath:instancePath+"/cases/" + i0+"/communications/" + i1,schemaPath:"#/properties/cases/items/properties/communications/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
if(data12.at !== undefined){
if(typeof data12.at !== "string"){
const err25 = {instancePath:instancePath+"/cases/" + i0+"/communications/" + i1+"/at",schemaPath:"#/properties/cases/items/properties/communications/items/properties/at/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
if(data12.body !== undefined){
if(typeof data12.body !== "string"){
const err26 = {instancePath:instancePath+"/cases/" + i0+"/communications/" + i1+"/body",schemaPath:"#/properties/cases/items/properties/communications/items/properties/body/type",keyword:"type",params:{type: "string"},message:"must be string"};
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
const err27 = {instancePath:instancePath+"/cases/" + i0+"/communications/" + i1,schemaPath:"#/properties/cases/items/properties/communications/items/type",keyword:"type",params:{type: "object"},message:"must be object"};
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
const err28 = {instancePath:instancePath+"/cases/" + i0+"/communications",schemaPath:"#/properties/cases/items/properties/communications/type",keyword:"type",params:{type: "array"},message:"must be array"};
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
const err29 = {instancePath:instancePath+"/cases/" + i0,schemaPath:"#/properties/cases/items/type",keyword:"type",params:{type: "object"},message:"must be object"};
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
const err30 = {instancePath:instancePath+"/cases",schemaPath:"#/properties/cases/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
}
if(data.quotaRequests !== undefined){
let data15 = data.quotaRequests;
if(Array.isArray(data15)){
const len2 = data15.length;
for(let i2=0; i2<len2; i2++){
let data16 = data15[i2];
if(data16 && typeof data16 == "object" && !Array.isArray(data16)){
if(data16.scenario === undefined){
const err31 = {instancePath:instancePath+"/quotaRequests/" + i2,schemaPath:"#/properties/quotaRequests/items/required",keyword:"required",params:{missingProperty: "scenario"},message:"must have required property '"+"scenario"+"'"};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
if(data16.requestId === undefined){
const err32 = {instancePath:instancePath+"/quotaRequests/" + i2,schemaPath:"#/properties/quotaRequests/items/required",keyword:"required",params:{missingProperty: "requestId"},message:"must have required property '"+"requestId"+"'"};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
if(data16.model === undefined){
const err33 = {instancePath:instancePath+"/quotaRequests/" + i2,schemaPath:"#/properties/quotaRequests/items/required",keyword:"required",params:{missingProperty: "model"},message:"must have required property '"+"model"+"'"};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
if(data16.quota === undefined){
const err34 = {instancePath:instancePath+"/quotaRequests/" + i2,schemaPath:"#/properties/quotaRequests/items/required",keyword:"required",params:{missingProperty: "quota"},message:"must have required property '"+"quota"+"'"};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
if(data16.quotaCode === undefined){
const err35 = {instancePath:instancePath+"/quotaRequests/" + i2,schemaPath:"#/properties/quotaRequests/items/required",keyword:"required",params:{missingProperty: "quotaCode"},message:"must have required property '"+"quotaCode"+"'"};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
if(data16.desiredValue === undefined){
const err36 = {instancePath:instancePath+"/quotaRequests/" + i2,schemaPath:"#/properties/quotaRequests/items/required",keyword:"required",params:{missingProperty: "desiredValue"},message:"must have required property '"+"desiredValue"+"'"};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
if(data16.status === undefined){
const err37 = {instancePath:instancePath+"/quotaRequests/" + i2,schemaPath:"#/properties/quotaRequests/items/required",keyword:"required",params:{missingProperty: "status"},message:"must have required property '"+"status"+"'"};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
if(data16.caseId === undefined){
const err38 = {instancePath:instancePath+"/quotaRequests/" + i2,schemaPath:"#/properties/quotaRequests/items/required",keyword:"required",params:{missingProperty: "caseId"},message:"must have required property '"+"caseId"+"'"};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
for(const key3 in data16){
if(!(func2.call(schema9.properties.quotaRequests.items.properties, key3))){
const err39 = {instancePath:instancePath+"/quotaRequests/" + i2,schemaPath:"#/properties/quotaRequests/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key3},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
}
if(data16.scenario !== undefined){
if(typeof data16.scenario !== "string"){
const err40 = {instancePath:instancePath+"/quotaRequests/" + i2+"/scenario",schemaPath:"#/properties/quotaRequests/items/properties/scenario/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
}
if(data16.account !== undefined){
if(typeof data16.account !== "string"){
const err41 = {instancePath:instancePath+"/quotaRequests/" + i2+"/account",schemaPath:"#/properties/quotaRequests/items/properties/account/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
}
if(data16.region !== undefined){
if(typeof data16.region !== "string"){
const err42 = {instancePath:instancePath+"/quotaRequests/" + i2+"/region",schemaPath:"#/properties/quotaRequests/items/properties/region/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err42];
}
else {
vErrors.push(err42);
}
errors++;
}
}
if(data16.requestId !== undefined){
if(typeof data16.requestId !== "string"){
const err43 = {instancePath:instancePath+"/quotaRequests/" + i2+"/requestId",schemaPath:"#/properties/quotaRequests/items/properties/requestId/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err43];
}
else {
vErrors.push(err43);
}
errors++;
}
}
if(data16.model !== undefined){
if(typeof data16.model !== "string"){
const err44 = {instancePath:instancePath+"/quotaRequests/" + i2+"/model",schemaPath:"#/properties/quotaRequests/items/properties/model/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err44];
}
else {
vErrors.push(err44);
}
errors++;
}
}
if(data16.quota !== undefined){
let data22 = data16.quota;
if(!(((data22 === "RPM") || (data22 === "TPM")) || (data22 === "OutputTPM"))){
const err45 = {instancePath:instancePath+"/quotaRequests/" + i2+"/quota",schemaPath:"#/properties/quotaRequests/items/properties/quota/enum",keyword:"enum",params:{allowedValues: schema9.properties.quotaRequests.items.properties.quota.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err45];
}
else {
vErrors.push(err45);
}
errors++;
}
}
if(data16.quotaCode !== undefined){
if(typeof data16.quotaCode !== "string"){
const err46 = {instancePath:instancePath+"/quotaRequests/" + i2+"/quotaCode",schemaPath:"#/properties/quotaRequests/items/properties/quotaCode/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err46];
}
else {
vErrors.push(err46);
}
errors++;
}
}
if(data16.desiredValue !== undefined){
if(!(typeof data16.desiredValue == "number")){
const err47 = {instancePath:instancePath+"/quotaRequests/" + i2+"/desiredValue",schemaPath:"#/properties/quotaRequests/items/properties/desiredValue/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err47];
}
else {
vErrors.push(err47);
}
errors++;
}
}
if(data16.status !== undefined){
if(typeof data16.status !== "string"){
const err48 = {instancePath:instancePath+"/quotaRequests/" + i2+"/status",schemaPath:"#/properties/quotaRequests/items/properties/status/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err48];
}
else {
vErrors.push(err48);
}
errors++;
}
}
if(data16.caseId !== undefined){
let data26 = data16.caseId;
if((typeof data26 !== "string") && (data26 !== null)){
const err49 = {instancePath:instancePath+"/quotaRequests/" + i2+"/caseId",schemaPath:"#/properties/quotaRequests/items/properties/caseId/type",keyword:"type",params:{type: schema9.properties.quotaRequests.items.properties.caseId.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err49];
}
else {
vErrors.push(err49);
}
errors++;
}
}
if(data16.caseDisplayId !== undefined){
let data27 = data16.caseDisplayId;
if((typeof data27 !== "string") && (data27 !== null)){
const err50 = {instancePath:instancePath+"/quotaRequests/" + i2+"/caseDisplayId",schemaPath:"#/properties/quotaRequests/items/properties/caseDisplayId/type",keyword:"type",params:{type: schema9.properties.quotaRequests.items.properties.caseDisplayId.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err50];
}
else {
vErrors.push(err50);
}
errors++;
}
}
}
else {
const err51 = {instancePath:instancePath+"/quotaRequests/" + i2,schemaPath:"#/properties/quotaRequests/items/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err51];
}
else {
vErrors.push(err51);
}
errors++;
}
}
}
else {
const err52 = {instancePath:instancePath+"/quotaRequests",schemaPath:"#/properties/quotaRequests/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err52];
}
else {
vErrors.push(err52);
}
errors++;
}
}
if(data.emails !== undefined){
let data28 = data.emails;
if(Array.isArray(data28)){
const len3 = data28.length;
for(let i3=0; i3<len3; i3++){
let data29 = data28[i3];
if(data29 && typeof data29 == "object" && !Array.isArray(data29)){
if(data29.scenario === undefined){
const err53 = {instancePath:instancePath+"/emails/" + i3,schemaPath:"#/properties/emails/items/required",keyword:"required",params:{missingProperty: "scenario"},message:"must have required property '"+"scenario"+"'"};
if(vErrors === null){
vErrors = [err53];
}
else {
vErrors.push(err53);
}
errors++;
}
if(data29.subject === undefined){
const err54 = {instancePath:instancePath+"/emails/" + i3,schemaPath:"#/properties/emails/items/required",keyword:"required",params:{missingProperty: "subject"},message:"must have required property '"+"subject"+"'"};
if(vErrors === null){
vErrors = [err54];
}
else {
vErrors.push(err54);
}
errors++;
}
if(data29.body === undefined){
const err55 = {instancePath:instancePath+"/emails/" + i3,schemaPath:"#/properties/emails/items/required",keyword:"required",params:{missingProperty: "body"},message:"must have required property '"+"body"+"'"};
if(vErrors === null){
vErrors = [err55];
}
else {
vErrors.push(err55);
}
errors++;
}
if(data29.attributes === undefined){
const err56 = {instancePath:instancePath+"/emails/" + i3,schemaPath:"#/properties/emails/items/required",keyword:"required",params:{missingProperty: "attributes"},message:"must have required property '"+"attributes"+"'"};
if(vErrors === null){
vErrors = [err56];
}
else {
vErrors.push(err56);
}
errors++;
}
if(data29.recipients === undefined){
const err57 = {instancePath:instancePath+"/emails/" + i3,schemaPath:"#/properties/emails/items/required",keyword:"required",params:{missingProperty: "recipients"},message:"must have required property '"+"recipients"+"'"};
if(vErrors === null){
vErrors = [err57];
}
else {
vErrors.push(err57);
}
errors++;
}
if(data29.at === undefined){
const err58 = {instancePath:instancePath+"/emails/" + i3,schemaPath:"#/properties/emails/items/required",keyword:"required",params:{missingProperty: "at"},message:"must have required property '"+"at"+"'"};
if(vErrors === null){
vErrors = [err58];
}
else {
vErrors.push(err58);
}
errors++;
}
for(const key4 in data29){
if(!(((((((key4 === "scenario") || (key4 === "subject")) || (key4 === "body")) || (key4 === "attributes")) || (key4 === "recipients")) || (key4 === "at")) || (key4 === "executionName"))){
const err59 = {instancePath:instancePath+"/emails/" + i3,schemaPath:"#/properties/emails/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key4},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err59];
}
else {
vErrors.push(err59);
}
errors++;
}
}
if(data29.scenario !== undefined){
if(typeof data29.scenario !== "string"){
const err60 = {instancePath:instancePath+"/emails/" + i3+"/scenario",schemaPath:"#/properties/emails/items/properties/scenario/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err60];
}
else {
vErrors.push(err60);
}
errors++;
}
}
if(data29.subject !== undefined){
if(typeof data29.subject !== "string"){
const err61 = {instancePath:instancePath+"/emails/" + i3+"/subject",schemaPath:"#/properties/emails/items/properties/subject/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err61];
}
else {
vErrors.push(err61);
}
errors++;
}
}
if(data29.body !== undefined){
if(typeof data29.body !== "string"){
const err62 = {instancePath:instancePath+"/emails/" + i3+"/body",schemaPath:"#/properties/emails/items/properties/body/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err62];
}
else {
vErrors.push(err62);
}
errors++;
}
}
if(data29.attributes !== undefined){
let data33 = data29.attributes;
if(data33 && typeof data33 == "object" && !Array.isArray(data33)){
for(const key5 in data33){
if(typeof data33[key5] !== "string"){
const err63 = {instancePath:instancePath+"/emails/" + i3+"/attributes/" + key5.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/emails/items/properties/attributes/additionalProperties/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err63];
}
else {
vErrors.push(err63);
}
errors++;
}
}
}
else {
const err64 = {instancePath:instancePath+"/emails/" + i3+"/attributes",schemaPath:"#/properties/emails/items/properties/attributes/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err64];
}
else {
vErrors.push(err64);
}
errors++;
}
}
if(data29.recipients !== undefined){
let data35 = data29.recipients;
if(Array.isArray(data35)){
const len4 = data35.length;
for(let i4=0; i4<len4; i4++){
if(typeof data35[i4] !== "string"){
const err65 = {instancePath:instancePath+"/emails/" + i3+"/recipients/" + i4,schemaPath:"#/properties/emails/items/properties/recipients/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err65];
}
else {
vErrors.push(err65);
}
errors++;
}
}
}
else {
const err66 = {instancePath:instancePath+"/emails/" + i3+"/recipients",schemaPath:"#/properties/emails/items/properties/recipients/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err66];
}
else {
vErrors.push(err66);
}
errors++;
}
}
if(data29.at !== undefined){
if(typeof data29.at !== "string"){
const err67 = {instancePath:instancePath+"/emails/" + i3+"/at",schemaPath:"#/properties/emails/items/properties/at/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err67];
}
else {
vErrors.push(err67);
}
errors++;
}
}
if(data29.executionName !== undefined){
if(typeof data29.executionName !== "string"){
const err68 = {instancePath:instancePath+"/emails/" + i3+"/executionName",schemaPath:"#/properties/emails/items/properties/executionName/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err68];
}
else {
vErrors.push(err68);
}
errors++;
}
}
}
else {
const err69 = {instancePath:instancePath+"/emails/" + i3,schemaPath:"#/properties/emails/items/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err69];
}
else {
vErrors.push(err69);
}
errors++;
}
}
}
else {
const err70 = {instancePath:instancePath+"/emails",schemaPath:"#/properties/emails/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err70];
}
else {
vErrors.push(err70);
}
errors++;
}
}
}
else {
const err71 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err71];
}
else {
vErrors.push(err71);
}
errors++;
}
validate26.errors = vErrors;
return errors === 0;
}


function validate21(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="https://bedrock-ops-alert.dev/schemas/simulation-output.schema.json" */;
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.results === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "results"},message:"must have required property '"+"results"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
for(const key0 in data){
if(!(((key0 === "results") || (key0 === "account")) || (key0 === "unchangedEvents"))){
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
if(data.results !== undefined){
let data0 = data.results;
if(Array.isArray(data0)){
const len0 = data0.length;
for(let i0=0; i0<len0; i0++){
if(!(validate22(data0[i0], {instancePath:instancePath+"/results/" + i0,parentData:data0,parentDataProperty:i0,rootData}))){
vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);
errors = vErrors.length;
}
}
}
else {
const err2 = {instancePath:instancePath+"/results",schemaPath:"#/properties/results/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.account !== undefined){
if(!(validate26(data.account, {instancePath:instancePath+"/account",parentData:data,parentDataProperty:"account",rootData}))){
vErrors = vErrors === null ? validate26.errors : vErrors.concat(validate26.errors);
errors = vErrors.length;
}
}
if(data.unchangedEvents !== undefined){
let data3 = data.unchangedEvents;
if(Array.isArray(data3)){
const len1 = data3.length;
for(let i1=0; i1<len1; i1++){
let data4 = data3[i1];
if(data4 && typeof data4 == "object" && !Array.isArray(data4)){
if(data4.scenario === undefined){
const err3 = {instancePath:instancePath+"/unchangedEvents/" + i1,schemaPath:"#/properties/unchangedEvents/items/required",keyword:"required",params:{missingProperty: "scenario"},message:"must have required property '"+"scenario"+"'"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data4.index === undefined){
const err4 = {instancePath:instancePath+"/unchangedEvents/" + i1,schemaPath:"#/properties/unchangedEvents/items/required",keyword:"required",params:{missingProperty: "index"},message:"must have required property '"+"index"+"'"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(data4.label === undefined){
const err5 = {instancePath:instancePath+"/unchangedEvents/" + i1,schemaPath:"#/properties/unchangedEvents/items/required",keyword:"required",params:{missingProperty: "label"},message:"must have required property '"+"label"+"'"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(data4.at === undefined){
const err6 = {instancePath:instancePath+"/unchangedEvents/" + i1,schemaPath:"#/properties/unchangedEvents/items/required",keyword:"required",params:{missingProperty: "at"},message:"must have required property '"+"at"+"'"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(data4.reason === undefined){
const err7 = {instancePath:instancePath+"/unchangedEvents/" + i1,schemaPath:"#/properties/unchangedEvents/items/required",keyword:"required",params:{missingProperty: "reason"},message:"must have required property '"+"reason"+"'"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
for(const key1 in data4){
if(!(((((key1 === "scenario") || (key1 === "index")) || (key1 === "label")) || (key1 === "at")) || (key1 === "reason"))){
const err8 = {instancePath:instancePath+"/unchangedEvents/" + i1,schemaPath:"#/properties/unchangedEvents/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data4.scenario !== undefined){
if(typeof data4.scenario !== "string"){
const err9 = {instancePath:instancePath+"/unchangedEvents/" + i1+"/scenario",schemaPath:"#/properties/unchangedEvents/items/properties/scenario/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data4.index !== undefined){
let data6 = data4.index;
if(!((typeof data6 == "number") && (!(data6 % 1) && !isNaN(data6)))){
const err10 = {instancePath:instancePath+"/unchangedEvents/" + i1+"/index",schemaPath:"#/properties/unchangedEvents/items/properties/index/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data4.label !== undefined){
if(typeof data4.label !== "string"){
const err11 = {instancePath:instancePath+"/unchangedEvents/" + i1+"/label",schemaPath:"#/properties/unchangedEvents/items/properties/label/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data4.at !== undefined){
if(typeof data4.at !== "string"){
const err12 = {instancePath:instancePath+"/unchangedEvents/" + i1+"/at",schemaPath:"#/properties/unchangedEvents/items/properties/at/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data4.reason !== undefined){
if(typeof data4.reason !== "string"){
const err13 = {instancePath:instancePath+"/unchangedEvents/" + i1+"/reason",schemaPath:"#/properties/unchangedEvents/items/properties/reason/type",keyword:"type",params:{type: "string"},message:"must be string"};
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
const err14 = {instancePath:instancePath+"/unchangedEvents/" + i1,schemaPath:"#/properties/unchangedEvents/items/type",keyword:"type",params:{type: "object"},message:"must be object"};
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
else {
const err15 = {instancePath:instancePath+"/unchangedEvents",schemaPath:"#/properties/unchangedEvents/type",keyword:"type",params:{type: "array"},message:"must be array"};
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
validate21.errors = vErrors;
return errors === 0;
}

