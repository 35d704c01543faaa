/* eslint-disable */
// Generated from schema/*.schema.json by `npm run gen:validators`. Do not edit by hand.
"use strict";
exports.environment = validate20;
const schema31 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://people.example/schema/environment.schema.json","title":"Environment","description":"environment.yaml: the systems an environment manages, how to reach them, and the safety policy.","type":"object","additionalProperties":false,"required":["providers"],"properties":{"providers":{"description":"The managed systems; a system absent here is not managed in this environment.","$ref":"#/$defs/providers"},"policy":{"description":"Safety rules for plan and apply.","$ref":"#/$defs/policy"},"defaults":{"description":"Values used where a declaration gives none.","$ref":"#/$defs/defaults"}},"$defs":{"providers":{"title":"Providers","description":"Connection settings per system.","type":"object","additionalProperties":false,"properties":{"kimai":{"description":"Kimai: URL and API token (Bearer), or the simulator.","$ref":"#/$defs/kimaiProvider"},"papershift":{"description":"Papershift: URL, e-mail and password (signs in for a Bearer token), or the simulator.","$ref":"#/$defs/papershiftProvider"},"mctime":{"description":"McTime: URL and API key (API_KEY header), or the simulator.","$ref":"#/$defs/mctimeProvider"}}},"kimaiProvider":{"title":"KimaiProvider","description":"A Kimai server or the Kimai simulator.","oneOf":[{"$ref":"#/$defs/kimaiConnection"},{"$ref":"#/$defs/simulatorProvider"}]},"papershiftProvider":{"title":"PapershiftProvider","description":"A Papershift account or the Papershift simulator.","oneOf":[{"$ref":"#/$defs/papershiftConnection"},{"$ref":"#/$defs/simulatorProvider"}]},"mctimeProvider":{"title":"McTimeProvider","description":"A McTime tenant or the McTime simulator.","oneOf":[{"$ref":"#/$defs/mctimeConnection"},{"$ref":"#/$defs/simulatorProvider"}]},"kimaiConnection":{"title":"KimaiConnection","description":"A real Kimai server.","type":"object","additionalProperties":false,"required":["url","token"],"properties":{"url":{"description":"Base URL of the Kimai installation.","type":"string","format":"uri"},"token":{"description":"API token; must be given as ${NAME}.","type":"string","minLength":1},"concurrency":{"description":"Requests in flight at once.","$ref":"#/$defs/concurrency"},"timeoutMs":{"description":"Per-request timeout in milliseconds.","$ref":"#/$defs/timeoutMs"},"retries":{"description":"How often a failed request is sent again, 0..10 (default 5).","$ref":"#/$defs/retries"}}},"papershiftConnection":{"title":"PapershiftConnection","description":"A real Papershift account.","type":"object","additionalProperties":false,"required":["url","email","password"],"properties":{"url":{"description":"Base URL of the Papershift API.","type":"string","format":"uri"},"email":{"description":"E-mail address of the API user.","type":"string","minLength":1},"password":{"description":"Password of the API user; must be given as ${NAME}.","type":"string","minLength":1},"concurrency":{"description":"Requests in flight at once.","$ref":"#/$defs/concurrency"},"timeoutMs":{"description":"Per-request timeout in milliseconds.","$ref":"#/$defs/timeoutMs"},"retries":{"description":"How often a failed request is sent again, 0..10 (default 5).","$ref":"#/$defs/retries"}}},"mctimeConnection":{"title":"McTimeConnection","description":"A real McTime tenant.","type":"object","additionalProperties":false,"required":["url","apiKey"],"properties":{"url":{"description":"Base URL of the McTime API.","type":"string","format":"uri"},"apiKey":{"description":"API key; must be given as ${NAME}.","type":"string","minLength":1},"concurrency":{"description":"Requests in flight at once.","$ref":"#/$defs/concurrency"},"timeoutMs":{"description":"Per-request timeout in milliseconds.","$ref":"#/$defs/timeoutMs"},"retries":{"description":"How often a failed request is sent again, 0..10 (default 5).","$ref":"#/$defs/retries"}}},"simulatorProvider":{"title":"SimulatorProvider","description":"The system's simulator, started in-process; its state is kept beside the environment.","type":"object","additionalProperties":false,"required":["simulator"],"properties":{"simulator":{"description":"Use the simulator instead of a real system.","const":true},"concurrency":{"description":"Requests in flight at once.","$ref":"#/$defs/concurrency"},"timeoutMs":{"description":"Per-request timeout in milliseconds.","$ref":"#/$defs/timeoutMs"},"retries":{"description":"How often a failed request is sent again, 0..10 (default 5).","$ref":"#/$defs/retries"}}},"concurrency":{"title":"Concurrency","description":"Requests in flight at once for one system.","type":"integer","minimum":1,"maximum":64},"timeoutMs":{"title":"TimeoutMs","description":"Per-request timeout in milliseconds.","type":"integer","minimum":1},"retries":{"title":"Retries","description":"How often a failed request is sent again: after a 429 (any request), and after a 5xx, a timeout or a broken connection (only requests that are safe to repeat), with a backoff from 500 ms, doubling. Default 5; 0 gives up at the first failure.","type":"integer","minimum":0,"maximum":10},"policy":{"title":"Policy","description":"Safety rules for plan and apply.","type":"object","additionalProperties":false,"properties":{"unmanaged":{"description":"What to do with users in a system that no declaration matches: report them, or deactivate them.","type":"string","enum":["report","deactivate"],"default":"report"},"maxChangesPercent":{"description":"apply refuses (without --force) when more than this share of managed users would change.","type":"number","minimum":0,"maximum":100,"default":30},"minPopulation":{"description":"maxChangesPercent applies only from this many managed users on.","type":"integer","minimum":0,"default":10},"ignore":{"description":"Differences to leave alone.","type":"array","items":{"$ref":"#/$defs/ignoreRule"}}}},"ignoreRule":{"title":"IgnoreRule","description":"A field the tool leaves alone in one system, for everyone or one person, optionally until a date.","type":"object","additionalProperties":false,"required":["system","field"],"properties":{"system":{"description":"The system.","type":"string","enum":["kimai","papershift","mctime"]},"field":{"description":"Field path as shown in the plan (e.g. `alias`, `preferences.holidays`); covers everything below it.","type":"string","minLength":1},"person":{"description":"Key of the one person the rule is for; absent: everyone.","type":"string","minLength":1},"until":{"description":"Last day the rule applies (YYYY-MM-DD); after it the difference shows up again.","type":"string","format":"date"},"reason":{"description":"Why the difference is ignored, for humans.","type":"string"}}},"defaults":{"title":"Defaults","description":"Values used where a declaration gives none.","type":"object","additionalProperties":false,"properties":{"kimai":{"description":"Defaults for Kimai users.","$ref":"#/$defs/kimaiDefaults"}}},"kimaiDefaults":{"title":"KimaiDefaults","description":"Language, locale and time zone of Kimai users that do not set their own.","type":"object","additionalProperties":false,"properties":{"language":{"description":"UI language (e.g. `en`, `de`).","type":"string","minLength":1,"default":"en"},"locale":{"description":"Number and date formatting locale (e.g. `en_GB`, `de_AT`).","type":"string","minLength":1,"default":"en_GB"},"timezone":{"description":"IANA time zone (e.g. `Europe/Vienna`).","type":"string","minLength":1,"default":"Europe/Berlin"}}}}};
const schema32 = {"title":"Providers","description":"Connection settings per system.","type":"object","additionalProperties":false,"properties":{"kimai":{"description":"Kimai: URL and API token (Bearer), or the simulator.","$ref":"#/$defs/kimaiProvider"},"papershift":{"description":"Papershift: URL, e-mail and password (signs in for a Bearer token), or the simulator.","$ref":"#/$defs/papershiftProvider"},"mctime":{"description":"McTime: URL and API key (API_KEY header), or the simulator.","$ref":"#/$defs/mctimeProvider"}}};
const schema33 = {"title":"KimaiProvider","description":"A Kimai server or the Kimai simulator.","oneOf":[{"$ref":"#/$defs/kimaiConnection"},{"$ref":"#/$defs/simulatorProvider"}]};
const schema34 = {"title":"KimaiConnection","description":"A real Kimai server.","type":"object","additionalProperties":false,"required":["url","token"],"properties":{"url":{"description":"Base URL of the Kimai installation.","type":"string","format":"uri"},"token":{"description":"API token; must be given as ${NAME}.","type":"string","minLength":1},"concurrency":{"description":"Requests in flight at once.","$ref":"#/$defs/concurrency"},"timeoutMs":{"description":"Per-request timeout in milliseconds.","$ref":"#/$defs/timeoutMs"},"retries":{"description":"How often a failed request is sent again, 0..10 (default 5).","$ref":"#/$defs/retries"}}};
const schema35 = {"title":"Concurrency","description":"Requests in flight at once for one system.","type":"integer","minimum":1,"maximum":64};
const schema36 = {"title":"TimeoutMs","description":"Per-request timeout in milliseconds.","type":"integer","minimum":1};
const schema37 = {"title":"Retries","description":"How often a failed request is sent again: after a 429 (any request), and after a 5xx, a timeout or a broken connection (only requests that are safe to repeat), with a backoff from 500 ms, doubling. Default 5; 0 gives up at the first failure.","type":"integer","minimum":0,"maximum":10};
const formats0 = require("ajv-formats/dist/formats").fullFormats.uri;
const func1 = require("ajv/dist/runtime/ucs2length").default;

function validate23(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate23.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if(((data.url === undefined) && (missing0 = "url")) || ((data.token === undefined) && (missing0 = "token"))){
validate23.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!(((((key0 === "url") || (key0 === "token")) || (key0 === "concurrency")) || (key0 === "timeoutMs")) || (key0 === "retries"))){
validate23.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.url !== undefined){
let data0 = data.url;
const _errs2 = errors;
if(errors === _errs2){
if(errors === _errs2){
if(typeof data0 === "string"){
if(!(formats0(data0))){
validate23.errors = [{instancePath:instancePath+"/url",schemaPath:"#/properties/url/format",keyword:"format",params:{format: "uri"},message:"must match format \""+"uri"+"\""}];
return false;
}
}
else {
validate23.errors = [{instancePath:instancePath+"/url",schemaPath:"#/properties/url/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.token !== undefined){
let data1 = data.token;
const _errs4 = errors;
if(errors === _errs4){
if(typeof data1 === "string"){
if(func1(data1) < 1){
validate23.errors = [{instancePath:instancePath+"/token",schemaPath:"#/properties/token/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
}
else {
validate23.errors = [{instancePath:instancePath+"/token",schemaPath:"#/properties/token/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs4 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.concurrency !== undefined){
let data2 = data.concurrency;
const _errs6 = errors;
const _errs7 = errors;
if(!(((typeof data2 == "number") && (!(data2 % 1) && !isNaN(data2))) && (isFinite(data2)))){
validate23.errors = [{instancePath:instancePath+"/concurrency",schemaPath:"#/$defs/concurrency/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs7){
if((typeof data2 == "number") && (isFinite(data2))){
if(data2 > 64 || isNaN(data2)){
validate23.errors = [{instancePath:instancePath+"/concurrency",schemaPath:"#/$defs/concurrency/maximum",keyword:"maximum",params:{comparison: "<=", limit: 64},message:"must be <= 64"}];
return false;
}
else {
if(data2 < 1 || isNaN(data2)){
validate23.errors = [{instancePath:instancePath+"/concurrency",schemaPath:"#/$defs/concurrency/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"}];
return false;
}
}
}
}
var valid0 = _errs6 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.timeoutMs !== undefined){
let data3 = data.timeoutMs;
const _errs9 = errors;
const _errs10 = errors;
if(!(((typeof data3 == "number") && (!(data3 % 1) && !isNaN(data3))) && (isFinite(data3)))){
validate23.errors = [{instancePath:instancePath+"/timeoutMs",schemaPath:"#/$defs/timeoutMs/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs10){
if((typeof data3 == "number") && (isFinite(data3))){
if(data3 < 1 || isNaN(data3)){
validate23.errors = [{instancePath:instancePath+"/timeoutMs",schemaPath:"#/$defs/timeoutMs/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"}];
return false;
}
}
}
var valid0 = _errs9 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.retries !== undefined){
let data4 = data.retries;
const _errs12 = errors;
const _errs13 = errors;
if(!(((typeof data4 == "number") && (!(data4 % 1) && !isNaN(data4))) && (isFinite(data4)))){
validate23.errors = [{instancePath:instancePath+"/retries",schemaPath:"#/$defs/retries/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs13){
if((typeof data4 == "number") && (isFinite(data4))){
if(data4 > 10 || isNaN(data4)){
validate23.errors = [{instancePath:instancePath+"/retries",schemaPath:"#/$defs/retries/maximum",keyword:"maximum",params:{comparison: "<=", limit: 10},message:"must be <= 10"}];
return false;
}
else {
if(data4 < 0 || isNaN(data4)){
validate23.errors = [{instancePath:instancePath+"/retries",schemaPath:"#/$defs/retries/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"}];
return false;
}
}
}
}
var valid0 = _errs12 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
}
}
}
else {
validate23.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate23.errors = vErrors;
return errors === 0;
}
validate23.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema38 = {"title":"SimulatorProvider","description":"The system's simulator, started in-process; its state is kept beside the environment.","type":"object","additionalProperties":false,"required":["simulator"],"properties":{"simulator":{"description":"Use the simulator instead of a real system.","const":true},"concurrency":{"description":"Requests in flight at once.","$ref":"#/$defs/concurrency"},"timeoutMs":{"description":"Per-request timeout in milliseconds.","$ref":"#/$defs/timeoutMs"},"retries":{"description":"How often a failed request is sent again, 0..10 (default 5).","$ref":"#/$defs/retries"}}};

function validate25(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate25.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((data.simulator === undefined) && (missing0 = "simulator")){
validate25.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!((((key0 === "simulator") || (key0 === "concurrency")) || (key0 === "timeoutMs")) || (key0 === "retries"))){
validate25.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.simulator !== undefined){
const _errs2 = errors;
if(true !== data.simulator){
validate25.errors = [{instancePath:instancePath+"/simulator",schemaPath:"#/properties/simulator/const",keyword:"const",params:{allowedValue: true},message:"must be equal to constant"}];
return false;
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.concurrency !== undefined){
let data1 = data.concurrency;
const _errs3 = errors;
const _errs4 = errors;
if(!(((typeof data1 == "number") && (!(data1 % 1) && !isNaN(data1))) && (isFinite(data1)))){
validate25.errors = [{instancePath:instancePath+"/concurrency",schemaPath:"#/$defs/concurrency/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs4){
if((typeof data1 == "number") && (isFinite(data1))){
if(data1 > 64 || isNaN(data1)){
validate25.errors = [{instancePath:instancePath+"/concurrency",schemaPath:"#/$defs/concurrency/maximum",keyword:"maximum",params:{comparison: "<=", limit: 64},message:"must be <= 64"}];
return false;
}
else {
if(data1 < 1 || isNaN(data1)){
validate25.errors = [{instancePath:instancePath+"/concurrency",schemaPath:"#/$defs/concurrency/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"}];
return false;
}
}
}
}
var valid0 = _errs3 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.timeoutMs !== undefined){
let data2 = data.timeoutMs;
const _errs6 = errors;
const _errs7 = errors;
if(!(((typeof data2 == "number") && (!(data2 % 1) && !isNaN(data2))) && (isFinite(data2)))){
validate25.errors = [{instancePath:instancePath+"/timeoutMs",schemaPath:"#/$defs/timeoutMs/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs7){
if((typeof data2 == "number") && (isFinite(data2))){
if(data2 < 1 || isNaN(data2)){
validate25.errors = [{instancePath:instancePath+"/timeoutMs",schemaPath:"#/$defs/timeoutMs/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"}];
return false;
}
}
}
var valid0 = _errs6 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.retries !== undefined){
let data3 = data.retries;
const _errs9 = errors;
const _errs10 = errors;
if(!(((typeof data3 == "number") && (!(data3 % 1) && !isNaN(data3))) && (isFinite(data3)))){
validate25.errors = [{instancePath:instancePath+"/retries",schemaPath:"#/$defs/retries/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs10){
if((typeof data3 == "number") && (isFinite(data3))){
if(data3 > 10 || isNaN(data3)){
validate25.errors = [{instancePath:instancePath+"/retries",schemaPath:"#/$defs/retries/maximum",keyword:"maximum",params:{comparison: "<=", limit: 10},message:"must be <= 10"}];
return false;
}
else {
if(data3 < 0 || isNaN(data3)){
validate25.errors = [{instancePath:instancePath+"/retries",schemaPath:"#/$defs/retries/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"}];
return false;
}
}
}
}
var valid0 = _errs9 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
}
}
else {
validate25.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate25.errors = vErrors;
return errors === 0;
}
validate25.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


function validate22(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate22.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
const _errs0 = errors;
let valid0 = false;
let passing0 = null;
const _errs1 = errors;
if(!(validate23(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
errors = vErrors.length;
}
var _valid0 = _errs1 === errors;
if(_valid0){
valid0 = true;
passing0 = 0;
var props0 = true;
}
const _errs2 = errors;
if(!(validate25(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate25.errors : vErrors.concat(validate25.errors);
errors = vErrors.length;
}
var _valid0 = _errs2 === errors;
if(_valid0 && valid0){
valid0 = false;
passing0 = [passing0, 1];
}
else {
if(_valid0){
valid0 = true;
passing0 = 1;
if(props0 !== true){
props0 = true;
}
}
}
if(!valid0){
const err0 = {instancePath,schemaPath:"#/oneOf",keyword:"oneOf",params:{passingSchemas: passing0},message:"must match exactly one schema in oneOf"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
validate22.errors = vErrors;
return false;
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
validate22.errors = vErrors;
evaluated0.props = props0;
return errors === 0;
}
validate22.evaluated = {"dynamicProps":true,"dynamicItems":false};

const schema42 = {"title":"PapershiftProvider","description":"A Papershift account or the Papershift simulator.","oneOf":[{"$ref":"#/$defs/papershiftConnection"},{"$ref":"#/$defs/simulatorProvider"}]};
const schema43 = {"title":"PapershiftConnection","description":"A real Papershift account.","type":"object","additionalProperties":false,"required":["url","email","password"],"properties":{"url":{"description":"Base URL of the Papershift API.","type":"string","format":"uri"},"email":{"description":"E-mail address of the API user.","type":"string","minLength":1},"password":{"description":"Password of the API user; must be given as ${NAME}.","type":"string","minLength":1},"concurrency":{"description":"Requests in flight at once.","$ref":"#/$defs/concurrency"},"timeoutMs":{"description":"Per-request timeout in milliseconds.","$ref":"#/$defs/timeoutMs"},"retries":{"description":"How often a failed request is sent again, 0..10 (default 5).","$ref":"#/$defs/retries"}}};

function validate29(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate29.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((((data.url === undefined) && (missing0 = "url")) || ((data.email === undefined) && (missing0 = "email"))) || ((data.password === undefined) && (missing0 = "password"))){
validate29.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!((((((key0 === "url") || (key0 === "email")) || (key0 === "password")) || (key0 === "concurrency")) || (key0 === "timeoutMs")) || (key0 === "retries"))){
validate29.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.url !== undefined){
let data0 = data.url;
const _errs2 = errors;
if(errors === _errs2){
if(errors === _errs2){
if(typeof data0 === "string"){
if(!(formats0(data0))){
validate29.errors = [{instancePath:instancePath+"/url",schemaPath:"#/properties/url/format",keyword:"format",params:{format: "uri"},message:"must match format \""+"uri"+"\""}];
return false;
}
}
else {
validate29.errors = [{instancePath:instancePath+"/url",schemaPath:"#/properties/url/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.email !== undefined){
let data1 = data.email;
const _errs4 = errors;
if(errors === _errs4){
if(typeof data1 === "string"){
if(func1(data1) < 1){
validate29.errors = [{instancePath:instancePath+"/email",schemaPath:"#/properties/email/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
}
else {
validate29.errors = [{instancePath:instancePath+"/email",schemaPath:"#/properties/email/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs4 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.password !== undefined){
let data2 = data.password;
const _errs6 = errors;
if(errors === _errs6){
if(typeof data2 === "string"){
if(func1(data2) < 1){
validate29.errors = [{instancePath:instancePath+"/password",schemaPath:"#/properties/password/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
}
else {
validate29.errors = [{instancePath:instancePath+"/password",schemaPath:"#/properties/password/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs6 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.concurrency !== undefined){
let data3 = data.concurrency;
const _errs8 = errors;
const _errs9 = errors;
if(!(((typeof data3 == "number") && (!(data3 % 1) && !isNaN(data3))) && (isFinite(data3)))){
validate29.errors = [{instancePath:instancePath+"/concurrency",schemaPath:"#/$defs/concurrency/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs9){
if((typeof data3 == "number") && (isFinite(data3))){
if(data3 > 64 || isNaN(data3)){
validate29.errors = [{instancePath:instancePath+"/concurrency",schemaPath:"#/$defs/concurrency/maximum",keyword:"maximum",params:{comparison: "<=", limit: 64},message:"must be <= 64"}];
return false;
}
else {
if(data3 < 1 || isNaN(data3)){
validate29.errors = [{instancePath:instancePath+"/concurrency",schemaPath:"#/$defs/concurrency/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"}];
return false;
}
}
}
}
var valid0 = _errs8 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.timeoutMs !== undefined){
let data4 = data.timeoutMs;
const _errs11 = errors;
const _errs12 = errors;
if(!(((typeof data4 == "number") && (!(data4 % 1) && !isNaN(data4))) && (isFinite(data4)))){
validate29.errors = [{instancePath:instancePath+"/timeoutMs",schemaPath:"#/$defs/timeoutMs/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs12){
if((typeof data4 == "number") && (isFinite(data4))){
if(data4 < 1 || isNaN(data4)){
validate29.errors = [{instancePath:instancePath+"/timeoutMs",schemaPath:"#/$defs/timeoutMs/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"}];
return false;
}
}
}
var valid0 = _errs11 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.retries !== undefined){
let data5 = data.retries;
const _errs14 = errors;
const _errs15 = errors;
if(!(((typeof data5 == "number") && (!(data5 % 1) && !isNaN(data5))) && (isFinite(data5)))){
validate29.errors = [{instancePath:instancePath+"/retries",schemaPath:"#/$defs/retries/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs15){
if((typeof data5 == "number") && (isFinite(data5))){
if(data5 > 10 || isNaN(data5)){
validate29.errors = [{instancePath:instancePath+"/retries",schemaPath:"#/$defs/retries/maximum",keyword:"maximum",params:{comparison: "<=", limit: 10},message:"must be <= 10"}];
return false;
}
else {
if(data5 < 0 || isNaN(data5)){
validate29.errors = [{instancePath:instancePath+"/retries",schemaPath:"#/$defs/retries/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"}];
return false;
}
}
}
}
var valid0 = _errs14 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
}
}
}
}
else {
validate29.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate29.errors = vErrors;
return errors === 0;
}
validate29.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


function validate28(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate28.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
const _errs0 = errors;
let valid0 = false;
let passing0 = null;
const _errs1 = errors;
if(!(validate29(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate29.errors : vErrors.concat(validate29.errors);
errors = vErrors.length;
}
var _valid0 = _errs1 === errors;
if(_valid0){
valid0 = true;
passing0 = 0;
var props0 = true;
}
const _errs2 = errors;
if(!(validate25(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate25.errors : vErrors.concat(validate25.errors);
errors = vErrors.length;
}
var _valid0 = _errs2 === errors;
if(_valid0 && valid0){
valid0 = false;
passing0 = [passing0, 1];
}
else {
if(_valid0){
valid0 = true;
passing0 = 1;
if(props0 !== true){
props0 = true;
}
}
}
if(!valid0){
const err0 = {instancePath,schemaPath:"#/oneOf",keyword:"oneOf",params:{passingSchemas: passing0},message:"must match exactly one schema in oneOf"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
validate28.errors = vErrors;
return false;
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
validate28.errors = vErrors;
evaluated0.props = props0;
return errors === 0;
}
validate28.evaluated = {"dynamicProps":true,"dynamicItems":false};

const schema47 = {"title":"McTimeProvider","description":"A McTime tenant or the McTime simulator.","oneOf":[{"$ref":"#/$defs/mctimeConnection"},{"$ref":"#/$defs/simulatorProvider"}]};
const schema48 = {"title":"McTimeConnection","description":"A real McTime tenant.","type":"object","additionalProperties":false,"required":["url","apiKey"],"properties":{"url":{"description":"Base URL of the McTime API.","type":"string","format":"uri"},"apiKey":{"description":"API key; must be given as ${NAME}.","type":"string","minLength":1},"concurrency":{"description":"Requests in flight at once.","$ref":"#/$defs/concurrency"},"timeoutMs":{"description":"Per-request timeout in milliseconds.","$ref":"#/$defs/timeoutMs"},"retries":{"description":"How often a failed request is sent again, 0..10 (default 5).","$ref":"#/$defs/retries"}}};

function validate34(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate34.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if(((data.url === undefined) && (missing0 = "url")) || ((data.apiKey === undefined) && (missing0 = "apiKey"))){
validate34.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!(((((key0 === "url") || (key0 === "apiKey")) || (key0 === "concurrency")) || (key0 === "timeoutMs")) || (key0 === "retries"))){
validate34.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.url !== undefined){
let data0 = data.url;
const _errs2 = errors;
if(errors === _errs2){
if(errors === _errs2){
if(typeof data0 === "string"){
if(!(formats0(data0))){
validate34.errors = [{instancePath:instancePath+"/url",schemaPath:"#/properties/url/format",keyword:"format",params:{format: "uri"},message:"must match format \""+"uri"+"\""}];
return false;
}
}
else {
validate34.errors = [{instancePath:instancePath+"/url",schemaPath:"#/properties/url/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.apiKey !== undefined){
let data1 = data.apiKey;
const _errs4 = errors;
if(errors === _errs4){
if(typeof data1 === "string"){
if(func1(data1) < 1){
validate34.errors = [{instancePath:instancePath+"/apiKey",schemaPath:"#/properties/apiKey/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
}
else {
validate34.errors = [{instancePath:instancePath+"/apiKey",schemaPath:"#/properties/apiKey/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs4 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.concurrency !== undefined){
let data2 = data.concurrency;
const _errs6 = errors;
const _errs7 = errors;
if(!(((typeof data2 == "number") && (!(data2 % 1) && !isNaN(data2))) && (isFinite(data2)))){
validate34.errors = [{instancePath:instancePath+"/concurrency",schemaPath:"#/$defs/concurrency/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs7){
if((typeof data2 == "number") && (isFinite(data2))){
if(data2 > 64 || isNaN(data2)){
validate34.errors = [{instancePath:instancePath+"/concurrency",schemaPath:"#/$defs/concurrency/maximum",keyword:"maximum",params:{comparison: "<=", limit: 64},message:"must be <= 64"}];
return false;
}
else {
if(data2 < 1 || isNaN(data2)){
validate34.errors = [{instancePath:instancePath+"/concurrency",schemaPath:"#/$defs/concurrency/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"}];
return false;
}
}
}
}
var valid0 = _errs6 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.timeoutMs !== undefined){
let data3 = data.timeoutMs;
const _errs9 = errors;
const _errs10 = errors;
if(!(((typeof data3 == "number") && (!(data3 % 1) && !isNaN(data3))) && (isFinite(data3)))){
validate34.errors = [{instancePath:instancePath+"/timeoutMs",schemaPath:"#/$defs/timeoutMs/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs10){
if((typeof data3 == "number") && (isFinite(data3))){
if(data3 < 1 || isNaN(data3)){
validate34.errors = [{instancePath:instancePath+"/timeoutMs",schemaPath:"#/$defs/timeoutMs/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"}];
return false;
}
}
}
var valid0 = _errs9 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.retries !== undefined){
let data4 = data.retries;
const _errs12 = errors;
const _errs13 = errors;
if(!(((typeof data4 == "number") && (!(data4 % 1) && !isNaN(data4))) && (isFinite(data4)))){
validate34.errors = [{instancePath:instancePath+"/retries",schemaPath:"#/$defs/retries/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs13){
if((typeof data4 == "number") && (isFinite(data4))){
if(data4 > 10 || isNaN(data4)){
validate34.errors = [{instancePath:instancePath+"/retries",schemaPath:"#/$defs/retries/maximum",keyword:"maximum",params:{comparison: "<=", limit: 10},message:"must be <= 10"}];
return false;
}
else {
if(data4 < 0 || isNaN(data4)){
validate34.errors = [{instancePath:instancePath+"/retries",schemaPath:"#/$defs/retries/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"}];
return false;
}
}
}
}
var valid0 = _errs12 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
}
}
}
else {
validate34.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate34.errors = vErrors;
return errors === 0;
}
validate34.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


function validate33(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate33.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
const _errs0 = errors;
let valid0 = false;
let passing0 = null;
const _errs1 = errors;
if(!(validate34(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate34.errors : vErrors.concat(validate34.errors);
errors = vErrors.length;
}
var _valid0 = _errs1 === errors;
if(_valid0){
valid0 = true;
passing0 = 0;
var props0 = true;
}
const _errs2 = errors;
if(!(validate25(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate25.errors : vErrors.concat(validate25.errors);
errors = vErrors.length;
}
var _valid0 = _errs2 === errors;
if(_valid0 && valid0){
valid0 = false;
passing0 = [passing0, 1];
}
else {
if(_valid0){
valid0 = true;
passing0 = 1;
if(props0 !== true){
props0 = true;
}
}
}
if(!valid0){
const err0 = {instancePath,schemaPath:"#/oneOf",keyword:"oneOf",params:{passingSchemas: passing0},message:"must match exactly one schema in oneOf"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
validate33.errors = vErrors;
return false;
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
validate33.errors = vErrors;
evaluated0.props = props0;
return errors === 0;
}
validate33.evaluated = {"dynamicProps":true,"dynamicItems":false};


function validate21(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate21.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
const _errs1 = errors;
for(const key0 in data){
if(!(((key0 === "kimai") || (key0 === "papershift")) || (key0 === "mctime"))){
validate21.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.kimai !== undefined){
const _errs2 = errors;
if(!(validate22(data.kimai, {instancePath:instancePath+"/kimai",parentData:data,parentDataProperty:"kimai",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);
errors = vErrors.length;
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.papershift !== undefined){
const _errs3 = errors;
if(!(validate28(data.papershift, {instancePath:instancePath+"/papershift",parentData:data,parentDataProperty:"papershift",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate28.errors : vErrors.concat(validate28.errors);
errors = vErrors.length;
}
var valid0 = _errs3 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.mctime !== undefined){
const _errs4 = errors;
if(!(validate33(data.mctime, {instancePath:instancePath+"/mctime",parentData:data,parentDataProperty:"mctime",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate33.errors : vErrors.concat(validate33.errors);
errors = vErrors.length;
}
var valid0 = _errs4 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
else {
validate21.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate21.errors = vErrors;
return errors === 0;
}
validate21.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema52 = {"title":"Policy","description":"Safety rules for plan and apply.","type":"object","additionalProperties":false,"properties":{"unmanaged":{"description":"What to do with users in a system that no declaration matches: report them, or deactivate them.","type":"string","enum":["report","deactivate"],"default":"report"},"maxChangesPercent":{"description":"apply refuses (without --force) when more than this share of managed users would change.","type":"number","minimum":0,"maximum":100,"default":30},"minPopulation":{"description":"maxChangesPercent applies only from this many managed users on.","type":"integer","minimum":0,"default":10},"ignore":{"description":"Differences to leave alone.","type":"array","items":{"$ref":"#/$defs/ignoreRule"}}}};
const schema53 = {"title":"IgnoreRule","description":"A field the tool leaves alone in one system, for everyone or one person, optionally until a date.","type":"object","additionalProperties":false,"required":["system","field"],"properties":{"system":{"description":"The system.","type":"string","enum":["kimai","papershift","mctime"]},"field":{"description":"Field path as shown in the plan (e.g. `alias`, `preferences.holidays`); covers everything below it.","type":"string","minLength":1},"person":{"description":"Key of the one person the rule is for; absent: everyone.","type":"string","minLength":1},"until":{"description":"Last day the rule applies (YYYY-MM-DD); after it the difference shows up again.","type":"string","format":"date"},"reason":{"description":"Why the difference is ignored, for humans.","type":"string"}}};
const formats6 = require("ajv-formats/dist/formats").fullFormats.date;

function validate39(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate39.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
const _errs1 = errors;
for(const key0 in data){
if(!((((key0 === "unmanaged") || (key0 === "maxChangesPercent")) || (key0 === "minPopulation")) || (key0 === "ignore"))){
validate39.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.unmanaged !== undefined){
let data0 = data.unmanaged;
const _errs2 = errors;
if(typeof data0 !== "string"){
validate39.errors = [{instancePath:instancePath+"/unmanaged",schemaPath:"#/properties/unmanaged/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if(!((data0 === "report") || (data0 === "deactivate"))){
validate39.errors = [{instancePath:instancePath+"/unmanaged",schemaPath:"#/properties/unmanaged/enum",keyword:"enum",params:{allowedValues: schema52.properties.unmanaged.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.maxChangesPercent !== undefined){
let data1 = data.maxChangesPercent;
const _errs4 = errors;
if(errors === _errs4){
if((typeof data1 == "number") && (isFinite(data1))){
if(data1 > 100 || isNaN(data1)){
validate39.errors = [{instancePath:instancePath+"/maxChangesPercent",schemaPath:"#/properties/maxChangesPercent/maximum",keyword:"maximum",params:{comparison: "<=", limit: 100},message:"must be <= 100"}];
return false;
}
else {
if(data1 < 0 || isNaN(data1)){
validate39.errors = [{instancePath:instancePath+"/maxChangesPercent",schemaPath:"#/properties/maxChangesPercent/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"}];
return false;
}
}
}
else {
validate39.errors = [{instancePath:instancePath+"/maxChangesPercent",schemaPath:"#/properties/maxChangesPercent/type",keyword:"type",params:{type: "number"},message:"must be number"}];
return false;
}
}
var valid0 = _errs4 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.minPopulation !== undefined){
let data2 = data.minPopulation;
const _errs6 = errors;
if(!(((typeof data2 == "number") && (!(data2 % 1) && !isNaN(data2))) && (isFinite(data2)))){
validate39.errors = [{instancePath:instancePath+"/minPopulation",schemaPath:"#/properties/minPopulation/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs6){
if((typeof data2 == "number") && (isFinite(data2))){
if(data2 < 0 || isNaN(data2)){
validate39.errors = [{instancePath:instancePath+"/minPopulation",schemaPath:"#/properties/minPopulation/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"}];
return false;
}
}
}
var valid0 = _errs6 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.ignore !== undefined){
let data3 = data.ignore;
const _errs8 = errors;
if(errors === _errs8){
if(Array.isArray(data3)){
var valid1 = true;
const len0 = data3.length;
for(let i0=0; i0<len0; i0++){
let data4 = data3[i0];
const _errs10 = errors;
const _errs11 = errors;
if(errors === _errs11){
if(data4 && typeof data4 == "object" && !Array.isArray(data4)){
let missing0;
if(((data4.system === undefined) && (missing0 = "system")) || ((data4.field === undefined) && (missing0 = "field"))){
validate39.errors = [{instancePath:instancePath+"/ignore/" + i0,schemaPath:"#/$defs/ignoreRule/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
const _errs13 = errors;
for(const key1 in data4){
if(!(((((key1 === "system") || (key1 === "field")) || (key1 === "person")) || (key1 === "until")) || (key1 === "reason"))){
validate39.errors = [{instancePath:instancePath+"/ignore/" + i0,schemaPath:"#/$defs/ignoreRule/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs13 === errors){
if(data4.system !== undefined){
let data5 = data4.system;
const _errs14 = errors;
if(typeof data5 !== "string"){
validate39.errors = [{instancePath:instancePath+"/ignore/" + i0+"/system",schemaPath:"#/$defs/ignoreRule/properties/system/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if(!(((data5 === "kimai") || (data5 === "papershift")) || (data5 === "mctime"))){
validate39.errors = [{instancePath:instancePath+"/ignore/" + i0+"/system",schemaPath:"#/$defs/ignoreRule/properties/system/enum",keyword:"enum",params:{allowedValues: schema53.properties.system.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid3 = _errs14 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data4.field !== undefined){
let data6 = data4.field;
const _errs16 = errors;
if(errors === _errs16){
if(typeof data6 === "string"){
if(func1(data6) < 1){
validate39.errors = [{instancePath:instancePath+"/ignore/" + i0+"/field",schemaPath:"#/$defs/ignoreRule/properties/field/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
}
else {
validate39.errors = [{instancePath:instancePath+"/ignore/" + i0+"/field",schemaPath:"#/$defs/ignoreRule/properties/field/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid3 = _errs16 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data4.person !== undefined){
let data7 = data4.person;
const _errs18 = errors;
if(errors === _errs18){
if(typeof data7 === "string"){
if(func1(data7) < 1){
validate39.errors = [{instancePath:instancePath+"/ignore/" + i0+"/person",schemaPath:"#/$defs/ignoreRule/properties/person/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
}
else {
validate39.errors = [{instancePath:instancePath+"/ignore/" + i0+"/person",schemaPath:"#/$defs/ignoreRule/properties/person/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid3 = _errs18 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data4.until !== undefined){
let data8 = data4.until;
const _errs20 = errors;
if(errors === _errs20){
if(errors === _errs20){
if(typeof data8 === "string"){
if(!(formats6.validate(data8))){
validate39.errors = [{instancePath:instancePath+"/ignore/" + i0+"/until",schemaPath:"#/$defs/ignoreRule/properties/until/format",keyword:"format",params:{format: "date"},message:"must match format \""+"date"+"\""}];
return false;
}
}
else {
validate39.errors = [{instancePath:instancePath+"/ignore/" + i0+"/until",schemaPath:"#/$defs/ignoreRule/properties/until/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
}
var valid3 = _errs20 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data4.reason !== undefined){
const _errs22 = errors;
if(typeof data4.reason !== "string"){
validate39.errors = [{instancePath:instancePath+"/ignore/" + i0+"/reason",schemaPath:"#/$defs/ignoreRule/properties/reason/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid3 = _errs22 === errors;
}
else {
var valid3 = true;
}
}
}
}
}
}
}
}
else {
validate39.errors = [{instancePath:instancePath+"/ignore/" + i0,schemaPath:"#/$defs/ignoreRule/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid1 = _errs10 === errors;
if(!valid1){
break;
}
}
}
else {
validate39.errors = [{instancePath:instancePath+"/ignore",schemaPath:"#/properties/ignore/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid0 = _errs8 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
}
else {
validate39.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate39.errors = vErrors;
return errors === 0;
}
validate39.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema54 = {"title":"Defaults","description":"Values used where a declaration gives none.","type":"object","additionalProperties":false,"properties":{"kimai":{"description":"Defaults for Kimai users.","$ref":"#/$defs/kimaiDefaults"}}};
const schema55 = {"title":"KimaiDefaults","description":"Language, locale and time zone of Kimai users that do not set their own.","type":"object","additionalProperties":false,"properties":{"language":{"description":"UI language (e.g. `en`, `de`).","type":"string","minLength":1,"default":"en"},"locale":{"description":"Number and date formatting locale (e.g. `en_GB`, `de_AT`).","type":"string","minLength":1,"default":"en_GB"},"timezone":{"description":"IANA time zone (e.g. `Europe/Vienna`).","type":"string","minLength":1,"default":"Europe/Berlin"}}};

function validate41(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate41.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
const _errs1 = errors;
for(const key0 in data){
if(!(key0 === "kimai")){
validate41.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.kimai !== undefined){
let data0 = data.kimai;
const _errs3 = errors;
if(errors === _errs3){
if(data0 && typeof data0 == "object" && !Array.isArray(data0)){
const _errs5 = errors;
for(const key1 in data0){
if(!(((key1 === "language") || (key1 === "locale")) || (key1 === "timezone"))){
validate41.errors = [{instancePath:instancePath+"/kimai",schemaPath:"#/$defs/kimaiDefaults/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs5 === errors){
if(data0.language !== undefined){
let data1 = data0.language;
const _errs6 = errors;
if(errors === _errs6){
if(typeof data1 === "string"){
if(func1(data1) < 1){
validate41.errors = [{instancePath:instancePath+"/kimai/language",schemaPath:"#/$defs/kimaiDefaults/properties/language/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
}
else {
validate41.errors = [{instancePath:instancePath+"/kimai/language",schemaPath:"#/$defs/kimaiDefaults/properties/language/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid2 = _errs6 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data0.locale !== undefined){
let data2 = data0.locale;
const _errs8 = errors;
if(errors === _errs8){
if(typeof data2 === "string"){
if(func1(data2) < 1){
validate41.errors = [{instancePath:instancePath+"/kimai/locale",schemaPath:"#/$defs/kimaiDefaults/properties/locale/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
}
else {
validate41.errors = [{instancePath:instancePath+"/kimai/locale",schemaPath:"#/$defs/kimaiDefaults/properties/locale/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid2 = _errs8 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data0.timezone !== undefined){
let data3 = data0.timezone;
const _errs10 = errors;
if(errors === _errs10){
if(typeof data3 === "string"){
if(func1(data3) < 1){
validate41.errors = [{instancePath:instancePath+"/kimai/timezone",schemaPath:"#/$defs/kimaiDefaults/properties/timezone/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
}
else {
validate41.errors = [{instancePath:instancePath+"/kimai/timezone",schemaPath:"#/$defs/kimaiDefaults/properties/timezone/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid2 = _errs10 === errors;
}
else {
var valid2 = true;
}
}
}
}
}
else {
validate41.errors = [{instancePath:instancePath+"/kimai",schemaPath:"#/$defs/kimaiDefaults/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
}
}
}
else {
validate41.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate41.errors = vErrors;
return errors === 0;
}
validate41.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


function validate20(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="https://people.example/schema/environment.schema.json" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate20.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((data.providers === undefined) && (missing0 = "providers")){
validate20.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!(((key0 === "providers") || (key0 === "policy")) || (key0 === "defaults"))){
validate20.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.providers !== undefined){
const _errs2 = errors;
if(!(validate21(data.providers, {instancePath:instancePath+"/providers",parentData:data,parentDataProperty:"providers",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate21.errors : vErrors.concat(validate21.errors);
errors = vErrors.length;
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.policy !== undefined){
const _errs3 = errors;
if(!(validate39(data.policy, {instancePath:instancePath+"/policy",parentData:data,parentDataProperty:"policy",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate39.errors : vErrors.concat(validate39.errors);
errors = vErrors.length;
}
var valid0 = _errs3 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.defaults !== undefined){
const _errs4 = errors;
if(!(validate41(data.defaults, {instancePath:instancePath+"/defaults",parentData:data,parentDataProperty:"defaults",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate41.errors : vErrors.concat(validate41.errors);
errors = vErrors.length;
}
var valid0 = _errs4 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
}
else {
validate20.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate20.errors = vErrors;
return errors === 0;
}
validate20.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

exports.contracts = validate43;
const schema56 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://people.example/schema/contracts.schema.json","title":"ContractTemplates","description":"contracts.yaml: reusable working-time contract templates, by name. A person's contract refers to one with `template: <name>`.","type":"object","propertyNames":{"pattern":"^[A-Za-z0-9._-]+$"},"additionalProperties":{"$ref":"#/$defs/contractTemplate"},"$defs":{"contractTemplate":{"title":"ContractTemplate","description":"A working-time contract without dates.","type":"object","additionalProperties":false,"required":["type"],"properties":{"type":{"description":"How working time is counted.","$ref":"#/$defs/contractType"},"days":{"description":"`day` contracts: the working time of each weekday.","$ref":"#/$defs/days"},"weeklyHours":{"description":"`week` contracts: working time per week.","$ref":"#/$defs/duration"},"monthlyHours":{"description":"`month` contracts: working time per month.","$ref":"#/$defs/duration"},"workDays":{"description":"`week` and `month` contracts: the weekdays the hours are spread over.","$ref":"#/$defs/workDays"},"vacationDays":{"description":"Vacation days per year.","$ref":"#/$defs/vacationDays"},"publicHolidayGroup":{"description":"Kimai public-holiday group id the person's holidays come from.","$ref":"#/$defs/publicHolidayGroup"},"description":{"description":"Free text for humans; not sent anywhere.","type":"string"}}},"contractType":{"title":"ContractType","description":"`day`: hours per weekday; `week`: hours per week; `month`: hours per month.","type":"string","enum":["day","week","month"]},"duration":{"title":"Duration","description":"A duration: `8h`, `7h30m`, `45m`, `30s`, or a whole number of seconds.","type":["string","integer"],"pattern":"^(?:\\d+h)?(?:\\d+m)?(?:\\d+s)?$","minLength":1,"minimum":0},"date":{"title":"Date","description":"A calendar date, YYYY-MM-DD.","type":"string","format":"date"},"weekday":{"title":"Weekday","description":"A weekday, Monday first.","type":"string","enum":["mon","tue","wed","thu","fri","sat","sun"]},"workDays":{"title":"WorkDays","description":"Distinct weekdays.","type":"array","items":{"$ref":"#/$defs/weekday"},"uniqueItems":true,"minItems":1},"days":{"title":"Days","description":"Working time per weekday; a weekday left out is not worked.","type":"object","additionalProperties":false,"minProperties":1,"properties":{"mon":{"description":"Monday.","$ref":"#/$defs/duration"},"tue":{"description":"Tuesday.","$ref":"#/$defs/duration"},"wed":{"description":"Wednesday.","$ref":"#/$defs/duration"},"thu":{"description":"Thursday.","$ref":"#/$defs/duration"},"fri":{"description":"Friday.","$ref":"#/$defs/duration"},"sat":{"description":"Saturday.","$ref":"#/$defs/duration"},"sun":{"description":"Sunday.","$ref":"#/$defs/duration"}}},"vacationDays":{"title":"VacationDays","description":"Vacation days per year, in half days.","type":"number","minimum":0,"multipleOf":0.5},"publicHolidayGroup":{"title":"PublicHolidayGroup","description":"Kimai public-holiday group id.","type":"integer","minimum":1}}};
const pattern4 = new RegExp("^[A-Za-z0-9._-]+$", "u");
const schema57 = {"title":"ContractTemplate","description":"A working-time contract without dates.","type":"object","additionalProperties":false,"required":["type"],"properties":{"type":{"description":"How working time is counted.","$ref":"#/$defs/contractType"},"days":{"description":"`day` contracts: the working time of each weekday.","$ref":"#/$defs/days"},"weeklyHours":{"description":"`week` contracts: working time per week.","$ref":"#/$defs/duration"},"monthlyHours":{"description":"`month` contracts: working time per month.","$ref":"#/$defs/duration"},"workDays":{"description":"`week` and `month` contracts: the weekdays the hours are spread over.","$ref":"#/$defs/workDays"},"vacationDays":{"description":"Vacation days per year.","$ref":"#/$defs/vacationDays"},"publicHolidayGroup":{"description":"Kimai public-holiday group id the person's holidays come from.","$ref":"#/$defs/publicHolidayGroup"},"description":{"description":"Free text for humans; not sent anywhere.","type":"string"}}};
const schema58 = {"title":"ContractType","description":"`day`: hours per weekday; `week`: hours per week; `month`: hours per month.","type":"string","enum":["day","week","month"]};
const schema60 = {"title":"Duration","description":"A duration: `8h`, `7h30m`, `45m`, `30s`, or a whole number of seconds.","type":["string","integer"],"pattern":"^(?:\\d+h)?(?:\\d+m)?(?:\\d+s)?$","minLength":1,"minimum":0};
const schema71 = {"title":"VacationDays","description":"Vacation days per year, in half days.","type":"number","minimum":0,"multipleOf":0.5};
const schema72 = {"title":"PublicHolidayGroup","description":"Kimai public-holiday group id.","type":"integer","minimum":1};
const schema59 = {"title":"Days","description":"Working time per weekday; a weekday left out is not worked.","type":"object","additionalProperties":false,"minProperties":1,"properties":{"mon":{"description":"Monday.","$ref":"#/$defs/duration"},"tue":{"description":"Tuesday.","$ref":"#/$defs/duration"},"wed":{"description":"Wednesday.","$ref":"#/$defs/duration"},"thu":{"description":"Thursday.","$ref":"#/$defs/duration"},"fri":{"description":"Friday.","$ref":"#/$defs/duration"},"sat":{"description":"Saturday.","$ref":"#/$defs/duration"},"sun":{"description":"Sunday.","$ref":"#/$defs/duration"}}};
const pattern5 = new RegExp("^(?:\\d+h)?(?:\\d+m)?(?:\\d+s)?$", "u");

function validate45(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate45.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
if(Object.keys(data).length < 1){
validate45.errors = [{instancePath,schemaPath:"#/minProperties",keyword:"minProperties",params:{limit: 1},message:"must NOT have fewer than 1 properties"}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!(((((((key0 === "mon") || (key0 === "tue")) || (key0 === "wed")) || (key0 === "thu")) || (key0 === "fri")) || (key0 === "sat")) || (key0 === "sun"))){
validate45.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.mon !== undefined){
let data0 = data.mon;
const _errs2 = errors;
const _errs3 = errors;
if((typeof data0 !== "string") && (!(((typeof data0 == "number") && (!(data0 % 1) && !isNaN(data0))) && (isFinite(data0))))){
validate45.errors = [{instancePath:instancePath+"/mon",schemaPath:"#/$defs/duration/type",keyword:"type",params:{type: schema60.type},message:"must be string,integer"}];
return false;
}
if(errors === _errs3){
if((typeof data0 == "number") && (isFinite(data0))){
if(data0 < 0 || isNaN(data0)){
validate45.errors = [{instancePath:instancePath+"/mon",schemaPath:"#/$defs/duration/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"}];
return false;
}
}
if(errors === _errs3){
if(typeof data0 === "string"){
if(func1(data0) < 1){
validate45.errors = [{instancePath:instancePath+"/mon",schemaPath:"#/$defs/duration/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
else {
if(!pattern5.test(data0)){
validate45.errors = [{instancePath:instancePath+"/mon",schemaPath:"#/$defs/duration/pattern",keyword:"pattern",params:{pattern: "^(?:\\d+h)?(?:\\d+m)?(?:\\d+s)?$"},message:"must match pattern \""+"^(?:\\d+h)?(?:\\d+m)?(?:\\d+s)?$"+"\""}];
return false;
}
}
}
}
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.tue !== undefined){
let data1 = data.tue;
const _errs5 = errors;
const _errs6 = errors;
if((typeof data1 !== "string") && (!(((typeof data1 == "number") && (!(data1 % 1) && !isNaN(data1))) && (isFinite(data1))))){
validate45.errors = [{instancePath:instancePath+"/tue",schemaPath:"#/$defs/duration/type",keyword:"type",params:{type: schema60.type},message:"must be string,integer"}];
return false;
}
if(errors === _errs6){
if((typeof data1 == "number") && (isFinite(data1))){
if(data1 < 0 || isNaN(data1)){
validate45.errors = [{instancePath:instancePath+"/tue",schemaPath:"#/$defs/duration/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"}];
return false;
}
}
if(errors === _errs6){
if(typeof data1 === "string"){
if(func1(data1) < 1){
validate45.errors = [{instancePath:instancePath+"/tue",schemaPath:"#/$defs/duration/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
else {
if(!pattern5.test(data1)){
validate45.errors = [{instancePath:instancePath+"/tue",schemaPath:"#/$defs/duration/pattern",keyword:"pattern",params:{pattern: "^(?:\\d+h)?(?:\\d+m)?(?:\\d+s)?$"},message:"must match pattern \""+"^(?:\\d+h)?(?:\\d+m)?(?:\\d+s)?$"+"\""}];
return false;
}
}
}
}
}
var valid0 = _errs5 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.wed !== undefined){
let data2 = data.wed;
const _errs8 = errors;
const _errs9 = errors;
if((typeof data2 !== "string") && (!(((typeof data2 == "number") && (!(data2 % 1) && !isNaN(data2))) && (isFinite(data2))))){
validate45.errors = [{instancePath:instancePath+"/wed",schemaPath:"#/$defs/duration/type",keyword:"type",params:{type: schema60.type},message:"must be string,integer"}];
return false;
}
if(errors === _errs9){
if((typeof data2 == "number") && (isFinite(data2))){
if(data2 < 0 || isNaN(data2)){
validate45.errors = [{instancePath:instancePath+"/wed",schemaPath:"#/$defs/duration/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"}];
return false;
}
}
if(errors === _errs9){
if(typeof data2 === "string"){
if(func1(data2) < 1){
validate45.errors = [{instancePath:instancePath+"/wed",schemaPath:"#/$defs/duration/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
else {
if(!pattern5.test(data2)){
validate45.errors = [{instancePath:instancePath+"/wed",schemaPath:"#/$defs/duration/pattern",keyword:"pattern",params:{pattern: "^(?:\\d+h)?(?:\\d+m)?(?:\\d+s)?$"},message:"must match pattern \""+"^(?:\\d+h)?(?:\\d+m)?(?:\\d+s)?$"+"\""}];
return false;
}
}
}
}
}
var valid0 = _errs8 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.thu !== undefined){
let data3 = data.thu;
const _errs11 = errors;
const _errs12 = errors;
if((typeof data3 !== "string") && (!(((typeof data3 == "number") && (!(data3 % 1) && !isNaN(data3))) && (isFinite(data3))))){
validate45.errors = [{instancePath:instancePath+"/thu",schemaPath:"#/$defs/duration/type",keyword:"type",params:{type: schema60.type},message:"must be string,integer"}];
return false;
}
if(errors === _errs12){
if((typeof data3 == "number") && (isFinite(data3))){
if(data3 < 0 || isNaN(data3)){
validate45.errors = [{instancePath:instancePath+"/thu",schemaPath:"#/$defs/duration/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"}];
return false;
}
}
if(errors === _errs12){
if(typeof data3 === "string"){
if(func1(data3) < 1){
validate45.errors = [{instancePath:instancePath+"/thu",schemaPath:"#/$defs/duration/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
else {
if(!pattern5.test(data3)){
validate45.errors = [{instancePath:instancePath+"/thu",schemaPath:"#/$defs/duration/pattern",keyword:"pattern",params:{pattern: "^(?:\\d+h)?(?:\\d+m)?(?:\\d+s)?$"},message:"must match pattern \""+"^(?:\\d+h)?(?:\\d+m)?(?:\\d+s)?$"+"\""}];
return false;
}
}
}
}
}
var valid0 = _errs11 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.fri !== undefined){
let data4 = data.fri;
const _errs14 = errors;
const _errs15 = errors;
if((typeof data4 !== "string") && (!(((typeof data4 == "number") && (!(data4 % 1) && !isNaN(data4))) && (isFinite(data4))))){
validate45.errors = [{instancePath:instancePath+"/fri",schemaPath:"#/$defs/duration/type",keyword:"type",params:{type: schema60.type},message:"must be string,integer"}];
return false;
}
if(errors === _errs15){
if((typeof data4 == "number") && (isFinite(data4))){
if(data4 < 0 || isNaN(data4)){
validate45.errors = [{instancePath:instancePath+"/fri",schemaPath:"#/$defs/duration/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"}];
return false;
}
}
if(errors === _errs15){
if(typeof data4 === "string"){
if(func1(data4) < 1){
validate45.errors = [{instancePath:instancePath+"/fri",schemaPath:"#/$defs/duration/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
else {
if(!pattern5.test(data4)){
validate45.errors = [{instancePath:instancePath+"/fri",schemaPath:"#/$defs/duration/pattern",keyword:"pattern",params:{pattern: "^(?:\\d+h)?(?:\\d+m)?(?:\\d+s)?$"},message:"must match pattern \""+"^(?:\\d+h)?(?:\\d+m)?(?:\\d+s)?$"+"\""}];
return false;
}
}
}
}
}
var valid0 = _errs14 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.sat !== undefined){
let data5 = data.sat;
const _errs17 = errors;
const _errs18 = errors;
if((typeof data5 !== "string") && (!(((typeof data5 == "number") && (!(data5 % 1) && !isNaN(data5))) && (isFinite(data5))))){
validate45.errors = [{instancePath:instancePath+"/sat",schemaPath:"#/$defs/duration/type",keyword:"type",params:{type: schema60.type},message:"must be string,integer"}];
return false;
}
if(errors === _errs18){
if((typeof data5 == "number") && (isFinite(data5))){
if(data5 < 0 || isNaN(data5)){
validate45.errors = [{instancePath:instancePath+"/sat",schemaPath:"#/$defs/duration/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"}];
return false;
}
}
if(errors === _errs18){
if(typeof data5 === "string"){
if(func1(data5) < 1){
validate45.errors = [{instancePath:instancePath+"/sat",schemaPath:"#/$defs/duration/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
else {
if(!pattern5.test(data5)){
validate45.errors = [{instancePath:instancePath+"/sat",schemaPath:"#/$defs/duration/pattern",keyword:"pattern",params:{pattern: "^(?:\\d+h)?(?:\\d+m)?(?:\\d+s)?$"},message:"must match pattern \""+"^(?:\\d+h)?(?:\\d+m)?(?:\\d+s)?$"+"\""}];
return false;
}
}
}
}
}
var valid0 = _errs17 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.sun !== undefined){
let data6 = data.sun;
const _errs20 = errors;
const _errs21 = errors;
if((typeof data6 !== "string") && (!(((typeof data6 == "number") && (!(data6 % 1) && !isNaN(data6))) && (isFinite(data6))))){
validate45.errors = [{instancePath:instancePath+"/sun",schemaPath:"#/$defs/duration/type",keyword:"type",params:{type: schema60.type},message:"must be string,integer"}];
return false;
}
if(errors === _errs21){
if((typeof data6 == "number") && (isFinite(data6))){
if(data6 < 0 || isNaN(data6)){
validate45.errors = [{instancePath:instancePath+"/sun",schemaPath:"#/$defs/duration/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"}];
return false;
}
}
if(errors === _errs21){
if(typeof data6 === "string"){
if(func1(data6) < 1){
validate45.errors = [{instancePath:instancePath+"/sun",schemaPath:"#/$defs/duration/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
else {
if(!pattern5.test(data6)){
validate45.errors = [{instancePath:instancePath+"/sun",schemaPath:"#/$defs/duration/pattern",keyword:"pattern",params:{pattern: "^(?:\\d+h)?(?:\\d+m)?(?:\\d+s)?$"},message:"must match pattern \""+"^(?:\\d+h)?(?:\\d+m)?(?:\\d+s)?$"+"\""}];
return false;
}
}
}
}
}
var valid0 = _errs20 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
}
}
}
}
}
else {
validate45.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate45.errors = vErrors;
return errors === 0;
}
validate45.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema69 = {"title":"WorkDays","description":"Distinct weekdays.","type":"array","items":{"$ref":"#/$defs/weekday"},"uniqueItems":true,"minItems":1};
const schema70 = {"title":"Weekday","description":"A weekday, Monday first.","type":"string","enum":["mon","tue","wed","thu","fri","sat","sun"]};
const func0 = require("ajv/dist/runtime/equal").default;

function validate47(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate47.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(errors === 0){
if(Array.isArray(data)){
if(data.length < 1){
validate47.errors = [{instancePath,schemaPath:"#/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"}];
return false;
}
else {
var valid0 = true;
const len0 = data.length;
for(let i0=0; i0<len0; i0++){
let data0 = data[i0];
const _errs1 = errors;
if(typeof data0 !== "string"){
validate47.errors = [{instancePath:instancePath+"/" + i0,schemaPath:"#/$defs/weekday/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if(!(((((((data0 === "mon") || (data0 === "tue")) || (data0 === "wed")) || (data0 === "thu")) || (data0 === "fri")) || (data0 === "sat")) || (data0 === "sun"))){
validate47.errors = [{instancePath:instancePath+"/" + i0,schemaPath:"#/$defs/weekday/enum",keyword:"enum",params:{allowedValues: schema70.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid0 = _errs1 === errors;
if(!valid0){
break;
}
}
if(valid0){
let i1 = data.length;
let j0;
if(i1 > 1){
outer0:
for(;i1--;){
for(j0 = i1; j0--;){
if(func0(data[i1], data[j0])){
validate47.errors = [{instancePath,schemaPath:"#/uniqueItems",keyword:"uniqueItems",params:{i: i1, j: j0},message:"must NOT have duplicate items (items ## "+j0+" and "+i1+" are identical)"}];
return false;
break outer0;
}
}
}
}
}
}
}
else {
validate47.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
validate47.errors = vErrors;
return errors === 0;
}
validate47.evaluated = {"items":true,"dynamicProps":false,"dynamicItems":false};


function validate44(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate44.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((data.type === undefined) && (missing0 = "type")){
validate44.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!((((((((key0 === "type") || (key0 === "days")) || (key0 === "weeklyHours")) || (key0 === "monthlyHours")) || (key0 === "workDays")) || (key0 === "vacationDays")) || (key0 === "publicHolidayGroup")) || (key0 === "description"))){
validate44.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.type !== undefined){
let data0 = data.type;
const _errs2 = errors;
if(typeof data0 !== "string"){
validate44.errors = [{instancePath:instancePath+"/type",schemaPath:"#/$defs/contractType/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if(!(((data0 === "day") || (data0 === "week")) || (data0 === "month"))){
validate44.errors = [{instancePath:instancePath+"/type",schemaPath:"#/$defs/contractType/enum",keyword:"enum",params:{allowedValues: schema58.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.days !== undefined){
const _errs5 = errors;
if(!(validate45(data.days, {instancePath:instancePath+"/days",parentData:data,parentDataProperty:"days",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate45.errors : vErrors.concat(validate45.errors);
errors = vErrors.length;
}
var valid0 = _errs5 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.weeklyHours !== undefined){
let data2 = data.weeklyHours;
const _errs6 = errors;
const _errs7 = errors;
if((typeof data2 !== "string") && (!(((typeof data2 == "number") && (!(data2 % 1) && !isNaN(data2))) && (isFinite(data2))))){
validate44.errors = [{instancePath:instancePath+"/weeklyHours",schemaPath:"#/$defs/duration/type",keyword:"type",params:{type: schema60.type},message:"must be string,integer"}];
return false;
}
if(errors === _errs7){
if((typeof data2 == "number") && (isFinite(data2))){
if(data2 < 0 || isNaN(data2)){
validate44.errors = [{instancePath:instancePath+"/weeklyHours",schemaPath:"#/$defs/duration/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"}];
return false;
}
}
if(errors === _errs7){
if(typeof data2 === "string"){
if(func1(data2) < 1){
validate44.errors = [{instancePath:instancePath+"/weeklyHours",schemaPath:"#/$defs/duration/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
else {
if(!pattern5.test(data2)){
validate44.errors = [{instancePath:instancePath+"/weeklyHours",schemaPath:"#/$defs/duration/pattern",keyword:"pattern",params:{pattern: "^(?:\\d+h)?(?:\\d+m)?(?:\\d+s)?$"},message:"must match pattern \""+"^(?:\\d+h)?(?:\\d+m)?(?:\\d+s)?$"+"\""}];
return false;
}
}
}
}
}
var valid0 = _errs6 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.monthlyHours !== undefined){
let data3 = data.monthlyHours;
const _errs9 = errors;
const _errs10 = errors;
if((typeof data3 !== "string") && (!(((typeof data3 == "number") && (!(data3 % 1) && !isNaN(data3))) && (isFinite(data3))))){
validate44.errors = [{instancePath:instancePath+"/monthlyHours",schemaPath:"#/$defs/duration/type",keyword:"type",params:{type: schema60.type},message:"must be string,integer"}];
return false;
}
if(errors === _errs10){
if((typeof data3 == "number") && (isFinite(data3))){
if(data3 < 0 || isNaN(data3)){
validate44.errors = [{instancePath:instancePath+"/monthlyHours",schemaPath:"#/$defs/duration/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"}];
return false;
}
}
if(errors === _errs10){
if(typeof data3 === "string"){
if(func1(data3) < 1){
validate44.errors = [{instancePath:instancePath+"/monthlyHours",schemaPath:"#/$defs/duration/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
else {
if(!pattern5.test(data3)){
validate44.errors = [{instancePath:instancePath+"/monthlyHours",schemaPath:"#/$defs/duration/pattern",keyword:"pattern",params:{pattern: "^(?:\\d+h)?(?:\\d+m)?(?:\\d+s)?$"},message:"must match pattern \""+"^(?:\\d+h)?(?:\\d+m)?(?:\\d+s)?$"+"\""}];
return false;
}
}
}
}
}
var valid0 = _errs9 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.workDays !== undefined){
const _errs12 = errors;
if(!(validate47(data.workDays, {instancePath:instancePath+"/workDays",parentData:data,parentDataProperty:"workDays",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate47.errors : vErrors.concat(validate47.errors);
errors = vErrors.length;
}
var valid0 = _errs12 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.vacationDays !== undefined){
let data5 = data.vacationDays;
const _errs13 = errors;
const _errs14 = errors;
if(errors === _errs14){
if((typeof data5 == "number") && (isFinite(data5))){
if(data5 < 0 || isNaN(data5)){
validate44.errors = [{instancePath:instancePath+"/vacationDays",schemaPath:"#/$defs/vacationDays/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"}];
return false;
}
else {
let res0;
if((0.5 === 0 || (res0 = data5/0.5, res0 !== parseInt(res0)))){
validate44.errors = [{instancePath:instancePath+"/vacationDays",schemaPath:"#/$defs/vacationDays/multipleOf",keyword:"multipleOf",params:{multipleOf: 0.5},message:"must be multiple of 0.5"}];
return false;
}
}
}
else {
validate44.errors = [{instancePath:instancePath+"/vacationDays",schemaPath:"#/$defs/vacationDays/type",keyword:"type",params:{type: "number"},message:"must be number"}];
return false;
}
}
var valid0 = _errs13 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.publicHolidayGroup !== undefined){
let data6 = data.publicHolidayGroup;
const _errs16 = errors;
const _errs17 = errors;
if(!(((typeof data6 == "number") && (!(data6 % 1) && !isNaN(data6))) && (isFinite(data6)))){
validate44.errors = [{instancePath:instancePath+"/publicHolidayGroup",schemaPath:"#/$defs/publicHolidayGroup/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs17){
if((typeof data6 == "number") && (isFinite(data6))){
if(data6 < 1 || isNaN(data6)){
validate44.errors = [{instancePath:instancePath+"/publicHolidayGroup",schemaPath:"#/$defs/publicHolidayGroup/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"}];
return false;
}
}
}
var valid0 = _errs16 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.description !== undefined){
const _errs19 = errors;
if(typeof data.description !== "string"){
validate44.errors = [{instancePath:instancePath+"/description",schemaPath:"#/properties/description/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs19 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
}
}
}
}
}
}
else {
validate44.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate44.errors = vErrors;
return errors === 0;
}
validate44.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


function validate43(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="https://people.example/schema/contracts.schema.json" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate43.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
const _errs1 = errors;
if(typeof key0 === "string"){
if(!pattern4.test(key0)){
const err0 = {instancePath,schemaPath:"#/propertyNames/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9._-]+$"},message:"must match pattern \""+"^[A-Za-z0-9._-]+$"+"\"",propertyName:key0};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
var valid0 = _errs1 === errors;
if(!valid0){
const err1 = {instancePath,schemaPath:"#/propertyNames",keyword:"propertyNames",params:{propertyName: key0},message:"property name must be valid"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
validate43.errors = vErrors;
return false;
break;
}
}
if(valid0){
for(const key1 in data){
const _errs3 = errors;
if(!(validate44(data[key1], {instancePath:instancePath+"/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"),parentData:data,parentDataProperty:key1,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate44.errors : vErrors.concat(validate44.errors);
errors = vErrors.length;
}
var valid1 = _errs3 === errors;
if(!valid1){
break;
}
}
}
}
else {
validate43.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate43.errors = vErrors;
return errors === 0;
}
validate43.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

exports.person = validate78;
const schema74 = {"title":"Person","description":"One person: who they are, their working-time contracts, their employments and their settings per system.","type":"object","additionalProperties":false,"required":["key","firstName","lastName","email"],"properties":{"key":{"description":"Stable identifier, unique in the environment.","type":"string","pattern":"^[a-z0-9._-]+$"},"firstName":{"description":"First name.","type":"string","minLength":1},"lastName":{"description":"Last name.","type":"string","minLength":1},"email":{"description":"E-mail address; unique in the environment (case-insensitive).","type":"string","format":"email"},"leaveDate":{"description":"Last working day; after it the person is deactivated in every system.","$ref":"contracts.schema.json#/$defs/date"},"contracts":{"description":"Working-time contracts in start order; each is in force from `start` until `end` or the next one's start.","type":"array","items":{"$ref":"#/$defs/contract"}},"employments":{"description":"McTime employments (userEmployments), with McTime's own field names.","type":"array","items":{"$ref":"#/$defs/employment"}},"systems":{"description":"Settings per system; a person is managed in a system named here.","$ref":"#/$defs/systems"}}};
const schema75 = {"title":"Date","description":"A calendar date, YYYY-MM-DD.","type":"string","format":"date"};
const pattern14 = new RegExp("^[a-z0-9._-]+$", "u");
const formats8 = /^[a-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[a-z0-9!#$%&'*+/=?^_`{|}~-]+)*@(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z0-9](?:[a-z0-9-]*[a-z0-9])?$/i;
const schema76 = {"title":"Contract","description":"A working-time contract: a template, or a type with its hours.","type":"object","additionalProperties":false,"required":["start"],"properties":{"start":{"description":"First day the contract is in force.","$ref":"contracts.schema.json#/$defs/date"},"end":{"description":"Last day the contract is in force (optional).","$ref":"contracts.schema.json#/$defs/date"},"template":{"description":"Name of a template in contracts.yaml; only vacationDays and publicHolidayGroup may be overridden.","type":"string","minLength":1},"type":{"description":"How working time is counted.","$ref":"contracts.schema.json#/$defs/contractType"},"days":{"description":"`day` contracts: the working time of each weekday.","$ref":"contracts.schema.json#/$defs/days"},"weeklyHours":{"description":"`week` contracts: working time per week.","$ref":"contracts.schema.json#/$defs/duration"},"monthlyHours":{"description":"`month` contracts: working time per month.","$ref":"contracts.schema.json#/$defs/duration"},"workDays":{"description":"`week` and `month` contracts: the weekdays the hours are spread over.","$ref":"contracts.schema.json#/$defs/workDays"},"vacationDays":{"description":"Vacation days per year.","$ref":"contracts.schema.json#/$defs/vacationDays"},"publicHolidayGroup":{"description":"Kimai public-holiday group id.","$ref":"contracts.schema.json#/$defs/publicHolidayGroup"},"description":{"description":"Free text for humans; not sent anywhere.","type":"string"}}};
const func22 = Object.prototype.hasOwnProperty;

function validate53(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate53.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
if(Object.keys(data).length < 1){
validate53.errors = [{instancePath,schemaPath:"#/minProperties",keyword:"minProperties",params:{limit: 1},message:"must NOT have fewer than 1 properties"}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!(((((((key0 === "mon") || (key0 === "tue")) || (key0 === "wed")) || (key0 === "thu")) || (key0 === "fri")) || (key0 === "sat")) || (key0 === "sun"))){
validate53.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.mon !== undefined){
let data0 = data.mon;
const _errs2 = errors;
const _errs3 = errors;
if((typeof data0 !== "string") && (!(((typeof data0 == "number") && (!(data0 % 1) && !isNaN(data0))) && (isFinite(data0))))){
validate53.errors = [{instancePath:instancePath+"/mon",schemaPath:"#/$defs/duration/type",keyword:"type",params:{type: schema60.type},message:"must be string,integer"}];
return false;
}
if(errors === _errs3){
if((typeof data0 == "number") && (isFinite(data0))){
if(data0 < 0 || isNaN(data0)){
validate53.errors = [{instancePath:instancePath+"/mon",schemaPath:"#/$defs/duration/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"}];
return false;
}
}
if(errors === _errs3){
if(typeof data0 === "string"){
if(func1(data0) < 1){
validate53.errors = [{instancePath:instancePath+"/mon",schemaPath:"#/$defs/duration/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
else {
if(!pattern5.test(data0)){
validate53.errors = [{instancePath:instancePath+"/mon",schemaPath:"#/$defs/duration/pattern",keyword:"pattern",params:{pattern: "^(?:\\d+h)?(?:\\d+m)?(?:\\d+s)?$"},message:"must match pattern \""+"^(?:\\d+h)?(?:\\d+m)?(?:\\d+s)?$"+"\""}];
return false;
}
}
}
}
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.tue !== undefined){
let data1 = data.tue;
const _errs5 = errors;
const _errs6 = errors;
if((typeof data1 !== "string") && (!(((typeof data1 == "number") && (!(data1 % 1) && !isNaN(data1))) && (isFinite(data1))))){
validate53.errors = [{instancePath:instancePath+"/tue",schemaPath:"#/$defs/duration/type",keyword:"type",params:{type: schema60.type},message:"must be string,integer"}];
return false;
}
if(errors === _errs6){
if((typeof data1 == "number") && (isFinite(data1))){
if(data1 < 0 || isNaN(data1)){
validate53.errors = [{instancePath:instancePath+"/tue",schemaPath:"#/$defs/duration/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"}];
return false;
}
}
if(errors === _errs6){
if(typeof data1 === "string"){
if(func1(data1) < 1){
validate53.errors = [{instancePath:instancePath+"/tue",schemaPath:"#/$defs/duration/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
else {
if(!pattern5.test(data1)){
validate53.errors = [{instancePath:instancePath+"/tue",schemaPath:"#/$defs/duration/pattern",keyword:"pattern",params:{pattern: "^(?:\\d+h)?(?:\\d+m)?(?:\\d+s)?$"},message:"must match pattern \""+"^(?:\\d+h)?(?:\\d+m)?(?:\\d+s)?$"+"\""}];
return false;
}
}
}
}
}
var valid0 = _errs5 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.wed !== undefined){
let data2 = data.wed;
const _errs8 = errors;
const _errs9 = errors;
if((typeof data2 !== "string") && (!(((typeof data2 == "number") && (!(data2 % 1) && !isNaN(data2))) && (isFinite(data2))))){
validate53.errors = [{instancePath:instancePath+"/wed",schemaPath:"#/$defs/duration/type",keyword:"type",params:{type: schema60.type},message:"must be string,integer"}];
return false;
}
if(errors === _errs9){
if((typeof data2 == "number") && (isFinite(data2))){
if(data2 < 0 || isNaN(data2)){
validate53.errors = [{instancePath:instancePath+"/wed",schemaPath:"#/$defs/duration/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"}];
return false;
}
}
if(errors === _errs9){
if(typeof data2 === "string"){
if(func1(data2) < 1){
validate53.errors = [{instancePath:instancePath+"/wed",schemaPath:"#/$defs/duration/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
else {
if(!pattern5.test(data2)){
validate53.errors = [{instancePath:instancePath+"/wed",schemaPath:"#/$defs/duration/pattern",keyword:"pattern",params:{pattern: "^(?:\\d+h)?(?:\\d+m)?(?:\\d+s)?$"},message:"must match pattern \""+"^(?:\\d+h)?(?:\\d+m)?(?:\\d+s)?$"+"\""}];
return false;
}
}
}
}
}
var valid0 = _errs8 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.thu !== undefined){
let data3 = data.thu;
const _errs11 = errors;
const _errs12 = errors;
if((typeof data3 !== "string") && (!(((typeof data3 == "number") && (!(data3 % 1) && !isNaN(data3))) && (isFinite(data3))))){
validate53.errors = [{instancePath:instancePath+"/thu",schemaPath:"#/$defs/duration/type",keyword:"type",params:{type: schema60.type},message:"must be string,integer"}];
return false;
}
if(errors === _errs12){
if((typeof data3 == "number") && (isFinite(data3))){
if(data3 < 0 || isNaN(data3)){
validate53.errors = [{instancePath:instancePath+"/thu",schemaPath:"#/$defs/duration/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"}];
return false;
}
}
if(errors === _errs12){
if(typeof data3 === "string"){
if(func1(data3) < 1){
validate53.errors = [{instancePath:instancePath+"/thu",schemaPath:"#/$defs/duration/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
else {
if(!pattern5.test(data3)){
validate53.errors = [{instancePath:instancePath+"/thu",schemaPath:"#/$defs/duration/pattern",keyword:"pattern",params:{pattern: "^(?:\\d+h)?(?:\\d+m)?(?:\\d+s)?$"},message:"must match pattern \""+"^(?:\\d+h)?(?:\\d+m)?(?:\\d+s)?$"+"\""}];
return false;
}
}
}
}
}
var valid0 = _errs11 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.fri !== undefined){
let data4 = data.fri;
const _errs14 = errors;
const _errs15 = errors;
if((typeof data4 !== "string") && (!(((typeof data4 == "number") && (!(data4 % 1) && !isNaN(data4))) && (isFinite(data4))))){
validate53.errors = [{instancePath:instancePath+"/fri",schemaPath:"#/$defs/duration/type",keyword:"type",params:{type: schema60.type},message:"must be string,integer"}];
return false;
}
if(errors === _errs15){
if((typeof data4 == "number") && (isFinite(data4))){
if(data4 < 0 || isNaN(data4)){
validate53.errors = [{instancePath:instancePath+"/fri",schemaPath:"#/$defs/duration/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"}];
return false;
}
}
if(errors === _errs15){
if(typeof data4 === "string"){
if(func1(data4) < 1){
validate53.errors = [{instancePath:instancePath+"/fri",schemaPath:"#/$defs/duration/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
else {
if(!pattern5.test(data4)){
validate53.errors = [{instancePath:instancePath+"/fri",schemaPath:"#/$defs/duration/pattern",keyword:"pattern",params:{pattern: "^(?:\\d+h)?(?:\\d+m)?(?:\\d+s)?$"},message:"must match pattern \""+"^(?:\\d+h)?(?:\\d+m)?(?:\\d+s)?$"+"\""}];
return false;
}
}
}
}
}
var valid0 = _errs14 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.sat !== undefined){
let data5 = data.sat;
const _errs17 = errors;
const _errs18 = errors;
if((typeof data5 !== "string") && (!(((typeof data5 == "number") && (!(data5 % 1) && !isNaN(data5))) && (isFinite(data5))))){
validate53.errors = [{instancePath:instancePath+"/sat",schemaPath:"#/$defs/duration/type",keyword:"type",params:{type: schema60.type},message:"must be string,integer"}];
return false;
}
if(errors === _errs18){
if((typeof data5 == "number") && (isFinite(data5))){
if(data5 < 0 || isNaN(data5)){
validate53.errors = [{instancePath:instancePath+"/sat",schemaPath:"#/$defs/duration/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"}];
return false;
}
}
if(errors === _errs18){
if(typeof data5 === "string"){
if(func1(data5) < 1){
validate53.errors = [{instancePath:instancePath+"/sat",schemaPath:"#/$defs/duration/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
else {
if(!pattern5.test(data5)){
validate53.errors = [{instancePath:instancePath+"/sat",schemaPath:"#/$defs/duration/pattern",keyword:"pattern",params:{pattern: "^(?:\\d+h)?(?:\\d+m)?(?:\\d+s)?$"},message:"must match pattern \""+"^(?:\\d+h)?(?:\\d+m)?(?:\\d+s)?$"+"\""}];
return false;
}
}
}
}
}
var valid0 = _errs17 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.sun !== undefined){
let data6 = data.sun;
const _errs20 = errors;
const _errs21 = errors;
if((typeof data6 !== "string") && (!(((typeof data6 == "number") && (!(data6 % 1) && !isNaN(data6))) && (isFinite(data6))))){
validate53.errors = [{instancePath:instancePath+"/sun",schemaPath:"#/$defs/duration/type",keyword:"type",params:{type: schema60.type},message:"must be string,integer"}];
return false;
}
if(errors === _errs21){
if((typeof data6 == "number") && (isFinite(data6))){
if(data6 < 0 || isNaN(data6)){
validate53.errors = [{instancePath:instancePath+"/sun",schemaPath:"#/$defs/duration/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"}];
return false;
}
}
if(errors === _errs21){
if(typeof data6 === "string"){
if(func1(data6) < 1){
validate53.errors = [{instancePath:instancePath+"/sun",schemaPath:"#/$defs/duration/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
else {
if(!pattern5.test(data6)){
validate53.errors = [{instancePath:instancePath+"/sun",schemaPath:"#/$defs/duration/pattern",keyword:"pattern",params:{pattern: "^(?:\\d+h)?(?:\\d+m)?(?:\\d+s)?$"},message:"must match pattern \""+"^(?:\\d+h)?(?:\\d+m)?(?:\\d+s)?$"+"\""}];
return false;
}
}
}
}
}
var valid0 = _errs20 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
}
}
}
}
}
else {
validate53.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate53.errors = vErrors;
return errors === 0;
}
validate53.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


function validate55(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate55.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(errors === 0){
if(Array.isArray(data)){
if(data.length < 1){
validate55.errors = [{instancePath,schemaPath:"#/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"}];
return false;
}
else {
var valid0 = true;
const len0 = data.length;
for(let i0=0; i0<len0; i0++){
let data0 = data[i0];
const _errs1 = errors;
if(typeof data0 !== "string"){
validate55.errors = [{instancePath:instancePath+"/" + i0,schemaPath:"#/$defs/weekday/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if(!(((((((data0 === "mon") || (data0 === "tue")) || (data0 === "wed")) || (data0 === "thu")) || (data0 === "fri")) || (data0 === "sat")) || (data0 === "sun"))){
validate55.errors = [{instancePath:instancePath+"/" + i0,schemaPath:"#/$defs/weekday/enum",keyword:"enum",params:{allowedValues: schema70.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid0 = _errs1 === errors;
if(!valid0){
break;
}
}
if(valid0){
let i1 = data.length;
let j0;
if(i1 > 1){
outer0:
for(;i1--;){
for(j0 = i1; j0--;){
if(func0(data[i1], data[j0])){
validate55.errors = [{instancePath,schemaPath:"#/uniqueItems",keyword:"uniqueItems",params:{i: i1, j: j0},message:"must NOT have duplicate items (items ## "+j0+" and "+i1+" are identical)"}];
return false;
break outer0;
}
}
}
}
}
}
}
else {
validate55.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
validate55.errors = vErrors;
return errors === 0;
}
validate55.evaluated = {"items":true,"dynamicProps":false,"dynamicItems":false};


function validate52(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate52.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((data.start === undefined) && (missing0 = "start")){
validate52.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!(func22.call(schema76.properties, key0))){
validate52.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.start !== undefined){
let data0 = data.start;
const _errs2 = errors;
const _errs3 = errors;
if(errors === _errs3){
if(errors === _errs3){
if(typeof data0 === "string"){
if(!(formats6.validate(data0))){
validate52.errors = [{instancePath:instancePath+"/start",schemaPath:"contracts.schema.json#/$defs/date/format",keyword:"format",params:{format: "date"},message:"must match format \""+"date"+"\""}];
return false;
}
}
else {
validate52.errors = [{instancePath:instancePath+"/start",schemaPath:"contracts.schema.json#/$defs/date/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.end !== undefined){
let data1 = data.end;
const _errs5 = errors;
const _errs6 = errors;
if(errors === _errs6){
if(errors === _errs6){
if(typeof data1 === "string"){
if(!(formats6.validate(data1))){
validate52.errors = [{instancePath:instancePath+"/end",schemaPath:"contracts.schema.json#/$defs/date/format",keyword:"format",params:{format: "date"},message:"must match format \""+"date"+"\""}];
return false;
}
}
else {
validate52.errors = [{instancePath:instancePath+"/end",schemaPath:"contracts.schema.json#/$defs/date/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
}
var valid0 = _errs5 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.template !== undefined){
let data2 = data.template;
const _errs8 = errors;
if(errors === _errs8){
if(typeof data2 === "string"){
if(func1(data2) < 1){
validate52.errors = [{instancePath:instancePath+"/template",schemaPath:"#/properties/template/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
}
else {
validate52.errors = [{instancePath:instancePath+"/template",schemaPath:"#/properties/template/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs8 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.type !== undefined){
let data3 = data.type;
const _errs10 = errors;
if(typeof data3 !== "string"){
validate52.errors = [{instancePath:instancePath+"/type",schemaPath:"contracts.schema.json#/$defs/contractType/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if(!(((data3 === "day") || (data3 === "week")) || (data3 === "month"))){
validate52.errors = [{instancePath:instancePath+"/type",schemaPath:"contracts.schema.json#/$defs/contractType/enum",keyword:"enum",params:{allowedValues: schema58.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid0 = _errs10 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.days !== undefined){
const _errs13 = errors;
if(!(validate53(data.days, {instancePath:instancePath+"/days",parentData:data,parentDataProperty:"days",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate53.errors : vErrors.concat(validate53.errors);
errors = vErrors.length;
}
var valid0 = _errs13 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.weeklyHours !== undefined){
let data5 = data.weeklyHours;
const _errs14 = errors;
const _errs15 = errors;
if((typeof data5 !== "string") && (!(((typeof data5 == "number") && (!(data5 % 1) && !isNaN(data5))) && (isFinite(data5))))){
validate52.errors = [{instancePath:instancePath+"/weeklyHours",schemaPath:"contracts.schema.json#/$defs/duration/type",keyword:"type",params:{type: schema60.type},message:"must be string,integer"}];
return false;
}
if(errors === _errs15){
if((typeof data5 == "number") && (isFinite(data5))){
if(data5 < 0 || isNaN(data5)){
validate52.errors = [{instancePath:instancePath+"/weeklyHours",schemaPath:"contracts.schema.json#/$defs/duration/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"}];
return false;
}
}
if(errors === _errs15){
if(typeof data5 === "string"){
if(func1(data5) < 1){
validate52.errors = [{instancePath:instancePath+"/weeklyHours",schemaPath:"contracts.schema.json#/$defs/duration/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
else {
if(!pattern5.test(data5)){
validate52.errors = [{instancePath:instancePath+"/weeklyHours",schemaPath:"contracts.schema.json#/$defs/duration/pattern",keyword:"pattern",params:{pattern: "^(?:\\d+h)?(?:\\d+m)?(?:\\d+s)?$"},message:"must match pattern \""+"^(?:\\d+h)?(?:\\d+m)?(?:\\d+s)?$"+"\""}];
return false;
}
}
}
}
}
var valid0 = _errs14 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.monthlyHours !== undefined){
let data6 = data.monthlyHours;
const _errs17 = errors;
const _errs18 = errors;
if((typeof data6 !== "string") && (!(((typeof data6 == "number") && (!(data6 % 1) && !isNaN(data6))) && (isFinite(data6))))){
validate52.errors = [{instancePath:instancePath+"/monthlyHours",schemaPath:"contracts.schema.json#/$defs/duration/type",keyword:"type",params:{type: schema60.type},message:"must be string,integer"}];
return false;
}
if(errors === _errs18){
if((typeof data6 == "number") && (isFinite(data6))){
if(data6 < 0 || isNaN(data6)){
validate52.errors = [{instancePath:instancePath+"/monthlyHours",schemaPath:"contracts.schema.json#/$defs/duration/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"}];
return false;
}
}
if(errors === _errs18){
if(typeof data6 === "string"){
if(func1(data6) < 1){
validate52.errors = [{instancePath:instancePath+"/monthlyHours",schemaPath:"contracts.schema.json#/$defs/duration/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
else {
if(!pattern5.test(data6)){
validate52.errors = [{instancePath:instancePath+"/monthlyHours",schemaPath:"contracts.schema.json#/$defs/duration/pattern",keyword:"pattern",params:{pattern: "^(?:\\d+h)?(?:\\d+m)?(?:\\d+s)?$"},message:"must match pattern \""+"^(?:\\d+h)?(?:\\d+m)?(?:\\d+s)?$"+"\""}];
return false;
}
}
}
}
}
var valid0 = _errs17 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.workDays !== undefined){
const _errs20 = errors;
if(!(validate55(data.workDays, {instancePath:instancePath+"/workDays",parentData:data,parentDataProperty:"workDays",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate55.errors : vErrors.concat(validate55.errors);
errors = vErrors.length;
}
var valid0 = _errs20 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.vacationDays !== undefined){
let data8 = data.vacationDays;
const _errs21 = errors;
const _errs22 = errors;
if(errors === _errs22){
if((typeof data8 == "number") && (isFinite(data8))){
if(data8 < 0 || isNaN(data8)){
validate52.errors = [{instancePath:instancePath+"/vacationDays",schemaPath:"contracts.schema.json#/$defs/vacationDays/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"}];
return false;
}
else {
let res0;
if((0.5 === 0 || (res0 = data8/0.5, res0 !== parseInt(res0)))){
validate52.errors = [{instancePath:instancePath+"/vacationDays",schemaPath:"contracts.schema.json#/$defs/vacationDays/multipleOf",keyword:"multipleOf",params:{multipleOf: 0.5},message:"must be multiple of 0.5"}];
return false;
}
}
}
else {
validate52.errors = [{instancePath:instancePath+"/vacationDays",schemaPath:"contracts.schema.json#/$defs/vacationDays/type",keyword:"type",params:{type: "number"},message:"must be number"}];
return false;
}
}
var valid0 = _errs21 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.publicHolidayGroup !== undefined){
let data9 = data.publicHolidayGroup;
const _errs24 = errors;
const _errs25 = errors;
if(!(((typeof data9 == "number") && (!(data9 % 1) && !isNaN(data9))) && (isFinite(data9)))){
validate52.errors = [{instancePath:instancePath+"/publicHolidayGroup",schemaPath:"contracts.schema.json#/$defs/publicHolidayGroup/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs25){
if((typeof data9 == "number") && (isFinite(data9))){
if(data9 < 1 || isNaN(data9)){
validate52.errors = [{instancePath:instancePath+"/publicHolidayGroup",schemaPath:"contracts.schema.json#/$defs/publicHolidayGroup/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"}];
return false;
}
}
}
var valid0 = _errs24 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.description !== undefined){
const _errs27 = errors;
if(typeof data.description !== "string"){
validate52.errors = [{instancePath:instancePath+"/description",schemaPath:"#/properties/description/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs27 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
}
}
}
}
}
}
}
}
}
else {
validate52.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate52.errors = vErrors;
return errors === 0;
}
validate52.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema94 = {"title":"Employment","description":"A McTime employment (one entry of userEmployments).","type":"object","additionalProperties":false,"required":["basicData"],"properties":{"basicData":{"description":"Start, end and basic facts of the employment.","$ref":"#/$defs/basicData"},"paySchedules":{"description":"Pay schedules the employment is assigned to.","type":"array","items":{"$ref":"#/$defs/paySchedule"}},"insuranceInformation":{"description":"Health insurance.","$ref":"#/$defs/insuranceInformation"},"employmentContract":{"description":"Position, type and hours.","$ref":"#/$defs/employmentContract"},"collectiveAgreement":{"description":"Collective agreement, if any.","$ref":"#/$defs/collectiveAgreement"},"publicProfile":{"description":"Office, department, cost centre, phone.","$ref":"#/$defs/publicProfile"},"hrInformation":{"description":"HR status and contacts.","$ref":"#/$defs/hrInformation"},"payrollInformation":{"description":"Tax and payroll data.","$ref":"#/$defs/payrollInformation"},"overtimeSettings":{"description":"Overtime pool adjustments.","$ref":"#/$defs/overtimeSettings"},"vacationSettings":{"description":"Vacation pool adjustments.","$ref":"#/$defs/vacationSettings"},"bankDetails":{"description":"How the salary is paid.","$ref":"#/$defs/bankDetails"}}};
const schema98 = {"title":"PaySchedule","description":"A pay schedule, by id.","type":"object","additionalProperties":false,"required":["id"],"properties":{"id":{"description":"Id of the pay schedule.","type":"string","minLength":1}}};
const schema103 = {"title":"CollectiveAgreement","description":"Collective agreement data.","type":"object","additionalProperties":false,"properties":{"collectiveAgreementId":{"description":"Id of the collective agreement.","type":"integer"},"collectiveAgreementName":{"description":"Name of the collective agreement.","type":"string"},"usageGroup":{"description":"Usage (pay) group.","type":"string"}}};
const schema104 = {"title":"PublicProfile","description":"Public profile of the employee.","type":"object","additionalProperties":false,"properties":{"office":{"description":"Office.","type":"string"},"department":{"description":"Department.","type":"string"},"costCenter":{"description":"Cost centre.","type":"string"},"workPhone":{"description":"Work phone number.","type":"string"}}};
const schema105 = {"title":"HrInformation","description":"HR status and contacts.","type":"object","additionalProperties":false,"properties":{"status":{"description":"HR status.","type":"string","enum":["active","inactive","dormant"]},"superVisorUserId":{"description":"McTime user id of the supervisor.","type":"string"},"hrContactUserId":{"description":"McTime user id of the HR contact.","type":"string"}}};
const schema106 = {"title":"PayrollInformation","description":"Tax and payroll data; some fields apply only in some countries.","type":"object","additionalProperties":false,"properties":{"taxIdentificationNumber":{"description":"Tax identification number.","type":"string"},"taxOfficeId":{"description":"Id of the tax office.","type":"integer"},"taxClass":{"description":"Tax class, 1 to 6.","type":"integer","enum":[1,2,3,4,5,6]},"localAuthorityId":{"description":"Id of the local authority.","type":"integer"},"workplaceId":{"description":"Id of the workplace.","type":"integer"},"wageTaxAllowance":{"description":"Wage tax allowance.","type":"number"},"maritalStatus":{"description":"Marital status.","type":"string","enum":["single","married","single_parent","widowed"]},"denomination":{"description":"Religious denomination (church tax).","type":"string"},"childBenefit":{"description":"Child benefit.","type":"number"},"dependants":{"description":"Number of children, 0 to 4.","type":"integer","enum":[0,1,2,3,4]},"childRelief":{"description":"Child relief.","type":"number"},"severeDisability":{"description":"Severely disabled.","type":"boolean"},"disability":{"description":"Disability.","type":"string"},"highestGraduation":{"description":"Highest school graduation.","type":"string"},"highestOccupation":{"description":"Highest professional qualification.","type":"string"},"buak":{"description":"Subject to BUAK (Austrian construction workers' fund).","type":"boolean"},"occasionallyEmployed":{"description":"Occasionally employed.","type":"boolean"},"employmentBenefits":{"description":"Receives employment benefits.","type":"boolean"},"commuterAllowance":{"description":"Commuter allowance.","type":"integer"},"subwayTax":{"description":"Subject to the Vienna subway tax (U-Bahn-Steuer).","type":"boolean"},"municipalTax":{"description":"Subject to municipal tax.","type":"boolean"}}};
const schema107 = {"title":"OvertimeSettings","description":"Overtime pool adjustments.","type":"object","additionalProperties":false,"properties":{"timeCompensationAmount":{"description":"Hours added to (negative: subtracted from) the overtime pool.","type":"number"}}};
const schema108 = {"title":"VacationSettings","description":"Vacation pool adjustments.","type":"object","additionalProperties":false,"properties":{"vacationCompensationAmount":{"description":"Vacation hours added to (negative: subtracted from) the vacation pool.","type":"number"}}};
const schema109 = {"title":"BankDetails","description":"How the salary is paid.","type":"object","additionalProperties":false,"properties":{"paymentType":{"description":"Payment type.","type":"string","enum":["cash","credit","bank_transfer"]},"nameOfAccountHolder":{"description":"Name of the account holder.","type":"string"},"iban":{"description":"IBAN.","type":"string"},"bicSwift":{"description":"BIC / SWIFT code.","type":"string"},"bankName":{"description":"Name of the bank.","type":"string"}}};
const schema95 = {"title":"EmploymentBasicData","description":"Basic facts of an employment.","type":"object","additionalProperties":false,"required":["employmentStart"],"properties":{"employmentStart":{"description":"First day of the employment.","$ref":"contracts.schema.json#/$defs/date"},"employmentEnd":{"description":"Last day of the employment.","$ref":"contracts.schema.json#/$defs/date"},"comment":{"description":"Note for the payroll accountant.","type":"string"},"employeeId":{"description":"Personnel number.","type":"string"},"employmentId":{"description":"Employment number.","type":"integer"},"employmentRelationship":{"description":"Kind of employment relationship.","type":"string","enum":["worker","employee","managing_director","apprentice_worker","apprentice_employee","official","asylum_seekers","civilian_servants","retrainee_rehabilitants_worker","retrainee_rehabilitants_employee","minimum_security","other_persons_without_health_insurance_protection"]},"dismissReason":{"description":"Why the employment ended.","type":"string","enum":["notice_from_employer","notice_from_employee","mutual_notice","time_expired","eligible_early_leave","dismissal_without_notice","maternity_leave_acc_mschg_1979_vkg","military_service","civilian_service","tenure_track_leave","longer_than_one_month_unpaid_vacation","register_change","death_of_the_employee","change_in_sv","military_exercise","retirement","end_of_free_contract_acc_par_4_abs_4_asvg","supersession_of_tribunal_service","interruption_of_tribunal_service","dismissal_from_federal_care","notice_from_employee_while_parental_leave_acc_mschg_1979_vkg","ineligible_early_leave","study_leave_acc_par_11_avrag","early_leave_from_employee_acc_parr_25_io","notice_acc_par_25_io_from_insolvency_administrator","notice_acc_par_25_io_from_employer","end_of_sv_employment_active","end_in_trial_time_through_employer","study_leave_acc_par_12_avrag","end_in_trial_time_through_employee","other_exit_reason","mutual_notice_because_of_transfer_to_employer"]},"openVacationDays":{"description":"Open vacation days after the employment's end.","type":"number"},"outstandingHours":{"description":"Outstanding hours or overtime after the employment's end.","type":"number"}}};

function validate59(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate59.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((data.employmentStart === undefined) && (missing0 = "employmentStart")){
validate59.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!(func22.call(schema95.properties, key0))){
validate59.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.employmentStart !== undefined){
let data0 = data.employmentStart;
const _errs2 = errors;
const _errs3 = errors;
if(errors === _errs3){
if(errors === _errs3){
if(typeof data0 === "string"){
if(!(formats6.validate(data0))){
validate59.errors = [{instancePath:instancePath+"/employmentStart",schemaPath:"contracts.schema.json#/$defs/date/format",keyword:"format",params:{format: "date"},message:"must match format \""+"date"+"\""}];
return false;
}
}
else {
validate59.errors = [{instancePath:instancePath+"/employmentStart",schemaPath:"contracts.schema.json#/$defs/date/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.employmentEnd !== undefined){
let data1 = data.employmentEnd;
const _errs5 = errors;
const _errs6 = errors;
if(errors === _errs6){
if(errors === _errs6){
if(typeof data1 === "string"){
if(!(formats6.validate(data1))){
validate59.errors = [{instancePath:instancePath+"/employmentEnd",schemaPath:"contracts.schema.json#/$defs/date/format",keyword:"format",params:{format: "date"},message:"must match format \""+"date"+"\""}];
return false;
}
}
else {
validate59.errors = [{instancePath:instancePath+"/employmentEnd",schemaPath:"contracts.schema.json#/$defs/date/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
}
var valid0 = _errs5 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.comment !== undefined){
const _errs8 = errors;
if(typeof data.comment !== "string"){
validate59.errors = [{instancePath:instancePath+"/comment",schemaPath:"#/properties/comment/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs8 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.employeeId !== undefined){
const _errs10 = errors;
if(typeof data.employeeId !== "string"){
validate59.errors = [{instancePath:instancePath+"/employeeId",schemaPath:"#/properties/employeeId/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs10 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.employmentId !== undefined){
let data4 = data.employmentId;
const _errs12 = errors;
if(!(((typeof data4 == "number") && (!(data4 % 1) && !isNaN(data4))) && (isFinite(data4)))){
validate59.errors = [{instancePath:instancePath+"/employmentId",schemaPath:"#/properties/employmentId/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
var valid0 = _errs12 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.employmentRelationship !== undefined){
let data5 = data.employmentRelationship;
const _errs14 = errors;
if(typeof data5 !== "string"){
validate59.errors = [{instancePath:instancePath+"/employmentRelationship",schemaPath:"#/properties/employmentRelationship/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if(!((((((((((((data5 === "worker") || (data5 === "employee")) || (data5 === "managing_director")) || (data5 === "apprentice_worker")) || (data5 === "apprentice_employee")) || (data5 === "official")) || (data5 === "asylum_seekers")) || (data5 === "civilian_servants")) || (data5 === "retrainee_rehabilitants_worker")) || (data5 === "retrainee_rehabilitants_employee")) || (data5 === "minimum_security")) || (data5 === "other_persons_without_health_insurance_protection"))){
validate59.errors = [{instancePath:instancePath+"/employmentRelationship",schemaPath:"#/properties/employmentRelationship/enum",keyword:"enum",params:{allowedValues: schema95.properties.employmentRelationship.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid0 = _errs14 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.dismissReason !== undefined){
let data6 = data.dismissReason;
const _errs16 = errors;
if(typeof data6 !== "string"){
validate59.errors = [{instancePath:instancePath+"/dismissReason",schemaPath:"#/properties/dismissReason/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if(!((((((((((((((((((((((((((((((((data6 === "notice_from_employer") || (data6 === "notice_from_employee")) || (data6 === "mutual_notice")) || (data6 === "time_expired")) || (data6 === "eligible_early_leave")) || (data6 === "dismissal_without_notice")) || (data6 === "maternity_leave_acc_mschg_1979_vkg")) || (data6 === "military_service")) || (data6 === "civilian_service")) || (data6 === "tenure_track_leave")) || (data6 === "longer_than_one_month_unpaid_vacation")) || (data6 === "register_change")) || (data6 === "death_of_the_employee")) || (data6 === "change_in_sv")) || (data6 === "military_exercise")) || (data6 === "retirement")) || (data6 === "end_of_free_contract_acc_par_4_abs_4_asvg")) || (data6 === "supersession_of_tribunal_service")) || (data6 === "interruption_of_tribunal_service")) || (data6 === "dismissal_from_federal_care")) || (data6 === "notice_from_employee_while_parental_leave_acc_mschg_1979_vkg")) || (data6 === "ineligible_early_leave")) || (data6 === "study_leave_acc_par_11_avrag")) || (data6 === "early_leave_from_employee_acc_parr_25_io")) || (data6 === "notice_acc_par_25_io_from_insolvency_administrator")) || (data6 === "notice_acc_par_25_io_from_employer")) || (data6 === "end_of_sv_employment_active")) || (data6 === "end_in_trial_time_through_employer")) || (data6 === "study_leave_acc_par_12_avrag")) || (data6 === "end_in_trial_time_through_employee")) || (data6 === "other_exit_reason")) || (data6 === "mutual_notice_because_of_transfer_to_employer"))){
validate59.errors = [{instancePath:instancePath+"/dismissReason",schemaPath:"#/properties/dismissReason/enum",keyword:"enum",params:{allowedValues: schema95.properties.dismissReason.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid0 = _errs16 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.openVacationDays !== undefined){
let data7 = data.openVacationDays;
const _errs18 = errors;
if(!((typeof data7 == "number") && (isFinite(data7)))){
validate59.errors = [{instancePath:instancePath+"/openVacationDays",schemaPath:"#/properties/openVacationDays/type",keyword:"type",params:{type: "number"},message:"must be number"}];
return false;
}
var valid0 = _errs18 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.outstandingHours !== undefined){
let data8 = data.outstandingHours;
const _errs20 = errors;
if(!((typeof data8 == "number") && (isFinite(data8)))){
validate59.errors = [{instancePath:instancePath+"/outstandingHours",schemaPath:"#/properties/outstandingHours/type",keyword:"type",params:{type: "number"},message:"must be number"}];
return false;
}
var valid0 = _errs20 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
}
}
}
}
}
}
}
else {
validate59.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate59.errors = vErrors;
return errors === 0;
}
validate59.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema99 = {"title":"InsuranceInformation","description":"Health insurance of the employee.","type":"object","additionalProperties":false,"properties":{"healthInsuranceCountry":{"description":"Country of the health insurance (ISO alpha-2).","$ref":"#/$defs/country"},"healthInsuranceNumber":{"description":"Health insurance number.","type":"string"},"tariffGroup":{"description":"Tariff group.","type":"string"},"typeOfHealthInsurance":{"description":"Statutory or private.","type":"string","enum":["statutory","private"]},"healthInsuranceCompany":{"description":"Name of the health insurance company.","type":"string"}}};
const schema100 = {"title":"Country","description":"ISO 3166-1 alpha-2 country code, upper case.","type":"string","pattern":"^[A-Z]{2}$"};
const pattern24 = new RegExp("^[A-Z]{2}$", "u");

function validate61(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate61.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
const _errs1 = errors;
for(const key0 in data){
if(!(((((key0 === "healthInsuranceCountry") || (key0 === "healthInsuranceNumber")) || (key0 === "tariffGroup")) || (key0 === "typeOfHealthInsurance")) || (key0 === "healthInsuranceCompany"))){
validate61.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.healthInsuranceCountry !== undefined){
let data0 = data.healthInsuranceCountry;
const _errs2 = errors;
const _errs3 = errors;
if(errors === _errs3){
if(typeof data0 === "string"){
if(!pattern24.test(data0)){
validate61.errors = [{instancePath:instancePath+"/healthInsuranceCountry",schemaPath:"#/$defs/country/pattern",keyword:"pattern",params:{pattern: "^[A-Z]{2}$"},message:"must match pattern \""+"^[A-Z]{2}$"+"\""}];
return false;
}
}
else {
validate61.errors = [{instancePath:instancePath+"/healthInsuranceCountry",schemaPath:"#/$defs/country/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.healthInsuranceNumber !== undefined){
const _errs5 = errors;
if(typeof data.healthInsuranceNumber !== "string"){
validate61.errors = [{instancePath:instancePath+"/healthInsuranceNumber",schemaPath:"#/properties/healthInsuranceNumber/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs5 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.tariffGroup !== undefined){
const _errs7 = errors;
if(typeof data.tariffGroup !== "string"){
validate61.errors = [{instancePath:instancePath+"/tariffGroup",schemaPath:"#/properties/tariffGroup/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs7 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.typeOfHealthInsurance !== undefined){
let data3 = data.typeOfHealthInsurance;
const _errs9 = errors;
if(typeof data3 !== "string"){
validate61.errors = [{instancePath:instancePath+"/typeOfHealthInsurance",schemaPath:"#/properties/typeOfHealthInsurance/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if(!((data3 === "statutory") || (data3 === "private"))){
validate61.errors = [{instancePath:instancePath+"/typeOfHealthInsurance",schemaPath:"#/properties/typeOfHealthInsurance/enum",keyword:"enum",params:{allowedValues: schema99.properties.typeOfHealthInsurance.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid0 = _errs9 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.healthInsuranceCompany !== undefined){
const _errs11 = errors;
if(typeof data.healthInsuranceCompany !== "string"){
validate61.errors = [{instancePath:instancePath+"/healthInsuranceCompany",schemaPath:"#/properties/healthInsuranceCompany/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs11 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
}
}
else {
validate61.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate61.errors = vErrors;
return errors === 0;
}
validate61.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema101 = {"title":"EmploymentContract","description":"Position, type and hours of the employment.","type":"object","additionalProperties":false,"properties":{"position":{"description":"Job title.","type":"string"},"employmentType":{"description":"Type of employment.","type":"string","enum":["full_time","part_time","marginally","daily","independent_contractor","apprenticeship","intern","parent","inactive","part_time_student","other"]},"weeklyHours":{"description":"Weekly working hours (a number of hours).","type":"number","minimum":0,"maximum":168},"probationPeriod":{"description":"End of the probation period.","$ref":"contracts.schema.json#/$defs/date"},"periodOfNotice":{"description":"Period of notice, as text (e.g. `6 weeks`).","type":"string"}}};

function validate63(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate63.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
const _errs1 = errors;
for(const key0 in data){
if(!(((((key0 === "position") || (key0 === "employmentType")) || (key0 === "weeklyHours")) || (key0 === "probationPeriod")) || (key0 === "periodOfNotice"))){
validate63.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.position !== undefined){
const _errs2 = errors;
if(typeof data.position !== "string"){
validate63.errors = [{instancePath:instancePath+"/position",schemaPath:"#/properties/position/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.employmentType !== undefined){
let data1 = data.employmentType;
const _errs4 = errors;
if(typeof data1 !== "string"){
validate63.errors = [{instancePath:instancePath+"/employmentType",schemaPath:"#/properties/employmentType/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if(!(((((((((((data1 === "full_time") || (data1 === "part_time")) || (data1 === "marginally")) || (data1 === "daily")) || (data1 === "independent_contractor")) || (data1 === "apprenticeship")) || (data1 === "intern")) || (data1 === "parent")) || (data1 === "inactive")) || (data1 === "part_time_student")) || (data1 === "other"))){
validate63.errors = [{instancePath:instancePath+"/employmentType",schemaPath:"#/properties/employmentType/enum",keyword:"enum",params:{allowedValues: schema101.properties.employmentType.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid0 = _errs4 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.weeklyHours !== undefined){
let data2 = data.weeklyHours;
const _errs6 = errors;
if(errors === _errs6){
if((typeof data2 == "number") && (isFinite(data2))){
if(data2 > 168 || isNaN(data2)){
validate63.errors = [{instancePath:instancePath+"/weeklyHours",schemaPath:"#/properties/weeklyHours/maximum",keyword:"maximum",params:{comparison: "<=", limit: 168},message:"must be <= 168"}];
return false;
}
else {
if(data2 < 0 || isNaN(data2)){
validate63.errors = [{instancePath:instancePath+"/weeklyHours",schemaPath:"#/properties/weeklyHours/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"}];
return false;
}
}
}
else {
validate63.errors = [{instancePath:instancePath+"/weeklyHours",schemaPath:"#/properties/weeklyHours/type",keyword:"type",params:{type: "number"},message:"must be number"}];
return false;
}
}
var valid0 = _errs6 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.probationPeriod !== undefined){
let data3 = data.probationPeriod;
const _errs8 = errors;
const _errs9 = errors;
if(errors === _errs9){
if(errors === _errs9){
if(typeof data3 === "string"){
if(!(formats6.validate(data3))){
validate63.errors = [{instancePath:instancePath+"/probationPeriod",schemaPath:"contracts.schema.json#/$defs/date/format",keyword:"format",params:{format: "date"},message:"must match format \""+"date"+"\""}];
return false;
}
}
else {
validate63.errors = [{instancePath:instancePath+"/probationPeriod",schemaPath:"contracts.schema.json#/$defs/date/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
}
var valid0 = _errs8 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.periodOfNotice !== undefined){
const _errs11 = errors;
if(typeof data.periodOfNotice !== "string"){
validate63.errors = [{instancePath:instancePath+"/periodOfNotice",schemaPath:"#/properties/periodOfNotice/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs11 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
}
}
else {
validate63.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate63.errors = vErrors;
return errors === 0;
}
validate63.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


function validate58(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate58.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((data.basicData === undefined) && (missing0 = "basicData")){
validate58.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!(func22.call(schema94.properties, key0))){
validate58.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.basicData !== undefined){
const _errs2 = errors;
if(!(validate59(data.basicData, {instancePath:instancePath+"/basicData",parentData:data,parentDataProperty:"basicData",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate59.errors : vErrors.concat(validate59.errors);
errors = vErrors.length;
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.paySchedules !== undefined){
let data1 = data.paySchedules;
const _errs3 = errors;
if(errors === _errs3){
if(Array.isArray(data1)){
var valid1 = true;
const len0 = data1.length;
for(let i0=0; i0<len0; i0++){
let data2 = data1[i0];
const _errs5 = errors;
const _errs6 = errors;
if(errors === _errs6){
if(data2 && typeof data2 == "object" && !Array.isArray(data2)){
let missing1;
if((data2.id === undefined) && (missing1 = "id")){
validate58.errors = [{instancePath:instancePath+"/paySchedules/" + i0,schemaPath:"#/$defs/paySchedule/required",keyword:"required",params:{missingProperty: missing1},message:"must have required property '"+missing1+"'"}];
return false;
}
else {
const _errs8 = errors;
for(const key1 in data2){
if(!(key1 === "id")){
validate58.errors = [{instancePath:instancePath+"/paySchedules/" + i0,schemaPath:"#/$defs/paySchedule/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs8 === errors){
if(data2.id !== undefined){
let data3 = data2.id;
const _errs9 = errors;
if(errors === _errs9){
if(typeof data3 === "string"){
if(func1(data3) < 1){
validate58.errors = [{instancePath:instancePath+"/paySchedules/" + i0+"/id",schemaPath:"#/$defs/paySchedule/properties/id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
}
else {
validate58.errors = [{instancePath:instancePath+"/paySchedules/" + i0+"/id",schemaPath:"#/$defs/paySchedule/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
}
}
}
}
else {
validate58.errors = [{instancePath:instancePath+"/paySchedules/" + i0,schemaPath:"#/$defs/paySchedule/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid1 = _errs5 === errors;
if(!valid1){
break;
}
}
}
else {
validate58.errors = [{instancePath:instancePath+"/paySchedules",schemaPath:"#/properties/paySchedules/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid0 = _errs3 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.insuranceInformation !== undefined){
const _errs11 = errors;
if(!(validate61(data.insuranceInformation, {instancePath:instancePath+"/insuranceInformation",parentData:data,parentDataProperty:"insuranceInformation",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate61.errors : vErrors.concat(validate61.errors);
errors = vErrors.length;
}
var valid0 = _errs11 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.employmentContract !== undefined){
const _errs12 = errors;
if(!(validate63(data.employmentContract, {instancePath:instancePath+"/employmentContract",parentData:data,parentDataProperty:"employmentContract",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate63.errors : vErrors.concat(validate63.errors);
errors = vErrors.length;
}
var valid0 = _errs12 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.collectiveAgreement !== undefined){
let data6 = data.collectiveAgreement;
const _errs13 = errors;
const _errs14 = errors;
if(errors === _errs14){
if(data6 && typeof data6 == "object" && !Array.isArray(data6)){
const _errs16 = errors;
for(const key2 in data6){
if(!(((key2 === "collectiveAgreementId") || (key2 === "collectiveAgreementName")) || (key2 === "usageGroup"))){
validate58.errors = [{instancePath:instancePath+"/collectiveAgreement",schemaPath:"#/$defs/collectiveAgreement/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs16 === errors){
if(data6.collectiveAgreementId !== undefined){
let data7 = data6.collectiveAgreementId;
const _errs17 = errors;
if(!(((typeof data7 == "number") && (!(data7 % 1) && !isNaN(data7))) && (isFinite(data7)))){
validate58.errors = [{instancePath:instancePath+"/collectiveAgreement/collectiveAgreementId",schemaPath:"#/$defs/collectiveAgreement/properties/collectiveAgreementId/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
var valid5 = _errs17 === errors;
}
else {
var valid5 = true;
}
if(valid5){
if(data6.collectiveAgreementName !== undefined){
const _errs19 = errors;
if(typeof data6.collectiveAgreementName !== "string"){
validate58.errors = [{instancePath:instancePath+"/collectiveAgreement/collectiveAgreementName",schemaPath:"#/$defs/collectiveAgreement/properties/collectiveAgreementName/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid5 = _errs19 === errors;
}
else {
var valid5 = true;
}
if(valid5){
if(data6.usageGroup !== undefined){
const _errs21 = errors;
if(typeof data6.usageGroup !== "string"){
validate58.errors = [{instancePath:instancePath+"/collectiveAgreement/usageGroup",schemaPath:"#/$defs/collectiveAgreement/properties/usageGroup/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid5 = _errs21 === errors;
}
else {
var valid5 = true;
}
}
}
}
}
else {
validate58.errors = [{instancePath:instancePath+"/collectiveAgreement",schemaPath:"#/$defs/collectiveAgreement/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid0 = _errs13 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.publicProfile !== undefined){
let data10 = data.publicProfile;
const _errs23 = errors;
const _errs24 = errors;
if(errors === _errs24){
if(data10 && typeof data10 == "object" && !Array.isArray(data10)){
const _errs26 = errors;
for(const key3 in data10){
if(!((((key3 === "office") || (key3 === "department")) || (key3 === "costCenter")) || (key3 === "workPhone"))){
validate58.errors = [{instancePath:instancePath+"/publicProfile",schemaPath:"#/$defs/publicProfile/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key3},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs26 === errors){
if(data10.office !== undefined){
const _errs27 = errors;
if(typeof data10.office !== "string"){
validate58.errors = [{instancePath:instancePath+"/publicProfile/office",schemaPath:"#/$defs/publicProfile/properties/office/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid7 = _errs27 === errors;
}
else {
var valid7 = true;
}
if(valid7){
if(data10.department !== undefined){
const _errs29 = errors;
if(typeof data10.department !== "string"){
validate58.errors = [{instancePath:instancePath+"/publicProfile/department",schemaPath:"#/$defs/publicProfile/properties/department/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid7 = _errs29 === errors;
}
else {
var valid7 = true;
}
if(valid7){
if(data10.costCenter !== undefined){
const _errs31 = errors;
if(typeof data10.costCenter !== "string"){
validate58.errors = [{instancePath:instancePath+"/publicProfile/costCenter",schemaPath:"#/$defs/publicProfile/properties/costCenter/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid7 = _errs31 === errors;
}
else {
var valid7 = true;
}
if(valid7){
if(data10.workPhone !== undefined){
const _errs33 = errors;
if(typeof data10.workPhone !== "string"){
validate58.errors = [{instancePath:instancePath+"/publicProfile/workPhone",schemaPath:"#/$defs/publicProfile/properties/workPhone/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid7 = _errs33 === errors;
}
else {
var valid7 = true;
}
}
}
}
}
}
else {
validate58.errors = [{instancePath:instancePath+"/publicProfile",schemaPath:"#/$defs/publicProfile/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid0 = _errs23 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.hrInformation !== undefined){
let data15 = data.hrInformation;
const _errs35 = errors;
const _errs36 = errors;
if(errors === _errs36){
if(data15 && typeof data15 == "object" && !Array.isArray(data15)){
const _errs38 = errors;
for(const key4 in data15){
if(!(((key4 === "status") || (key4 === "superVisorUserId")) || (key4 === "hrContactUserId"))){
validate58.errors = [{instancePath:instancePath+"/hrInformation",schemaPath:"#/$defs/hrInformation/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key4},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs38 === errors){
if(data15.status !== undefined){
let data16 = data15.status;
const _errs39 = errors;
if(typeof data16 !== "string"){
validate58.errors = [{instancePath:instancePath+"/hrInformation/status",schemaPath:"#/$defs/hrInformation/properties/status/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if(!(((data16 === "active") || (data16 === "inactive")) || (data16 === "dormant"))){
validate58.errors = [{instancePath:instancePath+"/hrInformation/status",schemaPath:"#/$defs/hrInformation/properties/status/enum",keyword:"enum",params:{allowedValues: schema105.properties.status.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid9 = _errs39 === errors;
}
else {
var valid9 = true;
}
if(valid9){
if(data15.superVisorUserId !== undefined){
const _errs41 = errors;
if(typeof data15.superVisorUserId !== "string"){
validate58.errors = [{instancePath:instancePath+"/hrInformation/superVisorUserId",schemaPath:"#/$defs/hrInformation/properties/superVisorUserId/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid9 = _errs41 === errors;
}
else {
var valid9 = true;
}
if(valid9){
if(data15.hrContactUserId !== undefined){
const _errs43 = errors;
if(typeof data15.hrContactUserId !== "string"){
validate58.errors = [{instancePath:instancePath+"/hrInformation/hrContactUserId",schemaPath:"#/$defs/hrInformation/properties/hrContactUserId/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid9 = _errs43 === errors;
}
else {
var valid9 = true;
}
}
}
}
}
else {
validate58.errors = [{instancePath:instancePath+"/hrInformation",schemaPath:"#/$defs/hrInformation/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid0 = _errs35 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.payrollInformation !== undefined){
let data19 = data.payrollInformation;
const _errs45 = errors;
const _errs46 = errors;
if(errors === _errs46){
if(data19 && typeof data19 == "object" && !Array.isArray(data19)){
const _errs48 = errors;
for(const key5 in data19){
if(!(func22.call(schema106.properties, key5))){
validate58.errors = [{instancePath:instancePath+"/payrollInformation",schemaPath:"#/$defs/payrollInformation/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key5},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs48 === errors){
if(data19.taxIdentificationNumber !== undefined){
const _errs49 = errors;
if(typeof data19.taxIdentificationNumber !== "string"){
validate58.errors = [{instancePath:instancePath+"/payrollInformation/taxIdentificationNumber",schemaPath:"#/$defs/payrollInformation/properties/taxIdentificationNumber/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid11 = _errs49 === errors;
}
else {
var valid11 = true;
}
if(valid11){
if(data19.taxOfficeId !== undefined){
let data21 = data19.taxOfficeId;
const _errs51 = errors;
if(!(((typeof data21 == "number") && (!(data21 % 1) && !isNaN(data21))) && (isFinite(data21)))){
validate58.errors = [{instancePath:instancePath+"/payrollInformation/taxOfficeId",schemaPath:"#/$defs/payrollInformation/properties/taxOfficeId/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
var valid11 = _errs51 === errors;
}
else {
var valid11 = true;
}
if(valid11){
if(data19.taxClass !== undefined){
let data22 = data19.taxClass;
const _errs53 = errors;
if(!(((typeof data22 == "number") && (!(data22 % 1) && !isNaN(data22))) && (isFinite(data22)))){
validate58.errors = [{instancePath:instancePath+"/payrollInformation/taxClass",schemaPath:"#/$defs/payrollInformation/properties/taxClass/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(!((((((data22 === 1) || (data22 === 2)) || (data22 === 3)) || (data22 === 4)) || (data22 === 5)) || (data22 === 6))){
validate58.errors = [{instancePath:instancePath+"/payrollInformation/taxClass",schemaPath:"#/$defs/payrollInformation/properties/taxClass/enum",keyword:"enum",params:{allowedValues: schema106.properties.taxClass.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid11 = _errs53 === errors;
}
else {
var valid11 = true;
}
if(valid11){
if(data19.localAuthorityId !== undefined){
let data23 = data19.localAuthorityId;
const _errs55 = errors;
if(!(((typeof data23 == "number") && (!(data23 % 1) && !isNaN(data23))) && (isFinite(data23)))){
validate58.errors = [{instancePath:instancePath+"/payrollInformation/localAuthorityId",schemaPath:"#/$defs/payrollInformation/properties/localAuthorityId/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
var valid11 = _errs55 === errors;
}
else {
var valid11 = true;
}
if(valid11){
if(data19.workplaceId !== undefined){
let data24 = data19.workplaceId;
const _errs57 = errors;
if(!(((typeof data24 == "number") && (!(data24 % 1) && !isNaN(data24))) && (isFinite(data24)))){
validate58.errors = [{instancePath:instancePath+"/payrollInformation/workplaceId",schemaPath:"#/$defs/payrollInformation/properties/workplaceId/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
var valid11 = _errs57 === errors;
}
else {
var valid11 = true;
}
if(valid11){
if(data19.wageTaxAllowance !== undefined){
let data25 = data19.wageTaxAllowance;
const _errs59 = errors;
if(!((typeof data25 == "number") && (isFinite(data25)))){
validate58.errors = [{instancePath:instancePath+"/payrollInformation/wageTaxAllowance",schemaPath:"#/$defs/payrollInformation/properties/wageTaxAllowance/type",keyword:"type",params:{type: "number"},message:"must be number"}];
return false;
}
var valid11 = _errs59 === errors;
}
else {
var valid11 = true;
}
if(valid11){
if(data19.maritalStatus !== undefined){
let data26 = data19.maritalStatus;
const _errs61 = errors;
if(typeof data26 !== "string"){
validate58.errors = [{instancePath:instancePath+"/payrollInformation/maritalStatus",schemaPath:"#/$defs/payrollInformation/properties/maritalStatus/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if(!((((data26 === "single") || (data26 === "married")) || (data26 === "single_parent")) || (data26 === "widowed"))){
validate58.errors = [{instancePath:instancePath+"/payrollInformation/maritalStatus",schemaPath:"#/$defs/payrollInformation/properties/maritalStatus/enum",keyword:"enum",params:{allowedValues: schema106.properties.maritalStatus.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid11 = _errs61 === errors;
}
else {
var valid11 = true;
}
if(valid11){
if(data19.denomination !== undefined){
const _errs63 = errors;
if(typeof data19.denomination !== "string"){
validate58.errors = [{instancePath:instancePath+"/payrollInformation/denomination",schemaPath:"#/$defs/payrollInformation/properties/denomination/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid11 = _errs63 === errors;
}
else {
var valid11 = true;
}
if(valid11){
if(data19.childBenefit !== undefined){
let data28 = data19.childBenefit;
const _errs65 = errors;
if(!((typeof data28 == "number") && (isFinite(data28)))){
validate58.errors = [{instancePath:instancePath+"/payrollInformation/childBenefit",schemaPath:"#/$defs/payrollInformation/properties/childBenefit/type",keyword:"type",params:{type: "number"},message:"must be number"}];
return false;
}
var valid11 = _errs65 === errors;
}
else {
var valid11 = true;
}
if(valid11){
if(data19.dependants !== undefined){
let data29 = data19.dependants;
const _errs67 = errors;
if(!(((typeof data29 == "number") && (!(data29 % 1) && !isNaN(data29))) && (isFinite(data29)))){
validate58.errors = [{instancePath:instancePath+"/payrollInformation/dependants",schemaPath:"#/$defs/payrollInformation/properties/dependants/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(!(((((data29 === 0) || (data29 === 1)) || (data29 === 2)) || (data29 === 3)) || (data29 === 4))){
validate58.errors = [{instancePath:instancePath+"/payrollInformation/dependants",schemaPath:"#/$defs/payrollInformation/properties/dependants/enum",keyword:"enum",params:{allowedValues: schema106.properties.dependants.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid11 = _errs67 === errors;
}
else {
var valid11 = true;
}
if(valid11){
if(data19.childRelief !== undefined){
let data30 = data19.childRelief;
const _errs69 = errors;
if(!((typeof data30 == "number") && (isFinite(data30)))){
validate58.errors = [{instancePath:instancePath+"/payrollInformation/childRelief",schemaPath:"#/$defs/payrollInformation/properties/childRelief/type",keyword:"type",params:{type: "number"},message:"must be number"}];
return false;
}
var valid11 = _errs69 === errors;
}
else {
var valid11 = true;
}
if(valid11){
if(data19.severeDisability !== undefined){
const _errs71 = errors;
if(typeof data19.severeDisability !== "boolean"){
validate58.errors = [{instancePath:instancePath+"/payrollInformation/severeDisability",schemaPath:"#/$defs/payrollInformation/properties/severeDisability/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"}];
return false;
}
var valid11 = _errs71 === errors;
}
else {
var valid11 = true;
}
if(valid11){
if(data19.disability !== undefined){
const _errs73 = errors;
if(typeof data19.disability !== "string"){
validate58.errors = [{instancePath:instancePath+"/payrollInformation/disability",schemaPath:"#/$defs/payrollInformation/properties/disability/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid11 = _errs73 === errors;
}
else {
var valid11 = true;
}
if(valid11){
if(data19.highestGraduation !== undefined){
const _errs75 = errors;
if(typeof data19.highestGraduation !== "string"){
validate58.errors = [{instancePath:instancePath+"/payrollInformation/highestGraduation",schemaPath:"#/$defs/payrollInformation/properties/highestGraduation/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid11 = _errs75 === errors;
}
else {
var valid11 = true;
}
if(valid11){
if(data19.highestOccupation !== undefined){
const _errs77 = errors;
if(typeof data19.highestOccupation !== "string"){
validate58.errors = [{instancePath:instancePath+"/payrollInformation/highestOccupation",schemaPath:"#/$defs/payrollInformation/properties/highestOccupation/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid11 = _errs77 === errors;
}
else {
var valid11 = true;
}
if(valid11){
if(data19.buak !== undefined){
const _errs79 = errors;
if(typeof data19.buak !== "boolean"){
validate58.errors = [{instancePath:instancePath+"/payrollInformation/buak",schemaPath:"#/$defs/payrollInformation/properties/buak/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"}];
return false;
}
var valid11 = _errs79 === errors;
}
else {
var valid11 = true;
}
if(valid11){
if(data19.occasionallyEmployed !== undefined){
const _errs81 = errors;
if(typeof data19.occasionallyEmployed !== "boolean"){
validate58.errors = [{instancePath:instancePath+"/payrollInformation/occasionallyEmployed",schemaPath:"#/$defs/payrollInformation/properties/occasionallyEmployed/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"}];
return false;
}
var valid11 = _errs81 === errors;
}
else {
var valid11 = true;
}
if(valid11){
if(data19.employmentBenefits !== undefined){
const _errs83 = errors;
if(typeof data19.employmentBenefits !== "boolean"){
validate58.errors = [{instancePath:instancePath+"/payrollInformation/employmentBenefits",schemaPath:"#/$defs/payrollInformation/properties/employmentBenefits/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"}];
return false;
}
var valid11 = _errs83 === errors;
}
else {
var valid11 = true;
}
if(valid11){
if(data19.commuterAllowance !== undefined){
let data38 = data19.commuterAllowance;
const _errs85 = errors;
if(!(((typeof data38 == "number") && (!(data38 % 1) && !isNaN(data38))) && (isFinite(data38)))){
validate58.errors = [{instancePath:instancePath+"/payrollInformation/commuterAllowance",schemaPath:"#/$defs/payrollInformation/properties/commuterAllowance/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
var valid11 = _errs85 === errors;
}
else {
var valid11 = true;
}
if(valid11){
if(data19.subwayTax !== undefined){
const _errs87 = errors;
if(typeof data19.subwayTax !== "boolean"){
validate58.errors = [{instancePath:instancePath+"/payrollInformation/subwayTax",schemaPath:"#/$defs/payrollInformation/properties/subwayTax/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"}];
return false;
}
var valid11 = _errs87 === errors;
}
else {
var valid11 = true;
}
if(valid11){
if(data19.municipalTax !== undefined){
const _errs89 = errors;
if(typeof data19.municipalTax !== "boolean"){
validate58.errors = [{instancePath:instancePath+"/payrollInformation/municipalTax",schemaPath:"#/$defs/payrollInformation/properties/municipalTax/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"}];
return false;
}
var valid11 = _errs89 === errors;
}
else {
var valid11 = true;
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
else {
validate58.errors = [{instancePath:instancePath+"/payrollInformation",schemaPath:"#/$defs/payrollInformation/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid0 = _errs45 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.overtimeSettings !== undefined){
let data41 = data.overtimeSettings;
const _errs91 = errors;
const _errs92 = errors;
if(errors === _errs92){
if(data41 && typeof data41 == "object" && !Array.isArray(data41)){
const _errs94 = errors;
for(const key6 in data41){
if(!(key6 === "timeCompensationAmount")){
validate58.errors = [{instancePath:instancePath+"/overtimeSettings",schemaPath:"#/$defs/overtimeSettings/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key6},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs94 === errors){
if(data41.timeCompensationAmount !== undefined){
let data42 = data41.timeCompensationAmount;
if(!((typeof data42 == "number") && (isFinite(data42)))){
validate58.errors = [{instancePath:instancePath+"/overtimeSettings/timeCompensationAmount",schemaPath:"#/$defs/overtimeSettings/properties/timeCompensationAmount/type",keyword:"type",params:{type: "number"},message:"must be number"}];
return false;
}
}
}
}
else {
validate58.errors = [{instancePath:instancePath+"/overtimeSettings",schemaPath:"#/$defs/overtimeSettings/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid0 = _errs91 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.vacationSettings !== undefined){
let data43 = data.vacationSettings;
const _errs97 = errors;
const _errs98 = errors;
if(errors === _errs98){
if(data43 && typeof data43 == "object" && !Array.isArray(data43)){
const _errs100 = errors;
for(const key7 in data43){
if(!(key7 === "vacationCompensationAmount")){
validate58.errors = [{instancePath:instancePath+"/vacationSettings",schemaPath:"#/$defs/vacationSettings/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key7},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs100 === errors){
if(data43.vacationCompensationAmount !== undefined){
let data44 = data43.vacationCompensationAmount;
if(!((typeof data44 == "number") && (isFinite(data44)))){
validate58.errors = [{instancePath:instancePath+"/vacationSettings/vacationCompensationAmount",schemaPath:"#/$defs/vacationSettings/properties/vacationCompensationAmount/type",keyword:"type",params:{type: "number"},message:"must be number"}];
return false;
}
}
}
}
else {
validate58.errors = [{instancePath:instancePath+"/vacationSettings",schemaPath:"#/$defs/vacationSettings/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid0 = _errs97 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.bankDetails !== undefined){
let data45 = data.bankDetails;
const _errs103 = errors;
const _errs104 = errors;
if(errors === _errs104){
if(data45 && typeof data45 == "object" && !Array.isArray(data45)){
const _errs106 = errors;
for(const key8 in data45){
if(!(((((key8 === "paymentType") || (key8 === "nameOfAccountHolder")) || (key8 === "iban")) || (key8 === "bicSwift")) || (key8 === "bankName"))){
validate58.errors = [{instancePath:instancePath+"/bankDetails",schemaPath:"#/$defs/bankDetails/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key8},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs106 === errors){
if(data45.paymentType !== undefined){
let data46 = data45.paymentType;
const _errs107 = errors;
if(typeof data46 !== "string"){
validate58.errors = [{instancePath:instancePath+"/bankDetails/paymentType",schemaPath:"#/$defs/bankDetails/properties/paymentType/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if(!(((data46 === "cash") || (data46 === "credit")) || (data46 === "bank_transfer"))){
validate58.errors = [{instancePath:instancePath+"/bankDetails/paymentType",schemaPath:"#/$defs/bankDetails/properties/paymentType/enum",keyword:"enum",params:{allowedValues: schema109.properties.paymentType.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid17 = _errs107 === errors;
}
else {
var valid17 = true;
}
if(valid17){
if(data45.nameOfAccountHolder !== undefined){
const _errs109 = errors;
if(typeof data45.nameOfAccountHolder !== "string"){
validate58.errors = [{instancePath:instancePath+"/bankDetails/nameOfAccountHolder",schemaPath:"#/$defs/bankDetails/properties/nameOfAccountHolder/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid17 = _errs109 === errors;
}
else {
var valid17 = true;
}
if(valid17){
if(data45.iban !== undefined){
const _errs111 = errors;
if(typeof data45.iban !== "string"){
validate58.errors = [{instancePath:instancePath+"/bankDetails/iban",schemaPath:"#/$defs/bankDetails/properties/iban/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid17 = _errs111 === errors;
}
else {
var valid17 = true;
}
if(valid17){
if(data45.bicSwift !== undefined){
const _errs113 = errors;
if(typeof data45.bicSwift !== "string"){
validate58.errors = [{instancePath:instancePath+"/bankDetails/bicSwift",schemaPath:"#/$defs/bankDetails/properties/bicSwift/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid17 = _errs113 === errors;
}
else {
var valid17 = true;
}
if(valid17){
if(data45.bankName !== undefined){
const _errs115 = errors;
if(typeof data45.bankName !== "string"){
validate58.errors = [{instancePath:instancePath+"/bankDetails/bankName",schemaPath:"#/$defs/bankDetails/properties/bankName/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid17 = _errs115 === errors;
}
else {
var valid17 = true;
}
}
}
}
}
}
}
else {
validate58.errors = [{instancePath:instancePath+"/bankDetails",schemaPath:"#/$defs/bankDetails/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid0 = _errs103 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
}
}
}
}
}
}
}
}
}
else {
validate58.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate58.errors = vErrors;
return errors === 0;
}
validate58.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema110 = {"title":"PersonSystems","description":"Settings per system; a person is managed in each system named here.","type":"object","additionalProperties":false,"properties":{"kimai":{"description":"Manage this person in Kimai.","$ref":"#/$defs/kimai"},"papershift":{"description":"Manage this person in Papershift.","$ref":"#/$defs/papershift"},"mctime":{"description":"Manage this person in McTime.","$ref":"#/$defs/mctime"}}};
const schema111 = {"title":"KimaiPerson","description":"The person's Kimai user.","type":"object","additionalProperties":false,"required":["username"],"properties":{"username":{"description":"Kimai username (how an existing user is matched).","type":"string","minLength":2,"maxLength":64,"pattern":"^[^/<>\"=]+$"},"id":{"description":"Pins the Kimai user id.","type":"integer","minimum":1},"roles":{"description":"Kimai roles (ROLE_TEAMLEAD, ROLE_ADMIN, ROLE_SUPER_ADMIN, ...); ROLE_USER is implicit and not allowed.","type":"array","uniqueItems":true,"items":{"type":"string","pattern":"^ROLE_[A-Z0-9_]+$","not":{"const":"ROLE_USER"}}},"timezone":{"description":"IANA time zone; default from defaults.kimai.","type":"string","minLength":1},"language":{"description":"UI language; default from defaults.kimai.","type":"string","minLength":1},"locale":{"description":"Formatting locale; default from defaults.kimai.","type":"string","minLength":1},"alias":{"description":"Display name (Kimai keeps at most 60 characters).","type":"string","maxLength":60,"pattern":"^[^<>\"=]*$"},"title":{"description":"Job title (Kimai keeps at most 50 characters).","type":"string","maxLength":50,"pattern":"^[^<>\"=]*$"},"accountNumber":{"description":"Staff or account number (Kimai keeps at most 30 characters).","type":"string","maxLength":30,"pattern":"^[^<>\"=]*$"}}};
const schema112 = {"title":"PapershiftPerson","description":"The person's Papershift user.","type":"object","additionalProperties":false,"properties":{"id":{"description":"Pins the Papershift user id.","type":"string","format":"uuid"},"staffNumber":{"description":"Payroll staff number, unique in the account.","type":"integer","minimum":1,"maximum":99999}}};
const pattern25 = new RegExp("^[^/<>\"=]+$", "u");
const pattern26 = new RegExp("^ROLE_[A-Z0-9_]+$", "u");
const pattern27 = new RegExp("^[^<>\"=]*$", "u");
const formats22 = /^(?:urn:uuid:)?[0-9a-f]{8}-(?:[0-9a-f]{4}-){3}[0-9a-f]{12}$/i;
const schema113 = {"title":"McTimePerson","description":"The person's McTime user; fields other than id and roles are McTime's own user fields.","type":"object","additionalProperties":false,"properties":{"id":{"description":"Pins the McTime user id.","type":"string","format":"uuid"},"roles":{"description":"Roles per organization; absent: McTime's default (employee in the main organization). Not empty: McTime documents no user without a role.","type":"array","minItems":1,"items":{"$ref":"#/$defs/mctimeRole"}},"gender":{"description":"Gender.","type":"string","enum":["male","female","none"]},"mobilePhoneNumber":{"description":"Mobile phone number (for SMS notifications).","type":"string"},"nationality":{"description":"Nationality (ISO alpha-2, upper case).","$ref":"#/$defs/country"},"birthDate":{"description":"Date of birth.","$ref":"contracts.schema.json#/$defs/date"},"validFrom":{"description":"First day the user can sign in.","$ref":"contracts.schema.json#/$defs/date"},"address":{"description":"Postal address.","$ref":"#/$defs/address"},"exportIds":{"description":"Ids for matching the user in third-party systems.","$ref":"#/$defs/exportIds"},"availableLoginMethods":{"description":"0: web, 1: mobile apps, -1: no sign-in.","type":"array","uniqueItems":true,"items":{"type":"integer","enum":[-1,0,1]}}}};
const schema121 = {"title":"McTimeExportIds","description":"Ids for third-party systems.","type":"object","additionalProperties":false,"properties":{"exportId1":{"description":"Export id 1.","type":"string"},"exportId2":{"description":"Export id 2.","type":"string"},"exportId3":{"description":"Export id 3.","type":"string"},"hardwareTerminalChipId":{"description":"Chip id for the hardware terminal.","type":"string"}}};
const schema114 = {"title":"McTimeRole","description":"A role in some organizations.","type":"object","additionalProperties":false,"required":["role","organizations"],"properties":{"role":{"description":"The role.","type":"string","enum":["employee","approver","manager","administrator","main_administrator"]},"organizations":{"description":"Organizations, each by id or by name.","type":"array","minItems":1,"items":{"$ref":"#/$defs/mctimeOrganization"}}}};
const schema115 = {"title":"McTimeOrganization","description":"An organization by `id` (preferred) or by `name`: exactly one of them.","type":"object","additionalProperties":false,"minProperties":1,"maxProperties":1,"properties":{"id":{"description":"Organization id.","type":"string","minLength":1},"name":{"description":"Organization name.","type":"string","minLength":1}}};

function validate68(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate68.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if(((data.role === undefined) && (missing0 = "role")) || ((data.organizations === undefined) && (missing0 = "organizations"))){
validate68.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!((key0 === "role") || (key0 === "organizations"))){
validate68.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.role !== undefined){
let data0 = data.role;
const _errs2 = errors;
if(typeof data0 !== "string"){
validate68.errors = [{instancePath:instancePath+"/role",schemaPath:"#/properties/role/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if(!(((((data0 === "employee") || (data0 === "approver")) || (data0 === "manager")) || (data0 === "administrator")) || (data0 === "main_administrator"))){
validate68.errors = [{instancePath:instancePath+"/role",schemaPath:"#/properties/role/enum",keyword:"enum",params:{allowedValues: schema114.properties.role.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.organizations !== undefined){
let data1 = data.organizations;
const _errs4 = errors;
if(errors === _errs4){
if(Array.isArray(data1)){
if(data1.length < 1){
validate68.errors = [{instancePath:instancePath+"/organizations",schemaPath:"#/properties/organizations/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"}];
return false;
}
else {
var valid1 = true;
const len0 = data1.length;
for(let i0=0; i0<len0; i0++){
let data2 = data1[i0];
const _errs6 = errors;
const _errs7 = errors;
if(errors === _errs7){
if(data2 && typeof data2 == "object" && !Array.isArray(data2)){
if(Object.keys(data2).length > 1){
validate68.errors = [{instancePath:instancePath+"/organizations/" + i0,schemaPath:"#/$defs/mctimeOrganization/maxProperties",keyword:"maxProperties",params:{limit: 1},message:"must NOT have more than 1 properties"}];
return false;
}
else {
if(Object.keys(data2).length < 1){
validate68.errors = [{instancePath:instancePath+"/organizations/" + i0,schemaPath:"#/$defs/mctimeOrganization/minProperties",keyword:"minProperties",params:{limit: 1},message:"must NOT have fewer than 1 properties"}];
return false;
}
else {
const _errs9 = errors;
for(const key1 in data2){
if(!((key1 === "id") || (key1 === "name"))){
validate68.errors = [{instancePath:instancePath+"/organizations/" + i0,schemaPath:"#/$defs/mctimeOrganization/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs9 === errors){
if(data2.id !== undefined){
let data3 = data2.id;
const _errs10 = errors;
if(errors === _errs10){
if(typeof data3 === "string"){
if(func1(data3) < 1){
validate68.errors = [{instancePath:instancePath+"/organizations/" + i0+"/id",schemaPath:"#/$defs/mctimeOrganization/properties/id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
}
else {
validate68.errors = [{instancePath:instancePath+"/organizations/" + i0+"/id",schemaPath:"#/$defs/mctimeOrganization/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid3 = _errs10 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data2.name !== undefined){
let data4 = data2.name;
const _errs12 = errors;
if(errors === _errs12){
if(typeof data4 === "string"){
if(func1(data4) < 1){
validate68.errors = [{instancePath:instancePath+"/organizations/" + i0+"/name",schemaPath:"#/$defs/mctimeOrganization/properties/name/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
}
else {
validate68.errors = [{instancePath:instancePath+"/organizations/" + i0+"/name",schemaPath:"#/$defs/mctimeOrganization/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid3 = _errs12 === errors;
}
else {
var valid3 = true;
}
}
}
}
}
}
else {
validate68.errors = [{instancePath:instancePath+"/organizations/" + i0,schemaPath:"#/$defs/mctimeOrganization/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid1 = _errs6 === errors;
if(!valid1){
break;
}
}
}
}
else {
validate68.errors = [{instancePath:instancePath+"/organizations",schemaPath:"#/properties/organizations/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid0 = _errs4 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
else {
validate68.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate68.errors = vErrors;
return errors === 0;
}
validate68.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema119 = {"title":"McTimeAddress","description":"A postal address.","type":"object","additionalProperties":false,"properties":{"street":{"description":"Street and number.","type":"string"},"city":{"description":"City.","type":"string"},"state":{"description":"State or province.","type":"string"},"postalCode":{"description":"Postal code.","type":"string"},"country":{"description":"Country (ISO alpha-2, upper case).","$ref":"#/$defs/country"}}};

function validate70(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate70.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
const _errs1 = errors;
for(const key0 in data){
if(!(((((key0 === "street") || (key0 === "city")) || (key0 === "state")) || (key0 === "postalCode")) || (key0 === "country"))){
validate70.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.street !== undefined){
const _errs2 = errors;
if(typeof data.street !== "string"){
validate70.errors = [{instancePath:instancePath+"/street",schemaPath:"#/properties/street/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.city !== undefined){
const _errs4 = errors;
if(typeof data.city !== "string"){
validate70.errors = [{instancePath:instancePath+"/city",schemaPath:"#/properties/city/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs4 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.state !== undefined){
const _errs6 = errors;
if(typeof data.state !== "string"){
validate70.errors = [{instancePath:instancePath+"/state",schemaPath:"#/properties/state/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs6 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.postalCode !== undefined){
const _errs8 = errors;
if(typeof data.postalCode !== "string"){
validate70.errors = [{instancePath:instancePath+"/postalCode",schemaPath:"#/properties/postalCode/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs8 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.country !== undefined){
let data4 = data.country;
const _errs10 = errors;
const _errs11 = errors;
if(errors === _errs11){
if(typeof data4 === "string"){
if(!pattern24.test(data4)){
validate70.errors = [{instancePath:instancePath+"/country",schemaPath:"#/$defs/country/pattern",keyword:"pattern",params:{pattern: "^[A-Z]{2}$"},message:"must match pattern \""+"^[A-Z]{2}$"+"\""}];
return false;
}
}
else {
validate70.errors = [{instancePath:instancePath+"/country",schemaPath:"#/$defs/country/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs10 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
}
}
else {
validate70.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate70.errors = vErrors;
return errors === 0;
}
validate70.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


function validate67(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate67.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
const _errs1 = errors;
for(const key0 in data){
if(!(func22.call(schema113.properties, key0))){
validate67.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.id !== undefined){
let data0 = data.id;
const _errs2 = errors;
if(errors === _errs2){
if(errors === _errs2){
if(typeof data0 === "string"){
if(!(formats22.test(data0))){
validate67.errors = [{instancePath:instancePath+"/id",schemaPath:"#/properties/id/format",keyword:"format",params:{format: "uuid"},message:"must match format \""+"uuid"+"\""}];
return false;
}
}
else {
validate67.errors = [{instancePath:instancePath+"/id",schemaPath:"#/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.roles !== undefined){
let data1 = data.roles;
const _errs4 = errors;
if(errors === _errs4){
if(Array.isArray(data1)){
if(data1.length < 1){
validate67.errors = [{instancePath:instancePath+"/roles",schemaPath:"#/properties/roles/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"}];
return false;
}
else {
var valid1 = true;
const len0 = data1.length;
for(let i0=0; i0<len0; i0++){
const _errs6 = errors;
if(!(validate68(data1[i0], {instancePath:instancePath+"/roles/" + i0,parentData:data1,parentDataProperty:i0,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate68.errors : vErrors.concat(validate68.errors);
errors = vErrors.length;
}
var valid1 = _errs6 === errors;
if(!valid1){
break;
}
}
}
}
else {
validate67.errors = [{instancePath:instancePath+"/roles",schemaPath:"#/properties/roles/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid0 = _errs4 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.gender !== undefined){
let data3 = data.gender;
const _errs7 = errors;
if(typeof data3 !== "string"){
validate67.errors = [{instancePath:instancePath+"/gender",schemaPath:"#/properties/gender/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if(!(((data3 === "male") || (data3 === "female")) || (data3 === "none"))){
validate67.errors = [{instancePath:instancePath+"/gender",schemaPath:"#/properties/gender/enum",keyword:"enum",params:{allowedValues: schema113.properties.gender.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid0 = _errs7 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.mobilePhoneNumber !== undefined){
const _errs9 = errors;
if(typeof data.mobilePhoneNumber !== "string"){
validate67.errors = [{instancePath:instancePath+"/mobilePhoneNumber",schemaPath:"#/properties/mobilePhoneNumber/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs9 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.nationality !== undefined){
let data5 = data.nationality;
const _errs11 = errors;
const _errs12 = errors;
if(errors === _errs12){
if(typeof data5 === "string"){
if(!pattern24.test(data5)){
validate67.errors = [{instancePath:instancePath+"/nationality",schemaPath:"#/$defs/country/pattern",keyword:"pattern",params:{pattern: "^[A-Z]{2}$"},message:"must match pattern \""+"^[A-Z]{2}$"+"\""}];
return false;
}
}
else {
validate67.errors = [{instancePath:instancePath+"/nationality",schemaPath:"#/$defs/country/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs11 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.birthDate !== undefined){
let data6 = data.birthDate;
const _errs14 = errors;
const _errs15 = errors;
if(errors === _errs15){
if(errors === _errs15){
if(typeof data6 === "string"){
if(!(formats6.validate(data6))){
validate67.errors = [{instancePath:instancePath+"/birthDate",schemaPath:"contracts.schema.json#/$defs/date/format",keyword:"format",params:{format: "date"},message:"must match format \""+"date"+"\""}];
return false;
}
}
else {
validate67.errors = [{instancePath:instancePath+"/birthDate",schemaPath:"contracts.schema.json#/$defs/date/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
}
var valid0 = _errs14 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.validFrom !== undefined){
let data7 = data.validFrom;
const _errs17 = errors;
const _errs18 = errors;
if(errors === _errs18){
if(errors === _errs18){
if(typeof data7 === "string"){
if(!(formats6.validate(data7))){
validate67.errors = [{instancePath:instancePath+"/validFrom",schemaPath:"contracts.schema.json#/$defs/date/format",keyword:"format",params:{format: "date"},message:"must match format \""+"date"+"\""}];
return false;
}
}
else {
validate67.errors = [{instancePath:instancePath+"/validFrom",schemaPath:"contracts.schema.json#/$defs/date/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
}
var valid0 = _errs17 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.address !== undefined){
const _errs20 = errors;
if(!(validate70(data.address, {instancePath:instancePath+"/address",parentData:data,parentDataProperty:"address",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate70.errors : vErrors.concat(validate70.errors);
errors = vErrors.length;
}
var valid0 = _errs20 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.exportIds !== undefined){
let data9 = data.exportIds;
const _errs21 = errors;
const _errs22 = errors;
if(errors === _errs22){
if(data9 && typeof data9 == "object" && !Array.isArray(data9)){
const _errs24 = errors;
for(const key1 in data9){
if(!((((key1 === "exportId1") || (key1 === "exportId2")) || (key1 === "exportId3")) || (key1 === "hardwareTerminalChipId"))){
validate67.errors = [{instancePath:instancePath+"/exportIds",schemaPath:"#/$defs/exportIds/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs24 === errors){
if(data9.exportId1 !== undefined){
const _errs25 = errors;
if(typeof data9.exportId1 !== "string"){
validate67.errors = [{instancePath:instancePath+"/exportIds/exportId1",schemaPath:"#/$defs/exportIds/properties/exportId1/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid6 = _errs25 === errors;
}
else {
var valid6 = true;
}
if(valid6){
if(data9.exportId2 !== undefined){
const _errs27 = errors;
if(typeof data9.exportId2 !== "string"){
validate67.errors = [{instancePath:instancePath+"/exportIds/exportId2",schemaPath:"#/$defs/exportIds/properties/exportId2/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid6 = _errs27 === errors;
}
else {
var valid6 = true;
}
if(valid6){
if(data9.exportId3 !== undefined){
const _errs29 = errors;
if(typeof data9.exportId3 !== "string"){
validate67.errors = [{instancePath:instancePath+"/exportIds/exportId3",schemaPath:"#/$defs/exportIds/properties/exportId3/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid6 = _errs29 === errors;
}
else {
var valid6 = true;
}
if(valid6){
if(data9.hardwareTerminalChipId !== undefined){
const _errs31 = errors;
if(typeof data9.hardwareTerminalChipId !== "string"){
validate67.errors = [{instancePath:instancePath+"/exportIds/hardwareTerminalChipId",schemaPath:"#/$defs/exportIds/properties/hardwareTerminalChipId/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid6 = _errs31 === errors;
}
else {
var valid6 = true;
}
}
}
}
}
}
else {
validate67.errors = [{instancePath:instancePath+"/exportIds",schemaPath:"#/$defs/exportIds/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid0 = _errs21 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.availableLoginMethods !== undefined){
let data14 = data.availableLoginMethods;
const _errs33 = errors;
if(errors === _errs33){
if(Array.isArray(data14)){
var valid7 = true;
const len1 = data14.length;
for(let i1=0; i1<len1; i1++){
let data15 = data14[i1];
const _errs35 = errors;
if(!(((typeof data15 == "number") && (!(data15 % 1) && !isNaN(data15))) && (isFinite(data15)))){
validate67.errors = [{instancePath:instancePath+"/availableLoginMethods/" + i1,schemaPath:"#/properties/availableLoginMethods/items/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(!(((data15 === -1) || (data15 === 0)) || (data15 === 1))){
validate67.errors = [{instancePath:instancePath+"/availableLoginMethods/" + i1,schemaPath:"#/properties/availableLoginMethods/items/enum",keyword:"enum",params:{allowedValues: schema113.properties.availableLoginMethods.items.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid7 = _errs35 === errors;
if(!valid7){
break;
}
}
if(valid7){
let i2 = data14.length;
let j0;
if(i2 > 1){
const indices0 = {};
for(;i2--;){
let item0 = data14[i2];
if(!(((typeof item0 == "number") && (!(item0 % 1) && !isNaN(item0))) && (isFinite(item0)))){
continue;
}
if(typeof indices0[item0] == "number"){
j0 = indices0[item0];
validate67.errors = [{instancePath:instancePath+"/availableLoginMethods",schemaPath:"#/properties/availableLoginMethods/uniqueItems",keyword:"uniqueItems",params:{i: i2, j: j0},message:"must NOT have duplicate items (items ## "+j0+" and "+i2+" are identical)"}];
return false;
break;
}
indices0[item0] = i2;
}
}
}
}
else {
validate67.errors = [{instancePath:instancePath+"/availableLoginMethods",schemaPath:"#/properties/availableLoginMethods/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid0 = _errs33 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
}
}
}
}
}
}
}
else {
validate67.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate67.errors = vErrors;
return errors === 0;
}
validate67.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


function validate66(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate66.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
const _errs1 = errors;
for(const key0 in data){
if(!(((key0 === "kimai") || (key0 === "papershift")) || (key0 === "mctime"))){
validate66.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.kimai !== undefined){
let data0 = data.kimai;
const _errs2 = errors;
const _errs3 = errors;
if(errors === _errs3){
if(data0 && typeof data0 == "object" && !Array.isArray(data0)){
let missing0;
if((data0.username === undefined) && (missing0 = "username")){
validate66.errors = [{instancePath:instancePath+"/kimai",schemaPath:"#/$defs/kimai/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
const _errs5 = errors;
for(const key1 in data0){
if(!(func22.call(schema111.properties, key1))){
validate66.errors = [{instancePath:instancePath+"/kimai",schemaPath:"#/$defs/kimai/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs5 === errors){
if(data0.username !== undefined){
let data1 = data0.username;
const _errs6 = errors;
if(errors === _errs6){
if(typeof data1 === "string"){
if(func1(data1) > 64){
validate66.errors = [{instancePath:instancePath+"/kimai/username",schemaPath:"#/$defs/kimai/properties/username/maxLength",keyword:"maxLength",params:{limit: 64},message:"must NOT have more than 64 characters"}];
return false;
}
else {
if(func1(data1) < 2){
validate66.errors = [{instancePath:instancePath+"/kimai/username",schemaPath:"#/$defs/kimai/properties/username/minLength",keyword:"minLength",params:{limit: 2},message:"must NOT have fewer than 2 characters"}];
return false;
}
else {
if(!pattern25.test(data1)){
validate66.errors = [{instancePath:instancePath+"/kimai/username",schemaPath:"#/$defs/kimai/properties/username/pattern",keyword:"pattern",params:{pattern: "^[^/<>\"=]+$"},message:"must match pattern \""+"^[^/<>\"=]+$"+"\""}];
return false;
}
}
}
}
else {
validate66.errors = [{instancePath:instancePath+"/kimai/username",schemaPath:"#/$defs/kimai/properties/username/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid2 = _errs6 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data0.id !== undefined){
let data2 = data0.id;
const _errs8 = errors;
if(!(((typeof data2 == "number") && (!(data2 % 1) && !isNaN(data2))) && (isFinite(data2)))){
validate66.errors = [{instancePath:instancePath+"/kimai/id",schemaPath:"#/$defs/kimai/properties/id/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs8){
if((typeof data2 == "number") && (isFinite(data2))){
if(data2 < 1 || isNaN(data2)){
validate66.errors = [{instancePath:instancePath+"/kimai/id",schemaPath:"#/$defs/kimai/properties/id/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"}];
return false;
}
}
}
var valid2 = _errs8 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data0.roles !== undefined){
let data3 = data0.roles;
const _errs10 = errors;
if(errors === _errs10){
if(Array.isArray(data3)){
var valid3 = true;
const len0 = data3.length;
for(let i0=0; i0<len0; i0++){
let data4 = data3[i0];
const _errs12 = errors;
const _errs14 = errors;
const _errs15 = errors;
if("ROLE_USER" !== data4){
const err0 = {};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
var valid4 = _errs15 === errors;
if(valid4){
validate66.errors = [{instancePath:instancePath+"/kimai/roles/" + i0,schemaPath:"#/$defs/kimai/properties/roles/items/not",keyword:"not",params:{},message:"must NOT be valid"}];
return false;
}
else {
errors = _errs14;
if(vErrors !== null){
if(_errs14){
vErrors.length = _errs14;
}
else {
vErrors = null;
}
}
}
if(errors === _errs12){
if(typeof data4 === "string"){
if(!pattern26.test(data4)){
validate66.errors = [{instancePath:instancePath+"/kimai/roles/" + i0,schemaPath:"#/$defs/kimai/properties/roles/items/pattern",keyword:"pattern",params:{pattern: "^ROLE_[A-Z0-9_]+$"},message:"must match pattern \""+"^ROLE_[A-Z0-9_]+$"+"\""}];
return false;
}
}
else {
validate66.errors = [{instancePath:instancePath+"/kimai/roles/" + i0,schemaPath:"#/$defs/kimai/properties/roles/items/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid3 = _errs12 === errors;
if(!valid3){
break;
}
}
if(valid3){
let i1 = data3.length;
let j0;
if(i1 > 1){
const indices0 = {};
for(;i1--;){
let item0 = data3[i1];
if(typeof item0 !== "string"){
continue;
}
if(typeof indices0[item0] == "number"){
j0 = indices0[item0];
validate66.errors = [{instancePath:instancePath+"/kimai/roles",schemaPath:"#/$defs/kimai/properties/roles/uniqueItems",keyword:"uniqueItems",params:{i: i1, j: j0},message:"must NOT have duplicate items (items ## "+j0+" and "+i1+" are identical)"}];
return false;
break;
}
indices0[item0] = i1;
}
}
}
}
else {
validate66.errors = [{instancePath:instancePath+"/kimai/roles",schemaPath:"#/$defs/kimai/properties/roles/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid2 = _errs10 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data0.timezone !== undefined){
let data5 = data0.timezone;
const _errs16 = errors;
if(errors === _errs16){
if(typeof data5 === "string"){
if(func1(data5) < 1){
validate66.errors = [{instancePath:instancePath+"/kimai/timezone",schemaPath:"#/$defs/kimai/properties/timezone/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
}
else {
validate66.errors = [{instancePath:instancePath+"/kimai/timezone",schemaPath:"#/$defs/kimai/properties/timezone/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid2 = _errs16 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data0.language !== undefined){
let data6 = data0.language;
const _errs18 = errors;
if(errors === _errs18){
if(typeof data6 === "string"){
if(func1(data6) < 1){
validate66.errors = [{instancePath:instancePath+"/kimai/language",schemaPath:"#/$defs/kimai/properties/language/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
}
else {
validate66.errors = [{instancePath:instancePath+"/kimai/language",schemaPath:"#/$defs/kimai/properties/language/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid2 = _errs18 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data0.locale !== undefined){
let data7 = data0.locale;
const _errs20 = errors;
if(errors === _errs20){
if(typeof data7 === "string"){
if(func1(data7) < 1){
validate66.errors = [{instancePath:instancePath+"/kimai/locale",schemaPath:"#/$defs/kimai/properties/locale/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
}
else {
validate66.errors = [{instancePath:instancePath+"/kimai/locale",schemaPath:"#/$defs/kimai/properties/locale/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid2 = _errs20 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data0.alias !== undefined){
let data8 = data0.alias;
const _errs22 = errors;
if(errors === _errs22){
if(typeof data8 === "string"){
if(func1(data8) > 60){
validate66.errors = [{instancePath:instancePath+"/kimai/alias",schemaPath:"#/$defs/kimai/properties/alias/maxLength",keyword:"maxLength",params:{limit: 60},message:"must NOT have more than 60 characters"}];
return false;
}
else {
if(!pattern27.test(data8)){
validate66.errors = [{instancePath:instancePath+"/kimai/alias",schemaPath:"#/$defs/kimai/properties/alias/pattern",keyword:"pattern",params:{pattern: "^[^<>\"=]*$"},message:"must match pattern \""+"^[^<>\"=]*$"+"\""}];
return false;
}
}
}
else {
validate66.errors = [{instancePath:instancePath+"/kimai/alias",schemaPath:"#/$defs/kimai/properties/alias/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid2 = _errs22 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data0.title !== undefined){
let data9 = data0.title;
const _errs24 = errors;
if(errors === _errs24){
if(typeof data9 === "string"){
if(func1(data9) > 50){
validate66.errors = [{instancePath:instancePath+"/kimai/title",schemaPath:"#/$defs/kimai/properties/title/maxLength",keyword:"maxLength",params:{limit: 50},message:"must NOT have more than 50 characters"}];
return false;
}
else {
if(!pattern27.test(data9)){
validate66.errors = [{instancePath:instancePath+"/kimai/title",schemaPath:"#/$defs/kimai/properties/title/pattern",keyword:"pattern",params:{pattern: "^[^<>\"=]*$"},message:"must match pattern \""+"^[^<>\"=]*$"+"\""}];
return false;
}
}
}
else {
validate66.errors = [{instancePath:instancePath+"/kimai/title",schemaPath:"#/$defs/kimai/properties/title/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid2 = _errs24 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data0.accountNumber !== undefined){
let data10 = data0.accountNumber;
const _errs26 = errors;
if(errors === _errs26){
if(typeof data10 === "string"){
if(func1(data10) > 30){
validate66.errors = [{instancePath:instancePath+"/kimai/accountNumber",schemaPath:"#/$defs/kimai/properties/accountNumber/maxLength",keyword:"maxLength",params:{limit: 30},message:"must NOT have more than 30 characters"}];
return false;
}
else {
if(!pattern27.test(data10)){
validate66.errors = [{instancePath:instancePath+"/kimai/accountNumber",schemaPath:"#/$defs/kimai/properties/accountNumber/pattern",keyword:"pattern",params:{pattern: "^[^<>\"=]*$"},message:"must match pattern \""+"^[^<>\"=]*$"+"\""}];
return false;
}
}
}
else {
validate66.errors = [{instancePath:instancePath+"/kimai/accountNumber",schemaPath:"#/$defs/kimai/properties/accountNumber/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid2 = _errs26 === errors;
}
else {
var valid2 = true;
}
}
}
}
}
}
}
}
}
}
}
}
else {
validate66.errors = [{instancePath:instancePath+"/kimai",schemaPath:"#/$defs/kimai/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.papershift !== undefined){
let data11 = data.papershift;
const _errs28 = errors;
const _errs29 = errors;
if(errors === _errs29){
if(data11 && typeof data11 == "object" && !Array.isArray(data11)){
const _errs31 = errors;
for(const key2 in data11){
if(!((key2 === "id") || (key2 === "staffNumber"))){
validate66.errors = [{instancePath:instancePath+"/papershift",schemaPath:"#/$defs/papershift/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs31 === errors){
if(data11.id !== undefined){
let data12 = data11.id;
const _errs32 = errors;
if(errors === _errs32){
if(errors === _errs32){
if(typeof data12 === "string"){
if(!(formats22.test(data12))){
validate66.errors = [{instancePath:instancePath+"/papershift/id",schemaPath:"#/$defs/papershift/properties/id/format",keyword:"format",params:{format: "uuid"},message:"must match format \""+"uuid"+"\""}];
return false;
}
}
else {
validate66.errors = [{instancePath:instancePath+"/papershift/id",schemaPath:"#/$defs/papershift/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
}
var valid7 = _errs32 === errors;
}
else {
var valid7 = true;
}
if(valid7){
if(data11.staffNumber !== undefined){
let data13 = data11.staffNumber;
const _errs34 = errors;
if(!(((typeof data13 == "number") && (!(data13 % 1) && !isNaN(data13))) && (isFinite(data13)))){
validate66.errors = [{instancePath:instancePath+"/papershift/staffNumber",schemaPath:"#/$defs/papershift/properties/staffNumber/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs34){
if((typeof data13 == "number") && (isFinite(data13))){
if(data13 > 99999 || isNaN(data13)){
validate66.errors = [{instancePath:instancePath+"/papershift/staffNumber",schemaPath:"#/$defs/papershift/properties/staffNumber/maximum",keyword:"maximum",params:{comparison: "<=", limit: 99999},message:"must be <= 99999"}];
return false;
}
else {
if(data13 < 1 || isNaN(data13)){
validate66.errors = [{instancePath:instancePath+"/papershift/staffNumber",schemaPath:"#/$defs/papershift/properties/staffNumber/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"}];
return false;
}
}
}
}
var valid7 = _errs34 === errors;
}
else {
var valid7 = true;
}
}
}
}
else {
validate66.errors = [{instancePath:instancePath+"/papershift",schemaPath:"#/$defs/papershift/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid0 = _errs28 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.mctime !== undefined){
const _errs36 = errors;
if(!(validate67(data.mctime, {instancePath:instancePath+"/mctime",parentData:data,parentDataProperty:"mctime",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate67.errors : vErrors.concat(validate67.errors);
errors = vErrors.length;
}
var valid0 = _errs36 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
else {
validate66.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate66.errors = vErrors;
return errors === 0;
}
validate66.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


function validate78(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate78.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if(((((data.key === undefined) && (missing0 = "key")) || ((data.firstName === undefined) && (missing0 = "firstName"))) || ((data.lastName === undefined) && (missing0 = "lastName"))) || ((data.email === undefined) && (missing0 = "email"))){
validate78.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!((((((((key0 === "key") || (key0 === "firstName")) || (key0 === "lastName")) || (key0 === "email")) || (key0 === "leaveDate")) || (key0 === "contracts")) || (key0 === "employments")) || (key0 === "systems"))){
validate78.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.key !== undefined){
let data0 = data.key;
const _errs2 = errors;
if(errors === _errs2){
if(typeof data0 === "string"){
if(!pattern14.test(data0)){
validate78.errors = [{instancePath:instancePath+"/key",schemaPath:"#/properties/key/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9._-]+$"},message:"must match pattern \""+"^[a-z0-9._-]+$"+"\""}];
return false;
}
}
else {
validate78.errors = [{instancePath:instancePath+"/key",schemaPath:"#/properties/key/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.firstName !== undefined){
let data1 = data.firstName;
const _errs4 = errors;
if(errors === _errs4){
if(typeof data1 === "string"){
if(func1(data1) < 1){
validate78.errors = [{instancePath:instancePath+"/firstName",schemaPath:"#/properties/firstName/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
}
else {
validate78.errors = [{instancePath:instancePath+"/firstName",schemaPath:"#/properties/firstName/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs4 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.lastName !== undefined){
let data2 = data.lastName;
const _errs6 = errors;
if(errors === _errs6){
if(typeof data2 === "string"){
if(func1(data2) < 1){
validate78.errors = [{instancePath:instancePath+"/lastName",schemaPath:"#/properties/lastName/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
}
else {
validate78.errors = [{instancePath:instancePath+"/lastName",schemaPath:"#/properties/lastName/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs6 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.email !== undefined){
let data3 = data.email;
const _errs8 = errors;
if(errors === _errs8){
if(errors === _errs8){
if(typeof data3 === "string"){
if(!(formats8.test(data3))){
validate78.errors = [{instancePath:instancePath+"/email",schemaPath:"#/properties/email/format",keyword:"format",params:{format: "email"},message:"must match format \""+"email"+"\""}];
return false;
}
}
else {
validate78.errors = [{instancePath:instancePath+"/email",schemaPath:"#/properties/email/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
}
var valid0 = _errs8 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.leaveDate !== undefined){
let data4 = data.leaveDate;
const _errs10 = errors;
const _errs11 = errors;
if(errors === _errs11){
if(errors === _errs11){
if(typeof data4 === "string"){
if(!(formats6.validate(data4))){
validate78.errors = [{instancePath:instancePath+"/leaveDate",schemaPath:"contracts.schema.json#/$defs/date/format",keyword:"format",params:{format: "date"},message:"must match format \""+"date"+"\""}];
return false;
}
}
else {
validate78.errors = [{instancePath:instancePath+"/leaveDate",schemaPath:"contracts.schema.json#/$defs/date/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
}
var valid0 = _errs10 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.contracts !== undefined){
let data5 = data.contracts;
const _errs13 = errors;
if(errors === _errs13){
if(Array.isArray(data5)){
var valid2 = true;
const len0 = data5.length;
for(let i0=0; i0<len0; i0++){
const _errs15 = errors;
if(!(validate52(data5[i0], {instancePath:instancePath+"/contracts/" + i0,parentData:data5,parentDataProperty:i0,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate52.errors : vErrors.concat(validate52.errors);
errors = vErrors.length;
}
var valid2 = _errs15 === errors;
if(!valid2){
break;
}
}
}
else {
validate78.errors = [{instancePath:instancePath+"/contracts",schemaPath:"#/properties/contracts/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid0 = _errs13 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.employments !== undefined){
let data7 = data.employments;
const _errs16 = errors;
if(errors === _errs16){
if(Array.isArray(data7)){
var valid3 = true;
const len1 = data7.length;
for(let i1=0; i1<len1; i1++){
const _errs18 = errors;
if(!(validate58(data7[i1], {instancePath:instancePath+"/employments/" + i1,parentData:data7,parentDataProperty:i1,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate58.errors : vErrors.concat(validate58.errors);
errors = vErrors.length;
}
var valid3 = _errs18 === errors;
if(!valid3){
break;
}
}
}
else {
validate78.errors = [{instancePath:instancePath+"/employments",schemaPath:"#/properties/employments/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid0 = _errs16 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.systems !== undefined){
const _errs19 = errors;
if(!(validate66(data.systems, {instancePath:instancePath+"/systems",parentData:data,parentDataProperty:"systems",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate66.errors : vErrors.concat(validate66.errors);
errors = vErrors.length;
}
var valid0 = _errs19 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
}
}
}
}
}
}
else {
validate78.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate78.errors = vErrors;
return errors === 0;
}
validate78.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

exports.personList = validate82;
const schema122 = {"title":"PersonList","description":"Several people in one file.","type":"object","additionalProperties":false,"required":["people"],"properties":{"people":{"description":"The people.","type":"array","minItems":1,"items":{"$ref":"#/$defs/person"}}}};

function validate51(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate51.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if(((((data.key === undefined) && (missing0 = "key")) || ((data.firstName === undefined) && (missing0 = "firstName"))) || ((data.lastName === undefined) && (missing0 = "lastName"))) || ((data.email === undefined) && (missing0 = "email"))){
validate51.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!((((((((key0 === "key") || (key0 === "firstName")) || (key0 === "lastName")) || (key0 === "email")) || (key0 === "leaveDate")) || (key0 === "contracts")) || (key0 === "employments")) || (key0 === "systems"))){
validate51.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.key !== undefined){
let data0 = data.key;
const _errs2 = errors;
if(errors === _errs2){
if(typeof data0 === "string"){
if(!pattern14.test(data0)){
validate51.errors = [{instancePath:instancePath+"/key",schemaPath:"#/properties/key/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9._-]+$"},message:"must match pattern \""+"^[a-z0-9._-]+$"+"\""}];
return false;
}
}
else {
validate51.errors = [{instancePath:instancePath+"/key",schemaPath:"#/properties/key/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.firstName !== undefined){
let data1 = data.firstName;
const _errs4 = errors;
if(errors === _errs4){
if(typeof data1 === "string"){
if(func1(data1) < 1){
validate51.errors = [{instancePath:instancePath+"/firstName",schemaPath:"#/properties/firstName/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
}
else {
validate51.errors = [{instancePath:instancePath+"/firstName",schemaPath:"#/properties/firstName/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs4 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.lastName !== undefined){
let data2 = data.lastName;
const _errs6 = errors;
if(errors === _errs6){
if(typeof data2 === "string"){
if(func1(data2) < 1){
validate51.errors = [{instancePath:instancePath+"/lastName",schemaPath:"#/properties/lastName/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
}
else {
validate51.errors = [{instancePath:instancePath+"/lastName",schemaPath:"#/properties/lastName/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs6 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.email !== undefined){
let data3 = data.email;
const _errs8 = errors;
if(errors === _errs8){
if(errors === _errs8){
if(typeof data3 === "string"){
if(!(formats8.test(data3))){
validate51.errors = [{instancePath:instancePath+"/email",schemaPath:"#/properties/email/format",keyword:"format",params:{format: "email"},message:"must match format \""+"email"+"\""}];
return false;
}
}
else {
validate51.errors = [{instancePath:instancePath+"/email",schemaPath:"#/properties/email/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
}
var valid0 = _errs8 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.leaveDate !== undefined){
let data4 = data.leaveDate;
const _errs10 = errors;
const _errs11 = errors;
if(errors === _errs11){
if(errors === _errs11){
if(typeof data4 === "string"){
if(!(formats6.validate(data4))){
validate51.errors = [{instancePath:instancePath+"/leaveDate",schemaPath:"contracts.schema.json#/$defs/date/format",keyword:"format",params:{format: "date"},message:"must match format \""+"date"+"\""}];
return false;
}
}
else {
validate51.errors = [{instancePath:instancePath+"/leaveDate",schemaPath:"contracts.schema.json#/$defs/date/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
}
var valid0 = _errs10 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.contracts !== undefined){
let data5 = data.contracts;
const _errs13 = errors;
if(errors === _errs13){
if(Array.isArray(data5)){
var valid2 = true;
const len0 = data5.length;
for(let i0=0; i0<len0; i0++){
const _errs15 = errors;
if(!(validate52(data5[i0], {instancePath:instancePath+"/contracts/" + i0,parentData:data5,parentDataProperty:i0,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate52.errors : vErrors.concat(validate52.errors);
errors = vErrors.length;
}
var valid2 = _errs15 === errors;
if(!valid2){
break;
}
}
}
else {
validate51.errors = [{instancePath:instancePath+"/contracts",schemaPath:"#/properties/contracts/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid0 = _errs13 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.employments !== undefined){
let data7 = data.employments;
const _errs16 = errors;
if(errors === _errs16){
if(Array.isArray(data7)){
var valid3 = true;
const len1 = data7.length;
for(let i1=0; i1<len1; i1++){
const _errs18 = errors;
if(!(validate58(data7[i1], {instancePath:instancePath+"/employments/" + i1,parentData:data7,parentDataProperty:i1,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate58.errors : vErrors.concat(validate58.errors);
errors = vErrors.length;
}
var valid3 = _errs18 === errors;
if(!valid3){
break;
}
}
}
else {
validate51.errors = [{instancePath:instancePath+"/employments",schemaPath:"#/properties/employments/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid0 = _errs16 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.systems !== undefined){
const _errs19 = errors;
if(!(validate66(data.systems, {instancePath:instancePath+"/systems",parentData:data,parentDataProperty:"systems",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate66.errors : vErrors.concat(validate66.errors);
errors = vErrors.length;
}
var valid0 = _errs19 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
}
}
}
}
}
}
else {
validate51.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate51.errors = vErrors;
return errors === 0;
}
validate51.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


function validate82(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate82.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((data.people === undefined) && (missing0 = "people")){
validate82.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!(key0 === "people")){
validate82.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.people !== undefined){
let data0 = data.people;
const _errs2 = errors;
if(errors === _errs2){
if(Array.isArray(data0)){
if(data0.length < 1){
validate82.errors = [{instancePath:instancePath+"/people",schemaPath:"#/properties/people/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"}];
return false;
}
else {
var valid1 = true;
const len0 = data0.length;
for(let i0=0; i0<len0; i0++){
const _errs4 = errors;
if(!(validate51(data0[i0], {instancePath:instancePath+"/people/" + i0,parentData:data0,parentDataProperty:i0,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate51.errors : vErrors.concat(validate51.errors);
errors = vErrors.length;
}
var valid1 = _errs4 === errors;
if(!valid1){
break;
}
}
}
}
else {
validate82.errors = [{instancePath:instancePath+"/people",schemaPath:"#/properties/people/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
}
}
}
}
else {
validate82.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate82.errors = vErrors;
return errors === 0;
}
validate82.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

