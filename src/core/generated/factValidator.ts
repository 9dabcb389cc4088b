// @ts-nocheck
// Generated from FACT_SCHEMA in src/core/factsSchema.ts by `npm run schemas` (scripts/validators.mjs): do not edit.
"use strict";
export const validate = validate10;
export default validate10;
const schema11 = {"$schema":"http://json-schema.org/draft-07/schema#","$id":"https://jupyterlab-letgo/facts.schema.json","title":"letgo fact (one line of facts.jsonl)","type":"object","required":["repo","sha","author","authorName","authorEmail","time"],"if":{"required":["path"]},"then":{"required":["status","kind","tier","added","deleted"]},"properties":{"repo":{"type":"string"},"sha":{"type":"string","pattern":"^[0-9a-f]{40}([0-9a-f]{24})?$"},"author":{"type":"string"},"authorName":{"type":"string"},"authorEmail":{"type":"string"},"coAuthors":{"type":"array","items":{"type":"object","required":["name","email"],"properties":{"name":{"type":"string"},"email":{"type":"string"}}}},"reviewers":{"type":"array","items":{"type":"object","required":["name","email","trailer"],"properties":{"name":{"type":"string"},"email":{"type":"string"},"trailer":{"enum":["Reviewed-by","Acked-by","Tested-by","Helped-by","Suggested-by"]}}}},"subject":{"type":"string"},"time":{"type":"string","pattern":"^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?(Z|[+-]\\d{2}:\\d{2})$"},"path":{"type":"string","minLength":1},"oldPath":{"type":"string"},"status":{"enum":["A","M","D","R","C","T"]},"kind":{"enum":["notebook","code","docs","config","data","generated"]},"tier":{"enum":["strategic","implementation","tactical"]},"added":{"type":["integer","null"],"minimum":0},"deleted":{"type":["integer","null"],"minimum":0},"binary":{"type":"boolean"},"cells":{"type":"object","required":["added","deleted","modified"],"properties":{"added":{"type":"integer","minimum":0},"deleted":{"type":"integer","minimum":0},"modified":{"type":"integer","minimum":0}}},"outputsOnly":{"type":"boolean"},"metadataOnly":{"type":"boolean"},"parse":{"enum":["ok","invalid-json","not-a-notebook","unsupported-nbformat","lfs-pointer","too-large","binary","unreadable","git-lines"]},"jupytext":{"const":true},"pairedWith":{"type":"string"}}};
const pattern0 = new RegExp("^[0-9a-f]{40}([0-9a-f]{24})?$", "u");
const pattern1 = new RegExp("^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?(Z|[+-]\\d{2}:\\d{2})$", "u");
const func2 = function ucs2length(str) {
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

function validate10(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="https://jupyterlab-letgo/facts.schema.json" */;
let vErrors = null;
let errors = 0;
const _errs1 = errors;
let valid0 = true;
const _errs2 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((data.path === undefined) && (missing0 = "path")){
const err0 = {};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
var _valid0 = _errs2 === errors;
errors = _errs1;
if(vErrors !== null){
if(_errs1){
vErrors.length = _errs1;
}
else {
vErrors = null;
}
}
if(_valid0){
const _errs3 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
let missing1;
if((((((data.status === undefined) && (missing1 = "status")) || ((data.kind === undefined) && (missing1 = "kind"))) || ((data.tier === undefined) && (missing1 = "tier"))) || ((data.added === undefined) && (missing1 = "added"))) || ((data.deleted === undefined) && (missing1 = "deleted"))){
validate10.errors = [{instancePath,schemaPath:"#/then/required",keyword:"required",params:{missingProperty: missing1},message:"must have required property '"+missing1+"'"}];
return false;
}
}
var _valid0 = _errs3 === errors;
valid0 = _valid0;
}
if(!valid0){
const err1 = {instancePath,schemaPath:"#/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
validate10.errors = vErrors;
return false;
}
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing2;
if(((((((data.repo === undefined) && (missing2 = "repo")) || ((data.sha === undefined) && (missing2 = "sha"))) || ((data.author === undefined) && (missing2 = "author"))) || ((data.authorName === undefined) && (missing2 = "authorName"))) || ((data.authorEmail === undefined) && (missing2 = "authorEmail"))) || ((data.time === undefined) && (missing2 = "time"))){
validate10.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing2},message:"must have required property '"+missing2+"'"}];
return false;
}
else {
if(data.repo !== undefined){
const _errs4 = errors;
if(typeof data.repo !== "string"){
validate10.errors = [{instancePath:instancePath+"/repo",schemaPath:"#/properties/repo/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid1 = _errs4 === errors;
}
else {
var valid1 = true;
}
if(valid1){
if(data.sha !== undefined){
let data1 = data.sha;
const _errs6 = errors;
if(errors === _errs6){
if(typeof data1 === "string"){
if(!pattern0.test(data1)){
validate10.errors = [{instancePath:instancePath+"/sha",schemaPath:"#/properties/sha/pattern",keyword:"pattern",params:{pattern: "^[0-9a-f]{40}([0-9a-f]{24})?$"},message:"must match pattern \""+"^[0-9a-f]{40}([0-9a-f]{24})?$"+"\""}];
return false;
}
}
else {
validate10.errors = [{instancePath:instancePath+"/sha",schemaPath:"#/properties/sha/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid1 = _errs6 === errors;
}
else {
var valid1 = true;
}
if(valid1){
if(data.author !== undefined){
const _errs8 = errors;
if(typeof data.author !== "string"){
validate10.errors = [{instancePath:instancePath+"/author",schemaPath:"#/properties/author/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid1 = _errs8 === errors;
}
else {
var valid1 = true;
}
if(valid1){
if(data.authorName !== undefined){
const _errs10 = errors;
if(typeof data.authorName !== "string"){
validate10.errors = [{instancePath:instancePath+"/authorName",schemaPath:"#/properties/authorName/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid1 = _errs10 === errors;
}
else {
var valid1 = true;
}
if(valid1){
if(data.authorEmail !== undefined){
const _errs12 = errors;
if(typeof data.authorEmail !== "string"){
validate10.errors = [{instancePath:instancePath+"/authorEmail",schemaPath:"#/properties/authorEmail/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid1 = _errs12 === errors;
}
else {
var valid1 = true;
}
if(valid1){
if(data.coAuthors !== undefined){
let data5 = data.coAuthors;
const _errs14 = errors;
if(errors === _errs14){
if(Array.isArray(data5)){
var valid2 = true;
const len0 = data5.length;
for(let i0=0; i0<len0; i0++){
let data6 = data5[i0];
const _errs16 = errors;
if(errors === _errs16){
if(data6 && typeof data6 == "object" && !Array.isArray(data6)){
let missing3;
if(((data6.name === undefined) && (missing3 = "name")) || ((data6.email === undefined) && (missing3 = "email"))){
validate10.errors = [{instancePath:instancePath+"/coAuthors/" + i0,schemaPath:"#/properties/coAuthors/items/required",keyword:"required",params:{missingProperty: missing3},message:"must have required property '"+missing3+"'"}];
return false;
}
else {
if(data6.name !== undefined){
const _errs18 = errors;
if(typeof data6.name !== "string"){
validate10.errors = [{instancePath:instancePath+"/coAuthors/" + i0+"/name",schemaPath:"#/properties/coAuthors/items/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid3 = _errs18 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data6.email !== undefined){
const _errs20 = errors;
if(typeof data6.email !== "string"){
validate10.errors = [{instancePath:instancePath+"/coAuthors/" + i0+"/email",schemaPath:"#/properties/coAuthors/items/properties/email/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid3 = _errs20 === errors;
}
else {
var valid3 = true;
}
}
}
}
else {
validate10.errors = [{instancePath:instancePath+"/coAuthors/" + i0,schemaPath:"#/properties/coAuthors/items/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid2 = _errs16 === errors;
if(!valid2){
break;
}
}
}
else {
validate10.errors = [{instancePath:instancePath+"/coAuthors",schemaPath:"#/properties/coAuthors/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid1 = _errs14 === errors;
}
else {
var valid1 = true;
}
if(valid1){
if(data.reviewers !== undefined){
let data9 = data.reviewers;
const _errs22 = errors;
if(errors === _errs22){
if(Array.isArray(data9)){
var valid4 = true;
const len1 = data9.length;
for(let i1=0; i1<len1; i1++){
let data10 = data9[i1];
const _errs24 = errors;
if(errors === _errs24){
if(data10 && typeof data10 == "object" && !Array.isArray(data10)){
let missing4;
if((((data10.name === undefined) && (missing4 = "name")) || ((data10.email === undefined) && (missing4 = "email"))) || ((data10.trailer === undefined) && (missing4 = "trailer"))){
validate10.errors = [{instancePath:instancePath+"/reviewers/" + i1,schemaPath:"#/properties/reviewers/items/required",keyword:"required",params:{missingProperty: missing4},message:"must have required property '"+missing4+"'"}];
return false;
}
else {
if(data10.name !== undefined){
const _errs26 = errors;
if(typeof data10.name !== "string"){
validate10.errors = [{instancePath:instancePath+"/reviewers/" + i1+"/name",schemaPath:"#/properties/reviewers/items/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid5 = _errs26 === errors;
}
else {
var valid5 = true;
}
if(valid5){
if(data10.email !== undefined){
const _errs28 = errors;
if(typeof data10.email !== "string"){
validate10.errors = [{instancePath:instancePath+"/reviewers/" + i1+"/email",schemaPath:"#/properties/reviewers/items/properties/email/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid5 = _errs28 === errors;
}
else {
var valid5 = true;
}
if(valid5){
if(data10.trailer !== undefined){
let data13 = data10.trailer;
const _errs30 = errors;
if(!(((((data13 === "Reviewed-by") || (data13 === "Acked-by")) || (data13 === "Tested-by")) || (data13 === "Helped-by")) || (data13 === "Suggested-by"))){
validate10.errors = [{instancePath:instancePath+"/reviewers/" + i1+"/trailer",schemaPath:"#/properties/reviewers/items/properties/trailer/enum",keyword:"enum",params:{allowedValues: schema11.properties.reviewers.items.properties.trailer.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid5 = _errs30 === errors;
}
else {
var valid5 = true;
}
}
}
}
}
else {
validate10.errors = [{instancePath:instancePath+"/reviewers/" + i1,schemaPath:"#/properties/reviewers/items/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid4 = _errs24 === errors;
if(!valid4){
break;
}
}
}
else {
validate10.errors = [{instancePath:instancePath+"/reviewers",schemaPath:"#/properties/reviewers/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid1 = _errs22 === errors;
}
else {
var valid1 = true;
}
if(valid1){
if(data.subject !== undefined){
const _errs31 = errors;
if(typeof data.subject !== "string"){
validate10.errors = [{instancePath:instancePath+"/subject",schemaPath:"#/properties/subject/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid1 = _errs31 === errors;
}
else {
var valid1 = true;
}
if(valid1){
if(data.time !== undefined){
let data15 = data.time;
const _errs33 = errors;
if(errors === _errs33){
if(typeof data15 === "string"){
if(!pattern1.test(data15)){
validate10.errors = [{instancePath:instancePath+"/time",schemaPath:"#/properties/time/pattern",keyword:"pattern",params:{pattern: "^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?(Z|[+-]\\d{2}:\\d{2})$"},message:"must match pattern \""+"^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?(Z|[+-]\\d{2}:\\d{2})$"+"\""}];
return false;
}
}
else {
validate10.errors = [{instancePath:instancePath+"/time",schemaPath:"#/properties/time/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid1 = _errs33 === errors;
}
else {
var valid1 = true;
}
if(valid1){
if(data.path !== undefined){
let data16 = data.path;
const _errs35 = errors;
if(errors === _errs35){
if(typeof data16 === "string"){
if(func2(data16) < 1){
validate10.errors = [{instancePath:instancePath+"/path",schemaPath:"#/properties/path/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
}
else {
validate10.errors = [{instancePath:instancePath+"/path",schemaPath:"#/properties/path/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid1 = _errs35 === errors;
}
else {
var valid1 = true;
}
if(valid1){
if(data.oldPath !== undefined){
const _errs37 = errors;
if(typeof data.oldPath !== "string"){
validate10.errors = [{instancePath:instancePath+"/oldPath",schemaPath:"#/properties/oldPath/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid1 = _errs37 === errors;
}
else {
var valid1 = true;
}
if(valid1){
if(data.status !== undefined){
let data18 = data.status;
const _errs39 = errors;
if(!((((((data18 === "A") || (data18 === "M")) || (data18 === "D")) || (data18 === "R")) || (data18 === "C")) || (data18 === "T"))){
validate10.errors = [{instancePath:instancePath+"/status",schemaPath:"#/properties/status/enum",keyword:"enum",params:{allowedValues: schema11.properties.status.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid1 = _errs39 === errors;
}
else {
var valid1 = true;
}
if(valid1){
if(data.kind !== undefined){
let data19 = data.kind;
const _errs40 = errors;
if(!((((((data19 === "notebook") || (data19 === "code")) || (data19 === "docs")) || (data19 === "config")) || (data19 === "data")) || (data19 === "generated"))){
validate10.errors = [{instancePath:instancePath+"/kind",schemaPath:"#/properties/kind/enum",keyword:"enum",params:{allowedValues: schema11.properties.kind.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid1 = _errs40 === errors;
}
else {
var valid1 = true;
}
if(valid1){
if(data.tier !== undefined){
let data20 = data.tier;
const _errs41 = errors;
if(!(((data20 === "strategic") || (data20 === "implementation")) || (data20 === "tactical"))){
validate10.errors = [{instancePath:instancePath+"/tier",schemaPath:"#/properties/tier/enum",keyword:"enum",params:{allowedValues: schema11.properties.tier.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid1 = _errs41 === errors;
}
else {
var valid1 = true;
}
if(valid1){
if(data.added !== undefined){
let data21 = data.added;
const _errs42 = errors;
if((!((typeof data21 == "number") && (!(data21 % 1) && !isNaN(data21)))) && (data21 !== null)){
validate10.errors = [{instancePath:instancePath+"/added",schemaPath:"#/properties/added/type",keyword:"type",params:{type: schema11.properties.added.type},message:"must be integer,null"}];
return false;
}
if(errors === _errs42){
if(typeof data21 == "number"){
if(data21 < 0 || isNaN(data21)){
validate10.errors = [{instancePath:instancePath+"/added",schemaPath:"#/properties/added/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"}];
return false;
}
}
}
var valid1 = _errs42 === errors;
}
else {
var valid1 = true;
}
if(valid1){
if(data.deleted !== undefined){
let data22 = data.deleted;
const _errs44 = errors;
if((!((typeof data22 == "number") && (!(data22 % 1) && !isNaN(data22)))) && (data22 !== null)){
validate10.errors = [{instancePath:instancePath+"/deleted",schemaPath:"#/properties/deleted/type",keyword:"type",params:{type: schema11.properties.deleted.type},message:"must be integer,null"}];
return false;
}
if(errors === _errs44){
if(typeof data22 == "number"){
if(data22 < 0 || isNaN(data22)){
validate10.errors = [{instancePath:instancePath+"/deleted",schemaPath:"#/properties/deleted/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"}];
return false;
}
}
}
var valid1 = _errs44 === errors;
}
else {
var valid1 = true;
}
if(valid1){
if(data.binary !== undefined){
const _errs46 = errors;
if(typeof data.binary !== "boolean"){
validate10.errors = [{instancePath:instancePath+"/binary",schemaPath:"#/properties/binary/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"}];
return false;
}
var valid1 = _errs46 === errors;
}
else {
var valid1 = true;
}
if(valid1){
if(data.cells !== undefined){
let data24 = data.cells;
const _errs48 = errors;
if(errors === _errs48){
if(data24 && typeof data24 == "object" && !Array.isArray(data24)){
let missing5;
if((((data24.added === undefined) && (missing5 = "added")) || ((data24.deleted === undefined) && (missing5 = "deleted"))) || ((data24.modified === undefined) && (missing5 = "modified"))){
validate10.errors = [{instancePath:instancePath+"/cells",schemaPath:"#/properties/cells/required",keyword:"required",params:{missingProperty: missing5},message:"must have required property '"+missing5+"'"}];
return false;
}
else {
if(data24.added !== undefined){
let data25 = data24.added;
const _errs50 = errors;
if(!((typeof data25 == "number") && (!(data25 % 1) && !isNaN(data25)))){
validate10.errors = [{instancePath:instancePath+"/cells/added",schemaPath:"#/properties/cells/properties/added/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs50){
if(typeof data25 == "number"){
if(data25 < 0 || isNaN(data25)){
validate10.errors = [{instancePath:instancePath+"/cells/added",schemaPath:"#/properties/cells/properties/added/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"}];
return false;
}
}
}
var valid6 = _errs50 === errors;
}
else {
var valid6 = true;
}
if(valid6){
if(data24.deleted !== undefined){
let data26 = data24.deleted;
const _errs52 = errors;
if(!((typeof data26 == "number") && (!(data26 % 1) && !isNaN(data26)))){
validate10.errors = [{instancePath:instancePath+"/cells/deleted",schemaPath:"#/properties/cells/properties/deleted/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs52){
if(typeof data26 == "number"){
if(data26 < 0 || isNaN(data26)){
validate10.errors = [{instancePath:instancePath+"/cells/deleted",schemaPath:"#/properties/cells/properties/deleted/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"}];
return false;
}
}
}
var valid6 = _errs52 === errors;
}
else {
var valid6 = true;
}
if(valid6){
if(data24.modified !== undefined){
let data27 = data24.modified;
const _errs54 = errors;
if(!((typeof data27 == "number") && (!(data27 % 1) && !isNaN(data27)))){
validate10.errors = [{instancePath:instancePath+"/cells/modified",schemaPath:"#/properties/cells/properties/modified/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs54){
if(typeof data27 == "number"){
if(data27 < 0 || isNaN(data27)){
validate10.errors = [{instancePath:instancePath+"/cells/modified",schemaPath:"#/properties/cells/properties/modified/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"}];
return false;
}
}
}
var valid6 = _errs54 === errors;
}
else {
var valid6 = true;
}
}
}
}
}
else {
validate10.errors = [{instancePath:instancePath+"/cells",schemaPath:"#/properties/cells/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid1 = _errs48 === errors;
}
else {
var valid1 = true;
}
if(valid1){
if(data.outputsOnly !== undefined){
const _errs56 = errors;
if(typeof data.outputsOnly !== "boolean"){
validate10.errors = [{instancePath:instancePath+"/outputsOnly",schemaPath:"#/properties/outputsOnly/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"}];
return false;
}
var valid1 = _errs56 === errors;
}
else {
var valid1 = true;
}
if(valid1){
if(data.metadataOnly !== undefined){
const _errs58 = errors;
if(typeof data.metadataOnly !== "boolean"){
validate10.errors = [{instancePath:instancePath+"/metadataOnly",schemaPath:"#/properties/metadataOnly/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"}];
return false;
}
var valid1 = _errs58 === errors;
}
else {
var valid1 = true;
}
if(valid1){
if(data.parse !== undefined){
let data30 = data.parse;
const _errs60 = errors;
if(!(((((((((data30 === "ok") || (data30 === "invalid-json")) || (data30 === "not-a-notebook")) || (data30 === "unsupported-nbformat")) || (data30 === "lfs-pointer")) || (data30 === "too-large")) || (data30 === "binary")) || (data30 === "unreadable")) || (data30 === "git-lines"))){
validate10.errors = [{instancePath:instancePath+"/parse",schemaPath:"#/properties/parse/enum",keyword:"enum",params:{allowedValues: schema11.properties.parse.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid1 = _errs60 === errors;
}
else {
var valid1 = true;
}
if(valid1){
if(data.jupytext !== undefined){
const _errs61 = errors;
if(true !== data.jupytext){
validate10.errors = [{instancePath:instancePath+"/jupytext",schemaPath:"#/properties/jupytext/const",keyword:"const",params:{allowedValue: true},message:"must be equal to constant"}];
return false;
}
var valid1 = _errs61 === errors;
}
else {
var valid1 = true;
}
if(valid1){
if(data.pairedWith !== undefined){
const _errs62 = errors;
if(typeof data.pairedWith !== "string"){
validate10.errors = [{instancePath:instancePath+"/pairedWith",schemaPath:"#/properties/pairedWith/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid1 = _errs62 === errors;
}
else {
var valid1 = true;
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

