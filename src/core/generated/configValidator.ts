// @ts-nocheck
// Generated from CONFIG_SCHEMA in src/core/config.ts by `npm run schemas` (scripts/validators.mjs): do not edit.
import { formats } from '../schemaFormats.js';
"use strict";
export const validate = validate10;
export default validate10;
const schema11 = {"$schema":"http://json-schema.org/draft-07/schema#","$id":"https://jupyterlab-letgo/letgo.config.schema.json","title":"letgo configuration","type":"object","additionalProperties":false,"properties":{"$schema":{"type":"string"},"manager":{"type":"array","items":{"type":"string","minLength":1},"description":"Manager emails or full names."},"team":{"type":"array","items":{"type":"string","minLength":1},"description":"Team roster besides the manager (emails or full names). Empty: the regulars."},"aliases":{"type":"object","additionalProperties":{"type":"string","minLength":1},"description":"Email or name -> email or name of the same person; a key \"login:NAME\" maps a GitHub login of a --reviews export to a person (\"login:octocat\": \"octo@company.com\")."},"doNotMergeByName":{"type":"array","items":{"type":"string","minLength":1},"description":"Full names that must not merge identities."},"bots":{"type":"array","items":{"type":"string","minLength":1},"description":"Extra bot patterns (globs on name and email)."},"aiAssistants":{"type":"array","items":{"type":"string","minLength":1},"description":"Extra AI coding assistant patterns (globs on name and email): never people; their commits count as AI-assisted."},"humans":{"type":"array","items":{"type":"string","minLength":1},"description":"Emails or names that are people even when a bot or AI pattern, or the likely-automation rule, matches them."},"tiers":{"type":"array","items":{"type":"object","additionalProperties":false,"required":["tier"],"properties":{"tier":{"enum":["strategic","implementation","tactical"]},"paths":{"type":"array","items":{"type":"string","minLength":1}},"message":{"type":"string","format":"regex"}}}},"kinds":{"type":"object","additionalProperties":false,"properties":{"notebook":{"type":"array","items":{"type":"string","minLength":1}},"code":{"type":"array","items":{"type":"string","minLength":1}},"docs":{"type":"array","items":{"type":"string","minLength":1}},"config":{"type":"array","items":{"type":"string","minLength":1}},"data":{"type":"array","items":{"type":"string","minLength":1}},"generated":{"type":"array","items":{"type":"string","minLength":1}}}},"thresholds":{"type":"object","additionalProperties":false,"properties":{"holdingBackRatio":{"type":"number","exclusiveMinimum":0},"watchRatio":{"type":"number","exclusiveMinimum":0},"minActiveMembers":{"type":"integer","minimum":1},"minHandsOnCommits":{"type":"integer","minimum":0},"ownerShare":{"type":"number","minimum":0,"maximum":1},"onlyYouDays":{"type":"integer","minimum":1},"inFlightDays":{"type":"integer","minimum":0},"snackLines":{"type":"integer","minimum":0},"workdayStartHour":{"type":"integer","minimum":0,"maximum":24},"workdayEndHour":{"type":"integer","minimum":0,"maximum":24},"regularWeeks":{"type":"integer","minimum":1},"outOfTouchDays":{"type":"integer","minimum":1},"automationCommits":{"type":"integer","minimum":1},"automationShare":{"type":"number","exclusiveMinimum":0,"maximum":1},"automationFiles":{"type":"integer","minimum":1}}},"notebooks":{"type":"object","additionalProperties":false,"properties":{"lines":{"enum":["cells","git"]},"maxBlobBytes":{"type":"integer","minimum":1}}},"delegate":{"type":"array","items":{"type":"object","additionalProperties":false,"required":["tier","since","weeks"],"properties":{"tier":{"enum":["strategic","implementation","tactical"]},"since":{"type":"string","pattern":"^\\d{4}-\\d{2}-\\d{2}$"},"weeks":{"type":"number","exclusiveMinimum":0,"maximum":520}}}}}};
const func2 = Object.prototype.hasOwnProperty;
const func3 = function ucs2length(str) {
    const len = str.length;
    let length = 0;
    let pos = 0;
    let value;
    while (pos < len) {
        length++;
        value = str.charCodeAt(pos++);
        if (value >= 0xd800 && value <= 0xdbff && pos < len) {
            // high surrogate, and there is a next character
            value = str.charCodeAt(pos);
            if ((value & 0xfc00) === 0xdc00)
                pos++; // low surrogate
        }
    }
    return length;
};
const formats0 = formats.regex;
const pattern0 = new RegExp("^\\d{4}-\\d{2}-\\d{2}$", "u");

function validate10(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="https://jupyterlab-letgo/letgo.config.schema.json" */;
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
const _errs1 = errors;
for(const key0 in data){
if(!(func2.call(schema11.properties, key0))){
validate10.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.$schema !== undefined){
const _errs2 = errors;
if(typeof data.$schema !== "string"){
validate10.errors = [{instancePath:instancePath+"/$schema",schemaPath:"#/properties/%24schema/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.manager !== undefined){
let data1 = data.manager;
const _errs4 = errors;
if(errors === _errs4){
if(Array.isArray(data1)){
var valid1 = true;
const len0 = data1.length;
for(let i0=0; i0<len0; i0++){
let data2 = data1[i0];
const _errs6 = errors;
if(errors === _errs6){
if(typeof data2 === "string"){
if(func3(data2) < 1){
validate10.errors = [{instancePath:instancePath+"/manager/" + i0,schemaPath:"#/properties/manager/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
}
else {
validate10.errors = [{instancePath:instancePath+"/manager/" + i0,schemaPath:"#/properties/manager/items/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid1 = _errs6 === errors;
if(!valid1){
break;
}
}
}
else {
validate10.errors = [{instancePath:instancePath+"/manager",schemaPath:"#/properties/manager/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid0 = _errs4 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.team !== undefined){
let data3 = data.team;
const _errs8 = errors;
if(errors === _errs8){
if(Array.isArray(data3)){
var valid2 = true;
const len1 = data3.length;
for(let i1=0; i1<len1; i1++){
let data4 = data3[i1];
const _errs10 = errors;
if(errors === _errs10){
if(typeof data4 === "string"){
if(func3(data4) < 1){
validate10.errors = [{instancePath:instancePath+"/team/" + i1,schemaPath:"#/properties/team/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
}
else {
validate10.errors = [{instancePath:instancePath+"/team/" + i1,schemaPath:"#/properties/team/items/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid2 = _errs10 === errors;
if(!valid2){
break;
}
}
}
else {
validate10.errors = [{instancePath:instancePath+"/team",schemaPath:"#/properties/team/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid0 = _errs8 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.aliases !== undefined){
let data5 = data.aliases;
const _errs12 = errors;
if(errors === _errs12){
if(data5 && typeof data5 == "object" && !Array.isArray(data5)){
for(const key1 in data5){
let data6 = data5[key1];
const _errs15 = errors;
if(errors === _errs15){
if(typeof data6 === "string"){
if(func3(data6) < 1){
validate10.errors = [{instancePath:instancePath+"/aliases/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/aliases/additionalProperties/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
}
else {
validate10.errors = [{instancePath:instancePath+"/aliases/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/aliases/additionalProperties/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid3 = _errs15 === errors;
if(!valid3){
break;
}
}
}
else {
validate10.errors = [{instancePath:instancePath+"/aliases",schemaPath:"#/properties/aliases/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid0 = _errs12 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.doNotMergeByName !== undefined){
let data7 = data.doNotMergeByName;
const _errs17 = errors;
if(errors === _errs17){
if(Array.isArray(data7)){
var valid4 = true;
const len2 = data7.length;
for(let i2=0; i2<len2; i2++){
let data8 = data7[i2];
const _errs19 = errors;
if(errors === _errs19){
if(typeof data8 === "string"){
if(func3(data8) < 1){
validate10.errors = [{instancePath:instancePath+"/doNotMergeByName/" + i2,schemaPath:"#/properties/doNotMergeByName/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
}
else {
validate10.errors = [{instancePath:instancePath+"/doNotMergeByName/" + i2,schemaPath:"#/properties/doNotMergeByName/items/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid4 = _errs19 === errors;
if(!valid4){
break;
}
}
}
else {
validate10.errors = [{instancePath:instancePath+"/doNotMergeByName",schemaPath:"#/properties/doNotMergeByName/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid0 = _errs17 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.bots !== undefined){
let data9 = data.bots;
const _errs21 = errors;
if(errors === _errs21){
if(Array.isArray(data9)){
var valid5 = true;
const len3 = data9.length;
for(let i3=0; i3<len3; i3++){
let data10 = data9[i3];
const _errs23 = errors;
if(errors === _errs23){
if(typeof data10 === "string"){
if(func3(data10) < 1){
validate10.errors = [{instancePath:instancePath+"/bots/" + i3,schemaPath:"#/properties/bots/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
}
else {
validate10.errors = [{instancePath:instancePath+"/bots/" + i3,schemaPath:"#/properties/bots/items/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid5 = _errs23 === errors;
if(!valid5){
break;
}
}
}
else {
validate10.errors = [{instancePath:instancePath+"/bots",schemaPath:"#/properties/bots/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid0 = _errs21 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.aiAssistants !== undefined){
let data11 = data.aiAssistants;
const _errs25 = errors;
if(errors === _errs25){
if(Array.isArray(data11)){
var valid6 = true;
const len4 = data11.length;
for(let i4=0; i4<len4; i4++){
let data12 = data11[i4];
const _errs27 = errors;
if(errors === _errs27){
if(typeof data12 === "string"){
if(func3(data12) < 1){
validate10.errors = [{instancePath:instancePath+"/aiAssistants/" + i4,schemaPath:"#/properties/aiAssistants/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
}
else {
validate10.errors = [{instancePath:instancePath+"/aiAssistants/" + i4,schemaPath:"#/properties/aiAssistants/items/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid6 = _errs27 === errors;
if(!valid6){
break;
}
}
}
else {
validate10.errors = [{instancePath:instancePath+"/aiAssistants",schemaPath:"#/properties/aiAssistants/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid0 = _errs25 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.humans !== undefined){
let data13 = data.humans;
const _errs29 = errors;
if(errors === _errs29){
if(Array.isArray(data13)){
var valid7 = true;
const len5 = data13.length;
for(let i5=0; i5<len5; i5++){
let data14 = data13[i5];
const _errs31 = errors;
if(errors === _errs31){
if(typeof data14 === "string"){
if(func3(data14) < 1){
validate10.errors = [{instancePath:instancePath+"/humans/" + i5,schemaPath:"#/properties/humans/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
}
else {
validate10.errors = [{instancePath:instancePath+"/humans/" + i5,schemaPath:"#/properties/humans/items/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid7 = _errs31 === errors;
if(!valid7){
break;
}
}
}
else {
validate10.errors = [{instancePath:instancePath+"/humans",schemaPath:"#/properties/humans/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid0 = _errs29 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.tiers !== undefined){
let data15 = data.tiers;
const _errs33 = errors;
if(errors === _errs33){
if(Array.isArray(data15)){
var valid8 = true;
const len6 = data15.length;
for(let i6=0; i6<len6; i6++){
let data16 = data15[i6];
const _errs35 = errors;
if(errors === _errs35){
if(data16 && typeof data16 == "object" && !Array.isArray(data16)){
let missing0;
if((data16.tier === undefined) && (missing0 = "tier")){
validate10.errors = [{instancePath:instancePath+"/tiers/" + i6,schemaPath:"#/properties/tiers/items/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
const _errs37 = errors;
for(const key2 in data16){
if(!(((key2 === "tier") || (key2 === "paths")) || (key2 === "message"))){
validate10.errors = [{instancePath:instancePath+"/tiers/" + i6,schemaPath:"#/properties/tiers/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs37 === errors){
if(data16.tier !== undefined){
let data17 = data16.tier;
const _errs38 = errors;
if(!(((data17 === "strategic") || (data17 === "implementation")) || (data17 === "tactical"))){
validate10.errors = [{instancePath:instancePath+"/tiers/" + i6+"/tier",schemaPath:"#/properties/tiers/items/properties/tier/enum",keyword:"enum",params:{allowedValues: schema11.properties.tiers.items.properties.tier.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid9 = _errs38 === errors;
}
else {
var valid9 = true;
}
if(valid9){
if(data16.paths !== undefined){
let data18 = data16.paths;
const _errs39 = errors;
if(errors === _errs39){
if(Array.isArray(data18)){
var valid10 = true;
const len7 = data18.length;
for(let i7=0; i7<len7; i7++){
let data19 = data18[i7];
const _errs41 = errors;
if(errors === _errs41){
if(typeof data19 === "string"){
if(func3(data19) < 1){
validate10.errors = [{instancePath:instancePath+"/tiers/" + i6+"/paths/" + i7,schemaPath:"#/properties/tiers/items/properties/paths/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
}
else {
validate10.errors = [{instancePath:instancePath+"/tiers/" + i6+"/paths/" + i7,schemaPath:"#/properties/tiers/items/properties/paths/items/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid10 = _errs41 === errors;
if(!valid10){
break;
}
}
}
else {
validate10.errors = [{instancePath:instancePath+"/tiers/" + i6+"/paths",schemaPath:"#/properties/tiers/items/properties/paths/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid9 = _errs39 === errors;
}
else {
var valid9 = true;
}
if(valid9){
if(data16.message !== undefined){
let data20 = data16.message;
const _errs43 = errors;
if(errors === _errs43){
if(errors === _errs43){
if(typeof data20 === "string"){
if(!(formats0(data20))){
validate10.errors = [{instancePath:instancePath+"/tiers/" + i6+"/message",schemaPath:"#/properties/tiers/items/properties/message/format",keyword:"format",params:{format: "regex"},message:"must match format \""+"regex"+"\""}];
return false;
}
}
else {
validate10.errors = [{instancePath:instancePath+"/tiers/" + i6+"/message",schemaPath:"#/properties/tiers/items/properties/message/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
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
}
else {
validate10.errors = [{instancePath:instancePath+"/tiers/" + i6,schemaPath:"#/properties/tiers/items/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid8 = _errs35 === errors;
if(!valid8){
break;
}
}
}
else {
validate10.errors = [{instancePath:instancePath+"/tiers",schemaPath:"#/properties/tiers/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid0 = _errs33 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.kinds !== undefined){
let data21 = data.kinds;
const _errs45 = errors;
if(errors === _errs45){
if(data21 && typeof data21 == "object" && !Array.isArray(data21)){
const _errs47 = errors;
for(const key3 in data21){
if(!((((((key3 === "notebook") || (key3 === "code")) || (key3 === "docs")) || (key3 === "config")) || (key3 === "data")) || (key3 === "generated"))){
validate10.errors = [{instancePath:instancePath+"/kinds",schemaPath:"#/properties/kinds/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key3},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs47 === errors){
if(data21.notebook !== undefined){
let data22 = data21.notebook;
const _errs48 = errors;
if(errors === _errs48){
if(Array.isArray(data22)){
var valid12 = true;
const len8 = data22.length;
for(let i8=0; i8<len8; i8++){
let data23 = data22[i8];
const _errs50 = errors;
if(errors === _errs50){
if(typeof data23 === "string"){
if(func3(data23) < 1){
validate10.errors = [{instancePath:instancePath+"/kinds/notebook/" + i8,schemaPath:"#/properties/kinds/properties/notebook/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
}
else {
validate10.errors = [{instancePath:instancePath+"/kinds/notebook/" + i8,schemaPath:"#/properties/kinds/properties/notebook/items/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid12 = _errs50 === errors;
if(!valid12){
break;
}
}
}
else {
validate10.errors = [{instancePath:instancePath+"/kinds/notebook",schemaPath:"#/properties/kinds/properties/notebook/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid11 = _errs48 === errors;
}
else {
var valid11 = true;
}
if(valid11){
if(data21.code !== undefined){
let data24 = data21.code;
const _errs52 = errors;
if(errors === _errs52){
if(Array.isArray(data24)){
var valid13 = true;
const len9 = data24.length;
for(let i9=0; i9<len9; i9++){
let data25 = data24[i9];
const _errs54 = errors;
if(errors === _errs54){
if(typeof data25 === "string"){
if(func3(data25) < 1){
validate10.errors = [{instancePath:instancePath+"/kinds/code/" + i9,schemaPath:"#/properties/kinds/properties/code/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
}
else {
validate10.errors = [{instancePath:instancePath+"/kinds/code/" + i9,schemaPath:"#/properties/kinds/properties/code/items/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid13 = _errs54 === errors;
if(!valid13){
break;
}
}
}
else {
validate10.errors = [{instancePath:instancePath+"/kinds/code",schemaPath:"#/properties/kinds/properties/code/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid11 = _errs52 === errors;
}
else {
var valid11 = true;
}
if(valid11){
if(data21.docs !== undefined){
let data26 = data21.docs;
const _errs56 = errors;
if(errors === _errs56){
if(Array.isArray(data26)){
var valid14 = true;
const len10 = data26.length;
for(let i10=0; i10<len10; i10++){
let data27 = data26[i10];
const _errs58 = errors;
if(errors === _errs58){
if(typeof data27 === "string"){
if(func3(data27) < 1){
validate10.errors = [{instancePath:instancePath+"/kinds/docs/" + i10,schemaPath:"#/properties/kinds/properties/docs/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
}
else {
validate10.errors = [{instancePath:instancePath+"/kinds/docs/" + i10,schemaPath:"#/properties/kinds/properties/docs/items/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid14 = _errs58 === errors;
if(!valid14){
break;
}
}
}
else {
validate10.errors = [{instancePath:instancePath+"/kinds/docs",schemaPath:"#/properties/kinds/properties/docs/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid11 = _errs56 === errors;
}
else {
var valid11 = true;
}
if(valid11){
if(data21.config !== undefined){
let data28 = data21.config;
const _errs60 = errors;
if(errors === _errs60){
if(Array.isArray(data28)){
var valid15 = true;
const len11 = data28.length;
for(let i11=0; i11<len11; i11++){
let data29 = data28[i11];
const _errs62 = errors;
if(errors === _errs62){
if(typeof data29 === "string"){
if(func3(data29) < 1){
validate10.errors = [{instancePath:instancePath+"/kinds/config/" + i11,schemaPath:"#/properties/kinds/properties/config/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
}
else {
validate10.errors = [{instancePath:instancePath+"/kinds/config/" + i11,schemaPath:"#/properties/kinds/properties/config/items/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid15 = _errs62 === errors;
if(!valid15){
break;
}
}
}
else {
validate10.errors = [{instancePath:instancePath+"/kinds/config",schemaPath:"#/properties/kinds/properties/config/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid11 = _errs60 === errors;
}
else {
var valid11 = true;
}
if(valid11){
if(data21.data !== undefined){
let data30 = data21.data;
const _errs64 = errors;
if(errors === _errs64){
if(Array.isArray(data30)){
var valid16 = true;
const len12 = data30.length;
for(let i12=0; i12<len12; i12++){
let data31 = data30[i12];
const _errs66 = errors;
if(errors === _errs66){
if(typeof data31 === "string"){
if(func3(data31) < 1){
validate10.errors = [{instancePath:instancePath+"/kinds/data/" + i12,schemaPath:"#/properties/kinds/properties/data/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
}
else {
validate10.errors = [{instancePath:instancePath+"/kinds/data/" + i12,schemaPath:"#/properties/kinds/properties/data/items/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid16 = _errs66 === errors;
if(!valid16){
break;
}
}
}
else {
validate10.errors = [{instancePath:instancePath+"/kinds/data",schemaPath:"#/properties/kinds/properties/data/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid11 = _errs64 === errors;
}
else {
var valid11 = true;
}
if(valid11){
if(data21.generated !== undefined){
let data32 = data21.generated;
const _errs68 = errors;
if(errors === _errs68){
if(Array.isArray(data32)){
var valid17 = true;
const len13 = data32.length;
for(let i13=0; i13<len13; i13++){
let data33 = data32[i13];
const _errs70 = errors;
if(errors === _errs70){
if(typeof data33 === "string"){
if(func3(data33) < 1){
validate10.errors = [{instancePath:instancePath+"/kinds/generated/" + i13,schemaPath:"#/properties/kinds/properties/generated/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
}
else {
validate10.errors = [{instancePath:instancePath+"/kinds/generated/" + i13,schemaPath:"#/properties/kinds/properties/generated/items/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid17 = _errs70 === errors;
if(!valid17){
break;
}
}
}
else {
validate10.errors = [{instancePath:instancePath+"/kinds/generated",schemaPath:"#/properties/kinds/properties/generated/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid11 = _errs68 === errors;
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
else {
validate10.errors = [{instancePath:instancePath+"/kinds",schemaPath:"#/properties/kinds/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid0 = _errs45 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.thresholds !== undefined){
let data34 = data.thresholds;
const _errs72 = errors;
if(errors === _errs72){
if(data34 && typeof data34 == "object" && !Array.isArray(data34)){
const _errs74 = errors;
for(const key4 in data34){
if(!(func2.call(schema11.properties.thresholds.properties, key4))){
validate10.errors = [{instancePath:instancePath+"/thresholds",schemaPath:"#/properties/thresholds/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key4},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs74 === errors){
if(data34.holdingBackRatio !== undefined){
let data35 = data34.holdingBackRatio;
const _errs75 = errors;
if(errors === _errs75){
if(typeof data35 == "number"){
if(data35 <= 0 || isNaN(data35)){
validate10.errors = [{instancePath:instancePath+"/thresholds/holdingBackRatio",schemaPath:"#/properties/thresholds/properties/holdingBackRatio/exclusiveMinimum",keyword:"exclusiveMinimum",params:{comparison: ">", limit: 0},message:"must be > 0"}];
return false;
}
}
else {
validate10.errors = [{instancePath:instancePath+"/thresholds/holdingBackRatio",schemaPath:"#/properties/thresholds/properties/holdingBackRatio/type",keyword:"type",params:{type: "number"},message:"must be number"}];
return false;
}
}
var valid18 = _errs75 === errors;
}
else {
var valid18 = true;
}
if(valid18){
if(data34.watchRatio !== undefined){
let data36 = data34.watchRatio;
const _errs77 = errors;
if(errors === _errs77){
if(typeof data36 == "number"){
if(data36 <= 0 || isNaN(data36)){
validate10.errors = [{instancePath:instancePath+"/thresholds/watchRatio",schemaPath:"#/properties/thresholds/properties/watchRatio/exclusiveMinimum",keyword:"exclusiveMinimum",params:{comparison: ">", limit: 0},message:"must be > 0"}];
return false;
}
}
else {
validate10.errors = [{instancePath:instancePath+"/thresholds/watchRatio",schemaPath:"#/properties/thresholds/properties/watchRatio/type",keyword:"type",params:{type: "number"},message:"must be number"}];
return false;
}
}
var valid18 = _errs77 === errors;
}
else {
var valid18 = true;
}
if(valid18){
if(data34.minActiveMembers !== undefined){
let data37 = data34.minActiveMembers;
const _errs79 = errors;
if(!((typeof data37 == "number") && (!(data37 % 1) && !isNaN(data37)))){
validate10.errors = [{instancePath:instancePath+"/thresholds/minActiveMembers",schemaPath:"#/properties/thresholds/properties/minActiveMembers/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs79){
if(typeof data37 == "number"){
if(data37 < 1 || isNaN(data37)){
validate10.errors = [{instancePath:instancePath+"/thresholds/minActiveMembers",schemaPath:"#/properties/thresholds/properties/minActiveMembers/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"}];
return false;
}
}
}
var valid18 = _errs79 === errors;
}
else {
var valid18 = true;
}
if(valid18){
if(data34.minHandsOnCommits !== undefined){
let data38 = data34.minHandsOnCommits;
const _errs81 = errors;
if(!((typeof data38 == "number") && (!(data38 % 1) && !isNaN(data38)))){
validate10.errors = [{instancePath:instancePath+"/thresholds/minHandsOnCommits",schemaPath:"#/properties/thresholds/properties/minHandsOnCommits/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs81){
if(typeof data38 == "number"){
if(data38 < 0 || isNaN(data38)){
validate10.errors = [{instancePath:instancePath+"/thresholds/minHandsOnCommits",schemaPath:"#/properties/thresholds/properties/minHandsOnCommits/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"}];
return false;
}
}
}
var valid18 = _errs81 === errors;
}
else {
var valid18 = true;
}
if(valid18){
if(data34.ownerShare !== undefined){
let data39 = data34.ownerShare;
const _errs83 = errors;
if(errors === _errs83){
if(typeof data39 == "number"){
if(data39 > 1 || isNaN(data39)){
validate10.errors = [{instancePath:instancePath+"/thresholds/ownerShare",schemaPath:"#/properties/thresholds/properties/ownerShare/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1},message:"must be <= 1"}];
return false;
}
else {
if(data39 < 0 || isNaN(data39)){
validate10.errors = [{instancePath:instancePath+"/thresholds/ownerShare",schemaPath:"#/properties/thresholds/properties/ownerShare/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"}];
return false;
}
}
}
else {
validate10.errors = [{instancePath:instancePath+"/thresholds/ownerShare",schemaPath:"#/properties/thresholds/properties/ownerShare/type",keyword:"type",params:{type: "number"},message:"must be number"}];
return false;
}
}
var valid18 = _errs83 === errors;
}
else {
var valid18 = true;
}
if(valid18){
if(data34.onlyYouDays !== undefined){
let data40 = data34.onlyYouDays;
const _errs85 = errors;
if(!((typeof data40 == "number") && (!(data40 % 1) && !isNaN(data40)))){
validate10.errors = [{instancePath:instancePath+"/thresholds/onlyYouDays",schemaPath:"#/properties/thresholds/properties/onlyYouDays/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs85){
if(typeof data40 == "number"){
if(data40 < 1 || isNaN(data40)){
validate10.errors = [{instancePath:instancePath+"/thresholds/onlyYouDays",schemaPath:"#/properties/thresholds/properties/onlyYouDays/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"}];
return false;
}
}
}
var valid18 = _errs85 === errors;
}
else {
var valid18 = true;
}
if(valid18){
if(data34.inFlightDays !== undefined){
let data41 = data34.inFlightDays;
const _errs87 = errors;
if(!((typeof data41 == "number") && (!(data41 % 1) && !isNaN(data41)))){
validate10.errors = [{instancePath:instancePath+"/thresholds/inFlightDays",schemaPath:"#/properties/thresholds/properties/inFlightDays/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs87){
if(typeof data41 == "number"){
if(data41 < 0 || isNaN(data41)){
validate10.errors = [{instancePath:instancePath+"/thresholds/inFlightDays",schemaPath:"#/properties/thresholds/properties/inFlightDays/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"}];
return false;
}
}
}
var valid18 = _errs87 === errors;
}
else {
var valid18 = true;
}
if(valid18){
if(data34.snackLines !== undefined){
let data42 = data34.snackLines;
const _errs89 = errors;
if(!((typeof data42 == "number") && (!(data42 % 1) && !isNaN(data42)))){
validate10.errors = [{instancePath:instancePath+"/thresholds/snackLines",schemaPath:"#/properties/thresholds/properties/snackLines/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs89){
if(typeof data42 == "number"){
if(data42 < 0 || isNaN(data42)){
validate10.errors = [{instancePath:instancePath+"/thresholds/snackLines",schemaPath:"#/properties/thresholds/properties/snackLines/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"}];
return false;
}
}
}
var valid18 = _errs89 === errors;
}
else {
var valid18 = true;
}
if(valid18){
if(data34.workdayStartHour !== undefined){
let data43 = data34.workdayStartHour;
const _errs91 = errors;
if(!((typeof data43 == "number") && (!(data43 % 1) && !isNaN(data43)))){
validate10.errors = [{instancePath:instancePath+"/thresholds/workdayStartHour",schemaPath:"#/properties/thresholds/properties/workdayStartHour/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs91){
if(typeof data43 == "number"){
if(data43 > 24 || isNaN(data43)){
validate10.errors = [{instancePath:instancePath+"/thresholds/workdayStartHour",schemaPath:"#/properties/thresholds/properties/workdayStartHour/maximum",keyword:"maximum",params:{comparison: "<=", limit: 24},message:"must be <= 24"}];
return false;
}
else {
if(data43 < 0 || isNaN(data43)){
validate10.errors = [{instancePath:instancePath+"/thresholds/workdayStartHour",schemaPath:"#/properties/thresholds/properties/workdayStartHour/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"}];
return false;
}
}
}
}
var valid18 = _errs91 === errors;
}
else {
var valid18 = true;
}
if(valid18){
if(data34.workdayEndHour !== undefined){
let data44 = data34.workdayEndHour;
const _errs93 = errors;
if(!((typeof data44 == "number") && (!(data44 % 1) && !isNaN(data44)))){
validate10.errors = [{instancePath:instancePath+"/thresholds/workdayEndHour",schemaPath:"#/properties/thresholds/properties/workdayEndHour/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs93){
if(typeof data44 == "number"){
if(data44 > 24 || isNaN(data44)){
validate10.errors = [{instancePath:instancePath+"/thresholds/workdayEndHour",schemaPath:"#/properties/thresholds/properties/workdayEndHour/maximum",keyword:"maximum",params:{comparison: "<=", limit: 24},message:"must be <= 24"}];
return false;
}
else {
if(data44 < 0 || isNaN(data44)){
validate10.errors = [{instancePath:instancePath+"/thresholds/workdayEndHour",schemaPath:"#/properties/thresholds/properties/workdayEndHour/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"}];
return false;
}
}
}
}
var valid18 = _errs93 === errors;
}
else {
var valid18 = true;
}
if(valid18){
if(data34.regularWeeks !== undefined){
let data45 = data34.regularWeeks;
const _errs95 = errors;
if(!((typeof data45 == "number") && (!(data45 % 1) && !isNaN(data45)))){
validate10.errors = [{instancePath:instancePath+"/thresholds/regularWeeks",schemaPath:"#/properties/thresholds/properties/regularWeeks/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs95){
if(typeof data45 == "number"){
if(data45 < 1 || isNaN(data45)){
validate10.errors = [{instancePath:instancePath+"/thresholds/regularWeeks",schemaPath:"#/properties/thresholds/properties/regularWeeks/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"}];
return false;
}
}
}
var valid18 = _errs95 === errors;
}
else {
var valid18 = true;
}
if(valid18){
if(data34.outOfTouchDays !== undefined){
let data46 = data34.outOfTouchDays;
const _errs97 = errors;
if(!((typeof data46 == "number") && (!(data46 % 1) && !isNaN(data46)))){
validate10.errors = [{instancePath:instancePath+"/thresholds/outOfTouchDays",schemaPath:"#/properties/thresholds/properties/outOfTouchDays/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs97){
if(typeof data46 == "number"){
if(data46 < 1 || isNaN(data46)){
validate10.errors = [{instancePath:instancePath+"/thresholds/outOfTouchDays",schemaPath:"#/properties/thresholds/properties/outOfTouchDays/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"}];
return false;
}
}
}
var valid18 = _errs97 === errors;
}
else {
var valid18 = true;
}
if(valid18){
if(data34.automationCommits !== undefined){
let data47 = data34.automationCommits;
const _errs99 = errors;
if(!((typeof data47 == "number") && (!(data47 % 1) && !isNaN(data47)))){
validate10.errors = [{instancePath:instancePath+"/thresholds/automationCommits",schemaPath:"#/properties/thresholds/properties/automationCommits/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs99){
if(typeof data47 == "number"){
if(data47 < 1 || isNaN(data47)){
validate10.errors = [{instancePath:instancePath+"/thresholds/automationCommits",schemaPath:"#/properties/thresholds/properties/automationCommits/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"}];
return false;
}
}
}
var valid18 = _errs99 === errors;
}
else {
var valid18 = true;
}
if(valid18){
if(data34.automationShare !== undefined){
let data48 = data34.automationShare;
const _errs101 = errors;
if(errors === _errs101){
if(typeof data48 == "number"){
if(data48 > 1 || isNaN(data48)){
validate10.errors = [{instancePath:instancePath+"/thresholds/automationShare",schemaPath:"#/properties/thresholds/properties/automationShare/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1},message:"must be <= 1"}];
return false;
}
else {
if(data48 <= 0 || isNaN(data48)){
validate10.errors = [{instancePath:instancePath+"/thresholds/automationShare",schemaPath:"#/properties/thresholds/properties/automationShare/exclusiveMinimum",keyword:"exclusiveMinimum",params:{comparison: ">", limit: 0},message:"must be > 0"}];
return false;
}
}
}
else {
validate10.errors = [{instancePath:instancePath+"/thresholds/automationShare",schemaPath:"#/properties/thresholds/properties/automationShare/type",keyword:"type",params:{type: "number"},message:"must be number"}];
return false;
}
}
var valid18 = _errs101 === errors;
}
else {
var valid18 = true;
}
if(valid18){
if(data34.automationFiles !== undefined){
let data49 = data34.automationFiles;
const _errs103 = errors;
if(!((typeof data49 == "number") && (!(data49 % 1) && !isNaN(data49)))){
validate10.errors = [{instancePath:instancePath+"/thresholds/automationFiles",schemaPath:"#/properties/thresholds/properties/automationFiles/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs103){
if(typeof data49 == "number"){
if(data49 < 1 || isNaN(data49)){
validate10.errors = [{instancePath:instancePath+"/thresholds/automationFiles",schemaPath:"#/properties/thresholds/properties/automationFiles/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"}];
return false;
}
}
}
var valid18 = _errs103 === errors;
}
else {
var valid18 = true;
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
validate10.errors = [{instancePath:instancePath+"/thresholds",schemaPath:"#/properties/thresholds/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid0 = _errs72 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.notebooks !== undefined){
let data50 = data.notebooks;
const _errs105 = errors;
if(errors === _errs105){
if(data50 && typeof data50 == "object" && !Array.isArray(data50)){
const _errs107 = errors;
for(const key5 in data50){
if(!((key5 === "lines") || (key5 === "maxBlobBytes"))){
validate10.errors = [{instancePath:instancePath+"/notebooks",schemaPath:"#/properties/notebooks/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key5},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs107 === errors){
if(data50.lines !== undefined){
let data51 = data50.lines;
const _errs108 = errors;
if(!((data51 === "cells") || (data51 === "git"))){
validate10.errors = [{instancePath:instancePath+"/notebooks/lines",schemaPath:"#/properties/notebooks/properties/lines/enum",keyword:"enum",params:{allowedValues: schema11.properties.notebooks.properties.lines.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid19 = _errs108 === errors;
}
else {
var valid19 = true;
}
if(valid19){
if(data50.maxBlobBytes !== undefined){
let data52 = data50.maxBlobBytes;
const _errs109 = errors;
if(!((typeof data52 == "number") && (!(data52 % 1) && !isNaN(data52)))){
validate10.errors = [{instancePath:instancePath+"/notebooks/maxBlobBytes",schemaPath:"#/properties/notebooks/properties/maxBlobBytes/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs109){
if(typeof data52 == "number"){
if(data52 < 1 || isNaN(data52)){
validate10.errors = [{instancePath:instancePath+"/notebooks/maxBlobBytes",schemaPath:"#/properties/notebooks/properties/maxBlobBytes/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"}];
return false;
}
}
}
var valid19 = _errs109 === errors;
}
else {
var valid19 = true;
}
}
}
}
else {
validate10.errors = [{instancePath:instancePath+"/notebooks",schemaPath:"#/properties/notebooks/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid0 = _errs105 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.delegate !== undefined){
let data53 = data.delegate;
const _errs111 = errors;
if(errors === _errs111){
if(Array.isArray(data53)){
var valid20 = true;
const len14 = data53.length;
for(let i14=0; i14<len14; i14++){
let data54 = data53[i14];
const _errs113 = errors;
if(errors === _errs113){
if(data54 && typeof data54 == "object" && !Array.isArray(data54)){
let missing1;
if((((data54.tier === undefined) && (missing1 = "tier")) || ((data54.since === undefined) && (missing1 = "since"))) || ((data54.weeks === undefined) && (missing1 = "weeks"))){
validate10.errors = [{instancePath:instancePath+"/delegate/" + i14,schemaPath:"#/properties/delegate/items/required",keyword:"required",params:{missingProperty: missing1},message:"must have required property '"+missing1+"'"}];
return false;
}
else {
const _errs115 = errors;
for(const key6 in data54){
if(!(((key6 === "tier") || (key6 === "since")) || (key6 === "weeks"))){
validate10.errors = [{instancePath:instancePath+"/delegate/" + i14,schemaPath:"#/properties/delegate/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key6},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs115 === errors){
if(data54.tier !== undefined){
let data55 = data54.tier;
const _errs116 = errors;
if(!(((data55 === "strategic") || (data55 === "implementation")) || (data55 === "tactical"))){
validate10.errors = [{instancePath:instancePath+"/delegate/" + i14+"/tier",schemaPath:"#/properties/delegate/items/properties/tier/enum",keyword:"enum",params:{allowedValues: schema11.properties.delegate.items.properties.tier.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid21 = _errs116 === errors;
}
else {
var valid21 = true;
}
if(valid21){
if(data54.since !== undefined){
let data56 = data54.since;
const _errs117 = errors;
if(errors === _errs117){
if(typeof data56 === "string"){
if(!pattern0.test(data56)){
validate10.errors = [{instancePath:instancePath+"/delegate/" + i14+"/since",schemaPath:"#/properties/delegate/items/properties/since/pattern",keyword:"pattern",params:{pattern: "^\\d{4}-\\d{2}-\\d{2}$"},message:"must match pattern \""+"^\\d{4}-\\d{2}-\\d{2}$"+"\""}];
return false;
}
}
else {
validate10.errors = [{instancePath:instancePath+"/delegate/" + i14+"/since",schemaPath:"#/properties/delegate/items/properties/since/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid21 = _errs117 === errors;
}
else {
var valid21 = true;
}
if(valid21){
if(data54.weeks !== undefined){
let data57 = data54.weeks;
const _errs119 = errors;
if(errors === _errs119){
if(typeof data57 == "number"){
if(data57 > 520 || isNaN(data57)){
validate10.errors = [{instancePath:instancePath+"/delegate/" + i14+"/weeks",schemaPath:"#/properties/delegate/items/properties/weeks/maximum",keyword:"maximum",params:{comparison: "<=", limit: 520},message:"must be <= 520"}];
return false;
}
else {
if(data57 <= 0 || isNaN(data57)){
validate10.errors = [{instancePath:instancePath+"/delegate/" + i14+"/weeks",schemaPath:"#/properties/delegate/items/properties/weeks/exclusiveMinimum",keyword:"exclusiveMinimum",params:{comparison: ">", limit: 0},message:"must be > 0"}];
return false;
}
}
}
else {
validate10.errors = [{instancePath:instancePath+"/delegate/" + i14+"/weeks",schemaPath:"#/properties/delegate/items/properties/weeks/type",keyword:"type",params:{type: "number"},message:"must be number"}];
return false;
}
}
var valid21 = _errs119 === errors;
}
else {
var valid21 = true;
}
}
}
}
}
}
else {
validate10.errors = [{instancePath:instancePath+"/delegate/" + i14,schemaPath:"#/properties/delegate/items/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid20 = _errs113 === errors;
if(!valid20){
break;
}
}
}
else {
validate10.errors = [{instancePath:instancePath+"/delegate",schemaPath:"#/properties/delegate/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid0 = _errs111 === errors;
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
}
else {
validate10.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate10.errors = vErrors;
return errors === 0;
}

