/* Generated from schemas/alarm-state-change-event.schema.json by `npm run gen:types`. Do not edit. */
import cjs0 from "ajv/dist/runtime/ucs2length.js";
import cjs1 from "ajv-formats/dist/formats.js";
"use strict";
export const validateAlarmEvent = validate21;
const schema6 = {"$schema":"http://json-schema.org/draft-07/schema#","$id":"https://bedrock-ops-alert.dev/schemas/alarm-state-change-event.schema.json","title":"AlarmStateChangeEvent","description":"The EventBridge event CloudWatch emits for an alarm (metric or composite). Fields this project does not use are allowed and ignored. `reasonData` is a JSON string, not an object.","type":"object","required":["version","id","detail-type","source","account","time","region","resources","detail"],"properties":{"version":{"type":"string"},"id":{"type":"string","minLength":1},"detail-type":{"type":"string","minLength":1},"source":{"const":"aws.cloudwatch"},"account":{"type":"string","pattern":"^[0-9]{12}$"},"time":{"type":"string","format":"date-time"},"region":{"type":"string","pattern":"^[a-z]{2}(-[a-z]+)+-[0-9]{1,2}$","description":"An AWS Region code (us-east-1, eu-central-2, us-gov-west-1, ap-southeast-4): it becomes the host of console links, so nothing else is accepted."},"resources":{"type":"array","items":{"type":"string"}},"detail":{"type":"object","required":["alarmName","state"],"properties":{"alarmName":{"type":"string","minLength":1,"maxLength":255},"state":{"$ref":"#/definitions/alarmState"},"previousState":{"$ref":"#/definitions/alarmState"},"configuration":{"type":"object"}}}},"definitions":{"alarmState":{"type":"object","required":["value","timestamp"],"properties":{"value":{"enum":["OK","ALARM","INSUFFICIENT_DATA"]},"reason":{"type":"string"},"reasonData":{"type":"string","description":"JSON-encoded; for a composite: {\"triggeringAlarms\":[{\"arn\":...,\"state\":{\"value\":...,\"timestamp\":...}}]}"},"timestamp":{"type":"string","minLength":1},"actionsSuppressedBy":{"enum":["WaitPeriod","ExtensionPeriod","Alarm"]},"actionsSuppressedReason":{"type":"string"}}}}};
const func2 = cjs0.default;
const pattern0 = new RegExp("^[0-9]{12}$", "u");
const pattern1 = new RegExp("^[a-z]{2}(-[a-z]+)+-[0-9]{1,2}$", "u");
const formats0 = cjs1.fullFormats["date-time"];
const schema7 = {"type":"object","required":["value","timestamp"],"properties":{"value":{"enum":["OK","ALARM","INSUFFICIENT_DATA"]},"reason":{"type":"string"},"reasonData":{"type":"string","description":"JSON-encoded; for a composite: {\"triggeringAlarms\":[{\"arn\":...,\"state\":{\"value\":...,\"timestamp\":...}}]}"},"timestamp":{"type":"string","minLength":1},"actionsSuppressedBy":{"enum":["WaitPeriod","ExtensionPeriod","Alarm"]},"actionsSuppressedReason":{"type":"string"}}};

function validate22(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.value === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "value"},message:"must have required property '"+"value"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.timestamp === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "timestamp"},message:"must have required property '"+"timestamp"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.value !== undefined){
let data0 = data.value;
if(!(((data0 === "OK") || (data0 === "ALARM")) || (data0 === "INSUFFICIENT_DATA"))){
const err2 = {instancePath:instancePath+"/value",schemaPath:"#/properties/value/enum",keyword:"enum",params:{allowedValues: schema7.properties.value.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.reason !== undefined){
if(typeof data.reason !== "string"){
const err3 = {instancePath:instancePath+"/reason",schemaPath:"#/properties/reason/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.reasonData !== undefined){
if(typeof data.reasonData !== "string"){
const err4 = {instancePath:instancePath+"/reasonData",schemaPath:"#/properties/reasonData/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.timestamp !== undefined){
let data3 = data.timestamp;
if(typeof data3 === "string"){
if(func2(data3) < 1){
const err5 = {instancePath:instancePath+"/timestamp",schemaPath:"#/properties/timestamp/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
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
const err6 = {instancePath:instancePath+"/timestamp",schemaPath:"#/properties/timestamp/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.actionsSuppressedBy !== undefined){
let data4 = data.actionsSuppressedBy;
if(!(((data4 === "WaitPeriod") || (data4 === "ExtensionPeriod")) || (data4 === "Alarm"))){
const err7 = {instancePath:instancePath+"/actionsSuppressedBy",schemaPath:"#/properties/actionsSuppressedBy/enum",keyword:"enum",params:{allowedValues: schema7.properties.actionsSuppressedBy.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.actionsSuppressedReason !== undefined){
if(typeof data.actionsSuppressedReason !== "string"){
const err8 = {instancePath:instancePath+"/actionsSuppressedReason",schemaPath:"#/properties/actionsSuppressedReason/type",keyword:"type",params:{type: "string"},message:"must be string"};
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
validate22.errors = vErrors;
return errors === 0;
}


function validate21(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="https://bedrock-ops-alert.dev/schemas/alarm-state-change-event.schema.json" */;
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.version === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "version"},message:"must have required property '"+"version"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.id === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data["detail-type"] === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "detail-type"},message:"must have required property '"+"detail-type"+"'"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.source === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "source"},message:"must have required property '"+"source"+"'"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data.account === undefined){
const err4 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "account"},message:"must have required property '"+"account"+"'"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(data.time === undefined){
const err5 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "time"},message:"must have required property '"+"time"+"'"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(data.region === undefined){
const err6 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "region"},message:"must have required property '"+"region"+"'"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(data.resources === undefined){
const err7 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "resources"},message:"must have required property '"+"resources"+"'"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(data.detail === undefined){
const err8 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "detail"},message:"must have required property '"+"detail"+"'"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if(data.version !== undefined){
if(typeof data.version !== "string"){
const err9 = {instancePath:instancePath+"/version",schemaPath:"#/properties/version/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.id !== undefined){
let data1 = data.id;
if(typeof data1 === "string"){
if(func2(data1) < 1){
const err10 = {instancePath:instancePath+"/id",schemaPath:"#/properties/id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
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
const err11 = {instancePath:instancePath+"/id",schemaPath:"#/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data["detail-type"] !== undefined){
let data2 = data["detail-type"];
if(typeof data2 === "string"){
if(func2(data2) < 1){
const err12 = {instancePath:instancePath+"/detail-type",schemaPath:"#/properties/detail-type/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
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
const err13 = {instancePath:instancePath+"/detail-type",schemaPath:"#/properties/detail-type/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data.source !== undefined){
if("aws.cloudwatch" !== data.source){
const err14 = {instancePath:instancePath+"/source",schemaPath:"#/properties/source/const",keyword:"const",params:{allowedValue: "aws.cloudwatch"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(data.account !== undefined){
let data4 = data.account;
if(typeof data4 === "string"){
if(!pattern0.test(data4)){
const err15 = {instancePath:instancePath+"/account",schemaPath:"#/properties/account/pattern",keyword:"pattern",params:{pattern: "^[0-9]{12}$"},message:"must match pattern \""+"^[0-9]{12}$"+"\""};
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
const err16 = {instancePath:instancePath+"/account",schemaPath:"#/properties/account/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
if(data.time !== undefined){
let data5 = data.time;
if(typeof data5 === "string"){
if(!(formats0.validate(data5))){
const err17 = {instancePath:instancePath+"/time",schemaPath:"#/properties/time/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\""};
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
const err18 = {instancePath:instancePath+"/time",schemaPath:"#/properties/time/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
if(data.region !== undefined){
let data6 = data.region;
if(typeof data6 === "string"){
if(!pattern1.test(data6)){
const err19 = {instancePath:instancePath+"/region",schemaPath:"#/properties/region/pattern",keyword:"pattern",params:{pattern: "^[a-z]{2}(-[a-z]+)+-[0-9]{1,2}$"},message:"must match pattern \""+"^[a-z]{2}(-[a-z]+)+-[0-9]{1,2}$"+"\""};
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
const err20 = {instancePath:instancePath+"/region",schemaPath:"#/properties/region/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
if(data.resources !== undefined){
let data7 = data.resources;
if(Array.isArray(data7)){
const len0 = data7.length;
for(let i0=0; i0<len0; i0++){
if(typeof data7[i0] !== "string"){
const err21 = {instancePath:instancePath+"/resources/" + i0,schemaPath:"#/properties/resources/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
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
const err22 = {instancePath:instancePath+"/resources",schemaPath:"#/properties/resources/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
if(data.detail !== undefined){
let data9 = data.detail;
if(data9 && typeof data9 == "object" && !Array.isArray(data9)){
if(data9.alarmName === undefined){
const err23 = {instancePath:instancePath+"/detail",schemaPath:"#/properties/detail/required",keyword:"required",params:{missingProperty: "alarmName"},message:"must have required property '"+"alarmName"+"'"};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
if(data9.state === undefined){
const err24 = {instancePath:instancePath+"/detail",schemaPath:"#/properties/detail/required",keyword:"required",params:{missingProperty: "state"},message:"must have required property '"+"state"+"'"};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
if(data9.alarmName !== undefined){
let data10 = data9.alarmName;
if(typeof data10 === "string"){
if(func2(data10) > 255){
const err25 = {instancePath:instancePath+"/detail/alarmName",schemaPath:"#/properties/detail/properties/alarmName/maxLength",keyword:"maxLength",params:{limit: 255},message:"must NOT have more than 255 characters"};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
if(func2(data10) < 1){
const err26 = {instancePath:instancePath+"/detail/alarmName",schemaPath:"#/properties/detail/properties/alarmName/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
else {
const err27 = {instancePath:instancePath+"/detail/alarmName",schemaPath:"#/properties/detail/properties/alarmName/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
}
if(data9.state !== undefined){
if(!(validate22(data9.state, {instancePath:instancePath+"/detail/state",parentData:data9,parentDataProperty:"state",rootData}))){
vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);
errors = vErrors.length;
}
}
if(data9.previousState !== undefined){
if(!(validate22(data9.previousState, {instancePath:instancePath+"/detail/previousState",parentData:data9,parentDataProperty:"previousState",rootData}))){
vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);
errors = vErrors.length;
}
}
if(data9.configuration !== undefined){
let data13 = data9.configuration;
if(!(data13 && typeof data13 == "object" && !Array.isArray(data13))){
const err28 = {instancePath:instancePath+"/detail/configuration",schemaPath:"#/properties/detail/properties/configuration/type",keyword:"type",params:{type: "object"},message:"must be object"};
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
const err29 = {instancePath:instancePath+"/detail",schemaPath:"#/properties/detail/type",keyword:"type",params:{type: "object"},message:"must be object"};
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
const err30 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
validate21.errors = vErrors;
return errors === 0;
}

