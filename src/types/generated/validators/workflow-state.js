/* Generated from schemas/workflow-state.schema.json by `npm run gen:types`. Do not edit. */
"use strict";
export const validateClassifyAlarmsInput = validate21;
const schema6 = {"$schema":"http://json-schema.org/draft-07/schema#","title":"WorkflowState","description":"The state object the workflow carries from step to step (each step adds its part with ResultPath). Each Lambda step checks that the parts it needs are present and well-formed (each step's `needs` in src/steps/defs/ lists them).","type":"object","required":["execution","settings","incident"],"properties":{"execution":{"$ref":"https://bedrock-ops-alert.dev/schemas/workflow-state/execution.schema.json"},"event":{"$ref":"https://bedrock-ops-alert.dev/schemas/workflow-state/event.schema.json"},"status":{"$ref":"https://bedrock-ops-alert.dev/schemas/workflow-state/status.schema.json"},"settings":{"$ref":"https://bedrock-ops-alert.dev/schemas/workflow-state/settings.schema.json"},"incident":{"$ref":"https://bedrock-ops-alert.dev/schemas/workflow-state/incident.schema.json"},"classification":{"$ref":"https://bedrock-ops-alert.dev/schemas/workflow-state/classification.schema.json"},"facts":{"$ref":"https://bedrock-ops-alert.dev/schemas/workflow-state/facts.schema.json"},"decision":{"$ref":"https://bedrock-ops-alert.dev/schemas/workflow-state/decision.schema.json"},"openCase":{"$ref":"https://bedrock-ops-alert.dev/schemas/workflow-state/openCase.schema.json"},"quotaRequest":{"$ref":"https://bedrock-ops-alert.dev/schemas/workflow-state/quotaRequest.schema.json"},"caseAction":{"$ref":"https://bedrock-ops-alert.dev/schemas/workflow-state/caseAction.schema.json"},"error":{"$ref":"https://bedrock-ops-alert.dev/schemas/workflow-state/error.schema.json"}}};
const schema7 = {"$id":"https://bedrock-ops-alert.dev/schemas/workflow-state/execution.schema.json","type":"object","required":["id","name","startedAt"],"properties":{"id":{"type":"string"},"name":{"type":"string"},"startedAt":{"type":"string"}},"definitions":{"model":{"type":"object","required":["name","modelId"],"properties":{"name":{"type":"string"},"modelId":{"type":"string"}}},"firedAlarm":{"type":"object","required":["name","arn","kind","since"],"properties":{"name":{"type":"string"},"arn":{"type":"string"},"kind":{"type":"string"},"since":{"type":"string"}}}}};

function validate22(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="https://bedrock-ops-alert.dev/schemas/workflow-state/execution.schema.json" */;
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
if(data.name === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.startedAt === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "startedAt"},message:"must have required property '"+"startedAt"+"'"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.id !== undefined){
if(typeof data.id !== "string"){
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
if(typeof data.name !== "string"){
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
if(data.startedAt !== undefined){
if(typeof data.startedAt !== "string"){
const err5 = {instancePath:instancePath+"/startedAt",schemaPath:"#/properties/startedAt/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
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
validate22.errors = vErrors;
return errors === 0;
}

const schema8 = {"$id":"https://bedrock-ops-alert.dev/schemas/workflow-state/event.schema.json","type":"object","definitions":{"model":{"type":"object","required":["name","modelId"],"properties":{"name":{"type":"string"},"modelId":{"type":"string"}}},"firedAlarm":{"type":"object","required":["name","arn","kind","since"],"properties":{"name":{"type":"string"},"arn":{"type":"string"},"kind":{"type":"string"},"since":{"type":"string"}}}}};

function validate24(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="https://bedrock-ops-alert.dev/schemas/workflow-state/event.schema.json" */;
let vErrors = null;
let errors = 0;
if(!(data && typeof data == "object" && !Array.isArray(data))){
const err0 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
validate24.errors = vErrors;
return errors === 0;
}

const schema9 = {"$id":"https://bedrock-ops-alert.dev/schemas/workflow-state/status.schema.json","enum":["incident","nothing_to_do"],"definitions":{"model":{"type":"object","required":["name","modelId"],"properties":{"name":{"type":"string"},"modelId":{"type":"string"}}},"firedAlarm":{"type":"object","required":["name","arn","kind","since"],"properties":{"name":{"type":"string"},"arn":{"type":"string"},"kind":{"type":"string"},"since":{"type":"string"}}}}};

function validate26(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="https://bedrock-ops-alert.dev/schemas/workflow-state/status.schema.json" */;
let vErrors = null;
let errors = 0;
if(!((data === "incident") || (data === "nothing_to_do"))){
const err0 = {instancePath,schemaPath:"#/enum",keyword:"enum",params:{allowedValues: schema9.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
validate26.errors = vErrors;
return errors === 0;
}

const schema10 = {"$id":"https://bedrock-ops-alert.dev/schemas/workflow-state/settings.schema.json","type":"object","required":["customerName","model","caseAutomation","quotaPolicy","usageWindowDays","settleWindowSeconds","quotaCasePoll"],"properties":{"customerName":{"type":"string"},"model":{"$ref":"#/definitions/model"},"usageWindowDays":{"type":"integer"},"settleWindowSeconds":{"type":"integer"},"caseAutomation":{"type":"object","required":["enabled","lookbackDays","severity","ccEmailAddresses","useCaseDescription","language"]},"quotaPolicy":{"type":"object","required":["rpmIncreasePercent","tpmIncreasePercent","rpmThresholdPercent","tpmThresholdPercent"]},"quotaCasePoll":{"type":"object","required":["intervalSeconds","maxAttempts"]}},"definitions":{"model":{"type":"object","required":["name","modelId"],"properties":{"name":{"type":"string"},"modelId":{"type":"string"}}},"firedAlarm":{"type":"object","required":["name","arn","kind","since"],"properties":{"name":{"type":"string"},"arn":{"type":"string"},"kind":{"type":"string"},"since":{"type":"string"}}}}};
const schema11 = {"type":"object","required":["name","modelId"],"properties":{"name":{"type":"string"},"modelId":{"type":"string"}}};

function validate29(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
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
if(data.modelId !== undefined){
if(typeof data.modelId !== "string"){
const err3 = {instancePath:instancePath+"/modelId",schemaPath:"#/properties/modelId/type",keyword:"type",params:{type: "string"},message:"must be string"};
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
validate29.errors = vErrors;
return errors === 0;
}


function validate28(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="https://bedrock-ops-alert.dev/schemas/workflow-state/settings.schema.json" */;
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
if(data.model === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "model"},message:"must have required property '"+"model"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.caseAutomation === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "caseAutomation"},message:"must have required property '"+"caseAutomation"+"'"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.quotaPolicy === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "quotaPolicy"},message:"must have required property '"+"quotaPolicy"+"'"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data.usageWindowDays === undefined){
const err4 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "usageWindowDays"},message:"must have required property '"+"usageWindowDays"+"'"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(data.settleWindowSeconds === undefined){
const err5 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "settleWindowSeconds"},message:"must have required property '"+"settleWindowSeconds"+"'"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(data.quotaCasePoll === undefined){
const err6 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "quotaCasePoll"},message:"must have required property '"+"quotaCasePoll"+"'"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
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
if(data.model !== undefined){
if(!(validate29(data.model, {instancePath:instancePath+"/model",parentData:data,parentDataProperty:"model",rootData}))){
vErrors = vErrors === null ? validate29.errors : vErrors.concat(validate29.errors);
errors = vErrors.length;
}
}
if(data.usageWindowDays !== undefined){
let data2 = data.usageWindowDays;
if(!((typeof data2 == "number") && (!(data2 % 1) && !isNaN(data2)))){
const err8 = {instancePath:instancePath+"/usageWindowDays",schemaPath:"#/properties/usageWindowDays/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.settleWindowSeconds !== undefined){
let data3 = data.settleWindowSeconds;
if(!((typeof data3 == "number") && (!(data3 % 1) && !isNaN(data3)))){
const err9 = {instancePath:instancePath+"/settleWindowSeconds",schemaPath:"#/properties/settleWindowSeconds/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
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
let data4 = data.caseAutomation;
if(data4 && typeof data4 == "object" && !Array.isArray(data4)){
if(data4.enabled === undefined){
const err10 = {instancePath:instancePath+"/caseAutomation",schemaPath:"#/properties/caseAutomation/required",keyword:"required",params:{missingProperty: "enabled"},message:"must have required property '"+"enabled"+"'"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
if(data4.lookbackDays === undefined){
const err11 = {instancePath:instancePath+"/caseAutomation",schemaPath:"#/properties/caseAutomation/required",keyword:"required",params:{missingProperty: "lookbackDays"},message:"must have required property '"+"lookbackDays"+"'"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
if(data4.severity === undefined){
const err12 = {instancePath:instancePath+"/caseAutomation",schemaPath:"#/properties/caseAutomation/required",keyword:"required",params:{missingProperty: "severity"},message:"must have required property '"+"severity"+"'"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
if(data4.ccEmailAddresses === undefined){
const err13 = {instancePath:instancePath+"/caseAutomation",schemaPath:"#/properties/caseAutomation/required",keyword:"required",params:{missingProperty: "ccEmailAddresses"},message:"must have required property '"+"ccEmailAddresses"+"'"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
if(data4.useCaseDescription === undefined){
const err14 = {instancePath:instancePath+"/caseAutomation",schemaPath:"#/properties/caseAutomation/required",keyword:"required",params:{missingProperty: "useCaseDescription"},message:"must have required property '"+"useCaseDescription"+"'"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
if(data4.language === undefined){
const err15 = {instancePath:instancePath+"/caseAutomation",schemaPath:"#/properties/caseAutomation/required",keyword:"required",params:{missingProperty: "language"},message:"must have required property '"+"language"+"'"};
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
const err16 = {instancePath:instancePath+"/caseAutomation",schemaPath:"#/properties/caseAutomation/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
if(data.quotaPolicy !== undefined){
let data5 = data.quotaPolicy;
if(data5 && typeof data5 == "object" && !Array.isArray(data5)){
if(data5.rpmIncreasePercent === undefined){
const err17 = {instancePath:instancePath+"/quotaPolicy",schemaPath:"#/properties/quotaPolicy/required",keyword:"required",params:{missingProperty: "rpmIncreasePercent"},message:"must have required property '"+"rpmIncreasePercent"+"'"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
if(data5.tpmIncreasePercent === undefined){
const err18 = {instancePath:instancePath+"/quotaPolicy",schemaPath:"#/properties/quotaPolicy/required",keyword:"required",params:{missingProperty: "tpmIncreasePercent"},message:"must have required property '"+"tpmIncreasePercent"+"'"};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
if(data5.rpmThresholdPercent === undefined){
const err19 = {instancePath:instancePath+"/quotaPolicy",schemaPath:"#/properties/quotaPolicy/required",keyword:"required",params:{missingProperty: "rpmThresholdPercent"},message:"must have required property '"+"rpmThresholdPercent"+"'"};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
if(data5.tpmThresholdPercent === undefined){
const err20 = {instancePath:instancePath+"/quotaPolicy",schemaPath:"#/properties/quotaPolicy/required",keyword:"required",params:{missingProperty: "tpmThresholdPercent"},message:"must have required property '"+"tpmThresholdPercent"+"'"};
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
const err21 = {instancePath:instancePath+"/quotaPolicy",schemaPath:"#/properties/quotaPolicy/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
if(data.quotaCasePoll !== undefined){
let data6 = data.quotaCasePoll;
if(data6 && typeof data6 == "object" && !Array.isArray(data6)){
if(data6.intervalSeconds === undefined){
const err22 = {instancePath:instancePath+"/quotaCasePoll",schemaPath:"#/properties/quotaCasePoll/required",keyword:"required",params:{missingProperty: "intervalSeconds"},message:"must have required property '"+"intervalSeconds"+"'"};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
if(data6.maxAttempts === undefined){
const err23 = {instancePath:instancePath+"/quotaCasePoll",schemaPath:"#/properties/quotaCasePoll/required",keyword:"required",params:{missingProperty: "maxAttempts"},message:"must have required property '"+"maxAttempts"+"'"};
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
const err24 = {instancePath:instancePath+"/quotaCasePoll",schemaPath:"#/properties/quotaCasePoll/type",keyword:"type",params:{type: "object"},message:"must be object"};
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
const err25 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
validate28.errors = vErrors;
return errors === 0;
}

const schema12 = {"$id":"https://bedrock-ops-alert.dev/schemas/workflow-state/incident.schema.json","type":"object","required":["model","compositeAlarmName","alarms","at","region","account"],"properties":{"model":{"$ref":"#/definitions/model"},"compositeAlarmName":{"type":"string"},"alarms":{"type":"array","items":{"$ref":"#/definitions/firedAlarm"}},"at":{"type":"string"},"region":{"type":"string"},"account":{"type":"string"},"accountName":{"type":"string"}},"definitions":{"model":{"type":"object","required":["name","modelId"],"properties":{"name":{"type":"string"},"modelId":{"type":"string"}}},"firedAlarm":{"type":"object","required":["name","arn","kind","since"],"properties":{"name":{"type":"string"},"arn":{"type":"string"},"kind":{"type":"string"},"since":{"type":"string"}}}}};

function validate33(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
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
if(data.modelId !== undefined){
if(typeof data.modelId !== "string"){
const err3 = {instancePath:instancePath+"/modelId",schemaPath:"#/properties/modelId/type",keyword:"type",params:{type: "string"},message:"must be string"};
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
validate33.errors = vErrors;
return errors === 0;
}

const schema14 = {"type":"object","required":["name","arn","kind","since"],"properties":{"name":{"type":"string"},"arn":{"type":"string"},"kind":{"type":"string"},"since":{"type":"string"}}};

function validate35(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
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
if(data.arn === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "arn"},message:"must have required property '"+"arn"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.kind === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "kind"},message:"must have required property '"+"kind"+"'"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.since === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "since"},message:"must have required property '"+"since"+"'"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data.name !== undefined){
if(typeof data.name !== "string"){
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
if(data.arn !== undefined){
if(typeof data.arn !== "string"){
const err5 = {instancePath:instancePath+"/arn",schemaPath:"#/properties/arn/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.kind !== undefined){
if(typeof data.kind !== "string"){
const err6 = {instancePath:instancePath+"/kind",schemaPath:"#/properties/kind/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.since !== undefined){
if(typeof data.since !== "string"){
const err7 = {instancePath:instancePath+"/since",schemaPath:"#/properties/since/type",keyword:"type",params:{type: "string"},message:"must be string"};
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
const err8 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
validate35.errors = vErrors;
return errors === 0;
}


function validate32(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="https://bedrock-ops-alert.dev/schemas/workflow-state/incident.schema.json" */;
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
if(data.compositeAlarmName === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "compositeAlarmName"},message:"must have required property '"+"compositeAlarmName"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.alarms === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "alarms"},message:"must have required property '"+"alarms"+"'"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.at === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "at"},message:"must have required property '"+"at"+"'"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data.region === undefined){
const err4 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "region"},message:"must have required property '"+"region"+"'"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(data.account === undefined){
const err5 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "account"},message:"must have required property '"+"account"+"'"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(data.model !== undefined){
if(!(validate33(data.model, {instancePath:instancePath+"/model",parentData:data,parentDataProperty:"model",rootData}))){
vErrors = vErrors === null ? validate33.errors : vErrors.concat(validate33.errors);
errors = vErrors.length;
}
}
if(data.compositeAlarmName !== undefined){
if(typeof data.compositeAlarmName !== "string"){
const err6 = {instancePath:instancePath+"/compositeAlarmName",schemaPath:"#/properties/compositeAlarmName/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.alarms !== undefined){
let data2 = data.alarms;
if(Array.isArray(data2)){
const len0 = data2.length;
for(let i0=0; i0<len0; i0++){
if(!(validate35(data2[i0], {instancePath:instancePath+"/alarms/" + i0,parentData:data2,parentDataProperty:i0,rootData}))){
vErrors = vErrors === null ? validate35.errors : vErrors.concat(validate35.errors);
errors = vErrors.length;
}
}
}
else {
const err7 = {instancePath:instancePath+"/alarms",schemaPath:"#/properties/alarms/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.at !== undefined){
if(typeof data.at !== "string"){
const err8 = {instancePath:instancePath+"/at",schemaPath:"#/properties/at/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.region !== undefined){
if(typeof data.region !== "string"){
const err9 = {instancePath:instancePath+"/region",schemaPath:"#/properties/region/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.account !== undefined){
if(typeof data.account !== "string"){
const err10 = {instancePath:instancePath+"/account",schemaPath:"#/properties/account/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data.accountName !== undefined){
if(typeof data.accountName !== "string"){
const err11 = {instancePath:instancePath+"/accountName",schemaPath:"#/properties/accountName/type",keyword:"type",params:{type: "string"},message:"must be string"};
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
validate32.errors = vErrors;
return errors === 0;
}

const schema15 = {"$id":"https://bedrock-ops-alert.dev/schemas/workflow-state/classification.schema.json","type":"object","required":["severity","category","caseType","quotasConcerned","alarms"],"properties":{"severity":{"enum":["CRITICAL","WARNING"]},"category":{"enum":["quota","non_quota"]},"caseType":{"enum":["Quota Request","Investigation Request"]},"alarms":{"type":"array","minItems":1,"items":{"$ref":"#/definitions/firedAlarm"}},"usageProfiles":{"type":"array","maxItems":10,"description":"The application profiles the model's summed usage alarm sums, when they differ from the declared ones (the threshold updater's discovered profiles): FetchUsage sums the model and these.","items":{"type":"object","additionalProperties":false,"required":["name","profileId"],"properties":{"name":{"type":"string","pattern":"^[A-Za-z0-9_.-]{1,64}$"},"profileId":{"type":"string","pattern":"^[a-zA-Z0-9:.-]{1,64}$"}}}}},"definitions":{"model":{"type":"object","required":["name","modelId"],"properties":{"name":{"type":"string"},"modelId":{"type":"string"}}},"firedAlarm":{"type":"object","required":["name","arn","kind","since"],"properties":{"name":{"type":"string"},"arn":{"type":"string"},"kind":{"type":"string"},"since":{"type":"string"}}}}};

function validate39(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
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
if(data.arn === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "arn"},message:"must have required property '"+"arn"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.kind === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "kind"},message:"must have required property '"+"kind"+"'"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.since === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "since"},message:"must have required property '"+"since"+"'"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data.name !== undefined){
if(typeof data.name !== "string"){
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
if(data.arn !== undefined){
if(typeof data.arn !== "string"){
const err5 = {instancePath:instancePath+"/arn",schemaPath:"#/properties/arn/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.kind !== undefined){
if(typeof data.kind !== "string"){
const err6 = {instancePath:instancePath+"/kind",schemaPath:"#/properties/kind/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.since !== undefined){
if(typeof data.since !== "string"){
const err7 = {instancePath:instancePath+"/since",schemaPath:"#/properties/since/type",keyword:"type",params:{type: "string"},message:"must be string"};
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
const err8 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
validate39.errors = vErrors;
return errors === 0;
}

const pattern0 = new RegExp("^[A-Za-z0-9_.-]{1,64}$", "u");
const pattern1 = new RegExp("^[a-zA-Z0-9:.-]{1,64}$", "u");

function validate38(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="https://bedrock-ops-alert.dev/schemas/workflow-state/classification.schema.json" */;
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.severity === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "severity"},message:"must have required property '"+"severity"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.category === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "category"},message:"must have required property '"+"category"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.caseType === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "caseType"},message:"must have required property '"+"caseType"+"'"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.quotasConcerned === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "quotasConcerned"},message:"must have required property '"+"quotasConcerned"+"'"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data.alarms === undefined){
const err4 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "alarms"},message:"must have required property '"+"alarms"+"'"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(data.severity !== undefined){
let data0 = data.severity;
if(!((data0 === "CRITICAL") || (data0 === "WARNING"))){
const err5 = {instancePath:instancePath+"/severity",schemaPath:"#/properties/severity/enum",keyword:"enum",params:{allowedValues: schema15.properties.severity.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.category !== undefined){
let data1 = data.category;
if(!((data1 === "quota") || (data1 === "non_quota"))){
const err6 = {instancePath:instancePath+"/category",schemaPath:"#/properties/category/enum",keyword:"enum",params:{allowedValues: schema15.properties.category.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.caseType !== undefined){
let data2 = data.caseType;
if(!((data2 === "Quota Request") || (data2 === "Investigation Request"))){
const err7 = {instancePath:instancePath+"/caseType",schemaPath:"#/properties/caseType/enum",keyword:"enum",params:{allowedValues: schema15.properties.caseType.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.alarms !== undefined){
let data3 = data.alarms;
if(Array.isArray(data3)){
if(data3.length < 1){
const err8 = {instancePath:instancePath+"/alarms",schemaPath:"#/properties/alarms/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
const len0 = data3.length;
for(let i0=0; i0<len0; i0++){
if(!(validate39(data3[i0], {instancePath:instancePath+"/alarms/" + i0,parentData:data3,parentDataProperty:i0,rootData}))){
vErrors = vErrors === null ? validate39.errors : vErrors.concat(validate39.errors);
errors = vErrors.length;
}
}
}
else {
const err9 = {instancePath:instancePath+"/alarms",schemaPath:"#/properties/alarms/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.usageProfiles !== undefined){
let data5 = data.usageProfiles;
if(Array.isArray(data5)){
if(data5.length > 10){
const err10 = {instancePath:instancePath+"/usageProfiles",schemaPath:"#/properties/usageProfiles/maxItems",keyword:"maxItems",params:{limit: 10},message:"must NOT have more than 10 items"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
const len1 = data5.length;
for(let i1=0; i1<len1; i1++){
let data6 = data5[i1];
if(data6 && typeof data6 == "object" && !Array.isArray(data6)){
if(data6.name === undefined){
const err11 = {instancePath:instancePath+"/usageProfiles/" + i1,schemaPath:"#/properties/usageProfiles/items/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
if(data6.profileId === undefined){
const err12 = {instancePath:instancePath+"/usageProfiles/" + i1,schemaPath:"#/properties/usageProfiles/items/required",keyword:"required",params:{missingProperty: "profileId"},message:"must have required property '"+"profileId"+"'"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
for(const key0 in data6){
if(!((key0 === "name") || (key0 === "profileId"))){
const err13 = {instancePath:instancePath+"/usageProfiles/" + i1,schemaPath:"#/properties/usageProfiles/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data6.name !== undefined){
let data7 = data6.name;
if(typeof data7 === "string"){
if(!pattern0.test(data7)){
const err14 = {instancePath:instancePath+"/usageProfiles/" + i1+"/name",schemaPath:"#/properties/usageProfiles/items/properties/name/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9_.-]{1,64}$"},message:"must match pattern \""+"^[A-Za-z0-9_.-]{1,64}$"+"\""};
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
const err15 = {instancePath:instancePath+"/usageProfiles/" + i1+"/name",schemaPath:"#/properties/usageProfiles/items/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
if(data6.profileId !== undefined){
let data8 = data6.profileId;
if(typeof data8 === "string"){
if(!pattern1.test(data8)){
const err16 = {instancePath:instancePath+"/usageProfiles/" + i1+"/profileId",schemaPath:"#/properties/usageProfiles/items/properties/profileId/pattern",keyword:"pattern",params:{pattern: "^[a-zA-Z0-9:.-]{1,64}$"},message:"must match pattern \""+"^[a-zA-Z0-9:.-]{1,64}$"+"\""};
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
const err17 = {instancePath:instancePath+"/usageProfiles/" + i1+"/profileId",schemaPath:"#/properties/usageProfiles/items/properties/profileId/type",keyword:"type",params:{type: "string"},message:"must be string"};
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
const err18 = {instancePath:instancePath+"/usageProfiles/" + i1,schemaPath:"#/properties/usageProfiles/items/type",keyword:"type",params:{type: "object"},message:"must be object"};
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
const err19 = {instancePath:instancePath+"/usageProfiles",schemaPath:"#/properties/usageProfiles/type",keyword:"type",params:{type: "array"},message:"must be array"};
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
const err20 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
validate38.errors = vErrors;
return errors === 0;
}

const schema17 = {"$id":"https://bedrock-ops-alert.dev/schemas/workflow-state/facts.schema.json","type":"object","required":["quotas","usage"],"properties":{"quotas":{"type":"object","required":["status"],"properties":{"status":{"enum":["ok","unavailable"]}}},"usage":{"type":"object","required":["status"],"properties":{"status":{"enum":["ok","unavailable"]}}}},"definitions":{"model":{"type":"object","required":["name","modelId"],"properties":{"name":{"type":"string"},"modelId":{"type":"string"}}},"firedAlarm":{"type":"object","required":["name","arn","kind","since"],"properties":{"name":{"type":"string"},"arn":{"type":"string"},"kind":{"type":"string"},"since":{"type":"string"}}}}};

function validate42(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="https://bedrock-ops-alert.dev/schemas/workflow-state/facts.schema.json" */;
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.quotas === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "quotas"},message:"must have required property '"+"quotas"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.usage === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "usage"},message:"must have required property '"+"usage"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.quotas !== undefined){
let data0 = data.quotas;
if(data0 && typeof data0 == "object" && !Array.isArray(data0)){
if(data0.status === undefined){
const err2 = {instancePath:instancePath+"/quotas",schemaPath:"#/properties/quotas/required",keyword:"required",params:{missingProperty: "status"},message:"must have required property '"+"status"+"'"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data0.status !== undefined){
let data1 = data0.status;
if(!((data1 === "ok") || (data1 === "unavailable"))){
const err3 = {instancePath:instancePath+"/quotas/status",schemaPath:"#/properties/quotas/properties/status/enum",keyword:"enum",params:{allowedValues: schema17.properties.quotas.properties.status.enum},message:"must be equal to one of the allowed values"};
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
const err4 = {instancePath:instancePath+"/quotas",schemaPath:"#/properties/quotas/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.usage !== undefined){
let data2 = data.usage;
if(data2 && typeof data2 == "object" && !Array.isArray(data2)){
if(data2.status === undefined){
const err5 = {instancePath:instancePath+"/usage",schemaPath:"#/properties/usage/required",keyword:"required",params:{missingProperty: "status"},message:"must have required property '"+"status"+"'"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(data2.status !== undefined){
let data3 = data2.status;
if(!((data3 === "ok") || (data3 === "unavailable"))){
const err6 = {instancePath:instancePath+"/usage/status",schemaPath:"#/properties/usage/properties/status/enum",keyword:"enum",params:{allowedValues: schema17.properties.usage.properties.status.enum},message:"must be equal to one of the allowed values"};
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
const err7 = {instancePath:instancePath+"/usage",schemaPath:"#/properties/usage/type",keyword:"type",params:{type: "object"},message:"must be object"};
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
const err8 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
validate42.errors = vErrors;
return errors === 0;
}

const schema18 = {"$id":"https://bedrock-ops-alert.dev/schemas/workflow-state/decision.schema.json","type":"object","required":["severity","scenario","caseType","route","quotaIncreases","notRequested","thresholds","rationale"],"properties":{"scenario":{"enum":["non_quota","new_model","high_usage","low_usage"]},"route":{"enum":["quota_increase","support_case","none"]}},"definitions":{"model":{"type":"object","required":["name","modelId"],"properties":{"name":{"type":"string"},"modelId":{"type":"string"}}},"firedAlarm":{"type":"object","required":["name","arn","kind","since"],"properties":{"name":{"type":"string"},"arn":{"type":"string"},"kind":{"type":"string"},"since":{"type":"string"}}}}};

function validate44(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="https://bedrock-ops-alert.dev/schemas/workflow-state/decision.schema.json" */;
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.severity === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "severity"},message:"must have required property '"+"severity"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.scenario === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "scenario"},message:"must have required property '"+"scenario"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.caseType === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "caseType"},message:"must have required property '"+"caseType"+"'"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.route === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "route"},message:"must have required property '"+"route"+"'"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data.quotaIncreases === undefined){
const err4 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "quotaIncreases"},message:"must have required property '"+"quotaIncreases"+"'"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(data.notRequested === undefined){
const err5 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "notRequested"},message:"must have required property '"+"notRequested"+"'"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(data.thresholds === undefined){
const err6 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "thresholds"},message:"must have required property '"+"thresholds"+"'"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(data.rationale === undefined){
const err7 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "rationale"},message:"must have required property '"+"rationale"+"'"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(data.scenario !== undefined){
let data0 = data.scenario;
if(!((((data0 === "non_quota") || (data0 === "new_model")) || (data0 === "high_usage")) || (data0 === "low_usage"))){
const err8 = {instancePath:instancePath+"/scenario",schemaPath:"#/properties/scenario/enum",keyword:"enum",params:{allowedValues: schema18.properties.scenario.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.route !== undefined){
let data1 = data.route;
if(!(((data1 === "quota_increase") || (data1 === "support_case")) || (data1 === "none"))){
const err9 = {instancePath:instancePath+"/route",schemaPath:"#/properties/route/enum",keyword:"enum",params:{allowedValues: schema18.properties.route.enum},message:"must be equal to one of the allowed values"};
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
validate44.errors = vErrors;
return errors === 0;
}

const schema19 = {"$id":"https://bedrock-ops-alert.dev/schemas/workflow-state/openCase.schema.json","type":"object","required":["found","ledgerKey","newTransitions","alreadyCommunicated","supportPlan"],"properties":{"found":{"type":"boolean"},"ledgerKey":{"type":"string"},"newTransitions":{"type":"array","items":{"type":"string"}}},"definitions":{"model":{"type":"object","required":["name","modelId"],"properties":{"name":{"type":"string"},"modelId":{"type":"string"}}},"firedAlarm":{"type":"object","required":["name","arn","kind","since"],"properties":{"name":{"type":"string"},"arn":{"type":"string"},"kind":{"type":"string"},"since":{"type":"string"}}}}};

function validate46(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="https://bedrock-ops-alert.dev/schemas/workflow-state/openCase.schema.json" */;
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.found === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "found"},message:"must have required property '"+"found"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.ledgerKey === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "ledgerKey"},message:"must have required property '"+"ledgerKey"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.newTransitions === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "newTransitions"},message:"must have required property '"+"newTransitions"+"'"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.alreadyCommunicated === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "alreadyCommunicated"},message:"must have required property '"+"alreadyCommunicated"+"'"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data.supportPlan === undefined){
const err4 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "supportPlan"},message:"must have required property '"+"supportPlan"+"'"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(data.found !== undefined){
if(typeof data.found !== "boolean"){
const err5 = {instancePath:instancePath+"/found",schemaPath:"#/properties/found/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.ledgerKey !== undefined){
if(typeof data.ledgerKey !== "string"){
const err6 = {instancePath:instancePath+"/ledgerKey",schemaPath:"#/properties/ledgerKey/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.newTransitions !== undefined){
let data2 = data.newTransitions;
if(Array.isArray(data2)){
const len0 = data2.length;
for(let i0=0; i0<len0; i0++){
if(typeof data2[i0] !== "string"){
const err7 = {instancePath:instancePath+"/newTransitions/" + i0,schemaPath:"#/properties/newTransitions/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
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
const err8 = {instancePath:instancePath+"/newTransitions",schemaPath:"#/properties/newTransitions/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
}
else {
const err9 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
validate46.errors = vErrors;
return errors === 0;
}

const schema20 = {"$id":"https://bedrock-ops-alert.dev/schemas/workflow-state/quotaRequest.schema.json","type":"object","required":["requests","attempts"],"definitions":{"model":{"type":"object","required":["name","modelId"],"properties":{"name":{"type":"string"},"modelId":{"type":"string"}}},"firedAlarm":{"type":"object","required":["name","arn","kind","since"],"properties":{"name":{"type":"string"},"arn":{"type":"string"},"kind":{"type":"string"},"since":{"type":"string"}}}}};

function validate48(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="https://bedrock-ops-alert.dev/schemas/workflow-state/quotaRequest.schema.json" */;
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.requests === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "requests"},message:"must have required property '"+"requests"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.attempts === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "attempts"},message:"must have required property '"+"attempts"+"'"};
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
const err2 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
validate48.errors = vErrors;
return errors === 0;
}

const schema21 = {"$id":"https://bedrock-ops-alert.dev/schemas/workflow-state/caseAction.schema.json","type":"object","required":["action"],"properties":{"action":{"enum":["created","appended","suppressed","disabled","none","failed"]}},"definitions":{"model":{"type":"object","required":["name","modelId"],"properties":{"name":{"type":"string"},"modelId":{"type":"string"}}},"firedAlarm":{"type":"object","required":["name","arn","kind","since"],"properties":{"name":{"type":"string"},"arn":{"type":"string"},"kind":{"type":"string"},"since":{"type":"string"}}}}};

function validate50(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="https://bedrock-ops-alert.dev/schemas/workflow-state/caseAction.schema.json" */;
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.action === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "action"},message:"must have required property '"+"action"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.action !== undefined){
let data0 = data.action;
if(!((((((data0 === "created") || (data0 === "appended")) || (data0 === "suppressed")) || (data0 === "disabled")) || (data0 === "none")) || (data0 === "failed"))){
const err1 = {instancePath:instancePath+"/action",schemaPath:"#/properties/action/enum",keyword:"enum",params:{allowedValues: schema21.properties.action.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
}
else {
const err2 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
validate50.errors = vErrors;
return errors === 0;
}

const schema22 = {"$id":"https://bedrock-ops-alert.dev/schemas/workflow-state/error.schema.json","type":"object","properties":{"Error":{"type":"string"},"Cause":{"type":"string"}},"definitions":{"model":{"type":"object","required":["name","modelId"],"properties":{"name":{"type":"string"},"modelId":{"type":"string"}}},"firedAlarm":{"type":"object","required":["name","arn","kind","since"],"properties":{"name":{"type":"string"},"arn":{"type":"string"},"kind":{"type":"string"},"since":{"type":"string"}}}}};

function validate52(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="https://bedrock-ops-alert.dev/schemas/workflow-state/error.schema.json" */;
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.Error !== undefined){
if(typeof data.Error !== "string"){
const err0 = {instancePath:instancePath+"/Error",schemaPath:"#/properties/Error/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
if(data.Cause !== undefined){
if(typeof data.Cause !== "string"){
const err1 = {instancePath:instancePath+"/Cause",schemaPath:"#/properties/Cause/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
}
else {
const err2 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
validate52.errors = vErrors;
return errors === 0;
}


function validate21(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.execution === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "execution"},message:"must have required property '"+"execution"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.settings === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "settings"},message:"must have required property '"+"settings"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.incident === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "incident"},message:"must have required property '"+"incident"+"'"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.execution !== undefined){
if(!(validate22(data.execution, {instancePath:instancePath+"/execution",parentData:data,parentDataProperty:"execution",rootData}))){
vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);
errors = vErrors.length;
}
}
if(data.event !== undefined){
if(!(validate24(data.event, {instancePath:instancePath+"/event",parentData:data,parentDataProperty:"event",rootData}))){
vErrors = vErrors === null ? validate24.errors : vErrors.concat(validate24.errors);
errors = vErrors.length;
}
}
if(data.status !== undefined){
if(!(validate26(data.status, {instancePath:instancePath+"/status",parentData:data,parentDataProperty:"status",rootData}))){
vErrors = vErrors === null ? validate26.errors : vErrors.concat(validate26.errors);
errors = vErrors.length;
}
}
if(data.settings !== undefined){
if(!(validate28(data.settings, {instancePath:instancePath+"/settings",parentData:data,parentDataProperty:"settings",rootData}))){
vErrors = vErrors === null ? validate28.errors : vErrors.concat(validate28.errors);
errors = vErrors.length;
}
}
if(data.incident !== undefined){
if(!(validate32(data.incident, {instancePath:instancePath+"/incident",parentData:data,parentDataProperty:"incident",rootData}))){
vErrors = vErrors === null ? validate32.errors : vErrors.concat(validate32.errors);
errors = vErrors.length;
}
}
if(data.classification !== undefined){
if(!(validate38(data.classification, {instancePath:instancePath+"/classification",parentData:data,parentDataProperty:"classification",rootData}))){
vErrors = vErrors === null ? validate38.errors : vErrors.concat(validate38.errors);
errors = vErrors.length;
}
}
if(data.facts !== undefined){
if(!(validate42(data.facts, {instancePath:instancePath+"/facts",parentData:data,parentDataProperty:"facts",rootData}))){
vErrors = vErrors === null ? validate42.errors : vErrors.concat(validate42.errors);
errors = vErrors.length;
}
}
if(data.decision !== undefined){
if(!(validate44(data.decision, {instancePath:instancePath+"/decision",parentData:data,parentDataProperty:"decision",rootData}))){
vErrors = vErrors === null ? validate44.errors : vErrors.concat(validate44.errors);
errors = vErrors.length;
}
}
if(data.openCase !== undefined){
if(!(validate46(data.openCase, {instancePath:instancePath+"/openCase",parentData:data,parentDataProperty:"openCase",rootData}))){
vErrors = vErrors === null ? validate46.errors : vErrors.concat(validate46.errors);
errors = vErrors.length;
}
}
if(data.quotaRequest !== undefined){
if(!(validate48(data.quotaRequest, {instancePath:instancePath+"/quotaRequest",parentData:data,parentDataProperty:"quotaRequest",rootData}))){
vErrors = vErrors === null ? validate48.errors : vErrors.concat(validate48.errors);
errors = vErrors.length;
}
}
if(data.caseAction !== undefined){
if(!(validate50(data.caseAction, {instancePath:instancePath+"/caseAction",parentData:data,parentDataProperty:"caseAction",rootData}))){
vErrors = vErrors === null ? validate50.errors : vErrors.concat(validate50.errors);
errors = vErrors.length;
}
}
if(data.error !== undefined){
if(!(validate52(data.error, {instancePath:instancePath+"/error",parentData:data,parentDataProperty:"error",rootData}))){
vErrors = vErrors === null ? validate52.errors : vErrors.concat(validate52.errors);
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
validate21.errors = vErrors;
return errors === 0;
}

export const validateFetchQuotasInput = validate54;
const schema23 = {"$schema":"http://json-schema.org/draft-07/schema#","title":"WorkflowState","description":"The state object the workflow carries from step to step (each step adds its part with ResultPath). Each Lambda step checks that the parts it needs are present and well-formed (each step's `needs` in src/steps/defs/ lists them).","type":"object","required":["execution","settings","incident","classification"],"properties":{"execution":{"$ref":"https://bedrock-ops-alert.dev/schemas/workflow-state/execution.schema.json"},"event":{"$ref":"https://bedrock-ops-alert.dev/schemas/workflow-state/event.schema.json"},"status":{"$ref":"https://bedrock-ops-alert.dev/schemas/workflow-state/status.schema.json"},"settings":{"$ref":"https://bedrock-ops-alert.dev/schemas/workflow-state/settings.schema.json"},"incident":{"$ref":"https://bedrock-ops-alert.dev/schemas/workflow-state/incident.schema.json"},"classification":{"$ref":"https://bedrock-ops-alert.dev/schemas/workflow-state/classification.schema.json"},"facts":{"$ref":"https://bedrock-ops-alert.dev/schemas/workflow-state/facts.schema.json"},"decision":{"$ref":"https://bedrock-ops-alert.dev/schemas/workflow-state/decision.schema.json"},"openCase":{"$ref":"https://bedrock-ops-alert.dev/schemas/workflow-state/openCase.schema.json"},"quotaRequest":{"$ref":"https://bedrock-ops-alert.dev/schemas/workflow-state/quotaRequest.schema.json"},"caseAction":{"$ref":"https://bedrock-ops-alert.dev/schemas/workflow-state/caseAction.schema.json"},"error":{"$ref":"https://bedrock-ops-alert.dev/schemas/workflow-state/error.schema.json"}}};

function validate54(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.execution === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "execution"},message:"must have required property '"+"execution"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.settings === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "settings"},message:"must have required property '"+"settings"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.incident === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "incident"},message:"must have required property '"+"incident"+"'"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.classification === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "classification"},message:"must have required property '"+"classification"+"'"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data.execution !== undefined){
if(!(validate22(data.execution, {instancePath:instancePath+"/execution",parentData:data,parentDataProperty:"execution",rootData}))){
vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);
errors = vErrors.length;
}
}
if(data.event !== undefined){
if(!(validate24(data.event, {instancePath:instancePath+"/event",parentData:data,parentDataProperty:"event",rootData}))){
vErrors = vErrors === null ? validate24.errors : vErrors.concat(validate24.errors);
errors = vErrors.length;
}
}
if(data.status !== undefined){
if(!(validate26(data.status, {instancePath:instancePath+"/status",parentData:data,parentDataProperty:"status",rootData}))){
vErrors = vErrors === null ? validate26.errors : vErrors.concat(validate26.errors);
errors = vErrors.length;
}
}
if(data.settings !== undefined){
if(!(validate28(data.settings, {instancePath:instancePath+"/settings",parentData:data,parentDataProperty:"settings",rootData}))){
vErrors = vErrors === null ? validate28.errors : vErrors.concat(validate28.errors);
errors = vErrors.length;
}
}
if(data.incident !== undefined){
if(!(validate32(data.incident, {instancePath:instancePath+"/incident",parentData:data,parentDataProperty:"incident",rootData}))){
vErrors = vErrors === null ? validate32.errors : vErrors.concat(validate32.errors);
errors = vErrors.length;
}
}
if(data.classification !== undefined){
if(!(validate38(data.classification, {instancePath:instancePath+"/classification",parentData:data,parentDataProperty:"classification",rootData}))){
vErrors = vErrors === null ? validate38.errors : vErrors.concat(validate38.errors);
errors = vErrors.length;
}
}
if(data.facts !== undefined){
if(!(validate42(data.facts, {instancePath:instancePath+"/facts",parentData:data,parentDataProperty:"facts",rootData}))){
vErrors = vErrors === null ? validate42.errors : vErrors.concat(validate42.errors);
errors = vErrors.length;
}
}
if(data.decision !== undefined){
if(!(validate44(data.decision, {instancePath:instancePath+"/decision",parentData:data,parentDataProperty:"decision",rootData}))){
vErrors = vErrors === null ? validate44.errors : vErrors.concat(validate44.errors);
errors = vErrors.length;
}
}
if(data.openCase !== undefined){
if(!(validate46(data.openCase, {instancePath:instancePath+"/openCase",parentData:data,parentDataProperty:"openCase",rootData}))){
vErrors = vErrors === null ? validate46.errors : vErrors.concat(validate46.errors);
errors = vErrors.length;
}
}
if(data.quotaRequest !== undefined){
if(!(validate48(data.quotaRequest, {instancePath:instancePath+"/quotaRequest",parentData:data,parentDataProperty:"quotaRequest",rootData}))){
vErrors = vErrors === null ? validate48.errors : vErrors.concat(validate48.errors);
errors = vErrors.length;
}
}
if(data.caseAction !== undefined){
if(!(validate50(data.caseAction, {instancePath:instancePath+"/caseAction",parentData:data,parentDataProperty:"caseAction",rootData}))){
vErrors = vErrors === null ? validate50.errors : vErrors.concat(validate50.errors);
errors = vErrors.length;
}
}
if(data.error !== undefined){
if(!(validate52(data.error, {instancePath:instancePath+"/error",parentData:data,parentDataProperty:"error",rootData}))){
vErrors = vErrors === null ? validate52.errors : vErrors.concat(validate52.errors);
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
validate54.errors = vErrors;
return errors === 0;
}

export const validateFetchUsageInput = validate67;
const schema24 = {"$schema":"http://json-schema.org/draft-07/schema#","title":"WorkflowState","description":"The state object the workflow carries from step to step (each step adds its part with ResultPath). Each Lambda step checks that the parts it needs are present and well-formed (each step's `needs` in src/steps/defs/ lists them).","type":"object","required":["execution","settings","incident","classification"],"properties":{"execution":{"$ref":"https://bedrock-ops-alert.dev/schemas/workflow-state/execution.schema.json"},"event":{"$ref":"https://bedrock-ops-alert.dev/schemas/workflow-state/event.schema.json"},"status":{"$ref":"https://bedrock-ops-alert.dev/schemas/workflow-state/status.schema.json"},"settings":{"$ref":"https://bedrock-ops-alert.dev/schemas/workflow-state/settings.schema.json"},"incident":{"$ref":"https://bedrock-ops-alert.dev/schemas/workflow-state/incident.schema.json"},"classification":{"$ref":"https://bedrock-ops-alert.dev/schemas/workflow-state/classification.schema.json"},"facts":{"$ref":"https://bedrock-ops-alert.dev/schemas/workflow-state/facts.schema.json"},"decision":{"$ref":"https://bedrock-ops-alert.dev/schemas/workflow-state/decision.schema.json"},"openCase":{"$ref":"https://bedrock-ops-alert.dev/schemas/workflow-state/openCase.schema.json"},"quotaRequest":{"$ref":"https://bedrock-ops-alert.dev/schemas/workflow-state/quotaRequest.schema.json"},"caseAction":{"$ref":"https://bedrock-ops-alert.dev/schemas/workflow-state/caseAction.schema.json"},"error":{"$ref":"https://bedrock-ops-alert.dev/schemas/workflow-state/error.schema.json"}}};

function validate67(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.execution === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "execution"},message:"must have required property '"+"execution"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.settings === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "settings"},message:"must have required property '"+"settings"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.incident === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "incident"},message:"must have required property '"+"incident"+"'"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.classification === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "classification"},message:"must have required property '"+"classification"+"'"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data.execution !== undefined){
if(!(validate22(data.execution, {instancePath:instancePath+"/execution",parentData:data,parentDataProperty:"execution",rootData}))){
vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);
errors = vErrors.length;
}
}
if(data.event !== undefined){
if(!(validate24(data.event, {instancePath:instancePath+"/event",parentData:data,parentDataProperty:"event",rootData}))){
vErrors = vErrors === null ? validate24.errors : vErrors.concat(validate24.errors);
errors = vErrors.length;
}
}
if(data.status !== undefined){
if(!(validate26(data.status, {instancePath:instancePath+"/status",parentData:data,parentDataProperty:"status",rootData}))){
vErrors = vErrors === null ? validate26.errors : vErrors.concat(validate26.errors);
errors = vErrors.length;
}
}
if(data.settings !== undefined){
if(!(validate28(data.settings, {instancePath:instancePath+"/settings",parentData:data,parentDataProperty:"settings",rootData}))){
vErrors = vErrors === null ? validate28.errors : vErrors.concat(validate28.errors);
errors = vErrors.length;
}
}
if(data.incident !== undefined){
if(!(validate32(data.incident, {instancePath:instancePath+"/incident",parentData:data,parentDataProperty:"incident",rootData}))){
vErrors = vErrors === null ? validate32.errors : vErrors.concat(validate32.errors);
errors = vErrors.length;
}
}
if(data.classification !== undefined){
if(!(validate38(data.classification, {instancePath:instancePath+"/classification",parentData:data,parentDataProperty:"classification",rootData}))){
vErrors = vErrors === null ? validate38.errors : vErrors.concat(validate38.errors);
errors = vErrors.length;
}
}
if(data.facts !== undefined){
if(!(validate42(data.facts, {instancePath:instancePath+"/facts",parentData:data,parentDataProperty:"facts",rootData}))){
vErrors = vErrors === null ? validate42.errors : vErrors.concat(validate42.errors);
errors = vErrors.length;
}
}
if(data.decision !== undefined){
if(!(validate44(data.decision, {instancePath:instancePath+"/decision",parentData:data,parentDataProperty:"decision",rootData}))){
vErrors = vErrors === null ? validate44.errors : vErrors.concat(validate44.errors);
errors = vErrors.length;
}
}
if(data.openCase !== undefined){
if(!(validate46(data.openCase, {instancePath:instancePath+"/openCase",parentData:data,parentDataProperty:"openCase",rootData}))){
vErrors = vErrors === null ? validate46.errors : vErrors.concat(validate46.errors);
errors = vErrors.length;
}
}
if(data.quotaRequest !== undefined){
if(!(validate48(data.quotaRequest, {instancePath:instancePath+"/quotaRequest",parentData:data,parentDataProperty:"quotaRequest",rootData}))){
vErrors = vErrors === null ? validate48.errors : vErrors.concat(validate48.errors);
errors = vErrors.length;
}
}
if(data.caseAction !== undefined){
if(!(validate50(data.caseAction, {instancePath:instancePath+"/caseAction",parentData:data,parentDataProperty:"caseAction",rootData}))){
vErrors = vErrors === null ? validate50.errors : vErrors.concat(validate50.errors);
errors = vErrors.length;
}
}
if(data.error !== undefined){
if(!(validate52(data.error, {instancePath:instancePath+"/error",parentData:data,parentDataProperty:"error",rootData}))){
vErrors = vErrors === null ? validate52.errors : vErrors.concat(validate52.errors);
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
validate67.errors = vErrors;
return errors === 0;
}

export const validateDecideScenarioInput = validate80;
const schema25 = {"$schema":"http://json-schema.org/draft-07/schema#","title":"WorkflowState","description":"The state object the workflow carries from step to step (each step adds its part with ResultPath). Each Lambda step checks that the parts it needs are present and well-formed (each step's `needs` in src/steps/defs/ lists them).","type":"object","required":["execution","settings","incident","classification","facts"],"properties":{"execution":{"$ref":"https://bedrock-ops-alert.dev/schemas/workflow-state/execution.schema.json"},"event":{"$ref":"https://bedrock-ops-alert.dev/schemas/workflow-state/event.schema.json"},"status":{"$ref":"https://bedrock-ops-alert.dev/schemas/workflow-state/status.schema.json"},"settings":{"$ref":"https://bedrock-ops-alert.dev/schemas/workflow-state/settings.schema.json"},"incident":{"$ref":"https://bedrock-ops-alert.dev/schemas/workflow-state/incident.schema.json"},"classification":{"$ref":"https://bedrock-ops-alert.dev/schemas/workflow-state/classification.schema.json"},"facts":{"$ref":"https://bedrock-ops-alert.dev/schemas/workflow-state/facts.schema.json"},"decision":{"$ref":"https://bedrock-ops-alert.dev/schemas/workflow-state/decision.schema.json"},"openCase":{"$ref":"https://bedrock-ops-alert.dev/schemas/workflow-state/openCase.schema.json"},"quotaRequest":{"$ref":"https://bedrock-ops-alert.dev/schemas/workflow-state/quotaRequest.schema.json"},"caseAction":{"$ref":"https://bedrock-ops-alert.dev/schemas/workflow-state/caseAction.schema.json"},"error":{"$ref":"https://bedrock-ops-alert.dev/schemas/workflow-state/error.schema.json"}}};

function validate80(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.execution === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "execution"},message:"must have required property '"+"execution"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.settings === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "settings"},message:"must have required property '"+"settings"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.incident === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "incident"},message:"must have required property '"+"incident"+"'"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.classification === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "classification"},message:"must have required property '"+"classification"+"'"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data.facts === undefined){
const err4 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "facts"},message:"must have required property '"+"facts"+"'"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(data.execution !== undefined){
if(!(validate22(data.execution, {instancePath:instancePath+"/execution",parentData:data,parentDataProperty:"execution",rootData}))){
vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);
errors = vErrors.length;
}
}
if(data.event !== undefined){
if(!(validate24(data.event, {instancePath:instancePath+"/event",parentData:data,parentDataProperty:"event",rootData}))){
vErrors = vErrors === null ? validate24.errors : vErrors.concat(validate24.errors);
errors = vErrors.length;
}
}
if(data.status !== undefined){
if(!(validate26(data.status, {instancePath:instancePath+"/status",parentData:data,parentDataProperty:"status",rootData}))){
vErrors = vErrors === null ? validate26.errors : vErrors.concat(validate26.errors);
errors = vErrors.length;
}
}
if(data.settings !== undefined){
if(!(validate28(data.settings, {instancePath:instancePath+"/settings",parentData:data,parentDataProperty:"settings",rootData}))){
vErrors = vErrors === null ? validate28.errors : vErrors.concat(validate28.errors);
errors = vErrors.length;
}
}
if(data.incident !== undefined){
if(!(validate32(data.incident, {instancePath:instancePath+"/incident",parentData:data,parentDataProperty:"incident",rootData}))){
vErrors = vErrors === null ? validate32.errors : vErrors.concat(validate32.errors);
errors = vErrors.length;
}
}
if(data.classification !== undefined){
if(!(validate38(data.classification, {instancePath:instancePath+"/classification",parentData:data,parentDataProperty:"classification",rootData}))){
vErrors = vErrors === null ? validate38.errors : vErrors.concat(validate38.errors);
errors = vErrors.length;
}
}
if(data.facts !== undefined){
if(!(validate42(data.facts, {instancePath:instancePath+"/facts",parentData:data,parentDataProperty:"facts",rootData}))){
vErrors = vErrors === null ? validate42.errors : vErrors.concat(validate42.errors);
errors = vErrors.length;
}
}
if(data.decision !== undefined){
if(!(validate44(data.decision, {instancePath:instancePath+"/decision",parentData:data,parentDataProperty:"decision",rootData}))){
vErrors = vErrors === null ? validate44.errors : vErrors.concat(validate44.errors);
errors = vErrors.length;
}
}
if(data.openCase !== undefined){
if(!(validate46(data.openCase, {instancePath:instancePath+"/openCase",parentData:data,parentDataProperty:"openCase",rootData}))){
vErrors = vErrors === null ? validate46.errors : vErrors.concat(validate46.errors);
errors = vErrors.length;
}
}
if(data.quotaRequest !== undefined){
if(!(validate48(data.quotaRequest, {instancePath:instancePath+"/quotaRequest",parentData:data,parentDataProperty:"quotaRequest",rootData}))){
vErrors = vErrors === null ? validate48.errors : vErrors.concat(validate48.errors);
errors = vErrors.length;
}
}
if(data.caseAction !== undefined){
if(!(validate50(data.caseAction, {instancePath:instancePath+"/caseAction",parentData:data,parentDataProperty:"caseAction",rootData}))){
vErrors = vErrors === null ? validate50.errors : vErrors.concat(validate50.errors);
errors = vErrors.length;
}
}
if(data.error !== undefined){
if(!(validate52(data.error, {instancePath:instancePath+"/error",parentData:data,parentDataProperty:"error",rootData}))){
vErrors = vErrors === null ? validate52.errors : vErrors.concat(validate52.errors);
errors = vErrors.length;
}
}
}
else {
const err5 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
validate80.errors = vErrors;
return errors === 0;
}

export const validateFindOpenCaseInput = validate93;
const schema26 = {"$schema":"http://json-schema.org/draft-07/schema#","title":"WorkflowState","description":"The state object the workflow carries from step to step (each step adds its part with ResultPath). Each Lambda step checks that the parts it needs are present and well-formed (each step's `needs` in src/steps/defs/ lists them).","type":"object","required":["execution","settings","incident","classification","decision"],"properties":{"execution":{"$ref":"https://bedrock-ops-alert.dev/schemas/workflow-state/execution.schema.json"},"event":{"$ref":"https://bedrock-ops-alert.dev/schemas/workflow-state/event.schema.json"},"status":{"$ref":"https://bedrock-ops-alert.dev/schemas/workflow-state/status.schema.json"},"settings":{"$ref":"https://bedrock-ops-alert.dev/schemas/workflow-state/settings.schema.json"},"incident":{"$ref":"https://bedrock-ops-alert.dev/schemas/workflow-state/incident.schema.json"},"classification":{"$ref":"https://bedrock-ops-alert.dev/schemas/workflow-state/classification.schema.json"},"facts":{"$ref":"https://bedrock-ops-alert.dev/schemas/workflow-state/facts.schema.json"},"decision":{"$ref":"https://bedrock-ops-alert.dev/schemas/workflow-state/decision.schema.json"},"openCase":{"$ref":"https://bedrock-ops-alert.dev/schemas/workflow-state/openCase.schema.json"},"quotaRequest":{"$ref":"https://bedrock-ops-alert.dev/schemas/workflow-state/quotaRequest.schema.json"},"caseAction":{"$ref":"https://bedrock-ops-alert.dev/schemas/workflow-state/caseAction.schema.json"},"error":{"$ref":"https://bedrock-ops-alert.dev/schemas/workflow-state/error.schema.json"}}};

function validate93(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.execution === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "execution"},message:"must have required property '"+"execution"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.settings === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "settings"},message:"must have required property '"+"settings"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.incident === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "incident"},message:"must have required property '"+"incident"+"'"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.classification === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "classification"},message:"must have required property '"+"classification"+"'"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data.decision === undefined){
const err4 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "decision"},message:"must have required property '"+"decision"+"'"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(data.execution !== undefined){
if(!(validate22(data.execution, {instancePath:instancePath+"/execution",parentData:data,parentDataProperty:"execution",rootData}))){
vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);
errors = vErrors.length;
}
}
if(data.event !== undefined){
if(!(validate24(data.event, {instancePath:instancePath+"/event",parentData:data,parentDataProperty:"event",rootData}))){
vErrors = vErrors === null ? validate24.errors : vErrors.concat(validate24.errors);
errors = vErrors.length;
}
}
if(data.status !== undefined){
if(!(validate26(data.status, {instancePath:instancePath+"/status",parentData:data,parentDataProperty:"status",rootData}))){
vErrors = vErrors === null ? validate26.errors : vErrors.concat(validate26.errors);
errors = vErrors.length;
}
}
if(data.settings !== undefined){
if(!(validate28(data.settings, {instancePath:instancePath+"/settings",parentData:data,parentDataProperty:"settings",rootData}))){
vErrors = vErrors === null ? validate28.errors : vErrors.concat(validate28.errors);
errors = vErrors.length;
}
}
if(data.incident !== undefined){
if(!(validate32(data.incident, {instancePath:instancePath+"/incident",parentData:data,parentDataProperty:"incident",rootData}))){
vErrors = vErrors === null ? validate32.errors : vErrors.concat(validate32.errors);
errors = vErrors.length;
}
}
if(data.classification !== undefined){
if(!(validate38(data.classification, {instancePath:instancePath+"/classification",parentData:data,parentDataProperty:"classification",rootData}))){
vErrors = vErrors === null ? validate38.errors : vErrors.concat(validate38.errors);
errors = vErrors.length;
}
}
if(data.facts !== undefined){
if(!(validate42(data.facts, {instancePath:instancePath+"/facts",parentData:data,parentDataProperty:"facts",rootData}))){
vErrors = vErrors === null ? validate42.errors : vErrors.concat(validate42.errors);
errors = vErrors.length;
}
}
if(data.decision !== undefined){
if(!(validate44(data.decision, {instancePath:instancePath+"/decision",parentData:data,parentDataProperty:"decision",rootData}))){
vErrors = vErrors === null ? validate44.errors : vErrors.concat(validate44.errors);
errors = vErrors.length;
}
}
if(data.openCase !== undefined){
if(!(validate46(data.openCase, {instancePath:instancePath+"/openCase",parentData:data,parentDataProperty:"openCase",rootData}))){
vErrors = vErrors === null ? validate46.errors : vErrors.concat(validate46.errors);
errors = vErrors.length;
}
}
if(data.quotaRequest !== undefined){
if(!(validate48(data.quotaRequest, {instancePath:instancePath+"/quotaRequest",parentData:data,parentDataProperty:"quotaRequest",rootData}))){
vErrors = vErrors === null ? validate48.errors : vErrors.concat(validate48.errors);
errors = vErrors.length;
}
}
if(data.caseAction !== undefined){
if(!(validate50(data.caseAction, {instancePath:instancePath+"/caseAction",parentData:data,parentDataProperty:"caseAction",rootData}))){
vErrors = vErrors === null ? validate50.errors : vErrors.concat(validate50.errors);
errors = vErrors.length;
}
}
if(data.error !== undefined){
if(!(validate52(data.error, {instancePath:instancePath+"/error",parentData:data,parentDataProperty:"error",rootData}))){
vErrors = vErrors === null ? validate52.errors : vErrors.concat(validate52.errors);
errors = vErrors.length;
}
}
}
else {
const err5 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
validate93.errors = vErrors;
return errors === 0;
}

export const validateRequestQuotaIncreaseInput = validate106;
const schema27 = {"$schema":"http://json-schema.org/draft-07/schema#","title":"WorkflowState","description":"The state object the workflow carries from step to step (each step adds its part with ResultPath). Each Lambda step checks that the parts it needs are present and well-formed (each step's `needs` in src/steps/defs/ lists them).","type":"object","required":["execution","settings","incident","classification","facts","decision","openCase"],"properties":{"execution":{"$ref":"https://bedrock-ops-alert.dev/schemas/workflow-state/execution.schema.json"},"event":{"$ref":"https://bedrock-ops-alert.dev/schemas/workflow-state/event.schema.json"},"status":{"$ref":"https://bedrock-ops-alert.dev/schemas/workflow-state/status.schema.json"},"settings":{"$ref":"https://bedrock-ops-alert.dev/schemas/workflow-state/settings.schema.json"},"incident":{"$ref":"https://bedrock-ops-alert.dev/schemas/workflow-state/incident.schema.json"},"classification":{"$ref":"https://bedrock-ops-alert.dev/schemas/workflow-state/classification.schema.json"},"facts":{"$ref":"https://bedrock-ops-alert.dev/schemas/workflow-state/facts.schema.json"},"decision":{"$ref":"https://bedrock-ops-alert.dev/schemas/workflow-state/decision.schema.json"},"openCase":{"$ref":"https://bedrock-ops-alert.dev/schemas/workflow-state/openCase.schema.json"},"quotaRequest":{"$ref":"https://bedrock-ops-alert.dev/schemas/workflow-state/quotaRequest.schema.json"},"caseAction":{"$ref":"https://bedrock-ops-alert.dev/schemas/workflow-state/caseAction.schema.json"},"error":{"$ref":"https://bedrock-ops-alert.dev/schemas/workflow-state/error.schema.json"}}};

function validate106(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.execution === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "execution"},message:"must have required property '"+"execution"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.settings === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "settings"},message:"must have required property '"+"settings"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.incident === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "incident"},message:"must have required property '"+"incident"+"'"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.classification === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "classification"},message:"must have required property '"+"classification"+"'"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data.facts === undefined){
const err4 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "facts"},message:"must have required property '"+"facts"+"'"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(data.decision === undefined){
const err5 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "decision"},message:"must have required property '"+"decision"+"'"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(data.openCase === undefined){
const err6 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "openCase"},message:"must have required property '"+"openCase"+"'"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(data.execution !== undefined){
if(!(validate22(data.execution, {instancePath:instancePath+"/execution",parentData:data,parentDataProperty:"execution",rootData}))){
vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);
errors = vErrors.length;
}
}
if(data.event !== undefined){
if(!(validate24(data.event, {instancePath:instancePath+"/event",parentData:data,parentDataProperty:"event",rootData}))){
vErrors = vErrors === null ? validate24.errors : vErrors.concat(validate24.errors);
errors = vErrors.length;
}
}
if(data.status !== undefined){
if(!(validate26(data.status, {instancePath:instancePath+"/status",parentData:data,parentDataProperty:"status",rootData}))){
vErrors = vErrors === null ? validate26.errors : vErrors.concat(validate26.errors);
errors = vErrors.length;
}
}
if(data.settings !== undefined){
if(!(validate28(data.settings, {instancePath:instancePath+"/settings",parentData:data,parentDataProperty:"settings",rootData}))){
vErrors = vErrors === null ? validate28.errors : vErrors.concat(validate28.errors);
errors = vErrors.length;
}
}
if(data.incident !== undefined){
if(!(validate32(data.incident, {instancePath:instancePath+"/incident",parentData:data,parentDataProperty:"incident",rootData}))){
vErrors = vErrors === null ? validate32.errors : vErrors.concat(validate32.errors);
errors = vErrors.length;
}
}
if(data.classification !== undefined){
if(!(validate38(data.classification, {instancePath:instancePath+"/classification",parentData:data,parentDataProperty:"classification",rootData}))){
vErrors = vErrors === null ? validate38.errors : vErrors.concat(validate38.errors);
errors = vErrors.length;
}
}
if(data.facts !== undefined){
if(!(validate42(data.facts, {instancePath:instancePath+"/facts",parentData:data,parentDataProperty:"facts",rootData}))){
vErrors = vErrors === null ? validate42.errors : vErrors.concat(validate42.errors);
errors = vErrors.length;
}
}
if(data.decision !== undefined){
if(!(validate44(data.decision, {instancePath:instancePath+"/decision",parentData:data,parentDataProperty:"decision",rootData}))){
vErrors = vErrors === null ? validate44.errors : vErrors.concat(validate44.errors);
errors = vErrors.length;
}
}
if(data.openCase !== undefined){
if(!(validate46(data.openCase, {instancePath:instancePath+"/openCase",parentData:data,parentDataProperty:"openCase",rootData}))){
vErrors = vErrors === null ? validate46.errors : vErrors.concat(validate46.errors);
errors = vErrors.length;
}
}
if(data.quotaRequest !== undefined){
if(!(validate48(data.quotaRequest, {instancePath:instancePath+"/quotaRequest",parentData:data,parentDataProperty:"quotaRequest",rootData}))){
vErrors = vErrors === null ? validate48.errors : vErrors.concat(validate48.errors);
errors = vErrors.length;
}
}
if(data.caseAction !== undefined){
if(!(validate50(data.caseAction, {instancePath:instancePath+"/caseAction",parentData:data,parentDataProperty:"caseAction",rootData}))){
vErrors = vErrors === null ? validate50.errors : vErrors.concat(validate50.errors);
errors = vErrors.length;
}
}
if(data.error !== undefined){
if(!(validate52(data.error, {instancePath:instancePath+"/error",parentData:data,parentDataProperty:"error",rootData}))){
vErrors = vErrors === null ? validate52.errors : vErrors.concat(validate52.errors);
errors = vErrors.length;
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
validate106.errors = vErrors;
return errors === 0;
}

export const validatePollQuotaCaseInput = validate119;
const schema28 = {"$schema":"http://json-schema.org/draft-07/schema#","title":"WorkflowState","description":"The state object the workflow carries from step to step (each step adds its part with ResultPath). Each Lambda step checks that the parts it needs are present and well-formed (each step's `needs` in src/steps/defs/ lists them).","type":"object","required":["execution","settings","incident","classification","facts","decision","openCase","quotaRequest"],"properties":{"execution":{"$ref":"https://bedrock-ops-alert.dev/schemas/workflow-state/execution.schema.json"},"event":{"$ref":"https://bedrock-ops-alert.dev/schemas/workflow-state/event.schema.json"},"status":{"$ref":"https://bedrock-ops-alert.dev/schemas/workflow-state/status.schema.json"},"settings":{"$ref":"https://bedrock-ops-alert.dev/schemas/workflow-state/settings.schema.json"},"incident":{"$ref":"https://bedrock-ops-alert.dev/schemas/workflow-state/incident.schema.json"},"classification":{"$ref":"https://bedrock-ops-alert.dev/schemas/workflow-state/classification.schema.json"},"facts":{"$ref":"https://bedrock-ops-alert.dev/schemas/workflow-state/facts.schema.json"},"decision":{"$ref":"https://bedrock-ops-alert.dev/schemas/workflow-state/decision.schema.json"},"openCase":{"$ref":"https://bedrock-ops-alert.dev/schemas/workflow-state/openCase.schema.json"},"quotaRequest":{"$ref":"https://bedrock-ops-alert.dev/schemas/workflow-state/quotaRequest.schema.json"},"caseAction":{"$ref":"https://bedrock-ops-alert.dev/schemas/workflow-state/caseAction.schema.json"},"error":{"$ref":"https://bedrock-ops-alert.dev/schemas/workflow-state/error.schema.json"}}};

function validate119(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.execution === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "execution"},message:"must have required property '"+"execution"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.settings === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "settings"},message:"must have required property '"+"settings"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.incident === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "incident"},message:"must have required property '"+"incident"+"'"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.classification === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "classification"},message:"must have required property '"+"classification"+"'"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data.facts === undefined){
const err4 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "facts"},message:"must have required property '"+"facts"+"'"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(data.decision === undefined){
const err5 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "decision"},message:"must have required property '"+"decision"+"'"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(data.openCase === undefined){
const err6 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "openCase"},message:"must have required property '"+"openCase"+"'"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(data.quotaRequest === undefined){
const err7 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "quotaRequest"},message:"must have required property '"+"quotaRequest"+"'"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(data.execution !== undefined){
if(!(validate22(data.execution, {instancePath:instancePath+"/execution",parentData:data,parentDataProperty:"execution",rootData}))){
vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);
errors = vErrors.length;
}
}
if(data.event !== undefined){
if(!(validate24(data.event, {instancePath:instancePath+"/event",parentData:data,parentDataProperty:"event",rootData}))){
vErrors = vErrors === null ? validate24.errors : vErrors.concat(validate24.errors);
errors = vErrors.length;
}
}
if(data.status !== undefined){
if(!(validate26(data.status, {instancePath:instancePath+"/status",parentData:data,parentDataProperty:"status",rootData}))){
vErrors = vErrors === null ? validate26.errors : vErrors.concat(validate26.errors);
errors = vErrors.length;
}
}
if(data.settings !== undefined){
if(!(validate28(data.settings, {instancePath:instancePath+"/settings",parentData:data,parentDataProperty:"settings",rootData}))){
vErrors = vErrors === null ? validate28.errors : vErrors.concat(validate28.errors);
errors = vErrors.length;
}
}
if(data.incident !== undefined){
if(!(validate32(data.incident, {instancePath:instancePath+"/incident",parentData:data,parentDataProperty:"incident",rootData}))){
vErrors = vErrors === null ? validate32.errors : vErrors.concat(validate32.errors);
errors = vErrors.length;
}
}
if(data.classification !== undefined){
if(!(validate38(data.classification, {instancePath:instancePath+"/classification",parentData:data,parentDataProperty:"classification",rootData}))){
vErrors = vErrors === null ? validate38.errors : vErrors.concat(validate38.errors);
errors = vErrors.length;
}
}
if(data.facts !== undefined){
if(!(validate42(data.facts, {instancePath:instancePath+"/facts",parentData:data,parentDataProperty:"facts",rootData}))){
vErrors = vErrors === null ? validate42.errors : vErrors.concat(validate42.errors);
errors = vErrors.length;
}
}
if(data.decision !== undefined){
if(!(validate44(data.decision, {instancePath:instancePath+"/decision",parentData:data,parentDataProperty:"decision",rootData}))){
vErrors = vErrors === null ? validate44.errors : vErrors.concat(validate44.errors);
errors = vErrors.length;
}
}
if(data.openCase !== undefined){
if(!(validate46(data.openCase, {instancePath:instancePath+"/openCase",parentData:data,parentDataProperty:"openCase",rootData}))){
vErrors = vErrors === null ? validate46.errors : vErrors.concat(validate46.errors);
errors = vErrors.length;
}
}
if(data.quotaRequest !== undefined){
if(!(validate48(data.quotaRequest, {instancePath:instancePath+"/quotaRequest",parentData:data,parentDataProperty:"quotaRequest",rootData}))){
vErrors = vErrors === null ? validate48.errors : vErrors.concat(validate48.errors);
errors = vErrors.length;
}
}
if(data.caseAction !== undefined){
if(!(validate50(data.caseAction, {instancePath:instancePath+"/caseAction",parentData:data,parentDataProperty:"caseAction",rootData}))){
vErrors = vErrors === null ? validate50.errors : vErrors.concat(validate50.errors);
errors = vErrors.length;
}
}
if(data.error !== undefined){
if(!(validate52(data.error, {instancePath:instancePath+"/error",parentData:data,parentDataProperty:"error",rootData}))){
vErrors = vErrors === null ? validate52.errors : vErrors.concat(validate52.errors);
errors = vErrors.length;
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
validate119.errors = vErrors;
return errors === 0;
}

export const validateCreateSupportCaseInput = validate132;
const schema29 = {"$schema":"http://json-schema.org/draft-07/schema#","title":"WorkflowState","description":"The state object the workflow carries from step to step (each step adds its part with ResultPath). Each Lambda step checks that the parts it needs are present and well-formed (each step's `needs` in src/steps/defs/ lists them).","type":"object","required":["execution","settings","incident","classification","facts","decision","openCase"],"properties":{"execution":{"$ref":"https://bedrock-ops-alert.dev/schemas/workflow-state/execution.schema.json"},"event":{"$ref":"https://bedrock-ops-alert.dev/schemas/workflow-state/event.schema.json"},"status":{"$ref":"https://bedrock-ops-alert.dev/schemas/workflow-state/status.schema.json"},"settings":{"$ref":"https://bedrock-ops-alert.dev/schemas/workflow-state/settings.schema.json"},"incident":{"$ref":"https://bedrock-ops-alert.dev/schemas/workflow-state/incident.schema.json"},"classification":{"$ref":"https://bedrock-ops-alert.dev/schemas/workflow-state/classification.schema.json"},"facts":{"$ref":"https://bedrock-ops-alert.dev/schemas/workflow-state/facts.schema.json"},"decision":{"$ref":"https://bedrock-ops-alert.dev/schemas/workflow-state/decision.schema.json"},"openCase":{"$ref":"https://bedrock-ops-alert.dev/schemas/workflow-state/openCase.schema.json"},"quotaRequest":{"$ref":"https://bedrock-ops-alert.dev/schemas/workflow-state/quotaRequest.schema.json"},"caseAction":{"$ref":"https://bedrock-ops-alert.dev/schemas/workflow-state/caseAction.schema.json"},"error":{"$ref":"https://bedrock-ops-alert.dev/schemas/workflow-state/error.schema.json"}}};

function validate132(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.execution === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "execution"},message:"must have required property '"+"execution"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.settings === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "settings"},message:"must have required property '"+"settings"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.incident === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "incident"},message:"must have required property '"+"incident"+"'"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.classification === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "classification"},message:"must have required property '"+"classification"+"'"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data.facts === undefined){
const err4 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "facts"},message:"must have required property '"+"facts"+"'"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(data.decision === undefined){
const err5 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "decision"},message:"must have required property '"+"decision"+"'"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(data.openCase === undefined){
const err6 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "openCase"},message:"must have required property '"+"openCase"+"'"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(data.execution !== undefined){
if(!(validate22(data.execution, {instancePath:instancePath+"/execution",parentData:data,parentDataProperty:"execution",rootData}))){
vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);
errors = vErrors.length;
}
}
if(data.event !== undefined){
if(!(validate24(data.event, {instancePath:instancePath+"/event",parentData:data,parentDataProperty:"event",rootData}))){
vErrors = vErrors === null ? validate24.errors : vErrors.concat(validate24.errors);
errors = vErrors.length;
}
}
if(data.status !== undefined){
if(!(validate26(data.status, {instancePath:instancePath+"/status",parentData:data,parentDataProperty:"status",rootData}))){
vErrors = vErrors === null ? validate26.errors : vErrors.concat(validate26.errors);
errors = vErrors.length;
}
}
if(data.settings !== undefined){
if(!(validate28(data.settings, {instancePath:instancePath+"/settings",parentData:data,parentDataProperty:"settings",rootData}))){
vErrors = vErrors === null ? validate28.errors : vErrors.concat(validate28.errors);
errors = vErrors.length;
}
}
if(data.incident !== undefined){
if(!(validate32(data.incident, {instancePath:instancePath+"/incident",parentData:data,parentDataProperty:"incident",rootData}))){
vErrors = vErrors === null ? validate32.errors : vErrors.concat(validate32.errors);
errors = vErrors.length;
}
}
if(data.classification !== undefined){
if(!(validate38(data.classification, {instancePath:instancePath+"/classification",parentData:data,parentDataProperty:"classification",rootData}))){
vErrors = vErrors === null ? validate38.errors : vErrors.concat(validate38.errors);
errors = vErrors.length;
}
}
if(data.facts !== undefined){
if(!(validate42(data.facts, {instancePath:instancePath+"/facts",parentData:data,parentDataProperty:"facts",rootData}))){
vErrors = vErrors === null ? validate42.errors : vErrors.concat(validate42.errors);
errors = vErrors.length;
}
}
if(data.decision !== undefined){
if(!(validate44(data.decision, {instancePath:instancePath+"/decision",parentData:data,parentDataProperty:"decision",rootData}))){
vErrors = vErrors === null ? validate44.errors : vErrors.concat(validate44.errors);
errors = vErrors.length;
}
}
if(data.openCase !== undefined){
if(!(validate46(data.openCase, {instancePath:instancePath+"/openCase",parentData:data,parentDataProperty:"openCase",rootData}))){
vErrors = vErrors === null ? validate46.errors : vErrors.concat(validate46.errors);
errors = vErrors.length;
}
}
if(data.quotaRequest !== undefined){
if(!(validate48(data.quotaRequest, {instancePath:instancePath+"/quotaRequest",parentData:data,parentDataProperty:"quotaRequest",rootData}))){
vErrors = vErrors === null ? validate48.errors : vErrors.concat(validate48.errors);
errors = vErrors.length;
}
}
if(data.caseAction !== undefined){
if(!(validate50(data.caseAction, {instancePath:instancePath+"/caseAction",parentData:data,parentDataProperty:"caseAction",rootData}))){
vErrors = vErrors === null ? validate50.errors : vErrors.concat(validate50.errors);
errors = vErrors.length;
}
}
if(data.error !== undefined){
if(!(validate52(data.error, {instancePath:instancePath+"/error",parentData:data,parentDataProperty:"error",rootData}))){
vErrors = vErrors === null ? validate52.errors : vErrors.concat(validate52.errors);
errors = vErrors.length;
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
validate132.errors = vErrors;
return errors === 0;
}

export const validateAppendToCaseInput = validate145;
const schema30 = {"$schema":"http://json-schema.org/draft-07/schema#","title":"WorkflowState","description":"The state object the workflow carries from step to step (each step adds its part with ResultPath). Each Lambda step checks that the parts it needs are present and well-formed (each step's `needs` in src/steps/defs/ lists them).","type":"object","required":["execution","settings","incident","classification","facts","decision","openCase"],"properties":{"execution":{"$ref":"https://bedrock-ops-alert.dev/schemas/workflow-state/execution.schema.json"},"event":{"$ref":"https://bedrock-ops-alert.dev/schemas/workflow-state/event.schema.json"},"status":{"$ref":"https://bedrock-ops-alert.dev/schemas/workflow-state/status.schema.json"},"settings":{"$ref":"https://bedrock-ops-alert.dev/schemas/workflow-state/settings.schema.json"},"incident":{"$ref":"https://bedrock-ops-alert.dev/schemas/workflow-state/incident.schema.json"},"classification":{"$ref":"https://bedrock-ops-alert.dev/schemas/workflow-state/classification.schema.json"},"facts":{"$ref":"https://bedrock-ops-alert.dev/schemas/workflow-state/facts.schema.json"},"decision":{"$ref":"https://bedrock-ops-alert.dev/schemas/workflow-state/decision.schema.json"},"openCase":{"$ref":"https://bedrock-ops-alert.dev/schemas/workflow-state/openCase.schema.json"},"quotaRequest":{"$ref":"https://bedrock-ops-alert.dev/schemas/workflow-state/quotaRequest.schema.json"},"caseAction":{"$ref":"https://bedrock-ops-alert.dev/schemas/workflow-state/caseAction.schema.json"},"error":{"$ref":"https://bedrock-ops-alert.dev/schemas/workflow-state/error.schema.json"}}};

function validate145(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.execution === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "execution"},message:"must have required property '"+"execution"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.settings === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "settings"},message:"must have required property '"+"settings"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.incident === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "incident"},message:"must have required property '"+"incident"+"'"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.classification === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "classification"},message:"must have required property '"+"classification"+"'"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data.facts === undefined){
const err4 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "facts"},message:"must have required property '"+"facts"+"'"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(data.decision === undefined){
const err5 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "decision"},message:"must have required property '"+"decision"+"'"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(data.openCase === undefined){
const err6 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "openCase"},message:"must have required property '"+"openCase"+"'"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(data.execution !== undefined){
if(!(validate22(data.execution, {instancePath:instancePath+"/execution",parentData:data,parentDataProperty:"execution",rootData}))){
vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);
errors = vErrors.length;
}
}
if(data.event !== undefined){
if(!(validate24(data.event, {instancePath:instancePath+"/event",parentData:data,parentDataProperty:"event",rootData}))){
vErrors = vErrors === null ? validate24.errors : vErrors.concat(validate24.errors);
errors = vErrors.length;
}
}
if(data.status !== undefined){
if(!(validate26(data.status, {instancePath:instancePath+"/status",parentData:data,parentDataProperty:"status",rootData}))){
vErrors = vErrors === null ? validate26.errors : vErrors.concat(validate26.errors);
errors = vErrors.length;
}
}
if(data.settings !== undefined){
if(!(validate28(data.settings, {instancePath:instancePath+"/settings",parentData:data,parentDataProperty:"settings",rootData}))){
vErrors = vErrors === null ? validate28.errors : vErrors.concat(validate28.errors);
errors = vErrors.length;
}
}
if(data.incident !== undefined){
if(!(validate32(data.incident, {instancePath:instancePath+"/incident",parentData:data,parentDataProperty:"incident",rootData}))){
vErrors = vErrors === null ? validate32.errors : vErrors.concat(validate32.errors);
errors = vErrors.length;
}
}
if(data.classification !== undefined){
if(!(validate38(data.classification, {instancePath:instancePath+"/classification",parentData:data,parentDataProperty:"classification",rootData}))){
vErrors = vErrors === null ? validate38.errors : vErrors.concat(validate38.errors);
errors = vErrors.length;
}
}
if(data.facts !== undefined){
if(!(validate42(data.facts, {instancePath:instancePath+"/facts",parentData:data,parentDataProperty:"facts",rootData}))){
vErrors = vErrors === null ? validate42.errors : vErrors.concat(validate42.errors);
errors = vErrors.length;
}
}
if(data.decision !== undefined){
if(!(validate44(data.decision, {instancePath:instancePath+"/decision",parentData:data,parentDataProperty:"decision",rootData}))){
vErrors = vErrors === null ? validate44.errors : vErrors.concat(validate44.errors);
errors = vErrors.length;
}
}
if(data.openCase !== undefined){
if(!(validate46(data.openCase, {instancePath:instancePath+"/openCase",parentData:data,parentDataProperty:"openCase",rootData}))){
vErrors = vErrors === null ? validate46.errors : vErrors.concat(validate46.errors);
errors = vErrors.length;
}
}
if(data.quotaRequest !== undefined){
if(!(validate48(data.quotaRequest, {instancePath:instancePath+"/quotaRequest",parentData:data,parentDataProperty:"quotaRequest",rootData}))){
vErrors = vErrors === null ? validate48.errors : vErrors.concat(validate48.errors);
errors = vErrors.length;
}
}
if(data.caseAction !== undefined){
if(!(validate50(data.caseAction, {instancePath:instancePath+"/caseAction",parentData:data,parentDataProperty:"caseAction",rootData}))){
vErrors = vErrors === null ? validate50.errors : vErrors.concat(validate50.errors);
errors = vErrors.length;
}
}
if(data.error !== undefined){
if(!(validate52(data.error, {instancePath:instancePath+"/error",parentData:data,parentDataProperty:"error",rootData}))){
vErrors = vErrors === null ? validate52.errors : vErrors.concat(validate52.errors);
errors = vErrors.length;
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
validate145.errors = vErrors;
return errors === 0;
}

export const validateNotifyInput = validate158;
const schema31 = {"$schema":"http://json-schema.org/draft-07/schema#","title":"WorkflowState","description":"The state object the workflow carries from step to step (each step adds its part with ResultPath). Each Lambda step checks that the parts it needs are present and well-formed (each step's `needs` in src/steps/defs/ lists them).","type":"object","required":["execution","settings","incident","classification","facts","decision","caseAction"],"properties":{"execution":{"$ref":"https://bedrock-ops-alert.dev/schemas/workflow-state/execution.schema.json"},"event":{"$ref":"https://bedrock-ops-alert.dev/schemas/workflow-state/event.schema.json"},"status":{"$ref":"https://bedrock-ops-alert.dev/schemas/workflow-state/status.schema.json"},"settings":{"$ref":"https://bedrock-ops-alert.dev/schemas/workflow-state/settings.schema.json"},"incident":{"$ref":"https://bedrock-ops-alert.dev/schemas/workflow-state/incident.schema.json"},"classification":{"$ref":"https://bedrock-ops-alert.dev/schemas/workflow-state/classification.schema.json"},"facts":{"$ref":"https://bedrock-ops-alert.dev/schemas/workflow-state/facts.schema.json"},"decision":{"$ref":"https://bedrock-ops-alert.dev/schemas/workflow-state/decision.schema.json"},"openCase":{"$ref":"https://bedrock-ops-alert.dev/schemas/workflow-state/openCase.schema.json"},"quotaRequest":{"$ref":"https://bedrock-ops-alert.dev/schemas/workflow-state/quotaRequest.schema.json"},"caseAction":{"$ref":"https://bedrock-ops-alert.dev/schemas/workflow-state/caseAction.schema.json"},"error":{"$ref":"https://bedrock-ops-alert.dev/schemas/workflow-state/error.schema.json"}}};

function validate158(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.execution === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "execution"},message:"must have required property '"+"execution"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.settings === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "settings"},message:"must have required property '"+"settings"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.incident === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "incident"},message:"must have required property '"+"incident"+"'"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.classification === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "classification"},message:"must have required property '"+"classification"+"'"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data.facts === undefined){
const err4 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "facts"},message:"must have required property '"+"facts"+"'"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(data.decision === undefined){
const err5 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "decision"},message:"must have required property '"+"decision"+"'"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(data.caseAction === undefined){
const err6 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "caseAction"},message:"must have required property '"+"caseAction"+"'"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(data.execution !== undefined){
if(!(validate22(data.execution, {instancePath:instancePath+"/execution",parentData:data,parentDataProperty:"execution",rootData}))){
vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);
errors = vErrors.length;
}
}
if(data.event !== undefined){
if(!(validate24(data.event, {instancePath:instancePath+"/event",parentData:data,parentDataProperty:"event",rootData}))){
vErrors = vErrors === null ? validate24.errors : vErrors.concat(validate24.errors);
errors = vErrors.length;
}
}
if(data.status !== undefined){
if(!(validate26(data.status, {instancePath:instancePath+"/status",parentData:data,parentDataProperty:"status",rootData}))){
vErrors = vErrors === null ? validate26.errors : vErrors.concat(validate26.errors);
errors = vErrors.length;
}
}
if(data.settings !== undefined){
if(!(validate28(data.settings, {instancePath:instancePath+"/settings",parentData:data,parentDataProperty:"settings",rootData}))){
vErrors = vErrors === null ? validate28.errors : vErrors.concat(validate28.errors);
errors = vErrors.length;
}
}
if(data.incident !== undefined){
if(!(validate32(data.incident, {instancePath:instancePath+"/incident",parentData:data,parentDataProperty:"incident",rootData}))){
vErrors = vErrors === null ? validate32.errors : vErrors.concat(validate32.errors);
errors = vErrors.length;
}
}
if(data.classification !== undefined){
if(!(validate38(data.classification, {instancePath:instancePath+"/classification",parentData:data,parentDataProperty:"classification",rootData}))){
vErrors = vErrors === null ? validate38.errors : vErrors.concat(validate38.errors);
errors = vErrors.length;
}
}
if(data.facts !== undefined){
if(!(validate42(data.facts, {instancePath:instancePath+"/facts",parentData:data,parentDataProperty:"facts",rootData}))){
vErrors = vErrors === null ? validate42.errors : vErrors.concat(validate42.errors);
errors = vErrors.length;
}
}
if(data.decision !== undefined){
if(!(validate44(data.decision, {instancePath:instancePath+"/decision",parentData:data,parentDataProperty:"decision",rootData}))){
vErrors = vErrors === null ? validate44.errors : vErrors.concat(validate44.errors);
errors = vErrors.length;
}
}
if(data.openCase !== undefined){
if(!(validate46(data.openCase, {instancePath:instancePath+"/openCase",parentData:data,parentDataProperty:"openCase",rootData}))){
vErrors = vErrors === null ? validate46.errors : vErrors.concat(validate46.errors);
errors = vErrors.length;
}
}
if(data.quotaRequest !== undefined){
if(!(validate48(data.quotaRequest, {instancePath:instancePath+"/quotaRequest",parentData:data,parentDataProperty:"quotaRequest",rootData}))){
vErrors = vErrors === null ? validate48.errors : vErrors.concat(validate48.errors);
errors = vErrors.length;
}
}
if(data.caseAction !== undefined){
if(!(validate50(data.caseAction, {instancePath:instancePath+"/caseAction",parentData:data,parentDataProperty:"caseAction",rootData}))){
vErrors = vErrors === null ? validate50.errors : vErrors.concat(validate50.errors);
errors = vErrors.length;
}
}
if(data.error !== undefined){
if(!(validate52(data.error, {instancePath:instancePath+"/error",parentData:data,parentDataProperty:"error",rootData}))){
vErrors = vErrors === null ? validate52.errors : vErrors.concat(validate52.errors);
errors = vErrors.length;
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
validate158.errors = vErrors;
return errors === 0;
}

