/* Generated from schemas/simulation-output.schema.json by `npm run gen:types`. Do not edit. */
"use strict";
export const validateSimulationOutput = validate21;
const schema6 = {"$schema":"http://json-schema.org/draft-07/schema#","$id":"https://bedrock-ops-alert.dev/schemas/simulation-output.schema.json","title":"SimulationOutput","description":"What `ops-alert simulate --json` prints on stdout: one result per workflow execution (per delivered event).","type":"object","additionalProperties":false,"required":["results"],"properties":{"results":{"type":"array","items":{"$ref":"#/definitions/result"}}},"definitions":{"result":{"type":"object","additionalProperties":false,"required":["scenario","event","execution","decision","caseAction","notification"],"properties":{"scenario":{"type":"string"},"event":{"type":"object","additionalProperties":false,"required":["index","label","alarmName","state","at"],"properties":{"index":{"type":"integer"},"delivery":{"type":"integer"},"label":{"type":"string"},"alarmName":{"type":"string"},"state":{"type":"string"},"at":{"type":"string"}}},"execution":{"type":"object","additionalProperties":false,"required":["name","status","states"],"properties":{"name":{"type":"string"},"status":{"enum":["SUCCEEDED","FAILED","TIMED_OUT","ABORTED"]},"states":{"type":"array","items":{"type":"string"},"description":"State names in the order they were entered."},"error":{"type":"string"},"cause":{"type":"string"},"failedState":{"type":"string"},"outcome":{"enum":["incident","nothing_to_do","failed"]},"reason":{"type":"string","description":"Why there was nothing to do."}}},"decision":{"oneOf":[{"type":"null"},{"type":"object","additionalProperties":false,"required":["severity","scenario","caseType","quotaIncreases"],"properties":{"severity":{"enum":["CRITICAL","WARNING"]},"scenario":{"enum":["non_quota","new_model","high_usage","low_usage",null]},"caseType":{"enum":["Quota Request","Investigation Request"]},"route":{"enum":["quota_increase","support_case","none"]},"newModelBasis":{"enum":["no_usage_history","usage_unavailable","quotas_unavailable"]},"rationale":{"type":"string"},"alarms":{"type":"array","items":{"type":"string"}},"thresholds":{"type":"object","properties":{"rpm":{"type":"number"},"tpm":{"type":"number"}}},"peaks":{"type":"object","properties":{"rpm":{"type":"number"},"tpm":{"type":"number"}}},"quotaIncreases":{"type":"array","items":{"type":"object","additionalProperties":false,"required":["quota","current","requested","asReference"],"properties":{"quota":{"enum":["RPM","TPM"]},"code":{"type":"string"},"current":{"type":"number"},"requested":{"type":"number"},"asReference":{"type":"boolean"}}}}}}]},"caseAction":{"type":"object","additionalProperties":false,"required":["action"],"properties":{"action":{"enum":["created","appended","suppressed","disabled","none","failed"]},"reason":{"type":"string"},"caseId":{"type":["string","null"]},"displayId":{"type":["string","null"]},"subject":{"type":"string"},"via":{"enum":["support","service_quotas"]},"body":{"type":"string","description":"The text sent to Support (new case or appended communication)."},"quotaRequests":{"type":"array","items":{"type":"object"}}}},"notification":{"type":"object","additionalProperties":false,"required":["sent"],"properties":{"sent":{"type":"boolean"},"subject":{"type":"string"},"body":{"type":"string"},"attributes":{"type":"object"},"recipients":{"type":"array","items":{"type":"string"},"description":"Subscribers whose filter policy accepts the message."}}},"timeline":{"type":"array","items":{"type":"object"}}}}}};
const schema7 = {"type":"object","additionalProperties":false,"required":["scenario","event","execution","decision","caseAction","notification"],"properties":{"scenario":{"type":"string"},"event":{"type":"object","additionalProperties":false,"required":["index","label","alarmName","state","at"],"properties":{"index":{"type":"integer"},"delivery":{"type":"integer"},"label":{"type":"string"},"alarmName":{"type":"string"},"state":{"type":"string"},"at":{"type":"string"}}},"execution":{"type":"object","additionalProperties":false,"required":["name","status","states"],"properties":{"name":{"type":"string"},"status":{"enum":["SUCCEEDED","FAILED","TIMED_OUT","ABORTED"]},"states":{"type":"array","items":{"type":"string"},"description":"State names in the order they were entered."},"error":{"type":"string"},"cause":{"type":"string"},"failedState":{"type":"string"},"outcome":{"enum":["incident","nothing_to_do","failed"]},"reason":{"type":"string","description":"Why there was nothing to do."}}},"decision":{"oneOf":[{"type":"null"},{"type":"object","additionalProperties":false,"required":["severity","scenario","caseType","quotaIncreases"],"properties":{"severity":{"enum":["CRITICAL","WARNING"]},"scenario":{"enum":["non_quota","new_model","high_usage","low_usage",null]},"caseType":{"enum":["Quota Request","Investigation Request"]},"route":{"enum":["quota_increase","support_case","none"]},"newModelBasis":{"enum":["no_usage_history","usage_unavailable","quotas_unavailable"]},"rationale":{"type":"string"},"alarms":{"type":"array","items":{"type":"string"}},"thresholds":{"type":"object","properties":{"rpm":{"type":"number"},"tpm":{"type":"number"}}},"peaks":{"type":"object","properties":{"rpm":{"type":"number"},"tpm":{"type":"number"}}},"quotaIncreases":{"type":"array","items":{"type":"object","additionalProperties":false,"required":["quota","current","requested","asReference"],"properties":{"quota":{"enum":["RPM","TPM"]},"code":{"type":"string"},"current":{"type":"number"},"requested":{"type":"number"},"asReference":{"type":"boolean"}}}}}}]},"caseAction":{"type":"object","additionalProperties":false,"required":["action"],"properties":{"action":{"enum":["created","appended","suppressed","disabled","none","failed"]},"reason":{"type":"string"},"caseId":{"type":["string","null"]},"displayId":{"type":["string","null"]},"subject":{"type":"string"},"via":{"enum":["support","service_quotas"]},"body":{"type":"string","description":"The text sent to Support (new case or appended communication)."},"quotaRequests":{"type":"array","items":{"type":"object"}}}},"notification":{"type":"object","additionalProperties":false,"required":["sent"],"properties":{"sent":{"type":"boolean"},"subject":{"type":"string"},"body":{"type":"string"},"attributes":{"type":"object"},"recipients":{"type":"array","items":{"type":"string"},"description":"Subscribers whose filter policy accepts the message."}}},"timeline":{"type":"array","items":{"type":"object"}}}};
const func2 = Object.prototype.hasOwnProperty;

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
if(!(((((((key0 === "scenario") || (key0 === "event")) || (key0 === "execution")) || (key0 === "decision")) || (key0 === "caseAction")) || (key0 === "notification")) || (key0 === "timeline"))){
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
if(!((((((((key2 === "name") || (key2 === "status")) || (key2 === "states")) || (key2 === "error")) || (key2 === "cause")) || (key2 === "failedState")) || (key2 === "outcome")) || (key2 === "reason"))){
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
}
else {
const err34 = {instancePath:instancePath+"/execution",schemaPath:"#/properties/execution/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
}
if(data.decision !== undefined){
let data18 = data.decision;
const _errs39 = errors;
let valid5 = false;
let passing0 = null;
const _errs40 = errors;
if(data18 !== null){
const err35 = {instancePath:instancePath+"/decision",schemaPath:"#/properties/decision/oneOf/0/type",keyword:"type",params:{type: "null"},message:"must be null"};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
var _valid0 = _errs40 === errors;
if(_valid0){
valid5 = true;
passing0 = 0;
}
const _errs42 = errors;
if(data18 && typeof data18 == "object" && !Array.isArray(data18)){
if(data18.severity === undefined){
const err36 = {instancePath:instancePath+"/decision",schemaPath:"#/properties/decision/oneOf/1/required",keyword:"required",params:{missingProperty: "severity"},message:"must have required property '"+"severity"+"'"};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
if(data18.scenario === undefined){
const err37 = {instancePath:instancePath+"/decision",schemaPath:"#/properties/decision/oneOf/1/required",keyword:"required",params:{missingProperty: "scenario"},message:"must have required property '"+"scenario"+"'"};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
if(data18.caseType === undefined){
const err38 = {instancePath:instancePath+"/decision",schemaPath:"#/properties/decision/oneOf/1/required",keyword:"required",params:{missingProperty: "caseType"},message:"must have required property '"+"caseType"+"'"};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
if(data18.quotaIncreases === undefined){
const err39 = {instancePath:instancePath+"/decision",schemaPath:"#/properties/decision/oneOf/1/required",keyword:"required",params:{missingProperty: "quotaIncreases"},message:"must have required property '"+"quotaIncreases"+"'"};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
for(const key3 in data18){
if(!(func2.call(schema7.properties.decision.oneOf[1].properties, key3))){
const err40 = {instancePath:instancePath+"/decision",schemaPath:"#/properties/decision/oneOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key3},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
}
if(data18.severity !== undefined){
let data19 = data18.severity;
if(!((data19 === "CRITICAL") || (data19 === "WARNING"))){
const err41 = {instancePath:instancePath+"/decision/severity",schemaPath:"#/properties/decision/oneOf/1/properties/severity/enum",keyword:"enum",params:{allowedValues: schema7.properties.decision.oneOf[1].properties.severity.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
}
if(data18.scenario !== undefined){
let data20 = data18.scenario;
if(!(((((data20 === "non_quota") || (data20 === "new_model")) || (data20 === "high_usage")) || (data20 === "low_usage")) || (data20 === null))){
const err42 = {instancePath:instancePath+"/decision/scenario",schemaPath:"#/properties/decision/oneOf/1/properties/scenario/enum",keyword:"enum",params:{allowedValues: schema7.properties.decision.oneOf[1].properties.scenario.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err42];
}
else {
vErrors.push(err42);
}
errors++;
}
}
if(data18.caseType !== undefined){
let data21 = data18.caseType;
if(!((data21 === "Quota Request") || (data21 === "Investigation Request"))){
const err43 = {instancePath:instancePath+"/decision/caseType",schemaPath:"#/properties/decision/oneOf/1/properties/caseType/enum",keyword:"enum",params:{allowedValues: schema7.properties.decision.oneOf[1].properties.caseType.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err43];
}
else {
vErrors.push(err43);
}
errors++;
}
}
if(data18.route !== undefined){
let data22 = data18.route;
if(!(((data22 === "quota_increase") || (data22 === "support_case")) || (data22 === "none"))){
const err44 = {instancePath:instancePath+"/decision/route",schemaPath:"#/properties/decision/oneOf/1/properties/route/enum",keyword:"enum",params:{allowedValues: schema7.properties.decision.oneOf[1].properties.route.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err44];
}
else {
vErrors.push(err44);
}
errors++;
}
}
if(data18.newModelBasis !== undefined){
let data23 = data18.newModelBasis;
if(!(((data23 === "no_usage_history") || (data23 === "usage_unavailable")) || (data23 === "quotas_unavailable"))){
const err45 = {instancePath:instancePath+"/decision/newModelBasis",schemaPath:"#/properties/decision/oneOf/1/properties/newModelBasis/enum",keyword:"enum",params:{allowedValues: schema7.properties.decision.oneOf[1].properties.newModelBasis.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err45];
}
else {
vErrors.push(err45);
}
errors++;
}
}
if(data18.rationale !== undefined){
if(typeof data18.rationale !== "string"){
const err46 = {instancePath:instancePath+"/decision/rationale",schemaPath:"#/properties/decision/oneOf/1/properties/rationale/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err46];
}
else {
vErrors.push(err46);
}
errors++;
}
}
if(data18.alarms !== undefined){
let data25 = data18.alarms;
if(Array.isArray(data25)){
const len1 = data25.length;
for(let i1=0; i1<len1; i1++){
if(typeof data25[i1] !== "string"){
const err47 = {instancePath:instancePath+"/decision/alarms/" + i1,schemaPath:"#/properties/decision/oneOf/1/properties/alarms/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err47];
}
else {
vErrors.push(err47);
}
errors++;
}
}
}
else {
const err48 = {instancePath:instancePath+"/decision/alarms",schemaPath:"#/properties/decision/oneOf/1/properties/alarms/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err48];
}
else {
vErrors.push(err48);
}
errors++;
}
}
if(data18.thresholds !== undefined){
let data27 = data18.thresholds;
if(data27 && typeof data27 == "object" && !Array.isArray(data27)){
if(data27.rpm !== undefined){
if(!(typeof data27.rpm == "number")){
const err49 = {instancePath:instancePath+"/decision/thresholds/rpm",schemaPath:"#/properties/decision/oneOf/1/properties/thresholds/properties/rpm/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err49];
}
else {
vErrors.push(err49);
}
errors++;
}
}
if(data27.tpm !== undefined){
if(!(typeof data27.tpm == "number")){
const err50 = {instancePath:instancePath+"/decision/thresholds/tpm",schemaPath:"#/properties/decision/oneOf/1/properties/thresholds/properties/tpm/type",keyword:"type",params:{type: "number"},message:"must be number"};
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
const err51 = {instancePath:instancePath+"/decision/thresholds",schemaPath:"#/properties/decision/oneOf/1/properties/thresholds/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err51];
}
else {
vErrors.push(err51);
}
errors++;
}
}
if(data18.peaks !== undefined){
let data30 = data18.peaks;
if(data30 && typeof data30 == "object" && !Array.isArray(data30)){
if(data30.rpm !== undefined){
if(!(typeof data30.rpm == "number")){
const err52 = {instancePath:instancePath+"/decision/peaks/rpm",schemaPath:"#/properties/decision/oneOf/1/properties/peaks/properties/rpm/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err52];
}
else {
vErrors.push(err52);
}
errors++;
}
}
if(data30.tpm !== undefined){
if(!(typeof data30.tpm == "number")){
const err53 = {instancePath:instancePath+"/decision/peaks/tpm",schemaPath:"#/properties/decision/oneOf/1/properties/peaks/properties/tpm/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err53];
}
else {
vErrors.push(err53);
}
errors++;
}
}
}
else {
const err54 = {instancePath:instancePath+"/decision/peaks",schemaPath:"#/properties/decision/oneOf/1/properties/peaks/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err54];
}
else {
vErrors.push(err54);
}
errors++;
}
}
if(data18.quotaIncreases !== undefined){
let data33 = data18.quotaIncreases;
if(Array.isArray(data33)){
const len2 = data33.length;
for(let i2=0; i2<len2; i2++){
let data34 = data33[i2];
if(data34 && typeof data34 == "object" && !Array.isArray(data34)){
if(data34.quota === undefined){
const err55 = {instancePath:instancePath+"/decision/quotaIncreases/" + i2,schemaPath:"#/properties/decision/oneOf/1/properties/quotaIncreases/items/required",keyword:"required",params:{missingProperty: "quota"},message:"must have required property '"+"quota"+"'"};
if(vErrors === null){
vErrors = [err55];
}
else {
vErrors.push(err55);
}
errors++;
}
if(data34.current === undefined){
const err56 = {instancePath:instancePath+"/decision/quotaIncreases/" + i2,schemaPath:"#/properties/decision/oneOf/1/properties/quotaIncreases/items/required",keyword:"required",params:{missingProperty: "current"},message:"must have required property '"+"current"+"'"};
if(vErrors === null){
vErrors = [err56];
}
else {
vErrors.push(err56);
}
errors++;
}
if(data34.requested === undefined){
const err57 = {instancePath:instancePath+"/decision/quotaIncreases/" + i2,schemaPath:"#/properties/decision/oneOf/1/properties/quotaIncreases/items/required",keyword:"required",params:{missingProperty: "requested"},message:"must have required property '"+"requested"+"'"};
if(vErrors === null){
vErrors = [err57];
}
else {
vErrors.push(err57);
}
errors++;
}
if(data34.asReference === undefined){
const err58 = {instancePath:instancePath+"/decision/quotaIncreases/" + i2,schemaPath:"#/properties/decision/oneOf/1/properties/quotaIncreases/items/required",keyword:"required",params:{missingProperty: "asReference"},message:"must have required property '"+"asReference"+"'"};
if(vErrors === null){
vErrors = [err58];
}
else {
vErrors.push(err58);
}
errors++;
}
for(const key4 in data34){
if(!(((((key4 === "quota") || (key4 === "code")) || (key4 === "current")) || (key4 === "requested")) || (key4 === "asReference"))){
const err59 = {instancePath:instancePath+"/decision/quotaIncreases/" + i2,schemaPath:"#/properties/decision/oneOf/1/properties/quotaIncreases/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key4},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err59];
}
else {
vErrors.push(err59);
}
errors++;
}
}
if(data34.quota !== undefined){
let data35 = data34.quota;
if(!((data35 === "RPM") || (data35 === "TPM"))){
const err60 = {instancePath:instancePath+"/decision/quotaIncreases/" + i2+"/quota",schemaPath:"#/properties/decision/oneOf/1/properties/quotaIncreases/items/properties/quota/enum",keyword:"enum",params:{allowedValues: schema7.properties.decision.oneOf[1].properties.quotaIncreases.items.properties.quota.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err60];
}
else {
vErrors.push(err60);
}
errors++;
}
}
if(data34.code !== undefined){
if(typeof data34.code !== "string"){
const err61 = {instancePath:instancePath+"/decision/quotaIncreases/" + i2+"/code",schemaPath:"#/properties/decision/oneOf/1/properties/quotaIncreases/items/properties/code/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err61];
}
else {
vErrors.push(err61);
}
errors++;
}
}
if(data34.current !== undefined){
if(!(typeof data34.current == "number")){
const err62 = {instancePath:instancePath+"/decision/quotaIncreases/" + i2+"/current",schemaPath:"#/properties/decision/oneOf/1/properties/quotaIncreases/items/properties/current/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err62];
}
else {
vErrors.push(err62);
}
errors++;
}
}
if(data34.requested !== undefined){
if(!(typeof data34.requested == "number")){
const err63 = {instancePath:instancePath+"/decision/quotaIncreases/" + i2+"/requested",schemaPath:"#/properties/decision/oneOf/1/properties/quotaIncreases/items/properties/requested/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err63];
}
else {
vErrors.push(err63);
}
errors++;
}
}
if(data34.asReference !== undefined){
if(typeof data34.asReference !== "boolean"){
const err64 = {instancePath:instancePath+"/decision/quotaIncreases/" + i2+"/asReference",schemaPath:"#/properties/decision/oneOf/1/properties/quotaIncreases/items/properties/asReference/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err64];
}
else {
vErrors.push(err64);
}
errors++;
}
}
}
else {
const err65 = {instancePath:instancePath+"/decision/quotaIncreases/" + i2,schemaPath:"#/properties/decision/oneOf/1/properties/quotaIncreases/items/type",keyword:"type",params:{type: "object"},message:"must be object"};
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
const err66 = {instancePath:instancePath+"/decision/quotaIncreases",schemaPath:"#/properties/decision/oneOf/1/properties/quotaIncreases/type",keyword:"type",params:{type: "array"},message:"must be array"};
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
const err67 = {instancePath:instancePath+"/decision",schemaPath:"#/properties/decision/oneOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err67];
}
else {
vErrors.push(err67);
}
errors++;
}
var _valid0 = _errs42 === errors;
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
const err68 = {instancePath:instancePath+"/decision",schemaPath:"#/properties/decision/oneOf",keyword:"oneOf",params:{passingSchemas: passing0},message:"must match exactly one schema in oneOf"};
if(vErrors === null){
vErrors = [err68];
}
else {
vErrors.push(err68);
}
errors++;
}
else {
errors = _errs39;
if(vErrors !== null){
if(_errs39){
vErrors.length = _errs39;
}
else {
vErrors = null;
}
}
}
}
if(data.caseAction !== undefined){
let data40 = data.caseAction;
if(data40 && typeof data40 == "object" && !Array.isArray(data40)){
if(data40.action === undefined){
const err69 = {instancePath:instancePath+"/caseAction",schemaPath:"#/properties/caseAction/required",keyword:"required",params:{missingProperty: "action"},message:"must have required property '"+"action"+"'"};
if(vErrors === null){
vErrors = [err69];
}
else {
vErrors.push(err69);
}
errors++;
}
for(const key5 in data40){
if(!((((((((key5 === "action") || (key5 === "reason")) || (key5 === "caseId")) || (key5 === "displayId")) || (key5 === "subject")) || (key5 === "via")) || (key5 === "body")) || (key5 === "quotaRequests"))){
const err70 = {instancePath:instancePath+"/caseAction",schemaPath:"#/properties/caseAction/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key5},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err70];
}
else {
vErrors.push(err70);
}
errors++;
}
}
if(data40.action !== undefined){
let data41 = data40.action;
if(!((((((data41 === "created") || (data41 === "appended")) || (data41 === "suppressed")) || (data41 === "disabled")) || (data41 === "none")) || (data41 === "failed"))){
const err71 = {instancePath:instancePath+"/caseAction/action",schemaPath:"#/properties/caseAction/properties/action/enum",keyword:"enum",params:{allowedValues: schema7.properties.caseAction.properties.action.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err71];
}
else {
vErrors.push(err71);
}
errors++;
}
}
if(data40.reason !== undefined){
if(typeof data40.reason !== "string"){
const err72 = {instancePath:instancePath+"/caseAction/reason",schemaPath:"#/properties/caseAction/properties/reason/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err72];
}
else {
vErrors.push(err72);
}
errors++;
}
}
if(data40.caseId !== undefined){
let data43 = data40.caseId;
if((typeof data43 !== "string") && (data43 !== null)){
const err73 = {instancePath:instancePath+"/caseAction/caseId",schemaPath:"#/properties/caseAction/properties/caseId/type",keyword:"type",params:{type: schema7.properties.caseAction.properties.caseId.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err73];
}
else {
vErrors.push(err73);
}
errors++;
}
}
if(data40.displayId !== undefined){
let data44 = data40.displayId;
if((typeof data44 !== "string") && (data44 !== null)){
const err74 = {instancePath:instancePath+"/caseAction/displayId",schemaPath:"#/properties/caseAction/properties/displayId/type",keyword:"type",params:{type: schema7.properties.caseAction.properties.displayId.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err74];
}
else {
vErrors.push(err74);
}
errors++;
}
}
if(data40.subject !== undefined){
if(typeof data40.subject !== "string"){
const err75 = {instancePath:instancePath+"/caseAction/subject",schemaPath:"#/properties/caseAction/properties/subject/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err75];
}
else {
vErrors.push(err75);
}
errors++;
}
}
if(data40.via !== undefined){
let data46 = data40.via;
if(!((data46 === "support") || (data46 === "service_quotas"))){
const err76 = {instancePath:instancePath+"/caseAction/via",schemaPath:"#/properties/caseAction/properties/via/enum",keyword:"enum",params:{allowedValues: schema7.properties.caseAction.properties.via.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err76];
}
else {
vErrors.push(err76);
}
errors++;
}
}
if(data40.body !== undefined){
if(typeof data40.body !== "string"){
const err77 = {instancePath:instancePath+"/caseAction/body",schemaPath:"#/properties/caseAction/properties/body/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err77];
}
else {
vErrors.push(err77);
}
errors++;
}
}
if(data40.quotaRequests !== undefined){
let data48 = data40.quotaRequests;
if(Array.isArray(data48)){
const len3 = data48.length;
for(let i3=0; i3<len3; i3++){
let data49 = data48[i3];
if(!(data49 && typeof data49 == "object" && !Array.isArray(data49))){
const err78 = {instancePath:instancePath+"/caseAction/quotaRequests/" + i3,schemaPath:"#/properties/caseAction/properties/quotaRequests/items/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err78];
}
else {
vErrors.push(err78);
}
errors++;
}
}
}
else {
const err79 = {instancePath:instancePath+"/caseAction/quotaRequests",schemaPath:"#/properties/caseAction/properties/quotaRequests/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err79];
}
else {
vErrors.push(err79);
}
errors++;
}
}
}
else {
const err80 = {instancePath:instancePath+"/caseAction",schemaPath:"#/properties/caseAction/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err80];
}
else {
vErrors.push(err80);
}
errors++;
}
}
if(data.notification !== undefined){
let data50 = data.notification;
if(data50 && typeof data50 == "object" && !Array.isArray(data50)){
if(data50.sent === undefined){
const err81 = {instancePath:instancePath+"/notification",schemaPath:"#/properties/notification/required",keyword:"required",params:{missingProperty: "sent"},message:"must have required property '"+"sent"+"'"};
if(vErrors === null){
vErrors = [err81];
}
else {
vErrors.push(err81);
}
errors++;
}
for(const key6 in data50){
if(!(((((key6 === "sent") || (key6 === "subject")) || (key6 === "body")) || (key6 === "attributes")) || (key6 === "recipients"))){
const err82 = {instancePath:instancePath+"/notification",schemaPath:"#/properties/notification/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key6},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err82];
}
else {
vErrors.push(err82);
}
errors++;
}
}
if(data50.sent !== undefined){
if(typeof data50.sent !== "boolean"){
const err83 = {instancePath:instancePath+"/notification/sent",schemaPath:"#/properties/notification/properties/sent/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err83];
}
else {
vErrors.push(err83);
}
errors++;
}
}
if(data50.subject !== undefined){
if(typeof data50.subject !== "string"){
const err84 = {instancePath:instancePath+"/notification/subject",schemaPath:"#/properties/notification/properties/subject/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err84];
}
else {
vErrors.push(err84);
}
errors++;
}
}
if(data50.body !== undefined){
if(typeof data50.body !== "string"){
const err85 = {instancePath:instancePath+"/notification/body",schemaPath:"#/properties/notification/properties/body/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err85];
}
else {
vErrors.push(err85);
}
errors++;
}
}
if(data50.attributes !== undefined){
let data54 = data50.attributes;
if(!(data54 && typeof data54 == "object" && !Array.isArray(data54))){
const err86 = {instancePath:instancePath+"/notification/attributes",schemaPath:"#/properties/notification/properties/attributes/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err86];
}
else {
vErrors.push(err86);
}
errors++;
}
}
if(data50.recipients !== undefined){
let data55 = data50.recipients;
if(Array.isArray(data55)){
const len4 = data55.length;
for(let i4=0; i4<len4; i4++){
if(typeof data55[i4] !== "string"){
const err87 = {instancePath:instancePath+"/notification/recipients/" + i4,schemaPath:"#/properties/notification/properties/recipients/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err87];
}
else {
vErrors.push(err87);
}
errors++;
}
}
}
else {
const err88 = {instancePath:instancePath+"/notification/recipients",schemaPath:"#/properties/notification/properties/recipients/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err88];
}
else {
vErrors.push(err88);
}
errors++;
}
}
}
else {
const err89 = {instancePath:instancePath+"/notification",schemaPath:"#/properties/notification/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err89];
}
else {
vErrors.push(err89);
}
errors++;
}
}
if(data.timeline !== undefined){
let data57 = data.timeline;
if(Array.isArray(data57)){
const len5 = data57.length;
for(let i5=0; i5<len5; i5++){
let data58 = data57[i5];
if(!(data58 && typeof data58 == "object" && !Array.isArray(data58))){
const err90 = {instancePath:instancePath+"/timeline/" + i5,schemaPath:"#/properties/timeline/items/type",keyword:"type",params:{type: "object"},message:"must be object"};
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
const err91 = {instancePath:instancePath+"/timeline",schemaPath:"#/properties/timeline/type",keyword:"type",params:{type: "array"},message:"must be array"};
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
const err92 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err92];
}
else {
vErrors.push(err92);
}
errors++;
}
validate22.errors = vErrors;
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
if(!(key0 === "results")){
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
validate21.errors = vErrors;
return errors === 0;
}

