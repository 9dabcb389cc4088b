// @ts-nocheck
// Generated from REPOS_SCHEMA in src/core/factsSchema.ts by `npm run schemas` (scripts/validators.mjs): do not edit.
"use strict";
export const validate = validate10;
export default validate10;
const schema11 = {"$schema":"http://json-schema.org/draft-07/schema#","$id":"https://jupyterlab-letgo/repos.schema.json","title":"letgo scanned repositories (repos.json)","type":"array","items":{"type":"object","required":["id","path","head","commits","merges","shallow","unknownChurn","warnings"],"properties":{"id":{"type":"string"},"path":{"type":"string"},"head":{"type":"string"},"commits":{"type":"integer","minimum":0},"merges":{"type":"integer","minimum":0},"shallow":{"type":"boolean"},"unknownChurn":{"type":"integer","minimum":0},"unknownFiles":{"type":"integer","minimum":0},"unborn":{"const":true},"warnings":{"type":"array","items":{"type":"string"}}}}};

function validate10(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="https://jupyterlab-letgo/repos.schema.json" */;
let vErrors = null;
let errors = 0;
if(errors === 0){
if(Array.isArray(data)){
var valid0 = true;
const len0 = data.length;
for(let i0=0; i0<len0; i0++){
let data0 = data[i0];
const _errs1 = errors;
if(errors === _errs1){
if(data0 && typeof data0 == "object" && !Array.isArray(data0)){
let missing0;
if(((((((((data0.id === undefined) && (missing0 = "id")) || ((data0.path === undefined) && (missing0 = "path"))) || ((data0.head === undefined) && (missing0 = "head"))) || ((data0.commits === undefined) && (missing0 = "commits"))) || ((data0.merges === undefined) && (missing0 = "merges"))) || ((data0.shallow === undefined) && (missing0 = "shallow"))) || ((data0.unknownChurn === undefined) && (missing0 = "unknownChurn"))) || ((data0.warnings === undefined) && (missing0 = "warnings"))){
validate10.errors = [{instancePath:instancePath+"/" + i0,schemaPath:"#/items/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
if(data0.id !== undefined){
const _errs3 = errors;
if(typeof data0.id !== "string"){
validate10.errors = [{instancePath:instancePath+"/" + i0+"/id",schemaPath:"#/items/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid1 = _errs3 === errors;
}
else {
var valid1 = true;
}
if(valid1){
if(data0.path !== undefined){
const _errs5 = errors;
if(typeof data0.path !== "string"){
validate10.errors = [{instancePath:instancePath+"/" + i0+"/path",schemaPath:"#/items/properties/path/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid1 = _errs5 === errors;
}
else {
var valid1 = true;
}
if(valid1){
if(data0.head !== undefined){
const _errs7 = errors;
if(typeof data0.head !== "string"){
validate10.errors = [{instancePath:instancePath+"/" + i0+"/head",schemaPath:"#/items/properties/head/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid1 = _errs7 === errors;
}
else {
var valid1 = true;
}
if(valid1){
if(data0.commits !== undefined){
let data4 = data0.commits;
const _errs9 = errors;
if(!((typeof data4 == "number") && (!(data4 % 1) && !isNaN(data4)))){
validate10.errors = [{instancePath:instancePath+"/" + i0+"/commits",schemaPath:"#/items/properties/commits/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs9){
if(typeof data4 == "number"){
if(data4 < 0 || isNaN(data4)){
validate10.errors = [{instancePath:instancePath+"/" + i0+"/commits",schemaPath:"#/items/properties/commits/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"}];
return false;
}
}
}
var valid1 = _errs9 === errors;
}
else {
var valid1 = true;
}
if(valid1){
if(data0.merges !== undefined){
let data5 = data0.merges;
const _errs11 = errors;
if(!((typeof data5 == "number") && (!(data5 % 1) && !isNaN(data5)))){
validate10.errors = [{instancePath:instancePath+"/" + i0+"/merges",schemaPath:"#/items/properties/merges/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs11){
if(typeof data5 == "number"){
if(data5 < 0 || isNaN(data5)){
validate10.errors = [{instancePath:instancePath+"/" + i0+"/merges",schemaPath:"#/items/properties/merges/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"}];
return false;
}
}
}
var valid1 = _errs11 === errors;
}
else {
var valid1 = true;
}
if(valid1){
if(data0.shallow !== undefined){
const _errs13 = errors;
if(typeof data0.shallow !== "boolean"){
validate10.errors = [{instancePath:instancePath+"/" + i0+"/shallow",schemaPath:"#/items/properties/shallow/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"}];
return false;
}
var valid1 = _errs13 === errors;
}
else {
var valid1 = true;
}
if(valid1){
if(data0.unknownChurn !== undefined){
let data7 = data0.unknownChurn;
const _errs15 = errors;
if(!((typeof data7 == "number") && (!(data7 % 1) && !isNaN(data7)))){
validate10.errors = [{instancePath:instancePath+"/" + i0+"/unknownChurn",schemaPath:"#/items/properties/unknownChurn/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs15){
if(typeof data7 == "number"){
if(data7 < 0 || isNaN(data7)){
validate10.errors = [{instancePath:instancePath+"/" + i0+"/unknownChurn",schemaPath:"#/items/properties/unknownChurn/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"}];
return false;
}
}
}
var valid1 = _errs15 === errors;
}
else {
var valid1 = true;
}
if(valid1){
if(data0.unknownFiles !== undefined){
let data8 = data0.unknownFiles;
const _errs17 = errors;
if(!((typeof data8 == "number") && (!(data8 % 1) && !isNaN(data8)))){
validate10.errors = [{instancePath:instancePath+"/" + i0+"/unknownFiles",schemaPath:"#/items/properties/unknownFiles/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs17){
if(typeof data8 == "number"){
if(data8 < 0 || isNaN(data8)){
validate10.errors = [{instancePath:instancePath+"/" + i0+"/unknownFiles",schemaPath:"#/items/properties/unknownFiles/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"}];
return false;
}
}
}
var valid1 = _errs17 === errors;
}
else {
var valid1 = true;
}
if(valid1){
if(data0.unborn !== undefined){
const _errs19 = errors;
if(true !== data0.unborn){
validate10.errors = [{instancePath:instancePath+"/" + i0+"/unborn",schemaPath:"#/items/properties/unborn/const",keyword:"const",params:{allowedValue: true},message:"must be equal to constant"}];
return false;
}
var valid1 = _errs19 === errors;
}
else {
var valid1 = true;
}
if(valid1){
if(data0.warnings !== undefined){
let data10 = data0.warnings;
const _errs20 = errors;
if(errors === _errs20){
if(Array.isArray(data10)){
var valid2 = true;
const len1 = data10.length;
for(let i1=0; i1<len1; i1++){
const _errs22 = errors;
if(typeof data10[i1] !== "string"){
validate10.errors = [{instancePath:instancePath+"/" + i0+"/warnings/" + i1,schemaPath:"#/items/properties/warnings/items/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid2 = _errs22 === errors;
if(!valid2){
break;
}
}
}
else {
validate10.errors = [{instancePath:instancePath+"/" + i0+"/warnings",schemaPath:"#/items/properties/warnings/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid1 = _errs20 === errors;
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
else {
validate10.errors = [{instancePath:instancePath+"/" + i0,schemaPath:"#/items/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid0 = _errs1 === errors;
if(!valid0){
break;
}
}
}
else {
validate10.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
validate10.errors = vErrors;
return errors === 0;
}

